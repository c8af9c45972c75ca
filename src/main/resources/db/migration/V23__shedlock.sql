-- ShedLock's locks for the scheduled jobs, in the database every instance shares (they were in Redis, where a
-- SET NX the client had already given up on ran when a paused Redis resumed, and nobody owned the lock after).
-- Times are the database's own (usingDbTime), in UTC.
CREATE TABLE shedlock (
    name        VARCHAR(64)   NOT NULL,
    lock_until  DATETIME(3)   NOT NULL,
    locked_at   DATETIME(3)   NOT NULL,
    locked_by   VARCHAR(255)  NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
