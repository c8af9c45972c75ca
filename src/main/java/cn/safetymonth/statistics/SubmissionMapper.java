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

    // a row, not byte[]: MyBatis reads an array return type as one element per row
    @Select("SELECT id, export_xlsx FROM stat_submission WHERE id = #{id}")
    SubmissionEntity exportOf(@Param("id") long id);

    default byte[] exported(long id) {
        SubmissionEntity row = exportOf(id);
        return row == null ? null : row.getExportXlsx();
    }

    /** Keeps the file of a version handed in before files were kept, once: later exports return the same bytes. */
    @org.apache.ibatis.annotations.Update("UPDATE stat_submission SET export_xlsx = #{xlsx} WHERE id = #{id} AND export_xlsx IS NULL")
    int keepExport(@Param("id") long id, @Param("xlsx") byte[] xlsx);

    /** Every version handed in, newest first, without the snapshots (they are large). */
    default List<SubmissionEntity> history(String form, String period, Collection<Long> unionIds) {
        return unionIds.isEmpty() ? List.of() : selectList(new LambdaQueryWrapper<SubmissionEntity>()
                .select(SubmissionEntity.class, c -> !"snapshot_json".equals(c.getColumn()) && !"export_xlsx".equals(c.getColumn()))
                .eq(SubmissionEntity::getFormCode, form).eq(SubmissionEntity::getPeriodKey, period)
                .in(SubmissionEntity::getUnionId, unionIds)
                .orderByDesc(SubmissionEntity::getVersion));
    }
}
