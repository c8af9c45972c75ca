package cn.safetymonth.hazard;

import cn.safetymonth.common.geo.Coordinates;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A point as China's maps need it. Phones give WGS-84 (GPS) by default and GCJ-02 on request; every
 * stored point is normalised to GCJ-02, the system the mini-program's map component draws.
 */
record GeoPoint(double lat, double lng) {

    enum CoordSystem { WGS84, GCJ02 }

    static GeoPoint toGcj02(double lat, double lng, CoordSystem system) {
        if (system == CoordSystem.GCJ02) {
            return new GeoPoint(lat, lng);
        }
        Coordinates.Point p = Coordinates.wgs84ToGcj02(lat, lng);
        return new GeoPoint(p.latitude(), p.longitude());
    }

    /** Great-circle distance in metres. */
    double metresTo(GeoPoint other) {
        return Coordinates.distanceMetres(new Coordinates.Point(lat, lng), new Coordinates.Point(other.lat, other.lng));
    }

    /** The point rounded for worker-facing views: 3 decimals is about 100 m, enough to find the street, not the door. */
    GeoPoint blurred(int decimals) {
        return new GeoPoint(round(lat, decimals), round(lng, decimals));
    }

    static double round(double v, int decimals) {
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
