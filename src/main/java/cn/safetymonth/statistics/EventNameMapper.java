package cn.safetymonth.statistics;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.time.LocalDate;
import java.util.List;

/** The names of offline events, for the text blanks (活动名称) the platform fills: kept by the statistics module. */
@Mapper
interface EventNameMapper {

    @Insert("INSERT INTO stat_event_name (event_id, union_id, union_path, event_type, name, starts_on) "
            + "VALUES (#{eventId}, #{unionId}, #{unionPath}, #{eventType}, #{name}, #{startsOn})")
    int insert(@Param("eventId") long eventId, @Param("unionId") long unionId, @Param("unionPath") String unionPath,
               @Param("eventType") String eventType, @Param("name") String name, @Param("startsOn") LocalDate startsOn);

    /** Distinct names of the subtree's events of a type ("*": any) held on those days, in the order they were held. */
    @Select("<script>SELECT name FROM stat_event_name WHERE union_path LIKE CONCAT(#{prefix}, '%') "
            + "<if test='type != \"*\"'>AND event_type = #{type} </if>AND starts_on BETWEEN #{from} AND #{to} "
            + "GROUP BY name ORDER BY MIN(starts_on), MIN(event_id)</script>")
    List<String> names(@Param("prefix") String prefix, @Param("type") String type, @Param("from") LocalDate from, @Param("to") LocalDate to);
}
