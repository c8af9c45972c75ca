package cn.safetymonth.pledge;

import cn.safetymonth.org.MembershipService;
import org.springframework.stereotype.Component;

/**
 * The worker's union at the moment of an act, stored on the act's row and carried by its event, so
 * an act counts where it happened even after the worker moves. Null id and path mean 社会公众.
 */
@Component
public class WorkerUnion {

    private final MembershipService memberships;

    WorkerUnion(MembershipService memberships) {
        this.memberships = memberships;
    }

    public record At(Long unionId, String unionPath, String unionName) {
        public static final At PUBLIC = new At(null, null, null);
    }

    public At now(long workerId) {
        return memberships.current(workerId)
                .map(m -> new At(m.union().id(), m.union().path(), m.union().name()))
                .orElse(At.PUBLIC);
    }
}
