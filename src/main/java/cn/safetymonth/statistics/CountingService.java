package cn.safetymonth.statistics;

import cn.safetymonth.common.persistence.Batches;
import cn.safetymonth.org.UnionDirectory;
import cn.safetymonth.org.UnionRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Exact counts for nodes, at any moment: the folded counters plus the few facts not folded yet, read in one
 * repeatable-read snapshot so a fold committing meanwhile can neither hide an act nor show it twice. The counters cost
 * the same whatever the length of the history; the pending facts are found by subtree through their own index.
 */
@Service
class CountingService {

    private final CounterMapper counters;
    private final FactMapper facts;
    private final TransactionTemplate snapshot;

    CountingService(CounterMapper counters, FactMapper facts, PlatformTransactionManager txm) {
        this.counters = counters;
        this.facts = facts;
        this.snapshot = new TransactionTemplate(txm);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
    }

    /** Counts of each node's subtree for acts on days from the window's start through {@code asOf} (inclusive). */
    Map<Long, Counts> countsFor(FoldService.Window window, Collection<UnionRef> nodes, LocalDate asOf) {
        Map<Long, Counts> out = new HashMap<>();
        nodes.forEach(n -> out.put(n.id(), new Counts()));
        if (nodes.isEmpty() || asOf.isBefore(window.start())) {
            return out;
        }
        LocalDate to = asOf.isAfter(window.end()) ? window.end() : asOf;
        List<Long> ids = nodes.stream().map(UnionRef::id).toList();
        return snapshot.execute(s -> {
            counters.sums(ids, window.start(), to).forEach(r -> out.get(r.getNodeId()).addActs(r.getMetric(), r.getQualifier(), r.getTotal()));
            counters.peopleSums(window.code(), ids, to).forEach(r -> out.get(r.getNodeId()).addPeople(r.getMetric(), r.getTotal()));
            addPending(window, nodes, to, out);
            return out;
        });
    }

    /** Whether the people of this window have been counted from every fact (false while a new form is back-filled). */
    boolean windowBuilt(FoldService.Window window) {
        return "BUILT".equals(counters.windowState(window.code()));
    }

    /** Acts per day and metric of the node's subtree, on days in [from, to], folded or not (one snapshot). */
    Map<LocalDate, Map<String, Long>> perDay(UnionRef node, LocalDate from, LocalDate to) {
        return snapshot.execute(s -> {
            Map<LocalDate, Map<String, Long>> byDay = new TreeMap<>();
            counters.perDay(node.id(), from, to).forEach(r -> byDay.computeIfAbsent(r.getActDay(), k -> new LinkedHashMap<>())
                    .merge(r.getMetric(), r.getTotal(), Long::sum));
            facts.pending(node.path(), from, to).forEach(f -> byDay.computeIfAbsent(f.getOccurredOn(), k -> new LinkedHashMap<>())
                    .merge(f.getMetric(), (long) f.getQuantity(), Long::sum));
            return byDay;
        });
    }

    /** The facts not folded yet (normally the last seconds' worth) of the nodes' subtrees, added to the counters. */
    private void addPending(FoldService.Window window, Collection<UnionRef> nodes, LocalDate to, Map<Long, Counts> out) {
        List<FactEntity> pending = facts.pending(commonPrefix(nodes), window.start(), to);
        if (pending.isEmpty()) {
            return;
        }
        for (UnionRef node : nodes) {
            pending.stream().filter(f -> f.getUnionPath().startsWith(node.path()))
                    .forEach(f -> out.get(node.id()).addActs(f.getMetric(), f.getQualifier(), f.getQuantity()));
        }
        for (Metric metric : Metric.peopleMetrics()) {
            // (node, worker) acting in the node's subtree among the pending acts
            Map<Long, Set<Long>> workersByNode = new HashMap<>();
            for (UnionRef node : nodes) {
                workersByNode.put(node.id(), pending.stream()
                        .filter(f -> f.getWorkerId() != null && f.getQuantity() > 0 && metric.countsPeopleOf(f.getMetric())
                                && f.getUnionPath().startsWith(node.path()))
                        .map(FactEntity::getWorkerId).collect(Collectors.toSet()));
            }
            Set<Long> workers = workersByNode.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
            if (workers.isEmpty()) {
                continue;
            }
            Set<List<Long>> already = new HashSet<>();
            for (List<Long> part : Batches.of(new ArrayList<>(workers))) {
                counters.counted(window.code(), metric.code(), workersByNode.keySet(), part, to)
                        .forEach(p -> already.add(List.of(p.getNodeId(), p.getWorkerId())));
            }
            workersByNode.forEach((node, ws) -> out.get(node).addPeople(metric.code(),
                    ws.stream().filter(w -> !already.contains(List.of(node, w))).count()));
        }
    }

    /** The deepest path every node's subtree lies under ("/1/7/" for a parent and its children). */
    static String commonPrefix(Collection<UnionRef> nodes) {
        String prefix = null;
        for (UnionRef n : nodes) {
            if (prefix == null) {
                prefix = n.path();
                continue;
            }
            int i = 0;
            while (i < prefix.length() && i < n.path().length() && prefix.charAt(i) == n.path().charAt(i)) {
                i++;
            }
            prefix = prefix.substring(0, prefix.lastIndexOf('/', Math.max(0, i - 1)) + 1);
        }
        return prefix == null ? "/" : prefix;
    }
}
