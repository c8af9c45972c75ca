package cn.safetymonth.hazard;

import cn.safetymonth.common.geo.Coordinates;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GeoPointTest {

    @Test
    void aGpsPointInChinaMovesByTheKnownOffsetAndAGcjPointStaysPut() {
        // Tiananmen: WGS-84 39.9087, 116.3975 is about 39.9101, 116.4037 on GCJ-02 maps
        GeoPoint gcj = GeoPoint.of(Coordinates.toGcj02(39.9087, 116.3975, Coordinates.CoordSystem.WGS84));
        assertThat(gcj.lat()).isCloseTo(39.9101, within(0.0005));
        assertThat(gcj.lng()).isCloseTo(116.4037, within(0.0005));
        assertThat(new GeoPoint(39.9087, 116.3975).metresTo(gcj)).isBetween(400.0, 700.0);

        assertThat(GeoPoint.of(Coordinates.toGcj02(39.9101, 116.4037, Coordinates.CoordSystem.GCJ02))).isEqualTo(new GeoPoint(39.9101, 116.4037));
        assertThat(GeoPoint.of(Coordinates.toGcj02(48.8584, 2.2945, Coordinates.CoordSystem.WGS84))).as("outside China").isEqualTo(new GeoPoint(48.8584, 2.2945));
    }

    @Test
    void aPointMovedSoManyMetresIsThatFarAway() {
        GeoPoint exact = new GeoPoint(31.230456, 121.473789);
        for (double bearing = 0; bearing < 2 * Math.PI; bearing += 0.5) {
            assertThat(exact.metresTo(exact.moved(120, bearing))).as("bearing %s", bearing).isCloseTo(120, within(0.5));
        }
        assertThat(exact.moved(100, 0).lat()).as("north").isGreaterThan(exact.lat());
        assertThat(exact.moved(100, Math.PI / 2).lng()).as("east").isGreaterThan(exact.lng());
    }

    @Test
    void thePublicPointIsNeverCloserThanTheBlurRadiusNorFartherThanHalfAsMuchAgain() {
        GeoPoint exact = new GeoPoint(30.6512, 114.3021);
        java.util.Random random = new java.util.Random(14);
        for (int i = 0; i < 1000; i++) {
            assertThat(exact.metresTo(exact.publicPoint(100, random))).isBetween(99.5, 150.5);
        }
    }
}
