package cn.safetymonth.statistics;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The folded counters: acts per node and day, people per window, node and day, and the people themselves. */
@Mapper
interface CounterMapper {

    // rows as mutable beans: MyBatis maps SUM() (a DECIMAL on MariaDB) onto a long property, not onto a record component

    @lombok.Data
    @lombok.NoArgsConstructor
    @lombok.AllArgsConstructor
    class Daily {
        private long nodeId;
        private String metric;
        private String qualifier;
        private LocalDate actDay;
        private long total;
    }

    @lombok.Data
    @lombok.NoArgsConstructor
    @lombok.AllArgsConstructor
    class PeopleDaily {
        private String windowCode;
        private String metric;
        private long nodeId;
        private LocalDate actDay;
        private long total;
    }

    @lombok.Data
    @lombok.NoArgsConstructor
    @lombok.AllArgsConstructor
    class Person {
        private long nodeId;
        private long workerId;
        private LocalDate firstDay;
    }

    @lombok.Data
    @lombok.NoArgsConstructor
    class Sum {
        private long nodeId;
        private String metric;
        private String qualifier;
        private long total;
    }

    @Insert("<script>INSERT INTO stat_daily (node_id, metric, qualifier, act_day, total) VALUES "
            + "<foreach collection='rows' item='r' separator=','>(#{r.nodeId}, #{r.metric}, #{r.qualifier}, #{r.actDay}, #{r.total})</foreach> "
            + "ON DUPLICATE KEY UPDATE total = total + VALUES(total)</script>")
    int addDaily(@Param("rows") Collection<Daily> rows);

    @Insert("<script>INSERT INTO stat_people_daily (window_code, metric, node_id, act_day, total) VALUES "
            + "<foreach collection='rows' item='r' separator=','>(#{r.windowCode}, #{r.metric}, #{r.nodeId}, #{r.actDay}, #{r.total})</foreach> "
            + "ON DUPLICATE KEY UPDATE total = total + VALUES(total)</script>")
    int addPeopleDaily(@Param("rows") Collection<PeopleDaily> rows);

    @Select("<script>SELECT node_id, worker_id, first_day FROM stat_person WHERE window_code = #{window} AND metric = #{metric} "
            + "AND worker_id IN <foreach collection='workers' item='w' open='(' separator=',' close=')'>#{w}</foreach></script>")
    List<Person> persons(@Param("window") String window, @Param("metric") String metric, @Param("workers") Collection<Long> workers);

    @Insert("<script>INSERT INTO stat_person (window_code, metric, node_id, worker_id, first_day) VALUES "
            + "<foreach collection='rows' item='r' separator=','>(#{window}, #{metric}, #{r.nodeId}, #{r.workerId}, #{r.firstDay})</foreach></script>")
    int addPersons(@Param("window") String window, @Param("metric") String metric, @Param("rows") Collection<Person> rows);

    /** Moves a person's first day earlier; 0 rows when someone else moved it meanwhile. */
    @Update("UPDATE stat_person SET first_day = #{day} WHERE window_code = #{window} AND metric = #{metric} "
            + "AND node_id = #{node} AND worker_id = #{worker} AND first_day = #{before}")
    int moveFirstDay(@Param("window") String window, @Param("metric") String metric, @Param("node") long node,
                     @Param("worker") long worker, @Param("before") LocalDate before, @Param("day") LocalDate day);

    /** Everyone a node's subtree counted among a window's people of a metric. */
    @Select("SELECT worker_id FROM stat_person WHERE window_code = #{window} AND metric = #{metric} AND node_id = #{node}")
    List<Long> personIds(@Param("window") String window, @Param("metric") String metric, @Param("node") long node);

    /** People of these nodes already counted on or before {@code asOf}, among {@code workers}. */
    @Select("<script>SELECT node_id, worker_id, first_day FROM stat_person WHERE window_code = #{window} AND metric = #{metric} "
            + "AND first_day &lt;= #{asOf} "
            + "AND node_id IN <foreach collection='nodes' item='n' open='(' separator=',' close=')'>#{n}</foreach> "
            + "AND worker_id IN <foreach collection='workers' item='w' open='(' separator=',' close=')'>#{w}</foreach></script>")
    List<Person> counted(@Param("window") String window, @Param("metric") String metric, @Param("nodes") Collection<Long> nodes,
                         @Param("workers") Collection<Long> workers, @Param("asOf") LocalDate asOf);

    @Select("<script>SELECT node_id, metric, qualifier, SUM(total) AS total FROM stat_daily "
            + "WHERE node_id IN <foreach collection='nodes' item='n' open='(' separator=',' close=')'>#{n}</foreach> "
            + "AND act_day BETWEEN #{from} AND #{to} GROUP BY node_id, metric, qualifier</script>")
    List<Sum> sums(@Param("nodes") Collection<Long> nodes, @Param("from") LocalDate from, @Param("to") LocalDate to);

    @Select("<script>SELECT node_id, metric, '' AS qualifier, SUM(total) AS total FROM stat_people_daily "
            + "WHERE window_code = #{window} AND node_id IN <foreach collection='nodes' item='n' open='(' separator=',' close=')'>#{n}</foreach> "
            + "AND act_day &lt;= #{to} GROUP BY node_id, metric</script>")
    List<Sum> peopleSums(@Param("window") String window, @Param("nodes") Collection<Long> nodes, @Param("to") LocalDate to);

    /** Acts per day and metric of one node, for the trend chart. */
    @Select("SELECT node_id, metric, '' AS qualifier, act_day, SUM(total) AS total FROM stat_daily "
            + "WHERE node_id = #{node} AND act_day BETWEEN #{from} AND #{to} GROUP BY node_id, metric, act_day")
    List<Daily> perDay(@Param("node") long node, @Param("from") LocalDate from, @Param("to") LocalDate to);

    @Select("SELECT state FROM stat_window WHERE window_code = #{window}")
    String windowState(@Param("window") String window);

    @lombok.Data
    class WindowRow {
        private String windowCode;
        private LocalDate startDay;
        private LocalDate endDay;
        private String state;
    }

    /** Every window any instance's forms have registered: the fold counts people for all of them. */
    @Select("SELECT window_code, start_day, end_day, state FROM stat_window")
    List<WindowRow> windows();

    @Insert("INSERT INTO stat_window (window_code, start_day, end_day, built_at, state) VALUES (#{window}, #{start}, #{end}, CURRENT_TIMESTAMP(3), 'BUILDING')")
    int addWindow(@Param("window") String window, @Param("start") LocalDate start, @Param("end") LocalDate end);

    @Update("UPDATE stat_window SET state = 'BUILT', built_at = CURRENT_TIMESTAMP(3) WHERE window_code = #{window}")
    int windowBuilt(@Param("window") String window);

    /** Folded acts of a window whose workers may be its people, oldest first, one page after {@code afterId}. */
    @Select("SELECT * FROM stat_fact WHERE folded = 1 AND worker_id IS NOT NULL AND quantity > 0 "
            + "AND occurred_on BETWEEN #{start} AND #{end} AND id > #{afterId} ORDER BY id LIMIT #{limit}")
    List<FactEntity> foldedActs(@Param("start") LocalDate start, @Param("end") LocalDate end, @Param("afterId") long afterId,
                                @Param("limit") int limit);

    @Delete("DELETE FROM stat_daily")
    int clearDaily();

    @Delete("DELETE FROM stat_people_daily")
    int clearPeopleDaily();

    @Delete("DELETE FROM stat_person")
    int clearPersons();

    @Delete("DELETE FROM stat_window")
    int clearWindows();
}
