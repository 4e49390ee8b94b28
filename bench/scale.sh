#!/usr/bin/env bash
# Scaling: `smtpkb`, `cargo xtask check`, `stats` and `export` on inputs
# of size N and 10 N, in one run (many entries, duplicate ids, a long
# line, many commands in the data, many locales; see scale.py); fails
# unless each takes at most MAX_RATIO (default 12) times as long on the
# larger. A ratio over the limit is measured again, up to twice.
#
# Usage: bench/scale.sh [N] [max-ratio]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20000}
max_ratio=${2:-12}
cargo build --release --quiet --package smtpkb --package xtask
python3 bench/scale.py target/release/smtpkb target/release/xtask "$n" "$max_ratio"
