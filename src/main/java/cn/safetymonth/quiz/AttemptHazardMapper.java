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

    // the play path (every tap and answer) uses static SQL: MyBatis-Plus wrappers cost a third of the CPU there
    @org.apache.ibatis.annotations.Select("SELECT * FROM quiz_attempt_hazard WHERE attempt_id = #{attemptId} ORDER BY found_at, id")
    List<AttemptHazardEntity> ofAttempt(@Param("attemptId") long attemptId);

    @org.apache.ibatis.annotations.Insert("INSERT INTO quiz_attempt_hazard (attempt_id, hazard_id, found_at, found_x, found_y, created_at, updated_at, "
            + "created_by, updated_by) VALUES (#{attemptId}, #{hazardId}, #{foundAt}, #{foundX}, #{foundY}, #{foundAt}, #{foundAt}, #{createdBy}, #{createdBy})")
    @org.apache.ibatis.annotations.Options(useGeneratedKeys = true, keyProperty = "id")
    int insertFound(AttemptHazardEntity row);

    default List<AttemptHazardEntity> ofAttempts(Collection<Long> attemptIds) {
        return attemptIds.isEmpty() ? List.of() : selectList(new LambdaQueryWrapper<AttemptHazardEntity>()
                .in(AttemptHazardEntity::getAttemptId, attemptIds));
    }

    /** Records the one answer to a found question: 0 rows means it was answered already. */
    @Update("UPDATE quiz_attempt_hazard SET answer_keys = #{keys}, correct = #{correct}, answered_at = #{at}, "
            + "updated_at = #{at}, updated_by = 'quiz' WHERE id = #{id} AND answer_keys IS NULL")
    int answer(@Param("id") long id, @Param("keys") String keys, @Param("correct") boolean correct, @Param("at") LocalDateTime at);
}
