package cn.safetymonth.pledge.signing;

import cn.safetymonth.storage.ObjectStorage;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Erasing handwritten signature images, for 注销 and for retention alike: the image leaves object storage and its row
 * says since when it is gone; the row stays (each is one 人次 of the union's table), so no count moves. Without the image
 * no certificate can be drawn again. Objects go first and rows are marked after: a failure in between leaves rows that the
 * next erase deletes again (deleting a missing object succeeds), never an image that no row points to.
 */
@Component
class SignatureImages {

    private final SignatureMapper signatures;
    private final ObjectStorage storage;
    private final Clock clock;

    SignatureImages(SignatureMapper signatures, ObjectStorage storage, Clock clock) {
        this.signatures = signatures;
        this.storage = storage;
        this.clock = clock;
    }

    /** Returns how many rows now say their image is gone that did not before. */
    int erase(List<SignatureEntity> rows) {
        List<SignatureEntity> held = rows.stream().filter(s -> s.getImageErasedAt() == null).toList();
        if (held.isEmpty()) {
            return 0;
        }
        held.forEach(s -> storage.delete(s.getSignatureKey()));
        return signatures.markImagesErased(held.stream().map(SignatureEntity::getId).toList(), LocalDateTime.now(clock));
    }
}
