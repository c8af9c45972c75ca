-- The staff audit log: logins (succeeded and failed), account and role changes, unlocks, views of a reporter's
-- identity, and later exports, submissions, imports... One row per act, appended and never updated or deleted by the
-- service (its mapper has no such statement). actor_union_path is the actor's node then ("/" for a platform admin),
-- so a union filter reads its own subtree without a join.
CREATE TABLE audit_log (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    at                DATETIME(3)   NOT NULL,
    kind              VARCHAR(40)   NOT NULL,
    actor_account_id  BIGINT        NULL,
    actor_username    VARCHAR(64)   NULL,
    actor_union_id    BIGINT        NULL,
    actor_union_path  VARCHAR(512)  NULL,
    subject_type      VARCHAR(40)   NULL,
    subject_id        BIGINT        NULL,
    detail            VARCHAR(200)  NULL,
    client_address    VARCHAR(45)   NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_audit_at ON audit_log (at);
CREATE INDEX idx_audit_kind_at ON audit_log (kind, at);
CREATE INDEX idx_audit_subject ON audit_log (subject_type, subject_id);
CREATE INDEX idx_audit_actor ON audit_log (actor_account_id, at);
