package cn.safetymonth.common.geo;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Locale;

/**
 * Points on the map, for every module that takes a location: WeChat's wx.getLocation answers in wgs84 unless asked for gcj02 (the offset system
 * of Chinese maps), so two points are compared only after both are in gcj02.
 */
public final class Coordinates {

    private static final double A = 6378245.0;
    private static final double EE = 0.00669342162296594323;
    private static final double EARTH_RADIUS_M = 6371008.8;

    private Coordinates() {
    }

    public record Point(double latitude, double longitude) {
    }

    /** The two systems a phone answers in; wx spells them in lower case, which is how they are stored. */
    public enum CoordSystem {
        WGS84, GCJ02;

        /** Either spelling, as wx writes it or in capitals. */
        @JsonCreator
        public static CoordSystem of(String value) {
            for (CoordSystem c : values()) {
                if (c.name().equalsIgnoreCase(value)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("可选值：wgs84、gcj02（大小写均可）");
        }

        /** As stored and as wx writes it: wgs84, gcj02. */
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static Point toGcj02(double latitude, double longitude, CoordSystem system) {
        return system == CoordSystem.WGS84 ? wgs84ToGcj02(latitude, longitude) : new Point(latitude, longitude);
    }

    /** The point in gcj02, whichever system it came in. */
    public static Point toGcj02(double latitude, double longitude, String coordSystem) {
        return toGcj02(latitude, longitude, "wgs84".equalsIgnoreCase(coordSystem) ? CoordSystem.WGS84 : CoordSystem.GCJ02);
    }

    /** The standard public WGS-84 → GCJ-02 transform; outside China the two systems are the same. */
    public static Point wgs84ToGcj02(double lat, double lon) {
        if (outOfChina(lat, lon)) {
            return new Point(lat, lon);
        }
        double dLat = transformLat(lon - 105.0, lat - 35.0);
        double dLon = transformLon(lon - 105.0, lat - 35.0);
        double radLat = lat / 180.0 * Math.PI;
        double magic = Math.sin(radLat);
        magic = 1 - EE * magic * magic;
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new Point(lat + dLat, lon + dLon);
    }

    /** Great-circle distance in metres (haversine). */
    public static double distanceMetres(Point a, Point b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(a.latitude())) * Math.cos(Math.toRadians(b.latitude())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    static boolean outOfChina(double lat, double lon) {
        return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    private static double transformLat(double x, double y) {
        double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return ret;
    }

    private static double transformLon(double x, double y) {
        double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return ret;
    }
}
