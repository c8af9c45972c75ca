#!/usr/bin/env bash
# Browser tests of the union console: installs what they need (Debian's chromium, playwright-core from the lockfile),
# starts the service on the embedded default with a fresh data folder and ports of its own, runs the tests, stops it.
# Screenshots of each main page land in console-e2e/screenshots/.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
PORT="${CONSOLE_E2E_PORT:-18580}"
DATA=$(mktemp -d)
export SAFETY_DEV_DATA="$DATA" SAFETY_DEV_REDIS_PORT="${CONSOLE_E2E_REDIS_PORT:-26579}" SAFETY_DEV_S3_PORT="${CONSOLE_E2E_S3_PORT:-29500}" \
       SAFETY_DEV_WECHAT_PORT="${CONSOLE_E2E_WECHAT_PORT:-29600}" SERVER_PORT="$PORT"
export CONSOLE_BASE_URL="http://127.0.0.1:$PORT"

if ! command -v chromium >/dev/null 2>&1; then
  echo "installing Debian's chromium"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk) >/dev/null
fi
if ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  # without a CJK font the screenshots show boxes instead of Chinese
  (DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null 2>&1) || echo "fonts-noto-cjk not installable; screenshots may lack Chinese glyphs"
fi
(cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error)
# the seeding reads where each level's hazards are with the mini-program journey's own reader (and its js-yaml)
[ -d "$ROOT/miniprogram-api/node_modules/js-yaml" ] || (cd "$ROOT/miniprogram-api" && npm ci --no-audit --no-fund --loglevel=error)
# a syntax error in one page module would only show when that page opens: check them all first
for f in "$ROOT"/src/main/resources/static/admin/js/*.js "$ROOT"/src/main/resources/static/admin/js/pages/*.js; do
  node --check --input-type=module < "$f" || { echo "syntax error in $f"; exit 1; }
done

PID=""
stop() {
  if [ -n "$PID" ]; then
    kill -TERM -- "-$PID" 2>/dev/null || kill -TERM "$PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$PID" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$PID" 2>/dev/null || true
  fi
  rm -rf "$DATA"
}
trap stop EXIT

echo "starting the service on $CONSOLE_BASE_URL (data in $DATA)"
# its own process group, so that stopping it also stops the embedded Redis it started
cd "$ROOT"
setsid mvn -B -ntp -q spring-boot:test-run > "$DATA/service.log" 2>&1 &
PID=$!
for _ in $(seq 1 240); do
  if curl -sf "$CONSOLE_BASE_URL/actuator/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$PID" 2>/dev/null; then echo "service exited; log:"; tail -60 "$DATA/service.log"; exit 1; fi
  sleep 1
done
curl -sf "$CONSOLE_BASE_URL/actuator/health" >/dev/null || { echo "service did not start; log:"; tail -60 "$DATA/service.log"; exit 1; }

cd "$HERE"
rm -rf screenshots
node --test --test-concurrency=1 tests/
