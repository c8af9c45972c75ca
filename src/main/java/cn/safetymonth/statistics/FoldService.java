package cn.safetymonth.statistics;

import cn.safetymonth.common.persistence.Batches;
import cn.safetymonth.org.UnionDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * Folds new facts into the counters of every ancestor of the act's union, in batches, each batch in one transaction
 * with the facts it marks folded: a crash between batches loses nothing and counts nothing twice. 人 is kept distinct
 * by stat_person, one row per window, metric, node and worker, written only here.
 */
@Service
class FoldService {

    private final FactMapper facts;
    private final CounterMapper counters;
    private final FormRegistry forms;
    private final StatisticsProperties props;
    private final TransactionTemplate tx;
    /** One folder per process; across instances the job's ShedLock and the facts' row locks keep it single. */
    private final ReentrantLock lock = new ReentrantLock();

    FoldService(FactMapper facts, CounterMapper counters, FormRegistry forms, StatisticsProperties props, TransactionTemplate tx) {
        this.facts = facts;
        this.counters = counters;
        this.forms = forms;
        this.props = props;
        this.tx = tx;
    }

    /** A campaign window: the days a form counts, shared by forms with the same days. */
    record Window(String code, LocalDate start, LocalDate end) {
        boolean contains(LocalDate day) {
            return !day.isBefore(start) && !day.isAfter(end);
        }
    }

    /** Folds everything not yet folded; returns how many facts it folded. Idempotent, safe to run any time. */
    int foldAll() {
        lock.lock();
        try {
            windows().stream().filter(w -> counters.windowKnown(w.code()) == 0).forEach(this::backfillWindow);
            int total = 0;
            int n;
            do {
                n = tx.execute(s -> foldBatch(facts.lockUnfolded(props.foldBatch()), windows()));
                total += n;
            } while (n == props.foldBatch());
            return total;
        } finally {
            lock.unlock();
        }
    }

    /** Forgets every counter and folds all facts again: after a catalogue change or to prove the counters right. */
    void rebuild() {
        lock.lock();
        try {
            tx.executeWithoutResult(s -> {
                counters.clearDaily();
                counters.clearPeopleDaily();
                counters.clearPersons();
                counters.clearWindows();
                facts.unfoldAll();
            });
        } finally {
            lock.unlock();
        }
        foldAll();
    }

    List<Window> windows() {
        return forms.all().stream().map(f -> new Window(f.windowCode(), f.start(), f.end())).distinct().toList();
    }

    private int foldBatch(List<FactEntity> batch, List<Window> windows) {
        if (batch.isEmpty()) {
            return 0;
        }
        Map<CounterMapper.Daily, Long> daily = new LinkedHashMap<>();
        for (FactEntity f : batch) {
            for (long node : UnionDirectory.lineageIds(f.getUnionPath())) {
                daily.merge(new CounterMapper.Daily(node, f.getMetric(), f.getQualifier(), f.getOccurredOn(), 0), (long) f.getQuantity(), Long::sum);
            }
        }
        List<CounterMapper.Daily> rows = daily.entrySet().stream().filter(e -> e.getValue() != 0)
                .map(e -> new CounterMapper.Daily(e.getKey().getNodeId(), e.getKey().getMetric(), e.getKey().getQualifier(),
                        e.getKey().getActDay(), e.getValue())).toList();
        Batches.of(rows).forEach(counters::addDaily);
        for (Window w : windows) {
            countPeople(w, batch);
        }
        facts.markFolded(batch.stream().map(FactEntity::getId).toList());
        return batch.size();
    }

    /** Adds the batch's workers to the people of every node above their act, once per window, metric and node. */
    private void countPeople(Window w, List<FactEntity> acts) {
        Map<CounterMapper.PeopleDaily, Long> delta = new HashMap<>();
        for (Metric metric : Metric.peopleMetrics()) {
            Map<List<Long>, LocalDate> firstDays = new HashMap<>(); // (node, worker) → earliest day in the batch
            for (FactEntity f : acts) {
                if (f.getWorkerId() != null && f.getQuantity() > 0 && w.contains(f.getOccurredOn()) && metric.countsPeopleOf(f.getMetric())) {
                    for (long node : UnionDirectory.lineageIds(f.getUnionPath())) {
                        firstDays.merge(List.of(node, f.getWorkerId()), f.getOccurredOn(), (a, b) -> a.isBefore(b) ? a : b);
                    }
                }
            }
            if (firstDays.isEmpty()) {
                continue;
            }
            Set<Long> workers = firstDays.keySet().stream().map(k -> k.get(1)).collect(Collectors.toSet());
            Map<List<Long>, LocalDate> known = new HashMap<>();
            for (Collection<Long> part : Batches.of(new ArrayList<>(workers))) {
                counters.persons(w.code(), metric.code(), part).forEach(p -> known.put(List.of(p.getNodeId(), p.getWorkerId()), p.getFirstDay()));
            }
            List<CounterMapper.Person> added = new ArrayList<>();
            firstDays.forEach((key, day) -> {
                LocalDate before = known.get(key);
                if (before == null) {
                    added.add(new CounterMapper.Person(key.get(0), key.get(1), day));
                    delta.merge(new CounterMapper.PeopleDaily(w.code(), metric.code(), key.get(0), day, 0), 1L, Long::sum);
                } else if (day.isBefore(before)) {
                    // an act dated earlier than the one that first counted this person: they count from that day
                    counters.moveFirstDay(w.code(), metric.code(), key.get(0), key.get(1), day);
                    delta.merge(new CounterMapper.PeopleDaily(w.code(), metric.code(), key.get(0), before, 0), -1L, Long::sum);
                    delta.merge(new CounterMapper.PeopleDaily(w.code(), metric.code(), key.get(0), day, 0), 1L, Long::sum);
                }
            });
            Batches.of(added).forEach(part -> counters.addPersons(w.code(), metric.code(), part));
        }
        List<CounterMapper.PeopleDaily> rows = delta.entrySet().stream().filter(e -> e.getValue() != 0)
                .map(e -> new CounterMapper.PeopleDaily(e.getKey().getWindowCode(), e.getKey().getMetric(), e.getKey().getNodeId(),
                        e.getKey().getActDay(), e.getValue())).toList();
        Batches.of(rows).forEach(counters::addPeopleDaily);
    }

    /** A window no fold has counted people for (a new form): its people are counted from every folded act once. */
    private void backfillWindow(Window w) {
        long after = 0;
        List<FactEntity> page;
        do {
            long from = after;
            page = counters.foldedActs(w.start(), w.end(), from, props.foldBatch());
            List<FactEntity> acts = page;
            tx.executeWithoutResult(s -> countPeople(w, acts));
            after = page.isEmpty() ? after : page.get(page.size() - 1).getId();
        } while (page.size() == props.foldBatch());
        tx.executeWithoutResult(s -> counters.addWindow(w.code(), w.start(), w.end()));
    }

}
