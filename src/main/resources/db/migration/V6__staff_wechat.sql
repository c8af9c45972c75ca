-- A staff account may be bound to its holder's own WeChat (a worker of the mini-program), so deadline reminders
-- can also arrive as WeChat subscribe messages.
ALTER TABLE admin_account ADD COLUMN worker_id BIGINT NULL;
CREATE INDEX idx_admin_worker ON admin_account (union_id, worker_id);
