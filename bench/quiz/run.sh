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
. bench/lib.sh
bench_init bench
bench_build

# the June campaign, opened around today for the run (production refuses the rolling demo window)
cp -r config/quiz "$WORK/quiz"
TODAY=$(TZ=Asia/Shanghai date +%F)
sed -i "s/^startDate:.*/startDate: $(TZ=Asia/Shanghai date -d "$TODAY -7 day" +%F)/; s/^endDate:.*/endDate: $(TZ=Asia/Shanghai date -d "$TODAY +7 day" +%F)/" "$WORK/quiz/campaign.yml"

bench_start "$PORT" "$S3PORT" 1g SAFETY_ORG_SEED_FILE=config/org/demo-city.csv SAFETY_QUIZ_CONTENT_DIR="$WORK/quiz" \
  SERVER_TOMCAT_THREADS_MAX=${TOMCAT_THREADS:-200} SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE=${DB_POOL:-20}

python3 bench/quiz/seed.py "$DB" "$PREFIX" "$WORKERS" "$WORK/tokens.txt"
echo "driving: baseline for $((DURATION / 3 > 10 ? DURATION / 3 : 10)) s, then the play mix for $DURATION s..."
java -cp "$CP" bench/quiz/QuizLoad.java "http://127.0.0.1:$PORT" "$WORK/tokens.txt" \
  "jdbc:mariadb://127.0.0.1:3306/$DB" "$DURATION" "$CONNECTIONS" "$APP"
