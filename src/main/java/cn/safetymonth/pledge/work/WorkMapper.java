package cn.safetymonth.pledge.work;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

import java.time.LocalDateTime;
import java.util.List;

@Mapper
interface WorkMapper extends BaseMapper<WorkEntity> {

    default List<WorkEntity> ofWorker(long workerId) {
        return selectList(new LambdaQueryWrapper<WorkEntity>().eq(WorkEntity::getWorkerId, workerId)
                .orderByDesc(WorkEntity::getSubmittedAt).orderByDesc(WorkEntity::getId));
    }

    default WorkEntity byRequest(long workerId, String clientRequestId) {
        return selectOne(new LambdaQueryWrapper<WorkEntity>().eq(WorkEntity::getWorkerId, workerId)
                .eq(WorkEntity::getClientRequestId, clientRequestId));
    }

    /** Works of authors whose union (at submission) lies under {@code pathPrefix}; "/" includes 社会公众. */
    default Page<WorkEntity> under(Page<WorkEntity> page, String pathPrefix, String status, String kind) {
        boolean all = "/".equals(pathPrefix);
        return selectPage(page, new LambdaQueryWrapper<WorkEntity>()
                .and(w -> w.likeRight(WorkEntity::getUnionPath, pathPrefix).or(all).isNull(all, WorkEntity::getUnionPath))
                .eq(status != null, WorkEntity::getStatus, status).eq(kind != null, WorkEntity::getKind, kind)
                .orderByDesc(WorkEntity::getSubmittedAt).orderByDesc(WorkEntity::getId));
    }

    /** Decides a submitted work once: 0 rows when another reviewer decided first or the author revised it meanwhile. */
    @Update("UPDATE pledge_work SET status = #{outcome}, return_reason = #{reason}, reviewed_at = #{at}, reviewed_by = #{by}, "
            + "updated_at = #{at}, updated_by = #{actor} WHERE id = #{id} AND status = 'SUBMITTED' AND revision = #{revision}")
    int review(@Param("id") long id, @Param("revision") int revision, @Param("outcome") String outcome, @Param("reason") String reason,
               @Param("at") LocalDateTime at, @Param("by") long by, @Param("actor") String actor);

    /** Puts a returned work back in review with its revised content; 0 rows unless it is the author's and returned. */
    @Update("UPDATE pledge_work SET title = #{w.title}, body = #{w.body}, image_key = #{w.imageKey}, video_url = #{w.videoUrl}, "
            + "image_verdict = #{w.imageVerdict}, image_trace_id = NULL, text_verdict = #{w.textVerdict}, flagged = #{w.flagged}, "
            + "status = 'SUBMITTED', revision = revision + 1, return_reason = NULL, reviewed_at = NULL, reviewed_by = NULL, "
            + "submitted_at = #{w.submittedAt}, updated_at = #{w.submittedAt}, updated_by = #{actor} "
            + "WHERE id = #{w.id} AND worker_id = #{w.workerId} AND status = 'RETURNED'")
    int resubmit(@Param("w") WorkEntity revised, @Param("actor") String actor);

    @Update("UPDATE pledge_work SET image_trace_id = #{traceId} WHERE id = #{id}")
    int traceImage(@Param("id") long id, @Param("traceId") String traceId);

    /** WeChat's late verdict on the image; RISKY also flags the work. */
    @Update("UPDATE pledge_work SET image_verdict = #{verdict}, flagged = (flagged OR #{risky}) WHERE image_trace_id = #{traceId}")
    int judgeImage(@Param("traceId") String traceId, @Param("verdict") String verdict, @Param("risky") boolean risky);
}
