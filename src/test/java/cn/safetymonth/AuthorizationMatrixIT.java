package cn.safetymonth;

import cn.safetymonth.common.auth.Access;
import cn.safetymonth.common.auth.AccessRules;
import cn.safetymonth.common.auth.AdminRole;
import cn.safetymonth.support.Api;
import cn.safetymonth.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every admin endpoint refuses nodes outside the caller's subtree, for a reviewer and a union
 * admin of one county acting on its sibling county; every worker endpoint is about the caller
 * only. The table must name every endpoint: a new endpoint without a row fails this test.
 */
class AuthorizationMatrixIT extends IntegrationTest {

    static final String OWN_COUNTY = "QH-07";
    static final String SIBLING_COUNTY = "QH-08";
    static final String SIBLING_GRASSROOTS = "QH-08-001";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    long siblingAccountId;

    @BeforeEach
    void siblingAccount() {
        Api.Res created = api.post("/api/admin/accounts", platformAdminToken(), Map.of(
                "username", "sibling" + System.nanoTime() % 1000000, "displayName", "兄弟县审核员",
                "role", "REVIEWER", "unionId", unionId(SIBLING_COUNTY)));
        siblingAccountId = created.data().path("account").path("id").asLong();
    }

    /** "METHOD pattern" → a request aimed at the sibling county. */
    private Map<String, Request> crossCountyRequests() {
        long county = unionId(SIBLING_COUNTY);
        long grassroots = unionId(SIBLING_GRASSROOTS);
        Map<String, Request> m = new LinkedHashMap<>();
        m.put("GET /api/admin/unions/{unionId}", new Request("GET", "/api/admin/unions/" + county, null));
        m.put("GET /api/admin/unions/{unionId}/children", new Request("GET", "/api/admin/unions/" + county + "/children", null));
        m.put("POST /api/admin/unions/{unionId}/children", new Request("POST", "/api/admin/unions/" + county + "/children",
                Map.of("code", "X-" + System.nanoTime(), "name", "越界新建工会", "type", "GRASSROOTS")));
        m.put("POST /api/admin/unions/{unionId}/join-code/reset", new Request("POST", "/api/admin/unions/" + grassroots + "/join-code/reset", Map.of()));
        m.put("GET /api/admin/unions/{unionId}/join-qrcode", new Request("GET", "/api/admin/unions/" + grassroots + "/join-qrcode", null));
        m.put("GET /api/admin/unions/{unionId}/workers", new Request("GET", "/api/admin/unions/" + grassroots + "/workers", null));
        m.put("GET /api/admin/accounts", new Request("GET", "/api/admin/accounts?unionId=" + county, null));
        m.put("POST /api/admin/accounts", new Request("POST", "/api/admin/accounts",
                Map.of("username", "cross" + System.nanoTime() % 100000, "displayName", "越界", "role", "REVIEWER", "unionId", county)));
        m.put("POST /api/admin/accounts/{accountId}/password/reset", new Request("POST", "/api/admin/accounts/" + siblingAccountId + "/password/reset", Map.of()));
        m.put("PUT /api/admin/accounts/{accountId}/enabled", new Request("PUT", "/api/admin/accounts/" + siblingAccountId + "/enabled", Map.of("enabled", false)));
        m.put("POST /api/admin/accounts/{accountId}/unlock", new Request("POST", "/api/admin/accounts/" + siblingAccountId + "/unlock", Map.of()));
        // the audit log is the platform's: a county may not read it, not even its own union's lines
        m.put("GET /api/admin/audit", new Request("GET", "/api/admin/audit?unionId=" + county, null));
        m.put("GET /api/admin/audit/export", new Request("GET", "/api/admin/audit/export?unionId=" + county, null));
        m.put("POST /api/admin/quiz/content/import", new Request("UPLOAD", "/api/admin/quiz/content/import",
                "not a workbook: only the platform may import quiz content"));
        m.put("POST /api/admin/quiz/quick-questions/import", new Request("UPLOAD", "/api/admin/quiz/quick-questions/import",
                "not a workbook: only the platform may import the quick test's bank"));
        m.put("GET /api/admin/quiz/flagged-attempts", new Request("GET", "/api/admin/quiz/flagged-attempts?unionId=" + county, null));
        m.put("POST /api/admin/quiz/flagged-attempts/{attemptId}/clear", new Request("POST", "/api/admin/quiz/flagged-attempts/"
                + siblingFlaggedAttempt(grassroots) + "/clear", Map.of()));
        m.put("POST /api/admin/notices/{messageId}/read", new Request("POST", "/api/admin/notices/" + message("STAFF", county) + "/read", Map.of()));
        long event = siblingEvent(grassroots);
        m.put("POST /api/admin/events", new Request("POST", "/api/admin/events", Map.of("unionId", grassroots, "eventType", "PRE_SHIFT",
                "startsAt", java.time.LocalDateTime.now(clock).withNano(0).toString(), "endsAt",
                java.time.LocalDateTime.now(clock).plusHours(1).withNano(0).toString(), "place", "越界活动")));
        m.put("GET /api/admin/events", new Request("GET", "/api/admin/events?unionId=" + county, null));
        m.put("GET /api/admin/events/{eventId}", new Request("GET", "/api/admin/events/" + event, null));
        m.put("GET /api/admin/events/{eventId}/code", new Request("GET", "/api/admin/events/" + event + "/code", null));
        m.put("POST /api/admin/events/{eventId}/record", new Request("EVIDENCE", "/api/admin/events/" + event + "/record", null));
        m.put("PUT /api/admin/events/{eventId}/sign-in-mode", new Request("PUT", "/api/admin/events/" + event + "/sign-in-mode",
                Map.of("signInMode", "ROTATING")));
        m.put("GET /api/admin/events/{eventId}/live-code", new Request("GET", "/api/admin/events/" + event + "/live-code", null));
        m.put("GET /api/admin/events/{eventId}/live-code/image", new Request("GET", "/api/admin/events/" + event + "/live-code/image", null));
        m.put("GET /api/admin/works", new Request("GET", "/api/admin/works?unionId=" + county, null));
        m.put("POST /api/admin/works/{workId}/review", new Request("POST", "/api/admin/works/" + siblingWork() + "/review",
                Map.of("outcome", "ACCEPTED")));
        String form = "/api/admin/statistics/forms/jiaozuo-2025";
        m.put("GET /api/admin/statistics/forms/{formCode}/table", new Request("GET", form + "/table?unionId=" + county, null));
        m.put("PUT /api/admin/statistics/forms/{formCode}/manual", new Request("PUT", form + "/manual?unionId=" + county,
                Map.of("values", Map.of("leaflets", 7))));
        m.put("GET /api/admin/statistics/forms/{formCode}/export", new Request("GET", form + "/export?unionId=" + county, null));
        m.put("POST /api/admin/statistics/forms/{formCode}/submissions", new Request("POST", form + "/submissions?unionId=" + county,
                Map.of("confirm", true)));
        m.put("GET /api/admin/statistics/forms/{formCode}/submissions", new Request("GET", form + "/submissions?unionId=" + county, null));
        long submission = siblingSubmission(county);
        m.put("GET /api/admin/statistics/submissions/{submissionId}", new Request("GET", "/api/admin/statistics/submissions/"
                + submission, null));
        m.put("GET /api/admin/statistics/submissions/{submissionId}/export", new Request("GET", "/api/admin/statistics/submissions/"
                + submission + "/export", null));
        m.put("GET /api/admin/statistics/forms/{formCode}/cells/{blankId}/records", new Request("GET", form
                + "/cells/quiz_attempts/records?unionId=" + county, null));
        m.put("GET /api/admin/statistics/forms/{formCode}/trend", new Request("GET", form + "/trend?unionId=" + county, null));
        m.put("POST /api/admin/statistics/templates/check", new Request("UPLOAD", "/api/admin/statistics/templates/check",
                "code: x\n# only the platform checks templates"));
        m.put("POST /api/admin/statistics/templates", new Request("UPLOAD", "/api/admin/statistics/templates", validTemplate("matrix-cross")));
        m.put("DELETE /api/admin/statistics/templates/{formCode}", new Request("DELETE", "/api/admin/statistics/templates/jiaozuo-2025", null));
        m.put("POST /api/admin/unions/import", new Request("UPLOAD", "/api/admin/unions/import",
                "编码,名称,上级编码,类型,渠道\nX-CROSS-1,越界导入工会," + SIBLING_COUNTY + ",基层工会,地方\n"));
        long report = siblingHazardReport();
        String r = "/api/admin/hazard/reports/" + report;
        m.put("GET /api/admin/hazard/reports", new Request("GET", "/api/admin/hazard/reports?unionId=" + county, null));
        m.put("GET /api/admin/hazard/rectifications", new Request("GET", "/api/admin/hazard/rectifications?unionId=" + county, null));
        m.put("GET /api/admin/hazard/reports/{reportId}", new Request("GET", r, null));
        m.put("POST /api/admin/hazard/reports/{reportId}/review", new Request("POST", r + "/review", Map.of("decision", "REJECT", "reason", "越界")));
        m.put("POST /api/admin/hazard/reports/{reportId}/assign", new Request("POST", r + "/assign",
                Map.of("assigneeUnionId", grassroots, "deadline", java.time.LocalDate.now(clock).plusDays(3).toString())));
        m.put("POST /api/admin/hazard/reports/{reportId}/complete", new Request("POST", r + "/complete", Map.of("photoTokens", List.of("x"), "note", "越界")));
        m.put("POST /api/admin/hazard/reports/{reportId}/close", new Request("POST", r + "/close", Map.of()));
        m.put("POST /api/admin/hazard/reports/{reportId}/reopen", new Request("POST", r + "/reopen", Map.of("note", "越界")));
        m.put("POST /api/admin/hazard/reports/{reportId}/reconsider", new Request("POST", r + "/reconsider", Map.of("note", "越界")));
        m.put("POST /api/admin/hazard/reports/{reportId}/link-duplicate", new Request("POST", r + "/link-duplicate", Map.of("duplicateOf", report)));
        m.put("GET /api/admin/hazard/map", new Request("GET", "/api/admin/hazard/map?minLng=73&minLat=3&maxLng=136&maxLat=54&unionId=" + county, null));
        m.put("GET /api/admin/hazard/rectification-list", new Request("GET", "/api/admin/hazard/rectification-list?unionId=" + county, null));
        return m;
    }

