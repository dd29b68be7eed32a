#!/usr/bin/env bash
# End-to-end in tmux on a PostgreSQL server (issue 15): two interfaces and a desk, each under
# its own login. A assigns and B, on the same slot, shows it within a second without a key; B
# then edits the slot from a view A has since changed (B holds an override prompt, so its watch
# waits) and is refused with who changed it and when; a desk on a third terminal checks someone
# in, and A's board shows them present. Needs a server: run under scripts/with-postgres.sh
# (ZHIBAN_TEST_PG).
set -euo pipefail
bin=${ZHIBAN_BIN:-.build/debug/zhiban}
[ -n "${ZHIBAN_TEST_PG:-}" ] || { echo "tmux server: run under scripts/with-postgres.sh" >&2; exit 1; }
psql=$(ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -t/ -k4 -n -r | head -1)
[ -x "$psql" ] || psql=psql
host=${ZHIBAN_TEST_PG#*host=}
name="tmux_server_$$"
"$psql" -q "$ZHIBAN_TEST_PG" -c "CREATE DATABASE $name"
url() { echo "postgresql://$1@/$name?host=$host"; }
db=$(url postgres)
a="zhiban-server-a-$$" b="zhiban-server-b-$$" c="zhiban-server-c-$$"
trap 'for s in "$a" "$b" "$c"; do tmux kill-session -t "$s" 2>/dev/null || true; done' EXIT

"$bin" init --db "$db" >/dev/null
"$bin" import --db "$db" data/sample >/dev/null
"$bin" solve --db "$db" --from 2026-12-01 --days 1 --steps 300 --threads 1 >/dev/null 2>&1
q() { "$psql" -tA "$db" -c "$1"; }
area=$(q "SELECT id FROM area ORDER BY id LIMIT 1")
"$bin" user add wangfang --role street --area "$area" --db "$db" >/dev/null
"$bin" user add lina --role street --area "$area" --db "$db" >/dev/null
"$bin" user add desk1 --role desk --compound C001 --db "$db" >/dev/null

wait_in() {  # session, pattern, seconds
  for _ in $(seq 1 $(( $3 * 20 ))); do
    tmux capture-pane -p -t "$1" | grep -q -- "$2" && return 0
    sleep 0.05
  done
  echo "tmux server: timed out in $1 waiting for “$2”; the pane shows:" >&2
  tmux capture-pane -p -t "$1" >&2
  exit 1
}
keys() { tmux send-keys -t "$1" "${@:2}"; sleep 0.3; }

for s in "$a:wangfang" "$b:lina"; do
  tmux new-session -d -x 100 -y 30 -s "${s%%:*}" \
    "env LANG=C.UTF-8 TERM=tmux-256color $bin tui --db '$(url "${s#*:}")' --from 2026-12-01 --lang en; echo EXITED \$?; sleep 60"
done
wait_in "$a" "Quit" 20
wait_in "$b" "Quit" 20

# Both open the board's first slot; A assigns the first free candidate; B shows it in a second.
keys "$a" Enter; wait_in "$a" "needs" 5
keys "$b" Enter; wait_in "$b" "needs" 5
keys "$a" Down Down a; wait_in "$a" "Assigned" 5
who=$(tmux capture-pane -p -t "$a" | grep -o "Assigned [^ ]*" | head -1 | sed 's/^Assigned //')
started=$(date +%s%N)
wait_in "$b" "● $who" 1
echo "tmux server: B showed A's assignment of $who after $(( ($(date +%s%N) - started) / 1000000 )) ms"

# B holds an override prompt (the last candidate is blocked); A removes the person meanwhile.
keys "$b" End a; wait_in "$b" "Reason:" 5
keys "$a" d; wait_in "$a" "Removed $who" 5
wait_in "$b" "Someone else changed the data" 2
keys "$b" "值班测试" Enter
wait_in "$b" "was changed by wangfang at" 5
# Then B shows the slot as stored: the person is off it again.
sleep 1
if tmux capture-pane -p -t "$b" | grep -q "● $who"; then
  echo "tmux server: B still shows $who on the slot after the refusal" >&2; tmux capture-pane -p -t "$b" >&2; exit 1
fi

# A desk checks in someone on that slot; A's board marks them present (✓) without a key.
keys "$a" Escape; wait_in "$a" "Shift 1" 5
person=$(q "SELECT a.person_id FROM assignment a WHERE a.slot_id LIKE 'C001-checkpoint-G1@2026-12-01@%' ORDER BY a.slot_id, a.person_id LIMIT 1")
pname=$(q "SELECT name FROM person WHERE id = '$person'")
tmux new-session -d -x 120 -y 35 -s "$c" \
  "env LANG=C.UTF-8 TERM=tmux-256color $bin desk --db '$(url desk1)' --now '2026-12-01 07:03' --lang en; echo EXITED \$?; sleep 60"
wait_in "$c" "$pname" 20
keys "$c" "$person"
keys "$c" Enter
wait_in "$c" "Checked in" 5
wait_in "$a" "$pname✓" 2
[ "$(q "SELECT entered_by FROM check_in")" == "desk1" ] || { echo "tmux server: the check-in is not the desk's" >&2; exit 1; }
echo "tmux server: A's change shown at B, B's stale edit refused naming wangfang, the desk's check-in shown present at A"
