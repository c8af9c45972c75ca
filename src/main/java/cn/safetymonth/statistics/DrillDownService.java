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
import java.util.Set;
import java.util.stream.Collectors;

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
        // a people cell lists the acts that made them count; a qualifier narrows only when every term has the same one
        Set<String> metrics = blank.terms().stream().map(t -> t.metric().sourceMetric().orElse(null))
                .filter(Objects::nonNull).collect(Collectors.toSet());
        if (blank.terms().stream().anyMatch(t -> t.metric().sourceMetric().isEmpty())) {
            metrics = java.util.Arrays.stream(Metric.values()).filter(m -> !m.people()).map(Metric::code).collect(Collectors.toSet());
        }
        Set<String> qualifiers = blank.terms().stream().map(t -> t.qualifier() == null ? "*" : t.qualifier()).collect(Collectors.toSet());
        String qualifier = qualifiers.size() == 1 && !qualifiers.contains("*") ? qualifiers.iterator().next() : null;
        LocalDate to = tables.countedThrough(period);
        var rows = facts.drill(page.toPage(), metrics, qualifier, union.path(), form.start(), to.isAfter(form.end()) ? form.end() : to);
        Map<Long, WorkerBrief> who = workers.briefs(rows.getRecords().stream().map(FactEntity::getWorkerId).filter(Objects::nonNull).toList());
        Map<Long, UnionRef> unions = directory.findAll(rows.getRecords().stream().map(FactEntity::getUnionId).distinct().toList());
        return PageResult.of(rows, f -> new StatisticsWeb.RecordResp(f.getSourceType(), f.getSourceId(),
                Metric.of(f.getMetric()).map(Metric::label).orElse(f.getMetric()) + (f.getQualifier().isEmpty() ? "" : "·" + f.getQualifier()),
                worker(f, who),
                unions.containsKey(f.getUnionId()) ? unions.get(f.getUnionId()).name() : null, f.getOccurredAt(), f.getQuantity()));
    }

    private static String worker(FactEntity f, Map<Long, WorkerBrief> who) {
        if (f.getSourceType().startsWith("hazard.")) {
            return "（举报人信息受保护）"; // whistle-blowers: a statistics screen of any union never names them
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
