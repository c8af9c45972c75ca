package cn.safetymonth.org;

import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a union tree file (.csv in UTF-8 or GBK, as Excel saves it in China, or .xlsx) into rows
 * with their line numbers. Columns are found by their header: 编码, 名称, 上级编码, 类型, 渠道.
 */
final class UnionTreeFile {

    static final List<String> HEADERS = List.of("编码", "名称", "上级编码", "类型", "渠道");
    static final int MAX_ROWS = 20_000;

    record Line(int line, String code, String name, String parentCode, String type, String channel) {
    }

    /** Thrown for a file that cannot be read at all (wrong format, missing header). */
    static final class UnreadableException extends Exception {
        UnreadableException(String message) {
            super(message);
        }
    }

    /** Without a schema each record is read as an array of its cells. */
    private static final CsvMapper CSV = new CsvMapper();

    private UnionTreeFile() {
    }

    static List<Line> read(String filename, InputStream in) throws IOException, UnreadableException {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return fromRows(readXlsx(in));
        }
        if (name.endsWith(".csv")) {
            return fromRows(readCsv(in.readAllBytes()));
        }
        throw new UnreadableException("仅支持 .csv 或 .xlsx 文件");
    }

    /** One record of the file and the file line it starts on (a quoted cell may span lines). */
    record RawRow(int line, List<String> cells) {
    }

    private static List<Line> fromRows(List<RawRow> rows) throws UnreadableException {
        if (rows.isEmpty()) {
            throw new UnreadableException("文件为空");
        }
        List<String> header = rows.get(0).cells().stream().map(String::trim).toList();
        int[] idx = new int[HEADERS.size()];
        for (int i = 0; i < HEADERS.size(); i++) {
            idx[i] = header.indexOf(HEADERS.get(i));
            if (idx[i] < 0) {
                throw new UnreadableException("第 1 行：缺少表头“" + HEADERS.get(i) + "”，表头须为 " + String.join("、", HEADERS));
            }
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw new UnreadableException("一次最多导入 " + MAX_ROWS + " 行");
        }
        List<Line> lines = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r).cells();
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            lines.add(new Line(rows.get(r).line(), cell(row, idx[0]), cell(row, idx[1]), cell(row, idx[2]),
                    cell(row, idx[3]), cell(row, idx[4])));
        }
        return lines;
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() && row.get(i) != null ? row.get(i).trim() : "";
    }

    private static List<RawRow> readXlsx(InputStream in) throws UnreadableException {
        try (Workbook wb = new XSSFWorkbook(in)) {
            if (wb.getNumberOfSheets() == 0) {
                throw new UnreadableException("工作簿中没有工作表");
            }
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter();
            List<RawRow> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : fmt.formatCellValue(cell));
                    }
                }
                rows.add(new RawRow(r + 1, cells));
            }
            return rows;
        } catch (IOException | NotOfficeXmlFileException
                 | POIXMLException | EmptyFileException e) {
            // the upload is already in hand: an I/O error here is a damaged or truncated workbook
            throw new UnreadableException("不是有效的 .xlsx 文件");
        }
    }

    /** RFC 4180 as Jackson's CSV parser reads it (quoted cells may hold commas, doubled quotes and line breaks). */
    static List<RawRow> readCsv(byte[] bytes) throws UnreadableException {
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<RawRow> rows = new ArrayList<>();
        try (JsonParser p = CSV.createParser(text)) {
            List<String> cells = null;
            int line = 0;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_ARRAY) {
                    cells = new ArrayList<>();
                    line = 0;
                } else if (t == JsonToken.END_ARRAY) {
                    rows.add(new RawRow(line, cells));
                } else {
                    if (line == 0) {
                        line = p.currentTokenLocation().getLineNr(); // where the record starts, not where it ends
                    }
                    cells.add(p.getString());
                }
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new UnreadableException((line > 0 ? "第 " + line + " 行：" : "") + "不是有效的 CSV（引号未闭合或引号后还有字符）");
        }
        return rows;
    }

    /** UTF-8 when the bytes are valid UTF-8, otherwise GBK (what Excel writes on a Chinese Windows). */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GBK"));
        }
    }
}
