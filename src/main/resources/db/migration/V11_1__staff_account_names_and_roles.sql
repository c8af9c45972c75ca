-- Staff usernames have one spelling (NFKC, trimmed, lower case, [a-z][a-z0-9_]{3,31}: see identity's Usernames), and
-- the column compares binary. Under utf8mb4_unicode_ci 'admin ', 'ADMIN', 'ａｄｍｉｎ' and 'ádmin' all found the
-- account 'admin', each spelling with its own count of wrong passwords. (utf8mb4_bin still pads trailing spaces, on
-- MariaDB and MySQL alike; names are trimmed before any lookup and compared exactly in Java as well.) Names written
-- before the rule were already [A-Za-z][A-Za-z0-9_]{3,31}, so lower-casing them keeps them valid; the unique key
-- made them unique regardless of case.
UPDATE admin_account SET username = LOWER(TRIM(username));
ALTER TABLE admin_account MODIFY username VARCHAR(64) NOT NULL COLLATE utf8mb4_bin;

-- A platform admin belongs to no union. One bound to a union could appoint an unbound one, which reads every union:
-- such accounts keep their node as union admins (the subtree they could see) and lose the platform's powers.
UPDATE admin_account SET role = 'UNION_ADMIN' WHERE role = 'PLATFORM_ADMIN' AND union_id IS NOT NULL;
-- From now on the database refuses both shapes. An unbound account of another role (the service never made one) would
-- make this migration fail on purpose: it would resolve to the whole platform, and only a person can say where it belongs.
ALTER TABLE admin_account ADD CONSTRAINT ck_admin_platform_unbound
    CHECK ((role = 'PLATFORM_ADMIN' AND union_id IS NULL) OR (role <> 'PLATFORM_ADMIN' AND union_id IS NOT NULL));
