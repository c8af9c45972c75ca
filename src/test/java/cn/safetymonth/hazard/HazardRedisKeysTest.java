package cn.safetymonth.hazard;

import cn.safetymonth.common.redis.RedisKeyPrefix;
import io.lettuce.core.cluster.SlotHash;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** On a Redis Cluster the duplicate index and the marker that vouches for it live in one slot, whatever the category. */
class HazardRedisKeysTest {

    @Test
    void theDuplicateIndexAndItsMarkerShareASlot() {
        HazardRedisKeys keys = new HazardRedisKeys(new RedisKeyPrefix("sm:"));
        int slot = SlotHash.getSlot(keys.geoIndexed());

        for (String category : new String[] {"HOT_WORK", "FIRE_EXIT", "indexed"}) {
            assertThat(SlotHash.getSlot(keys.geo(category))).as(category).isEqualTo(slot);
            assertThat(SlotHash.getSlot(keys.geoTime(category))).as(category).isEqualTo(slot);
            assertThat(keys.geo(category)).isNotEqualTo(keys.geoIndexed()).isNotEqualTo(keys.geoTime(category));
        }
    }
}
