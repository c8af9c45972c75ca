package cn.safetymonth.statistics;

import cn.safetymonth.common.web.OrNull;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Request and response shapes of the statistics table. */
final class StatisticsWeb {

    private StatisticsWeb() {
    }

    @Schema(description = "填报期：累计的期从活动开始统计到 asOf 当天；按周的期只统计本周（from 至 asOf）")
    record PeriodResp(@Schema(example = "final") String key, @Schema(example = "活动开展情况统计表") String label,
                      @Schema(description = "本期统计的第一天") LocalDate from, LocalDate asOf,
                      @Schema(description = "报送截止时间") LocalDateTime due,
                      @Schema(description = "true：只统计本期（本周内）；false：累计（截至 asOf）") boolean window,
                      @Schema(description = "本期的称呼与日期，如“第2周（6月5日至6月11日）”") String title) {
        static PeriodResp of(Form.Period p) {
            return new PeriodResp(p.key(), p.label(), p.from(), p.asOf(), p.due(), p.window(), title(p));
        }

        /** The period as the paper names it: its label, and its days (a week's own, or 截至 for a cumulative one). */
        static String title(Form.Period p) {
            DateTimeFormatter md = DateTimeFormatter.ofPattern("M月d日");
            String days = p.window() ? md.format(p.from()) + "至" + md.format(p.asOf()) : "截至" + md.format(p.asOf());
            return p.label().contains(days) ? p.label() : p.label() + "（" + days + "）";
        }
    }

    @Schema(description = "一张统计表（模板）")
    record FormResp(String code, String title, String issuer, LocalDate startDate, LocalDate endDate, List<String> header,
                    List<String> columns, List<PeriodResp> periods,
                    @Schema(description = "当前应报送的填报期") @OrNull String currentPeriod,
                    @Schema(description = "由平台管理员在控制台安装（尚无单位报送时可撤下）；否则随服务发布") boolean installed) {
    }

    @Schema(name = "StatisticsUnionBrief", description = "填报单位")
    record UnionBrief(long id, String name, @Schema(description = "从市总到本单位的名称") List<String> lineage) {
    }

    @Schema(description = "表头字段：填报单位、联系人、电话、填报日期")
    record HeaderField(String name, @OrNull String value, @Schema(description = "是否由本单位填写") boolean editable) {
    }

    @Schema(description = "平台数字的组成部分，如扫码签到与登记人数")
    record PartResp(@Schema(example = "event.recorded-attendance[LECTURE]") String term, String label, long value,
                    @Schema(description = "是否为工会登记（非扫码）的人数") boolean recorded) {
    }

    @Schema(description = "一个空格")
    record CellResp(@Schema(example = "lecture_att") String blankId, @Schema(example = "人次") String unit,
                    @Schema(description = "PLATFORM 平台自动统计（文字空格：平台按活动名称填写，工会可改写）；MANUAL 工会填写") String source,
                    @Schema(description = "数字：平台统计为本单位及下级；工会填写的为本单位及下级合计，但“人”为本单位自己填写的数（人数不能相加）") @OrNull Long value,
                    @Schema(description = "文字空格的内容") @OrNull String textValue,
                    @Schema(description = "手工空格：本单位自己填写的数") @OrNull Long ownValue,
                    @Schema(description = "“人”的手工空格：下级填报合计（可能重复，仅供参考，不计入）") @OrNull Long childrenSum,
                    @Schema(description = "本空格统计的日期（如 6月16日 的现场活动）：起") @OrNull LocalDate countsFrom,
                    @Schema(description = "本空格统计的日期：止") @OrNull LocalDate countsTo,
                    List<PartResp> parts) {
    }

    @Schema(description = "一行文字中的一段：文字或空格")
    record SegmentResp(@OrNull String text, @OrNull CellResp cell) {
    }

    @Schema(description = "原表中的一句话，text 为数字已填入的整句")
    record LineResp(@Schema(example = "组织理论学习（ 12 ）场；开展宣讲活动（ 3 ）场、参与（ 150 ）人次。") String text,
                    List<SegmentResp> segments) {
    }

    @Schema(description = "活动项目")
    record ItemResp(@OrNull String group, String label, @OrNull String requirement, List<LineResp> lines) {
    }

