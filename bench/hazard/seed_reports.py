#!/usr/bin/env python3
"""Seeds N hazard reports spread over a city (lat 30.5–30.78, lng 114.1–114.48, GCJ-02) into the bench
database, each in a random grassroots union and state, by the seeded bench workers.
usage: seed_reports.py DB N"""
import math, random, subprocess, sys

db, n = sys.argv[1], int(sys.argv[2])
q = lambda sql: subprocess.run(["mariadb", "-uroot", "-N", "-e", sql], check=True, capture_output=True, text=True).stdout.split("\n")
unions = [l.split("\t") for l in q(f"SELECT id, path FROM {db}.org_union WHERE type IN ('GRASSROOTS','DIRECT_GRASSROOTS')") if l]
workers = [l for l in q(f"SELECT id FROM {db}.worker WHERE openid LIKE 'bench_%'") if l]
cats = ["FIRE", "EBIKE_CHARGING", "OLD_WIRING", "HOT_WORK", "GAS", "TRAFFIC", "SMALL_VENUES", "OTHER"]
states = ["PENDING", "VERIFIED", "RECTIFYING", "RECTIFIED", "CLOSED", "REJECTED"]
rnd = random.Random(11)
sql = [f"USE {db};", "SET autocommit=0;"]
for start in range(0, n, 2000):
    rows = []
    for i in range(start, min(n, start + 2000)):
        uid, path = rnd.choice(unions)
        lat, lng = 30.5 + rnd.random() * 0.28, 114.1 + rnd.random() * 0.38
        # where workers are shown it, as the service draws it: 100–150 m away in a random direction
        reach, turn = 100 + 50 * rnd.random(), 2 * math.pi * rnd.random()
        plat, plng = lat + reach * math.cos(turn) / 111320, lng + reach * math.sin(turn) / (111320 * math.cos(math.radians(lat)))
        day = f"2025-06-{rnd.randint(1, 28):02d} {rnd.randint(8, 20):02d}:00:00.000"
        rows.append(f"({rnd.choice(workers)},'seed{i}',{uid},'{path}','COMMUNITY','{rnd.choice(cats)}','楼道堆放杂物',"
                    f"{lat:.7f},{lng:.7f},'GCJ02',{lat:.7f},{lng:.7f},{plat:.7f},{plng:.7f},'{rnd.choice(states)}','PASS',0,0,'{day}','{day}','{day}','{day}','seed','seed')")
    sql.append("INSERT INTO hazard_report (reporter_id, idempotency_key, union_id, union_path, scene, category, description, raw_lat, raw_lng, "
               "coord_system, lat, lng, public_lat, public_lng, state, text_verdict, flagged, overdue, submitted_at, state_changed_at, created_at, updated_at, "
               "created_by, updated_by) VALUES " + ",".join(rows) + ";")
sql.append("COMMIT;")
sql.append(f"ANALYZE TABLE hazard_report;")
subprocess.run(["mariadb", "-uroot"], input="\n".join(sql), check=True, text=True, capture_output=True)
print(f"seeded {n} hazard reports over the city in {len(unions)} unions")
