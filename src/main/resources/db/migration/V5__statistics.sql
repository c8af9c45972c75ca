-- The statistics table. Acts become facts (one row per counted act, signed quantities for acts undone later),
-- written in the same transaction as the act. A job folds new facts into per-node, per-day counters for every
-- ancestor of the act's union, so a table costs the same whatever the history: it reads one node's counters.

-- metric: a catalogue code (quiz.attempts, event.sessions…); qualifier: its subtype (event type, pledge kind…), ''
-- when it has none. worker_id is NULL for recorded head counts. folded = 0 until the fold job counted it.
CREATE TABLE stat_fact (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    fact_key     VARCHAR(100)  NULL,
    metric       VARCHAR(40)   NOT NULL,
    qualifier    VARCHAR(40)   NOT NULL,
    source_type  VARCHAR(40)   NOT NULL,
    source_id    BIGINT        NOT NULL,
    worker_id    BIGINT        NULL,
    union_id     BIGINT        NOT NULL,
    union_path   VARCHAR(512)  NOT NULL,
    occurred_at  DATETIME(3)   NOT NULL,
    occurred_on  DATE          NOT NULL,
    quantity     INT           NOT NULL,
    folded       TINYINT       NOT NULL,
    created_at   DATETIME(3)   NOT NULL,
    updated_at   DATETIME(3)   NOT NULL,
    created_by   VARCHAR(32)   NULL,
    updated_by   VARCHAR(32)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_stat_fact_key UNIQUE (fact_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_stat_fact_unfolded ON stat_fact (folded, id);
CREATE INDEX idx_stat_fact_drill ON stat_fact (metric, union_path, occurred_on);
CREATE INDEX idx_stat_fact_source ON stat_fact (source_type, source_id);

-- Acts per node (the node's whole subtree), metric, qualifier and day.
CREATE TABLE stat_daily (
    node_id      BIGINT        NOT NULL,
    metric       VARCHAR(40)   NOT NULL,
    qualifier    VARCHAR(40)   NOT NULL,
    act_day      DATE          NOT NULL,
    total        BIGINT        NOT NULL,
    PRIMARY KEY (node_id, metric, qualifier, act_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 人 (distinct people): a person counts once per campaign window, metric and node, on the first day they acted
-- anywhere in that node's subtree; the unique key is what makes it distinct across children.
CREATE TABLE stat_person (
    window_code  VARCHAR(64)   NOT NULL,
    metric       VARCHAR(40)   NOT NULL,
    node_id      BIGINT        NOT NULL,
    worker_id    BIGINT        NOT NULL,
    first_day    DATE          NOT NULL,
    PRIMARY KEY (window_code, metric, node_id, worker_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_stat_person_worker ON stat_person (window_code, metric, worker_id);

-- The campaign windows whose people have been counted from every fact; a new form's window is back-filled once.
CREATE TABLE stat_window (
    window_code  VARCHAR(64)   NOT NULL,
    start_day    DATE          NOT NULL,
    end_day      DATE          NOT NULL,
    built_at     DATETIME(3)   NOT NULL,
    PRIMARY KEY (window_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE stat_people_daily (
    window_code  VARCHAR(64)   NOT NULL,
    metric       VARCHAR(40)   NOT NULL,
    node_id      BIGINT        NOT NULL,
    act_day      DATE          NOT NULL,
    total        BIGINT        NOT NULL,
    PRIMARY KEY (window_code, node_id, metric, act_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a union typed into the cells the platform cannot measure, for its own node only.
CREATE TABLE stat_manual_value (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    form_code    VARCHAR(64)   NOT NULL,
    union_id     BIGINT        NOT NULL,
    union_path   VARCHAR(512)  NOT NULL,
    blank_id     VARCHAR(40)   NOT NULL,
    num_value    BIGINT        NULL,
    text_value   VARCHAR(200)  NULL,
    version      INT           NOT NULL DEFAULT 0,
    created_at   DATETIME(3)   NOT NULL,
    updated_at   DATETIME(3)   NOT NULL,
    created_by   VARCHAR(32)   NULL,
    updated_by   VARCHAR(32)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_stat_manual UNIQUE (form_code, union_id, blank_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_stat_manual_union ON stat_manual_value (form_code, union_id);

-- Numeric manual entries summed over each node's subtree, kept current on every entry (entries are rare, tables
-- are read often): the same cost for the city federation as for a grassroots union.
CREATE TABLE stat_manual_rollup (
    form_code    VARCHAR(64)   NOT NULL,
    node_id      BIGINT        NOT NULL,
    blank_id     VARCHAR(40)   NOT NULL,
    total        BIGINT        NOT NULL,
    PRIMARY KEY (form_code, node_id, blank_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A submitted table: the numbers frozen as they were, one version per resubmission.
CREATE TABLE stat_submission (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    form_code     VARCHAR(64)   NOT NULL,
    period_key    VARCHAR(40)   NOT NULL,
    union_id      BIGINT        NOT NULL,
    union_path    VARCHAR(512)  NOT NULL,
    version       INT           NOT NULL,
    late          BOOLEAN       NOT NULL,
    submitted_at  DATETIME(3)   NOT NULL,
    submitted_by  VARCHAR(64)   NOT NULL,
    snapshot_json MEDIUMTEXT    NOT NULL,
    created_at    DATETIME(3)   NOT NULL,
    updated_at    DATETIME(3)   NOT NULL,
    created_by    VARCHAR(32)   NULL,
    updated_by    VARCHAR(32)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_stat_submission UNIQUE (form_code, period_key, union_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_stat_submission_path ON stat_submission (form_code, period_key, union_path);

-- Reminders sent, so a job that runs again (or catches up on missed days) never sends one twice.
CREATE TABLE stat_reminder (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    form_code    VARCHAR(64)   NOT NULL,
    period_key   VARCHAR(40)   NOT NULL,
    union_id     BIGINT        NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    created_at   DATETIME(3)   NOT NULL,
    updated_at   DATETIME(3)   NOT NULL,
    created_by   VARCHAR(32)   NULL,
    updated_by   VARCHAR(32)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_stat_reminder UNIQUE (form_code, period_key, union_id, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
