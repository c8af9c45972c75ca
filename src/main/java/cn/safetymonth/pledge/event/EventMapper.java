package cn.safetymonth.pledge.event;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface EventMapper extends BaseMapper<EventEntity> {

    @org.apache.ibatis.annotations.Update("UPDATE pledge_event SET sign_in_mode = #{mode}, code_secret = #{secret} WHERE id = #{id}")
    int setSignInMode(@org.apache.ibatis.annotations.Param("id") long id, @org.apache.ibatis.annotations.Param("mode") String mode,
                      @org.apache.ibatis.annotations.Param("secret") String secret);

    default EventEntity byScene(String scene) {
        return selectOne(new LambdaQueryWrapper<EventEntity>().eq(EventEntity::getScene, scene));
    }

    /** Holds the event for the rest of the transaction: two recordings of one event happen one after the other. */
    @Select("SELECT * FROM pledge_event WHERE id = #{id} FOR UPDATE")
    EventEntity lock(@Param("id") long id);

    /** Events organised by a node of the subtree under {@code pathPrefix}, newest first. */
    default Page<EventEntity> under(Page<EventEntity> page, String pathPrefix) {
        return selectPage(page, new LambdaQueryWrapper<EventEntity>().likeRight(EventEntity::getUnionPath, pathPrefix)
                .orderByDesc(EventEntity::getStartsAt).orderByDesc(EventEntity::getId));
    }
}
