-- Only real participation counts (issue 13).

-- 测测你的"安全力" has a bank of its own: emergency and safety knowledge, never a level's question.
CREATE TABLE quiz_quick_question (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    code           VARCHAR(64)   NOT NULL,
    topic          VARCHAR(32)   NOT NULL,
    topic_title    VARCHAR(40)   NOT NULL,
    seq            INT           NOT NULL,
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
    CONSTRAINT uk_quiz_quick_question_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Answers of new tests name a quick-test question; tests of the old shared bank keep their hazard ids.
ALTER TABLE quiz_quick_test_answer ADD COLUMN question_id BIGINT NULL;
ALTER TABLE quiz_quick_test_answer MODIFY hazard_id BIGINT NULL;
-- An unfinished test of the old bank can't be answered from the new one: it ends, having never counted.
UPDATE quiz_quick_test SET status = 'ABANDONED' WHERE status = 'OPEN';

-- At most a few finished tests count per person and day: each counted one takes a numbered slot of its day, and
-- the unique key gives a slot to one test only, whichever instance finishes it.
ALTER TABLE quiz_quick_test ADD COLUMN finished_on DATE NULL;
ALTER TABLE quiz_quick_test ADD COLUMN counted_slot INT NULL;
CREATE UNIQUE INDEX uk_quick_test_counted ON quiz_quick_test (worker_id, finished_on, counted_slot);

-- Every tap and answer of an attempt, in order, with its time (see quiz/Moves.java for the format): what the bot
-- rules read, and what an admin sees drawn on the picture.
ALTER TABLE quiz_attempt ADD COLUMN moves VARCHAR(3000) NOT NULL DEFAULT '';
ALTER TABLE quiz_attempt ADD COLUMN answered_count INT NOT NULL DEFAULT 0;
ALTER TABLE quiz_attempt ADD COLUMN risk_rank INT NULL;
ALTER TABLE quiz_attempt MODIFY flag_reason VARCHAR(400) NULL;
ALTER TABLE quiz_attempt ADD COLUMN flag_cleared_by VARCHAR(80) NULL;
ALTER TABLE quiz_attempt ADD COLUMN flag_cleared_at DATETIME(3) NULL;

-- Where the player's tap found the hazard: the marker drawn for them, instead of the hazard's exact region.
ALTER TABLE quiz_attempt_hazard ADD COLUMN found_x DECIMAL(6,5) NULL;
ALTER TABLE quiz_attempt_hazard ADD COLUMN found_y DECIMAL(6,5) NULL;

-- Offline events: a code on a screen that changes every few seconds, or the printed one; each sign-in says which.
ALTER TABLE pledge_event ADD COLUMN sign_in_mode VARCHAR(16) NOT NULL DEFAULT 'FIXED';
ALTER TABLE pledge_event ADD COLUMN code_secret VARCHAR(64) NULL;
ALTER TABLE pledge_event_sign_in ADD COLUMN code_kind VARCHAR(16) NULL;
