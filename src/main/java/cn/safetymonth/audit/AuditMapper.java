package cn.safetymonth.audit;

import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.time.LocalDateTime;
import java.util.Collection;

/**
 * The audit log's statements: append, read, and the retention's delete of lines past their period. Deliberately not a
 * MyBatis-Plus {@code BaseMapper}, which would bring update and delete by id: nothing in the service can change a line or
 * remove one that is still within its period.
 */
@Mapper
interface AuditMapper {

    @Insert("INSERT INTO audit_log (at, kind, actor_account_id, actor_username, actor_union_id, actor_union_path, subject_type, "
            + "subject_id, detail, client_address) VALUES (#{at}, #{kind}, #{actorAccountId}, #{actorUsername}, #{actorUnionId}, "
            + "#{actorUnionPath}, #{subjectType}, #{subjectId}, #{detail}, #{clientAddress})")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    int append(AuditEntryEntity entry);

    /**
     * Newest first. {@code unionId}: lines by staff of that node or any node below it (its id is a segment of their
     * materialized path "/1/7/42/").
     */
    @Select("<script>SELECT * FROM audit_log WHERE 1 = 1"
            + "<if test='from != null'> AND at &gt;= #{from}</if>"
            + "<if test='to != null'> AND at &lt; #{to}</if>"
            + "<if test='kind != null'> AND kind = #{kind}</if>"
            + "<if test='unionId != null'> AND actor_union_path LIKE CONCAT('%/', #{unionId}, '/%')</if>"
            + " ORDER BY id DESC</script>")
    IPage<AuditEntryEntity> page(Page<AuditEntryEntity> page, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to,
                                 @Param("kind") String kind, @Param("unionId") Long unionId);

    /** Retention: up to {@code limit} lines older than {@code before}, of the {@code kinds} given or ({@code among} false) of all others. */
    @Delete("<script>DELETE FROM audit_log WHERE at &lt; #{before} AND kind <if test='!among'>NOT</if> IN "
            + "<foreach collection='kinds' item='k' open='(' separator=',' close=')'>#{k}</foreach> LIMIT #{limit}</script>")
    int expire(@Param("kinds") Collection<String> kinds, @Param("among") boolean among, @Param("before") LocalDateTime before,
               @Param("limit") int limit);
}
