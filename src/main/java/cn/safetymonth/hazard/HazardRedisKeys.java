package cn.safetymonth.hazard;

import cn.safetymonth.common.redis.RedisKeyPrefix;
import org.springframework.stereotype.Component;

/**
 * Keys of the hazard module (after the service-wide prefix):
 * <ul>
 *   <li>{@code hazard:geo:{category}} → GEO set of report ids at their GCJ-02 point, for "likely duplicates"</li>
 *   <li>{@code hazard:geo-time:{category}} → sorted set of the same ids scored by submission time (epoch ms),
 *       so points older than the duplicate window are pruned from both</li>
 *   <li>{@code hazard:geo-indexed} → present while the two sets above hold every report of the window; gone with
 *       Redis's data, and then the sets are filled again from the database</li>
 * </ul>
 */
@Component
class HazardRedisKeys {

    private final RedisKeyPrefix prefix;

    HazardRedisKeys(RedisKeyPrefix prefix) {
        this.prefix = prefix;
    }

    String geo(String category) {
        return prefix.key("hazard:geo:" + category);
    }

    String geoIndexed() {
        return prefix.key("hazard:geo-indexed");
    }

    String geoTime(String category) {
        return prefix.key("hazard:geo-time:" + category);
    }
}
