package cn.safetymonth.common.auth;

import org.junit.jupiter.api.Test;

import static cn.safetymonth.common.auth.AdminRole.PLATFORM_ADMIN;
import static cn.safetymonth.common.auth.AdminRole.REVIEWER;
import static cn.safetymonth.common.auth.AdminRole.UNION_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

class AdminRoleTest {

    @Test
    void aPlatformAdminMayGrantEveryRole() {
        assertThat(PLATFORM_ADMIN.mayGrant(PLATFORM_ADMIN)).isTrue();
        assertThat(PLATFORM_ADMIN.mayGrant(UNION_ADMIN)).isTrue();
        assertThat(PLATFORM_ADMIN.mayGrant(REVIEWER)).isTrue();
    }

    @Test
    void aUnionAdminMayGrantUnionAdminAndReviewerButNotPlatformAdmin() {
        assertThat(UNION_ADMIN.mayGrant(UNION_ADMIN)).isTrue();
        assertThat(UNION_ADMIN.mayGrant(REVIEWER)).isTrue();
        assertThat(UNION_ADMIN.mayGrant(PLATFORM_ADMIN)).isFalse();
    }

    @Test
    void aReviewerMayGrantNothing() {
        for (AdminRole other : AdminRole.values()) {
            assertThat(REVIEWER.mayGrant(other)).as("reviewer grants %s", other).isFalse();
        }
    }

    private static AdminPrincipal boundTo(String path) {
        return new AdminPrincipal(1L, "clerk", UNION_ADMIN, 7L, path);
    }

    @Test
    void anAdminCoversItsOwnUnion() {
        assertThat(boundTo("/1/7/").covers("/1/7/")).isTrue();
    }

    @Test
    void anAdminCoversUnionsBelowItsOwn() {
        assertThat(boundTo("/1/7/").covers("/1/7/42/")).isTrue();
        assertThat(boundTo("/1/7/").covers("/1/7/42/99/")).isTrue();
    }

    @Test
    void anAdminDoesNotCoverASiblingWhoseIdStartsWithTheSameDigits() {
        assertThat(boundTo("/1/7/").covers("/1/70/")).isFalse();
        assertThat(boundTo("/1/7/").covers("/1/70/3/")).isFalse();
    }

    @Test
    void anAdminDoesNotCoverItsParentOrOtherBranches() {
        assertThat(boundTo("/1/7/").covers("/1/")).isFalse();
        assertThat(boundTo("/1/7/").covers("/1/8/")).isFalse();
        assertThat(boundTo("/1/7/").covers("/2/7/")).isFalse();
    }

    @Test
    void anAdminDoesNotCoverAMissingPath() {
        assertThat(boundTo("/1/7/").covers(null)).isFalse();
    }

    @Test
    void theRootAdminCoversTheWholeTree() {
        assertThat(boundTo("/1/").covers("/1/7/42/")).isTrue();
        assertThat(boundTo("/1/").covers("/1/70/")).isTrue();
    }
}
