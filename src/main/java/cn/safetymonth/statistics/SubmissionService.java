package cn.safetymonth.statistics;

import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.org.UnionDirectory;
import cn.safetymonth.org.UnionRef;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Handing a table in: the filled form is frozen as it is (later acts never change it); a resubmission is a new
 * version, numbered by the database's unique key so two clerks pressing at once get versions n and n+1, never one.
 */
@Service
class SubmissionService {

    private static final int ATTEMPTS = 3;

    private final SubmissionMapper submissions;
    private final ManualValueMapper manual;
    private final TableService tables;
    private final UnionDirectory directory;
    private final ObjectMapper json;
    private final Clock clock;
    private final FormRegistry forms;
    private final FormTemplateMapper templates;
    private final TransactionTemplate tx;
    private final ExportService export;

    SubmissionService(SubmissionMapper submissions, ManualValueMapper manual, TableService tables, UnionDirectory directory,
                      ObjectMapper json, Clock clock, FormRegistry forms, FormTemplateMapper templates, TransactionTemplate tx,
                      ExportService export) {
        this.export = export;
        this.forms = forms;
        this.templates = templates;
        this.tx = tx;
        this.submissions = submissions;
        this.manual = manual;
        this.tables = tables;
        this.directory = directory;
        this.json = json;
        this.clock = clock;
    }

    StatisticsWeb.SubmissionResp submit(AdminPrincipal admin, Form form, UnionRef union, Form.Period period) {
        ManualService.requireOwnNode(admin, union, "报送");
        LocalDateTime now = LocalDateTime.now(clock);
        TableService.Paper paper = tables.paper(form, union, period, now.toLocalDate());
        StatisticsWeb.TableResp table = paper.table();
        if (!table.complete()) {
            throw StatisticsErrorCodes.NOT_COMPLETE.exception();
        }
        List<String> missing = table.header().stream().filter(h -> h.editable() && (h.value() == null || h.value().isBlank()))
                .map(StatisticsWeb.HeaderField::name).toList();
        if (!missing.isEmpty()) {
            throw StatisticsErrorCodes.HEADER_REQUIRED.exception("字段 header." + missing.get(0) + "：报送前请在表头填写"
                    + String.join("、", missing));
        }
        String snapshot = json.writeValueAsString(table);
        for (int i = 0; i < ATTEMPTS; i++) {
            SubmissionEntity row = new SubmissionEntity();
            row.setFormCode(form.code());
            row.setPeriodKey(period.key());
            row.setUnionId(union.id());
            row.setUnionPath(union.path());
            row.setVersion(submissions.lastVersion(form.code(), period.key(), union.id()) + 1);
            row.setLate(now.isAfter(period.due()));
            row.setSubmittedAt(now);
            row.setSubmittedBy(admin.username());
            row.setSnapshotJson(snapshot);
            // the paper as handed in, made now: exported later, it is this file, never the numbers of that day
            row.setExportXlsx(export.export(paper, ExportService.submitted(row.getVersion(), now)));
            try {
                tx.executeWithoutResult(st -> {
                    // an installed form may be withdrawn meanwhile: hold it while the submission is written
                    if (!forms.isShipped(form.code()) && templates.lock(form.code()) == null) {
                        throw StatisticsErrorCodes.FORM_NOT_FOUND.exception();
                    }
                    submissions.insert(row);
                });
                return view(row, union);
            } catch (DuplicateKeyException e) {
                // another clerk's version took this number: take the next
            }
        }
        throw StatisticsErrorCodes.SUBMISSION_BUSY.exception();
    }

    StatisticsWeb.SubmissionsResp overview(Form form, UnionRef union, Form.Period period) {
        List<StatisticsWeb.SubmissionResp> own = submissions.history(form.code(), period.key(), List.of(union.id())).stream()
                .map(s -> view(s, union)).toList();
        List<UnionRef> children = directory.children(union.id());
        List<Long> ids = children.stream().map(UnionRef::id).toList();
        Map<Long, SubmissionEntity> latest = submissions.history(form.code(), period.key(), ids).stream()
                .collect(Collectors.toMap(SubmissionEntity::getUnionId, s -> s, (a, b) -> a.getVersion() >= b.getVersion() ? a : b));
        Set<Long> started = manual.own(form.code(), period.key(), ids).stream().map(ManualValueEntity::getUnionId).collect(Collectors.toSet());
        boolean pastDue = LocalDateTime.now(clock).isAfter(period.due());
        List<StatisticsWeb.ChildStatusResp> status = children.stream().map(c -> {
            SubmissionEntity s = latest.get(c.id());
            String state = s != null ? (s.getLate() ? "LATE" : "SUBMITTED")
                    : pastDue ? "OVERDUE" : started.contains(c.id()) ? "IN_PROGRESS" : "NOT_STARTED";
            return new StatisticsWeb.ChildStatusResp(c.id(), c.name(), state, s == null ? null : view(s, c));
        }).toList();
        return new StatisticsWeb.SubmissionsResp(StatisticsWeb.PeriodResp.of(period), own, status);
    }

    StatisticsWeb.SubmissionDetailResp detail(AdminPrincipal admin, long id) {
        SubmissionEntity s = submissions.selectById(id);
        if (s == null || !admin.covers(s.getUnionPath())) {
            throw StatisticsErrorCodes.SUBMISSION_NOT_FOUND.exception();
        }
        UnionRef union = directory.find(s.getUnionId()).orElseThrow(StatisticsErrorCodes.SUBMISSION_NOT_FOUND::exception);
        try {
            return new StatisticsWeb.SubmissionDetailResp(view(s, union), json.readValue(s.getSnapshotJson(), StatisticsWeb.TableResp.class));
        } catch (JacksonException e) {
            throw new IllegalStateException("stored snapshot " + id + " is unreadable", e);
        }
    }

    /** The .xlsx of a version handed in, as it was made then (made once from its snapshot if it predates kept files). */
    Map.Entry<String, byte[]> export(AdminPrincipal admin, long id) {
        StatisticsWeb.SubmissionDetailResp detail = detail(admin, id);
        byte[] xlsx = submissions.exported(id);
        if (xlsx == null) {
            xlsx = export.export(new TableService.Paper(detail.table(), List.of()),
                    ExportService.submitted(detail.submission().version(), detail.submission().submittedAt()));
            submissions.keepExport(id, xlsx);
            xlsx = submissions.exported(id); // whoever kept it first: every export is that file
        }
        return Map.entry(ExportService.fileName(detail.table(), "第" + detail.submission().version() + "版"), xlsx);
    }

    /** Whether the union has handed in this period at all: for reminders. */
    boolean submitted(Form form, Form.Period period, long unionId) {
        return submissions.lastVersion(form.code(), period.key(), unionId) > 0;
    }

    private static StatisticsWeb.SubmissionResp view(SubmissionEntity s, UnionRef union) {
        return new StatisticsWeb.SubmissionResp(s.getId(), s.getFormCode(), s.getPeriodKey(), s.getUnionId(), union.name(),
                s.getVersion(), Boolean.TRUE.equals(s.getLate()), s.getSubmittedAt(), s.getSubmittedBy());
    }
}
