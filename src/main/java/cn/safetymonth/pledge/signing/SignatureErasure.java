package cn.safetymonth.pledge.signing;

import cn.safetymonth.identity.WorkerAccountClosed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** 注销: the handwritten signature images leave object storage in the closing request ({@link SignatureImages}). */
@Component
class SignatureErasure {

    private final SignatureMapper signatures;
    private final SignatureImages images;

    SignatureErasure(SignatureMapper signatures, SignatureImages images) {
        this.signatures = signatures;
        this.images = images;
    }

    @EventListener
    void on(WorkerAccountClosed closed) {
        images.erase(signatures.ofWorker(closed.workerId()));
    }
}
