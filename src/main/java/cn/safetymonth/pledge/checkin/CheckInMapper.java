package cn.safetymonth.pledge.checkin;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

import java.time.LocalDate;
import java.util.List;

@Mapper
interface CheckInMapper extends BaseMapper<CheckInEntity> {

    default boolean exists(long workerId, String campaignCode, String themeCode, LocalDate day) {
        return selectCount(new LambdaQueryWrapper<CheckInEntity>().eq(CheckInEntity::getWorkerId, workerId)
                .eq(CheckInEntity::getCampaignCode, campaignCode).eq(CheckInEntity::getThemeCode, themeCode)
                .eq(CheckInEntity::getCheckDay, day)) > 0;
    }

    default List<CheckInEntity> ofWorker(long workerId) {
        return selectList(new LambdaQueryWrapper<CheckInEntity>().eq(CheckInEntity::getWorkerId, workerId)
                .orderByDesc(CheckInEntity::getCheckedInAt));
    }
}
