package cn.safetymonth.hazard;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GeoPointTest {

    @Test
    void aGpsPointInChinaMovesByTheKnownOffsetAndAGcjPointStaysPut() {
        // Tiananmen: WGS-84 39.9087, 116.3975 is about 39.9101, 116.4037 on GCJ-02 maps
        GeoPoint gcj = GeoPoint.toGcj02(39.9087, 116.3975, GeoPoint.CoordSystem.WGS84);
        assertThat(gcj.lat()).isCloseTo(39.9101, within(0.0005));
        assertThat(gcj.lng()).isCloseTo(116.4037, within(0.0005));
        assertThat(new GeoPoint(39.9087, 116.3975).metresTo(gcj)).isBetween(400.0, 700.0);

        assertThat(GeoPoint.toGcj02(39.9101, 116.4037, GeoPoint.CoordSystem.GCJ02)).isEqualTo(new GeoPoint(39.9101, 116.4037));
        assertThat(GeoPoint.toGcj02(48.8584, 2.2945, GeoPoint.CoordSystem.WGS84)).as("outside China").isEqualTo(new GeoPoint(48.8584, 2.2945));
    }

    @Test
    void blurringKeepsAPointWithinAboutAHundredMetres() {
        GeoPoint exact = new GeoPoint(31.230456, 121.473789);
        GeoPoint blurred = exact.blurred(3);
        assertThat(blurred).isEqualTo(new GeoPoint(31.230, 121.474));
        assertThat(exact.metresTo(blurred)).isLessThan(100);
    }
}
