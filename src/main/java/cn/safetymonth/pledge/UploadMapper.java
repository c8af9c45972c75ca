package cn.safetymonth.pledge;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

import java.time.LocalDateTime;
import java.util.List;

@Mapper
interface UploadMapper extends BaseMapper<UploadEntity> {

    /** Claims an unused upload of this worker: 0 rows when it is someone else's or already used (double submit). */
    @Update("UPDATE pledge_upload SET used_at = #{at}, updated_at = #{at} WHERE id = #{id} AND worker_id = #{workerId} AND used_at IS NULL")
    int claim(@Param("id") long id, @Param("workerId") long workerId, @Param("at") LocalDateTime at);

    /** Uploads nobody claimed, oldest first. */
    default List<UploadEntity> unusedBefore(LocalDateTime cutoff, int limit) {
        return selectList(new LambdaQueryWrapper<UploadEntity>().isNull(UploadEntity::getUsedAt)
                .lt(UploadEntity::getCreatedAt, cutoff).orderByAsc(UploadEntity::getId).last("LIMIT " + limit));
    }

    /** Removes an upload only while it is still unclaimed: one claimed meanwhile stays. */
    @org.apache.ibatis.annotations.Delete("DELETE FROM pledge_upload WHERE id = #{id} AND used_at IS NULL")
    int deleteUnused(@Param("id") long id);
}
