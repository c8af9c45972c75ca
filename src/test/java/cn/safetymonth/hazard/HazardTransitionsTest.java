package cn.safetymonth.hazard;

import cn.safetymonth.common.BizException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.safetymonth.hazard.HazardState.*;
import static cn.safetymonth.hazard.HazardAccess.Audience.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The whole matrix: every state × every action × every actor, against the table the issue describes. */
class HazardTransitionsTest {

    /** action → (allowed from-states → to-state), and who may do it. */
    private static final Map<HazardAction, Map<HazardState, HazardState>> ALLOWED = Map.of(
            HazardAction.REJECT, Map.of(PENDING, REJECTED),
            HazardAction.VERIFY, Map.of(PENDING, VERIFIED),
            HazardAction.LINK_DUPLICATE, Map.of(PENDING, REJECTED),
            HazardAction.ASSIGN, Map.of(VERIFIED, RECTIFYING),
            HazardAction.COMPLETE, Map.of(RECTIFYING, RECTIFIED),
            HazardAction.CLOSE, Map.of(RECTIFIED, CLOSED),
            HazardAction.REOPEN, Map.of(RECTIFIED, RECTIFYING, CLOSED, RECTIFYING),
            HazardAction.RECONSIDER, Map.of(REJECTED, PENDING));

    private static final Map<HazardAction, List<HazardAccess.Audience>> WHO = Map.of(
            HazardAction.REJECT, List.of(REVIEWER),
            HazardAction.VERIFY, List.of(REVIEWER),
            HazardAction.LINK_DUPLICATE, List.of(REVIEWER),
            HazardAction.ASSIGN, List.of(REVIEWER),
            HazardAction.COMPLETE, List.of(REVIEWER, UNIT),
            HazardAction.CLOSE, List.of(REVIEWER, REPORTER),
            HazardAction.REOPEN, List.of(REVIEWER, REPORTER),
            HazardAction.RECONSIDER, List.of(REVIEWER));

    @Test
    void everyCombinationOfStateActionAndActorIsDecidedAsTheIssueSays() {
        List<String> checked = new ArrayList<>();
        for (HazardState from : HazardState.values()) {
            for (HazardAction action : HazardAction.values()) {
                for (HazardAccess.Audience actor : HazardAccess.Audience.values()) {
                    boolean mayAct = WHO.get(action).contains(actor);
                    HazardState expected = ALLOWED.get(action).get(from);
                    if (mayAct && expected != null) {
                        assertThat(HazardTransitions.next(from, action, actor)).as(from + " " + action + " " + actor).isEqualTo(expected);
                        assertThat(HazardTransitions.allowed(from, action, actor)).isTrue();
                    } else {
                        assertThatThrownBy(() -> HazardTransitions.next(from, action, actor)).as(from + " " + action + " " + actor)
                                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.errorCode())
                                        .isEqualTo(mayAct ? HazardErrorCodes.TRANSITION_NOT_ALLOWED : HazardErrorCodes.ACTION_FORBIDDEN));
                        assertThat(HazardTransitions.allowed(from, action, actor)).isFalse();
                    }
                    checked.add(from + action.name() + actor);
                }
            }
        }
        assertThat(checked).hasSize(HazardState.values().length * HazardAction.values().length * 4);
    }

    @Test
    void aRefusalNamesTheCurrentStateAndTheAction() {
        assertThatThrownBy(() -> HazardTransitions.next(PENDING, HazardAction.ASSIGN, REVIEWER))
                .hasMessage("该隐患当前为“待审核”，不能交办整改");
        assertThatThrownBy(() -> HazardTransitions.next(RECTIFYING, HazardAction.VERIFY, UNIT))
                .hasMessage("无权对该隐患执行“核实确认”");
    }

    @Test
    void nothingGoesBackwardsExceptByReopening() {
        List<HazardState> order = List.of(PENDING, VERIFIED, RECTIFYING, RECTIFIED, CLOSED);
        for (HazardState from : HazardState.values()) {
            for (HazardAction action : HazardAction.values()) {
                if (action == HazardAction.REOPEN || !HazardTransitions.allowed(from, action, REVIEWER)) {
                    continue;
                }
                HazardState to = HazardTransitions.next(from, action, REVIEWER);
                if (order.contains(to)) {
                    assertThat(order.indexOf(to)).as(from + " → " + to).isGreaterThan(order.indexOf(from));
                }
            }
        }
    }
}
