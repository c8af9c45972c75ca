package cn.safetymonth.statistics;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

@Mapper
interface FactMapper extends BaseMapper<FactEntity> {

    /**
     * The next facts to fold. A plain read, not a locking one: a locking read would also lock the gap after the last
     * fact and make every act's insert wait for the fold. {@link #markFolded} decides who folded them.
     */
    @Select("SELECT * FROM stat_fact WHERE folded = 0 ORDER BY id LIMIT #{limit}")
    List<FactEntity> nextUnfolded(@Param("limit") int limit);

    /** Facts of a subtree not folded yet, on days in [from, to]: read with the counters for an exact table. */
    @Select("SELECT * FROM stat_fact WHERE folded = 0 AND union_path LIKE CONCAT(#{prefix}, '%') AND occurred_on BETWEEN #{from} AND #{to}")
    List<FactEntity> pending(@Param("prefix") String prefix, @Param("from") LocalDate from, @Param("to") LocalDate to);

    /** Marks facts folded; fewer rows than ids means another folder got there first (its transaction must roll back). */
    @Update("<script>UPDATE stat_fact SET folded = 1 WHERE folded = 0 AND id IN "
            + "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach></script>")
    int markFolded(@Param("ids") Collection<Long> ids);

    /** What a source still counts under a metric: the sum of its facts (an undone act nets to zero). */
    @Select("SELECT * FROM stat_fact WHERE source_type = #{type} AND source_id = #{id} AND metric = #{metric} ORDER BY id")
    List<FactEntity> ofSource(@Param("type") String sourceType, @Param("id") long sourceId, @Param("metric") String metric);

    /**
     * The acts behind a cell, one row each: exactly its terms (each a metric with its qualifier, null: any), every
     * source's facts added up (a head count recorded as 25 then 30 is one act of 30; a returned work, +1 −1, none),
     * dated by the act's own day.
     */
    default IPage<FactEntity> drill(Page<FactEntity> page, List<Form.Term> terms, String pathPrefix, LocalDate from, LocalDate to) {
        return selectPage(page, new QueryWrapper<FactEntity>()
                .select("source_type", "source_id", "metric", "qualifier", "MAX(worker_id) AS worker_id", "MAX(union_id) AS union_id",
                        "MIN(occurred_at) AS occurred_at", "MIN(occurred_on) AS occurred_on", "SUM(quantity) AS quantity")
                .and(any -> terms.forEach(t -> any.or(one -> one.eq("metric", t.metric().code())
                        .eq(t.qualifier() != null, "qualifier", t.qualifier()))))
                .likeRight("union_path", pathPrefix)
                .between("occurred_on", from, to)
                .groupBy("source_type", "source_id", "metric", "qualifier")
                .having("SUM(quantity) <> 0")
                .orderByDesc("occurred_on").orderByDesc("source_id"));
    }

    /** Truncates nothing: every fact goes back to unfolded, for a rebuild of the counters. */
    @Update("UPDATE stat_fact SET folded = 0 WHERE folded = 1")
    int unfoldAll();
}