    @Schema(description = "统计表：按原表版式，数字已填入")
    record TableResp(String formCode, String title, String issuer, @Schema(description = "原文件的附件编号，如“附件2”") @OrNull String attachment,
                     List<String> columns, UnionBrief union, PeriodResp period,
                     @Schema(description = "统计截至日期（含）") LocalDate countedThrough,
                     @Schema(description = "人数已统计完整；新上线的表在补算历史记录期间为 false，此时不能报送") boolean complete,
                     List<HeaderField> header, List<ItemResp> items, LocalDateTime generatedAt) {
    }

    @Schema(description = "修改手工空格与表头；值为 null 表示清空")
    record ManualReq(
            @Schema(description = "空格编号 → 数字（非负整数）或文字") @Size(max = 200, message = "一次最多修改 200 个空格")
            Map<String, Object> values,
            @Schema(description = "表头字段名 → 内容，如 联系人、电话") @Size(max = 10, message = "表头字段过多")
            Map<String, String> header) {
    }

    @Schema(name = "StatisticsSubmitReq", description = "报送")
    record SubmitReq(@Schema(description = "确认数字无误", requiredMode = Schema.RequiredMode.REQUIRED)
                     @NotNull @AssertTrue(message = "请确认表中数字无误后再报送") Boolean confirm) {
    }

    @Schema(description = "一次报送（冻结的快照）")
    record SubmissionResp(long id, String formCode, String periodKey, long unionId, String unionName, int version,
                          @Schema(description = "是否逾期报送") boolean late, LocalDateTime submittedAt, String submittedBy) {
    }

    @Schema(description = "报送详情：报送时冻结的整张表")
    record SubmissionDetailResp(SubmissionResp submission, TableResp table) {
    }

    @Schema(description = "下级单位的报送情况（按组织顺序，不排名）")
    record ChildStatusResp(long unionId, String unionName,
                           @Schema(description = "SUBMITTED 已按时报送；LATE 逾期报送；IN_PROGRESS 已开始填写未报送；NOT_STARTED 未开始；OVERDUE 已过截止仍未报送")
                           String status, @OrNull SubmissionResp latest) {
    }

    @Schema(description = "本单位的报送历史与下级报送情况")
    record SubmissionsResp(PeriodResp period, List<SubmissionResp> own, List<ChildStatusResp> children) {
    }

    @Schema(description = "某个平台数字背后的记录（个人信息已脱敏）")
    record RecordResp(@Schema(description = "记录类型，如 quiz.attempt、hazard.report") String sourceType, long sourceId,
                      String activity, @Schema(description = "职工（脱敏）") @OrNull String worker, @OrNull String unionName,
                      @Schema(description = "时刻；随手拍记录只给日期（保护举报人）") @OrNull LocalDateTime occurredAt,
                      @Schema(description = "日期") LocalDate occurredOn, int quantity) {
    }

    @Schema(description = "每日参与")
    record DayResp(LocalDate day, Map<String, Long> acts) {
    }

    @Schema(description = "下级单位的参与情况（按组织顺序，不排名）")
    record ChildParticipationResp(long unionId, String unionName,
                                  @Schema(description = "现有会员（人）") long members,
                                  @Schema(description = "参与人数（人），含非本单位会员") long participants,
                                  @Schema(description = "参与的现有会员（人）") long memberParticipants,
                                  @Schema(description = "参与的非本单位会员（人）：来参加活动的外单位职工、已调离的原会员") long otherParticipants,
                                  @Schema(description = "参与率 = 参与的现有会员 / 现有会员（0–1）") double rate,
                                  Map<String, Long> acts) {
    }

    @Schema(description = "参与趋势与下级参与率")
    record TrendResp(UnionBrief union, LocalDate from, LocalDate to, Map<String, String> activities,
                     @Schema(description = "每项活动的性质：PERSON 职工参与（人次）；SESSION 线下活动场次（场）；REVIEW 审核、整改（处）")
                     Map<String, String> kinds, List<DayResp> days,
                     long members, long participants, long memberParticipants, long otherParticipants, double rate,
                     List<ChildParticipationResp> children) {
    }

    @Schema(description = "统计表模板检查结果：有错误时逐条列出（第几项、第几行、哪个空格），编号、标题、发文单位和日期为空")
    record TemplateCheckResp(@OrNull String code, @OrNull String title, @OrNull String issuer,
                             @OrNull LocalDate startDate, @OrNull LocalDate endDate,
                             @Schema(description = "活动项目数") int items,
                             @Schema(description = "平台自动统计的空格数") int platformBlanks,
                             @Schema(description = "由工会填写的空格数") int manualBlanks,
                             @Schema(description = "已有统计表使用这个编号（不能安装，请换一个编号）") boolean codeInUse,
                             List<String> errors) {
    }
}
