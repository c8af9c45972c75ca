package cn.safetymonth.statistics;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface FormTemplateMapper extends BaseMapper<FormTemplateEntity> {

    /** Removes an installed form unless some union has handed it in: one statement, so a withdrawal and a check agree. */
    @Delete("DELETE FROM stat_form_template WHERE code = #{code} "
            + "AND NOT EXISTS (SELECT 1 FROM stat_submission s WHERE s.form_code = #{code})")
    int deleteUnsubmitted(@Param("code") String code);
}
