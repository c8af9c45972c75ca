package cn.safetymonth.statistics;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
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

    /** The next facts to fold, locked so that two folders never count one fact twice. */
    @Select("SELECT * FROM stat_fact WHERE folded = 0 ORDER BY id LIMIT #{limit} FOR UPDATE")
    List<FactEntity> lockUnfolded(@Param("limit") int limit);

    /** Facts not folded yet: few (the fold runs every few seconds), and read with the counters for an exact table. */
    @Select("SELECT * FROM stat_fact WHERE folded = 0")
    List<FactEntity> unfolded();

    @Update("<script>UPDATE stat_fact SET folded = 1 WHERE id IN "
            + "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach></script>")
    int markFolded(@Param("ids") Collection<Long> ids);

    /** What a source still counts under a metric: the sum of its facts (an undone act nets to zero). */
    @Select("SELECT * FROM stat_fact WHERE source_type = #{type} AND source_id = #{id} AND metric = #{metric} ORDER BY id")
    List<FactEntity> ofSource(@Param("type") String sourceType, @Param("id") long sourceId, @Param("metric") String metric);

    default IPage<FactEntity> drill(Page<FactEntity> page, Collection<String> metrics, String qualifierOrNull,
                                    String pathPrefix, LocalDate from, LocalDate to) {
        return selectPage(page, new LambdaQueryWrapper<FactEntity>()
                .in(FactEntity::getMetric, metrics)
                .eq(qualifierOrNull != null, FactEntity::getQualifier, qualifierOrNull)
                .likeRight(FactEntity::getUnionPath, pathPrefix)
                .between(FactEntity::getOccurredOn, from, to)
                .orderByDesc(FactEntity::getOccurredAt).orderByDesc(FactEntity::getId));
    }

    /** Truncates nothing: every fact goes back to unfolded, for a rebuild of the counters. */
    @Update("UPDATE stat_fact SET folded = 0 WHERE folded = 1")
    int unfoldAll();
}
