package cn.safetymonth.hazard;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

import java.util.List;

@Mapper
interface HazardEventMapper extends BaseMapper<HazardEventEntity> {

    default List<HazardEventEntity> ofReport(long reportId) {
        return selectList(new LambdaQueryWrapper<HazardEventEntity>().eq(HazardEventEntity::getReportId, reportId)
                .orderByAsc(HazardEventEntity::getAt).orderByAsc(HazardEventEntity::getId));
    }
}
