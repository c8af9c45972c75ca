package cn.safetymonth.org;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class JoinCodesTest {

    private static final String FORBIDDEN = "0O1IL";

    @Test
    void generatedCodesAreSixCharactersWithoutLookAlikes() {
        for (int i = 0; i < 2_000; i++) {
            String code = JoinCodes.next();
            assertThat(code).hasSize(6).matches("[2-9A-Z]{6}");
            for (char c : FORBIDDEN.toCharArray()) {
                assertThat(code).doesNotContain(String.valueOf(c));
            }
        }
    }

    @Test
    void generatedCodesAreAcceptedWhenTypedBack() {
        for (int i = 0; i < 200; i++) {
            String code = JoinCodes.next();
            assertThat(JoinCodes.normalize(code)).isEqualTo(code);
        }
    }

    @Test
    void generatedCodesVaryFromOneUnionToTheNext() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            seen.add(JoinCodes.next());
        }
        assertThat(seen).hasSizeGreaterThan(490);
    }

    @Test
    void everyLetterOfTheAlphabetEventuallyAppears() {
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            for (char c : JoinCodes.next().toCharArray()) {
                seen.add(c);
            }
        }
        assertThat(seen).hasSize("23456789ABCDEFGHJKMNPQRSTUVWXYZ".length());
    }

    @Test
    void joinCodeTypedInLowerCaseWithSpacesIsAccepted() {
        assertThat(JoinCodes.normalize("  ab3k9z ")).isEqualTo("AB3K9Z");
    }

    @Test
    void joinCodeTypedExactlyIsAcceptedAsIs() {
        assertThat(JoinCodes.normalize("XY7MNP")).isEqualTo("XY7MNP");
    }

    @Test
    void tooShortOrTooLongCodesAreRejected() {
        assertThat(JoinCodes.normalize("AB3K9")).isNull();
        assertThat(JoinCodes.normalize("AB3K9ZQ")).isNull();
        assertThat(JoinCodes.normalize("")).isNull();
        assertThat(JoinCodes.normalize("   ")).isNull();
    }

    @Test
    void codesContainingLookAlikeCharactersAreRejected() {
        assertThat(JoinCodes.normalize("AB3K90")).isNull();
        assertThat(JoinCodes.normalize("AB3K9O")).isNull();
        assertThat(JoinCodes.normalize("AB3K91")).isNull();
        assertThat(JoinCodes.normalize("AB3K9I")).isNull();
        assertThat(JoinCodes.normalize("ab3k9i")).isNull();
    }

    @Test
    void codesContainingTheLetterLAreRejectedLikeTheOtherLookAlikes() {
        assertThat(JoinCodes.normalize("AB3K9L")).isNull();
        assertThat(JoinCodes.normalize("ab3k9l")).isNull();
    }

    @Test
    void codesWithPunctuationInnerSpacesOrChineseAreRejected() {
        assertThat(JoinCodes.normalize("AB-K9Z")).isNull();
        assertThat(JoinCodes.normalize("AB K9Z")).isNull();
        assertThat(JoinCodes.normalize("工会码ABC")).isNull();
    }

    @Test
    void aMissingCodeIsRejectedWithoutAnError() {
        assertThat(JoinCodes.normalize(null)).isNull();
    }
}
