#!/usr/bin/env bash
# End-to-end in tmux: resize between 20×6 and 200×60 many times while keys are pressed.
# The program must keep running, and after the last resize the screen must be exactly
# what a full repaint (Ctrl-L) draws: no garbage left by partial redraws.
set -euo pipefail
bin=${ZHIBAN_BIN:-.build/debug/zhiban}
work=$(mktemp -d)
session="zhiban-resize-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT

"$bin" demo --db "$work/demo.sqlite" --lang zh --no-interface >/dev/null
tmux new-session -d -x 100 -y 30 -s "$session" \
  "env LANG=C.UTF-8 TERM=tmux-256color $bin tui --db $work/demo.sqlite --from 2026-12-01 --lang zh; echo EXITED \$?; sleep 60"
for _ in $(seq 1 200); do tmux capture-pane -p -t "$session" | grep -q "退出" && break; sleep 0.1; done

sizes=(20x6 200x60 37x11 80x24 23x7 132x43 41x10 160x50 20x6 99x29 55x17 200x60 40x10 81x25 120x35)
keys=(j l Enter j Escape "?" Escape P j Enter Escape Escape "]" k h)
for round in 1 2 3; do
  for i in "${!sizes[@]}"; do
    tmux resize-window -t "$session" -x "${sizes[$i]%x*}" -y "${sizes[$i]#*x}"
    tmux send-keys -t "$session" "${keys[$i]}"
    sleep 0.05
  done
done
tmux resize-window -t "$session" -x 100 -y 30
sleep 0.5
if tmux capture-pane -p -t "$session" | grep -q EXITED; then
  echo "tmux e2e: zhiban ended during the resizes:" >&2
  tmux capture-pane -p -t "$session" >&2
  exit 1
fi
tmux capture-pane -p -t "$session" > "$work/after-resizes.txt"
tmux send-keys -t "$session" C-l
sleep 0.5
tmux capture-pane -p -t "$session" > "$work/repainted.txt"
diff "$work/after-resizes.txt" "$work/repainted.txt" || { echo "tmux e2e: the screen after resizing differs from a full repaint" >&2; exit 1; }
grep -q "退出" "$work/repainted.txt"
tmux send-keys -t "$session" q
for _ in $(seq 1 50); do tmux capture-pane -p -t "$session" | grep -q "EXITED 0" && break; sleep 0.1; done
tmux capture-pane -p -t "$session" | grep -q "EXITED 0"
echo "tmux e2e: 45 resizes between 20x6 and 200x60 with keys; no garbage, quits cleanly"
