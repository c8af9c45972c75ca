-- Workers, union staff and the union tree. Runs unchanged on H2 (MySQL mode), MariaDB 10.11 and MySQL 8.
-- Times are DATETIME(3) in China Standard Time (the service's clock zone).

CREATE TABLE org_union (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    parent_id   BIGINT       NULL,
    code        VARCHAR(64)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    type        VARCHAR(32)  NOT NULL,
    channel     VARCHAR(16)  NOT NULL,
    path        VARCHAR(512) NOT NULL,
    depth       INT          NOT NULL,
    join_code   VARCHAR(16)  NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    created_by  VARCHAR(32)  NULL,
    updated_by  VARCHAR(32)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_org_union_code UNIQUE (code),
    CONSTRAINT uk_org_union_join_code UNIQUE (join_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_org_union_parent ON org_union (parent_id, code);
CREATE INDEX idx_org_union_path ON org_union (path);

CREATE TABLE worker (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    openid        VARCHAR(64)  NOT NULL,
    unionid       VARCHAR(64)  NULL,
    real_name     VARCHAR(40)  NULL,
    phone         VARCHAR(20)  NULL,
    last_login_at DATETIME(3)  NULL,
    created_at    DATETIME(3)  NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    created_by    VARCHAR(32)  NULL,
    updated_by    VARCHAR(32)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_worker_openid UNIQUE (openid)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- active = 1 for the current membership, NULL once left: the unique key allows one current row per
-- worker and any number of past ones (NULLs never collide).
CREATE TABLE org_membership (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    worker_id   BIGINT       NOT NULL,
    union_id    BIGINT       NOT NULL,
    joined_at   DATETIME(3)  NOT NULL,
    left_at     DATETIME(3)  NULL,
    active      TINYINT      NULL,
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    created_by  VARCHAR(32)  NULL,
    updated_by  VARCHAR(32)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_membership_current UNIQUE (worker_id, active),
    CONSTRAINT fk_membership_union FOREIGN KEY (union_id) REFERENCES org_union (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_membership_union ON org_membership (union_id, active, joined_at);
CREATE INDEX idx_membership_worker_time ON org_membership (worker_id, joined_at);

CREATE TABLE admin_account (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    username             VARCHAR(64)  NOT NULL,
    password_hash        VARCHAR(100) NOT NULL,
    display_name         VARCHAR(50)  NOT NULL,
    role                 VARCHAR(32)  NOT NULL,
    union_id             BIGINT       NULL,
    must_change_password BOOLEAN      NOT NULL,
    enabled              BOOLEAN      NOT NULL,
    last_login_at        DATETIME(3)  NULL,
    version              INT          NOT NULL DEFAULT 0,
    created_at           DATETIME(3)  NOT NULL,
    updated_at           DATETIME(3)  NOT NULL,
    created_by           VARCHAR(32)  NULL,
    updated_by           VARCHAR(32)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_admin_username UNIQUE (username),
    CONSTRAINT fk_admin_union FOREIGN KEY (union_id) REFERENCES org_union (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_admin_union ON admin_account (union_id);
