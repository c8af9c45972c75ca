#!/usr/bin/env bash
# Proves README's first command on this machine: `mvn spring-boot:test-run` starts the service on
# embedded defaults; with HTTP alone a worker logs in and joins a union, an admin lists its workers;
# after a restart the data is still there. Uses its own data folder and ports.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=$(mktemp -d)
PORT=18080
export SAFETY_DEV_DATA="$DATA" SAFETY_DEV_REDIS_PORT=26379 SAFETY_DEV_S3_PORT=29000 SAFETY_DEV_WECHAT_PORT=29100 SERVER_PORT=$PORT
BASE="http://127.0.0.1:$PORT"
PID=""

start() {
  mvn -B -ntp -q spring-boot:test-run > "$DATA/run-$1.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 180); do
    if curl -sf "$BASE/actuator/health" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$PID" 2>/dev/null; then break; fi
    sleep 1
  done
  echo "service did not start; log:"; tail -50 "$DATA/run-$1.log"; exit 1
}
stop() {
  pkill -TERM -P "$PID" 2>/dev/null || true
  kill -TERM "$PID" 2>/dev/null || true
  for _ in $(seq 1 60); do
    if ! curl -sf "$BASE/actuator/health" >/dev/null 2>&1; then break; fi
    sleep 1
  done
  wait "$PID" 2>/dev/null || true
  # the embedded Redis is a child process of the JVM; make sure the port is free for the restart
  pkill -f "redis-server.*26379" 2>/dev/null || true
  sleep 1
}
trap 'stop; rm -rf "$DATA"' EXIT
json() { python3 -c "import sys,json; d=json.load(sys.stdin); print(eval(sys.argv[1], {'d': d}))" "$1"; }
post() { curl -s -X POST "$BASE$1" -H 'Content-Type: application/json' ${3:+-H "Authorization: Bearer $3"} -d "$2"; }
get() { curl -s "$BASE$1" -H "Authorization: Bearer $2"; }

start 1
grep -q "safety-month is running" "$DATA/run-1.log" || { echo "start-up banner missing"; exit 1; }
W=$(post /api/app/auth/login '{"code":"smoke-1"}' | json 'd["data"]["token"]')
A=$(post /api/admin/auth/login '{"username":"admin","password":"ChangeMe2025"}' | json 'd["data"]["token"]')
A=$(post /api/admin/auth/password '{"oldPassword":"ChangeMe2025","newPassword":"Smoke2025ok"}' "$A" | json 'd["data"]["token"]')
ROOT=$(get /api/admin/unions "$A" | json 'd["data"][0]["union"]["id"]')
COUNTY=$(get "/api/admin/unions/$ROOT/children" "$A" | json '[c for c in d["data"] if c["childCount"] > 0][0]["union"]["id"]')
read -r UNION CODE < <(get "/api/admin/unions/$COUNTY/children" "$A" | json '" ".join(str(x) for x in [[c["union"]["id"], c["joinCode"]] for c in d["data"] if c["joinCode"]][0])')
post /api/app/me/union "{\"joinCode\":\"$CODE\"}" "$W" | json 'd["code"]' | grep -qx 0
[ "$(get /api/app/me "$W" | json 'd["data"]["union"]["id"]')" = "$UNION" ]
[ "$(get "/api/admin/unions/$UNION/workers" "$A" | json 'd["data"]["total"]')" = "1" ]
echo "first run: worker joined union $UNION with code $CODE; admin lists 1 worker"
stop

start 2
A2=$(post /api/admin/auth/login '{"username":"admin","password":"Smoke2025ok"}' | json 'd["data"]["token"]')
[ "$(get /api/app/me "$W" | json 'd["data"]["union"]["id"]')" = "$UNION" ]
[ "$(get "/api/admin/unions/$UNION/workers" "$A2" | json 'd["data"]["total"]')" = "1" ]
echo "after restart: changed admin password, worker session and membership are all still there"
echo "smoke: 1 passed, 0 failed"
