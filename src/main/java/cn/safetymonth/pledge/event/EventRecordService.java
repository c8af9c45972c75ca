package cn.safetymonth.pledge.event;

import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.pledge.OfflineEventRecorded;
import cn.safetymonth.pledge.PledgeErrorCodes;
import cn.safetymonth.pledge.PledgeProperties;
import cn.safetymonth.storage.ObjectStorage;
import cn.safetymonth.storage.images.Images;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final PledgeProperties props;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate tx;
    private final Clock clock;

    EventRecordService(EventMapper events, EvidenceMapper evidence, EventAdminService admin, ObjectStorage storage,
                       PledgeProperties props, ApplicationEventPublisher publisher, TransactionTemplate tx, Clock clock) {
        this.events = events;
        this.evidence = evidence;
        this.admin = admin;
        this.storage = storage;
        this.props = props;
        this.publisher = publisher;
        this.tx = tx;
        this.clock = clock;
    }

    EventWeb.EventResp record(AdminPrincipal caller, long eventId, Integer headCount, List<byte[]> photos) {
        EventAdminService.requireOrganiser(caller);
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
        replaced.forEach(storage::delete);
        return admin.detail(caller, eventId);
    }

    private List<String> storeEvidence(long eventId, List<byte[]> photos) {
        if (photos == null || photos.isEmpty() || photos.size() > MAX_PHOTOS) {
            throw PledgeErrorCodes.EVIDENCE_INVALID.exception();
        }
        List<Images.Probe> probes = new ArrayList<>();
        for (int i = 0; i < photos.size(); i++) {
            byte[] p = photos.get(i);
            int n = i + 1;
            if (p.length > props.maxUploadBytes()) {
                throw PledgeErrorCodes.EVIDENCE_INVALID.exception("字段 photos：第 " + n + " 张超过 10 MB");
            }
            probes.add(Images.probe(p).orElseThrow(() ->
                    PledgeErrorCodes.EVIDENCE_INVALID.exception("字段 photos：第 " + n + " 张不是 JPEG 或 PNG 图片")));
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < photos.size(); i++) {
            String key = "pledge/events/" + eventId + "/evidence-" + UUID.randomUUID() + "." + probes.get(i).format().extension();
            storage.put(key, photos.get(i), probes.get(i).format().contentType());
            keys.add(key);
        }
        return keys;
    }
}
