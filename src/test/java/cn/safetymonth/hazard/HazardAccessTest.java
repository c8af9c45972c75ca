package cn.safetymonth.hazard;

import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.common.auth.AdminRole;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static cn.safetymonth.hazard.HazardAccess.Audience.REVIEWER;
import static cn.safetymonth.hazard.HazardAccess.Audience.UNIT;
import static cn.safetymonth.hazard.HazardAccess.Audience.WORKPLACE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audience rule at every edge of the tree: city /1/ → county /1/7/ → grassroots X /1/7/42/ and its sibling
 * /1/7/43/; another county /1/8/; the platform "/". "knows" is whether the reporter may be shown.
 */
class HazardAccessTest {

    static final String PLATFORM = "/", CITY = "/1/", COUNTY = "/1/7/", X = "/1/7/42/", SIBLING = "/1/7/43/", OTHER_COUNTY = "/1/8/";

    private static Optional<HazardAccess.Granted> sight(String viewer, String reporterUnion, String assignee) {
        HazardReportEntity r = new HazardReportEntity();
        r.setUnionPath(reporterUnion);
        r.setAssigneeUnionPath(assignee);
        AdminRole role = PLATFORM.equals(viewer) ? AdminRole.PLATFORM_ADMIN : AdminRole.REVIEWER;
        return HazardAccess.sight(new AdminPrincipal(1, "staff", role, PLATFORM.equals(viewer) ? 0 : 9, viewer), r);
    }

    private static void sees(String viewer, String reporterUnion, String assignee, HazardAccess.Audience audience, boolean knows) {
        assertThat(sight(viewer, reporterUnion, assignee)).as("%s on a report of %s assigned to %s", viewer, reporterUnion, assignee)
                .hasValueSatisfying(g -> {
                    assertThat(g.audience()).isEqualTo(audience);
                    assertThat(g.knowsReporter()).as("knows the reporter").isEqualTo(knows);
                });
    }

    private static void seesNothing(String viewer, String reporterUnion, String assignee) {
        assertThat(sight(viewer, reporterUnion, assignee)).as("%s on a report of %s assigned to %s", viewer, reporterUnion, assignee).isEmpty();
    }

    @Test
    void beforeAssignmentTheReportersOwnUnionSeesItAsAUnitAndEveryUnionAboveReviewsItKnowingTheReporter() {
        sees(X, X, null, WORKPLACE, false);
        sees(COUNTY, X, null, REVIEWER, true);
        sees(CITY, X, null, REVIEWER, true);
        sees(PLATFORM, X, null, REVIEWER, true);
        seesNothing(SIBLING, X, null);
        seesNothing(OTHER_COUNTY, X, null);
    }

    @Test
    void assignedToTheReportersOwnUnionItIsFixedThereWithoutTheReporter() {
        sees(X, X, X, UNIT, false);
        sees(COUNTY, X, X, REVIEWER, true);
        seesNothing(SIBLING, X, X);
    }

    @Test
    void assignedToTheParentTheParentReviewsWithoutKnowingAndOnlyTheUnionsAboveItKnow() {
        sees(COUNTY, X, COUNTY, REVIEWER, false);
        sees(X, X, COUNTY, WORKPLACE, false);
        seesNothing(SIBLING, X, COUNTY); // the unit is the staff at or above the assignee, not below it
        sees(CITY, X, COUNTY, REVIEWER, true);
        sees(PLATFORM, X, COUNTY, REVIEWER, true);
    }

    @Test
    void assignedToASiblingTheSiblingFixesItAndTheReportersUnionStillSeesItsWorkplace() {
        sees(SIBLING, X, SIBLING, UNIT, false);
        sees(X, X, SIBLING, WORKPLACE, false);
        sees(COUNTY, X, SIBLING, REVIEWER, true);
    }

    @Test
    void thePublicsReportsAreThePlatformsAndAUnitAssignedOneNeverLearnsWhoMadeIt() {
        sees(PLATFORM, null, null, REVIEWER, true);
        seesNothing(CITY, null, null);
        sees(COUNTY, null, X, UNIT, false);
        sees(X, null, X, UNIT, false);
        sees(PLATFORM, null, X, REVIEWER, true);
    }

    @Test
    void aNodeWhosePathStartsWithTheSameDigitsIsNotBelow() {
        seesNothing("/1/7/4/", "/1/7/42/", null);
        seesNothing("/1/7/4/", "/1/7/42/", "/1/7/42/");
    }
}
