package cn.safetymonth.hazard;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

@Mapper
interface HazardReportMapper extends BaseMapper<HazardReportEntity> {

    String ALL = "/";

    @Select("SELECT * FROM hazard_report WHERE reporter_id = #{reporterId} AND idempotency_key = #{key}")
    HazardReportEntity byIdempotencyKey(@Param("reporterId") long reporterId, @Param("key") String key);

    /**
     * Moves a report from {@code from} to {@code to} only if it is still in {@code from}: of two reviewers
     * acting at once, one updates a row and the other updates none. {@code extra} sets the action's columns.
     */
    default int move(long id, HazardState from, HazardState to, LocalDateTime at, String actor,
                     Consumer<LambdaUpdateWrapper<HazardReportEntity>> extra) {
        LambdaUpdateWrapper<HazardReportEntity> w = new LambdaUpdateWrapper<HazardReportEntity>()
                .set(HazardReportEntity::getState, to).set(HazardReportEntity::getStateChangedAt, at)
                .set(HazardReportEntity::getUpdatedAt, at).set(HazardReportEntity::getUpdatedBy, actor)
                .eq(HazardReportEntity::getId, id).eq(HazardReportEntity::getState, from);
        extra.accept(w);
        return update(null, w);
    }

    /** Reports whose reporter's union lies under {@code path}; the platform ("/") also sees 社会公众's. */
    static void inScope(LambdaQueryWrapper<HazardReportEntity> w, String path) {
        if (!ALL.equals(path)) {
            w.likeRight(HazardReportEntity::getUnionPath, path);
        }
    }

    /** Leaves out the reports of the caller's own node: a union does not review its own workplace. */
    static void notOfOwnUnion(LambdaQueryWrapper<HazardReportEntity> w, String ownPath) {
        if (!ALL.equals(ownPath)) {
            w.ne(HazardReportEntity::getUnionPath, ownPath);
        }
    }

    default Page<HazardReportEntity> ofReporter(Page<HazardReportEntity> page, long reporterId) {
        return selectPage(page, new LambdaQueryWrapper<HazardReportEntity>().eq(HazardReportEntity::getReporterId, reporterId)
                .orderByDesc(HazardReportEntity::getSubmittedAt).orderByDesc(HazardReportEntity::getId));
    }

    default Page<HazardReportEntity> page(Page<HazardReportEntity> page, Consumer<LambdaQueryWrapper<HazardReportEntity>> filter) {
        LambdaQueryWrapper<HazardReportEntity> w = new LambdaQueryWrapper<>();
        filter.accept(w);
        return selectPage(page, w.orderByDesc(HazardReportEntity::getSubmittedAt).orderByDesc(HazardReportEntity::getId));
    }

    /**
     * The map's points, in the box by their real point, or for workers ({@code publicPoints}) by the point they are shown:
     * an index on each pair narrows the box; only the columns a marker needs are read.
     */
    default List<HazardReportEntity> inBox(boolean publicPoints, double minLat, double minLng, double maxLat, double maxLng, int limit,
                                          Consumer<LambdaQueryWrapper<HazardReportEntity>> filter) {
        LambdaQueryWrapper<HazardReportEntity> w = new LambdaQueryWrapper<HazardReportEntity>()
                .select(HazardReportEntity::getId, HazardReportEntity::getLat, HazardReportEntity::getLng,
                        HazardReportEntity::getPublicLat, HazardReportEntity::getPublicLng,
                        HazardReportEntity::getCategory, HazardReportEntity::getState, HazardReportEntity::getHazardLevel,
                        HazardReportEntity::getSubmittedAt, HazardReportEntity::getOverdue, HazardReportEntity::getDeadline,
                        HazardReportEntity::getUnionPath, HazardReportEntity::getAssigneeUnionPath);
        if (publicPoints) {
            w.between(HazardReportEntity::getPublicLat, minLat, maxLat).between(HazardReportEntity::getPublicLng, minLng, maxLng);
        } else {
            w.between(HazardReportEntity::getLat, minLat, maxLat).between(HazardReportEntity::getLng, minLng, maxLng);
        }
        filter.accept(w);
        return selectList(w.last("LIMIT " + limit));
    }

