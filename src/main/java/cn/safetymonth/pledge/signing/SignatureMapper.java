package cn.safetymonth.pledge.signing;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

@Mapper
interface SignatureMapper extends BaseMapper<SignatureEntity> {

    default SignatureEntity find(long workerId, String templateCode, String campaignCode) {
        return selectOne(new LambdaQueryWrapper<SignatureEntity>().eq(SignatureEntity::getWorkerId, workerId)
                .eq(SignatureEntity::getTemplateCode, templateCode).eq(SignatureEntity::getCampaignCode, campaignCode));
    }

    default List<SignatureEntity> ofWorker(long workerId) {
        return selectList(new LambdaQueryWrapper<SignatureEntity>().eq(SignatureEntity::getWorkerId, workerId)
                .orderByDesc(SignatureEntity::getSignedAt));
    }

    /** Signatures whose image is still stored, signed before {@code cutoff}, oldest first. */
    default List<SignatureEntity> withImageSignedBefore(LocalDateTime cutoff, int limit) {
        return selectList(new LambdaQueryWrapper<SignatureEntity>().isNull(SignatureEntity::getImageErasedAt)
                .lt(SignatureEntity::getSignedAt, cutoff).orderByAsc(SignatureEntity::getId).last("LIMIT " + limit));
    }

    default int markImagesErased(Collection<Long> ids, LocalDateTime at) {
        return update(null, new LambdaUpdateWrapper<SignatureEntity>().set(SignatureEntity::getImageErasedAt, at)
                .set(SignatureEntity::getUpdatedAt, at)
                .in(SignatureEntity::getId, ids).isNull(SignatureEntity::getImageErasedAt));
    }
}
