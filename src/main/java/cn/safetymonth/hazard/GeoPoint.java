package cn.safetymonth.hazard;

import cn.safetymonth.common.geo.Coordinates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.random.RandomGenerator;

/**
 * A point as China's maps need it. Phones give WGS-84 (GPS) by default and GCJ-02 on request; every
 * stored point is normalised to GCJ-02, the system the mini-program's map component draws.
 */
record GeoPoint(double lat, double lng) {

    private static final double METRES_PER_DEGREE = 111_320;

    static GeoPoint of(Coordinates.Point gcj02) {
        return new GeoPoint(gcj02.latitude(), gcj02.longitude());
    }

    /** Great-circle distance in metres. */
    double metresTo(GeoPoint other) {
        return Coordinates.distanceMetres(new Coordinates.Point(lat, lng), new Coordinates.Point(other.lat, other.lng));
    }

    /** The point {@code metres} away towards {@code bearing} (radians clockwise from north); flat-earth, fine below a few km. */
    GeoPoint moved(double metres, double bearing) {
        double dLat = metres * Math.cos(bearing) / METRES_PER_DEGREE;
        double dLng = metres * Math.sin(bearing) / (METRES_PER_DEGREE * Math.cos(Math.toRadians(lat)));
        return new GeoPoint(lat + dLat, lng + dLng);
    }

    /**
     * The point workers are shown for a report at this one, drawn once when it is submitted and kept: between
     * {@code radius} and 1.5 × {@code radius} away in a random direction. Rounding (the old way) kept a report near a
     * grid point exactly where it was, and anything computed from what workers get (distances from throw-away
     * submissions, map boxes) finds this point, never the real one.
     */
    GeoPoint publicPoint(double radius, RandomGenerator random) {
        return moved(radius * (1 + 0.5 * random.nextDouble()), 2 * Math.PI * random.nextDouble());
    }

    static double round(double v, int decimals) {
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
