package cn.safetymonth.pledge.signing;

import cn.safetymonth.identity.WorkerBrief;
import cn.safetymonth.identity.WorkerDirectory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The name printed on a certificate, which only its signer downloads: their real name, else their masked name,
 * else a neutral title for a worker who never gave a name.
 */
@Component
class SignerNames {

    static final String NAMELESS = "安全月参与者";

    private final WorkerDirectory directory;

    SignerNames(WorkerDirectory directory) {
        this.directory = directory;
    }

    String of(long workerId) {
        Optional<WorkerBrief> brief = Optional.ofNullable(directory.briefs(List.of(workerId)).get(workerId));
        return brief.map(WorkerBrief::realName).filter(n -> !n.isBlank())
                .or(() -> brief.map(WorkerBrief::maskedName).filter(n -> !n.isBlank()))
                .orElse(NAMELESS);
    }
}
