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
. bench/lib.sh
bench_init hbench
bench_build
bench_start "$PORT" "$S3PORT" 512m SAFETY_ORG_SEED_FILE=config/org/demo-city.csv

python3 bench/quiz/seed.py "$DB" "$PREFIX" "$UPLOADS" "$WORK/tokens.txt"
java -cp "$CP" bench/hazard/HazardLoad.java upload "http://127.0.0.1:$PORT" "http://127.0.0.1:$S3PORT" "$WORK" "$WORK/tokens.txt" "$UPLOADS"

python3 bench/hazard/seed_reports.py "$DB" "$REPORTS"
sleep 20 # let the database settle after the bulk insert
A=$(bench_admin_token "$PORT")
java -cp "$CP" bench/hazard/HazardLoad.java map "http://127.0.0.1:$PORT" "$A" "$MAP_QUERIES"
if kill -0 "$APP" 2>/dev/null && ! grep -q OutOfMemoryError "$WORK/app.log"; then
  echo "service (-Xmx512m): still running, no OutOfMemoryError; heap in use now: $(jcmd "$APP" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1)"
else
  echo "service (-Xmx512m): DIED or ran out of memory"; grep -m3 -i "OutOfMemory\|Exception" "$WORK/app.log" || true
fi
