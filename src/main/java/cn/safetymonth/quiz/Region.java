package cn.safetymonth.quiz;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.List;

/**
 * Where a hazard is on its picture, in coordinates normalised to the picture (x from the left,
 * y from the top, both 0–1). The server alone knows regions until a hazard is found.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({@JsonSubTypes.Type(value = Region.Ellipse.class, name = "ellipse"),
        @JsonSubTypes.Type(value = Region.Polygon.class, name = "polygon")})
public sealed interface Region {

    boolean contains(double x, double y);

    /** minX, minY, maxX, maxY */
    double[] bounds();

    record Ellipse(double cx, double cy, double rx, double ry) implements Region {
        @Override
        public boolean contains(double x, double y) {
            double dx = (x - cx) / rx;
            double dy = (y - cy) / ry;
            return dx * dx + dy * dy <= 1.0;
        }

        @Override
        public double[] bounds() {
            return new double[]{cx - rx, cy - ry, cx + rx, cy + ry};
        }
    }

    /** A simple polygon; a point is inside by the even-odd rule. */
    record Polygon(List<List<Double>> points) implements Region {
        @Override
        public boolean contains(double x, double y) {
            boolean inside = false;
            for (int i = 0, j = points.size() - 1; i < points.size(); j = i++) {
                double xi = points.get(i).get(0), yi = points.get(i).get(1);
                double xj = points.get(j).get(0), yj = points.get(j).get(1);
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
            return inside;
        }

        @Override
        public double[] bounds() {
            double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (List<Double> p : points) {
                b[0] = Math.min(b[0], p.get(0));
                b[1] = Math.min(b[1], p.get(1));
                b[2] = Math.max(b[2], p.get(0));
                b[3] = Math.max(b[3], p.get(1));
            }
            return b;
        }
    }
}
