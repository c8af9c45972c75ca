-- Evidence that expires (issue 16, item 4). A signature row stays when its image leaves object storage (注销 or past
-- safety.retention.signature-images): it is one 人次 of the union's table; image_erased_at says since when the image is
-- gone, so no certificate is drawn from it and the retention job never picks it again.
ALTER TABLE pledge_signature ADD COLUMN image_erased_at DATETIME(3) NULL;

-- The retention job finds reports finished (CLOSED, REJECTED) before a cutoff, old event photos and old last logins.
CREATE INDEX idx_hazard_report_finished ON hazard_report (state, state_changed_at);
CREATE INDEX idx_pledge_evidence_created ON pledge_event_evidence (created_at);
CREATE INDEX idx_worker_last_login ON worker (last_login_at);
