package cn.safetymonth.identity;

import org.springframework.stereotype.Service;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What other modules may know of a worker: their openid for WeChat calls, and how to show them on a screen. */
@Service
public class WorkerDirectory {

    private final WorkerMapper workers;

    WorkerDirectory(WorkerMapper workers) {
        this.workers = workers;
    }

    /** The worker's mini-program openid, for content security and subscribe messages. Never show or log it. */
    public Optional<String> openid(long workerId) {
        // a closed account's openid is a tombstone that reaches nobody
        return Optional.ofNullable(workers.selectById(workerId)).filter(w -> w.getClosedAt() == null).map(WorkerEntity::getOpenid);
    }

    /** Workers as screens show them: masked name and phone; the real name only for the worker's own certificate. */
    public Map<Long, WorkerBrief> briefs(Collection<Long> workerIds) {
        return workers.findByIds(workerIds.stream().distinct().toList()).stream()
                .map(w -> w.getClosedAt() != null
                        ? new WorkerBrief(w.getId(), w.shownName(), null, null)
                        : new WorkerBrief(w.getId(), Masking.name(w.getRealName()), Masking.phone(w.getPhone()), w.getRealName()))
                .collect(Collectors.toMap(WorkerBrief::workerId, Function.identity()));
    }
}
