# The two commands of the README: `make demo` and `make test`.
# Each installs what it needs first (scripts/setup.sh).
SWIFT ?= swift
export PATH := $(PATH):/opt/swift/usr/bin

.PHONY: demo test build setup bench clean

setup:
	@bash scripts/setup.sh

build: setup
	$(SWIFT) build

demo: build
	$(SWIFT) run --skip-build zhiban demo

test: setup
	$(SWIFT) build --build-tests
	bash scripts/with-postgres.sh $(SWIFT) test --skip-build --disable-xctest
	bash Tests/tmux/board.sh
	bash Tests/tmux/editing.sh
	bash Tests/tmux/resize.sh
	bash Tests/tmux/desk.sh
	bash Tests/tmux/gate.sh
	bash Tests/tmux/shared.sh
	bash scripts/with-postgres.sh bash Tests/tmux/server.sh

bench: setup
	$(SWIFT) build -c release
	.build/release/zhiban bench city

clean:
	rm -rf .build
