package cn.safetymonth.common.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long each kind of evidence is kept (README, 保存期限). Login and audit records are kept at least 180 days: 等保 2.0
 * asks for six months of audit records, so a shorter setting refuses to start.
 *
 * @param photoEvidence   a hazard photo's capture time and GPS, counted from when its report was finished (办结 or 不予采纳)
 * @param reportLocations a finished report's exact point and address, counted from when it was finished
 * @param signatureImages a pledge's signature image, counted from signing
 * @param eventEvidence   an offline event's recorded photos, counted from their upload
 * @param loginRecords    staff login lines of the audit log and workers' last login time
 * @param auditRecords    every other line of the staff audit log
 */
@ConfigurationProperties("safety.retention")
public record RetentionProperties(
        @DefaultValue("P180D") Duration photoEvidence,
        @DefaultValue("P365D") Duration reportLocations,
        @DefaultValue("P365D") Duration signatureImages,
        @DefaultValue("P365D") Duration eventEvidence,
        @DefaultValue("P180D") Duration loginRecords,
        @DefaultValue("P180D") Duration auditRecords) {

    static final Duration AUDIT_MINIMUM = Duration.ofDays(180);

    public RetentionProperties {
        positive("photo-evidence", photoEvidence);
        positive("report-locations", reportLocations);
        positive("signature-images", signatureImages);
        positive("event-evidence", eventEvidence);
        atLeastAuditMinimum("login-records", loginRecords);
        atLeastAuditMinimum("audit-records", auditRecords);
    }

    public Duration of(Evidence kind) {
        return switch (kind) {
            case PHOTO_EVIDENCE -> photoEvidence;
            case REPORT_LOCATION -> reportLocations;
            case SIGNATURE_IMAGE -> signatureImages;
            case EVENT_EVIDENCE -> eventEvidence;
            case LOGIN_RECORD -> loginRecords;
            case AUDIT_RECORD -> auditRecords;
        };
    }

    private static void positive(String name, Duration period) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("safety.retention." + name + " must be a positive period, was " + period);
        }
    }

    private static void atLeastAuditMinimum(String name, Duration period) {
        if (period.compareTo(AUDIT_MINIMUM) < 0) {
            throw new IllegalArgumentException("safety.retention." + name + " must be at least " + AUDIT_MINIMUM.toDays()
                    + " days (等保 2.0: audit records are kept six months), was " + period);
        }
    }
}
