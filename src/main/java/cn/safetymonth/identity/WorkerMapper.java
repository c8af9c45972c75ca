package cn.safetymonth.identity;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

import java.util.Collection;
import java.util.List;

@Mapper
interface WorkerMapper extends BaseMapper<WorkerEntity> {

    default WorkerEntity findByOpenid(String openid) {
        return selectOne(new LambdaQueryWrapper<WorkerEntity>().eq(WorkerEntity::getOpenid, openid));
    }

    default List<WorkerEntity> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : selectByIds(ids);
    }
}
