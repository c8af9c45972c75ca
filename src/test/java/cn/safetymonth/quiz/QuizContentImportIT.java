package cn.safetymonth.quiz;

import cn.safetymonth.support.Api;
import cn.safetymonth.support.IntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A platform admin imports levels from Excel; bad rows are named and nothing is written. */
class QuizContentImportIT extends IntegrationTest {

    static byte[] workbook(String levelCode, int hazards) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("题库");
            var header = sheet.createRow(0);
            for (int c = 0; c < QuizExcelReader.HEADERS.size(); c++) {
                header.createCell(c).setCellValue(QuizExcelReader.HEADERS.get(c));
            }
            for (int i = 1; i <= hazards; i++) {
                var row = sheet.createRow(i);
                List<String> v = new ArrayList<>(List.of(levelCode, "家庭", "90", "车库与储物间", levelCode + "-" + i, "汽油桶堆放在车库" + i,
                        "ellipse " + (0.1 + (i - 1) * 0.18) + ",0.5,0.06,0.08", i % 2 == 0 ? "判断题" : "单选题"));
                if (i % 2 == 0) {
                    v.addAll(List.of("汽油可以装在塑料饮料瓶里存放在家中。", "正确", "错误", "", "", "", "B",
                            "塑料瓶会因静电和溶解引发泄漏、起火，汽油应使用专用金属油桶，且不宜在家中存放。"));
                } else {
                    v.addAll(List.of("家中车库存放汽油，下列做法正确的是？", "用专用金属油桶少量存放并远离火源", "用矿泉水瓶分装", "放在热水器旁边", "", "", "A",
                            "汽油挥发性强、闪点低，应少量存放在专用金属容器中，远离火源和热源，并保持通风。"));
                }
                for (int c = 0; c < v.size(); c++) {
                    row.createCell(c).setCellValue(v.get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** A quick-test sheet: one row per question, each given as 题目编号 then the question's own cells. */
    static byte[] quickWorkbook(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("安全力测试题");
            var header = sheet.createRow(0);
            for (int c = 0; c < QuizExcelReader.QUICK_HEADERS.size(); c++) {
                header.createCell(c).setCellValue(QuizExcelReader.QUICK_HEADERS.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    static List<String> quickRow(String id, String text) {
        return List.of(id, "lightning", "防雷电", "单选题", text, "立即到坚固的建筑物内躲避", "躲在大树下", "撑着金属柄的雨伞在空旷处行走", "", "", "A",
                "雷雨时大树和空旷处的人最容易遭雷击，应尽快进入有防雷设施的建筑物或汽车内。");
    }

    @Test
    void quickTestQuestionsComeFromExcelTooAndALevelsQuestionIsRefused() throws Exception {
        String run = Long.toString(System.nanoTime() % 1_000_000);
        Api.Res r = upload("/api/admin/quiz/quick-questions/import", platformAdminToken(), quickWorkbook(List.of(
                quickRow("qt-x" + run + "-1", "户外遇到雷雨天气" + run + "，下列做法正确的是？"),
                quickRow("qt-x" + run + "-2", "雷雨天在野外行走" + run + "，最安全的做法是？"))), null, null);
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.data().path("created").asInt()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT topic_title FROM quiz_quick_question WHERE code = ?", String.class, "qt-x" + run + "-1"))
                .isEqualTo("防雷电");

        String levelQuestion = jdbc.queryForObject("SELECT question_text FROM quiz_hazard ORDER BY id LIMIT 1", String.class);
        List<String> bad = new ArrayList<>(quickRow("qt-y" + run, "x"));
        bad.set(3, "问答题");
        Api.Res refused = upload("/api/admin/quiz/quick-questions/import", platformAdminToken(), quickWorkbook(List.of(
                quickRow("qt-z" + run, levelQuestion), bad)), null, null);
        assertThat(refused.code()).isEqualTo(QuizErrorCodes.CONTENT_INVALID.code());
        assertThat(refused.body().toString()).contains("Excel 第 2 行").contains("与闯关题目相同").contains("Excel 第 3 行").contains("题型");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM quiz_quick_question WHERE code = ?", Long.class, "qt-z" + run))
                .as("nothing of a refused file is written").isZero();
        String reviewer = staffToken("REVIEWER", "QH-01");
        assertThat(upload("/api/admin/quiz/quick-questions/import", reviewer, quickWorkbook(List.of(quickRow("qt-w" + run, "x"))), null, null)
                .status()).isEqualTo(403);
    }

    private Api.Res upload(String token, byte[] xlsx, byte[] png, String pngName) {
        return upload("/api/admin/quiz/content/import", token, xlsx, png, pngName);
    }

    private Api.Res upload(String path, String token, byte[] xlsx, byte[] png, String pngName) {
        String boundary = "----quiz" + System.nanoTime();
        var out = new ByteArrayOutputStream();
        try {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"题库.xlsx\"\r\n"
                    + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(xlsx);
            if (png != null) {
                out.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"pictures\"; filename=\"" + pngName
                        + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.write(png);
            }
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return api.raw("POST", path, token, "multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    @Test
    void aPlatformAdminImportsALevelWithItsPictureAndWorkersCanPlayIt() throws Exception {
        byte[] png = Files.readAllBytes(Path.of("config/quiz/levels/family/01.png"));

        Api.Res r = upload(platformAdminToken(), workbook("family-90", 5), png, "family-90.png");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.data().path("created").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM quiz_hazard h JOIN quiz_level l ON l.id = h.level_id WHERE l.code = 'family-90'",
                Integer.class)).isEqualTo(5);
        Api.Res again = upload(platformAdminToken(), workbook("family-90", 5), null, null);
        assertThat(again.data().path("unchanged").asInt()).as("the stored picture is reused").isEqualTo(1);
    }

    @Test
    void reimportingALevelWithRenamedHazardsKeepsExactlyFive() throws Exception {
        byte[] png = Files.readAllBytes(Path.of("config/quiz/levels/family/02.png"));
        assertThat(upload(platformAdminToken(), workbook("family-93", 5), png, "family-93.png").code()).isZero();
        byte[] renamed = workbook("family-93", 5);
        // the same level, its hazards now numbered family-93-x1 … x5
        try (var wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(renamed)); var out = new ByteArrayOutputStream()) {
            for (int r = 1; r <= 5; r++) {
                wb.getSheetAt(0).getRow(r).getCell(4).setCellValue("family-93-x" + r);
            }
            wb.write(out);
            renamed = out.toByteArray();
        }

        Api.Res again = upload(platformAdminToken(), renamed, null, null);

        assertThat(again.code()).as(again.toString()).isZero();
        assertThat(jdbc.queryForList("SELECT h.code FROM quiz_hazard h JOIN quiz_level l ON l.id = h.level_id WHERE l.code = 'family-93'",
                String.class)).containsExactlyInAnyOrder("family-93-x1", "family-93-x2", "family-93-x3", "family-93-x4", "family-93-x5");
    }

    @Test
    void aLevelWithFourHazardsAndNoPictureIsRefusedNamingTheRow() throws Exception {
        Api.Res r = upload(platformAdminToken(), workbook("family-91", 4), null, null);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.data().path("errors").toString())
                .contains("Excel 第 2 行：关卡 family-91：hazards 须恰好 5 个隐患点，实际 4 个")
                .contains("Excel 第 2 行：关卡 family-91：picture 缺少图片");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM quiz_level WHERE code = 'family-91'", Integer.class)).isZero();
    }

    @Test
    void onlyAPlatformAdminMayImport() throws Exception {
        Api.Res r = upload(staffToken("UNION_ADMIN", "QH-01"), workbook("family-92", 5), null, null);

        assertThat(r.status()).isEqualTo(403);
    }
}
