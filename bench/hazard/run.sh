#!/usr/bin/env bash
# Hazard benchmark (issue 4). Starts the production jar with -Xmx512m on the local MariaDB and Redis (an
# S3Proxy process standing in for MinIO). Upload: 20 concurrent uploads of ~8 MB, 12-megapixel JPEGs
# through the service, next to putting the same files straight into the same S3 server in the same run.
# Map: 100,000 reports seeded over a city, p50/p99 of a bounding-box GeoJSON query. Prints figures,
# asserts nothing; also prints whether the service ran out of memory.
#   bash bench/hazard/run.sh          (UPLOADS=20 REPORTS=100000 MAP_QUERIES=500 by default)
set -euo pipefail
cd "$(dirname "$0")/../.."
UPLOADS=${UPLOADS:-20}
REPORTS=${REPORTS:-100000}
MAP_QUERIES=${MAP_QUERIES:-500}
PORT=${PORT:-18190}
S3PORT=${S3PORT:-29610}
RUN=$(date +%s)
DB="sm_hbench_$RUN"
PREFIX="sm-hbench-$RUN:"
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

ADMIN_PW="Bench-$RUN"
SPRING_PROFILES_ACTIVE=prod SERVER_PORT=$PORT \
SAFETY_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB" SAFETY_DB_USERNAME=root SAFETY_DB_PASSWORD= \
SAFETY_REDIS_HOST=127.0.0.1 SAFETY_REDIS_PORT=6379 SAFETY_REDIS_KEY_PREFIX="$PREFIX" \
SAFETY_S3_ENDPOINT="http://127.0.0.1:$S3PORT" SAFETY_S3_ACCESS_KEY=embedded-access-key SAFETY_S3_SECRET_KEY=embedded-secret-key-stub \
SAFETY_WX_APPID=wx-bench SAFETY_WX_SECRET=bench-not-used SAFETY_WX_PUSH_TOKEN=bench-not-used SAFETY_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PW" \
SAFETY_ORG_SEED_FILE=config/org/demo-city.csv \
  java -Xmx512m -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError -jar "$JAR" > "$WORK/app.log" 2>&1 & APP=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null || { tail -40 "$WORK/app.log"; exit 1; }

python3 bench/quiz/seed.py "$DB" "$PREFIX" "$UPLOADS" "$WORK/tokens.txt"
java -cp "$CP" bench/hazard/HazardLoad.java upload "http://127.0.0.1:$PORT" "http://127.0.0.1:$S3PORT" "$WORK" "$WORK/tokens.txt" "$UPLOADS"

python3 bench/hazard/seed_reports.py "$DB" "$REPORTS"
sleep 20 # let the database settle after the bulk insert
json() { python3 -c "import sys,json; print(json.load(sys.stdin)['data']['token'])"; }
A=$(curl -s -X POST "http://127.0.0.1:$PORT/api/admin/auth/login" -H 'Content-Type: application/json' \
      -d "{\"username\":\"admin\",\"password\":\"$ADMIN_PW\"}" | json)
A=$(curl -s -X POST "http://127.0.0.1:$PORT/api/admin/auth/password" -H "Authorization: Bearer $A" -H 'Content-Type: application/json' \
      -d "{\"oldPassword\":\"$ADMIN_PW\",\"newPassword\":\"$ADMIN_PW-2\"}" | json)
java -cp "$CP" bench/hazard/HazardLoad.java map "http://127.0.0.1:$PORT" "$A" "$MAP_QUERIES"
if kill -0 "$APP" 2>/dev/null && ! grep -q OutOfMemoryError "$WORK/app.log"; then
  echo "service (-Xmx512m): still running, no OutOfMemoryError; heap in use now: $(jcmd "$APP" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1)"
else
  echo "service (-Xmx512m): DIED or ran out of memory"; grep -m3 -i "OutOfMemory\|Exception" "$WORK/app.log" || true
fi
