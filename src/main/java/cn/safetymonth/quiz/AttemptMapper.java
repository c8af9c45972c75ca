package cn.safetymonth.quiz;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

@Mapper
interface AttemptMapper extends BaseMapper<AttemptEntity> {

    default AttemptEntity onDay(long workerId, LocalDate day) {
        return selectOne(new LambdaQueryWrapper<AttemptEntity>()
                .eq(AttemptEntity::getWorkerId, workerId).eq(AttemptEntity::getPlayDate, day));
    }

    default List<AttemptEntity> ofWorker(long workerId, long campaignId) {
        return selectList(new LambdaQueryWrapper<AttemptEntity>()
                .eq(AttemptEntity::getWorkerId, workerId).eq(AttemptEntity::getCampaignId, campaignId)
                .orderByDesc(AttemptEntity::getPlayDate));
    }

    default List<AttemptEntity> openBefore(LocalDate day, int limit) {
        return selectList(new LambdaQueryWrapper<AttemptEntity>()
                .eq(AttemptEntity::getStatus, AttemptEntity.OPEN).lt(AttemptEntity::getPlayDate, day)
                .orderByAsc(AttemptEntity::getId).last("LIMIT " + limit));
    }

    /** Flagged attempts of workers whose union (at the time) lies under {@code pathPrefix}; "/" includes 社会公众. */
    default com.baomidou.mybatisplus.extension.plugins.pagination.Page<AttemptEntity> flaggedUnder(
            com.baomidou.mybatisplus.extension.plugins.pagination.Page<AttemptEntity> page, String pathPrefix) {
        return selectPage(page, new LambdaQueryWrapper<AttemptEntity>()
                .eq(AttemptEntity::getFlagged, true)
                .and(w -> w.likeRight(AttemptEntity::getUnionPath, pathPrefix).or("/".equals(pathPrefix)).isNull("/".equals(pathPrefix), AttemptEntity::getUnionPath))
                .orderByDesc(AttemptEntity::getClosedAt).orderByDesc(AttemptEntity::getId));
    }

    /** Closes an open attempt once: 0 rows means it was already closed (by a double tap, another device or the day-end job). */
    @Update("UPDATE quiz_attempt SET status = 'CLOSED', closed_reason = #{reason}, closed_at = #{at}, found_count = #{found}, "
            + "correct_count = #{correct}, score = #{score}, flagged = #{flagged}, flag_reason = #{flagReason}, "
            + "updated_at = #{at}, updated_by = 'quiz' WHERE id = #{id} AND status = 'OPEN'")
    int close(@Param("id") long id, @Param("reason") String reason, @Param("at") LocalDateTime at,
              @Param("found") int found, @Param("correct") int correct, @Param("score") int score,
              @Param("flagged") boolean flagged, @Param("flagReason") String flagReason);
}
