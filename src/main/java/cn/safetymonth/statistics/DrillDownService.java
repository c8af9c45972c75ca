package cn.safetymonth.statistics;

import cn.safetymonth.common.web.PageQuery;
import cn.safetymonth.common.web.PageResult;
import cn.safetymonth.identity.WorkerBrief;
import cn.safetymonth.identity.WorkerDirectory;
import cn.safetymonth.org.UnionDirectory;
import cn.safetymonth.org.UnionRef;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.List;

/** The records behind a platform number: what happened, when, in which union, by whom (masked). */
@Service
class DrillDownService {

    private final FactMapper facts;
    private final TableService tables;
    private final WorkerDirectory workers;
    private final UnionDirectory directory;

    DrillDownService(FactMapper facts, TableService tables, WorkerDirectory workers, UnionDirectory directory) {
        this.facts = facts;
        this.tables = tables;
        this.workers = workers;
        this.directory = directory;
    }

    PageResult<StatisticsWeb.RecordResp> records(Form form, UnionRef union, Form.Period period, String blankId, PageQuery page) {
        Form.Blank blank = form.blanks().get(blankId);
        if (blank == null) {
            throw StatisticsErrorCodes.BLANK_NOT_FOUND.exception();
        }
        if (blank.manual()) {
            throw StatisticsErrorCodes.BLANK_NOT_PLATFORM.exception();
        }
        LocalDate to = tables.countedThrough(period);
        var rows = facts.drill(page.toPage(), sources(blank), union.path(), form.start(), to.isAfter(form.end()) ? form.end() : to);
        Map<Long, WorkerBrief> who = workers.briefs(rows.getRecords().stream().map(FactEntity::getWorkerId).filter(Objects::nonNull).toList());
        Map<Long, UnionRef> unions = directory.findAll(rows.getRecords().stream().map(FactEntity::getUnionId).distinct().toList());
        return PageResult.of(rows, f -> new StatisticsWeb.RecordResp(f.getSourceType(), f.getSourceId(),
                Metric.of(f.getMetric()).map(Metric::label).orElse(f.getMetric()) + (f.getQualifier().isEmpty() ? "" : "·" + f.getQualifier()),
                worker(f, who), unions.containsKey(f.getUnionId()) ? unions.get(f.getUnionId()).name() : null,
                reportersAct(f) ? null : f.getOccurredAt(), f.getOccurredAt().toLocalDate(), f.getQuantity()));
    }

    /** The acts behind each term: a count term's own facts; a people term's, the acts that made those people count. */
    private static List<Form.Term> sources(Form.Blank blank) {
        List<Form.Term> out = new java.util.ArrayList<>();
        for (Form.Term t : blank.terms()) {
            if (!t.metric().people()) {
                out.add(t);
            } else if (t.metric().sourceMetric().isPresent()) {
                out.add(new Form.Term(Metric.of(t.metric().sourceMetric().get()).orElseThrow(), null));
            } else {
                java.util.Arrays.stream(Metric.values()).filter(m -> !m.people()).forEach(m -> out.add(new Form.Term(m, null)));
            }
        }
        return out;
    }

    /**
     * Whistle-blowers: a statistics screen of any union never names them, nor gives the minute of a report, which the
     * times of their other acts on the same screen could match.
     */
    private static boolean reportersAct(FactEntity f) {
        return f.getSourceType().startsWith("hazard.");
    }

    private static String worker(FactEntity f, Map<Long, WorkerBrief> who) {
        if (reportersAct(f)) {
            return "（举报人信息受保护）";
        }
        return f.getWorkerId() == null ? "（工会登记）" : masked(who.get(f.getWorkerId()));
    }

    private static String masked(WorkerBrief w) {
        if (w == null) {
            return "职工";
        }
        return w.maskedName() != null ? w.maskedName() : w.maskedPhone() != null ? w.maskedPhone() : "职工#" + w.workerId() % 10000;
    }
}
