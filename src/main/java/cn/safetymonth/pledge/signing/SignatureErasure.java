package cn.safetymonth.pledge.signing;

import cn.safetymonth.identity.WorkerAccountClosed;
import cn.safetymonth.storage.ObjectStorage;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * 注销: the handwritten signature images leave object storage in the closing request. The signature rows stay (each
 * is one 人次 of the union's table), so the count does not move; without the image no certificate can be drawn again.
 */
@Component
class SignatureErasure {

    private final SignatureMapper signatures;
    private final ObjectStorage storage;

    SignatureErasure(SignatureMapper signatures, ObjectStorage storage) {
        this.signatures = signatures;
        this.storage = storage;
    }

    @EventListener
    void on(WorkerAccountClosed closed) {
        signatures.ofWorker(closed.workerId()).forEach(s -> storage.delete(s.getSignatureKey()));
    }
}