    /** Endpoints that take no node: they answer about the caller's own account or own scope. */
    private static final Set<String> SELF_ONLY = Set.of(
            "POST /api/admin/auth/login", "POST /api/admin/auth/login-code", "POST /api/admin/auth/logout", "GET /api/admin/auth/me",
            "POST /api/admin/auth/password", "GET /api/admin/unions", "GET /api/admin/notices",
            "GET /api/admin/events/types", "GET /api/admin/console/settings",
            "GET /api/admin/statistics/forms", "POST /api/admin/auth/wechat-binding", "DELETE /api/admin/auth/wechat-binding",
            "POST /api/admin/hazard/photos", "GET /api/admin/hazard/categories");

    /** A shipped form under another code: what a union admin must not be able to install for everyone. */
    private static String validTemplate(String code) {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("config/statistics/forms/jiaozuo-2025.yml"))
                    .replaceFirst("(?m)^code: .*$", "code: " + code);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An event organised by the sibling county's grassroots union, created by the platform. */
    private long siblingEvent(long grassroots) {
        return api.post("/api/admin/events", platformAdminToken(), Map.of("unionId", grassroots, "eventType", "WARNING_FILM",
                "startsAt", java.time.LocalDateTime.now(clock).minusMinutes(10).withNano(0).toString(),
                "endsAt", java.time.LocalDateTime.now(clock).plusHours(2).withNano(0).toString(), "place", "兄弟县会议室"))
                .data().path("eventId").asLong();
    }

