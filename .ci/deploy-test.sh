#!/usr/bin/env bash
# The production stack without Docker: Debian's nginx with docker/nginx/safety-month.conf.template (the compose file's
# own front) on https with a self-signed certificate, in front of two instances of the production jar on the local
# MariaDB (a database of the run's own) and Redis (a key prefix of its own), S3Proxy as the object store.
# Through the front: a worker starts a level and its picture link returns the PNG; a photo uploads; an admin exports the
# statistics table. Then workers keep writing while one instance gets SIGTERM: every acknowledged write is in the database.
#   bash .ci/deploy-test.sh        (ports 32081, 32082, 32090, 32443, 32480)
set -euo pipefail
cd "$(dirname "$0")/.."
A_PORT=32081; B_PORT=32082; S3PORT=32090; HTTPS=32443; HTTP=32480
FRONT="https://localhost:$HTTPS"
command -v nginx >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq nginx-light || apt-get install -y -qq nginx) >/dev/null
. bench/lib.sh
bench_init deploy
NGX=""; B=""
deploy_cleanup() {
  [ -n "$NGX" ] && nginx -c "$WORK/nginx.conf" -p "$WORK" -s stop 2>/dev/null || true
  [ -n "$B" ] && kill "$B" 2>/dev/null || true
  mariadb -uroot -e "DROP DATABASE IF EXISTS ${DB}_r" 2>/dev/null || true
  bench_cleanup
}
trap deploy_cleanup EXIT
fail() {
  echo "DEPLOY TEST FAILED: $*" >&2
  for f in "$WORK/logs/error.log" "$WORK/a.log" "$WORK/b.log"; do [ -f "$f" ] && { echo "== $f" >&2; tail -20 "$f" >&2; }; done
  exit 1
}
if [ -n "${REUSE_BUILD:-}" ] && ls target/safety-month-*.jar >/dev/null 2>&1; then   # re-running by hand after a build
  mvn -B -q -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
  CP="target/test-classes:target/classes:$(cat "$WORK/cp.txt")"; JAR=$(ls target/safety-month-*.jar | grep -v original | head -1)
else
  bench_build
fi

cp -r config/quiz "$WORK/quiz"
TODAY=$(TZ=Asia/Shanghai date +%F)
sed -i "s/^startDate:.*/startDate: $(TZ=Asia/Shanghai date -d "$TODAY -7 day" +%F)/; s/^endDate:.*/endDate: $(TZ=Asia/Shanghai date -d "$TODAY +7 day" +%F)/" "$WORK/quiz/campaign.yml"

java -cp "$CP" cn.safetymonth.support.S3ProxyMain "$S3PORT" > "$WORK/s3.log" 2>&1 & S3=$!
start_app() { # PORT LOG -> pid in STARTED
  env SPRING_PROFILES_ACTIVE=prod SERVER_PORT="$1" \
    SAFETY_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB" SAFETY_DB_USERNAME=root SAFETY_DB_PASSWORD= \
    SAFETY_REDIS_HOST=127.0.0.1 SAFETY_REDIS_PORT=6379 SAFETY_REDIS_KEY_PREFIX="$PREFIX" \
    SAFETY_S3_ENDPOINT="http://127.0.0.1:$S3PORT" SAFETY_S3_PUBLIC_URL="$FRONT/files" \
    SAFETY_S3_ACCESS_KEY=embedded-access-key SAFETY_S3_SECRET_KEY=embedded-secret-key-stub \
    SAFETY_WX_APPID=wx-deploy SAFETY_WX_SECRET=deploy-not-used SAFETY_WX_PUSH_TOKEN=deploy-not-used \
    SAFETY_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PW" SAFETY_ORG_SEED_FILE=config/org/demo-city.csv SAFETY_QUIZ_CONTENT_DIR="$WORK/quiz" \
    SAFETY_TRUSTED_PROXIES='127\.0\.0\.1' \
    java -Xmx384m -XX:+UseSerialGC -jar "$JAR" > "$2" 2>&1 & STARTED=$!
}
wait_health() {
  for _ in $(seq 1 150); do curl -sf "http://127.0.0.1:$1/actuator/health" >/dev/null 2>&1 && return 0; sleep 1; done
  fail "instance on $1 did not start"
}
# the first instance migrates the schema and seeds the tree; the second starts on it
start_app $A_PORT "$WORK/a.log"; APP=$STARTED; wait_health $A_PORT
start_app $B_PORT "$WORK/b.log"; B=$STARTED; wait_health $B_PORT

