package cn.safetymonth.notice;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

import java.time.LocalDateTime;

@Mapper
interface MessageMapper extends BaseMapper<MessageEntity> {

    default IPage<MessageEntity> inbox(Page<MessageEntity> page, String audience, long recipientId, boolean unreadOnly) {
        return selectPage(page, new LambdaQueryWrapper<MessageEntity>()
                .eq(MessageEntity::getAudience, audience).eq(MessageEntity::getRecipientId, recipientId)
                .isNull(unreadOnly, MessageEntity::getReadAt)
                .orderByDesc(MessageEntity::getId));
    }

    default long unread(String audience, long recipientId) {
        return selectCount(new LambdaQueryWrapper<MessageEntity>()
                .eq(MessageEntity::getAudience, audience).eq(MessageEntity::getRecipientId, recipientId)
                .isNull(MessageEntity::getReadAt));
    }

    /** Marks the recipient's own message read; 0 rows when it is not theirs (or does not exist). */
    @Update("UPDATE notice_message SET read_at = COALESCE(read_at, #{at}), updated_at = #{at} "
            + "WHERE id = #{id} AND audience = #{audience} AND recipient_id = #{recipientId}")
    int markRead(@Param("id") long id, @Param("audience") String audience, @Param("recipientId") long recipientId,
                 @Param("at") LocalDateTime at);
}
