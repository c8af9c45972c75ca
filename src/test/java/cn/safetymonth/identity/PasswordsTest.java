package cn.safetymonth.identity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class PasswordsTest {

    private static Passwords passwords;

    @BeforeAll
    static void createOnce() {
        passwords = new Passwords();
    }

    @Test
    void aPasswordWithLettersAndDigitsOfEightCharactersIsAccepted() {
        assertThat(Passwords.acceptable("abcdef12")).isTrue();
        assertThat(Passwords.acceptable("Safety2025!")).isTrue();
    }

    @Test
    void aPasswordOfSixtyFourCharactersIsAcceptedButSixtyFiveIsNot() {
        assertThat(Passwords.acceptable("a1".repeat(32))).isTrue();
        assertThat(Passwords.acceptable("a1".repeat(32) + "b")).isFalse();
    }

    @Test
    void aPasswordShorterThanEightCharactersIsRefused() {
        assertThat(Passwords.acceptable("abc1234")).isFalse();
    }

    @Test
    void aPasswordWithoutDigitsOrWithoutLettersIsRefused() {
        assertThat(Passwords.acceptable("abcdefgh")).isFalse();
        assertThat(Passwords.acceptable("12345678")).isFalse();
        assertThat(Passwords.acceptable("!@#$%^&*")).isFalse();
    }

    @Test
    void aPasswordContainingWhitespaceIsRefused() {
        assertThat(Passwords.acceptable("abcd 1234")).isFalse();
        assertThat(Passwords.acceptable("abcd\t1234")).isFalse();
        assertThat(Passwords.acceptable(" abcd1234")).isFalse();
    }

    @Test
    void aMissingPasswordIsRefused() {
        assertThat(Passwords.acceptable(null)).isFalse();
        assertThat(Passwords.acceptable("")).isFalse();
    }

    @Test
    void generatedPasswordsAreTwelveCharactersThatPassTheRule() {
        for (int i = 0; i < 500; i++) {
            String pw = Passwords.generate();
            assertThat(pw).hasSize(12).matches("[A-Za-z0-9]{12}");
            assertThat(Passwords.acceptable(pw)).as("generated %s", pw).isTrue();
        }
    }

    @Test
    void generatedPasswordsHaveNoLookAlikeCharacters() {
        for (int i = 0; i < 500; i++) {
            assertThat(Passwords.generate()).doesNotContainPattern("[0O1lIiLo]");
        }
    }

    @Test
    void generatedPasswordsDifferBetweenCalls() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            seen.add(Passwords.generate());
        }
        assertThat(seen).hasSize(100);
    }

    @Test
    void aHashedPasswordMatchesOnlyTheOriginal() {
        String hash = passwords.hash("Safety2025");
        assertThat(hash).isNotEqualTo("Safety2025");
        assertThat(passwords.matches("Safety2025", hash)).isTrue();
        assertThat(passwords.matches("safety2025", hash)).isFalse();
        assertThat(passwords.matches("Safety2026", hash)).isFalse();
    }

    @Test
    void hashingTheSamePasswordTwiceGivesDifferentHashes() {
        assertThat(passwords.hash("Safety2025")).isNotEqualTo(passwords.hash("Safety2025"));
    }

    @Test
    void anUnknownAccountWithoutAHashNeverMatchesAndDoesNotFail() {
        assertThatCode(() -> passwords.matches("whatever1", null)).doesNotThrowAnyException();
        assertThat(passwords.matches("whatever1", null)).isFalse();
    }

    @Test
    void evenTheDecoyPasswordItselfNeverMatchesAMissingHash() {
        assertThat(passwords.matches("decoy-password-1", null)).isFalse();
    }
}
