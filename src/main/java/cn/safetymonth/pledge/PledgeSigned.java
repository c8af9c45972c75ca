package cn.safetymonth.pledge;

import java.time.LocalDateTime;

/**
 * A worker signed a pledge (安全签名 / 安全倡议 / 安全承诺, counted in 人次). Published inside the signing
 * transaction. unionId/unionPath: the worker's union when signing (null = 社会公众).
 * kind: COMMITMENT | INITIATIVE | MANAGER_COMMITMENT.
 */
public record PledgeSigned(long signatureId, long workerId, Long unionId, String unionPath, String templateCode,
                           String kind, LocalDateTime signedAt) {
}
