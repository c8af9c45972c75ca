package cn.safetymonth.pledge.signing;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

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
}
