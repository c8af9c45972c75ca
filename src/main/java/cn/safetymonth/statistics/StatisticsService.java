package cn.safetymonth.statistics;

import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.common.web.PageQuery;
import cn.safetymonth.common.web.PageResult;
import cn.safetymonth.org.UnionDirectory;
import cn.safetymonth.org.UnionRef;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** Who may see which table: the caller's own node by default, any node of their subtree on request. */
@Service
class StatisticsService {

    private final FormRegistry forms;
    private final UnionDirectory directory;
    private final TableService tables;
    private final ManualService manual;
    private final SubmissionService submissions;
    private final DrillDownService drill;
    private final TrendService trends;
    private final ExportService export;
    private final Clock clock;

    StatisticsService(FormRegistry forms, UnionDirectory directory, TableService tables, ManualService manual,
                      SubmissionService submissions, DrillDownService drill, TrendService trends, ExportService export, Clock clock) {
        this.forms = forms;
        this.directory = directory;
        this.tables = tables;
        this.manual = manual;
        this.submissions = submissions;
        this.drill = drill;
        this.trends = trends;
        this.export = export;
        this.clock = clock;
    }

    /** A form, a union of the caller's subtree that fills it, and one of its periods. */
    private record Scope(Form form, UnionRef union, Form.Period period) {
    }

    private Scope scope(AdminPrincipal admin, String formCode, Long unionId, String periodKey) {
        UnionRef union = directory.requireInScope(admin, unionId != null ? unionId : ownNode(admin));
        Form form = forms.require(formCode, union);
        Form.Period period = periodKey == null || periodKey.isBlank() ? form.currentPeriod(LocalDateTime.now(clock))
                : form.period(periodKey).orElseThrow(StatisticsErrorCodes.PERIOD_NOT_FOUND::exception);
        return new Scope(form, union, period);
    }

    /** The caller's own node; a platform admin bound to no node stands for the root when there is only one. */
    private long ownNode(AdminPrincipal admin) {
        if (admin.unionId() != 0) {
            return admin.unionId();
        }
        List<UnionRef> roots = directory.children(null);
        if (roots.size() != 1) {
            throw StatisticsErrorCodes.UNION_REQUIRED.exception();
        }
        return roots.get(0).id();
    }

    List<StatisticsWeb.FormResp> forms(AdminPrincipal admin) {
        LocalDateTime now = LocalDateTime.now(clock);
        return forms.visibleTo(admin).stream().map(f -> new StatisticsWeb.FormResp(f.code(), f.title(), f.issuer(), f.start(), f.end(),
                f.header(), f.columns(), f.periods().stream().map(StatisticsWeb.PeriodResp::of).toList(), f.currentPeriod(now).key(),
                !forms.isShipped(f.code()))).toList();
    }

    StatisticsWeb.TableResp table(AdminPrincipal admin, String formCode, Long unionId, String periodKey) {
        Scope s = scope(admin, formCode, unionId, periodKey);
        return tables.table(s.form(), s.union(), s.period(), LocalDate.now(clock));
    }

    StatisticsWeb.TableResp updateManual(AdminPrincipal admin, String formCode, Long unionId, String periodKey,
                                         StatisticsWeb.ManualReq req) {
        Scope s = scope(admin, formCode, unionId, periodKey);
        manual.update(admin, s.form(), s.period(), s.union(), req);
        return tables.table(s.form(), s.union(), s.period(), LocalDate.now(clock));
    }

    StatisticsWeb.SubmissionResp submit(AdminPrincipal admin, String formCode, Long unionId, String periodKey) {
        Scope s = scope(admin, formCode, unionId, periodKey);
        return submissions.submit(admin, s.form(), s.union(), s.period());
    }

    StatisticsWeb.SubmissionsResp submissions(AdminPrincipal admin, String formCode, Long unionId, String periodKey) {
        Scope s = scope(admin, formCode, unionId, periodKey);
        return submissions.overview(s.form(), s.union(), s.period());
    }

    StatisticsWeb.SubmissionDetailResp submission(AdminPrincipal admin, long id) {
        return submissions.detail(admin, id);
    }

    PageResult<StatisticsWeb.RecordResp> records(AdminPrincipal admin, String formCode, String blankId, Long unionId, String periodKey,
                                                 PageQuery page) {
        Scope s = scope(admin, formCode, unionId, periodKey);
        return drill.records(s.form(), s.union(), s.period(), blankId, page);
    }

    StatisticsWeb.TrendResp trend(AdminPrincipal admin, String formCode, Long unionId) {
        Scope s = scope(admin, formCode, unionId, null);
        return trends.trend(s.form(), s.union());
    }

    /** The live table's .xlsx, file name and bytes; marked 未报送 on the paper. */
    Map.Entry<String, byte[]> export(AdminPrincipal admin, String formCode, Long unionId, String periodKey) {
        Scope s = scope(admin, formCode, unionId, periodKey);
        TableService.Paper paper = tables.paper(s.form(), s.union(), s.period(), LocalDate.now(clock));
        return Map.entry(ExportService.fileName(paper.table(), "未报送"), export.export(paper, null));
    }

    /** A submitted version's .xlsx: the file made when it was handed in, the same bytes each time. */
    Map.Entry<String, byte[]> exportSubmission(AdminPrincipal admin, long id) {
        return submissions.export(admin, id);
    }
}
