package cn.safetymonth.quiz;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

@Mapper
interface AttemptHazardMapper extends BaseMapper<AttemptHazardEntity> {

    default List<AttemptHazardEntity> ofAttempt(long attemptId) {
        return selectList(new LambdaQueryWrapper<AttemptHazardEntity>()
                .eq(AttemptHazardEntity::getAttemptId, attemptId).orderByAsc(AttemptHazardEntity::getFoundAt));
    }

    default List<AttemptHazardEntity> ofAttempts(Collection<Long> attemptIds) {
        return attemptIds.isEmpty() ? List.of() : selectList(new LambdaQueryWrapper<AttemptHazardEntity>()
                .in(AttemptHazardEntity::getAttemptId, attemptIds));
    }

    default AttemptHazardEntity find(long attemptId, long hazardId) {
        return selectOne(new LambdaQueryWrapper<AttemptHazardEntity>()
                .eq(AttemptHazardEntity::getAttemptId, attemptId).eq(AttemptHazardEntity::getHazardId, hazardId));
    }

    /** Records the one answer to a found question: 0 rows means it was answered already. */
    @Update("UPDATE quiz_attempt_hazard SET answer_keys = #{keys}, correct = #{correct}, answered_at = #{at}, "
            + "updated_at = #{at}, updated_by = 'quiz' WHERE id = #{id} AND answer_keys IS NULL")
    int answer(@Param("id") long id, @Param("keys") String keys, @Param("correct") boolean correct, @Param("at") LocalDateTime at);
}
