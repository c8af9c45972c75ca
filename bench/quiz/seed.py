#!/usr/bin/env python3
"""Seeds N workers into the bench database: worker rows, current memberships spread over the city's
grassroots unions, their acceptance of the privacy notice in force (config/privacy/notice.yml: photos and places
are refused without it), and login tokens in Redis (hashed, as the service stores them).
usage: seed.py DB REDIS_PREFIX N TOKENS_OUT"""
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
cmds, tokens = [], []
for wid in ids:
    token = secrets.token_urlsafe(32)
    key = prefix + "auth:worker:" + hashlib.sha256(token.encode()).hexdigest()
    cmds.append(f"SET {key} {wid} EX 86400")
    tokens.append(token)
subprocess.run(["redis-cli", "-h", "127.0.0.1", "--pipe"], input="\n".join(cmds) + "\n", check=True, text=True,
               capture_output=True)
open(out, "w").write("\n".join(tokens) + "\n")
print(f"seeded {len(ids)} workers in {len(unions)} grassroots unions, tokens in Redis")
