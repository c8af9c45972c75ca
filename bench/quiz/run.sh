#!/usr/bin/env bash
# Quiz play benchmark (issue 3). Starts the production jar on the local MariaDB and Redis (an S3Proxy
# process standing in for MinIO), seeds 10,000 workers, drives realistic play at 64 connections and,
# in the same run, a trivial endpoint as the baseline; prints req/s, p50/p99, memory, and the answers
# acknowledged next to the rows stored. Not a test: it prints figures, it asserts nothing.
#   bash bench/quiz/run.sh            (DURATION=60 CONNECTIONS=64 WORKERS=10000 by default)
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${DURATION:-60}
CONNECTIONS=${CONNECTIONS:-64}
WORKERS=${WORKERS:-10000}
PORT=${PORT:-18180}
S3PORT=${S3PORT:-29600}
RUN=$(date +%s)
DB="sm_bench_$RUN"
PREFIX="sm-bench-$RUN:"
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

# the June campaign, opened around today for the run (production refuses the rolling demo window)
cp -r config/quiz "$WORK/quiz"
TODAY=$(TZ=Asia/Shanghai date +%F)
sed -i "s/^startDate:.*/startDate: $(TZ=Asia/Shanghai date -d "$TODAY -7 day" +%F)/; s/^endDate:.*/endDate: $(TZ=Asia/Shanghai date -d "$TODAY +7 day" +%F)/" "$WORK/quiz/campaign.yml"

mariadb -uroot -e "CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
java -cp "$CP" cn.safetymonth.support.S3ProxyMain "$S3PORT" > "$WORK/s3.log" 2>&1 & S3=$!

SPRING_PROFILES_ACTIVE=prod SERVER_PORT=$PORT \
SAFETY_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB" SAFETY_DB_USERNAME=root SAFETY_DB_PASSWORD= \
SAFETY_REDIS_HOST=127.0.0.1 SAFETY_REDIS_PORT=6379 SAFETY_REDIS_KEY_PREFIX="$PREFIX" \
SAFETY_S3_ENDPOINT="http://127.0.0.1:$S3PORT" SAFETY_S3_ACCESS_KEY=embedded-access-key SAFETY_S3_SECRET_KEY=embedded-secret-key-stub \
SAFETY_WX_APPID=wx-bench SAFETY_WX_SECRET=bench-not-used SAFETY_WX_PUSH_TOKEN=bench-not-used SAFETY_BOOTSTRAP_ADMIN_PASSWORD="Bench-$RUN" \
SAFETY_ORG_SEED_FILE=config/org/demo-city.csv SAFETY_QUIZ_CONTENT_DIR="$WORK/quiz" \
  SERVER_TOMCAT_THREADS_MAX=${TOMCAT_THREADS:-200} SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE=${DB_POOL:-20} java -Xmx1g -XX:+UseG1GC -jar "$JAR" > "$WORK/app.log" 2>&1 & APP=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null || { tail -40 "$WORK/app.log"; exit 1; }

python3 bench/quiz/seed.py "$DB" "$PREFIX" "$WORKERS" "$WORK/tokens.txt"
echo "driving: baseline for $((DURATION / 3 > 10 ? DURATION / 3 : 10)) s, then the play mix for $DURATION s..."
java -cp "$CP" bench/quiz/QuizLoad.java "http://127.0.0.1:$PORT" "$WORK/tokens.txt" \
  "jdbc:mariadb://127.0.0.1:3306/$DB" "$DURATION" "$CONNECTIONS" "$APP"
