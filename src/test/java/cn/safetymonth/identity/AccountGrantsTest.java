package cn.safetymonth.identity;

import cn.safetymonth.common.BizException;
import cn.safetymonth.common.ErrorCode;
import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.common.auth.AdminRole;
import cn.safetymonth.org.OrgErrorCodes;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static cn.safetymonth.common.auth.AdminRole.PLATFORM_ADMIN;
import static cn.safetymonth.common.auth.AdminRole.REVIEWER;
import static cn.safetymonth.common.auth.AdminRole.UNION_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Walks the whole table: every creator, every role, every place of the new account's node relative to the creator's. */
class AccountGrantsTest {

    /** Where the new account goes, seen from a creator at /1/7/ (a platform admin sits at "/"). */
    enum Place {
        NONE(null), OWN("/1/7/"), BELOW("/1/7/42/"), ABOVE("/1/"), SIBLING("/1/8/");

        final String path;

        Place(String path) {
            this.path = path;
        }
    }

    private static final AdminPrincipal PLATFORM = new AdminPrincipal(1, "admin", PLATFORM_ADMIN, 0, "/");
    private static final AdminPrincipal BOUND_PLATFORM = new AdminPrincipal(2, "rogue", PLATFORM_ADMIN, 7, "/1/7/");
    private static final AdminPrincipal UNION = new AdminPrincipal(3, "county", UNION_ADMIN, 7, "/1/7/");
    private static final AdminPrincipal REVIEW = new AdminPrincipal(4, "reviewer", REVIEWER, 7, "/1/7/");

    @Test
    void everyCreatorRoleAndPlaceIsDecidedAsTheTableSays() {
        List<String> decided = new ArrayList<>();
        for (AdminPrincipal creator : List.of(PLATFORM, BOUND_PLATFORM, UNION, REVIEW)) {
            for (AdminRole role : AdminRole.values()) {
                for (Place place : Place.values()) {
                    ErrorCode expected = expected(creator, role, place);
                    Throwable refused = catchThrowable(() -> AccountGrants.check(creator, role, place.path));
                    String what = creator.username() + " creates " + role + " at " + place;
                    if (expected == null) {
                        assertThat(refused).as(what).isNull();
                    } else {
                        assertThat(refused).as(what).isInstanceOf(BizException.class);
                        assertThat(((BizException) refused).errorCode()).as(what).isEqualTo(expected);
                    }
                    decided.add(what);
                }
            }
        }
        assertThat(decided).hasSize(4 * AdminRole.values().length * Place.values().length);
    }

    /** The rule in words, independent of the table: what the issue and the console promise. */
    private static ErrorCode expected(AdminPrincipal creator, AdminRole role, Place place) {
        if (creator == REVIEW || creator == BOUND_PLATFORM) {
            return IdentityErrorCodes.ROLE_NOT_GRANTABLE; // reviewers appoint nobody; a union-bound platform admin must not exist
        }
        if (creator == PLATFORM) {
            if (role == PLATFORM_ADMIN) {
                return place == Place.NONE ? null : IdentityErrorCodes.PLATFORM_ADMIN_UNBOUND;
            }
            return place == Place.NONE ? IdentityErrorCodes.UNION_REQUIRED : null;
        }
        // a union admin at /1/7/
        if (role == PLATFORM_ADMIN) {
            return IdentityErrorCodes.ROLE_NOT_GRANTABLE;
        }
        return switch (place) {
            case NONE -> IdentityErrorCodes.UNION_REQUIRED;
            case ABOVE, SIBLING -> OrgErrorCodes.UNION_OUT_OF_SCOPE;
            case OWN -> role == UNION_ADMIN ? IdentityErrorCodes.ROLE_NOT_GRANTABLE : null;
            case BELOW -> null;
        };
    }

    @Test
    void theTableNamesWhereEachGrantMayLand() {
        assertThat(AccountGrants.where(PLATFORM_ADMIN, PLATFORM_ADMIN)).contains(AccountGrants.Where.NO_UNION);
        assertThat(AccountGrants.where(UNION_ADMIN, UNION_ADMIN)).contains(AccountGrants.Where.STRICTLY_BELOW);
        assertThat(AccountGrants.where(UNION_ADMIN, REVIEWER)).contains(AccountGrants.Where.OWN_NODE_OR_BELOW);
        assertThat(AccountGrants.where(UNION_ADMIN, PLATFORM_ADMIN)).isEmpty();
        for (AdminRole role : AdminRole.values()) {
            assertThat(AccountGrants.where(REVIEWER, role)).isEmpty();
        }
    }
}