# the front: the compose template, rendered for Debian's nginx (1.22: no `resolve`, no `http2 on`) and this machine's ports
mkdir -p "$WORK/certs" "$WORK/logs"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost -keyout "$WORK/certs/privkey.pem" -out "$WORK/certs/fullchain.pem" 2>/dev/null
SAFETY_DOMAIN=localhost envsubst '${SAFETY_DOMAIN}' < docker/nginx/safety-month.conf.template | sed \
  -e 's/^\( *\)http2 on;/\1# http2 on; (nginx >= 1.25.1)/' \
  -e "s#server app:8080 resolve \(.*\);#server 127.0.0.1:$A_PORT \1;\n    server 127.0.0.1:$B_PORT \1;#" \
  -e "s#server s3:80;#server 127.0.0.1:$S3PORT;#" \
  -e "s#listen 80;#listen 127.0.0.1:$HTTP;#" -e "s#listen 443 ssl;#listen 127.0.0.1:$HTTPS ssl;#" -e '/listen \[::\]/d' \
  -e "s#/etc/nginx/certs/#$WORK/certs/#" -e "s#return 301 https://\$host\$request_uri;#return 301 https://\$host:$HTTPS\$request_uri;#" \
  > "$WORK/site.conf"
grep -q "server 127.0.0.1:$B_PORT" "$WORK/site.conf" || fail "the template's upstream line changed; adapt the rendering above"
# the workers write upload bodies under the run's private directory: they run as whoever runs the test
[ "$(id -u)" = 0 ] && NGX_USER="user root;" || NGX_USER=""
cat > "$WORK/nginx.conf" <<NGINX
$NGX_USER
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/logs/error.log;
events { worker_connections 512; }
http {
  log_format up '\$request_method \$uri \$status \$upstream_addr';
  access_log $WORK/logs/access.log up;
  client_body_temp_path $WORK/body; proxy_temp_path $WORK/proxy;
  fastcgi_temp_path $WORK/fcgi; uwsgi_temp_path $WORK/uwsgi; scgi_temp_path $WORK/scgi;
  include $WORK/site.conf;
}
NGINX
nginx -c "$WORK/nginx.conf" -p "$WORK" && NGX=1
C="curl -sk --max-time 60"
json() { python3 -c "import sys,json; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }

echo "-- http redirects to https"
[ "$($C -o /dev/null -w '%{http_code} %{redirect_url}' "http://localhost:$HTTP/api/app/quiz/today")" = "301 $FRONT/api/app/quiz/today" ] || fail "no redirect to https"
[ "$($C -o /dev/null -w '%{http_code}' "$FRONT/actuator/health")" = 404 ] || fail "/actuator is reachable from outside"

python3 bench/quiz/seed.py "$DB" "$PREFIX" 401 "$WORK/tokens.txt" >/dev/null
W=$(head -1 "$WORK/tokens.txt")

echo "-- a worker starts a level through the front; its picture link returns the PNG"
start=$($C -X POST "$FRONT/api/app/quiz/attempts" -H "Authorization: Bearer $W" -H 'Content-Type: application/json' -d '{"scene":"FAMILY"}')
url=$(echo "$start" | json 'd["data"]["pictureUrl"]') || fail "no attempt: $start"
case "$url" in "$FRONT/files/"*) ;; *) fail "picture link not signed for the public URL: $url" ;; esac
$C -o "$WORK/picture.png" "$url"
[ "$(head -c 4 "$WORK/picture.png" | od -An -c | tr -d ' ')" = "211PNG" ] || fail "picture link did not return a PNG: $(head -c 300 "$WORK/picture.png")"
[ "$($C -o /dev/null -w '%{http_code}' "${url/X-Amz-Signature=/X-Amz-Signature=0}")" = 403 ] || fail "a changed signature was accepted"

echo "-- a photo uploads through the front"
up=$($C -X POST "$FRONT/api/app/hazard/photos" -H "Authorization: Bearer $W" -F "file=@config/quiz/levels/family/01.png;type=image/png")
[ "$(echo "$up" | json 'd["code"]')" = 0 ] || fail "upload through the front: $up"
thumb=$(echo "$up" | json 'd["data"]["thumbnailUrl"]')
[ "$($C -o /dev/null -w '%{http_code}' "$thumb")" = 200 ] || fail "the uploaded photo's link does not resolve: $thumb"

