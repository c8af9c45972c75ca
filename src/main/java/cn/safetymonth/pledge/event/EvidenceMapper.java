package cn.safetymonth.pledge.event;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

import java.util.List;

@Mapper
interface EvidenceMapper extends BaseMapper<EvidenceEntity> {

    default List<EvidenceEntity> ofEvent(long eventId) {
        return selectList(new LambdaQueryWrapper<EvidenceEntity>().eq(EvidenceEntity::getEventId, eventId).orderByAsc(EvidenceEntity::getSeq));
    }

    default int deleteOfEvent(long eventId) {
        return delete(new LambdaQueryWrapper<EvidenceEntity>().eq(EvidenceEntity::getEventId, eventId));
    }
}
