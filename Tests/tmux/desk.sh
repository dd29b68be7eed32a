#!/usr/bin/env bash
# End-to-end in tmux, as a new user would at the duty desk: check in three people by pinyin
# initials and one by phone tail, check one out, mark one no-show and call up the offered
# standby, undo the last step; the database holds exactly those records, with timestamps.
# Then: a check-in shown as done survives SIGKILL of the process right after it.
set -euo pipefail
bin=${ZHIBAN_BIN:-.build/debug/zhiban}
work=$(mktemp -d)
session="zhiban-desk-$$"
db="$work/desk.sqlite"
now="2026-12-01 08:50"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT

"$bin" import --db "$db" data/sample >/dev/null
"$bin" solve --db "$db" --from 2026-12-01 --days 1 --steps 2000 >/dev/null
# How each name is read: ID → initials (the desk finds people by them).
"$bin" people --db "$db" --pinyin --lang en | awk 'NR > 2 && $1 ~ /^P[0-9]+$/ { print $1, $(NF-1) }' > "$work/initials.txt"

wait_for() {  # pattern, seconds
  for _ in $(seq 1 $(( $2 * 10 ))); do
    tmux capture-pane -p -t "$session" | grep -q -- "$1" && return 0
    sleep 0.1
  done
  echo "tmux desk: timed out waiting for “$1”; the pane shows:" >&2
  tmux capture-pane -p -t "$session" >&2
  exit 1
}
keys() { tmux send-keys -t "$session" "$@"; sleep 0.3; }
open_desk() {
  tmux kill-session -t "$session" 2>/dev/null || true
  tmux new-session -d -x 110 -y 40 -s "$session" \
    "env LANG=C.UTF-8 TERM=tmux-256color $bin desk --db $db --now '$now' --lang zh; echo EXITED \$?; sleep 60"
  wait_for "签到台" 20
}
first_row_id() {  # the person number on the first line of the list
  tmux capture-pane -p -t "$session" | sed -n 4p | grep -o 'P[0-9]\{4\}' | head -1
}
records() {  # the check-in log: person action in out status
  python3 - "$db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
for row in c.execute("SELECT person_id, action, COALESCE(time_in, '-'), COALESCE(time_out, '-'), status, voided, entered_at FROM check_in ORDER BY seq"):
    print(*row, sep="|")
PY
}

open_desk
tmux capture-pane -p -t "$session" > "$work/desk.txt"
mapfile -t expected < <(grep -o 'P[0-9]\{4\}' "$work/desk.txt" | awk '!seen[$0]++')

# A paste of 10,000 characters is taken as text, not key by key: the query holds its first 64
# and the status says it was cut, within a few polls; Esc clears it again.
tmux send-keys -t "$session" -l "$(printf 'zw%.0s' $(seq 1 5000))"
wait_for "粘贴内容过长\|此栏最多 64 个字符" 5
query=$(tmux capture-pane -p -t "$session" | sed -n 2p)
[[ "$query" == *"$(printf 'zw%.0s' $(seq 1 32))"* && "$query" != *"$(printf 'zw%.0s' $(seq 1 33))"* ]] \
  || { echo "tmux desk: after a long paste the query line is “$query”, expected 64 characters of it" >&2; exit 1; }
