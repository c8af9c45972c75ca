package cn.safetymonth.pledge;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

import java.time.LocalDateTime;

@Mapper
interface UploadMapper extends BaseMapper<UploadEntity> {

    /** Claims an unused upload of this worker: 0 rows when it is someone else's or already used (double submit). */
    @Update("UPDATE pledge_upload SET used_at = #{at}, updated_at = #{at} WHERE id = #{id} AND worker_id = #{workerId} AND used_at IS NULL")
    int claim(@Param("id") long id, @Param("workerId") long workerId, @Param("at") LocalDateTime at);
}
