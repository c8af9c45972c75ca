#!/usr/bin/env bash
# Restores a dump made by the mysql-backup service into the running stack's database.
#   docker/restore.sh                       # lists the dumps in the backup volume
#   docker/restore.sh safety_month-20260615-033000.sql.gz
# The app instances are stopped first (nothing writes while the tables are replaced) and started again after;
# Flyway then sees the schema version the dump carries and applies any newer migration.
set -euo pipefail
cd "$(dirname "$0")"
DC="docker compose"; command -v docker >/dev/null 2>&1 && docker compose version >/dev/null 2>&1 || DC="docker-compose"
if [ $# -eq 0 ]; then
  $DC exec -T mysql-backup sh -c 'ls -lh /backup'
  exit 0
fi
file="$1"
$DC exec -T mysql-backup sh -c "test -s /backup/$file" || { echo "no such dump: $file" >&2; exit 1; }
scale=$($DC ps -q app | wc -l)
echo "stopping app ($scale instances), restoring $file"
$DC stop app
$DC exec -T mysql-backup sh -c "gunzip -c /backup/$file | mysql -h mysql -u root --default-character-set=utf8mb4 safety_month"
$DC up -d --no-recreate --scale app="${scale:-1}" app
echo "restored $file"
