package cn.safetymonth.identity;

import cn.safetymonth.common.BizException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsernamesTest {

    @Test
    void everySpellingACollationWouldCallEqualBecomesTheOneNameOrIsRefused() {
        assertThat(Usernames.normalise("admin")).isEqualTo("admin");
        assertThat(Usernames.normalise("ADMIN ")).isEqualTo("admin");
        assertThat(Usernames.normalise("  Admin\t")).isEqualTo("admin");
        assertThat(Usernames.normalise("ＡＤＭＩＮ")).as("full-width").isEqualTo("admin");
        assertThat(Usernames.normalise("ａｄｍｉｎ　")).as("full-width with an ideographic space").isEqualTo("admin");
        assertThat(Usernames.normalise("Dongcheng_Admin2")).isEqualTo("dongcheng_admin2");
    }

    @Test
    void whatCannotBeOneOfOurNamesIsRefusedNamingTheField() {
        for (String typed : new String[]{"ádmin", "admın", "ADMİN", "ad min", "admin\u200b", "adm", "1admin", "admin-x", "管理员",
                "a".repeat(33), "", "   "}) {
            assertThatThrownBy(() -> Usernames.normalise(typed)).as(typed).isInstanceOf(BizException.class)
                    .satisfies(e -> assertThat(((BizException) e).errorCode()).isEqualTo(IdentityErrorCodes.USERNAME_INVALID))
                    .hasMessageContaining("字段 username");
        }
    }
}
