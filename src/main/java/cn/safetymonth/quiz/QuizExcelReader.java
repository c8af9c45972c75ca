package cn.safetymonth.quiz;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads quiz content from an .xlsx. Levels: one row per hazard, five rows per level, columns
 * 关卡编号 场景 顺序 关卡标题 隐患编号 隐患名称 区域 题型 题目 选项A–E 正确答案 解析; 区域 is "ellipse cx,cy,rx,ry" or
 * "polygon x1,y1 x2,y2 x3,y3 …"; pictures come as separate files. The quick test's bank: one row per question, columns
 * 题目编号 主题 主题名称 题型 题目 选项A–E 正确答案 解析.
 */
final class QuizExcelReader {

    private static final List<String> QUESTION_HEADERS = List.of("题型", "题目", "选项A", "选项B", "选项C", "选项D", "选项E", "正确答案", "解析");
    static final List<String> HEADERS = concat(List.of("关卡编号", "场景", "顺序", "关卡标题", "隐患编号", "隐患名称", "区域"), QUESTION_HEADERS);
    static final List<String> QUICK_HEADERS = concat(List.of("题目编号", "主题", "主题名称"), QUESTION_HEADERS);

    record Read(List<QuizContent.LevelDef> levels, List<String> errors) {
    }

    record ReadQuick(List<QuizContent.QuickQuestionDef> questions, List<String> errors) {
    }

    private QuizExcelReader() {
    }

    /** @param picture the picture of a level code: uploaded now, or the one already stored; null if neither */
    static Read read(InputStream in, Function<String, byte[]> picture) {
        Rows rows = rows(in, HEADERS);
        if (rows.refusal() != null) {
            return new Read(List.of(), List.of(rows.refusal()));
        }
        Map<String, List<Cells>> byLevel = new LinkedHashMap<>();
        rows.cells().forEach(c -> byLevel.computeIfAbsent(c.get("关卡编号"), k -> new ArrayList<>()).add(c));
        List<String> errors = new ArrayList<>();
        List<QuizContent.LevelDef> levels = new ArrayList<>();
        byLevel.forEach((code, cells) -> levels.add(level(code, cells, picture, errors)));
        return new Read(levels, errors);
    }

    static ReadQuick readQuick(InputStream in) {
        Rows rows = rows(in, QUICK_HEADERS);
        if (rows.refusal() != null) {
            return new ReadQuick(List.of(), List.of(rows.refusal()));
        }
        List<String> errors = new ArrayList<>();
        List<QuizContent.QuickQuestionDef> questions = rows.cells().stream().map(row -> new QuizContent.QuickQuestionDef(
                "Excel 第 " + row.line() + " 行", row.get("题目编号"), row.get("主题"), row.get("主题名称"),
                question(row, "Excel 第 " + row.line() + " 行：题目 " + row.get("题目编号") + "：", errors))).toList();
        return new ReadQuick(questions, errors);
    }

    private record Cells(int line, Map<String, String> values) {
        String get(String h) {
            return values.get(h);
        }
    }

    /** The first sheet's rows under {@code headers} (blank rows skipped), or why the file can't be read. */
    private record Rows(List<Cells> cells, String refusal) {
    }

