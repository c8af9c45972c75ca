#!/usr/bin/env bash
# Statistics table benchmark (issue 6). Starts the production jar on the local MariaDB and Redis (an S3Proxy process
# standing in for MinIO), seeds ~5,000 unions and 1,000,000 workers, writes 1,000,000 counted acts, lets the service
# fold them, times the root's and a leaf's table (p50/p99 over repeated requests, next to a trivial endpoint), then
# writes 9,000,000 more acts and times again. Not a test: it prints figures, it asserts nothing.
#   bash bench/statistics/run.sh        (WORKERS=1000000 ACTS1=1000000 ACTS2=10000000 REQUESTS=300 BUFFER_POOL=4G by default)
# MariaDB's default 128 MB buffer pool holds little of 10M facts and the people counted from them: the fold then runs
# at a fraction of its speed. The run sizes the pool as production's compose file does, and restores it afterwards.
set -euo pipefail
cd "$(dirname "$0")/../.."
WORKERS=${WORKERS:-1000000}
ACTS1=${ACTS1:-1000000}
ACTS2=${ACTS2:-10000000}
REQUESTS=${REQUESTS:-300}
BUFFER_POOL=${BUFFER_POOL:-4G}
PORT=${PORT:-18195}
S3PORT=${S3PORT:-29615}
. bench/lib.sh
bench_init sbench
bench_build
bench_start "$PORT" "$S3PORT" 1g SAFETY_STATISTICS_FOLDBATCH=${FOLD_BATCH:-20000}
TOKEN=$(bench_admin_token "$PORT")

python3 bench/statistics/seed.py "$DB" tree
python3 bench/statistics/seed.py "$DB" workers "$WORKERS"
ROOT=1
LEAF=$(mariadb -uroot -N "$DB" -e "SELECT MAX(id) FROM org_union WHERE type = 'GRASSROOTS'")

wait_folded() {
  local t0=$(date +%s) left
  while :; do
    left=$(mariadb -uroot -N "$DB" -e "SELECT COUNT(*) FROM stat_fact WHERE folded = 0")
    [ "$left" = "0" ] && break
    sleep 5
  done
  echo "  folded in $(( $(date +%s) - t0 )) s (the service's job, $1 new acts)"
}

echo "writing $ACTS1 acts..."
python3 bench/statistics/seed.py "$DB" acts 1 "$ACTS1" "$WORKERS" "$ACTS2"
wait_folded "$ACTS1"
python3 bench/statistics/measure.py "http://127.0.0.1:$PORT" "$TOKEN" "$ROOT" "$LEAF" "$REQUESTS" "$ACTS1 acts" | tee "$WORK/m1.txt"

echo "writing $((ACTS2 - ACTS1)) more acts..."
python3 bench/statistics/seed.py "$DB" acts $((ACTS1 + 1)) "$ACTS2" "$WORKERS" "$ACTS2"
wait_folded $((ACTS2 - ACTS1))
python3 bench/statistics/measure.py "http://127.0.0.1:$PORT" "$TOKEN" "$ROOT" "$LEAF" "$REQUESTS" "$ACTS2 acts" | tee "$WORK/m2.txt"

python3 - "$WORK/m1.txt" "$WORK/m2.txt" <<'PY'
import re, sys
def p99(path, which):
    for line in open(path):
        if line.strip().startswith(which):
            return float(line.split()[-2])
for which in ("root table", "leaf table"):
    a, b = p99(sys.argv[1], which), p99(sys.argv[2], which)
    print(f"{which}: p99 {a:.2f} ms → {b:.2f} ms at ten times the acts ({b / a:.2f}×)")
PY
echo "rows: $(mariadb -uroot -N "$DB" -e "SELECT CONCAT((SELECT COUNT(*) FROM stat_fact), ' facts, ', (SELECT COUNT(*) FROM stat_daily), ' daily counters, ', (SELECT COUNT(*) FROM stat_person), ' person rows')")"
echo "service memory (RSS): $(ps -o rss= -p "$APP" | awk '{printf "%.0f MB", $1/1024}')"
