package cn.safetymonth.statistics;

import cn.safetymonth.common.web.PageQuery;
import cn.safetymonth.common.web.PageResult;
import cn.safetymonth.identity.WorkerBrief;
import cn.safetymonth.identity.WorkerDirectory;
import cn.safetymonth.org.UnionDirectory;
import cn.safetymonth.org.UnionRef;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The records behind a platform number: what happened, when, in which union, by whom (masked). */
@Service
class DrillDownService {

    private final FactMapper facts;
    private final TableService tables;
    private final WorkerDirectory workers;
    private final UnionDirectory directory;
    private final QualifierLabels labels;

    DrillDownService(FactMapper facts, TableService tables, WorkerDirectory workers, UnionDirectory directory, QualifierLabels labels) {
        this.labels = labels;
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
        Form.Days days = form.items().stream().flatMap(i -> i.lines().stream())
                .filter(l -> l.segments().stream().anyMatch(s -> s.blank() != null && s.blank().id().equals(blankId)))
                .map(l -> form.days(period, l)).findFirst().orElse(null);
        if (days == null) {
            return PageResult.of(page.toPage(), r -> null); // the line counts on no day of this period
        }
        LocalDate through = tables.countedThrough(period);
        var rows = facts.drill(page.toPage(), sources(blank), union.path(), days.start(), days.end().isAfter(through) ? through : days.end());
        Map<Long, WorkerBrief> who = workers.briefs(rows.getRecords().stream().map(FactEntity::getWorkerId).filter(Objects::nonNull).toList());
        Map<Long, UnionRef> unions = directory.findAll(rows.getRecords().stream().map(FactEntity::getUnionId).distinct().toList());
        return PageResult.of(rows, f -> new StatisticsWeb.RecordResp(f.getSourceType(), f.getSourceId(),
                labels.activity(f.getMetric(), f.getQualifier()), worker(f, who),
                unions.containsKey(f.getUnionId()) ? unions.get(f.getUnionId()).name() : null,
                reportersAct(f) ? null : f.getOccurredAt(), f.getOccurredOn(), f.getQuantity()));
    }

    /** The acts behind each term: a count term's own facts; a people term's, the acts that made those people count. */
    private static List<Form.Term> sources(Form.Blank blank) {
        List<Form.Term> out = new ArrayList<>();
        for (Form.Term t : blank.terms()) {
            if (!t.metric().people()) {
                out.add(t);
            } else if (t.metric().sourceMetric().isPresent()) {
                out.add(new Form.Term(Metric.of(t.metric().sourceMetric().get()).orElseThrow(), null));
            } else {
                Arrays.stream(Metric.values()).filter(m -> !m.people()).forEach(m -> out.add(new Form.Term(m, null)));
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
