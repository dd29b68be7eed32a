#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server for the tests: initdb into a temporary
# folder, the server listening only on a Unix socket there (as the postgres user when run as
# root), its URI in ZHIBAN_TEST_PG. The server is stopped and the folder removed at the end,
# whatever the command's result. Usage: scripts/with-postgres.sh COMMAND [ARG...]
set -euo pipefail

bin=""
for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r); do
  if [ -x "$dir/initdb" ]; then bin="$dir"; break; fi
done
[ -n "$bin" ] || bin="$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")"
[ -x "$bin/initdb" ] || { echo "with-postgres: initdb not found (apt-get install postgresql)" >&2; exit 1; }

folder="$(mktemp -d /tmp/zhiban-test-pg.XXXXXX)"
as_server=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres:postgres "$folder"
  as_server=(runuser -u postgres --)
fi

stop() {
  "${as_server[@]}" "$bin/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$folder"
}
trap stop EXIT INT TERM

"${as_server[@]}" "$bin/initdb" -D "$folder/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
  --no-instructions >"$folder/initdb.log" 2>&1 || { cat "$folder/initdb.log" >&2; exit 1; }
cat >>"$folder/data/postgresql.auto.conf" <<CONF
listen_addresses = ''
unix_socket_directories = '$folder'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
"${as_server[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 start >/dev/null \
  || { cat "$folder/server.log" >&2; exit 1; }

export ZHIBAN_TEST_PG="postgresql://postgres@/postgres?host=$folder"
echo "with-postgres: a throwaway server at $folder" >&2
"$@"