    private static Rows rows(InputStream in, List<String> headers) {
        List<Cells> out = new ArrayList<>();
        try (Workbook wb = new XSSFWorkbook(in)) {
            if (wb.getNumberOfSheets() == 0) {
                return new Rows(List.of(), "Excel 中没有工作表");
            }
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter();
            Row header = sheet.getRow(0);
            List<String> names = new ArrayList<>();
            for (int c = 0; header != null && c < header.getLastCellNum(); c++) {
                names.add(fmt.formatCellValue(header.getCell(c)).trim());
            }
            if (!names.containsAll(headers)) {
                List<String> missing = headers.stream().filter(h -> !names.contains(h)).toList();
                return new Rows(List.of(), "Excel 第 1 行：缺少表头 " + String.join("、", missing));
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (String h : headers) {
                    cells.put(h, fmt.formatCellValue(row.getCell(names.indexOf(h))).trim());
                }
                if (!cells.values().stream().allMatch(String::isEmpty)) {
                    out.add(new Cells(r + 1, cells));
                }
            }
            return new Rows(out, null);
        } catch (IOException | RuntimeException e) {
            return new Rows(List.of(), "不是有效的 .xlsx 文件");
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static QuizContent.LevelDef level(String code, List<Cells> rows, Function<String, byte[]> picture, List<String> errors) {
        Cells first = rows.get(0);
        String source = "Excel 第 " + first.line() + " 行";
        Scene scene = Arrays.stream(Scene.values())
                .filter(s -> s.label().equals(first.get("场景")) || s.name().equalsIgnoreCase(first.get("场景"))).findFirst().orElse(null);
        Integer order = null;
        try {
            order = Integer.valueOf(first.get("顺序"));
        } catch (NumberFormatException e) {
            errors.add(source + "：关卡 " + code + "：顺序 须为正整数");
        }
        List<QuizContent.HazardDef> hazards = new ArrayList<>();
        for (Cells row : rows) {
            String at = "Excel 第 " + row.line() + " 行：关卡 " + code + "：";
            QuizContent.QuestionDef question = question(row, at, errors);
            Region region = region(row.get("区域"));
            if (region == null) {
                errors.add(at + "区域 须为“ellipse cx,cy,rx,ry”或“polygon x1,y1 x2,y2 x3,y3 …”");
            }
            hazards.add(new QuizContent.HazardDef(row.get("隐患编号"), row.get("隐患名称"), region, question));
        }
        return new QuizContent.LevelDef(source, code, scene, order, first.get("关卡标题"), picture.apply(code), hazards);
    }

    /** The question of a row (题型 题目 选项A–E 正确答案 解析); null, with the error recorded, when its type is unknown. */
    private static QuizContent.QuestionDef question(Cells row, String at, List<String> errors) {
        QuestionType type = Arrays.stream(QuestionType.values())
                .filter(t -> t.label().equals(row.get("题型")) || t.name().equalsIgnoreCase(row.get("题型"))).findFirst().orElse(null);
        if (type == null) {
            errors.add(at + "题型 须为 单选题、多选题 或 判断题");
            return null;
        }
        List<QuizContent.OptionDef> options = new ArrayList<>();
        for (String key : List.of("A", "B", "C", "D", "E")) {
            String text = row.get("选项" + key);
            if (!text.isEmpty()) {
                options.add(new QuizContent.OptionDef(key, text));
            }
        }
        List<String> answer = Arrays.stream(row.get("正确答案").toUpperCase().split("[,，、\\s]*"))
                .filter(s -> !s.isBlank()).toList();
        return new QuizContent.QuestionDef(type, row.get("题目"), options, answer, row.get("解析"));
    }

    static Region region(String text) {
        try {
            String[] parts = text.trim().split("\\s+", 2);
            if (parts.length < 2) {
                return null;
            }
            if (parts[0].equalsIgnoreCase("ellipse")) {
                double[] v = Arrays.stream(parts[1].split("[,，\\s]+")).mapToDouble(Double::parseDouble).toArray();
                return v.length == 4 ? new Region.Ellipse(v[0], v[1], v[2], v[3]) : null;
            }
            if (parts[0].equalsIgnoreCase("polygon")) {
                List<List<Double>> points = new ArrayList<>();
                for (String p : parts[1].trim().split("\\s+")) {
                    String[] xy = p.split("[,，]");
                    if (xy.length != 2) {
                        return null;
                    }
                    points.add(List.of(Double.parseDouble(xy[0]), Double.parseDouble(xy[1])));
                }
                return new Region.Polygon(points);
            }
            return null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
