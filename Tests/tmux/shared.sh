#!/usr/bin/env bash
# End-to-end in tmux, two desks and the command line on one database (issue 14, reproductions
# 2 and 3): a check-in made on the command line shows at both desks, which run with a fixed
# clock (`--now`) and take no key meanwhile, within two seconds; a check-in made at one desk
# shows at the other within two seconds. Before, a desk with `--now` never saw either, and with
# the real clock it took up to a minute.
set -euo pipefail
bin=${ZHIBAN_BIN:-.build/debug/zhiban}
work=$(mktemp -d)
one="zhiban-shared-a-$$"
two="zhiban-shared-b-$$"
db="$work/shared.sqlite"
now="2026-12-08 08:20"
trap 'tmux kill-session -t "$one" 2>/dev/null || true; tmux kill-session -t "$two" 2>/dev/null || true; rm -rf "$work"' EXIT

"$bin" init --db "$db" >/dev/null
"$bin" import --db "$db" Tests/Fixtures/coordinator-compound >/dev/null
"$bin" solve --db "$db" --from 2026-12-07 --days 7 --steps 20000 >/dev/null 2>&1 || true

wait_in() {  # session, pattern, seconds
  for _ in $(seq 1 $(( $3 * 10 ))); do
    tmux capture-pane -p -t "$1" | grep -q -- "$2" && return 0
    sleep 0.1
  done
  echo "tmux shared: timed out in $1 waiting for “$2”; the pane shows:" >&2
  tmux capture-pane -p -t "$1" >&2
  exit 1
}
sql() { python3 -c "import sqlite3,sys; [print(*r, sep='|') for r in sqlite3.connect(sys.argv[1]).execute(sys.argv[2])]" "$db" "$1"; }

# Two people on the east gate's day shift (08:00–16:00) that Tuesday.
mapfile -t gate < <(sql "SELECT a.person_id FROM assignment a JOIN slot s ON s.id = a.slot_id WHERE s.id = 'C1-GE@2026-12-08@day' ORDER BY a.person_id")
(( ${#gate[@]} == 2 )) || { echo "tmux shared: the solved east gate day shift does not have two people: ${gate[*]}" >&2; exit 1; }
first=${gate[0]} second=${gate[1]}
line() { echo "$1 .*在岗"; }

for s in "$one" "$two"; do
  tmux new-session -d -x 140 -y 40 -s "$s" \
    "env LANG=C.UTF-8 TERM=tmux-256color $bin desk --db $db --now '$now' --lang zh; echo EXITED \$?; sleep 60"
done
wait_in "$one" "签到台" 20
wait_in "$two" "签到台" 20
if tmux capture-pane -p -t "$one" | grep -q "$(line "$first")"; then
  echo "tmux shared: $first is on duty before anyone checked them in" >&2; exit 1
fi

# The command line checks the first in; both desks show it without a key.
"$bin" checkin --db "$db" --at "$now" "$first" --lang zh >/dev/null
wait_in "$one" "$(line "$first")" 2
wait_in "$two" "$(line "$first")" 2

# The first desk checks the second in; the other desk shows it without a key.
tmux send-keys -t "$one" "$second"; sleep 0.3
tmux send-keys -t "$one" Enter
wait_in "$one" "已签到" 5
wait_in "$two" "$(line "$second")" 2

# Each check-in is in the log once.
count=$(sql "SELECT COUNT(*) FROM check_in")
[ "$count" == "2" ] || { echo "tmux shared: the log holds $count records, not 2" >&2; exit 1; }
echo "tmux shared: a check-in from the command line and one from another desk show at both desks within 2 s"
