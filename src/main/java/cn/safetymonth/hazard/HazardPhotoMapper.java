package cn.safetymonth.hazard;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

@Mapper
interface HazardPhotoMapper extends BaseMapper<HazardPhotoEntity> {

    default List<HazardPhotoEntity> byTokens(Collection<String> tokens) {
        return tokens.isEmpty() ? List.of() : selectList(new LambdaQueryWrapper<HazardPhotoEntity>().in(HazardPhotoEntity::getToken, tokens));
    }

    default List<HazardPhotoEntity> ofReports(Collection<Long> reportIds) {
        return reportIds.isEmpty() ? List.of() : selectList(new LambdaQueryWrapper<HazardPhotoEntity>()
                .in(HazardPhotoEntity::getReportId, reportIds)
                .orderByAsc(HazardPhotoEntity::getReportId).orderByAsc(HazardPhotoEntity::getPurpose).orderByAsc(HazardPhotoEntity::getSeq));
    }

    default HazardPhotoEntity byTraceId(String traceId) {
        return selectOne(new LambdaQueryWrapper<HazardPhotoEntity>().eq(HazardPhotoEntity::getMediaTraceId, traceId));
    }

    /** Claims an unused photo for a report: 0 rows means another report took it first. */
    @Update("UPDATE hazard_photo SET report_id = #{reportId}, purpose = #{purpose}, seq = #{seq}, updated_at = #{at}, "
            + "updated_by = uploaded_by WHERE id = #{id} AND report_id IS NULL")
    int attach(@Param("id") long id, @Param("reportId") long reportId, @Param("purpose") String purpose, @Param("seq") int seq,
               @Param("at") LocalDateTime at);

    @Update("UPDATE hazard_photo SET media_trace_id = #{traceId}, updated_at = #{at} WHERE id = #{id}")
    int traced(@Param("id") long id, @Param("traceId") String traceId, @Param("at") LocalDateTime at);

    @Update("UPDATE hazard_photo SET media_verdict = #{verdict}, updated_at = #{at}, updated_by = 'wechat' WHERE id = #{id}")
    int judged(@Param("id") long id, @Param("verdict") String verdict, @Param("at") LocalDateTime at);

    /** Photos uploaded but never named in a report, past their token's life: their objects can go. */
    default List<HazardPhotoEntity> unusedExpired(LocalDateTime now, int limit) {
        return selectList(new LambdaQueryWrapper<HazardPhotoEntity>().isNull(HazardPhotoEntity::getReportId)
                .lt(HazardPhotoEntity::getExpiresAt, now).orderByAsc(HazardPhotoEntity::getId).last("LIMIT " + limit));
    }

    /** What erasing a photo's EXIF evidence means, for 注销 and for retention alike: capture time and GPS go, the picture stays. */
    String ERASE_EXIF = "UPDATE hazard_photo SET captured_at = NULL, exif_lat = NULL, exif_lng = NULL, updated_at = #{at} "
            + "WHERE (captured_at IS NOT NULL OR exif_lat IS NOT NULL OR exif_lng IS NOT NULL) ";

    /** 注销: the capture time and GPS read from the uploader's photos go; the stripped pictures stay as evidence. */
    @Update(ERASE_EXIF + "AND uploaded_by = #{uploader}")
    int eraseExifOf(@Param("uploader") String uploader, @Param("at") LocalDateTime at);

    /** Retention: the EXIF evidence of photos of reports finished before {@code cutoff}, at most {@code limit} of them. */
    @Update(ERASE_EXIF + "AND report_id IN (SELECT id FROM hazard_report WHERE " + HazardReportMapper.FINISHED_BEFORE + ") "
            + "LIMIT #{limit}")
    int eraseExifOfFinished(@Param("cutoff") LocalDateTime cutoff, @Param("limit") int limit, @Param("at") LocalDateTime at);
}