keys Escape
echo "tmux desk: a paste of 10,000 characters was cut to the query's 64"
(( ${#expected[@]} >= 6 )) || { echo "tmux desk: fewer than six people expected at $now" >&2; cat "$work/desk.txt" >&2; exit 1; }

# Three check-ins by pinyin initials: people whose initials bring them to the top of the list.
checked=()
for id in "${expected[@]}"; do
  (( ${#checked[@]} == 3 )) && break
  initials=$(awk -v id="$id" '$1 == id { print $2 }' "$work/initials.txt")
  [ -n "$initials" ] || continue
  keys "$initials"
  if [ "$(first_row_id)" == "$id" ]; then
    keys Enter; wait_for "已签到" 5
    checked+=("$id")
  else
    keys Escape
  fi
done
(( ${#checked[@]} == 3 )) || { echo "tmux desk: could not check in three people by initials" >&2; exit 1; }

# One by the last four digits of the phone number.
by_phone=""
for id in "${expected[@]}"; do
  [[ " ${checked[*]} " == *" $id "* ]] && continue
  tail4=$(grep -m1 "$id" "$work/desk.txt" | awk -v id="$id" '{ for (i = 1; i < NF; i++) if ($i == id) print $(i + 1) }')
  [[ "$tail4" =~ ^[0-9]{4}$ ]] || continue
  keys "$tail4"
  if [ "$(first_row_id)" == "$id" ]; then
    keys Enter; wait_for "已签到" 5
    by_phone=$id
    break
  fi
  keys Escape
done
[ -n "$by_phone" ] || { echo "tmux desk: could not check in anyone by phone tail" >&2; exit 1; }

# Check the first one out: the same initials find them on duty; Enter checks out. Leaving
# long before the shift ends, the desk first asks why (a reason is required).
initials=$(awk -v id="${checked[0]}" '$1 == id { print $2 }' "$work/initials.txt")
keys "$initials"; wait_for "在岗" 5
keys Enter
if tmux capture-pane -p -t "$session" | grep -q "提前签退"; then keys "called home"; keys Enter; fi
wait_for "已签退" 5

# A no-show, by person number: F5 marks it and offers standbys; Enter calls up the first.
absent=""
for id in "${expected[@]}"; do
  [[ " ${checked[*]} $by_phone " == *" $id "* ]] && continue
  absent=$id; break
done
keys "$absent"; [ "$(first_row_id)" == "$absent" ] || { echo "tmux desk: $absent not found by number" >&2; exit 1; }
keys F5
# Before the shift's start and the grace, F5 asks to be pressed again.
if tmux capture-pane -p -t "$session" | grep -q "再按 F5"; then keys F5; fi
wait_for "已记 " 5
if tmux capture-pane -p -t "$session" | grep -q "替补 .*（缺岗）"; then
  wait_for " 1\. " 5
  keys Enter; wait_for "已调" 5
  called=1
else
  called=0
fi
keys F8; wait_for "已撤销" 5
tmux capture-pane -p -t "$session" > "$work/after-undo.txt"
keys F10; wait_for "EXITED 0" 5

records > "$work/records.txt"
cat "$work/records.txt"
actions=$(awk -F'|' '{ print $1 ":" $2 }' "$work/records.txt" | paste -sd' ')
want="${checked[0]}:in ${checked[1]}:in ${checked[2]}:in $by_phone:in ${checked[0]}:out $absent:no_show"
(( called == 1 )) || want="$want $absent:undo"
[ "$actions" == "$want" ] || { echo "tmux desk: the log is “$actions”, expected “$want”" >&2; exit 1; }
# Every check-in at the desk's time, every record with the time it was entered.
awk -F'|' '$2 == "in" && $3 != "2026-12-01 08:50" { bad = 1 } END { exit bad }' "$work/records.txt" \
  || { echo "tmux desk: a check-in does not carry the desk's date" >&2; exit 1; }
awk -F'|' '$7 !~ /^2[0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T/ { bad = 1 } END { exit bad }' "$work/records.txt" \
  || { echo "tmux desk: a record lacks the time it was entered" >&2; exit 1; }
awk -F'|' '$2 == "out" && $4 == "-" { bad = 1 } END { exit bad }' "$work/records.txt" \
  || { echo "tmux desk: the check-out has no time" >&2; exit 1; }
if (( called == 1 )); then
  # The standby's call-up was the last step, and it was undone: the absent person is on the slot again.
  python3 - "$db" "$absent" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
n = c.execute("SELECT COUNT(*) FROM assignment a JOIN slot s ON s.id = a.slot_id WHERE a.person_id = ? AND s.date = '2026-12-01'", (sys.argv[2],)).fetchone()[0]
actions = [r[0] for r in c.execute("SELECT action FROM audit WHERE entity = 'assignment' ORDER BY seq")]
assert n >= 1, "the absent person's assignment was not restored by the undo"
# the call-up's rows (the replan may change more than two), then as many undo rows
tail = actions[-2 * actions.count("standby"):]
half = len(tail) // 2
assert half >= 2 and tail[:half] == ["standby"] * half and tail[half:] == ["undo"] * half, actions[-8:]
PY
fi
echo "tmux desk: 3 by initials, 1 by phone tail, 1 out, 1 no-show$( (( called == 1 )) && echo ' + standby called up and undone' || echo ' (no standby offered) undone'); log as expected"

# SIGKILL right after a check-in shown as done: nothing shown is lost.
open_desk
for id in "${expected[@]}"; do
  [[ " ${checked[*]} $by_phone $absent " == *" $id "* ]] && continue
  keys "$id"; keys Enter; wait_for "已签到" 5
  pid=$(pgrep -f "^$bin desk --db $db" | head -1)
  [ -n "$pid" ] || { echo "tmux desk: no desk process to kill" >&2; exit 1; }
  kill -9 "$pid"
  wait_for "EXITED 137" 5
  records | grep -q "^$id|in|2026-12-01 08:50|" || { echo "tmux desk: the check-in of $id shown before SIGKILL is lost" >&2; exit 1; }
  echo "tmux desk: check-in of $id shown, process killed with SIGKILL, record kept"
  break
done
