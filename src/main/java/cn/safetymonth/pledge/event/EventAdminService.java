package cn.safetymonth.pledge.event;

import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.common.web.PageQuery;
import cn.safetymonth.common.web.PageResult;
import cn.safetymonth.org.UnionDirectory;
import cn.safetymonth.org.UnionRef;
import cn.safetymonth.pledge.OfflineEventCreated;
import cn.safetymonth.pledge.PledgeCatalog;
import cn.safetymonth.pledge.PledgeErrorCodes;
import cn.safetymonth.pledge.PledgeProperties;
import cn.safetymonth.storage.ObjectStorage;
import cn.safetymonth.wechat.WeChatGateway;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Unions organise offline events in their subtree and print each event's mini-program code. */
@Service
class EventAdminService {

    private static final String TOKEN_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final Duration LONGEST = Duration.ofDays(3);

    private final EventMapper events;
    private final SignInMapper signIns;
    private final EvidenceMapper evidence;
    private final PledgeCatalog catalog;
    private final UnionDirectory directory;
    private final WeChatGateway wechat;
    private final ObjectStorage storage;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate tx;
    private final SignInCodes codes;
    private final PledgeProperties props;

    EventAdminService(EventMapper events, SignInMapper signIns, EvidenceMapper evidence, PledgeCatalog catalog,
                      UnionDirectory directory, WeChatGateway wechat, ObjectStorage storage, ApplicationEventPublisher publisher,
                      TransactionTemplate tx, SignInCodes codes, PledgeProperties props) {
        this.codes = codes;
        this.props = props;
        this.events = events;
        this.signIns = signIns;
        this.evidence = evidence;
        this.catalog = catalog;
        this.directory = directory;
        this.wechat = wechat;
        this.storage = storage;
        this.publisher = publisher;
        this.tx = tx;
    }

    List<EventWeb.TypeResp> types() {
        return catalog.eventTypes().stream().map(t -> new EventWeb.TypeResp(t.code(), t.label())).toList();
    }

    EventWeb.EventResp create(AdminPrincipal admin, EventWeb.CreateReq req) {
        UnionRef union = directory.requireInScope(admin, req.unionId());
        PledgeCatalog.EventType type = catalog.eventType(req.eventType())
                .orElseThrow(() -> PledgeErrorCodes.EVENT_INVALID.exception("字段 eventType：没有这种活动类型"));
        String name = req.name() == null || req.name().isBlank() ? null : req.name().trim();
        if (name == null && "OTHER".equals(type.code())) {
            throw PledgeErrorCodes.EVENT_INVALID.exception("字段 name：其他特色活动须填写活动名称");
        }
        checkWindow(req);
        if (req.radiusMeters() != null && req.location() == null) {
            throw PledgeErrorCodes.EVENT_INVALID.exception("字段 location：设置签到范围时须填写活动地点的坐标");
        }
        EventEntity row = new EventEntity();
        row.setCampaignCode(catalog.campaign().code());
        row.setUnionId(union.id());
        row.setUnionPath(union.path());
        row.setEventType(type.code());
        row.setName(name == null ? type.label() : name);
        row.setStartsAt(req.startsAt());
        row.setEndsAt(req.endsAt());
        row.setPlace(req.place().trim());
        if (req.location() != null) {
            row.setLatitude(BigDecimal.valueOf(req.location().latitude()).setScale(7, RoundingMode.HALF_UP));
            row.setLongitude(BigDecimal.valueOf(req.location().longitude()).setScale(7, RoundingMode.HALF_UP));
            row.setCoordSystem(req.location().coordSystem().wire());
            row.setRadiusM(req.radiusMeters());
        }
        row.setRecordedHeadCount(0);
        row.setSignInMode(req.signInMode() == null ? SignInCodes.FIXED : req.signInMode().name());
        row.setCodeSecret(SignInCodes.newSecret());
        for (int attempt = 0; ; attempt++) {
            row.setScene("e=" + token(10));
            try {
                tx.executeWithoutResult(s -> {
                    events.insert(row);
                    publisher.publishEvent(new OfflineEventCreated(row.getId(), row.getUnionId(), row.getUnionPath(),
                            row.getEventType(), row.getName(), row.getStartsAt(), row.getEndsAt()));
                });
                break;
            } catch (DuplicateKeyException e) {
                if (attempt >= 5) {
                    throw e; // 56^10 tokens: repeated collisions mean something else is wrong
                }
            }
        }
        return view(row, 0, List.of(), union);
    }

    PageResult<EventWeb.EventResp> list(AdminPrincipal admin, Long unionId, PageQuery page) {
        String path = unionId != null ? directory.requireInScope(admin, unionId).path() : admin.unionPath();
        var rows = events.under(page.toPage(), path);
        List<Long> ids = rows.getRecords().stream().map(EventEntity::getId).toList();
        Map<Long, Integer> counts = signIns.countByEvent(ids);
        Map<Long, UnionRef> unions = directory.findAll(rows.getRecords().stream().map(EventEntity::getUnionId).distinct().toList());
        return PageResult.of(rows, e -> view(e, counts.getOrDefault(e.getId(), 0), List.of(), unions.get(e.getUnionId())));
    }

