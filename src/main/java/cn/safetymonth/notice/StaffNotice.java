package cn.safetymonth.notice;

/** A message for the staff of one union node (reviewers and admins bound to it). */
public record StaffNotice(String kind, String title, String body, String refType, Long refId) {
}
