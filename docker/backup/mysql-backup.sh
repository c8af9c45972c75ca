#!/bin/sh
# Nightly dump of the safety_month database into /backup, kept SAFETY_BACKUP_KEEP_DAYS days.
# Runs in the mysql image (mysqldump of the same version as the server); MYSQL_PWD keeps the password off the command line.
set -eu
KEEP="${SAFETY_BACKUP_KEEP_DAYS:-14}"
AT="${SAFETY_BACKUP_AT:-03:30}"
dump() {
  name="/backup/safety_month-$(date +%Y%m%d-%H%M%S).sql.gz"
  # --single-transaction: a consistent snapshot of InnoDB without locking the tables workers write to
  if mysqldump -h mysql -u root --single-transaction --routines --triggers --set-gtid-purged=OFF \
       --default-character-set=utf8mb4 safety_month | gzip > "$name.part"; then
    mv "$name.part" "$name"
    echo "backup written: $name ($(wc -c < "$name") bytes)"
  else
    rm -f "$name.part"
    echo "backup FAILED" >&2
  fi
  find /backup -name 'safety_month-*.sql.gz' -mtime +"$KEEP" -print -delete
}
[ "${1:-}" = "now" ] && { dump; exit 0; }
while true; do
  now=$(date +%s)
  next=$(date -d "$(date +%Y-%m-%d) $AT" +%s 2>/dev/null || date -D '%Y-%m-%d %H:%M' -d "$(date +%Y-%m-%d) $AT" +%s)
  [ "$next" -le "$now" ] && next=$((next + 86400))
  sleep $((next - now))
  dump
done
