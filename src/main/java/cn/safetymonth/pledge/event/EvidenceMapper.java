package cn.safetymonth.pledge.event;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

import java.time.LocalDateTime;
import java.util.List;

@Mapper
interface EvidenceMapper extends BaseMapper<EvidenceEntity> {

    default List<EvidenceEntity> ofEvent(long eventId) {
        return selectList(new LambdaQueryWrapper<EvidenceEntity>().eq(EvidenceEntity::getEventId, eventId).orderByAsc(EvidenceEntity::getSeq));
    }

    default int deleteOfEvent(long eventId) {
        return delete(new LambdaQueryWrapper<EvidenceEntity>().eq(EvidenceEntity::getEventId, eventId));
    }

    default List<EvidenceEntity> uploadedBefore(LocalDateTime cutoff, int limit) {
        return selectList(new LambdaQueryWrapper<EvidenceEntity>().lt(EvidenceEntity::getCreatedAt, cutoff)
                .orderByAsc(EvidenceEntity::getId).last("LIMIT " + limit));
    }
}
