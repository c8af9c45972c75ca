package cn.safetymonth.quiz;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RegionTest {

    @Test
    void anEllipseContainsItsCentreAndEdgeButNotItsBoundingBoxCorner() {
        Region e = new Region.Ellipse(0.5, 0.5, 0.1, 0.2);

        assertThat(e.contains(0.5, 0.5)).isTrue();
        assertThat(e.contains(0.6, 0.5)).isTrue();
        assertThat(e.contains(0.5, 0.7)).isTrue();
        assertThat(e.contains(0.59, 0.69)).as("corner of the box, outside the ellipse").isFalse();
        assertThat(e.contains(0.61, 0.5)).isFalse();
    }

    @Test
    void aConcavePolygonExcludesItsNotch() {
        // an L shape: the notch at the top right is outside
        Region l = new Region.Polygon(List.of(List.of(0.1, 0.1), List.of(0.2, 0.1), List.of(0.2, 0.2),
                List.of(0.3, 0.2), List.of(0.3, 0.3), List.of(0.1, 0.3)));

        assertThat(l.contains(0.15, 0.15)).isTrue();
        assertThat(l.contains(0.25, 0.25)).isTrue();
        assertThat(l.contains(0.25, 0.15)).isFalse();
        assertThat(l.contains(0.05, 0.2)).isFalse();
        assertThat(l.bounds()).containsExactly(0.1, 0.1, 0.3, 0.3);
    }
}
