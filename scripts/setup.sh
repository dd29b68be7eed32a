#!/usr/bin/env bash
# Installs the Debian packages Zhiban needs to build and test, when missing.
# Safe to run again: does nothing when everything is there.
set -euo pipefail

# coinor-libclp-dev: the linear programming solver behind the engine's dives (docs/decisions/0006).
# libcairo2-dev, libpango1.0-dev, fonts-noto-cjk: PDF documents with Chinese fonts embedded;
# poppler-utils: pdffonts and pdftotext for the printing tests.
# libpq-dev: the PostgreSQL client library behind the shared store (docs/decisions/0012);
# postgresql: the throwaway server the store tests start (initdb into a temporary folder).
packages=(libsqlite3-dev pkg-config libncurses-dev tmux coinor-libclp-dev
          libcairo2-dev libpango1.0-dev fonts-noto-cjk poppler-utils
          libpq-dev postgresql postgresql-contrib)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# The tmux end-to-end test reads the captured pane with Python (any python3 will do).
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
  if [ -x /opt/swift/usr/bin/swift ]; then
    echo "setup: swift is at /opt/swift/usr/bin; add it to PATH" >&2
  else
    echo "setup: Swift 6 is needed (swift not found on PATH)" >&2
  fi
  exit 1
fi
