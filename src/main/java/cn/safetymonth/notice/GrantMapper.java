package cn.safetymonth.notice;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

import java.time.LocalDateTime;
import java.util.List;

/** Grant counts change only by conditional updates, so two sends never spend one grant twice. */
@Mapper
interface GrantMapper extends BaseMapper<GrantEntity> {

    default List<GrantEntity> ofWorker(long workerId) {
        return selectList(new LambdaQueryWrapper<GrantEntity>().eq(GrantEntity::getWorkerId, workerId));
    }

    @Update("UPDATE notice_grant SET remaining = LEAST(remaining + 1, #{max}), version = version + 1, updated_at = #{at} "
            + "WHERE worker_id = #{workerId} AND template_key = #{key}")
    int add(@Param("workerId") long workerId, @Param("key") String key, @Param("max") int max, @Param("at") LocalDateTime at);

    /** Takes one grant; 0 rows when none is left. */
    @Update("UPDATE notice_grant SET remaining = remaining - 1, version = version + 1, updated_at = #{at} "
            + "WHERE worker_id = #{workerId} AND template_key = #{key} AND remaining > 0")
    int take(@Param("workerId") long workerId, @Param("key") String key, @Param("at") LocalDateTime at);

    @Update("UPDATE notice_grant SET remaining = 0, version = version + 1, updated_at = #{at} "
            + "WHERE worker_id = #{workerId} AND template_key = #{key}")
    int clear(@Param("workerId") long workerId, @Param("key") String key, @Param("at") LocalDateTime at);
}
