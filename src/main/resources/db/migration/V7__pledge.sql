-- Pledges, themed check-ins, works (家书/征文/科普) and offline events. Content (templates, themes,
-- event types) is data in config/pledge; these tables hold what workers and unions did.
-- union_id / union_path on every act: the worker's union at that moment (NULL = 社会公众), so the
-- statistics can count an act where it happened. The unique keys are the "never twice" rules.

CREATE TABLE pledge_signature (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    campaign_code     VARCHAR(32)  NOT NULL,
    template_code     VARCHAR(32)  NOT NULL,
    template_version  INT          NOT NULL,
    kind              VARCHAR(24)  NOT NULL,
    worker_id         BIGINT       NOT NULL,
    union_id          BIGINT       NULL,
    union_path        VARCHAR(512) NULL,
    union_name        VARCHAR(100) NULL,
    signature_key     VARCHAR(200) NOT NULL,
    signed_at         DATETIME(3)  NOT NULL,
    created_at        DATETIME(3)  NOT NULL,
    updated_at        DATETIME(3)  NOT NULL,
    created_by        VARCHAR(32)  NULL,
    updated_by        VARCHAR(32)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_pledge_signature UNIQUE (worker_id, template_code, campaign_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_pledge_signature_count ON pledge_signature (campaign_code, union_path, signed_at);

-- A picture a worker uploaded, waiting to be used once by a check-in or a work (single use).
CREATE TABLE pledge_upload (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    worker_id     BIGINT       NOT NULL,
    object_key    VARCHAR(200) NOT NULL,
    content_type  VARCHAR(32)  NOT NULL,
    width         INT          NOT NULL,
    height        INT          NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    used_at       DATETIME(3)  NULL,
    created_at    DATETIME(3)  NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    created_by    VARCHAR(32)  NULL,
    updated_by    VARCHAR(32)  NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_pledge_upload_worker ON pledge_upload (worker_id, created_at);

-- Location is personal data: shown to the worker only. coord_system: gcj02 | wgs84.
CREATE TABLE pledge_check_in (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    campaign_code   VARCHAR(32)   NOT NULL,
    theme_code      VARCHAR(32)   NOT NULL,
    worker_id       BIGINT        NOT NULL,
    union_id        BIGINT        NULL,
    union_path      VARCHAR(512)  NULL,
    check_day       DATE          NOT NULL,
    checked_in_at   DATETIME(3)   NOT NULL,
    photo_key       VARCHAR(200)  NULL,
    latitude        DECIMAL(10,7) NULL,
    longitude       DECIMAL(10,7) NULL,
    coord_system    VARCHAR(8)    NULL,
    accuracy_m      DECIMAL(10,2) NULL,
    address         VARCHAR(200)  NULL,
    created_at      DATETIME(3)   NOT NULL,
    updated_at      DATETIME(3)   NOT NULL,
    created_by      VARCHAR(32)   NULL,
    updated_by      VARCHAR(32)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_pledge_check_in UNIQUE (worker_id, campaign_code, theme_code, check_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_pledge_check_in_count ON pledge_check_in (campaign_code, union_path, checked_in_at);

-- status: SUBMITTED → ACCEPTED | RETURNED; RETURNED → SUBMITTED (revised, same work, revision + 1).
-- *_verdict: WeChat content security (PASS | REVIEW | RISKY; image NULL until WeChat pushes it).
-- flagged: something was RISKY: hidden from everyone but reviewers.
CREATE TABLE pledge_work (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    campaign_code     VARCHAR(32)   NOT NULL,
    kind              VARCHAR(16)   NOT NULL,
    worker_id         BIGINT        NOT NULL,
    union_id          BIGINT        NULL,
    union_path        VARCHAR(512)  NULL,
    client_request_id VARCHAR(64)   NULL,
    title             VARCHAR(100)  NULL,
    body              TEXT          NULL,
    image_key         VARCHAR(200)  NULL,
    video_url         VARCHAR(500)  NULL,
    status            VARCHAR(16)   NOT NULL,
    revision          INT           NOT NULL,
    text_verdict      VARCHAR(8)    NOT NULL,
    image_verdict     VARCHAR(8)    NULL,
    image_trace_id    VARCHAR(64)   NULL,
    flagged           BOOLEAN       NOT NULL,
    return_reason     VARCHAR(200)  NULL,
    submitted_at      DATETIME(3)   NOT NULL,
    reviewed_at       DATETIME(3)   NULL,
    reviewed_by       BIGINT        NULL,
    created_at        DATETIME(3)   NOT NULL,
    updated_at        DATETIME(3)   NOT NULL,
    created_by        VARCHAR(32)   NULL,
    updated_by        VARCHAR(32)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_pledge_work_request UNIQUE (worker_id, client_request_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_pledge_work_worker ON pledge_work (worker_id, submitted_at);
CREATE INDEX idx_pledge_work_review ON pledge_work (union_path, status, submitted_at);
CREATE INDEX idx_pledge_work_trace ON pledge_work (image_trace_id);

-- scene: what the event's mini-program code carries (≤ 32 chars of WeChat's set), unique.
-- recorded_head_count: people counted by the organiser instead of scanning (0 until recorded).
CREATE TABLE pledge_event (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    campaign_code        VARCHAR(32)   NOT NULL,
    union_id             BIGINT        NOT NULL,
    union_path           VARCHAR(512)  NOT NULL,
    event_type           VARCHAR(32)   NOT NULL,
    name                 VARCHAR(60)   NOT NULL,
    starts_at            DATETIME(3)   NOT NULL,
    ends_at              DATETIME(3)   NOT NULL,
    place                VARCHAR(100)  NOT NULL,
    latitude             DECIMAL(10,7) NULL,
    longitude            DECIMAL(10,7) NULL,
    coord_system         VARCHAR(8)    NULL,
    radius_m             INT           NULL,
    scene                VARCHAR(32)   NOT NULL,
    recorded_head_count  INT           NOT NULL,
    recorded_at          DATETIME(3)   NULL,
    recorded_by          BIGINT        NULL,
    created_at           DATETIME(3)   NOT NULL,
    updated_at           DATETIME(3)   NOT NULL,
    created_by           VARCHAR(32)   NULL,
    updated_by           VARCHAR(32)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_pledge_event_scene UNIQUE (scene)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_pledge_event_union ON pledge_event (union_path, starts_at);

CREATE TABLE pledge_event_evidence (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    event_id    BIGINT       NOT NULL,
    seq         INT          NOT NULL,
    object_key  VARCHAR(200) NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    created_by  VARCHAR(32)  NULL,
    updated_by  VARCHAR(32)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_pledge_event_evidence UNIQUE (event_id, seq),
    CONSTRAINT fk_pledge_evidence_event FOREIGN KEY (event_id) REFERENCES pledge_event (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pledge_event_sign_in (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    event_id           BIGINT        NOT NULL,
    event_type         VARCHAR(32)   NOT NULL,
    worker_id          BIGINT        NOT NULL,
    union_id           BIGINT        NULL,
    union_path         VARCHAR(512)  NULL,
    event_union_id     BIGINT        NOT NULL,
    event_union_path   VARCHAR(512)  NOT NULL,
    signed_in_at       DATETIME(3)   NOT NULL,
    distance_m         INT           NULL,
    created_at         DATETIME(3)   NOT NULL,
    updated_at         DATETIME(3)   NOT NULL,
    created_by         VARCHAR(32)   NULL,
    updated_by         VARCHAR(32)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_pledge_event_sign_in UNIQUE (event_id, worker_id),
    CONSTRAINT fk_pledge_sign_in_event FOREIGN KEY (event_id) REFERENCES pledge_event (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_pledge_sign_in_worker ON pledge_event_sign_in (worker_id, signed_in_at);
