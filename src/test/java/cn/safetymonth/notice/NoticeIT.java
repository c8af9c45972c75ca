package cn.safetymonth.notice;

import cn.safetymonth.support.Api;
import cn.safetymonth.support.IntegrationTest;
import cn.safetymonth.support.WeChatStub;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The inbox and subscribe messages, through the real WeChat path (WxJava → the stub) and HTTP. */
class NoticeIT extends IntegrationTest {

    @Autowired
    Notifier notifier;

    @Autowired
    TransactionTemplate tx;

    record Worker(String name, String token, long id) {
        String openid() {
            return "stub_" + name;
        }
    }

    Worker worker(String prefix) {
        String name = freshUser(prefix);
        String token = workerToken(name);
        return new Worker(name, token, api.get("/api/app/me", token).data().path("workerId").asLong());
    }

    static WorkerNotice verified(long reportId) {
        return new WorkerNotice("hazard.verified", "您反映的隐患已核实", "楼道电动车充电隐患已核实为一般隐患，感谢您的报告",
                "hazard-report", reportId, new SubscribeMessage("hazard-progress", "pages/hazard/detail?id=" + reportId,
                Map.of("thing1", "楼道电动自行车违规充电存在严重火灾隐患请尽快处理", "phrase2", "已核实", "time3", "2025-06-16 10:00")));
    }

    @Test
    void aGrantedWorkerGetsOneSubscribeMessagePerGrantAndAlwaysTheInAppMessage() {
        Worker w = worker("grant");
        Api.Res granted = api.post("/api/app/notices/subscribe-grants", w.token(), Map.of("templateIds", List.of("tmpl-hazard-progress")));
        assertThat(granted.code()).as(granted.toString()).isZero();

        tx.executeWithoutResult(s -> notifier.toWorker(w.id(), verified(11)));
        tx.executeWithoutResult(s -> notifier.toWorker(w.id(), verified(12)));

        await().atMost(Duration.ofSeconds(10)).until(() -> outcomes(w.id()).size() == 2);
        List<WeChatStub.SubscribeSend> sends = wechat().subscribeSends(w.openid());
        assertThat(sends).hasSize(1);
        assertThat(sends.get(0).templateId()).isEqualTo("tmpl-hazard-progress");
        assertThat(sends.get(0).data().get("thing1")).as("trimmed to WeChat's 20 characters").hasSize(20).endsWith("…");
        assertThat(outcomes(w.id())).containsExactlyInAnyOrder("SENT", "NO_GRANT");
        Api.Res inbox = api.get("/api/app/notices", w.token());
        assertThat(inbox.data().path("total").asLong()).isEqualTo(2);
        assertThat(inbox.data().path("items").get(0).path("refId").asLong()).isEqualTo(12);
        assertThat(api.get("/api/app/notices/subscribe-templates", w.token()).data().findValues("remaining"))
                .allMatch(n -> n.asInt() == 0);
    }

    @Test
    void refusalByWeChatIsNoGrantAndNeverFailsTheWorkflow() {
        Worker w = worker("nogrant");
        api.post("/api/app/notices/subscribe-grants", w.token(), Map.of("templateIds", List.of("tmpl-hazard-progress")));

        tx.executeWithoutResult(s -> notifier.toWorker(w.id(), verified(21)));

        await().atMost(Duration.ofSeconds(10)).until(() -> outcomes(w.id()).contains("NO_GRANT"));
        assertThat(api.get("/api/app/notices", w.token()).data().path("total").asLong()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT remaining FROM notice_grant WHERE worker_id = ?", Integer.class, w.id())).isZero();
    }

    @Test
    void aRolledBackChangeTellsNobody() {
        Worker w = worker("rollback");
        api.post("/api/app/notices/subscribe-grants", w.token(), Map.of("templateIds", List.of("tmpl-hazard-progress")));

        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            notifier.toWorker(w.id(), verified(31));
            throw new IllegalStateException("the verification failed after the notice was written");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(api.get("/api/app/notices", w.token()).data().path("total").asLong()).isZero();
        assertThat(wechat().subscribeSends(w.openid())).isEmpty();
        assertThat(jdbc.queryForObject("SELECT remaining FROM notice_grant WHERE worker_id = ?", Integer.class, w.id())).isEqualTo(1);
    }

    @Test
    void aWorkerReadsOnlyTheirOwnMessagesAndUnknownTemplatesAreRefused() {
        Worker owner = worker("owner");
        Worker other = worker("other");
        tx.executeWithoutResult(s -> notifier.toWorker(owner.id(), verified(41)));
        long id = api.get("/api/app/notices", owner.token()).data().path("items").get(0).path("id").asLong();

        assertThat(api.post("/api/app/notices/" + id + "/read", other.token(), Map.of()).status()).isEqualTo(404);
        assertThat(api.post("/api/app/notices/" + id + "/read", owner.token(), Map.of()).code()).isZero();
        assertThat(api.get("/api/app/notices?unreadOnly=true", owner.token()).data().path("total").asLong()).isZero();

        Api.Res unknown = api.post("/api/app/notices/subscribe-grants", owner.token(), Map.of("templateIds", List.of("tmpl-nope")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.msg()).contains("templateIds");
    }

    @Test
    void staffOfAUnionReadItsMessagesAndNotASiblingsOnes() {
        long county = unionId("QH-07");
        tx.executeWithoutResult(s -> notifier.toUnionStaff(county, new StaffNotice("hazard.overdue", "整改逾期",
                "一处重大隐患整改已逾期 2 天", "hazard-report", 51L)));

        Api.Res own = api.get("/api/admin/notices", staffToken("REVIEWER", "QH-07"));
        Api.Res sibling = api.get("/api/admin/notices", staffToken("REVIEWER", "QH-08"));

        assertThat(own.data().path("items").findValuesAsString("kind")).contains("hazard.overdue");
        assertThat(sibling.data().path("items").findValuesAsString("refId")).doesNotContain("51");
    }

    private List<String> outcomes(long workerId) {
        return jdbc.queryForList("SELECT outcome FROM notice_subscribe_log WHERE worker_id = ?", String.class, workerId);
    }
}
