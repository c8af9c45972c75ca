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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The form as it looks on paper: title, header line, the items with the numbers written into the seed's sentences,
 * on A4, one page wide. A second sheet lists each child union's numbers blank by blank.
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

    byte[] export(StatisticsWeb.TableResp table, List<ChildRow> children) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles st = new Styles(wb);
            formSheet(wb, st, table);
            childSheet(wb, st, table, children);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void formSheet(Workbook wb, Styles st, StatisticsWeb.TableResp t) {
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
        Row title = sheet.createRow(0);
        title.setHeightInPoints(32);
        cell(title, 0, t.title(), st.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));

        Row header = sheet.createRow(1);
        header.setHeightInPoints(22);
        cell(header, 0, t.header().stream().map(h -> h.name() + "：" + (h.value() == null ? "　　　　" : h.value()))
                .collect(Collectors.joining("　　")), st.plain);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));

        Row head = sheet.createRow(2);
        head.setHeightInPoints(24);
        for (int c = 0; c <= last; c++) {
            cell(head, c, columns.get(c), st.head);
        }
        if (grouped) {
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, 1));
            cell(head, 0, columns.get(1), st.head);
        }
        int r = 3;
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
        a4(sheet, 2);
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

    private static void childSheet(Workbook wb, Styles st, StatisticsWeb.TableResp t, List<ChildRow> children) {
        Sheet sheet = wb.createSheet("下级明细");
        List<StatisticsWeb.CellResp> cells = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (StatisticsWeb.ItemResp item : t.items()) {
            for (StatisticsWeb.LineResp line : item.lines()) {
                String before = "";
                String subject = "";
                for (StatisticsWeb.SegmentResp s : line.segments()) {
                    if (s.cell() == null) {
                        before = s.text();
                    } else {
                        cells.add(s.cell());
                        String clause = clause(before);
                        // "参与（ ）人次" says little alone: name what it belongs to, the sentence's previous blank
                        labels.add((clause.length() <= 3 && !subject.isEmpty() ? subject + "·" : "") + blankLabel(before, s.cell()));
                        if (clause.length() > 3) {
                            subject = clause;
                        }
                    }
                }
            }
        }
        Row head = sheet.createRow(0);
        // tall enough for the longest label wrapped in its column: a cut-off header can't be read on paper
        head.setHeightInPoints(Math.max(60, labels.stream().mapToInt(l -> wrapped(l, DETAIL_WIDTH)).max().orElse(1) * 15f + 8));
        cell(head, 0, "单位", st.head);
        sheet.setColumnWidth(0, 28 * 256);
        for (int i = 0; i < labels.size(); i++) {
            cell(head, i + 1, labels.get(i), st.head);
            sheet.setColumnWidth(i + 1, DETAIL_WIDTH * 256);
        }
        int r = 1;
        for (ChildRow child : children) {
            Row row = sheet.createRow(r++);
            cell(row, 0, child.unionName(), st.body);
            List<StatisticsWeb.CellResp> values = child.table().items().stream().flatMap(i -> i.lines().stream())
                    .flatMap(l -> l.segments().stream()).map(StatisticsWeb.SegmentResp::cell).filter(Objects::nonNull).toList();
            for (int i = 0; i < values.size(); i++) {
                StatisticsWeb.CellResp v = values.get(i);
                if (v.textValue() != null || v.value() == null) {
                    cell(row, i + 1, v.textValue() == null ? "" : v.textValue(), st.body);
                } else {
                    Cell c = row.createCell(i + 1);
                    c.setCellValue(v.value());
                    c.setCellStyle(st.number);
                }
            }
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

    /** "组织理论学习（ ）场" → "组织理论学习（场）": the clause just before the blank, and its unit. */
    static String blankLabel(String before, StatisticsWeb.CellResp cell) {
        String clause = clause(before);
        return (clause.isEmpty() ? cell.blankId() : clause) + "（" + cell.unit() + "）";
    }

    /** The words just before a blank: after the last punctuation, without the bracket that opens the blank. */
    static String clause(String before) {
        String clause = before.replaceAll("[（(\\s]+$", "");
        int cut = Math.max(Math.max(clause.lastIndexOf('；'), clause.lastIndexOf('，')), Math.max(clause.lastIndexOf('、'), clause.lastIndexOf('：')));
        clause = clause.substring(cut + 1).replaceAll("^[）)\\s]+", "").replaceAll("[）)]\\S{0,3}$", "").trim();
        return clause.codePointCount(0, clause.length()) > 40 ? clause.substring(0, clause.offsetByCodePoints(0, 39)) + "…" : clause;
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

        Styles(Workbook wb) {
            title = style(wb, font(wb, 16, true), HorizontalAlignment.CENTER, false, false);
            plain = style(wb, font(wb, 11, false), HorizontalAlignment.LEFT, false, false);
            head = style(wb, font(wb, 11, true), HorizontalAlignment.CENTER, true, true);
            center = style(wb, font(wb, 11, false), HorizontalAlignment.CENTER, true, true);
            body = style(wb, font(wb, 11, false), HorizontalAlignment.LEFT, true, true);
            number = style(wb, font(wb, 11, false), HorizontalAlignment.RIGHT, true, false);
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
