package cn.safetymonth.common.retention;

/** The kinds of evidence kept only for a period, each with its own setting in {@link RetentionProperties}. */
public enum Evidence {
    /** The capture time and GPS read from a hazard photo's original, once its report is finished. */
    PHOTO_EVIDENCE,
    /** The exact point, accuracy and address of a finished hazard report (its public point stays). */
    REPORT_LOCATION,
    /** A pledge's handwritten signature image (the signature itself stays counted). */
    SIGNATURE_IMAGE,
    /** The photos an organiser recorded an offline event with (the head count stays). */
    EVENT_EVIDENCE,
    /** Staff login lines of the audit log and a worker's last login time. */
    LOGIN_RECORD,
    /** Every other line of the staff audit log. */
    AUDIT_RECORD
}
