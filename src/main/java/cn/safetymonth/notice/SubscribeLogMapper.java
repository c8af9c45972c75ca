package cn.safetymonth.notice;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface SubscribeLogMapper extends BaseMapper<SubscribeLogEntity> {
}
