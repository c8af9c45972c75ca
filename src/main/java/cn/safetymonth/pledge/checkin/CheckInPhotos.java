package cn.safetymonth.pledge.checkin;

import cn.safetymonth.common.geo.LocationReq;
import cn.safetymonth.pledge.PledgeCatalog;
import cn.safetymonth.pledge.PledgeErrorCodes;
import cn.safetymonth.storage.ObjectStorage;
import cn.safetymonth.storage.images.CjkFonts;
import cn.safetymonth.storage.images.Images;
import cn.safetymonth.storage.images.Watermark;
import org.springframework.stereotype.Component;

import java.awt.image.BufferedImage;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A check-in photo with the server's watermark (theme, time, place) drawn on it: the stamped copy is
 * what is kept and shown, so the time on it is the server's, not the phone's.
 */
@Component
class CheckInPhotos {

    /** Longer edge kept: plenty for a phone screen, and it bounds the memory a 12 MP upload costs. */
    static final int MAX_EDGE = 1600;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.CHINA);

    private final CjkFonts fonts;
    private final ObjectStorage storage;

    CheckInPhotos(CjkFonts fonts, ObjectStorage storage) {
        this.fonts = fonts;
        this.storage = storage;
    }

    /** Stamps and stores the photo; returns the stored key. */
    String watermark(byte[] original, long workerId, PledgeCatalog.Theme theme, LocalDateTime at, LocationReq location) {
        BufferedImage decoded = Images.decode(original, MAX_EDGE)
                .orElseThrow(() -> PledgeErrorCodes.UPLOAD_INVALID.exception("字段 photoUploadId：照片无法读取，请重新拍摄"));
        BufferedImage photo = Images.fitRgb(decoded, MAX_EDGE);
        Watermark.stamp(photo, lines(theme, at, location), fonts.regular(12));
        String key = "pledge/check-ins/" + workerId + "/" + UUID.randomUUID() + ".jpg";
        storage.put(key, Images.jpeg(photo, 0.85f), "image/jpeg");
        return key;
    }

    static List<String> lines(PledgeCatalog.Theme theme, LocalDateTime at, LocationReq location) {
        return List.of("安全生产月 · " + theme.name(), "时间：" + TIME.format(at), "地点：" + place(location));
    }

    private static String place(LocationReq location) {
        if (location == null) {
            return "未定位";
        }
        if (location.address() != null && !location.address().isBlank()) {
            return location.address().trim();
        }
        return String.format(Locale.ROOT, "%.5f, %.5f", location.latitude(), location.longitude());
    }
}
