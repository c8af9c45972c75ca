package cn.safetymonth.hazard;

import cn.safetymonth.hazard.HazardAccess.Audience;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static cn.safetymonth.hazard.HazardState.*;

/**
 * The one place that decides every state change of a report: from which state an action may be
 * taken, by whom (the {@link Audience} of the report: the one name for who someone is to a report), and where it leads. No skipping (a pending report cannot be assigned), no going
 * back except by reopening a rectified or closed one, or by reconsidering a rejected one.
 */
final class HazardTransitions {

    private record Rule(Set<HazardState> from, HazardState to, Set<Audience> by) {
    }

    private static final Map<HazardAction, Rule> RULES = Map.of(
            HazardAction.REJECT, new Rule(EnumSet.of(PENDING), REJECTED, EnumSet.of(Audience.REVIEWER)),
            HazardAction.VERIFY, new Rule(EnumSet.of(PENDING), VERIFIED, EnumSet.of(Audience.REVIEWER)),
            HazardAction.LINK_DUPLICATE, new Rule(EnumSet.of(PENDING), REJECTED, EnumSet.of(Audience.REVIEWER)),
            HazardAction.ASSIGN, new Rule(EnumSet.of(VERIFIED), RECTIFYING, EnumSet.of(Audience.REVIEWER)),
            HazardAction.COMPLETE, new Rule(EnumSet.of(RECTIFYING), RECTIFIED, EnumSet.of(Audience.REVIEWER, Audience.UNIT)),
            HazardAction.CLOSE, new Rule(EnumSet.of(RECTIFIED), CLOSED, EnumSet.of(Audience.REVIEWER, Audience.REPORTER)),
            HazardAction.REOPEN, new Rule(EnumSet.of(RECTIFIED, CLOSED), RECTIFYING, EnumSet.of(Audience.REVIEWER, Audience.REPORTER)),
            // a rejection found wrong (new evidence, a second look): back to review, and verified it counts again
            HazardAction.RECONSIDER, new Rule(EnumSet.of(REJECTED), PENDING, EnumSet.of(Audience.REVIEWER)));

    private HazardTransitions() {
    }

    /** Where {@code action} by {@code actor} leads from {@code from}, or a clear refusal (403 for the wrong person, 409 for the wrong state). */
    static HazardState next(HazardState from, HazardAction action, Audience actor) {
        Rule rule = RULES.get(action);
        if (!rule.by().contains(actor)) {
            throw HazardErrorCodes.ACTION_FORBIDDEN.exception("无权对该隐患执行“" + action.label() + "”");
        }
        if (!rule.from().contains(from)) {
            throw HazardErrorCodes.TRANSITION_NOT_ALLOWED.exception(
                    "该隐患当前为“" + from.label() + "”，不能" + action.label());
        }
        return rule.to();
    }

    static boolean allowed(HazardState from, HazardAction action, Audience actor) {
        Rule rule = RULES.get(action);
        return rule.by().contains(actor) && rule.from().contains(from);
    }
}
