package cn.safetymonth.pledge;

import cn.safetymonth.support.IntegrationTest;

import java.util.Map;

/** The integration suite's base, plus the people the pledge tests need. */
public abstract class PledgeTestBase extends IntegrationTest {

    /** A worker logged in through WeChat and a member of the grassroots union {@code unionCode}. */
    protected record Member(String token, long workerId) {
    }

    protected Member member(String name, String unionCode) {
        String token = workerToken(freshUser(name));
        long id = api.get("/api/app/me", token).data().path("workerId").asLong();
        api.post("/api/app/me/union", token, Map.of("joinCode", joinCode(unionCode)));
        return new Member(token, id);
    }
}
