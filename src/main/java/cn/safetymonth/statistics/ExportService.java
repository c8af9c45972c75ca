package cn.safetymonth.statistics;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The form as it looks on paper: the attachment mark, title, period, header line, the items with the numbers written
 * into the seed's sentences, on A4, one page wide, marked 未报送 or with the version handed in. A second sheet lists
 * each child union's numbers blank by blank, the union's own (本级) and the total (合计), which is sheet 1's number.
 */
@Service
class ExportService {

    private static final String FONT = "宋体";
    /** Characters of body text a column of width w (in characters) holds per line, for row heights. */
    private static final double CJK_WIDTH = 2.0;
    /** Width of a number column on the children's sheet, in characters. */
    private static final int DETAIL_WIDTH = 12;

    record ChildRow(String unionName, StatisticsWeb.TableResp table) {
    }

    /** What the paper says of itself: 未报送, or the version handed in and when. */
    record Stamp(String text) {
    }

    static Stamp submitted(int version, LocalDateTime at) {
        return new Stamp("已报送（第 " + version + " 版，" + at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + "）");
    }

    static String fileName(StatisticsWeb.TableResp t, String suffix) {
        return t.title() + "-" + t.union().name() + "-" + t.period().label() + "-" + suffix + ".xlsx";
    }

