#!/usr/bin/env bash
# End-to-end in a real terminal: the built zhiban in tmux at 80×24 with LANG=C.UTF-8.
# Opens the board on the demo data and checks what a user sees: Chinese and Latin names
# line up in every column, the function bar is there, a slot opens, q quits and the
# terminal comes back (tmux pane shows the shell again).
set -euo pipefail
bin=${ZHIBAN_BIN:-.build/debug/zhiban}
work=$(mktemp -d)
session="zhiban-e2e-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT

"$bin" demo --db "$work/demo.sqlite" --lang en --no-interface >/dev/null
tmux new-session -d -x 80 -y 24 -s "$session" \
  "env LANG=C.UTF-8 TERM=tmux-256color $bin tui --db $work/demo.sqlite --from 2026-12-01 --lang en; echo EXITED \$?; sleep 60"

wait_for() {  # text, seconds
  for _ in $(seq 1 $(( $2 * 10 ))); do
    tmux capture-pane -p -t "$session" | grep -q -- "$1" && return 0
    sleep 0.1
  done
  echo "tmux e2e: timed out waiting for “$1”; the pane shows:" >&2
  tmux capture-pane -p -t "$session" >&2
  return 1
}

wait_for "q Quit" 20
tmux capture-pane -p -t "$session" > "$work/board.txt"
python3 - "$work/board.txt" <<'PY'
import sys, unicodedata
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
def width(ch):
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1
def column_of(line, target):
    """The character at display column `target` (None inside a wide character)."""
    col = 0
    for ch in line:
        if col == target: return ch
        if col > target: return None
        col += width(ch)
    return " "
rows = [l for l in lines[2:22] if l.strip()]
assert len(rows) >= 15, f"expected a full board, got {len(rows)} rows"
bad = []
for l in rows:
    # Columns start at 20, 40 and 60 at 80 wide: the display column before each is a blank
    # and a cell never starts inside a wide character.
    for start in (20, 40, 60):
        before, at = column_of(l, start - 1), column_of(l, start)
        if before != " " or at is None:
            bad.append(l)
            break
assert not bad, "columns do not line up:\n" + "\n".join(bad)
assert lines[1].startswith("Post"), lines[1]
print(f"tmux e2e: {len(rows)} board rows line up at 80x24")
PY
grep -q "Help" "$work/board.txt"

# Open a slot, then quit: the program ends and says so.
tmux send-keys -t "$session" Enter
wait_for "needs" 10
tmux send-keys -t "$session" q
wait_for "EXITED 0" 10
restored() {  # the board is gone: curses left the alternate screen
  if tmux capture-pane -p -t "$session" | grep -q "q Quit"; then
    echo "tmux e2e: the terminal was not restored after $1" >&2
    tmux capture-pane -p -t "$session" >&2
    exit 1
  fi
}
restored "q"
echo "tmux e2e: slot opened, quit cleanly"

# Ctrl-C, SIGTERM and SIGQUIT end the program and restore the terminal too (SIGQUIT without
# the runtime's backtrace drawn over the board).
for how in ctrl-c sigterm sigquit; do
  tmux kill-session -t "$session"
  tmux new-session -d -x 80 -y 24 -s "$session" \
    "env LANG=C.UTF-8 TERM=tmux-256color sh -c 'echo \$\$ > $work/pid; exec $bin tui --db $work/demo.sqlite --from 2026-12-01'; echo EXITED \$?; sleep 60"
  wait_for "q Quit" 20
  if [ "$how" = ctrl-c ]; then
    tmux send-keys -t "$session" C-c
  elif [ "$how" = sigterm ]; then
    kill -TERM "$(cat "$work/pid")"
  else
    kill -QUIT "$(cat "$work/pid")"
  fi
  wait_for "EXITED" 10
  if tmux capture-pane -p -t "$session" | grep -q -i "backtrace\|Thread 0\|crashed"; then
    echo "FAIL: $how drew a crash report" >&2
    tmux capture-pane -p -t "$session" >&2
    exit 1
  fi
  restored "$how"
  echo "tmux e2e: $how restores the terminal"
done

# Without colours (TERM=xterm-mono) roles map to attributes: the selected cell is reverse video.
tmux kill-session -t "$session"
tmux new-session -d -x 80 -y 24 -s "$session" \
  "env LANG=C.UTF-8 TERM=xterm-mono $bin tui --db $work/demo.sqlite --from 2026-12-01 --lang en; echo EXITED \$?; sleep 60"
wait_for "Quit" 20
if ! tmux capture-pane -p -e -t "$session" | grep -q $'\e\\[7m'; then
  echo "tmux e2e: no reverse video for the selection on a monochrome terminal" >&2
  exit 1
fi
tmux send-keys -t "$session" q
wait_for "EXITED 0" 10
echo "tmux e2e: monochrome terminal shows the selection in reverse video"
