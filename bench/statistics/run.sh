#!/usr/bin/env bash
# Statistics table benchmark (issue 6). Starts the production jar on the local MariaDB and Redis (an S3Proxy process
# standing in for MinIO), seeds ~5,000 unions and 1,000,000 workers, writes 1,000,000 counted acts, lets the service
# fold them, times the root's and a leaf's table (p50/p99 over repeated requests, next to a trivial endpoint), then
# writes 9,000,000 more acts and times again. Not a test: it prints figures, it asserts nothing.
#   bash bench/statistics/run.sh        (WORKERS=1000000 ACTS1=1000000 ACTS2=10000000 REQUESTS=300 by default)
set -euo pipefail
cd "$(dirname "$0")/../.."
WORKERS=${WORKERS:-1000000}
ACTS1=${ACTS1:-1000000}
ACTS2=${ACTS2:-10000000}
REQUESTS=${REQUESTS:-300}
PORT=${PORT:-18190}
S3PORT=${S3PORT:-29610}
RUN=$(date +%s)
DB="sm_bench_stat_$RUN"
PREFIX="sm-bench-stat-$RUN:"
WORK=$(mktemp -d)
APP=""; S3=""
cleanup() {
  [ -n "$APP" ] && kill "$APP" 2>/dev/null || true
  [ -n "$S3" ] && kill "$S3" 2>/dev/null || true
  wait 2>/dev/null || true
  mariadb -uroot -e "DROP DATABASE IF EXISTS $DB" || true
  redis-cli -h 127.0.0.1 --scan --pattern "$PREFIX*" | xargs -r -n 500 redis-cli -h 127.0.0.1 DEL >/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "building the production jar and the bench classpath..."
mvn -B -q -ntp -DskipTests package
mvn -B -q -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP="target/test-classes:target/classes:$(cat "$WORK/cp.txt")"
JAR=$(ls target/safety-month-*.jar | grep -v original | head -1)

mariadb -uroot -e "CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
java -cp "$CP" cn.safetymonth.support.S3ProxyMain "$S3PORT" > "$WORK/s3.log" 2>&1 & S3=$!
PASSWORD="Bench-$RUN"
SPRING_PROFILES_ACTIVE=prod SERVER_PORT=$PORT \
SAFETY_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB" SAFETY_DB_USERNAME=root SAFETY_DB_PASSWORD= \
SAFETY_REDIS_HOST=127.0.0.1 SAFETY_REDIS_PORT=6379 SAFETY_REDIS_KEY_PREFIX="$PREFIX" \
SAFETY_S3_ENDPOINT="http://127.0.0.1:$S3PORT" SAFETY_S3_ACCESS_KEY=embedded-access-key SAFETY_S3_SECRET_KEY=embedded-secret-key-stub \
SAFETY_WX_APPID=wx-bench SAFETY_WX_SECRET=bench-not-used SAFETY_WX_PUSH_TOKEN=bench-not-used SAFETY_BOOTSTRAP_ADMIN_PASSWORD="$PASSWORD" \
SAFETY_STATISTICS_FOLDBATCH=${FOLD_BATCH:-20000} \
  java -Xmx1g -XX:+UseG1GC -jar "$JAR" > "$WORK/app.log" 2>&1 & APP=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null || { tail -40 "$WORK/app.log"; exit 1; }

json() { python3 -c "import sys,json; print(json.load(sys.stdin)$1)"; }
TOKEN=$(curl -s -X POST "http://127.0.0.1:$PORT/api/admin/auth/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$PASSWORD\"}" | json '["data"]["token"]')
TOKEN=$(curl -s -X POST "http://127.0.0.1:$PORT/api/admin/auth/password" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "{\"oldPassword\":\"$PASSWORD\",\"newPassword\":\"$PASSWORD-2\"}" | json '["data"]["token"]')

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
python3 bench/statistics/seed.py "$DB" acts 1 "$ACTS1" "$WORKERS"
wait_folded "$ACTS1"
python3 bench/statistics/measure.py "http://127.0.0.1:$PORT" "$TOKEN" "$ROOT" "$LEAF" "$REQUESTS" "$ACTS1 acts" | tee "$WORK/m1.txt"

echo "writing $((ACTS2 - ACTS1)) more acts..."
python3 bench/statistics/seed.py "$DB" acts $((ACTS1 + 1)) "$ACTS2" "$WORKERS"
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
