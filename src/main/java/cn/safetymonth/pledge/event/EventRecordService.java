package cn.safetymonth.pledge.event;

import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.pledge.OfflineEventRecorded;
import cn.safetymonth.pledge.PledgeErrorCodes;
import cn.safetymonth.storage.ObjectStorage;
import cn.safetymonth.storage.images.CleanImage;
import cn.safetymonth.storage.images.ImageIntake;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * When people cannot scan, the organiser records the event with a head count and 1–9 photos as
 * evidence. Recording again replaces both; the event says how much the count changed so a counter
 * never adds the same people twice.
 */
@Service
class EventRecordService {

    static final int MAX_PHOTOS = 9;
    static final int MAX_HEAD_COUNT = 100_000;

    private final EventMapper events;
    private final EvidenceMapper evidence;
    private final EventAdminService admin;
    private final ObjectStorage storage;
    private final ImageIntake intake;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate tx;
    private final Clock clock;

    EventRecordService(EventMapper events, EvidenceMapper evidence, EventAdminService admin, ObjectStorage storage,
                       ImageIntake intake, ApplicationEventPublisher publisher, TransactionTemplate tx, Clock clock) {
        this.events = events;
        this.evidence = evidence;
        this.admin = admin;
        this.storage = storage;
        this.intake = intake;
        this.publisher = publisher;
        this.tx = tx;
        this.clock = clock;
    }

    EventWeb.EventResp record(AdminPrincipal caller, long eventId, Integer headCount, List<MultipartFile> photos) {
        EventEntity event = admin.inScope(caller, eventId);
        if (headCount == null || headCount < 1 || headCount > MAX_HEAD_COUNT) {
            throw PledgeErrorCodes.EVENT_INVALID.exception("字段 headCount：须为 1–" + MAX_HEAD_COUNT + " 的整数");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (now.isBefore(event.getStartsAt())) {
            throw PledgeErrorCodes.EVENT_INVALID.exception("活动开始后才能补录参加人数");
        }
        List<String> keys = storeEvidence(eventId, photos);
        List<String> replaced = new ArrayList<>();
        try {
            replace(caller, eventId, headCount, now, keys, replaced);
        } catch (RuntimeException e) {
            keys.forEach(storage::delete); // the record did not change: its new photos must not stay behind
            throw e;
        }
        replaced.forEach(storage::delete);
        return admin.detail(caller, eventId);
    }

    private void replace(AdminPrincipal caller, long eventId, int headCount, LocalDateTime now, List<String> keys, List<String> replaced) {
        tx.executeWithoutResult(s -> {
            EventEntity locked = events.lock(eventId);
            int previous = locked.getRecordedHeadCount();
            locked.setRecordedHeadCount(headCount);
            locked.setRecordedAt(now);
            locked.setRecordedBy(caller.accountId());
            events.updateById(locked);
            evidence.ofEvent(eventId).forEach(old -> replaced.add(old.getObjectKey()));
            evidence.deleteOfEvent(eventId);
            for (int i = 0; i < keys.size(); i++) {
                EvidenceEntity row = new EvidenceEntity();
                row.setEventId(eventId);
                row.setSeq(i + 1);
                row.setObjectKey(keys.get(i));
                evidence.insert(row);
            }
            publisher.publishEvent(new OfflineEventRecorded(eventId, locked.getUnionId(), locked.getUnionPath(), locked.getEventType(),
                    headCount, previous, locked.getStartsAt(), now));
        });
    }

    /** Every photo through the image intake first, then all stored: one bad photo stores none. */
    private List<String> storeEvidence(long eventId, List<MultipartFile> photos) {
        if (photos == null || photos.isEmpty() || photos.size() > MAX_PHOTOS) {
            throw PledgeErrorCodes.EVIDENCE_INVALID.exception();
        }
        List<CleanImage> clean = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        try {
            for (int i = 0; i < photos.size(); i++) {
                clean.add(intake.take(photos.get(i), "photos（第 " + (i + 1) + " 张）"));
            }
            for (CleanImage image : clean) {
                String key = "pledge/events/" + eventId + "/evidence-" + UUID.randomUUID() + "." + image.extension();
                storage.put(key, image.file(), image.contentType());
                keys.add(key);
            }
            return keys;
        } catch (RuntimeException e) {
            keys.forEach(storage::delete);
            throw e;
        } finally {
            clean.forEach(CleanImage::close);
        }
    }
}
