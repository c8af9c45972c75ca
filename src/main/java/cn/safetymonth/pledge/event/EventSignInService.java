package cn.safetymonth.pledge.event;

import cn.safetymonth.common.geo.Coordinates;
import cn.safetymonth.common.geo.LocationReq;
import cn.safetymonth.org.UnionDirectory;
import cn.safetymonth.org.UnionRef;
import cn.safetymonth.pledge.Act;
import cn.safetymonth.pledge.ActSource;
import cn.safetymonth.pledge.EventSignedIn;
import cn.safetymonth.pledge.PledgeCatalog;
import cn.safetymonth.pledge.PledgeErrorCodes;
import cn.safetymonth.pledge.WorkerUnion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A worker scans an event's code and signs in: once (the database's unique key), in its window, inside its fence, and
 * for an event with a rotating code only with the code its screen shows now (or showed one period ago).
 */
@Service
class EventSignInService implements ActSource {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final EventMapper events;
    private final SignInMapper signIns;
    private final PledgeCatalog catalog;
    private final UnionDirectory directory;
    private final WorkerUnion unions;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate tx;
    private final SignInCodes codes;
    private final Clock clock;

    EventSignInService(EventMapper events, SignInMapper signIns, PledgeCatalog catalog, UnionDirectory directory, WorkerUnion unions,
                       ApplicationEventPublisher publisher, TransactionTemplate tx, SignInCodes codes, Clock clock) {
        this.codes = codes;
        this.events = events;
        this.signIns = signIns;
        this.catalog = catalog;
        this.directory = directory;
        this.unions = unions;
        this.publisher = publisher;
        this.tx = tx;
        this.clock = clock;
    }

    EventWeb.PreviewResp preview(long workerId, String scene) {
        EventEntity e = byScene(SignInCodes.parse(scene == null ? "" : scene).eventScene());
        LocalDateTime now = LocalDateTime.now(clock);
        return new EventWeb.PreviewResp(e.getName(), label(e), directory.find(e.getUnionId()).map(UnionRef::name).orElse(null),
                e.getPlace(), e.getStartsAt(), e.getEndsAt(), open(e, now), e.fenced(), signIns.exists(e.getId(), workerId));
    }

    EventWeb.SignInResp signIn(long workerId, EventWeb.SignInReq req) {
        SignInCodes.Scanned scanned = SignInCodes.parse(req.scene());
        EventEntity e = byScene(scanned.eventScene());
        LocalDateTime now = LocalDateTime.now(clock);
        if (!open(e, now)) {
            throw PledgeErrorCodes.EVENT_NOT_OPEN.exception("签到时间为 " + WHEN.format(e.getStartsAt()) + " 至 " + WHEN.format(e.getEndsAt()));
        }
        String kind = codeKind(e, scanned.code());
        Integer distance = distance(e, req.location());
        if (signIns.exists(e.getId(), workerId)) {
            throw PledgeErrorCodes.ALREADY_SIGNED_IN.exception();
        }
        WorkerUnion.At union = unions.now(workerId);
        SignInEntity row = new SignInEntity();
        row.setEventId(e.getId());
        row.setEventType(e.getEventType());
        row.setWorkerId(workerId);
        row.setUnionId(union.unionId());
        row.setUnionPath(union.unionPath());
        row.setEventUnionId(e.getUnionId());
        row.setEventUnionPath(e.getUnionPath());
        row.setSignedInAt(now);
        row.setDistanceM(distance);
        row.setCodeKind(kind);
        try {
            tx.executeWithoutResult(s -> {
                signIns.insert(row);
                publisher.publishEvent(new EventSignedIn(row.getId(), e.getId(), e.getEventType(), workerId, row.getUnionId(),
                        row.getUnionPath(), e.getUnionId(), e.getUnionPath(), now));
            });
        } catch (DuplicateKeyException ex) {
            throw PledgeErrorCodes.ALREADY_SIGNED_IN.exception();
        }
        return new EventWeb.SignInResp(row.getId(), e.getId(), e.getName(), label(e), e.getPlace(), now);
    }

    @Override
    public List<Act> actsOf(long workerId) {
        List<SignInEntity> rows = signIns.ofWorker(workerId);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, EventEntity> byId = events.selectByIds(rows.stream().map(SignInEntity::getEventId).distinct().toList())
                .stream().collect(Collectors.toMap(EventEntity::getId, x -> x));
        return rows.stream().map(r -> {
            EventEntity e = byId.get(r.getEventId());
            return new Act("EVENT", "活动签到", r.getId(), e == null ? "线下活动" : e.getName(), e == null ? null : e.getPlace(), r.getSignedInAt());
        }).toList();
    }

    /** Which code signed in, or why it may not: a rotating event takes only its screen's current code. */
    private String codeKind(EventEntity e, String code) {
        if (!SignInCodes.ROTATING.equals(e.getSignInMode())) {
            return SignInCodes.FIXED;
        }
        if (code == null) {
            throw PledgeErrorCodes.SIGN_IN_MODE_MISMATCH.exception();
        }
        if (!codes.accepts(e, code)) {
            throw PledgeErrorCodes.SIGN_IN_CODE_EXPIRED.exception();
        }
        return SignInCodes.ROTATING;
    }

    /** Metres from the event's point when the event is fenced (null otherwise); refused when outside the fence. */
    private static Integer distance(EventEntity e, LocationReq at) {
        if (!e.fenced()) {
            return null;
        }
        if (at == null) {
            throw PledgeErrorCodes.LOCATION_REQUIRED.exception("字段 location：这场活动需要定位签到，请允许小程序获取位置");
        }
        Coordinates.Point event = Coordinates.toGcj02(e.getLatitude().doubleValue(), e.getLongitude().doubleValue(), e.getCoordSystem());
        Coordinates.Point worker = at.gcj02();
        int metres = (int) Math.round(Coordinates.distanceMetres(event, worker));
        if (metres > e.getRadiusM()) {
            throw PledgeErrorCodes.OUT_OF_RANGE.exception("你距离活动地点约 " + metres + " 米，须在 " + e.getRadiusM() + " 米内签到");
        }
        return metres;
    }

    private EventEntity byScene(String scene) {
        EventEntity e = scene == null ? null : events.byScene(scene);
        if (e == null) {
            throw PledgeErrorCodes.EVENT_NOT_FOUND.exception();
        }
        return e;
    }

    private static boolean open(EventEntity e, LocalDateTime now) {
        return !now.isBefore(e.getStartsAt()) && !now.isAfter(e.getEndsAt());
    }

    private String label(EventEntity e) {
        return catalog.eventType(e.getEventType()).map(PledgeCatalog.EventType::label).orElse(e.getEventType());
    }
}
