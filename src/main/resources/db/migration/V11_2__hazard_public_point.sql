-- Where workers are shown a report: its GCJ-02 point moved once, at submission, 100–150 m (the blur radius and half as
-- much again) in a random direction, and kept. Rounding to 3 decimals left a report near a grid point exactly where it
-- was, and distances from throw-away submissions measured to the real point placed a report within metres.
ALTER TABLE hazard_report ADD COLUMN public_lat DECIMAL(10,7) NULL;
ALTER TABLE hazard_report ADD COLUMN public_lng DECIMAL(10,7) NULL;

-- Reports made before: a direction and a distance drawn per row (RAND() is no cryptographic generator, but each row's
-- draw is kept and nothing about it is shown). Two columns hold the draws, so the statement that uses them reads only
-- columns it does not write: MySQL and H2 agree on what such an UPDATE means.
ALTER TABLE hazard_report ADD COLUMN blur_turn DOUBLE NULL;
ALTER TABLE hazard_report ADD COLUMN blur_reach DOUBLE NULL;
UPDATE hazard_report SET blur_turn = RAND(), blur_reach = RAND();
UPDATE hazard_report SET
    public_lat = lat + (100 + 50 * blur_reach) * COS(2 * PI() * blur_turn) / 111320,
    public_lng = lng + (100 + 50 * blur_reach) * SIN(2 * PI() * blur_turn) / (111320 * COS(RADIANS(lat)));
ALTER TABLE hazard_report DROP COLUMN blur_turn;
ALTER TABLE hazard_report DROP COLUMN blur_reach;
-- every report has one from now on: a worker-facing view must never fall back to the real point
ALTER TABLE hazard_report MODIFY public_lat DECIMAL(10,7) NOT NULL;
ALTER TABLE hazard_report MODIFY public_lng DECIMAL(10,7) NOT NULL;

CREATE INDEX idx_hazard_report_public_geo ON hazard_report (public_lat, public_lng);
