-- What workers and union staff are told: an in-app inbox, and the worker's grants for WeChat subscribe messages.

-- audience WORKER: recipient_id is a worker; audience STAFF: recipient_id is a union node, and every staff account
-- bound to that node reads the same message (accounts created later see it too).
CREATE TABLE notice_message (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    audience      VARCHAR(8)    NOT NULL,
    recipient_id  BIGINT        NOT NULL,
    kind          VARCHAR(40)   NOT NULL,
    title         VARCHAR(100)  NOT NULL,
    body          VARCHAR(500)  NOT NULL,
    ref_type      VARCHAR(40)   NULL,
    ref_id        BIGINT        NULL,
    read_at       DATETIME(3)   NULL,
    created_at    DATETIME(3)   NOT NULL,
    updated_at    DATETIME(3)   NOT NULL,
    created_by    VARCHAR(32)   NULL,
    updated_by    VARCHAR(32)   NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_notice_recipient ON notice_message (audience, recipient_id, id);

-- One row per worker and template: how many one-time grants (wx.requestSubscribeMessage "accept") remain unused.
CREATE TABLE notice_grant (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    worker_id     BIGINT       NOT NULL,
    template_key  VARCHAR(40)  NOT NULL,
    remaining     INT          NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    created_at    DATETIME(3)  NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    created_by    VARCHAR(32)  NULL,
    updated_by    VARCHAR(32)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_notice_grant UNIQUE (worker_id, template_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every subscribe message tried, with WeChat's outcome: SENT, NO_GRANT (43101 or none held), REJECTED, FAILED.
CREATE TABLE notice_subscribe_log (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    message_id    BIGINT       NOT NULL,
    worker_id     BIGINT       NOT NULL,
    template_key  VARCHAR(40)  NOT NULL,
    outcome       VARCHAR(16)  NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    created_by    VARCHAR(32)  NULL,
    updated_by    VARCHAR(32)  NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_notice_subscribe_worker ON notice_subscribe_log (worker_id, id);