    EventWeb.EventResp detail(AdminPrincipal admin, long eventId) {
        EventEntity e = inScope(admin, eventId);
        List<String> urls = evidence.ofEvent(eventId).stream().map(p -> storage.signedUrl(p.getObjectKey())).toList();
        return view(e, signIns.countByEvent(List.of(eventId)).getOrDefault(eventId, 0), urls,
                directory.find(e.getUnionId()).orElse(null));
    }

    /**
     * The event's printed mini-program code (scene = the event's token), made by WeChat once and kept in storage. An
     * event signed in by the screen's rotating code has none: a printed one would let a photo sign in from anywhere.
     */
    byte[] code(AdminPrincipal admin, long eventId) {
        EventEntity e = inScope(admin, eventId);
        if (SignInCodes.ROTATING.equals(e.getSignInMode())) {
            throw PledgeErrorCodes.SIGN_IN_MODE_MISMATCH.exception("这场活动使用现场大屏上的动态签到码：请在活动页打开“大屏签到码”，或改为固定二维码");
        }
        String key = "pledge/event-code/" + e.getId() + ".png";
        return storage.findOrPut(key, "image/png", () -> wechat.unlimitedCode(e.getScene(), catalog.campaign().eventPage()));
    }

    /** The organiser switches between the printed code and the screen's rotating one (a room without a screen, say). */
    EventWeb.EventResp signInMode(AdminPrincipal admin, long eventId, EventWeb.SignInMode mode) {
        EventEntity e = inScope(admin, eventId);
        events.setSignInMode(e.getId(), mode.name(), e.getCodeSecret() == null ? SignInCodes.newSecret() : e.getCodeSecret());
        return detail(admin, eventId);
    }

    /** The code the event's screen shows now; it changes every period (the console asks again when it does). */
    EventWeb.LiveCodeResp liveCode(AdminPrincipal admin, long eventId) {
        EventEntity e = rotating(admin, eventId);
        SignInCodes.Live live = codes.live(e);
        return new EventWeb.LiveCodeResp(live.code(), live.scene(), live.changesAt(), props.liveCodePeriod().toSeconds(),
                signIns.countByEvent(List.of(eventId)).getOrDefault(eventId, 0));
    }

    /** The mini-program code of the screen's current code, drawn by WeChat each period (never stored: it expires). */
    byte[] liveCodeImage(AdminPrincipal admin, long eventId) {
        EventEntity e = rotating(admin, eventId);
        return wechat.unlimitedCode(codes.live(e).scene(), catalog.campaign().eventPage());
    }

    private EventEntity rotating(AdminPrincipal admin, long eventId) {
        EventEntity e = inScope(admin, eventId);
        if (!SignInCodes.ROTATING.equals(e.getSignInMode())) {
            throw PledgeErrorCodes.EVENT_INVALID.exception("字段 signInMode：这场活动使用固定二维码；要在大屏上显示动态签到码，请先把签到方式改为 ROTATING");
        }
        return e;
    }

    /** The event, if it exists and was organised inside the caller's subtree; 404 either way, so ids reveal nothing. */
    EventEntity inScope(AdminPrincipal admin, long eventId) {
        EventEntity e = events.selectById(eventId);
        if (e == null || !admin.covers(e.getUnionPath())) {
            throw PledgeErrorCodes.EVENT_NOT_FOUND.exception();
        }
        return e;
    }

    EventWeb.EventResp view(EventEntity e, int scanned, List<String> evidenceUrls, UnionRef union) {
        int recorded = e.getRecordedHeadCount() == null ? 0 : e.getRecordedHeadCount();
        String label = catalog.eventType(e.getEventType()).map(PledgeCatalog.EventType::label).orElse(e.getEventType());
        return new EventWeb.EventResp(e.getId(), e.getUnionId(), union == null ? null : union.name(), e.getEventType(), label,
                e.getName(), e.getStartsAt(), e.getEndsAt(), e.getPlace(), e.getRadiusM(), e.getScene(),
                EventWeb.SignInMode.valueOf(e.getSignInMode()), scanned, recorded,
                e.getRecordedAt() != null, scanned + recorded, e.getRecordedAt(), evidenceUrls);
    }

    private void checkWindow(EventWeb.CreateReq req) {
        if (!req.endsAt().isAfter(req.startsAt())) {
            throw PledgeErrorCodes.EVENT_INVALID.exception("字段 endsAt：结束时间须晚于开始时间");
        }
        if (Duration.between(req.startsAt(), req.endsAt()).compareTo(LONGEST) > 0) {
            throw PledgeErrorCodes.EVENT_INVALID.exception("字段 endsAt：一场活动最长 3 天");
        }
        PledgeCatalog.Campaign c = catalog.campaign();
        if (!c.openOn(req.startsAt().toLocalDate())) {
            throw PledgeErrorCodes.EVENT_INVALID.exception("字段 startsAt：须在活动期间（" + c.startDate() + " 至 " + c.endDate() + "）");
        }
    }

    private static String token(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(TOKEN_CHARS.charAt(RANDOM.nextInt(TOKEN_CHARS.length())));
        }
        return sb.toString();
    }
}
