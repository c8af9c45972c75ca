package cn.safetymonth.pledge.work;

import cn.safetymonth.common.BizException;
import cn.safetymonth.pledge.PledgeCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkRulesTest {

    static final PledgeCatalog.WorkRule LETTER = new PledgeCatalog.WorkRule("LETTER", "安全微家书", 0, 800, true, PledgeCatalog.ImageRule.OPTIONAL);
    static final PledgeCatalog.WorkRule ESSAY = new PledgeCatalog.WorkRule("ESSAY", "主题征文", 40, 5000, true, PledgeCatalog.ImageRule.NONE);
    static final PledgeCatalog.WorkRule SCIENCE = new PledgeCatalog.WorkRule("SCIENCE", "科普作品", 40, 500, false, PledgeCatalog.ImageRule.POSTER_OR_VIDEO);
    static final List<String> HOSTS = List.of("v.qq.com", "www.bilibili.com");

    @Test
    void aLetterHasNoTitleUpTo800CharactersAndMayHaveAPicture() {
        assertThatCode(() -> check(LETTER, null, "安".repeat(800), true, null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> check(LETTER, null, "安".repeat(801), false, null)).hasMessageStartingWith("字段 body");
        assertThatThrownBy(() -> check(LETTER, "标题", "正文", false, null)).hasMessageStartingWith("字段 title");
        assertThatThrownBy(() -> check(LETTER, null, "  ", false, null)).hasMessageStartingWith("字段 body");
        assertThatThrownBy(() -> check(LETTER, null, "正文", false, "https://v.qq.com/x")).hasMessageStartingWith("字段 videoUrl");
    }

    @Test
    void charactersAreCountedAsPeopleCountThem() {
        // 800 characters outside the BMP are 1600 UTF-16 units, still 800 characters
        assertThatCode(() -> check(LETTER, null, "𠀀".repeat(800), false, null)).doesNotThrowAnyException();
    }

    @Test
    void anEssayNeedsATitleAndTakesNoPicture() {
        assertThatCode(() -> check(ESSAY, "我身边的隐患", "正文", false, null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> check(ESSAY, null, "正文", false, null)).hasMessageStartingWith("字段 title");
        assertThatThrownBy(() -> check(ESSAY, "题".repeat(41), "正文", false, null)).hasMessageStartingWith("字段 title");
        assertThatThrownBy(() -> check(ESSAY, "题", "正文", true, null)).hasMessageStartingWith("字段 imageUploadId");
    }

    @Test
    void aScienceWorkIsAPosterOrAVideoOfAnAllowedHost() {
        assertThatCode(() -> check(SCIENCE, "科普", null, true, null)).doesNotThrowAnyException();
        assertThatCode(() -> check(SCIENCE, "科普", null, false, "https://www.bilibili.com/video/BV1")).doesNotThrowAnyException();
        assertThatThrownBy(() -> check(SCIENCE, "科普", null, true, "https://v.qq.com/x")).hasMessageStartingWith("字段 imageUploadId");
        assertThatThrownBy(() -> check(SCIENCE, "科普", null, false, null)).hasMessageStartingWith("字段 imageUploadId");
        for (String bad : List.of("http://v.qq.com/x", "https://v.qq.com.evil.cn/x", "https://user@v.qq.com/x", "javascript:alert(1)", "https://")) {
            assertThatThrownBy(() -> check(SCIENCE, "科普", null, false, bad)).as(bad).isInstanceOf(BizException.class)
                    .hasMessageStartingWith("字段 videoUrl");
        }
    }

    private static void check(PledgeCatalog.WorkRule rule, String title, String body, boolean image, String video) {
        WorkRules.check(rule, new WorkRules.Content(title, body, image, video), HOSTS);
    }
}
