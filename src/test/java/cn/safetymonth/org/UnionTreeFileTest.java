package cn.safetymonth.org;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnionTreeFileTest {

    private static final String HEADER = "编码,名称,上级编码,类型,渠道";

    private static List<UnionTreeFile.Line> csv(byte[] bytes) throws Exception {
        return UnionTreeFile.read("x.csv", new ByteArrayInputStream(bytes));
    }

    private static List<UnionTreeFile.Line> csv(String text) throws Exception {
        return csv(text.getBytes(StandardCharsets.UTF_8));
    }

    private static UnionTreeFile.Line line(int n, String code, String name, String parent, String type, String channel) {
        return new UnionTreeFile.Line(n, code, name, parent, type, channel);
    }

    @Test
    void aPlainUtf8CsvIsReadRowByRow() throws Exception {
        List<UnionTreeFile.Line> lines = csv(HEADER + "\nQH-01,青湖区总工会,ROOT,县(市)区总工会,地方\nQH-01-001,青湖机械厂工会,QH-01,基层工会,地方\n");

        assertThat(lines).containsExactly(
                line(2, "QH-01", "青湖区总工会", "ROOT", "县(市)区总工会", "地方"),
                line(3, "QH-01-001", "青湖机械厂工会", "QH-01", "基层工会", "地方"));
    }

    @Test
    void aUtf8CsvWithAByteOrderMarkFromExcelIsRead() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = (HEADER + "\nQH-01,青湖区总工会,ROOT,县(市)区总工会,地方\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);

        assertThat(csv(bytes)).containsExactly(line(2, "QH-01", "青湖区总工会", "ROOT", "县(市)区总工会", "地方"));
    }

    @Test
    void aGbkCsvSavedByChineseExcelIsRead() throws Exception {
        byte[] gbk = (HEADER + "\r\nQH-01-001,青湖机械厂工会,QH-01,直属基层工会,央企\r\n").getBytes(Charset.forName("GBK"));

        assertThat(csv(gbk)).containsExactly(line(2, "QH-01-001", "青湖机械厂工会", "QH-01", "直属基层工会", "央企"));
    }

    @Test
    void quotedCellsMayContainCommasAndDoubledQuotes() throws Exception {
        List<UnionTreeFile.Line> lines = csv(HEADER + "\nQH-02,\"青湖区总工会,机关\",ROOT,\"县(市)区总工会\",地方\n"
                + "QH-02-001,\"“安全”之家 \"\"一线\"\" 工会\",QH-02,基层工会,地方\n");

        assertThat(lines).extracting(UnionTreeFile.Line::name)
                .containsExactly("青湖区总工会,机关", "“安全”之家 \"一线\" 工会");
        assertThat(lines).extracting(UnionTreeFile.Line::type).containsExactly("县(市)区总工会", "基层工会");
    }

    @Test
    void aQuoteLeftOpenIsRefusedWithItsLineInsteadOfSwallowingTheRestOfTheFile() {
        assertThatThrownBy(() -> csv(HEADER + "\nA-1,甲工会,ROOT,基层工会,地方\nA-2,\"乙工会,ROOT,基层工会,地方\nA-3,丙工会,ROOT,基层工会,地方\n"))
                .isInstanceOf(UnionTreeFile.UnreadableException.class)
                .hasMessageEndingWith("不是有效的 CSV（引号未闭合或引号后还有字符）");
    }

    @Test
    void windowsLineEndingsLeaveNoStrayCarriageReturns() throws Exception {
        List<UnionTreeFile.Line> lines = csv(HEADER + "\r\nA-1,甲工会,ROOT,基层工会,地方\r\nA-2,乙工会,ROOT,基层工会,央企\r\n");

        assertThat(lines).containsExactly(
                line(2, "A-1", "甲工会", "ROOT", "基层工会", "地方"),
                line(3, "A-2", "乙工会", "ROOT", "基层工会", "央企"));
    }

    @Test
    void aLastLineWithoutNewlineIsStillRead() throws Exception {
        assertThat(csv(HEADER + "\nA-1,甲工会,ROOT,基层工会,地方"))
                .containsExactly(line(2, "A-1", "甲工会", "ROOT", "基层工会", "地方"));
    }

    @Test
    void blankLinesAreSkippedButLaterRowsKeepTheirFileLineNumbers() throws Exception {
        List<UnionTreeFile.Line> lines = csv(HEADER + "\n\nA-1,甲工会,ROOT,基层工会,地方\n,,,,\n\r\n  ,  ,,,\nA-2,乙工会,ROOT,基层工会,地方\n\n");

        assertThat(lines).extracting(UnionTreeFile.Line::line, UnionTreeFile.Line::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "A-1"),
                        org.assertj.core.groups.Tuple.tuple(7, "A-2"));
    }

    @Test
    void blankLinesInACrlfFileKeepTheOriginalLineNumbers() throws Exception {
        List<UnionTreeFile.Line> lines = csv(HEADER + "\r\n\r\n\r\nA-1,甲工会,ROOT,基层工会,地方\r\n");

        assertThat(lines).extracting(UnionTreeFile.Line::line).containsExactly(4);
    }

    @Test
    void aNameBrokenOverTwoLinesInExcelKeepsLaterRowsOnTheirFileLines() throws Exception {
        // Alt+Enter in an Excel cell is saved as a quoted cell spanning two file lines
        List<UnionTreeFile.Line> lines = csv(HEADER + "\nA-1,\"甲公司\n工会\",ROOT,基层工会,地方\nA-2,乙工会,ROOT,基层工会,地方\n");

        assertThat(lines).extracting(UnionTreeFile.Line::name).containsExactly("甲公司\n工会", "乙工会");
        assertThat(lines).extracting(UnionTreeFile.Line::line).containsExactly(2, 4);
    }

    @Test
    void headerColumnsMayComeInAnyOrder() throws Exception {
        List<UnionTreeFile.Line> lines = csv("渠道,类型,名称,上级编码,编码\n央企,基层工会,丙工会,ROOT,C-1\n");

        assertThat(lines).containsExactly(line(2, "C-1", "丙工会", "ROOT", "基层工会", "央企"));
    }

    @Test
    void headerCellsWithSurroundingSpacesAndExtraColumnsAreTolerated() throws Exception {
        List<UnionTreeFile.Line> lines = csv(" 编码 ,名称,备注,上级编码,类型,渠道\nC-1,丙工会,随便写,ROOT,基层工会,地方\n");

        assertThat(lines).containsExactly(line(2, "C-1", "丙工会", "ROOT", "基层工会", "地方"));
    }

    @Test
    void cellsAreTrimmedAndShortRowsReadAsEmptyCells() throws Exception {
        List<UnionTreeFile.Line> lines = csv(HEADER + "\n  C-1 , 丙工会 ,ROOT\n");

        assertThat(lines).containsExactly(line(2, "C-1", "丙工会", "ROOT", "", ""));
    }

    @Test
    void aMissingHeaderColumnIsRefusedNamingTheColumn() {
        assertThatThrownBy(() -> csv("编码,名称,上级编码,类型\nA-1,甲工会,ROOT,基层工会\n"))
                .isInstanceOf(UnionTreeFile.UnreadableException.class)
                .hasMessageContaining("渠道");
        assertThatThrownBy(() -> csv("编码,名称,类型,渠道\nA-1,甲工会,基层工会,地方\n"))
                .isInstanceOf(UnionTreeFile.UnreadableException.class)
                .hasMessageContaining("上级编码");
    }

    @Test
    void anEmptyCsvIsRefused() {
        assertThatThrownBy(() -> csv(new byte[0]))
                .isInstanceOf(UnionTreeFile.UnreadableException.class);
    }

    @Test
    void aFileThatIsNeitherCsvNorXlsxIsRefused() {
        byte[] bytes = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> UnionTreeFile.read("unions.txt", new ByteArrayInputStream(bytes)))
                .isInstanceOf(UnionTreeFile.UnreadableException.class);
        assertThatThrownBy(() -> UnionTreeFile.read("unions.xls", new ByteArrayInputStream(bytes)))
                .isInstanceOf(UnionTreeFile.UnreadableException.class);
        assertThatThrownBy(() -> UnionTreeFile.read(null, new ByteArrayInputStream(bytes)))
                .isInstanceOf(UnionTreeFile.UnreadableException.class);
    }

    @Test
    void anUpperCaseExtensionIsAccepted() throws Exception {
        byte[] bytes = (HEADER + "\nA-1,甲工会,ROOT,基层工会,地方\n").getBytes(StandardCharsets.UTF_8);
        assertThat(UnionTreeFile.read("UNIONS.CSV", new ByteArrayInputStream(bytes))).hasSize(1);
    }

    private static byte[] xlsx(String[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("工会");
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    continue;
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void anXlsxWorkbookIsReadFromItsFirstSheet() throws Exception {
        byte[] bytes = xlsx(
                new String[] {"编码", "名称", "上级编码", "类型", "渠道"},
                new String[] {"QH-01", "青湖区总工会", "ROOT", "县(市)区总工会", "地方"},
                null,
                new String[] {"QH-01-001", "青湖机械厂工会,一车间", "QH-01", "基层工会", "央企"});

        List<UnionTreeFile.Line> lines = UnionTreeFile.read("unions.xlsx", new ByteArrayInputStream(bytes));

        assertThat(lines).containsExactly(
                line(2, "QH-01", "青湖区总工会", "ROOT", "县(市)区总工会", "地方"),
                line(4, "QH-01-001", "青湖机械厂工会,一车间", "QH-01", "基层工会", "央企"));
    }

    @Test
    void anXlsxWithNumericCodesReadsThemAsWritten() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet();
            Row h = sheet.createRow(0);
            String[] header = {"编码", "名称", "上级编码", "类型", "渠道"};
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue(1001);
            r.createCell(1).setCellValue("甲工会");
            r.createCell(2).setCellValue(1);
            r.createCell(3).setCellValue("基层工会");
            r.createCell(4).setCellValue("地方");
            wb.write(out);

            List<UnionTreeFile.Line> lines = UnionTreeFile.read("u.xlsx", new ByteArrayInputStream(out.toByteArray()));

            assertThat(lines).containsExactly(line(2, "1001", "甲工会", "1", "基层工会", "地方"));
        }
    }

    @Test
    void anXlsxMissingAHeaderColumnIsRefusedNamingTheColumn() throws Exception {
        byte[] bytes = xlsx(new String[] {"编码", "名称", "类型", "渠道"}, new String[] {"A-1", "甲工会", "基层工会", "地方"});

        assertThatThrownBy(() -> UnionTreeFile.read("u.xlsx", new ByteArrayInputStream(bytes)))
                .isInstanceOf(UnionTreeFile.UnreadableException.class)
                .hasMessageContaining("上级编码");
    }

    @Test
    void garbageNamedXlsxIsRefusedAsUnreadable() {
        byte[] bytes = "this is not a spreadsheet at all, just text\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> UnionTreeFile.read("unions.xlsx", new ByteArrayInputStream(bytes)))
                .isInstanceOf(UnionTreeFile.UnreadableException.class);
    }

    @Test
    void anEmptyFileNamedXlsxIsRefusedAsUnreadable() {
        assertThatThrownBy(() -> UnionTreeFile.read("unions.xlsx", new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(UnionTreeFile.UnreadableException.class);
    }

    @Test
    void aCsvRenamedToXlsxIsRefusedAsUnreadable() {
        byte[] bytes = (HEADER + "\nA-1,甲工会,ROOT,基层工会,地方\n").getBytes(Charset.forName("GBK"));
        assertThatThrownBy(() -> UnionTreeFile.read("unions.xlsx", new ByteArrayInputStream(bytes)))
                .isInstanceOf(UnionTreeFile.UnreadableException.class);
    }

    @Test
    void anOldExcel97FileRenamedToXlsxIsRefusedAsUnreadable() {
        // the OLE2 signature every .xls starts with, followed by junk
        byte[] bytes = Arrays.copyOf(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 1024);
        assertThatThrownBy(() -> UnionTreeFile.read("unions.xlsx", new ByteArrayInputStream(bytes)))
                .isInstanceOf(UnionTreeFile.UnreadableException.class);
    }

    @Test
    void aZipThatIsNotAWorkbookIsRefusedAsUnreadable() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] bytes = out.toByteArray();
        assertThatThrownBy(() -> UnionTreeFile.read("unions.xlsx", new ByteArrayInputStream(bytes)))
                .isInstanceOf(UnionTreeFile.UnreadableException.class);
    }

    @Test
    void aTruncatedXlsxIsRefusedAsUnreadable() throws Exception {
        byte[] full = xlsx(new String[] {"编码", "名称", "上级编码", "类型", "渠道"}, new String[] {"A-1", "甲工会", "ROOT", "基层工会", "地方"});
        byte[] bytes = Arrays.copyOf(full, full.length / 2);
        assertThatThrownBy(() -> UnionTreeFile.read("unions.xlsx", new ByteArrayInputStream(bytes)))
                .isInstanceOf(UnionTreeFile.UnreadableException.class);
    }
}
