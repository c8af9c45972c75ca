package cn.safetymonth.hazard;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

import java.util.List;

/** The ledger is append-only: this mapper is used to insert and read, never to update or delete. */
@Mapper
interface HazardRewardMapper extends BaseMapper<HazardRewardEntity> {

    default List<HazardRewardEntity> ofWorker(long workerId) {
        return selectList(new LambdaQueryWrapper<HazardRewardEntity>().eq(HazardRewardEntity::getWorkerId, workerId)
                .orderByDesc(HazardRewardEntity::getCreatedAt).orderByDesc(HazardRewardEntity::getId));
    }

    default List<HazardRewardEntity> ofReport(long reportId) {
        return selectList(new LambdaQueryWrapper<HazardRewardEntity>().eq(HazardRewardEntity::getReportId, reportId));
    }
}
