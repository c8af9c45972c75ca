package cn.safetymonth.org;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Update;

import java.util.List;

@Mapper
interface UnionMapper extends BaseMapper<UnionEntity> {

    default UnionEntity findByCode(String code) {
        return selectOne(new LambdaQueryWrapper<UnionEntity>().eq(UnionEntity::getCode, code));
    }

    default UnionEntity findByJoinCode(String joinCode) {
        return selectOne(new LambdaQueryWrapper<UnionEntity>().eq(UnionEntity::getJoinCode, joinCode));
    }

    default List<UnionEntity> children(Long parentId) {
        return selectList(new LambdaQueryWrapper<UnionEntity>()
                .isNull(parentId == null, UnionEntity::getParentId)
                .eq(parentId != null, UnionEntity::getParentId, parentId)
                .orderByAsc(UnionEntity::getCode));
    }

    default boolean siblingNamed(Long parentId, String name) {
        return exists(new LambdaQueryWrapper<UnionEntity>()
                .isNull(parentId == null, UnionEntity::getParentId)
                .eq(parentId != null, UnionEntity::getParentId, parentId)
                .eq(UnionEntity::getName, name));
    }

    default List<UnionEntity> all() {
        return selectList(new LambdaQueryWrapper<UnionEntity>().orderByAsc(UnionEntity::getPath));
    }

    /** Count of direct children per node is cheap enough per page; the tree is thousands of nodes, not millions. */
    default long countChildren(long parentId) {
        return selectCount(new LambdaQueryWrapper<UnionEntity>().eq(UnionEntity::getParentId, parentId));
    }

    @Update("UPDATE org_union SET path = #{path} WHERE id = #{id}")
    int setPath(long id, String path);
}
