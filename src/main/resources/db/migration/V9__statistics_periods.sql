-- Manual cells belong to a period: a weekly form's week 2 must not overwrite week 1. Rows typed before this
-- belong to the single period most forms have ('final').
ALTER TABLE stat_manual_value ADD COLUMN period_key VARCHAR(40) NOT NULL DEFAULT 'final';
ALTER TABLE stat_manual_value DROP CONSTRAINT uk_stat_manual;
ALTER TABLE stat_manual_value ADD CONSTRAINT uk_stat_manual_period UNIQUE (form_code, period_key, union_id, blank_id);

ALTER TABLE stat_manual_rollup ADD COLUMN period_key VARCHAR(40) NOT NULL DEFAULT 'final';
ALTER TABLE stat_manual_rollup DROP PRIMARY KEY;
ALTER TABLE stat_manual_rollup ADD PRIMARY KEY (form_code, period_key, node_id, blank_id);

-- A window is BUILDING while the people of a new form are counted from the facts already folded; tables say so
-- and refuse to be handed in until it is BUILT.
ALTER TABLE stat_window ADD COLUMN state VARCHAR(8) NOT NULL DEFAULT 'BUILT';

-- Facts not folded yet, found by subtree and day without reading the others.
CREATE INDEX idx_stat_fact_pending ON stat_fact (folded, union_path, occurred_on);
