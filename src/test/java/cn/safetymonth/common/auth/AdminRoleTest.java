package cn.safetymonth.common.auth;

import org.junit.jupiter.api.Test;

import static cn.safetymonth.common.auth.AdminRole.UNION_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

class AdminRoleTest {

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
