package cn.safetymonth.identity;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

@Mapper
interface WorkerMapper extends BaseMapper<WorkerEntity> {

    default WorkerEntity findByOpenid(String openid) {
        return selectOne(new LambdaQueryWrapper<WorkerEntity>().eq(WorkerEntity::getOpenid, openid));
    }

    default List<WorkerEntity> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : selectByIds(ids);
    }

    /** 注销: 1 when this call closed the account, 0 when it was closed already. */
    @Update("UPDATE worker SET openid = #{tombstone}, unionid = NULL, real_name = NULL, phone = NULL, pseudonym = #{pseudonym}, "
            + "closed_at = #{at}, updated_at = #{at} WHERE id = #{id} AND closed_at IS NULL")
    int close(@Param("id") long id, @Param("tombstone") String tombstone, @Param("pseudonym") String pseudonym,
              @Param("at") LocalDateTime at);

    /** Retention: a last login older than {@code cutoff} is forgotten, at most {@code limit} workers at a time. */
    @Update("UPDATE worker SET last_login_at = NULL WHERE last_login_at < #{cutoff} LIMIT #{limit}")
    int forgetLoginsBefore(@Param("cutoff") LocalDateTime cutoff, @Param("limit") int limit);
}
