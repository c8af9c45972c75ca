package cn.safetymonth.statistics;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.time.LocalDateTime;
import java.util.List;

@Mapper
interface ReminderMapper {

    @Insert("INSERT INTO stat_reminder (form_code, period_key, union_id, kind, created_at, updated_at, created_by, updated_by) "
            + "VALUES (#{form}, #{period}, #{union}, #{kind}, #{at}, #{at}, 'job', 'job')")
    int add(@Param("form") String form, @Param("period") String period, @Param("union") long union, @Param("kind") String kind,
            @Param("at") LocalDateTime at);

    @lombok.Data
    class Sent {
        private long unionId;
        private String kind;
    }

    @Select("SELECT union_id, kind FROM stat_reminder WHERE form_code = #{form} AND period_key = #{period}")
    List<Sent> sent(@Param("form") String form, @Param("period") String period);

    @Select("SELECT DISTINCT union_id FROM stat_submission WHERE form_code = #{form} AND period_key = #{period}")
    List<Long> submitted(@Param("form") String form, @Param("period") String period);
}
