package cn.safetymonth.org;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

@Mapper
interface MembershipMapper extends BaseMapper<MembershipEntity> {

    default MembershipEntity current(long workerId) {
        return selectOne(new LambdaQueryWrapper<MembershipEntity>()
                .eq(MembershipEntity::getWorkerId, workerId)
                .eq(MembershipEntity::getActive, 1));
    }

    default List<MembershipEntity> history(long workerId) {
        return selectList(new LambdaQueryWrapper<MembershipEntity>()
                .eq(MembershipEntity::getWorkerId, workerId)
                .orderByDesc(MembershipEntity::getJoinedAt)
                .orderByDesc(MembershipEntity::getId));
    }

    /** Closes the current membership; 0 rows means someone else changed it first. */
    @Update("UPDATE org_membership SET active = NULL, left_at = #{at}, updated_at = #{at}, updated_by = #{actor} "
            + "WHERE id = #{id} AND active = 1")
    int close(@Param("id") long id, @Param("at") LocalDateTime at, @Param("actor") String actor);

    /** Current members of the nodes whose path starts with {@code pathPrefix} (one node, or a subtree). */
    @Select("SELECT m.* FROM org_membership m JOIN org_union u ON u.id = m.union_id "
            + "WHERE m.active = 1 AND u.path LIKE CONCAT(#{pathPrefix}, '%') ORDER BY m.joined_at DESC, m.id DESC")
    Page<MembershipEntity> currentMembersUnder(Page<MembershipEntity> page, @Param("pathPrefix") String pathPrefix);

    @Select("SELECT COUNT(*) FROM org_membership m JOIN org_union u ON u.id = m.union_id "
            + "WHERE m.active = 1 AND u.path LIKE CONCAT(#{pathPrefix}, '%')")
    long countCurrentMembersUnder(@Param("pathPrefix") String pathPrefix);

    @Select("<script>SELECT COUNT(*) FROM org_membership m JOIN org_union u ON u.id = m.union_id "
            + "WHERE m.active = 1 AND u.path LIKE CONCAT(#{pathPrefix}, '%') "
            + "AND m.worker_id IN <foreach collection='workers' item='w' open='(' separator=',' close=')'>#{w}</foreach></script>")
    long countCurrentMembersUnderAmong(@Param("pathPrefix") String pathPrefix, @Param("workers") Collection<Long> workers);

    default Page<MembershipEntity> currentMembersOf(Page<MembershipEntity> page, long unionId) {
        return selectPage(page, new LambdaQueryWrapper<MembershipEntity>()
                .eq(MembershipEntity::getUnionId, unionId)
                .eq(MembershipEntity::getActive, 1)
                .orderByDesc(MembershipEntity::getJoinedAt)
                .orderByDesc(MembershipEntity::getId));
    }
}