    /** A level a worker of the sibling county played too fast, flagged and waiting for an admin's look. */
    private long siblingFlaggedAttempt(long grassroots) {
        String worker = workerToken(freshUser("siblingbot"));
        long workerId = api.get("/api/app/me", worker).data().path("workerId").asLong();
        String path = jdbc.queryForObject("SELECT path FROM org_union WHERE id = ?", String.class, grassroots);
        java.util.Map<String, Object> level = jdbc.queryForMap("SELECT id, campaign_id FROM quiz_level ORDER BY id LIMIT 1");
        java.time.LocalDateTime at = java.time.LocalDateTime.now(clock).minusDays(3);
        jdbc.update("INSERT INTO quiz_attempt (campaign_id, worker_id, union_id, union_path, level_id, scene, play_date, status, closed_reason, "
                        + "started_at, closed_at, found_count, answered_count, correct_count, score, option_seed, flagged, flag_reason, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, 'ENTERPRISE', ?, 'CLOSED', 'FINISHED', ?, ?, 5, 5, 5, 10, 1, TRUE, '用时过短：3 秒内得 10 分', ?, ?)",
                level.get("campaign_id"), workerId, grassroots, path, level.get("id"), at.toLocalDate(), at, at, at, at);
        return jdbc.queryForObject("SELECT id FROM quiz_attempt WHERE worker_id = ?", Long.class, workerId);
    }