    /** Reports submitted since {@code since}, after {@code afterId} in id order: what the duplicate index should hold. */
    default List<HazardReportEntity> pointsSince(LocalDateTime since, long afterId, int limit) {
        return selectList(new LambdaQueryWrapper<HazardReportEntity>()
                .select(HazardReportEntity::getId, HazardReportEntity::getCategory, HazardReportEntity::getLat, HazardReportEntity::getLng,
                        HazardReportEntity::getSubmittedAt)
                .ge(HazardReportEntity::getSubmittedAt, since).gt(HazardReportEntity::getId, afterId)
                .orderByAsc(HazardReportEntity::getId).last("LIMIT " + limit));
    }

    default List<HazardReportEntity> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : selectByIds(ids);
    }

    /** Rectifications whose deadline passed before {@code today} and that were not yet escalated for that deadline. */
    @Select("SELECT r.* FROM hazard_report r WHERE r.state = 'RECTIFYING' AND r.deadline < #{today} AND NOT EXISTS "
            + "(SELECT 1 FROM hazard_escalation e WHERE e.report_id = r.id AND e.deadline = r.deadline) ORDER BY r.id LIMIT #{limit}")
    List<HazardReportEntity> overdueNotEscalated(@Param("today") LocalDate today, @Param("limit") int limit);

    @Insert("INSERT INTO hazard_escalation (report_id, deadline, parent_union_id, created_at, updated_at, created_by, updated_by) "
            + "VALUES (#{reportId}, #{deadline}, #{parentUnionId}, #{at}, #{at}, 'job', 'job')")
    int insertEscalation(@Param("reportId") long reportId, @Param("deadline") LocalDate deadline,
                         @Param("parentUnionId") Long parentUnionId, @Param("at") LocalDateTime at);

    @Insert("INSERT INTO hazard_seen_too (report_id, worker_id, created_at, updated_at, created_by, updated_by) "
            + "VALUES (#{reportId}, #{workerId}, #{at}, #{at}, #{actor}, #{actor})")
    int insertSeenToo(@Param("reportId") long reportId, @Param("workerId") long workerId, @Param("at") LocalDateTime at,
                      @Param("actor") String actor);

    @Select("SELECT COUNT(*) FROM hazard_seen_too WHERE report_id = #{reportId}")
    int seenTooCount(@Param("reportId") long reportId);

    /** The reports linked to this one as duplicates, with what deciding who may open them needs. */
    @Select("SELECT id, union_path, assignee_union_path FROM hazard_report WHERE duplicate_of = #{reportId}")
    List<HazardReportEntity> duplicatesOf(@Param("reportId") long reportId);

    /** A report nobody works on any more: 已办结 or 不予采纳 (a reopen or a reconsidered rejection makes it open again). */
    String FINISHED = "state IN ('CLOSED', 'REJECTED')";
    String FINISHED_BEFORE = FINISHED + " AND state_changed_at < #{cutoff}";

    /**
     * What coarsening a report's place means, for 注销 and for retention alike: it keeps only the point workers were shown
     * (moved 100–150 m at submission, GCJ-02) in place of the exact one, and loses accuracy, address and place name.
     */
    String COARSEN = "UPDATE hazard_report SET raw_lat = public_lat, raw_lng = public_lng, coord_system = 'GCJ02', "
            + "lat = public_lat, lng = public_lng, accuracy_m = NULL, address = NULL, place_name = NULL, updated_at = #{at} "
            + "WHERE (raw_lat <> public_lat OR raw_lng <> public_lng OR lat <> public_lat OR lng <> public_lng "
            + "OR accuracy_m IS NOT NULL OR address IS NOT NULL OR place_name IS NOT NULL) AND ";

    /** 注销: the reporter's finished reports are coarsened. Open ones keep their place: the unit still has to find the hazard. */
    @Update(COARSEN + FINISHED + " AND reporter_id = #{reporterId}")
    int coarsenFinishedOf(@Param("reporterId") long reporterId, @Param("at") LocalDateTime at);

    /** Retention: reports finished before {@code cutoff} are coarsened, at most {@code limit} of them. */
    @Update(COARSEN + FINISHED_BEFORE + " LIMIT #{limit}")
    int coarsenFinishedBefore(@Param("cutoff") LocalDateTime cutoff, @Param("limit") int limit, @Param("at") LocalDateTime at);
}
