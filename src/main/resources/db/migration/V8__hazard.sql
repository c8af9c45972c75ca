-- 安全隐患随手拍: photos, reports with their review and rectification, the timeline, the reward
-- ledger, "I saw this too" and deadline escalations. The unique keys are the rules: one report per
-- (reporter, idempotency key), a photo in one report, a reward per (report, reason), a worker's
-- "seen too" once per report, an escalation once per (report, deadline).

-- One uploaded picture. Uploaded first (wx.uploadFile sends one file per request), then named by its
-- token in a report or a rectification. object_key/thumb_key hold the copy without metadata; the
-- capture time and GPS read from the original are evidence for reviewers only.
CREATE TABLE hazard_photo (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    token           VARCHAR(40)   NOT NULL,
    uploaded_by     VARCHAR(32)   NOT NULL,
    report_id       BIGINT        NULL,
    purpose         VARCHAR(16)   NULL,
    seq             INT           NULL,
    object_key      VARCHAR(200)  NOT NULL,
    thumb_key       VARCHAR(200)  NOT NULL,
    content_type    VARCHAR(32)   NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    width           INT           NOT NULL,
    height          INT           NOT NULL,
    captured_at     DATETIME(3)   NULL,
    exif_lat        DECIMAL(10,7) NULL,
    exif_lng        DECIMAL(10,7) NULL,
    media_trace_id  VARCHAR(64)   NULL,
    media_verdict   VARCHAR(16)   NOT NULL,
    expires_at      DATETIME(3)   NOT NULL,
    created_at      DATETIME(3)   NOT NULL,
    updated_at      DATETIME(3)   NOT NULL,
    created_by      VARCHAR(32)   NULL,
    updated_by      VARCHAR(32)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_hazard_photo_token UNIQUE (token),
    CONSTRAINT uk_hazard_photo_trace UNIQUE (media_trace_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_hazard_photo_report ON hazard_photo (report_id, purpose, seq);
CREATE INDEX idx_hazard_photo_unused ON hazard_photo (report_id, expires_at);

-- union_id / union_path: the reporter's union at submission (NULL = 社会公众, reviewed by the platform).
-- lat/lng: the point normalised to GCJ-02 (what maps in China draw); raw_lat/raw_lng/coord_system: as
-- the phone gave it. assignee_union_path lets the responsible unit find what it must fix.
CREATE TABLE hazard_report (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    reporter_id          BIGINT        NOT NULL,
    idempotency_key      VARCHAR(64)   NOT NULL,
    union_id             BIGINT        NULL,
    union_path           VARCHAR(512)  NULL,
    scene                VARCHAR(16)   NOT NULL,
    category             VARCHAR(32)   NOT NULL,
    description          VARCHAR(500)  NOT NULL,
    unit_name            VARCHAR(100)  NULL,
    raw_lat              DECIMAL(10,7) NOT NULL,
    raw_lng              DECIMAL(10,7) NOT NULL,
    coord_system         VARCHAR(8)    NOT NULL,
    lat                  DECIMAL(10,7) NOT NULL,
    lng                  DECIMAL(10,7) NOT NULL,
    accuracy_m           DOUBLE        NULL,
    address              VARCHAR(200)  NULL,
    place_name           VARCHAR(100)  NULL,
    state                VARCHAR(16)   NOT NULL,
    hazard_level         VARCHAR(8)    NULL,
    reject_reason        VARCHAR(200)  NULL,
    text_verdict         VARCHAR(16)   NOT NULL,
    flagged              BOOLEAN       NOT NULL,
    flag_reason          VARCHAR(100)  NULL,
    duplicate_of         BIGINT        NULL,
    assignee_union_id    BIGINT        NULL,
    assignee_union_path  VARCHAR(512)  NULL,
    assignee_person      VARCHAR(50)   NULL,
    deadline             DATE          NULL,
    overdue              BOOLEAN       NOT NULL,
    rectify_note         VARCHAR(500)  NULL,
    submitted_at         DATETIME(3)   NOT NULL,
    verified_at          DATETIME(3)   NULL,
    rectified_at         DATETIME(3)   NULL,
    closed_at            DATETIME(3)   NULL,
    state_changed_at     DATETIME(3)   NOT NULL,
    created_at           DATETIME(3)   NOT NULL,
    updated_at           DATETIME(3)   NOT NULL,
    created_by           VARCHAR(32)   NULL,
    updated_by           VARCHAR(32)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_hazard_report_idem UNIQUE (reporter_id, idempotency_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_hazard_report_scope ON hazard_report (union_path, submitted_at);
CREATE INDEX idx_hazard_report_assignee ON hazard_report (assignee_union_path, state);
CREATE INDEX idx_hazard_report_deadline ON hazard_report (state, deadline);
CREATE INDEX idx_hazard_report_geo ON hazard_report (lat, lng);
CREATE INDEX idx_hazard_report_dup ON hazard_report (duplicate_of);

-- Who did what and when. actor_kind REPORTER | STAFF | SYSTEM; the responsible unit is shown no reporter.
CREATE TABLE hazard_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    report_id    BIGINT       NOT NULL,
    action       VARCHAR(24)  NOT NULL,
    from_state   VARCHAR(16)  NULL,
    to_state     VARCHAR(16)  NULL,
    actor_kind   VARCHAR(16)  NOT NULL,
    actor_id     BIGINT       NULL,
    actor_name   VARCHAR(50)  NULL,
    note         VARCHAR(500) NULL,
    at           DATETIME(3)  NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    updated_at   DATETIME(3)  NOT NULL,
    created_by   VARCHAR(32)  NULL,
    updated_by   VARCHAR(32)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_hazard_event_report FOREIGN KEY (report_id) REFERENCES hazard_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_hazard_event_report ON hazard_event (report_id, at);

-- Append-only: rows are inserted, never updated or deleted. A retried verification pays nothing twice.
CREATE TABLE hazard_reward (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    worker_id   BIGINT       NOT NULL,
    report_id   BIGINT       NOT NULL,
    points      INT          NOT NULL,
    reason      VARCHAR(32)  NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    created_by  VARCHAR(32)  NULL,
    updated_by  VARCHAR(32)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_hazard_reward UNIQUE (report_id, reason),
    CONSTRAINT fk_hazard_reward_report FOREIGN KEY (report_id) REFERENCES hazard_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_hazard_reward_worker ON hazard_reward (worker_id, created_at);

CREATE TABLE hazard_seen_too (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    report_id   BIGINT       NOT NULL,
    worker_id   BIGINT       NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    created_by  VARCHAR(32)  NULL,
    updated_by  VARCHAR(32)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_hazard_seen_too UNIQUE (report_id, worker_id),
    CONSTRAINT fk_hazard_seen_report FOREIGN KEY (report_id) REFERENCES hazard_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A rectification past its deadline is escalated to the assignee's parent union once per deadline.
CREATE TABLE hazard_escalation (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    report_id       BIGINT       NOT NULL,
    deadline        DATE         NOT NULL,
    parent_union_id BIGINT       NULL,
    created_at      DATETIME(3)  NOT NULL,
    updated_at      DATETIME(3)  NOT NULL,
    created_by      VARCHAR(32)  NULL,
    updated_by      VARCHAR(32)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_hazard_escalation UNIQUE (report_id, deadline),
    CONSTRAINT fk_hazard_escalation_report FOREIGN KEY (report_id) REFERENCES hazard_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
