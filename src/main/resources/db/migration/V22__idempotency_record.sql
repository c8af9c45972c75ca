-- The first successful answer to each idempotency key (issues 18 and 22). Written in the same transaction as the
-- submission it answers, so the write and its record commit together or not at all: a retry after any failure finds
-- either both (and gets the first answer again) or neither (and does the work now). A refused request stores nothing.
-- The primary key is the lock: a second request with the same key waits on the first's uncommitted row.
CREATE TABLE idempotency_record (
    owner         VARCHAR(32)   NOT NULL,
    idem_key      VARCHAR(64)   NOT NULL,
    fingerprint   CHAR(64)      NOT NULL,
    status        SMALLINT      NOT NULL,
    content_type  VARCHAR(128)  NULL,
    response_body MEDIUMBLOB    NULL,
    created_at    DATETIME(3)   NOT NULL,
    PRIMARY KEY (owner, idem_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_idempotency_record_created ON idempotency_record (created_at);
