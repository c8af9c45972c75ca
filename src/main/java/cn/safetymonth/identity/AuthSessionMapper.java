package cn.safetymonth.identity;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * Table {@code auth_session}. Expiry is decided by the database's clock, on insert and on every check, as the Redis
 * TTL did before: instances whose clocks drift apart still agree on when a session ends.
 */
@Mapper
interface AuthSessionMapper extends BaseMapper<AuthSessionEntity> {

    @Insert("INSERT INTO auth_session (token_hash, owner_kind, owner_id, created_at, expires_at) VALUES (#{hash}, #{kind}, "
            + "#{owner}, CURRENT_TIMESTAMP(3), TIMESTAMPADD(SECOND, #{ttlSeconds}, CURRENT_TIMESTAMP(3)))")
    void open(@Param("hash") String hash, @Param("kind") AuthSessionEntity.Kind kind, @Param("owner") long owner,
              @Param("ttlSeconds") long ttlSeconds);

    /** The owner of an unexpired session of this kind, or null. */
    @Select("SELECT owner_id FROM auth_session WHERE token_hash = #{hash} AND owner_kind = #{kind} "
            + "AND expires_at > CURRENT_TIMESTAMP(3)")
    Long ownerOf(@Param("hash") String hash, @Param("kind") AuthSessionEntity.Kind kind);

    default void close(String hash, AuthSessionEntity.Kind kind) {
        delete(new LambdaQueryWrapper<AuthSessionEntity>().eq(AuthSessionEntity::getTokenHash, hash)
                .eq(AuthSessionEntity::getOwnerKind, kind));
    }

    default void closeAll(AuthSessionEntity.Kind kind, long owner) {
        delete(new LambdaQueryWrapper<AuthSessionEntity>().eq(AuthSessionEntity::getOwnerKind, kind)
                .eq(AuthSessionEntity::getOwnerId, owner));
    }

    /** Deletes up to {@code batch} expired sessions; returns how many. */
    @Delete("DELETE FROM auth_session WHERE expires_at <= CURRENT_TIMESTAMP(3) LIMIT #{batch}")
    int purgeExpired(@Param("batch") int batch);
}
