package cn.safetymonth.identity;

import cn.safetymonth.common.auth.AdminRole;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

import java.util.List;

@Mapper
interface AdminAccountMapper extends BaseMapper<AdminAccountEntity> {

    /** By the one spelling ({@link Usernames}); the column compares binary (utf8mb4_bin), not by the table's collation. */
    default AdminAccountEntity findByUsername(String username) {
        return selectOne(new LambdaQueryWrapper<AdminAccountEntity>().eq(AdminAccountEntity::getUsername, username));
    }

    /** Binds (or with null unbinds) the account holder's WeChat; not a versioned update: nothing else changes. */
    @org.apache.ibatis.annotations.Update("<script>UPDATE admin_account SET worker_id = #{workerId} WHERE id = #{id}"
            + "<if test='workerId != null'> AND enabled = TRUE</if></script>")
    int bindWorker(@org.apache.ibatis.annotations.Param("id") long id, @org.apache.ibatis.annotations.Param("workerId") Long workerId);

    default List<Long> boundWorkersAt(long unionId) {
        return selectList(new LambdaQueryWrapper<AdminAccountEntity>().eq(AdminAccountEntity::getUnionId, unionId)
                .eq(AdminAccountEntity::getEnabled, true).isNotNull(AdminAccountEntity::getWorkerId))
                .stream().map(AdminAccountEntity::getWorkerId).distinct().toList();
    }

    default boolean anyWithRole(AdminRole role) {
        return exists(new LambdaQueryWrapper<AdminAccountEntity>().eq(AdminAccountEntity::getRole, role));
    }

    /** A closed worker's WeChat no longer receives a staff account's reminders or login codes. */
    @org.apache.ibatis.annotations.Update("UPDATE admin_account SET worker_id = NULL WHERE worker_id = #{workerId}")
    int unbindWorker(@org.apache.ibatis.annotations.Param("workerId") long workerId);
}
