-- Forms a platform admin installs from the console for a new campaign; the shipped ones stay files in
-- config/statistics/forms. The YAML is kept as uploaded and read by every instance, so all of them offer the same forms.
CREATE TABLE stat_form_template (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    code        VARCHAR(64)   NOT NULL,
    file_name   VARCHAR(200)  NOT NULL,
    source      MEDIUMTEXT    NOT NULL,
    created_at  DATETIME(3)   NOT NULL,
    updated_at  DATETIME(3)   NOT NULL,
    created_by  VARCHAR(32)   NULL,
    updated_by  VARCHAR(32)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_stat_form_template UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