echo "-- an admin exports the statistics table through the front"
ADMIN=$(bench_admin_token $A_PORT)
form=$(ls config/statistics/forms | sed -n 's/\.yml$//p' | sort | tail -1)
code=$($C -o "$WORK/table.xlsx" -w '%{http_code}' "$FRONT/api/admin/statistics/forms/$form/export?unionId=1" -H "Authorization: Bearer $ADMIN")
[ "$code" = 200 ] && [ "$(head -c 2 "$WORK/table.xlsx")" = PK ] || fail "export of $form answered $code: $(head -c 300 "$WORK/table.xlsx")"

echo "-- writes keep coming while one instance is stopped (SIGTERM): no acknowledged write is lost"
tail -n +2 "$WORK/tokens.txt" > "$WORK/writers.txt"
: > "$WORK/acks.txt"
xargs -P 8 -I{} sh -c "curl -sk --max-time 60 -X POST '$FRONT/api/app/quiz/attempts' -H 'Authorization: Bearer {}' \
   -H 'Content-Type: application/json' -d '{\"scene\":\"SCHOOL\"}' | grep -c '\"code\":0' || true" < "$WORK/writers.txt" >> "$WORK/acks.txt" &
WRITERS=$!
# stop instance B once a quarter of the writes is done, while the rest are still coming
while [ "$(wc -l < "$WORK/acks.txt")" -lt 100 ] && kill -0 $WRITERS 2>/dev/null; do sleep 0.2; done
before=$(wc -l < "$WORK/acks.txt")
kill -TERM "$B"
wait $WRITERS || true
wait "$B" 2>/dev/null || true; B=""
[ "$before" -lt "$(wc -l < "$WORK/writers.txt")" ] || fail "the writes were over before the instance was stopped"
served_b=$(grep -c "^POST /api/app/quiz/attempts .* 127.0.0.1:$B_PORT" "$WORK/logs/access.log" || true)
[ "$served_b" -gt 0 ] || fail "instance B served no writes: the front did not spread them"
echo "instance B stopped after $before writes; it had served $served_b"
acked=$(grep -c '^1$' "$WORK/acks.txt" || true)
stored=$(mariadb -uroot -N -e "SELECT COUNT(*) FROM $DB.quiz_attempt")
echo "acknowledged $acked of $(wc -l < "$WORK/writers.txt") attempts, $stored stored (one before the run)"
[ "$stored" -ge $((acked + 1)) ] || fail "acknowledged $acked but stored $((stored - 1))"
# a write refused (a 502 on a keep-alive connection the stopping instance closed) is the phone's to retry; it must be rare
[ $((acked * 100)) -ge $(($(wc -l < "$WORK/writers.txt") * 95)) ] || fail "only $acked of $(wc -l < "$WORK/writers.txt") writes acknowledged while one of two instances stopped"
grep -q "Graceful shutdown complete" "$WORK/b.log" || fail "the stopped instance did not shut down gracefully"
echo "-- the backup job's own script dumps the database; the dump restores into an empty one with every attempt"
mkdir -p "$WORK/backup"
SAFETY_BACKUP_HOST=127.0.0.1 SAFETY_BACKUP_DIR="$WORK/backup" SAFETY_BACKUP_DATABASE="$DB" MYSQL_PWD= sh docker/backup/mysql-backup.sh now
dump=$(ls "$WORK"/backup/safety_month-*.sql.gz | head -1)
mariadb -uroot -e "DROP DATABASE IF EXISTS ${DB}_r; CREATE DATABASE ${DB}_r CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
gunzip -c "$dump" | mariadb -uroot --default-character-set=utf8mb4 "${DB}_r"
restored=$(mariadb -uroot -N -e "SELECT COUNT(*) FROM ${DB}_r.quiz_attempt")
mariadb -uroot -e "DROP DATABASE ${DB}_r"
[ "$restored" = "$stored" ] || fail "the restored dump has $restored attempts, the database $stored"
echo "restored $restored attempts from $(basename "$dump")"
echo "deploy test passed"
