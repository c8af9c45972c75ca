-- The paper a clerk hands in (issue 15).

-- The names of offline events, for the 活动名称 blanks the platform fills with the events a line counts.
CREATE TABLE stat_event_name (
    event_id    BIGINT        NOT NULL,
    union_id    BIGINT        NOT NULL,
    union_path  VARCHAR(512)  NOT NULL,
    event_type  VARCHAR(32)   NOT NULL,
    name        VARCHAR(60)   NOT NULL,
    starts_on   DATE          NOT NULL,
    PRIMARY KEY (event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_stat_event_name ON stat_event_name (union_path, starts_on);

-- events held before this table existed (a one-time copy; from now on the statistics module keeps it)
INSERT INTO stat_event_name (event_id, union_id, union_path, event_type, name, starts_on)
SELECT id, union_id, union_path, event_type, name, CAST(starts_at AS DATE) FROM pledge_event;

-- A submitted version's .xlsx, made when it was handed in: exported again, it is the same file, byte for byte.
ALTER TABLE stat_submission ADD COLUMN export_xlsx MEDIUMBLOB NULL;
