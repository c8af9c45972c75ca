package cn.safetymonth.pledge.checkin;

import cn.safetymonth.common.ErrorCode;
import cn.safetymonth.common.geo.LocationReq;
import cn.safetymonth.pledge.Act;
import cn.safetymonth.pledge.ActSource;
import cn.safetymonth.pledge.CheckedIn;
import cn.safetymonth.pledge.PledgeCatalog;
import cn.safetymonth.pledge.PledgeErrorCodes;
import cn.safetymonth.pledge.PledgeProperties;
import cn.safetymonth.pledge.Uploads;
import cn.safetymonth.pledge.WorkerUnion;
import cn.safetymonth.storage.ObjectStorage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Themed check-ins: once per theme per day (the database's unique key), photo and location as the theme asks. */
@Service
class CheckInService implements ActSource {

    private final PledgeCatalog catalog;
    private final CheckInMapper checkIns;
    private final Uploads uploads;
    private final CheckInPhotos photos;
    private final WorkerUnion unions;
    private final ObjectStorage storage;
    private final PledgeProperties props;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    CheckInService(PledgeCatalog catalog, CheckInMapper checkIns, Uploads uploads, CheckInPhotos photos, WorkerUnion unions,
                   ObjectStorage storage, PledgeProperties props, ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.catalog = catalog;
        this.checkIns = checkIns;
        this.uploads = uploads;
        this.photos = photos;
        this.unions = unions;
        this.storage = storage;
        this.props = props;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    List<CheckInWeb.ThemeResp> themes(long workerId) {
        LocalDate today = LocalDate.now(clock);
        PledgeCatalog.Campaign campaign = catalog.campaign();
        return catalog.themes().stream().map(t -> new CheckInWeb.ThemeResp(t.code(), t.name(), t.description(), t.startDate(),
                t.endDate(), campaign.openOn(today) && t.openOn(today), t.photo(), t.location(),
                checkIns.exists(workerId, campaign.code(), t.code(), today))).toList();
    }

    CheckInWeb.CheckInResp checkIn(long workerId, CheckInWeb.CheckInReq req) {
        PledgeCatalog.Theme theme = catalog.theme(req.themeCode()).orElseThrow(PledgeErrorCodes.THEME_NOT_FOUND::exception);
        PledgeCatalog.Campaign campaign = catalog.campaign();
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        if (!campaign.openOn(today) || !theme.openOn(today)) {
            throw PledgeErrorCodes.THEME_CLOSED.exception("“" + theme.name() + "”的打卡时间为 " + theme.startDate() + " 至 " + theme.endDate());
        }
        requireAsked(theme.photo(), req.photoUploadId() != null, PledgeErrorCodes.PHOTO_REQUIRED, "photoUploadId", "照片");
        requireAsked(theme.location(), req.location() != null, PledgeErrorCodes.LOCATION_REQUIRED, "location", "定位");
        if (checkIns.exists(workerId, campaign.code(), theme.code(), today)) {
            throw PledgeErrorCodes.ALREADY_CHECKED_IN.exception();
        }
        CheckInEntity row = row(workerId, campaign, theme, now, req.location());
        if (req.photoUploadId() != null) {
            Uploads.Upload upload = uploads.require(workerId, req.photoUploadId(), "photoUploadId");
            row.setPhotoKey(photos.watermark(uploads.bytes(upload), workerId, theme, now, req.location()));
        }
        try {
            tx.executeWithoutResult(s -> {
                checkIns.insert(row);
                if (req.photoUploadId() != null) {
                    uploads.claim(workerId, req.photoUploadId(), "photoUploadId");
                }
                events.publishEvent(new CheckedIn(row.getId(), workerId, row.getUnionId(), row.getUnionPath(), theme.code(),
                        row.getCheckedInAt()));
            });
        } catch (DuplicateKeyException e) {
            throw PledgeErrorCodes.ALREADY_CHECKED_IN.exception();
        }
        return view(row);
    }

    /** Newest first: a personal record, without streaks or comparisons. */
    List<CheckInWeb.CheckInResp> mine(long workerId) {
        return checkIns.ofWorker(workerId).stream().map(this::view).toList();
    }

    @Override
    public List<Act> actsOf(long workerId) {
        return checkIns.ofWorker(workerId).stream().map(c -> new Act("CHECK_IN", "主题打卡", c.getId(), themeName(c.getThemeCode()),
                c.getPhotoKey() != null ? "含照片" : null, c.getCheckedInAt())).toList();
    }

    private static void requireAsked(PledgeCatalog.Requirement rule, boolean given, ErrorCode missing,
                                     String field, String what) {
        if (rule == PledgeCatalog.Requirement.REQUIRED && !given) {
            throw missing.exception();
        }
        if (rule == PledgeCatalog.Requirement.NONE && given) {
            throw PledgeErrorCodes.NOT_ASKED.exception("字段 " + field + "：这个主题不需要" + what);
        }
    }

    private CheckInEntity row(long workerId, PledgeCatalog.Campaign campaign, PledgeCatalog.Theme theme, LocalDateTime now,
                              LocationReq location) {
        WorkerUnion.At union = unions.now(workerId);
        CheckInEntity row = new CheckInEntity();
        row.setCampaignCode(campaign.code());
        row.setThemeCode(theme.code());
        row.setWorkerId(workerId);
        row.setUnionId(union.unionId());
        row.setUnionPath(union.unionPath());
        row.setCheckDay(now.toLocalDate());
        row.setCheckedInAt(now);
        if (location != null) {
            row.setLatitude(BigDecimal.valueOf(location.latitude()).setScale(7, RoundingMode.HALF_UP));
            row.setLongitude(BigDecimal.valueOf(location.longitude()).setScale(7, RoundingMode.HALF_UP));
            row.setCoordSystem(location.coordSystem().wire());
            row.setAccuracyM(location.accuracy() == null ? null : BigDecimal.valueOf(location.accuracy()).setScale(2, RoundingMode.HALF_UP));
            row.setAddress(location.address() == null || location.address().isBlank() ? null : location.address().trim());
        }
        return row;
    }

    private CheckInWeb.CheckInResp view(CheckInEntity c) {
        return new CheckInWeb.CheckInResp(c.getId(), c.getThemeCode(), themeName(c.getThemeCode()), c.getCheckDay(), c.getCheckedInAt(),
                c.getPhotoKey() == null ? null : storage.signedUrl(c.getPhotoKey(), props.mediaUrlTtl()), c.getAddress());
    }

    private String themeName(String code) {
        return catalog.theme(code).map(PledgeCatalog.Theme::name).orElse(code);
    }
}
