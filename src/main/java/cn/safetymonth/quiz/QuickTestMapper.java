package cn.safetymonth.quiz;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

import java.time.LocalDate;

@Mapper
interface QuickTestMapper extends BaseMapper<QuickTestEntity> {

    /**
     * Gives a finished test counted slot {@code slot} of its day. The unique key (worker, day, slot) lets one test
     * take a slot, so two tests finishing at once on two instances can't both be the third of the day.
     */
    @Update("UPDATE quiz_quick_test SET finished_on = #{day}, counted_slot = #{slot} WHERE id = #{id}")
    int takeSlot(@Param("id") long id, @Param("day") LocalDate day, @Param("slot") int slot);

    @Update("UPDATE quiz_quick_test SET finished_on = #{day} WHERE id = #{id}")
    int finishedOn(@Param("id") long id, @Param("day") LocalDate day);
}
