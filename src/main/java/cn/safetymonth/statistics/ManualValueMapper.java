package cn.safetymonth.statistics;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.util.Collection;
import java.util.List;

@Mapper
interface ManualValueMapper extends BaseMapper<ManualValueEntity> {

    default List<ManualValueEntity> own(String formCode, String periodKey, Collection<Long> unionIds) {
        return unionIds.isEmpty() ? List.of() : selectList(new LambdaQueryWrapper<ManualValueEntity>()
                .eq(ManualValueEntity::getFormCode, formCode).eq(ManualValueEntity::getPeriodKey, periodKey)
                .in(ManualValueEntity::getUnionId, unionIds));
    }

    @Select("SELECT * FROM stat_manual_value WHERE form_code = #{form} AND period_key = #{period} AND union_id = #{union} "
            + "AND blank_id = #{blank} FOR UPDATE")
    ManualValueEntity lock(@Param("form") String form, @Param("period") String period, @Param("union") long union,
                           @Param("blank") String blank);

    /** Adds a change of one node's entry to the subtree sums of the node and every node above it (root first). */
    @Insert("<script>INSERT INTO stat_manual_rollup (form_code, period_key, node_id, blank_id, total) VALUES "
            + "<foreach collection='nodes' item='n' separator=','>(#{form}, #{period}, #{n}, #{blank}, #{delta})</foreach> "
            + "ON DUPLICATE KEY UPDATE total = total + VALUES(total)</script>")
    int addToRollup(@Param("form") String form, @Param("period") String period, @Param("nodes") Collection<Long> nodes,
                    @Param("blank") String blank, @Param("delta") long delta);

    @lombok.Data
    class Rollup {
        private long nodeId;
        private String blankId;
        private long total;
    }

    @Select("<script>SELECT node_id, blank_id, total FROM stat_manual_rollup WHERE form_code = #{form} AND period_key = #{period} "
            + "AND node_id IN <foreach collection='nodes' item='n' open='(' separator=',' close=')'>#{n}</foreach></script>")
    List<Rollup> rollups(@Param("form") String form, @Param("period") String period, @Param("nodes") Collection<Long> nodes);
}
