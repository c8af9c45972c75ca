-- 注销 (issue 16): a closed worker's row stays, so what they did stays counted under the same id, but it names no one:
-- name, phone, unionid are erased, the openid is replaced by a random tombstone (the next login with the same WeChat
-- is a new person), and screens show the pseudonym instead.
ALTER TABLE worker ADD COLUMN closed_at DATETIME(3) NULL;
ALTER TABLE worker ADD COLUMN pseudonym VARCHAR(16) NULL;
