package cn.safetymonth.common.geo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CoordinatesTest {

    @Test
    void wgs84IsShiftedToGcj02InsideChinaByTheKnownFewHundredMetres() {
        Coordinates.Point wgs = new Coordinates.Point(39.908692, 116.397477); // 天安门, as GPS reports it
        Coordinates.Point gcj = Coordinates.wgs84ToGcj02(wgs.latitude(), wgs.longitude());

        // the published transform puts this point about 0.0014° north and 0.0062° east
        assertThat(gcj.latitude()).isCloseTo(39.910093, within(0.0002));
        assertThat(gcj.longitude()).isCloseTo(116.403722, within(0.0002));
        assertThat(Coordinates.distanceMetres(wgs, gcj)).isBetween(400.0, 700.0);
    }

    @Test
    void outsideChinaAndAlreadyGcj02PointsAreLeftAlone() {
        assertThat(Coordinates.wgs84ToGcj02(51.5007, -0.1246)).isEqualTo(new Coordinates.Point(51.5007, -0.1246));
        assertThat(Coordinates.toGcj02(30.1, 120.2, "gcj02")).isEqualTo(new Coordinates.Point(30.1, 120.2));
    }

    @Test
    void distanceIsTheGreatCircleDistance() {
        // one degree of latitude is about 111.2 km everywhere
        assertThat(Coordinates.distanceMetres(new Coordinates.Point(30, 120), new Coordinates.Point(31, 120))).isCloseTo(111_195, within(50.0));
        assertThat(Coordinates.distanceMetres(new Coordinates.Point(30, 120), new Coordinates.Point(30, 120))).isZero();
    }
}
