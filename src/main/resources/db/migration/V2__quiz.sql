-- "安全隐患我查找": campaigns, levels with five hazard points, daily attempts, quick tests.
-- The unique keys are the rules: one attempt per worker per day, a level never replayed, a hazard
-- found once per attempt, a question answered once.

CREATE TABLE quiz_campaign (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(64)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    theme       VARCHAR(200) NOT NULL,
    start_date  DATE         NOT NULL,
    end_date    DATE         NOT NULL,
    channel     VARCHAR(16)  NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    created_by  VARCHAR(32)  NULL,
    updated_by  VARCHAR(32)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_quiz_campaign_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE quiz_level (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    campaign_id    BIGINT       NOT NULL,
    code           VARCHAR(64)  NOT NULL,
    scene          VARCHAR(16)  NOT NULL,
    sort_order     INT          NOT NULL,
    title          VARCHAR(40)  NOT NULL,
    picture_key    VARCHAR(200) NOT NULL,
    content_hash   VARCHAR(64)  NOT NULL,
    created_at     DATETIME(3)  NOT NULL,
    updated_at     DATETIME(3)  NOT NULL,
    created_by     VARCHAR(32)  NULL,
    updated_by     VARCHAR(32)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_quiz_level_code UNIQUE (code),
    CONSTRAINT fk_quiz_level_campaign FOREIGN KEY (campaign_id) REFERENCES quiz_campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_quiz_level_scene ON quiz_level (campaign_id, scene, sort_order);

CREATE TABLE quiz_hazard (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    level_id       BIGINT        NOT NULL,
    code           VARCHAR(64)   NOT NULL,
    seq            INT           NOT NULL,
    name           VARCHAR(40)   NOT NULL,
    region_json    VARCHAR(2000) NOT NULL,
    question_type  VARCHAR(16)   NOT NULL,
    question_text  VARCHAR(300)  NOT NULL,
    options_json   VARCHAR(2000) NOT NULL,
    answer_keys    VARCHAR(16)   NOT NULL,
    explanation    VARCHAR(600)  NOT NULL,
    created_at     DATETIME(3)   NOT NULL,
    updated_at     DATETIME(3)   NOT NULL,
    created_by     VARCHAR(32)   NULL,
    updated_by     VARCHAR(32)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_quiz_hazard_code UNIQUE (code),
    CONSTRAINT fk_quiz_hazard_level FOREIGN KEY (level_id) REFERENCES quiz_level (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- union_id / union_path: the worker's union when the attempt started (NULL = 社会公众), so it counts
-- where it happened and a union's subtree is found by path prefix without leaving the quiz tables.
CREATE TABLE quiz_attempt (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    campaign_id    BIGINT       NOT NULL,
    worker_id      BIGINT       NOT NULL,
    union_id       BIGINT       NULL,
    union_path     VARCHAR(512) NULL,
    level_id       BIGINT       NOT NULL,
    scene          VARCHAR(16)  NOT NULL,
    play_date      DATE         NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    closed_reason  VARCHAR(16)  NULL,
    started_at     DATETIME(3)  NOT NULL,
    closed_at      DATETIME(3)  NULL,
    found_count    INT          NOT NULL,
    correct_count  INT          NOT NULL,
    score          INT          NOT NULL,
    option_seed    BIGINT       NOT NULL,
    flagged        BOOLEAN      NOT NULL,
    flag_reason    VARCHAR(100) NULL,
    created_at     DATETIME(3)  NOT NULL,
    updated_at     DATETIME(3)  NOT NULL,
    created_by     VARCHAR(32)  NULL,
    updated_by     VARCHAR(32)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_quiz_attempt_day UNIQUE (worker_id, play_date),
    CONSTRAINT uk_quiz_attempt_level UNIQUE (worker_id, level_id),
    CONSTRAINT fk_quiz_attempt_level FOREIGN KEY (level_id) REFERENCES quiz_level (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_quiz_attempt_open ON quiz_attempt (status, play_date);
CREATE INDEX idx_quiz_attempt_count ON quiz_attempt (campaign_id, union_id, closed_at);
CREATE INDEX idx_quiz_attempt_flagged ON quiz_attempt (flagged, union_path);

CREATE TABLE quiz_attempt_hazard (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    attempt_id   BIGINT      NOT NULL,
    hazard_id    BIGINT      NOT NULL,
    found_at     DATETIME(3) NOT NULL,
    answer_keys  VARCHAR(16) NULL,
    correct      BOOLEAN     NULL,
    answered_at  DATETIME(3) NULL,
    created_at   DATETIME(3) NOT NULL,
    updated_at   DATETIME(3) NOT NULL,
    created_by   VARCHAR(32) NULL,
    updated_by   VARCHAR(32) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_quiz_attempt_hazard UNIQUE (attempt_id, hazard_id),
    CONSTRAINT fk_quiz_ah_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE quiz_quick_test (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    campaign_id     BIGINT       NOT NULL,
    worker_id       BIGINT       NOT NULL,
    union_id        BIGINT       NULL,
    union_path      VARCHAR(512) NULL,
    status          VARCHAR(16)  NOT NULL,
    question_ids    VARCHAR(400) NOT NULL,
    current_seq     INT          NOT NULL,
    correct_count   INT          NOT NULL,
    option_seed     BIGINT       NOT NULL,
    started_at      DATETIME(3)  NOT NULL,
    finished_at     DATETIME(3)  NULL,
    version         INT          NOT NULL DEFAULT 0,
    created_at      DATETIME(3)  NOT NULL,
    updated_at      DATETIME(3)  NOT NULL,
    created_by      VARCHAR(32)  NULL,
    updated_by      VARCHAR(32)  NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_quick_test_worker ON quiz_quick_test (worker_id, started_at);
CREATE INDEX idx_quick_test_count ON quiz_quick_test (campaign_id, union_id, finished_at);

CREATE TABLE quiz_quick_test_answer (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    test_id      BIGINT      NOT NULL,
    seq          INT         NOT NULL,
    hazard_id    BIGINT      NOT NULL,
    answer_keys  VARCHAR(16) NOT NULL,
    correct      BOOLEAN     NOT NULL,
    created_at   DATETIME(3) NOT NULL,
    updated_at   DATETIME(3) NOT NULL,
    created_by   VARCHAR(32) NULL,
    updated_by   VARCHAR(32) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_quick_test_answer UNIQUE (test_id, seq),
    CONSTRAINT fk_quick_test_answer_test FOREIGN KEY (test_id) REFERENCES quiz_quick_test (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
