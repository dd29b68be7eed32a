#!/usr/bin/env bash
# End-to-end in tmux, at the coordinator's own gate (Tests/Fixtures/coordinator-compound, imported
# from GB18030 and BOM files, a week solved): F5 on someone who did not come lists standbys with
# their full phone numbers, and one is called up; F4 marks someone excused and says so; F7 on a
# full shift asks for an override with a reason before registering the walk-in; back on the board
# the no-show and the walk-in show. The database holds the override's reason on the assignment.
set -euo pipefail
bin=${ZHIBAN_BIN:-.build/debug/zhiban}
work=$(mktemp -d)
session="zhiban-gate-$$"
db="$work/gate.sqlite"
now="2026-12-08 08:20"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT

"$bin" init --db "$db" >/dev/null
"$bin" import --db "$db" Tests/Fixtures/coordinator-compound >/dev/null
"$bin" solve --db "$db" --from 2026-12-07 --days 7 --steps 20000 >/dev/null 2>&1 || true

wait_for() {  # pattern, seconds
  for _ in $(seq 1 $(( $2 * 10 ))); do
    tmux capture-pane -p -t "$session" | grep -q -- "$1" && return 0
    sleep 0.1
  done
  echo "tmux gate: timed out waiting for “$1”; the pane shows:" >&2
  tmux capture-pane -p -t "$session" >&2
  exit 1
}
keys() { tmux send-keys -t "$session" "$@"; sleep 0.4; }
pane() { tmux capture-pane -p -t "$session"; }
sql() { python3 -c "import sqlite3,sys; [print(*r, sep='|') for r in sqlite3.connect(sys.argv[1]).execute(sys.argv[2])]" "$db" "$1"; }

# Who is on the east gate's day shift (08:00–16:00) that Tuesday.
mapfile -t gate < <(sql "SELECT a.person_id FROM assignment a JOIN slot s ON s.id = a.slot_id WHERE s.id = 'C1-GE@2026-12-08@day' ORDER BY a.person_id")
(( ${#gate[@]} == 2 )) || { echo "tmux gate: the solved east gate day shift does not have two people: ${gate[*]}" >&2; exit 1; }
mapfile -t west < <(sql "SELECT a.person_id FROM assignment a JOIN slot s ON s.id = a.slot_id WHERE s.id = 'C1-GW@2026-12-08@day' ORDER BY a.person_id")
(( ${#west[@]} >= 1 )) || { echo "tmux gate: nobody on the west gate day shift" >&2; exit 1; }

tmux new-session -d -x 140 -y 40 -s "$session" \
  "env LANG=C.UTF-8 TERM=tmux-256color $bin desk --db $db --now '$now' --lang zh; echo EXITED \$?; sleep 60"
wait_for "签到台" 20

# F5 on the first east-gate person (past the start and the grace): standbys with full phones.
absent=${gate[0]}
keys "$absent"; wait_for "$absent" 5
keys F5; wait_for "替补 .*（缺岗）" 5
pane | grep -Eq '[0-9]\. .* P[0-9]+ +1[0-9]{10} ' || { echo "tmux gate: the standby list shows no full phone number" >&2; pane >&2; exit 1; }
pane | grep -q "本周 .* 小时" || { echo "tmux gate: the standby list shows no hours this week" >&2; pane >&2; exit 1; }
keys Enter; wait_for "已调 " 5

# F4 on a west-gate person: excused, said as such.
excused=${west[0]}
keys "$excused"; wait_for "$excused" 5
keys F4; wait_for "（请假）" 5
keys Escape; wait_for "记为请假" 5
keys Escape   # clears the query

# F7 on the other east-gate person's line (the shift is full again): an override is asked for.
keys "${gate[1]}"; wait_for "${gate[1]}" 5
keys F7; wait_for "临时报到" 5
keys "赵小兰" Tab 13903731234 Tab 女 Tab 1990 Enter
wait_for "需要特批" 5
keys Enter; wait_for "特批必须写明理由" 5
keys "门岗人手不足" Enter; wait_for "已特批" 5

# The board, on the desk's day: the no-show in brackets, the walk-in marked.
keys Escape; keys Escape; wait_for "岗位看板" 5
wait_for "赵小兰临" 5
# The selected cell in full on the line below: the no-show, and who stands in.
wait_for "缺岗，由 .* 替补" 5

reason=$(sql "SELECT override_reason FROM assignment a JOIN person p ON p.id = a.person_id WHERE p.name = '赵小兰'")
[ "$reason" == "门岗人手不足" ] || { echo "tmux gate: the walk-in's override reason was not stored: '$reason'" >&2; exit 1; }
status=$(sql "SELECT status FROM check_in WHERE person_id = '$excused' ORDER BY seq DESC LIMIT 1")
[ "$status" == "excused" ] || { echo "tmux gate: $excused is not recorded excused: $status" >&2; exit 1; }
echo "tmux gate: no-show with standbys and phones, excused, walk-in with an override, all on the board"
