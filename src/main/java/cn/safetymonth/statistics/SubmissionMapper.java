package cn.safetymonth.statistics;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.util.Collection;
import java.util.List;

@Mapper
interface SubmissionMapper extends BaseMapper<SubmissionEntity> {

    @Select("SELECT COALESCE(MAX(version), 0) FROM stat_submission WHERE form_code = #{form} AND period_key = #{period} AND union_id = #{union}")
    int lastVersion(@Param("form") String form, @Param("period") String period, @Param("union") long union);

    /** Every version handed in, newest first, without the snapshots (they are large). */
    default List<SubmissionEntity> history(String form, String period, Collection<Long> unionIds) {
        return unionIds.isEmpty() ? List.of() : selectList(new LambdaQueryWrapper<SubmissionEntity>()
                .select(SubmissionEntity.class, c -> !"snapshot_json".equals(c.getColumn()))
                .eq(SubmissionEntity::getFormCode, form).eq(SubmissionEntity::getPeriodKey, period)
                .in(SubmissionEntity::getUnionId, unionIds)
                .orderByDesc(SubmissionEntity::getVersion));
    }
}
