-- Which version of the privacy notice (config/privacy) each worker accepted, and when. Appended, never updated: a new
-- version accepted is a new row, so the history of what a worker agreed to stays. The unique key makes a double tap
-- on 同意 one row.
CREATE TABLE worker_consent (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    worker_id       BIGINT       NOT NULL,
    notice_version  VARCHAR(32)  NOT NULL,
    accepted_at     DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_worker_consent UNIQUE (worker_id, notice_version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
