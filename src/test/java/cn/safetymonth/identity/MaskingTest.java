package cn.safetymonth.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

    @Test
    void aMobileNumberShowsOnlyItsFirstThreeAndLastFourDigits() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void aShortNumberIsHiddenCompletely() {
        assertThat(Masking.phone("123456")).isEqualTo("****");
        assertThat(Masking.phone("1")).isEqualTo("****");
    }

    @Test
    void aSevenDigitNumberStillHidesItsMiddle() {
        assertThat(Masking.phone("1234567")).isEqualTo("123****4567");
    }

    @Test
    void aMissingOrBlankPhoneShowsNothing() {
        assertThat(Masking.phone(null)).isNull();
        assertThat(Masking.phone("")).isNull();
        assertThat(Masking.phone("   ")).isNull();
    }

    @Test
    void aThreeCharacterNameKeepsItsFirstAndLastCharacter() {
        assertThat(Masking.name("张三丰")).isEqualTo("张*丰");
    }

    @Test
    void aTwoCharacterNameKeepsOnlyTheSurname() {
        assertThat(Masking.name("李四")).isEqualTo("李*");
    }

    @Test
    void aLongNameHidesEveryMiddleCharacter() {
        assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧**娜");
    }

    @Test
    void aSingleCharacterNameIsShownUnchanged() {
        assertThat(Masking.name("王")).isEqualTo("王");
    }

    @Test
    void aMissingOrBlankNameShowsNothing() {
        assertThat(Masking.name(null)).isNull();
        assertThat(Masking.name("")).isNull();
        assertThat(Masking.name("  ")).isNull();
    }

    @Test
    void aRareCharacterOutsideTheBasicPlaneIsKeptWhole() {
        String rare = "\uD840\uDC00"; // U+20000 𠀀
        assertThat(Masking.name(rare + "明")).isEqualTo(rare + "*");
        assertThat(Masking.name("明" + rare)).isEqualTo("明*");
        assertThat(Masking.name(rare + "明" + rare)).isEqualTo(rare + "*" + rare);
        assertThat(Masking.name(rare)).isEqualTo(rare);
    }

    @Test
    void maskedNamesNeverContainBrokenSurrogateHalves() {
        String rare = "\uD840\uDC00";
        for (String name : new String[] {rare + "明", "明" + rare, rare + rare + rare, "张" + rare + "丰"}) {
            String masked = Masking.name(name);
            assertThat(masked.codePoints().filter(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE))
                    .as("lone surrogates in %s", masked).isEmpty();
        }
        assertThat(Masking.name("张" + rare + "丰")).isEqualTo("张*丰");
    }
}
