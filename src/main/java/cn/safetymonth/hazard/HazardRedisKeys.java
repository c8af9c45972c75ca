package cn.safetymonth.hazard;

import cn.safetymonth.common.redis.RedisKeyPrefix;
import org.springframework.stereotype.Component;

/**
 * Keys of the hazard module (after the service-wide prefix):
 * <ul>
 *   <li>{@code hazard:{geo}:points:<category>} → GEO set of report ids at their GCJ-02 point, for "likely duplicates"</li>
 *   <li>{@code hazard:{geo}:times:<category>} → sorted set of the same ids scored by submission time (epoch ms),
 *       so points older than the duplicate window are pruned from both</li>
 *   <li>{@code hazard:{geo}:indexed} → present while the sets above hold every report of the window; gone with
 *       Redis's data, and then the sets are filled again from the database</li>
 * </ul>
 * {@code {geo}} is a Redis Cluster hash tag: all of them live in one slot, so on a cluster too the marker and the sets
 * it vouches for are lost together or not at all (a node that restarts empty takes every one of them).
 */
@Component
class HazardRedisKeys {

    private final RedisKeyPrefix prefix;

    HazardRedisKeys(RedisKeyPrefix prefix) {
        this.prefix = prefix;
    }

    String geo(String category) {
        return prefix.key("hazard:{geo}:points:" + category);
    }

    String geoIndexed() {
        return prefix.key("hazard:{geo}:indexed");
    }

    String geoTime(String category) {
        return prefix.key("hazard:{geo}:times:" + category);
    }
}
