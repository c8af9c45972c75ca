-- Sessions of workers and staff (issue 22): a bearer token is valid while its row is here and not expired. They were
-- only in Redis, so a Redis restarted empty logged everyone out. Only the SHA-256 of a token is kept (hex), never the
-- token: a copy of the table holds no usable session. Logout deletes the row; a password change, reset, disabling
-- and 注销 delete all of the owner's rows. Times are the database's own, so instances with skewed clocks agree.
CREATE TABLE auth_session (
    token_hash  CHAR(64)     NOT NULL,
    owner_kind  VARCHAR(8)   NOT NULL,
    owner_id    BIGINT       NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    expires_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (token_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_auth_session_owner ON auth_session (owner_kind, owner_id);
CREATE INDEX idx_auth_session_expires ON auth_session (expires_at);
