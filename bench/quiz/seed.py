#!/usr/bin/env python3
"""Seeds N workers into the bench database: worker rows, current memberships spread over the city's
grassroots unions, their acceptance of the privacy notice in force (config/privacy/notice.yml: photos and places
are refused without it), and their sessions in auth_session (the token's SHA-256, as the service stores them).
usage: seed.py DB REDIS_PREFIX N TOKENS_OUT (REDIS_PREFIX is no longer used: sessions are rows, not Redis keys)"""
import hashlib, re, secrets, subprocess, sys

db, prefix, n, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
notice = re.search(r'^version:\s*"?([^"\n]+)"?', open("config/privacy/notice.yml", encoding="utf-8").read(), re.M).group(1)
now = "2025-06-01 08:00:00.000"
unions = subprocess.run(["mariadb", "-uroot", "-N", "-e",
                         f"SELECT id FROM {db}.org_union WHERE type IN ('GRASSROOTS','DIRECT_GRASSROOTS') ORDER BY id"],
                        check=True, capture_output=True, text=True).stdout.split()
sql = [f"USE {db};", "SET autocommit=0;"]
for start in range(0, n, 1000):
    rows = ",".join(f"('bench_{i}','{now}','{now}','bench','bench')" for i in range(start, min(n, start + 1000)))
    sql.append(f"INSERT INTO worker (openid, created_at, updated_at, created_by, updated_by) VALUES {rows};")
sql.append("COMMIT;")
sql.append("INSERT INTO org_membership (worker_id, union_id, joined_at, active, created_at, updated_at, created_by, updated_by) "
           f"SELECT w.id, u.id, '{now}', 1, '{now}', '{now}', 'bench', 'bench' FROM worker w "
           f"JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k FROM org_union WHERE type IN ('GRASSROOTS','DIRECT_GRASSROOTS')) u "
           f"ON u.k = MOD(w.id, {len(unions)}) WHERE w.openid LIKE 'bench_%';")
sql.append("INSERT INTO worker_consent (worker_id, notice_version, accepted_at) "
           f"SELECT id, '{notice}', '{now}' FROM worker WHERE openid LIKE 'bench_%';")
sql.append("COMMIT;")
subprocess.run(["mariadb", "-uroot"], input="\n".join(sql), check=True, text=True)

ids = subprocess.run(["mariadb", "-uroot", "-N", "-e", f"SELECT id FROM {db}.worker WHERE openid LIKE 'bench_%' ORDER BY id"],
                     check=True, capture_output=True, text=True).stdout.split()
tokens, rows = [], []
for wid in ids:
    token = secrets.token_urlsafe(32)
    rows.append(f"('{hashlib.sha256(token.encode()).hexdigest()}','WORKER',{wid},NOW(3),NOW(3) + INTERVAL 1 DAY)")
    tokens.append(token)
sql = [f"USE {db};"] + [
    "INSERT INTO auth_session (token_hash, owner_kind, owner_id, created_at, expires_at) VALUES " + ",".join(rows[i:i + 1000]) + ";"
    for i in range(0, len(rows), 1000)]
subprocess.run(["mariadb", "-uroot"], input="\n".join(sql), check=True, text=True)
open(out, "w").write("\n".join(tokens) + "\n")
print(f"seeded {len(ids)} workers in {len(unions)} grassroots unions, their sessions in auth_session")
