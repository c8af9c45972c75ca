package cn.safetymonth.identity;

import cn.safetymonth.common.auth.AdminRole;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface AdminAccountMapper extends BaseMapper<AdminAccountEntity> {

    default AdminAccountEntity findByUsername(String username) {
        return selectOne(new LambdaQueryWrapper<AdminAccountEntity>().eq(AdminAccountEntity::getUsername, username));
    }

    default boolean anyWithRole(AdminRole role) {
        return exists(new LambdaQueryWrapper<AdminAccountEntity>().eq(AdminAccountEntity::getRole, role));
    }
}
