package cn.safetymonth.quiz;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

@Mapper
interface AttemptMapper extends BaseMapper<AttemptEntity> {

    @org.apache.ibatis.annotations.Select("SELECT * FROM quiz_attempt WHERE worker_id = #{workerId} AND play_date = #{day}")
    AttemptEntity onDay(@Param("workerId") long workerId, @Param("day") LocalDate day);

    @org.apache.ibatis.annotations.Select("SELECT * FROM quiz_attempt WHERE worker_id = #{workerId} AND campaign_id = #{campaignId} "
            + "ORDER BY play_date DESC")
    List<AttemptEntity> ofWorker(@Param("workerId") long workerId, @Param("campaignId") long campaignId);

    @org.apache.ibatis.annotations.Select("SELECT * FROM quiz_attempt WHERE id = #{id}")
    AttemptEntity byId(@Param("id") long id);

    /** Locks the attempt for the rest of the transaction: taps, answers and closing of one attempt happen one at a time. */
    @org.apache.ibatis.annotations.Select("SELECT * FROM quiz_attempt WHERE id = #{id} FOR UPDATE")
    AttemptEntity lock(@Param("id") long id);

    default List<AttemptEntity> openBefore(LocalDate day, int limit) {
        return selectList(new LambdaQueryWrapper<AttemptEntity>()
                .eq(AttemptEntity::getStatus, AttemptEntity.OPEN).lt(AttemptEntity::getPlayDate, day)
                .orderByAsc(AttemptEntity::getId).last("LIMIT " + limit));
    }

    /** Flagged attempts of workers whose union (at the time) lies under {@code pathPrefix}; "/" includes 社会公众. */
    default Page<AttemptEntity> flaggedUnder(
            Page<AttemptEntity> page, String pathPrefix) {
        return selectPage(page, new LambdaQueryWrapper<AttemptEntity>()
                .eq(AttemptEntity::getFlagged, true)
                .and(w -> w.likeRight(AttemptEntity::getUnionPath, pathPrefix).or("/".equals(pathPrefix)).isNull("/".equals(pathPrefix), AttemptEntity::getUnionPath))
                .orderByDesc(AttemptEntity::getClosedAt).orderByDesc(AttemptEntity::getId));
    }

    /** Closes an open attempt once: 0 rows means it was already closed (by a double tap, another device or the day-end job). */
    @Update("UPDATE quiz_attempt SET status = 'CLOSED', closed_reason = #{reason}, closed_at = #{at}, found_count = #{found}, "
            + "answered_count = #{answered}, correct_count = #{correct}, score = #{score}, flagged = #{flagged}, flag_reason = #{flagReason}, "
            + "updated_at = #{at}, updated_by = 'quiz' WHERE id = #{id} AND status = 'OPEN'")
    int close(@Param("id") long id, @Param("reason") String reason, @Param("at") LocalDateTime at,
              @Param("found") int found, @Param("answered") int answered, @Param("correct") int correct, @Param("score") int score,
              @Param("flagged") boolean flagged, @Param("flagReason") String flagReason);

    /** Adds one tap or answer to the attempt's log (the caller holds the row's lock). */
    @Update("UPDATE quiz_attempt SET moves = CONCAT(moves, #{entry}) WHERE id = #{id}")
    int appendMove(@Param("id") long id, @Param("entry") String entry);

    @Update("UPDATE quiz_attempt SET risk_rank = #{rank} WHERE id = #{id}")
    int setRiskRank(@Param("id") long id, @Param("rank") int rank);

    /** An admin looked at a flagged attempt and found it a person's: 0 rows means it was not (or no longer) flagged. */
    @Update("UPDATE quiz_attempt SET flagged = FALSE, flag_cleared_by = #{by}, flag_cleared_at = #{at}, updated_at = #{at}, "
            + "updated_by = #{actor} WHERE id = #{id} AND flagged = TRUE AND status = 'CLOSED'")
    int clearFlag(@Param("id") long id, @Param("by") String by, @Param("actor") String actor, @Param("at") LocalDateTime at);
}
