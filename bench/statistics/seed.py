#!/usr/bin/env python3
"""Seeds the statistics bench straight into MariaDB: a union tree of ~5,000 nodes (city → 20 counties → 10 industry
unions each → grassroots), 1,000,000 workers with current memberships, and counted acts as the modules write them
(stat_fact rows, unfolded, spread over June 2025 and every metric).
Acts are written in time order, as they happen: act s of TOTAL falls on day floor((s - 1) * 30 / TOTAL) of June 2025,
so the first 1,000,000 of 10,000,000 are the campaign's first three days.
usage: seed.py DB tree | workers N | acts FROM TO WORKERS TOTAL"""
import subprocess, sys

db, what = sys.argv[1], sys.argv[2]
NOW = "2025-06-01 08:00:00.000"
AUDIT = f"'{NOW}','{NOW}','bench','bench'"


def sql(statements):
    subprocess.run(["mariadb", "-uroot", db], input="\n".join(statements), check=True, text=True)


def query(q):
    return subprocess.run(["mariadb", "-uroot", "-N", db, "-e", q], check=True, capture_output=True, text=True).stdout.split()


if what == "tree":
    rows, nid = [], 1
    rows.append((1, None, "B", "本地基准市总工会", "CITY", "/1/", 0))
    for c in range(20):
        nid += 1; county = nid
        rows.append((county, 1, f"B-{c:02d}", f"基准县{c:02d}总工会", "COUNTY", f"/1/{county}/", 1))
        for m in range(10):
            nid += 1; mid = nid
            rows.append((mid, county, f"B-{c:02d}-{m:02d}", f"基准县{c:02d}产业{m:02d}工会", "INDUSTRY", f"/1/{county}/{mid}/", 2))
            for g in range(24 if c * 10 + m < 179 else 23):
                nid += 1
                rows.append((nid, mid, f"B-{c:02d}-{m:02d}-{g:02d}", f"基准基层工会{nid}", "GRASSROOTS", f"/1/{county}/{mid}/{nid}/", 3))
    stmts = ["SET autocommit=0;"]
    for i in range(0, len(rows), 500):
        vals = ",".join(f"({r[0]},{'NULL' if r[1] is None else r[1]},'{r[2]}','{r[3]}','{r[4]}','LOCAL','{r[5]}',{r[6]},'J{r[0]:07d}',{AUDIT})"
                        for r in rows[i:i + 500])
        stmts.append("INSERT INTO org_union (id,parent_id,code,name,type,channel,path,depth,join_code,created_at,updated_at,created_by,updated_by) "
                     f"VALUES {vals};")
    stmts.append("COMMIT;")
    sql(stmts)
    print(f"union tree: {len(rows)} nodes, {sum(1 for r in rows if r[4] == 'GRASSROOTS')} grassroots")

elif what == "workers":
    n = int(sys.argv[3])
    sql(["SET autocommit=0;",
         f"INSERT INTO worker (id, openid, created_at, updated_at, created_by, updated_by) "
         f"SELECT seq, CONCAT('bench_', seq), {AUDIT} FROM seq_1_to_{n};",
         "COMMIT;",
         # worker w belongs to the (w mod G)-th grassroots union
         "CREATE TEMPORARY TABLE g AS SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k FROM org_union WHERE type = 'GRASSROOTS';",
         f"INSERT INTO org_membership (worker_id, union_id, joined_at, active, created_at, updated_at, created_by, updated_by) "
         f"SELECT w.id, g.id, '{NOW}', 1, {AUDIT} FROM worker w JOIN g ON g.k = MOD(w.id, (SELECT COUNT(*) FROM g));",
         "COMMIT;"])
    print(f"workers: {n} with memberships")

elif what == "acts":
    first, last, workers, total = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
    metrics = ["quiz.attempts", "quiz.attempts", "quiz.attempts", "quiz.quicktests", "hazard.submissions", "pledge.signatures",
               "checkin.checkins", "work.works", "event.attendance", "event.sessions"]
    quals = {"quiz.attempts": "ENTERPRISE", "pledge.signatures": "COMMITMENT", "work.works": "LETTER",
             "event.attendance": "LECTURE", "event.sessions": "LECTURE"}
    case_m = " ".join(f"WHEN {i} THEN '{m}'" for i, m in enumerate(metrics))
    case_q = " ".join(f"WHEN {i} THEN '{quals.get(m, '')}'" for i, m in enumerate(metrics))
    sessions = metrics.index("event.sessions")
    stmts = ["SET autocommit=0;",
             "CREATE TEMPORARY TABLE g AS SELECT id, path, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k FROM org_union WHERE type = 'GRASSROOTS';",
             "ALTER TABLE g ADD PRIMARY KEY (k);",
             "SET @G = (SELECT COUNT(*) FROM g);"]
    step = 200_000
    for lo in range(first, last + 1, step):
        hi = min(last, lo + step - 1)
        # act s: worker (s * 7919 mod W) + 1 in that worker's union, metric s mod 10, its day of June 2025
        stmts.append(
            "INSERT INTO stat_fact (metric, qualifier, source_type, source_id, worker_id, union_id, union_path, occurred_at, occurred_on, "
            "quantity, folded, created_at, updated_at, created_by, updated_by) "
            f"SELECT CASE MOD(s.seq, 10) {case_m} END, CASE MOD(s.seq, 10) {case_q} END, 'bench', s.seq, "
            f"IF(MOD(s.seq, 10) = {sessions}, NULL, w.wid), g.id, g.path, "
            f"TIMESTAMP('2025-06-01 09:00:00') + INTERVAL ((s.seq - 1) * 30 DIV {total}) DAY, "
            f"DATE('2025-06-01') + INTERVAL ((s.seq - 1) * 30 DIV {total}) DAY, "
            f"1, 0, {AUDIT} FROM seq_{lo}_to_{hi} s "
            f"JOIN (SELECT seq AS sq, MOD(seq * 7919, {workers}) + 1 AS wid FROM seq_{lo}_to_{hi}) w ON w.sq = s.seq "
            "JOIN g ON g.k = MOD(w.wid, @G);")
        stmts.append("COMMIT;")
    sql(stmts)
    print(f"acts {first}..{last} written ({last - first + 1:,})")
