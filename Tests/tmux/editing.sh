#!/usr/bin/env bash
# End-to-end in tmux: assign, pin, unassign, swap, edit a person, run the solver and accept,
# then undo each of the six changes, quit, reopen: the roster and the person are as they
# were, and the audit log holds every step.
set -euo pipefail
bin=${ZHIBAN_BIN:-.build/debug/zhiban}
work=$(mktemp -d)
session="zhiban-edit-$$"
db="$work/demo.sqlite"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT

"$bin" demo --db "$db" --lang en --no-interface >/dev/null
roster() {  # every assignment, sorted
  python3 - "$db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
for row in c.execute("SELECT slot_id, person_id, pinned FROM assignment ORDER BY slot_id, person_id"): print(*row)
print("phone", c.execute("SELECT phone FROM person ORDER BY id LIMIT 1").fetchone()[0])
PY
}
roster > "$work/before.txt"

open_tui() {
  tmux kill-session -t "$session" 2>/dev/null || true
  tmux new-session -d -x 100 -y 30 -s "$session" \
    "env LANG=C.UTF-8 TERM=tmux-256color $bin tui --db $db --from 2026-12-01 --lang en; echo EXITED \$?; sleep 60"
  wait_for "Quit" 20
}
wait_for() {  # pattern, seconds
  for _ in $(seq 1 $(( $2 * 10 ))); do
    tmux capture-pane -p -t "$session" | grep -q -- "$1" && return 0
    sleep 0.1
  done
  echo "tmux e2e: timed out waiting for “$1”; the pane shows:" >&2
  tmux capture-pane -p -t "$session" >&2
  exit 1
}
keys() { tmux send-keys -t "$session" "$@"; sleep 0.3; }
changes() {  # the actions of the changes in the audit log, in order
  python3 - "$db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
rows = c.execute("SELECT change_id, MIN(action) FROM audit WHERE change_id IS NOT NULL GROUP BY change_id ORDER BY change_id").fetchall()
print(" ".join(a for _, a in rows))
PY
}

open_tui
tmux capture-pane -p -t "$session" > "$work/board-before.txt"
keys Enter;            wait_for "needs 2" 10
keys Down Down a;      wait_for "Assigned" 5
# The cursor stays on whom a change was about: p pins, d removes the person just assigned.
who=$(tmux capture-pane -p -t "$session" | grep -o "Assigned .*" | head -1 | sed 's/^Assigned //; s/ *$//')
keys p;                wait_for "Pinned $who" 5
keys d;                wait_for "Removed $who" 5
keys Home s;           wait_for "Marked" 5
keys Escape Down Enter; wait_for "needs" 5
keys s;                wait_for "Swapped" 5
keys Escape P;         wait_for "Filter:" 5
keys e;                wait_for "Editing" 5
keys Tab BSpace 7;     wait_for "Phone" 5
for _ in $(seq 1 12); do keys Tab; done
keys "值班测试" F2;        wait_for "Saved" 5
notes=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT notes FROM person ORDER BY id LIMIT 1').fetchone()[0])" "$db")
[[ "$notes" == *值班测试 ]] || { echo "tmux e2e: Chinese typed into the editor was not saved: $notes" >&2; exit 1; }
keys Escape S;         wait_for "a accepts" 30
keys a;                wait_for "Accepted" 5
after=$(changes)
echo "tmux e2e: changes made: $after"
[[ "$after" == *"tui tui tui swap edit solve" ]] || { echo "unexpected changes: $after" >&2; exit 1; }
[ "$(roster)" != "$(cat "$work/before.txt")" ] || { echo "nothing changed in the roster" >&2; exit 1; }

for _ in 1 2 3 4 5 6; do keys u; done
wait_for "Undid: change in the interface" 5
keys q; wait_for "EXITED 0" 5
roster > "$work/after.txt"
diff "$work/before.txt" "$work/after.txt" || { echo "undoing every change did not restore the roster" >&2; exit 1; }
[[ "$(changes)" == *"solve undo undo undo undo undo undo" ]] || { echo "unexpected history: $(changes)" >&2; exit 1; }

# Reopen: the board looks as it did before any change.
open_tui
tmux capture-pane -p -t "$session" > "$work/board-after.txt"
diff "$work/board-before.txt" "$work/board-after.txt" || { echo "the reopened board differs" >&2; exit 1; }
# Redo survives the restart too.
keys U; wait_for "Redid: change in the interface" 5
keys q; wait_for "EXITED 0" 5
echo "tmux e2e: six edits made, undone, reopened unchanged; redo after restart works"
