package cn.safetymonth.statistics;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface FormTemplateMapper extends BaseMapper<FormTemplateEntity> {

    /** Removes an installed form unless some union has handed it in: one statement, so a withdrawal and a check agree. */
    @Delete("DELETE FROM stat_form_template WHERE code = #{code} "
            + "AND NOT EXISTS (SELECT 1 FROM stat_submission s WHERE s.form_code = #{code})")
    int deleteUnsubmitted(@Param("code") String code);

    /** Holds an installed form in place while a submission of it is written: a withdrawal waits, then finds it handed in. */
    @Select("SELECT id FROM stat_form_template WHERE code = #{code} FOR UPDATE")
    Long lock(@Param("code") String code);

    @Delete("DELETE FROM stat_manual_value WHERE form_code = #{code}")
    int deleteManualValues(@Param("code") String code);

    @Delete("DELETE FROM stat_manual_rollup WHERE form_code = #{code}")
    int deleteManualRollups(@Param("code") String code);

    @Delete("DELETE FROM stat_reminder WHERE form_code = #{code}")
    int deleteReminders(@Param("code") String code);
}