    /** @param stamp null for the live table (未报送) */
    byte[] export(TableService.Paper paper, Stamp stamp) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles st = new Styles(wb);
            formSheet(wb, st, paper.table(), stamp == null ? "未报送" : stamp.text());
            childSheet(wb, st, paper.table(), paper.children());
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void formSheet(Workbook wb, Styles st, StatisticsWeb.TableResp t, String stamp) {
        Sheet sheet = wb.createSheet("统计表");
        boolean grouped = t.items().stream().anyMatch(i -> i.group() != null);
        List<String> columns = new ArrayList<>(t.columns());
        if (grouped) {
            columns.add(0, "");
        }
        int[] widths = grouped ? (columns.size() == 4 ? new int[]{8, 18, 30, 52} : new int[]{8, 26, 74})
                : (columns.size() == 3 ? new int[]{20, 32, 56} : new int[]{30, 78});
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        int last = columns.size() - 1;
        int r = 0;
        Row mark = sheet.createRow(r++);
        cell(mark, 0, t.attachment() == null ? "" : t.attachment(), st.plain);
        cell(mark, last, stamp, st.right);
        if (last > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last - 1));
        }
        Row title = sheet.createRow(r++);
        title.setHeightInPoints(32);
        cell(title, 0, t.title(), st.title);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));

        Row period = sheet.createRow(r++);
        cell(period, 0, "统计期：" + t.period().title(), st.plain);
        sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, last));

        Row header = sheet.createRow(r++);
        header.setHeightInPoints(22);
        cell(header, 0, t.header().stream().map(h -> h.name() + "：" + (h.value() == null ? "　　　　" : h.value()))
                .collect(Collectors.joining("　　")), st.plain);
        sheet.addMergedRegion(new CellRangeAddress(3, 3, 0, last));

        int headRow = r;
        Row head = sheet.createRow(r++);
        head.setHeightInPoints(24);
        for (int c = 0; c <= last; c++) {
            cell(head, c, columns.get(c), st.head);
        }
        if (grouped) {
            sheet.addMergedRegion(new CellRangeAddress(headRow, headRow, 0, 1));
            cell(head, 0, columns.get(1), st.head);
        }
        int groupStart = -1;
        String group = null;
        for (StatisticsWeb.ItemResp item : t.items()) {
            Row row = sheet.createRow(r);
            int c = 0;
            if (grouped) {
                cell(row, c++, item.group() == null ? "" : item.group(), st.center);
                if (!Objects.equals(group, item.group())) {
                    mergeGroup(sheet, groupStart, r - 1);
                    groupStart = r;
                    group = item.group();
                }
            }
            cell(row, c++, item.label(), st.center);
            if (t.columns().size() == 3) {
                cell(row, c++, item.requirement() == null ? "" : item.requirement(), st.body);
            }
            String progress = item.lines().stream().map(StatisticsWeb.LineResp::text).collect(Collectors.joining("\n"));
            cell(row, c, progress, st.body);
            row.setHeightInPoints(height(item, widths, grouped, t.columns().size() == 3));
            r++;
        }
        mergeGroup(sheet, groupStart, r - 1);
        a4(sheet, headRow);
    }

    private static void mergeGroup(Sheet sheet, int from, int to) {
        if (from >= 0 && to > from) {
            sheet.addMergedRegion(new CellRangeAddress(from, to, 0, 0));
        }
    }

    /** Enough height for the longest wrapped cell of the row (Excel does not fit row heights of generated sheets). */
    private static float height(StatisticsWeb.ItemResp item, int[] widths, boolean grouped, boolean withRequirement) {
        int base = grouped ? 1 : 0;
        int lines = wrapped(item.label(), widths[base]);
        if (withRequirement && item.requirement() != null) {
            lines = Math.max(lines, wrapped(item.requirement(), widths[base + 1]));
        }
        int progress = item.lines().stream().mapToInt(l -> wrapped(l.text(), widths[widths.length - 1])).sum();
        return Math.max(24, Math.max(lines, progress) * 15f + 6);
    }

    private static int wrapped(String text, int width) {
        double perLine = width / CJK_WIDTH;
        return Math.max(1, (int) Math.ceil(text.codePointCount(0, text.length()) / perLine));
    }

    /**
     * Each child's numbers, blank by blank, then the union's own (本级) and the total (合计): 合计 is sheet 1's number, and
     * for every summable unit it is 本级 plus the children. 人 is distinct people, never a sum: 合计 shows the subtree's
     * people as sheet 1 does, 本级 nothing.
     */
    private static void childSheet(Workbook wb, Styles st, StatisticsWeb.TableResp t, List<ChildRow> children) {
        Sheet sheet = wb.createSheet("下级明细");
        List<String> labels = labels(t);
        Row head = sheet.createRow(0);
        // tall enough for the longest label wrapped in its column: a cut-off header can't be read on paper
        head.setHeightInPoints(Math.max(60, labels.stream().mapToInt(l -> wrapped(l, DETAIL_WIDTH)).max().orElse(1) * 15f + 8));
        cell(head, 0, "单位", st.head);
        sheet.setColumnWidth(0, 28 * 256);
        for (int i = 0; i < labels.size(); i++) {
            cell(head, i + 1, labels.get(i), st.head);
            sheet.setColumnWidth(i + 1, DETAIL_WIDTH * 256);
        }
        List<StatisticsWeb.CellResp> total = cells(t);
        long[] childSum = new long[total.size()];
        int r = 1;
        for (ChildRow child : children) {
            Row row = sheet.createRow(r++);
            cell(row, 0, child.unionName(), st.body);
            List<StatisticsWeb.CellResp> values = cells(child.table());
            for (int i = 0; i < values.size(); i++) {
                StatisticsWeb.CellResp v = values.get(i);
                value(row, i + 1, v.textValue(), v.value(), st);
                childSum[i] += v.value() == null ? 0 : v.value();
            }
        }
        Row own = sheet.createRow(r++);
        cell(own, 0, "本级（" + t.union().name() + "）", st.body);
        Row sum = sheet.createRow(r);
        cell(sum, 0, "合计", st.head);
        for (int i = 0; i < total.size(); i++) {
            StatisticsWeb.CellResp v = total.get(i);
            value(own, i + 1, v.textValue(), ownNumber(v, childSum[i]), st);
            value(sum, i + 1, v.textValue(), v.value(), st);
        }
        sheet.createFreezePane(1, 1);
        // wider than a page: printed across pages at a readable size, the unions' names and the header on each
        a4(sheet, 0);
        sheet.setFitToPage(false);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setScale((short) 80);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, 0));
        sheet.setRepeatingColumns(new CellRangeAddress(0, 0, 0, 0));
    }

    /** The union's own number of a cell: what it typed, or for a platform count the total less the children's. */
    private static Long ownNumber(StatisticsWeb.CellResp total, long children) {
        if ("MANUAL".equals(total.source())) {
            return total.ownValue();
        }
        if (total.value() == null || "人".equals(total.unit())) {
            return null; // people are not what is left of a total: the subtree's count alone is true
        }
        return total.value() - children;
    }

    private static List<StatisticsWeb.CellResp> cells(StatisticsWeb.TableResp t) {
        return t.items().stream().flatMap(i -> i.lines().stream()).flatMap(l -> l.segments().stream())
                .map(StatisticsWeb.SegmentResp::cell).filter(Objects::nonNull).toList();
    }

    private static void value(Row row, int col, String text, Long number, Styles st) {
        if (number == null) {
            cell(row, col, text == null ? "" : text, st.body);
        } else {
            Cell c = row.createCell(col);
            c.setCellValue(number);
            c.setCellStyle(st.number);
        }
    }

    /**
     * The column headers, in the form's own words: the words before each blank and its unit. A blank with no words of
     * its own ("（ ）人次") or only a verb ("参与（ ）人次") is named with what it belongs to, the words before the
     * sentence's previous blank, or the item when it is the first: "组织观看…警示教育片·参与（人次）".
     */
    static List<String> labels(StatisticsWeb.TableResp t) {
        List<String> labels = new ArrayList<>();
        for (StatisticsWeb.ItemResp item : t.items()) {
            for (StatisticsWeb.LineResp line : item.lines()) {
                String before = "";
                String subject = item.label().replaceFirst("^\\d+[.．、]", "");
                for (StatisticsWeb.SegmentResp s : line.segments()) {
                    if (s.cell() == null) {
                        before = s.text();
                        continue;
                    }
                    String clause = clause(before);
                    String unit = "（" + s.cell().unit() + "）";
                    labels.add(clause.codePointCount(0, clause.length()) <= 3 ? subject + "·" + clause + unit : clause + unit);
                    if (clause.codePointCount(0, clause.length()) > 3) {
                        subject = clause;
                    }
                    before = "";
                }
            }
        }
        return labels;
    }

    /** The words just before a blank, whole: after the last punctuation, without the bracket that opens the blank. */
    static String clause(String before) {
        String clause = before.replaceAll("[（(\\s]+$", "");
        int cut = Math.max(Math.max(clause.lastIndexOf('；'), clause.lastIndexOf('，')), Math.max(clause.lastIndexOf('、'), clause.lastIndexOf('：')));
        return clause.substring(cut + 1).replaceAll("^[）)\\s]+", "").replaceAll("[）)]\\S{0,3}$", "").trim();
    }

    private static void a4(Sheet sheet, int repeatRowsTo) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setMargin(PageMargin.LEFT, 0.5);
        sheet.setMargin(PageMargin.RIGHT, 0.5);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setHorizontallyCenter(true);
        if (repeatRowsTo > 0) {
            sheet.setRepeatingRows(new CellRangeAddress(repeatRowsTo, repeatRowsTo, 0, 0));
        }
    }

    private static void cell(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle plain;
        final CellStyle head;
        final CellStyle center;
        final CellStyle body;
        final CellStyle number;
        final CellStyle right;

        Styles(Workbook wb) {
            title = style(wb, font(wb, 16, true), HorizontalAlignment.CENTER, false, false);
            plain = style(wb, font(wb, 11, false), HorizontalAlignment.LEFT, false, false);
            head = style(wb, font(wb, 11, true), HorizontalAlignment.CENTER, true, true);
            center = style(wb, font(wb, 11, false), HorizontalAlignment.CENTER, true, true);
            body = style(wb, font(wb, 11, false), HorizontalAlignment.LEFT, true, true);
            number = style(wb, font(wb, 11, false), HorizontalAlignment.RIGHT, true, false);
            right = style(wb, font(wb, 10, false), HorizontalAlignment.RIGHT, false, false);
        }

        private static Font font(Workbook wb, int points, boolean bold) {
            Font f = wb.createFont();
            f.setFontName(FONT);
            f.setFontHeightInPoints((short) points);
            f.setBold(bold);
            return f;
        }

        private static CellStyle style(Workbook wb, Font font, HorizontalAlignment align, boolean border, boolean wrap) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setAlignment(align);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setWrapText(wrap);
            if (border) {
                s.setBorderTop(BorderStyle.THIN);
                s.setBorderBottom(BorderStyle.THIN);
                s.setBorderLeft(BorderStyle.THIN);
                s.setBorderRight(BorderStyle.THIN);
            }
            return s;
        }
    }
}