    /** A letter by a worker of the sibling county, waiting for review. */
    private long siblingWork() {
        String author = workerToken(freshUser("sibling"));
        api.post("/api/app/me/union", author, Map.of("joinCode", joinCode(SIBLING_GRASSROOTS)));
        return api.post("/api/app/works", author, Map.of("kind", "LETTER", "body", "平安是福。")).data().path("workId").asLong();
    }

    /** A pending hazard report by a worker of the sibling county's grassroots union. */
    private long siblingHazardReport() {
        String worker = workerToken(freshUser("siblingreporter"));
        api.post("/api/app/me/union", worker, Map.of("joinCode", joinCode(SIBLING_GRASSROOTS)));
        return hazardReport(worker);
    }

    private long hazardReport(String worker) {
        String photo = api.upload("/api/app/hazard/photos", worker, "file", "p.jpg", "image/jpeg", cn.safetymonth.support.TestPhotos.jpeg(64, 48))
                .data().path("token").asString();
        Api.Res r = api.post("/api/app/hazard/reports", worker, Map.of("photoTokens", List.of(photo), "scene", "COMMUNITY", "category", "FIRE",
                "description", "楼道堆放杂物", "idempotencyKey", "matrix" + System.nanoTime(),
                "location", Map.of("latitude", 30.70, "longitude", 114.40, "coordSystem", "GCJ02")));
        assertThat(r.code()).as(r.toString()).isZero();
        return r.data().path("report").path("id").asLong();
    }

    @Test
    void everyAdminEndpointIsInTheMatrix() {
        Set<String> endpoints = endpoints("/api/admin/");
        Set<String> covered = new TreeSet<>(crossCountyRequests().keySet());
        covered.addAll(SELF_ONLY);
        assertThat(covered).containsExactlyInAnyOrderElementsOf(endpoints);
    }

