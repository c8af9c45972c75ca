package cn.safetymonth.identity;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

import java.util.List;

/** Append-only: no update or delete is ever issued through it. */
@Mapper
interface WorkerConsentMapper extends BaseMapper<WorkerConsentEntity> {

    default WorkerConsentEntity find(long workerId, String version) {
        return selectOne(new LambdaQueryWrapper<WorkerConsentEntity>()
                .eq(WorkerConsentEntity::getWorkerId, workerId).eq(WorkerConsentEntity::getNoticeVersion, version));
    }

    default List<WorkerConsentEntity> history(long workerId) {
        return selectList(new LambdaQueryWrapper<WorkerConsentEntity>()
                .eq(WorkerConsentEntity::getWorkerId, workerId).orderByAsc(WorkerConsentEntity::getId));
    }
}
