package cn.safetymonth.statistics;

import cn.safetymonth.common.persistence.DuplicateKeys;
import cn.safetymonth.org.UnionDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes facts, always inside the transaction of the act they count (listeners run synchronously in it), so an act
 * that rolls back was never counted. Acts of 社会公众 (no union) are not counted in any union's table.
 */
@Component
class FactRecorder {

    private final FactMapper facts;
    private final UnionDirectory directory;
    /** Union paths never change once a node exists. */
    private final Map<Long, String> paths = new ConcurrentHashMap<>();

    FactRecorder(FactMapper facts, UnionDirectory directory) {
        this.facts = facts;
        this.directory = directory;
    }

    /** An act to count. {@code factKey} (nullable) makes it count at most once. */
    record Act(Metric metric, String qualifier, String sourceType, long sourceId, Long workerId, Long unionId,
               String unionPath, LocalDateTime at, LocalDate on, int quantity, String factKey) {
    }

    void count(Act act) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            // an act counted outside its own transaction could be counted and then roll back: a bug of the publisher
            throw new IllegalStateException(act.sourceType() + " " + act.sourceId() + " was published outside its transaction");
        }
        if (act.unionId() == null || act.quantity() == 0) {
            return;
        }
        String path = act.unionPath() != null ? act.unionPath() : pathOf(act.unionId());
        if (path == null) {
            return;
        }
        FactEntity row = new FactEntity();
        row.setFactKey(act.factKey());
        row.setMetric(act.metric().code());
        row.setQualifier(act.qualifier() == null ? "" : act.qualifier());
        row.setSourceType(act.sourceType());
        row.setSourceId(act.sourceId());
        row.setWorkerId(act.workerId());
        row.setUnionId(act.unionId());
        row.setUnionPath(path);
        row.setOccurredAt(act.at());
        row.setOccurredOn(act.on());
        row.setQuantity(act.quantity());
        row.setFolded(0);
        if (act.factKey() == null) {
            facts.insert(row);
        } else {
            DuplicateKeys.insertOr(() -> facts.insert(row), () -> 0);
        }
    }

    /**
     * The source stops counting under the metric (a returned work, a reopened hazard): one negative fact on the same
     * day and union as what it cancels, so the act leaves the same cells it entered. Nothing when it counts nothing now.
     */
    void undo(Metric metric, String sourceType, long sourceId, LocalDateTime at) {
        List<FactEntity> history = facts.ofSource(sourceType, sourceId, metric.code());
        int net = history.stream().mapToInt(FactEntity::getQuantity).sum();
        FactEntity last = history.stream().filter(f -> f.getQuantity() > 0).reduce((a, b) -> b).orElse(null);
        if (net <= 0 || last == null) {
            return;
        }
        count(new Act(metric, last.getQualifier().isEmpty() ? null : last.getQualifier(), sourceType, sourceId,
                last.getWorkerId(), last.getUnionId(), last.getUnionPath(), at, last.getOccurredOn(), -1, null));
    }

    /**
     * The source counts again under the metric after an {@link #undo} (a rejected report reconsidered and verified): one
     * positive fact on the day and union it first counted for. Nothing when it counts already or never counted.
     */
    void redo(Metric metric, String sourceType, long sourceId, LocalDateTime at) {
        List<FactEntity> history = facts.ofSource(sourceType, sourceId, metric.code());
        int net = history.stream().mapToInt(FactEntity::getQuantity).sum();
        FactEntity first = history.stream().filter(f -> f.getQuantity() > 0).findFirst().orElse(null);
        if (net > 0 || first == null) {
            return;
        }
        count(new Act(metric, first.getQualifier().isEmpty() ? null : first.getQualifier(), sourceType, sourceId,
                first.getWorkerId(), first.getUnionId(), first.getUnionPath(), at, first.getOccurredOn(), 1, null));
    }

    /** Whether the source counts under the metric now. */
    boolean counts(Metric metric, String sourceType, long sourceId) {
        return facts.ofSource(sourceType, sourceId, metric.code()).stream().mapToInt(FactEntity::getQuantity).sum() > 0;
    }

    private String pathOf(long unionId) {
        String cached = paths.get(unionId);
        if (cached != null) {
            return cached;
        }
        String path = directory.find(unionId).map(u -> u.path()).orElse(null);
        if (path != null) {
            paths.put(unionId, path);
        }
        return path;
    }
}
