package cn.safetymonth.org;

import cn.safetymonth.support.Api;
import cn.safetymonth.support.IntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The union tree through HTTP: the seeded city, imports with line-numbered errors, join codes and their mini-program code. */
class UnionTreeIT extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.data.redis.core.StringRedisTemplate redis;

    @Test
    void theSyntheticCityIsLoadedWithTwoChannels() {
        Integer grassroots = jdbc.queryForObject("SELECT COUNT(*) FROM org_union WHERE type IN ('GRASSROOTS','DIRECT_GRASSROOTS')", Integer.class);
        Integer second = jdbc.queryForObject("SELECT COUNT(*) FROM org_union WHERE depth = 1", Integer.class);
        Integer central = jdbc.queryForObject("SELECT COUNT(*) FROM org_union WHERE channel = 'CENTRAL'", Integer.class);

        assertThat(grassroots).isGreaterThanOrEqualTo(200);
        assertThat(second).isGreaterThanOrEqualTo(10);
        assertThat(central).isPositive();
    }

    @Test
    void aBadFileIsRefusedWholeWithEveryBadLineNamed() {
        String csv = """
                编码,名称,上级编码,类型,渠道
                T-BAD-1,测试甲公司工会,QH-01,基层工会,地方
                T-BAD-2,,QH-01,基层工会,地方
                T-BAD-3,测试丙公司工会,NO-SUCH,基层工会,地方
                T-BAD-4,测试丁公司工会,QH-01,宫殿,地方
                T-BAD-1,测试戊公司工会,QH-01,基层工会,火星
                """;

        Api.Res r = api.upload("/api/admin/unions/import", platformAdminToken(), "file", "tree.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo(3006);
        JsonNode errors = r.data().path("errors");
        assertThat(errors.toString()).contains("第 3 行：名称不能为空", "第 4 行：上级编码“NO-SUCH”不存在", "第 5 行：类型“宫殿”无效", "第 6 行：渠道“火星”无效");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM org_union WHERE code LIKE 'T-BAD-%'", Integer.class)).isZero();
    }

    @Test
    void aGbkCsvFromExcelImportsNewUnionsUnderExistingOnes() {
        String csv = "编码,名称,上级编码,类型,渠道\r\nT-GBK-1,清河市测试机械厂工会,QH-02,基层工会,地方\r\nT-GBK-2,清河市测试机械厂一车间分工会,T-GBK-1,基层工会,\r\n";

        Api.Res r = api.upload("/api/admin/unions/import", platformAdminToken(), "file", "导入.csv", "text/csv", csv.getBytes(Charset.forName("GBK")));

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.data().path("created").asInt()).isEqualTo(2);
        String path = jdbc.queryForObject("SELECT path FROM org_union WHERE code = 'T-GBK-2'", String.class);
        assertThat(path).startsWith(jdbc.queryForObject("SELECT path FROM org_union WHERE code = 'QH-02'", String.class));
        assertThat(jdbc.queryForObject("SELECT name FROM org_union WHERE code = 'T-GBK-1'", String.class)).isEqualTo("清河市测试机械厂工会");
    }

    @Test
    void anXlsxImportAndACountyAdminImportingOnlyInsideItsSubtree() throws Exception {
        String county = staffToken("UNION_ADMIN", "QH-03");
        byte[] inside = xlsx(new String[][]{{"编码", "名称", "上级编码", "类型", "渠道"}, {"T-XL-1", "清河市测试表格厂工会", "QH-03", "基层工会", "地方"}});
        byte[] outside = xlsx(new String[][]{{"编码", "名称", "上级编码", "类型", "渠道"}, {"T-XL-2", "越界表格厂工会", "QH-04", "基层工会", "地方"}});

        Api.Res ok = api.upload("/api/admin/unions/import", county, "file", "tree.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", inside);
        Api.Res refused = api.upload("/api/admin/unions/import", county, "file", "tree.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", outside);
        Api.Res notAFile = api.upload("/api/admin/unions/import", county, "file", "tree.pdf", "application/pdf", new byte[]{1, 2, 3});

        assertThat(ok.code()).as(ok.toString()).isZero();
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.msg()).contains("第 2 行").contains("不在您的管辖范围内");
        assertThat(notAFile.status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM org_union WHERE code = 'T-XL-2'", Integer.class)).isZero();
    }

    @Test
    void aUnionAdminAddsAChildThatWorkersCanJoinAtOnce() {
        String county = staffToken("UNION_ADMIN", "QH-09");
        Api.Res created = api.post("/api/admin/unions/" + unionId("QH-09") + "/children", county,
                Map.of("code", "T-NEW-" + System.nanoTime() % 100000, "name", "清河市新建电池厂工会" + System.nanoTime() % 1000, "type", "GRASSROOTS"));
        String joinCode = created.data().path("joinCode").asString();
        Api.Res duplicate = api.post("/api/admin/unions/" + unionId("QH-09") + "/children", county,
                Map.of("code", "T-DUP-" + System.nanoTime() % 100000, "name", created.data().path("union").path("name").asString(), "type", "GRASSROOTS"));

        String worker = workerToken(freshUser("new"));
        Api.Res joined = api.post("/api/app/me/union", worker, Map.of("joinCode", joinCode));

        assertThat(created.code()).as(created.toString()).isZero();
        assertThat(created.data().path("lineage").get(1).asString()).isEqualTo(unionByCode("QH-09").path("union").path("name").asString());
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(joined.code()).isZero();
    }

    @Test
    void theJoinQrCodeComesFromWeChatOnceAndFromStorageAfterwards() {
        String admin = staffToken("UNION_ADMIN", "QH-10-001");
        String path = "/api/admin/unions/" + unionId("QH-10-001") + "/join-qrcode";
        int before = wechat().calls("/wxa/getwxacodeunlimit");

        Api.Res first = api.get(path, admin);
        Api.Res second = api.get(path, admin);
        Api.Res county = api.get("/api/admin/unions/" + unionId("QH-10") + "/join-qrcode", platformAdminToken());

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).isEqualTo("image/png");
        assertThat(first.raw()).startsWith(0x89, 'P', 'N', 'G');
        assertThat(second.raw()).isEqualTo(first.raw());
        assertThat(wechat().calls("/wxa/getwxacodeunlimit")).isEqualTo(before + 1);
        assertThat(county.status()).isEqualTo(400);
        assertThat(redis.keys(cn.safetymonth.support.TestBackend.get().keyPrefix() + "wx*"))
                .as("WeChat's access token is kept in Redis for every instance").isNotEmpty();
    }

    @Test
    void aReviewerMayLookButNotChangeTheTreeOrItsJoinCodes() {
        String reviewer = staffToken("REVIEWER", "QH-04");
        String old = joinCode("QH-04-002");

        Api.Res create = api.post("/api/admin/unions/" + unionId("QH-04") + "/children", reviewer,
                Map.of("code", "T-REV-1", "name", "审核员新建的工会", "type", "GRASSROOTS"));
        Api.Res reset = api.post("/api/admin/unions/" + unionId("QH-04-002") + "/join-code/reset", reviewer, Map.of());
        Api.Res imported = api.upload("/api/admin/unions/import", reviewer, "file", "tree.csv", "text/csv",
                "编码,名称,上级编码,类型,渠道\nT-REV-2,审核员导入的工会,QH-04,基层工会,地方\n".getBytes(StandardCharsets.UTF_8));
        Api.Res look = api.get("/api/admin/unions/" + unionId("QH-04") + "/children", reviewer);

        assertThat(create.status()).isEqualTo(403);
        assertThat(reset.status()).isEqualTo(403);
        assertThat(imported.status()).isEqualTo(403);
        assertThat(look.code()).isZero();
        assertThat(joinCode("QH-04-002")).isEqualTo(old);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM org_union WHERE code LIKE 'T-REV-%'", Integer.class)).isZero();
    }

    @Test
    void resettingAJoinCodeStopsTheOldOne() {
        String admin = staffToken("UNION_ADMIN", "QH-11-001");
        String old = joinCode("QH-11-001");

        Api.Res reset = api.post("/api/admin/unions/" + unionId("QH-11-001") + "/join-code/reset", admin, Map.of());
        String worker = workerToken(freshUser("late"));

        assertThat(reset.data().path("joinCode").asString()).isNotEqualTo(old).hasSize(6);
        assertThat(api.post("/api/app/me/union", worker, Map.of("joinCode", old)).status()).isEqualTo(404);
        assertThat(api.post("/api/app/me/union", worker, Map.of("joinCode", reset.data().path("joinCode").asString())).code()).isZero();
    }

    private static byte[] xlsx(String[][] rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("工会");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
