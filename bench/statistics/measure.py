#!/usr/bin/env python3
"""Times repeated requests of the root's and a leaf's statistics table, next to a trivial endpoint of the same service.
usage: measure.py BASE TOKEN ROOT_ID LEAF_ID N LABEL"""
import http.client, json, statistics, sys, time, urllib.parse

base, token, root, leaf, n, label = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), sys.argv[6]
u = urllib.parse.urlparse(base)
conn = http.client.HTTPConnection(u.hostname, u.port, timeout=60)


def timed(path, auth=True):
    headers = {"Authorization": "Bearer " + token} if auth else {}
    t0 = time.perf_counter()
    conn.request("GET", path, headers=headers)
    r = conn.getresponse()
    body = r.read()
    ms = (time.perf_counter() - t0) * 1000
    if r.status != 200:
        raise SystemExit(f"{path} -> {r.status} {body[:300]!r}")
    return ms, body


def run(path, auth=True):
    for _ in range(5):
        timed(path, auth)  # warm-up
    times = sorted(timed(path, auth)[0] for _ in range(n))
    return times[len(times) // 2], times[min(len(times) - 1, int(len(times) * 0.99))], statistics.mean(times)


def cell(body, blank):
    for item in json.loads(body)["data"]["items"]:
        for line in item["lines"]:
            for seg in line["segments"]:
                if seg.get("cell") and seg["cell"]["blankId"] == blank:
                    return seg["cell"]["value"]


table = "/api/admin/statistics/forms/jiaozuo-2025/table?unionId="
print(f"--- {label}: {n} sequential requests each (p50 / p99 / mean, ms)")
for name, path, auth in [("trivial endpoint (/actuator/health)", "/actuator/health", False),
                         (f"root table (union {root})", table + root, True),
                         (f"leaf table (union {leaf})", table + leaf, True)]:
    p50, p99, mean = run(path, auth)
    print(f"  {name:38s} {p50:8.2f} {p99:8.2f} {mean:8.2f}")
_, body = timed(table + root)
print(f"  root: 答题 {cell(body, 'quiz_attempts')} 人次 by {cell(body, 'quiz_people')} 人; 随手拍 {cell(body, 'snapshots')} 部; "
      f"家书 {cell(body, 'letters')} 封")
