package cn.safetymonth.pledge.event;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Mapper
interface SignInMapper extends BaseMapper<SignInEntity> {

    default boolean exists(long eventId, long workerId) {
        return selectCount(new LambdaQueryWrapper<SignInEntity>().eq(SignInEntity::getEventId, eventId)
                .eq(SignInEntity::getWorkerId, workerId)) > 0;
    }

    default List<SignInEntity> ofWorker(long workerId) {
        return selectList(new LambdaQueryWrapper<SignInEntity>().eq(SignInEntity::getWorkerId, workerId)
                .orderByDesc(SignInEntity::getSignedInAt));
    }

    /** Scanned sign-ins per event. */
    default Map<Long, Integer> countByEvent(Collection<Long> eventIds) {
        Map<Long, Integer> out = new HashMap<>();
        if (eventIds.isEmpty()) {
            return out;
        }
        selectMaps(new QueryWrapper<SignInEntity>().select("event_id", "COUNT(*) AS n").in("event_id", eventIds).groupBy("event_id"))
                .forEach(row -> out.put(((Number) value(row, "event_id")).longValue(), ((Number) value(row, "n")).intValue()));
        return out;
    }

    /** H2 and MariaDB disagree on the case of column labels. */
    private static Object value(Map<String, Object> row, String label) {
        Object v = row.get(label);
        return v != null ? v : row.get(label.toUpperCase());
    }
}
