package cn.safetymonth.hazard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.geo.Distance;
import org.springframework.data.geo.GeoResult;
import org.springframework.data.geo.Point;
import org.springframework.data.redis.connection.RedisGeoCommands;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations;
import org.springframework.data.redis.domain.geo.GeoReference;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reports of one category near a point, from Redis GEO (one key per category). Only advice to the
 * worker and the reviewer: if Redis cannot answer, a report is still taken, with no suggestions.
 */
@Component
class DuplicateFinder {

    private static final Logger log = LoggerFactory.getLogger(DuplicateFinder.class);
    static final int MAX_CANDIDATES = 10;
    private static final int RESTORE_PAGE = 1000;

    private final StringRedisTemplate redis;
    private final HazardRedisKeys keys;
    private final HazardProperties props;
    private final Clock clock;
    private final HazardReportMapper reports;

    DuplicateFinder(StringRedisTemplate redis, HazardRedisKeys keys, HazardProperties props, Clock clock, HazardReportMapper reports) {
        this.redis = redis;
        this.keys = keys;
        this.props = props;
        this.clock = clock;
        this.reports = reports;
    }

    void remember(long reportId, String category, GeoPoint point, LocalDateTime submittedAt) {
        try {
            String id = Long.toString(reportId);
            redis.opsForGeo().add(keys.geo(category), new Point(point.lng(), point.lat()), id);
            redis.opsForZSet().add(keys.geoTime(category), id, epochMillis(submittedAt));
            prune(category);
        } catch (RuntimeException e) {
            log.warn("hazard duplicate index not updated for report {}: {}", reportId, e.getClass().getSimpleName());
        }
    }

    /** Report ids within the duplicate radius, nearest first, with their distance in metres. */
    Map<Long, Double> near(String category, GeoPoint point) {
        return near(category, point, props.duplicateRadius(), MAX_CANDIDATES);
    }

    /** Report ids within {@code radius} metres of their real point, nearest first (at most {@code limit}), with the distance. */
    Map<Long, Double> near(String category, GeoPoint point, double radius, int limit) {
        Map<Long, Double> out = new LinkedHashMap<>();
        try {
            var results = redis.opsForGeo().search(keys.geo(category),
                    GeoReference.fromCoordinate(point.lng(), point.lat()),
                    new Distance(radius, RedisGeoCommands.DistanceUnit.METERS),
                    RedisGeoCommands.GeoSearchCommandArgs.newGeoSearchArgs().includeDistance().sortAscending().limit(limit));
            if (results != null) {
                for (GeoResult<RedisGeoCommands.GeoLocation<String>> r : results) {
                    out.put(Long.valueOf(r.getContent().getName()), r.getDistance().getValue());
                }
            }
        } catch (RuntimeException e) {
            log.warn("hazard duplicate search unavailable: {}", e.getClass().getSimpleName());
        }
        return out;
    }

    /**
     * Fills the index again from the database when Redis lost it (a restart without persistence, a flush): every report
     * of the duplicate window, page by page. Adding is idempotent, so a report submitted meanwhile is simply added twice.
     * Returns how many reports were indexed; 0 when the index was intact.
     */
    int restoreIfLost() {
        if (Boolean.TRUE.equals(redis.hasKey(keys.geoIndexed()))) {
            return 0;
        }
        LocalDateTime since = LocalDateTime.now(clock).minus(props.duplicateWindow());
        int total = 0;
        long after = 0;
        List<HazardReportEntity> page;
        do {
            page = reports.pointsSince(since, after, RESTORE_PAGE);
            // one GEOADD and one ZADD per category of the page, not two round trips per report
            Map<String, Map<String, Point>> points = new HashMap<>();
            Map<String, Set<ZSetOperations.TypedTuple<String>>> times = new HashMap<>();
            for (HazardReportEntity r : page) {
                String id = Long.toString(r.getId());
                points.computeIfAbsent(r.getCategory(), c -> new HashMap<>()).put(id, new Point(r.point().lng(), r.point().lat()));
                times.computeIfAbsent(r.getCategory(), c -> new HashSet<>())
                        .add(ZSetOperations.TypedTuple.of(id, epochMillis(r.getSubmittedAt())));
                after = r.getId();
            }
            points.forEach((category, byId) -> redis.opsForGeo().add(keys.geo(category), byId));
            times.forEach((category, tuples) -> redis.opsForZSet().add(keys.geoTime(category), tuples));
            total += page.size();
        } while (page.size() == RESTORE_PAGE);
        redis.opsForValue().set(keys.geoIndexed(), LocalDateTime.now(clock).toString());
        return total;
    }

    private void prune(String category) {
        double cutoff = epochMillis(LocalDateTime.now(clock).minus(props.duplicateWindow()));
        Set<String> old = redis.opsForZSet().rangeByScore(keys.geoTime(category), 0, cutoff);
        if (old != null && !old.isEmpty()) {
            redis.opsForZSet().remove(keys.geoTime(category), old.toArray());
            redis.opsForGeo().remove(keys.geo(category), old.toArray(String[]::new));
        }
    }

    private double epochMillis(LocalDateTime t) {
        ZoneId zone = clock.getZone();
        return t.atZone(zone).toInstant().toEpochMilli();
    }
}
