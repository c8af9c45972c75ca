package cn.safetymonth.org;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnionTypeTest {

    @Test
    void theLabelsUsedInTheNoticesAreRecognised() {
        assertThat(UnionType.parse("市总工会")).contains(UnionType.CITY);
        assertThat(UnionType.parse("县(市)区总工会")).contains(UnionType.COUNTY);
        assertThat(UnionType.parse("产业工会")).contains(UnionType.INDUSTRY);
        assertThat(UnionType.parse("直属基层工会")).contains(UnionType.DIRECT_GRASSROOTS);
        assertThat(UnionType.parse("基层工会")).contains(UnionType.GRASSROOTS);
    }

    @Test
    void labelsWithSurroundingSpacesAreRecognised() {
        assertThat(UnionType.parse("  基层工会 ")).contains(UnionType.GRASSROOTS);
    }

    @Test
    void eachTypeShowsTheLabelItIsImportedBy() {
        for (UnionType type : UnionType.values()) {
            assertThat(UnionType.parse(type.label())).contains(type);
        }
    }

    @Test
    void constantNamesAreRecognisedInAnyCase() {
        assertThat(UnionType.parse("CITY")).contains(UnionType.CITY);
        assertThat(UnionType.parse("COUNTY")).contains(UnionType.COUNTY);
        assertThat(UnionType.parse("INDUSTRY")).contains(UnionType.INDUSTRY);
        assertThat(UnionType.parse("DIRECT_GRASSROOTS")).contains(UnionType.DIRECT_GRASSROOTS);
        assertThat(UnionType.parse("grassroots")).contains(UnionType.GRASSROOTS);
    }

    @Test
    void unknownBlankAndMissingTypesAreNotRecognised() {
        assertThat(UnionType.parse("宫殿")).isEmpty();
        assertThat(UnionType.parse("总工会")).isEmpty();
        assertThat(UnionType.parse("")).isEmpty();
        assertThat(UnionType.parse(null)).isEmpty();
    }

    @Test
    void onlyGrassrootsUnionsCanBeJoinedByWorkers() {
        assertThat(UnionType.DIRECT_GRASSROOTS.grassroots()).isTrue();
        assertThat(UnionType.GRASSROOTS.grassroots()).isTrue();
        assertThat(UnionType.CITY.grassroots()).isFalse();
        assertThat(UnionType.COUNTY.grassroots()).isFalse();
        assertThat(UnionType.INDUSTRY.grassroots()).isFalse();
    }

    @Test
    void channelLabelsLocalAndCentralAreRecognised() {
        assertThat(UnionChannel.parse("地方")).contains(UnionChannel.LOCAL);
        assertThat(UnionChannel.parse("央企")).contains(UnionChannel.CENTRAL);
        assertThat(UnionChannel.parse(" 央企 ")).contains(UnionChannel.CENTRAL);
        assertThat(UnionChannel.parse("local")).contains(UnionChannel.LOCAL);
        assertThat(UnionChannel.parse("CENTRAL")).contains(UnionChannel.CENTRAL);
    }

    @Test
    void unknownChannelsAreNotRecognised() {
        assertThat(UnionChannel.parse("火星")).isEmpty();
        assertThat(UnionChannel.parse("")).isEmpty();
        assertThat(UnionChannel.parse(null)).isEmpty();
    }
}
