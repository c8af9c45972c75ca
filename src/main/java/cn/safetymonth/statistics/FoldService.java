package cn.safetymonth.statistics;

import cn.safetymonth.common.persistence.Batches;
import cn.safetymonth.common.persistence.DuplicateKeys;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * Folds new facts into the counters of every ancestor of the act's union, in batches, each batch in one transaction
 * with the facts it marks folded: a crash between batches loses nothing and counts nothing twice. 人 is kept distinct
 * by stat_person, one row per window, metric, node and worker, written only here. One fold runs at a time: in this
 * process a lock, across instances the job's ShedLock; and should two ever overlap, the one that marks fewer facts
 * folded than it read, or finds a person moved under it, rolls back.
 */
@Service
class FoldService {

    private final FactMapper facts;
    private final CounterMapper counters;
    private final FormRegistry forms;
    private final StatisticsProperties props;
    private final TransactionTemplate tx;
    private final ReentrantLock lock = new ReentrantLock();
    /** Window codes this instance has seen registered: asked once each, not at every fold. */
    private final Set<String> registered = ConcurrentHashMap.newKeySet();

    FoldService(FactMapper facts, CounterMapper counters, FormRegistry forms, StatisticsProperties props, TransactionTemplate tx) {
        this.facts = facts;
        this.counters = counters;
        this.forms = forms;
        this.props = props;
        this.tx = tx;
    }

    /**
     * Days over which people are counted: a form's campaign, a weekly period's own days, a dated line's. Shared by all
     * forms with the same days.
     */
    record Window(String code, LocalDate start, LocalDate end) {
        static Window of(Form.Days days) {
            return new Window(days.code(), days.start(), days.end());
        }

        boolean contains(LocalDate day) {
            return !day.isBefore(start) && !day.isAfter(end);
        }
    }

    /** Thrown inside a batch's transaction when another folder got there first: the batch rolls back, nothing counted. */
    static final class LostRace extends RuntimeException {
        LostRace(String what) {
            super(what, null, false, false);
        }
    }

    /** Folds everything not yet folded; returns how many facts it folded. Idempotent, safe to run any time. */
    int foldAll() {
        lock.lock();
        try {
            List<Window> windows = registerWindows();
            for (CounterMapper.WindowRow w : counters.windows()) {
                if (!"BUILT".equals(w.getState())) {
                    backfill(new Window(w.getWindowCode(), w.getStartDay(), w.getEndDay()));
                }
            }
            int total = 0;
            int n;
            do {
                n = tx.execute(s -> foldBatch(facts.nextUnfolded(props.foldBatch()), windows));
                total += n;
            } while (n == props.foldBatch());
            return total;
        } finally {
            lock.unlock();
        }
    }

    /** Forgets every counter and folds all facts again: to prove the counters right, or after a catalogue change. */
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
            registered.clear();
            foldAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The windows of this instance's forms, registered in the database, and every window registered there: an instance
     * running an older set of forms still counts the people of a newer form's window.
     */
    private List<Window> registerWindows() {
        for (Form f : forms.all()) {
            for (Form.Days d : f.windows()) {
                if (registered.add(d.code()) && counters.windowState(d.code()) == null) {
                    DuplicateKeys.insertOr(() -> counters.addWindow(d.code(), d.start(), d.end()), () -> 0);
                }
            }
        }
        return counters.windows().stream().map(w -> new Window(w.getWindowCode(), w.getStartDay(), w.getEndDay())).toList();
    }

    private int foldBatch(List<FactEntity> batch, List<Window> windows) {
        if (batch.isEmpty()) {
            return 0;
        }
        if (facts.markFolded(batch.stream().map(FactEntity::getId).toList()) != batch.size()) {
            throw new LostRace("facts folded by another folder");
        }
        Map<List<Object>, Long> daily = new LinkedHashMap<>();
        for (FactEntity f : batch) {
            for (long node : UnionDirectory.lineageIds(f.getUnionPath())) {
                daily.merge(List.of(node, f.getMetric(), f.getQualifier(), f.getOccurredOn()), (long) f.getQuantity(), Long::sum);
            }
        }
        List<CounterMapper.Daily> rows = daily.entrySet().stream().filter(e -> e.getValue() != 0)
                .map(e -> new CounterMapper.Daily((Long) e.getKey().get(0), (String) e.getKey().get(1), (String) e.getKey().get(2),
                        (LocalDate) e.getKey().get(3), e.getValue())).toList();
        Batches.of(rows).forEach(counters::addDaily);
        for (Window w : windows) {
            countPeople(w, batch);
        }
        return batch.size();
    }

    /** Adds the acts' workers to the people of every node above their act, once per window, metric and node. */
    private void countPeople(Window w, List<FactEntity> acts) {
        Map<List<Object>, Long> delta = new HashMap<>();
        for (Metric metric : Metric.peopleMetrics()) {
            Map<List<Long>, LocalDate> firstDays = new HashMap<>(); // (node, worker) → earliest day among these acts
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
                    delta.merge(List.of(metric.code(), key.get(0), day), 1L, Long::sum);
                } else if (day.isBefore(before)) {
                    // an act dated earlier than the one that first counted this person: they count from that day
                    if (counters.moveFirstDay(w.code(), metric.code(), key.get(0), key.get(1), before, day) != 1) {
                        throw new LostRace("person moved by another folder");
                    }
                    delta.merge(List.of(metric.code(), key.get(0), before), -1L, Long::sum);
                    delta.merge(List.of(metric.code(), key.get(0), day), 1L, Long::sum);
                }
            });
            Batches.of(added).forEach(part -> counters.addPersons(w.code(), metric.code(), part));
        }
        List<CounterMapper.PeopleDaily> rows = delta.entrySet().stream().filter(e -> e.getValue() != 0)
                .map(e -> new CounterMapper.PeopleDaily(w.code(), (String) e.getKey().get(0), (Long) e.getKey().get(1),
                        (LocalDate) e.getKey().get(2), e.getValue())).toList();
        Batches.of(rows).forEach(counters::addPeopleDaily);
    }

    /** A window whose people were never counted (a new form): counted once from every act folded before it existed. */
    private void backfill(Window w) {
        long after = 0;
        List<FactEntity> page;
        do {
            page = counters.foldedActs(w.start(), w.end(), after, props.foldBatch());
            List<FactEntity> acts = page;
            tx.executeWithoutResult(s -> countPeople(w, acts));
            after = page.isEmpty() ? after : page.get(page.size() - 1).getId();
        } while (page.size() == props.foldBatch());
        counters.windowBuilt(w.code());
    }
}
