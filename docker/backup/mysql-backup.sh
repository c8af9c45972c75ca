#!/bin/sh
# Nightly dump of the safety_month database into /backup, kept SAFETY_BACKUP_KEEP_DAYS days.
# (SAFETY_BACKUP_HOST, _DIR and _DATABASE let .ci/deploy-test.sh run this very script against the local MariaDB.)
# Runs in the mysql image (mysqldump of the same version as the server); MYSQL_PWD keeps the password off the command line.
set -eu
KEEP="${SAFETY_BACKUP_KEEP_DAYS:-14}"
DIR="${SAFETY_BACKUP_DIR:-/backup}"
HOST="${SAFETY_BACKUP_HOST:-mysql}"
DB="${SAFETY_BACKUP_DATABASE:-safety_month}"
AT="${SAFETY_BACKUP_AT:-03:30}"
dump() {
  name="$DIR/safety_month-$(date +%Y%m%d-%H%M%S).sql.gz"
  # --single-transaction: a consistent snapshot of InnoDB without locking the tables workers write to
  if mysqldump -h "$HOST" -u root --single-transaction --routines --triggers \
       --default-character-set=utf8mb4 "$DB" | gzip > "$name.part" \
     && gzip -dc "$name.part" | tail -n 1 | grep -q "Dump completed"; then   # sh has no pipefail: a cut dump lacks the last line
    mv "$name.part" "$name"
    echo "backup written: $name ($(wc -c < "$name") bytes)"
  else
    rm -f "$name.part"
    echo "backup FAILED" >&2
  fi
  # by the date in the name (the slim image has no find): older than KEEP days goes
  cutoff=$(date -d "-$KEEP days" +%Y%m%d)
  for f in "$DIR"/safety_month-*.sql.gz; do
    [ -e "$f" ] || continue
    d=${f#"$DIR"/safety_month-}; d=${d%%-*}
    if [ "$d" -lt "$cutoff" ]; then rm -f "$f"; echo "backup removed: $f"; fi
  done
}
[ "${1:-}" = "now" ] && { dump; exit 0; }
while true; do
  now=$(date +%s)
  next=$(date -d "$(date +%Y-%m-%d) $AT" +%s)
  [ "$next" -le "$now" ] && next=$((next + 86400))
  sleep $((next - now))
  dump
done
