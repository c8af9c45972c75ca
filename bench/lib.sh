# Shared by the bench/*/run.sh scripts (source it, don't run it): a fresh MariaDB database and Redis key prefix for
# the run, the production jar and the test classpath, S3Proxy standing in for MinIO, and the jar started on the
# production profile from environment variables alone. Everything the run created is removed when it exits.
#   bench_init NAME      the run's database sm_NAME_<time>, prefix sm-NAME-<time>:, work dir; cleanup on exit;
#                        with BUFFER_POOL=4G, MariaDB's InnoDB buffer pool is that size for the run (as production's
#                        compose file sizes it), and back to what it was afterwards
#   bench_build          sets JAR and CP (the test classpath: S3ProxyMain, MariaDB driver, Jackson)
#   bench_start PORT S3PORT XMX [VAR=value…]   starts S3Proxy and the jar (APP, S3 are their pids), waits for health
#   bench_admin_token PORT                     logs the bootstrap admin in, changes its first password, prints a token

bench_init() {
  RUN=$(date +%s)
  DB="sm_$1_$RUN"
  PREFIX="sm-$1-$RUN:"
  WORK=$(mktemp -d)
  ADMIN_PW="Bench-$RUN"
  APP=""; S3=""
  trap bench_cleanup EXIT
  POOL_BEFORE=""
  if [ -n "${BUFFER_POOL:-}" ]; then
    POOL_BEFORE=$(mariadb -uroot -N -e "SELECT @@innodb_buffer_pool_size")
    mariadb -uroot -e "SET GLOBAL innodb_buffer_pool_size = $(numfmt --from=iec "$BUFFER_POOL")"
    echo "InnoDB buffer pool for the run: $BUFFER_POOL (was $((POOL_BEFORE / 1048576)) MB)"
  fi
  mariadb -uroot -e "CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
}

bench_cleanup() {
  [ -n "$APP" ] && kill "$APP" 2>/dev/null || true
  [ -n "$S3" ] && kill "$S3" 2>/dev/null || true
  wait 2>/dev/null || true
  mariadb -uroot -e "DROP DATABASE IF EXISTS $DB" || true
  [ -n "$POOL_BEFORE" ] && mariadb -uroot -e "SET GLOBAL innodb_buffer_pool_size = $POOL_BEFORE" || true
  redis-cli -h 127.0.0.1 --scan --pattern "$PREFIX*" | xargs -r -n 500 redis-cli -h 127.0.0.1 DEL >/dev/null || true
  rm -rf "$WORK"
}

bench_build() {
  echo "building the production jar and the bench classpath..."
  mvn -B -q -ntp -DskipTests package
  mvn -B -q -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
  CP="target/test-classes:target/classes:$(cat "$WORK/cp.txt")"
  JAR=$(ls target/safety-month-*.jar | grep -v original | head -1)
}

bench_start() {
  local port=$1 s3port=$2 xmx=$3
  shift 3
  java -cp "$CP" cn.safetymonth.support.S3ProxyMain "$s3port" > "$WORK/s3.log" 2>&1 & S3=$!
  env SPRING_PROFILES_ACTIVE=prod SERVER_PORT="$port" \
    SAFETY_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB" SAFETY_DB_USERNAME=root SAFETY_DB_PASSWORD= \
    SAFETY_REDIS_HOST=127.0.0.1 SAFETY_REDIS_PORT=6379 SAFETY_REDIS_KEY_PREFIX="$PREFIX" \
    SAFETY_S3_ENDPOINT="http://127.0.0.1:$s3port" SAFETY_S3_PUBLIC_URL="https://bench.invalid/files" SAFETY_S3_ACCESS_KEY=embedded-access-key SAFETY_S3_SECRET_KEY=embedded-secret-key-stub \
    SAFETY_WX_APPID=wx-bench SAFETY_WX_SECRET=bench-not-used SAFETY_WX_PUSH_TOKEN=bench-not-used \
    SAFETY_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PW" "$@" \
    java "-Xmx$xmx" -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError -jar "$JAR" > "$WORK/app.log" 2>&1 & APP=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
  curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null || { tail -40 "$WORK/app.log"; exit 1; }
}

bench_admin_token() {
  local base="http://127.0.0.1:$1" token
  token=$(curl -s -X POST "$base/api/admin/auth/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$ADMIN_PW\"}" | python3 -c "import sys,json; print(json.load(sys.stdin)['data']['token'])")
  curl -s -X POST "$base/api/admin/auth/password" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"oldPassword\":\"$ADMIN_PW\",\"newPassword\":\"$ADMIN_PW-2\"}" | python3 -c "import sys,json; print(json.load(sys.stdin)['data']['token'])"
}