    @Test
    void aReviewerAndAUnionAdminOfOneCountyGetNothingOfTheSiblingCounty() {
        for (String role : List.of("REVIEWER", "UNION_ADMIN")) {
            String token = staffToken(role, OWN_COUNTY);
            crossCountyRequests().forEach((endpoint, req) -> {
                Api.Res r = req.send(api, token);
                assertThat(r.status()).as(role + " " + endpoint + " → " + r).isIn(403, 404);
                assertThat(r.code()).as(endpoint).isNotZero();
            });
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM org_union WHERE code LIKE 'X-%'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pledge_event WHERE place = '越界活动' OR recorded_at IS NOT NULL AND place = '兄弟县会议室'",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pledge_work w JOIN org_union u ON u.id = w.union_id "
                + "WHERE u.code = ? AND w.status <> 'SUBMITTED'", Integer.class, SIBLING_GRASSROOTS)).isZero();
        assertThat(jdbc.queryForObject("SELECT enabled FROM admin_account WHERE id = ?", Boolean.class, siblingAccountId)).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stat_form_template WHERE code = 'matrix-cross'", Integer.class)).isZero();
        // what the cross-county requests tried to type (the fixtures' hand-ins fill only the header's contact)
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stat_manual_value WHERE union_id = ? AND blank_id = 'leaflets' "
                + "AND form_code = 'jiaozuo-2025'", Integer.class, unionId(SIBLING_COUNTY))).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stat_submission WHERE union_id = ? AND submitted_by <> 'admin'", Integer.class,
                unionId(SIBLING_COUNTY))).isZero();
    }

    @Test
    void ownScopeListsShowOnlyTheCallersOwnCounty() {
        String token = staffToken("REVIEWER", OWN_COUNTY);

        Api.Res roots = api.get("/api/admin/unions", token);

        assertThat(roots.data()).hasSize(1);
        assertThat(roots.data().get(0).path("union").path("id").asLong()).isEqualTo(unionId(OWN_COUNTY));
    }

    /** Worker endpoints that name a record by id, aimed at another worker's record. */
    private Map<String, Request> otherWorkersRecords(String owner) {
        long attempt = api.post("/api/app/quiz/attempts", owner, Map.of("scene", "FAMILY")).data().path("attemptId").asLong();
        long test = api.post("/api/app/quiz/quick-tests", owner, Map.of()).data().path("testId").asLong();
        Map<String, Request> m = new LinkedHashMap<>();
        m.put("POST /api/app/quiz/attempts/{attemptId}/taps", new Request("POST", "/api/app/quiz/attempts/" + attempt + "/taps", Map.of("x", 0.5, "y", 0.5)));
        m.put("POST /api/app/quiz/attempts/{attemptId}/answers", new Request("POST", "/api/app/quiz/attempts/" + attempt + "/answers",
                Map.of("hazardId", "family-01-1", "answer", List.of("A"))));
        m.put("POST /api/app/quiz/attempts/{attemptId}/finish", new Request("POST", "/api/app/quiz/attempts/" + attempt + "/finish", Map.of()));
        m.put("GET /api/app/quiz/attempts/{attemptId}/share", new Request("GET", "/api/app/quiz/attempts/" + attempt + "/share", null));
        m.put("POST /api/app/quiz/quick-tests/{testId}/answers", new Request("POST", "/api/app/quiz/quick-tests/" + test + "/answers",
                Map.of("seq", 1, "answer", List.of("A"))));
        long report = hazardReport(owner);
        m.put("GET /api/app/hazard/reports/{reportId}", new Request("GET", "/api/app/hazard/reports/" + report, null));
        m.put("POST /api/app/hazard/reports/{reportId}/confirm", new Request("POST", "/api/app/hazard/reports/" + report + "/confirm", Map.of("fixed", false)));
        // "I saw this too" is for anyone standing near a visible report; from far away there is nothing to see
        m.put("POST /api/app/hazard/reports/{reportId}/seen-too", new Request("POST", "/api/app/hazard/reports/" + report + "/seen-too",
                Map.of("latitude", 39.9, "longitude", 116.4, "coordSystem", "GCJ02")));
        long signature = api.upload("/api/app/pledges/COMMITMENT/signatures", owner, "signature", "s.png", "image/png",
                cn.safetymonth.pledge.PledgeFixtures.signaturePng()).data().path("signatureId").asLong();
        m.put("GET /api/app/pledges/signatures/{signatureId}/certificate",
                new Request("GET", "/api/app/pledges/signatures/" + signature + "/certificate", null));
        long work = api.post("/api/app/works", owner, Map.of("kind", "LETTER", "body", "出门注意安全。")).data().path("workId").asLong();
        m.put("PUT /api/app/works/{workId}", new Request("PUT", "/api/app/works/" + work, Map.of("body", "冒名修改")));
        long ownerId = api.get("/api/app/me", owner).data().path("workerId").asLong();
        m.put("POST /api/app/notices/{messageId}/read", new Request("POST", "/api/app/notices/" + message("WORKER", ownerId) + "/read", Map.of()));
        return m;
    }

    /** A table the sibling county handed in, by the platform admin on its behalf. */
    private long siblingSubmission(long county) {
        return cn.safetymonth.support.Tables.handIn(api, platformAdminToken(), "jiaozuo-2025", "?unionId=" + county)
                .data().path("id").asLong();
    }

    /** An inbox message for a worker or a union node, written as the notice module writes them. */
    private long message(String audience, long recipient) {
        jdbc.update("INSERT INTO notice_message (audience, recipient_id, kind, title, body, created_at, updated_at) "
                + "VALUES (?, ?, 'test', '测试消息', '仅收件人可见', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", audience, recipient);
        return jdbc.queryForObject("SELECT MAX(id) FROM notice_message WHERE audience = ? AND recipient_id = ?", Long.class, audience, recipient);
    }

    @Test
    void everyWorkerEndpointRefusesAnotherWorkersRecords() {
        String owner = workerToken(freshUser("owner"));
        String intruder = workerToken(freshUser("intruder"));
        Map<String, Request> table = otherWorkersRecords(owner);
        for (String endpoint : endpoints("/api/app/")) {
            String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
            // a join code or a pledge template code names shared content, not somebody's record
            if (pattern.matches(".*\\{(?!joinCode\\}|templateCode\\}).*")) {
                assertThat(table).as("every worker endpoint with an id is in the table").containsKey(endpoint);
            }
        }
        table.forEach((endpoint, req) -> {
            Api.Res r = req.send(api, intruder);
            assertThat(r.status()).as(endpoint + " → " + r).isEqualTo(404);
        });
        long attemptId = Long.parseLong(table.get("POST /api/app/quiz/attempts/{attemptId}/finish").path().split("/")[5]);
        assertThat(jdbc.queryForObject("SELECT status FROM quiz_attempt WHERE id = ?", String.class, attemptId)).isEqualTo("OPEN");
    }

    @Test
    void workerEndpointsAddressOnlyTheCallerAndTokensDoNotCrossAudiences() {
        String alice = workerToken(freshUser("alice"));
        String bob = workerToken(freshUser("bob"));
        api.put("/api/app/me", alice, Map.of("realName", "爱丽丝"));
        assertThat(api.get("/api/app/me", bob).toString()).doesNotContain("爱丽丝");

        // a valid token of the other audience is forbidden with its own code, not mistaken for an expired login
        assertThat(api.get("/api/admin/auth/me", alice).code()).isEqualTo(1020);
        assertThat(api.get("/api/admin/unions", alice).status()).isEqualTo(403);
        assertThat(api.get("/api/app/me", platformAdminToken()).code()).isEqualTo(1021);
    }

    /** Who may call is declared at each endpoint, and the URL's audience agrees with it. */
    @Test
    void everyEndpointDeclaresWhoMayCallIt() {
        List<String> faults = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> info.getPatternValues().forEach(pattern -> {
            if (!pattern.startsWith("/api/")) {
                return;
            }
            Access access = AccessRules.of(handler).orElse(null);
            Access.Caller expected = pattern.startsWith("/api/app/") ? Access.Caller.WORKER
                    : pattern.startsWith("/api/admin/") ? Access.Caller.STAFF : Access.Caller.ANYONE;
            if (access == null || access.value() != expected && access.value() != Access.Caller.ANYONE) {
                faults.add(pattern + " → " + access);
            }
        }));
        assertThat(faults).isEmpty();
    }

    /**
     * Every role an endpoint's declaration leaves out is refused with 403 and the declared reason, before the request is
     * read: the matrix is the declarations themselves, so a new restricted endpoint is tried without a new row.
     */
    @Test
    void everyRoleLeftOutOfADeclarationIsRefused() {
        Map<AdminRole, String> tokens = Map.of(AdminRole.PLATFORM_ADMIN, platformAdminToken(),
                AdminRole.UNION_ADMIN, staffToken("UNION_ADMIN", OWN_COUNTY), AdminRole.REVIEWER, staffToken("REVIEWER", OWN_COUNTY));
        int tried = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            Access access = AccessRules.of(e.getValue()).orElse(null);
            if (access == null || access.roles().length == 0) {
                continue;
            }
            boolean multipart = e.getKey().getConsumesCondition().getConsumableMediaTypes().stream()
                    .anyMatch(MediaType.MULTIPART_FORM_DATA::includes);
            for (String pattern : e.getKey().getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                for (RequestMethod method : e.getKey().getMethodsCondition().getMethods()) {
                    for (AdminRole role : AdminRole.values()) {
                        if (AccessRules.allows(access, role)) {
                            continue;
                        }
                        Request req = multipart ? new Request("UPLOAD", path, "x") : new Request(method.name(), path, Map.of());
                        Api.Res r = req.send(api, tokens.get(role));
                        assertThat(r.status()).as(role + " " + method + " " + pattern + " → " + r).isEqualTo(403);
                        assertThat(r.code()).as(pattern).isEqualTo(1008);
                        assertThat(r.msg()).as(pattern).isEqualTo(access.refusal());
                        tried++;
                    }
                }
            }
        }
        assertThat(tried).as("restricted endpoint × refused role").isGreaterThanOrEqualTo(15);
    }

    private Set<String> endpoints(String prefix) {
        Set<String> out = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith(prefix)) {
                    for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                        out.add(method.name() + " " + pattern);
                    }
                }
            }
        }
        return out;
    }

    record Request(String method, String path, Object body) {
        Api.Res send(Api api, String token) {
            return switch (method) {
                case "GET" -> api.get(path, token);
                case "DELETE" -> api.delete(path, token);
                case "POST" -> api.post(path, token, body);
                case "PUT" -> api.put(path, token, body);
                case "UPLOAD" -> api.upload(path, token, "file", "tree.csv", "text/csv",
                        ((String) body).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                case "EVIDENCE" -> api.multipart(path, token, Map.of("headCount", "12"), "photos", "site.jpg",
                        List.of(cn.safetymonth.pledge.PledgeFixtures.photoJpeg(320, 240)), "image/jpeg");
                default -> throw new IllegalArgumentException(method);
            };
        }
    }

}
