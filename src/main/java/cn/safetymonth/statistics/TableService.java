package cn.safetymonth.statistics;

import cn.safetymonth.org.UnionDirectory;
import cn.safetymonth.org.UnionRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Fills a form for a union: platform cells from the counts of its subtree over the days each line counts (the period's,
 * or a dated line's own), manual cells from the union's entries (summed over its subtree, except 人: never a sum).
 */
@Service
class TableService {

    static final String HEADER_PREFIX = "header:";

    private final CountingService counting;
    private final ManualValueMapper manual;
    private final EventNameMapper eventNames;
    private final UnionDirectory directory;
    private final TransactionTemplate snapshot;
    private final Clock clock;

    TableService(CountingService counting, ManualValueMapper manual, EventNameMapper eventNames, UnionDirectory directory,
                 PlatformTransactionManager txm, Clock clock) {
        this.counting = counting;
        this.manual = manual;
        this.eventNames = eventNames;
        this.directory = directory;
        this.clock = clock;
        // one snapshot for counters, pending facts and manual entries: a table (and its children's) add up
        this.snapshot = new TransactionTemplate(txm);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
    }

    /** The day a table counts through: the period's last day, or today while the period runs. */
    LocalDate countedThrough(Form.Period period) {
        LocalDate today = LocalDate.now(clock);
        return period.asOf().isAfter(today) ? today : period.asOf();
    }

    StatisticsWeb.TableResp table(Form form, UnionRef union, Form.Period period, LocalDate fillDate) {
        return tables(form, List.of(union), period, fillDate).get(union.id());
    }

    /** A union's table and each child's, in tree order, read in one snapshot so the children's sheet adds up to it. */
    record Paper(StatisticsWeb.TableResp table, List<ExportService.ChildRow> children) {
    }

    Paper paper(Form form, UnionRef union, Form.Period period, LocalDate fillDate) {
        List<UnionRef> children = directory.children(union.id());
        List<UnionRef> all = new ArrayList<>(children);
        all.add(union);
        Map<Long, StatisticsWeb.TableResp> read = tables(form, all, period, fillDate);
        return new Paper(read.get(union.id()), children.stream().map(c -> new ExportService.ChildRow(c.name(), read.get(c.id()))).toList());
    }

    /** Tables of several unions at once (a parent and its children), in one snapshot, with the same queries once. */
    Map<Long, StatisticsWeb.TableResp> tables(Form form, Collection<UnionRef> unions, Form.Period period, LocalDate fillDate) {
        return snapshot.execute(s -> read(form, unions, period, fillDate));
    }

    private Map<Long, StatisticsWeb.TableResp> read(Form form, Collection<UnionRef> unions, Form.Period period, LocalDate fillDate) {
        LocalDate through = countedThrough(period);
        // each set of days the period's lines count over, counted once for every union of the request
        Map<Form.Days, Map<Long, Counts>> counts = new HashMap<>();
        boolean complete = true;
        for (Form.Item item : form.items()) {
            for (Form.Line line : item.lines()) {
                Form.Days days = form.days(period, line);
                if (days != null && !counts.containsKey(days)) {
                    FoldService.Window window = FoldService.Window.of(days);
                    counts.put(days, counting.countsFor(window, unions, through));
                    complete &= counting.windowBuilt(window);
                }
            }
        }
        List<Long> ids = unions.stream().map(UnionRef::id).toList();
        Map<Long, Map<String, ManualValueEntity>> own = manual.own(form.code(), period.key(), ids).stream()
                .collect(Collectors.groupingBy(ManualValueEntity::getUnionId, Collectors.toMap(ManualValueEntity::getBlankId, m -> m)));
        Map<Long, Map<String, Long>> rolled = new HashMap<>();
        manual.rollups(form.code(), period.key(), ids).forEach(r -> rolled.computeIfAbsent(r.getNodeId(), k -> new HashMap<>()).put(r.getBlankId(), r.getTotal()));
        Map<Long, StatisticsWeb.TableResp> out = new HashMap<>();
        for (UnionRef union : unions) {
            Map<String, ManualValueEntity> mine = own.getOrDefault(union.id(), Map.of());
            Filler filler = new Filler(form, period, through, union, counts, mine, rolled.getOrDefault(union.id(), Map.of()));
            List<StatisticsWeb.ItemResp> items = form.items().stream().map(i -> new StatisticsWeb.ItemResp(i.group(), i.label(),
                    i.requirement(), i.lines().stream().map(filler::line).toList())).toList();
            out.put(union.id(), new StatisticsWeb.TableResp(form.code(), form.title(), form.issuer(), form.attachment(), form.columns(),
                    brief(union), StatisticsWeb.PeriodResp.of(period), through, complete, header(form, union, mine, fillDate), items,
                    LocalDateTime.now(clock)));
        }
        return out;
    }

    StatisticsWeb.UnionBrief brief(UnionRef union) {
        return new StatisticsWeb.UnionBrief(union.id(), union.name(), directory.lineage(union).stream().map(UnionRef::name).toList());
    }

    static boolean autoHeader(String field) {
        return field.contains("填报单位") || field.contains("填报日期");
    }

    private static List<StatisticsWeb.HeaderField> header(Form form, UnionRef union, Map<String, ManualValueEntity> mine, LocalDate fillDate) {
        List<StatisticsWeb.HeaderField> out = new ArrayList<>();
        for (String field : form.header()) {
            if (field.contains("填报单位")) {
                out.add(new StatisticsWeb.HeaderField(field, union.name(), false));
            } else if (field.contains("填报日期")) {
                out.add(new StatisticsWeb.HeaderField(field, fillDate.toString(), false));
            } else {
                ManualValueEntity v = mine.get(HEADER_PREFIX + field);
                out.add(new StatisticsWeb.HeaderField(field, v == null ? null : v.getTextValue(), true));
            }
        }
        return out;
    }

    /** Writes numbers into one union's sentences. */
    private final class Filler {

        private final Form form;
        private final Form.Period period;
        private final LocalDate through;
        private final UnionRef union;
        private final Map<Form.Days, Map<Long, Counts>> counts;
        private final Map<String, ManualValueEntity> own;
        private final Map<String, Long> rolled;
        private Form.Days days;

        Filler(Form form, Form.Period period, LocalDate through, UnionRef union, Map<Form.Days, Map<Long, Counts>> counts,
               Map<String, ManualValueEntity> own, Map<String, Long> rolled) {
            this.form = form;
            this.period = period;
            this.through = through;
            this.union = union;
            this.counts = counts;
            this.own = own;
            this.rolled = rolled;
        }

        StatisticsWeb.LineResp line(Form.Line line) {
            days = form.days(period, line);
            StringBuilder text = new StringBuilder();
            List<StatisticsWeb.SegmentResp> segments = new ArrayList<>();
            for (Form.Segment s : line.segments()) {
                if (s.blank() == null) {
                    text.append(s.text());
                    segments.add(new StatisticsWeb.SegmentResp(s.text(), null));
                } else {
                    StatisticsWeb.CellResp cell = cell(s.blank());
                    String shown = cell.textValue() != null ? cell.textValue() : cell.value() == null ? "" : cell.value().toString();
                    text.append(' ').append(shown.isEmpty() ? " " : shown).append(' ');
                    segments.add(new StatisticsWeb.SegmentResp(null, cell));
                }
            }
            return new StatisticsWeb.LineResp(text.toString(), segments);
        }

        private StatisticsWeb.CellResp cell(Form.Blank blank) {
            ManualValueEntity mine = own.get(blank.id());
            String typed = mine == null ? null : mine.getTextValue();
            if (blank.textual() && blank.namesOf() != null && typed == null) {
                // the names of the very events the line's numbers count: the union's subtree, the line's days
                String names = days == null ? null : String.join("、", eventNames.names(union.path(), blank.namesOf(), days.start(),
                        days.end().isAfter(through) ? through : days.end()));
                return cell(blank, "PLATFORM", null, names == null || names.isEmpty() ? null : names, null, null, List.of());
            }
            if (blank.textual()) {
                return cell(blank, "MANUAL", null, typed, null, null, List.of());
            }
            if (blank.manual()) {
                Long ownValue = mine == null ? null : mine.getNumValue();
                Long total = rolled.get(blank.id());
                if (blank.people()) {
                    // people can't be added up: the union's own figure, what its children typed only beside it
                    Long children = total == null ? null : total - (ownValue == null ? 0 : ownValue);
                    return cell(blank, "MANUAL", ownValue, null, ownValue, children == null || children == 0 ? null : children, List.of());
                }
                return cell(blank, "MANUAL", total, null, ownValue, null, List.of());
            }
            Counts c = days == null ? new Counts() : counts.get(days).get(union.id());
            List<StatisticsWeb.PartResp> parts = blank.terms().stream().map(t -> new StatisticsWeb.PartResp(t.toString(),
                    t.metric().label() + (t.qualifier() == null ? "" : "·" + t.qualifier()), c.value(t),
                    t.metric() == Metric.EVENT_RECORDED_ATTENDANCE)).toList();
            long value = parts.stream().mapToLong(StatisticsWeb.PartResp::value).sum();
            return cell(blank, "PLATFORM", value, null, null, null, parts);
        }

        private StatisticsWeb.CellResp cell(Form.Blank blank, String source, Long value, String text, Long ownValue, Long childrenSum,
                                            List<StatisticsWeb.PartResp> parts) {
            return new StatisticsWeb.CellResp(blank.id(), blank.unit(), source, value, text, ownValue, childrenSum,
                    days == null ? null : days.start(), days == null ? null : days.end(), parts);
        }
    }
}
