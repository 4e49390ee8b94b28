#!/usr/bin/env bash
# Scaling: `smtpkb show`, `cargo xtask check`, `stats` and `export` on a
# locales tree with N generated entries and on one with 10 N, in one run;
# fails unless each takes at most MAX_RATIO (default 12) times as long on
# the larger tree. A ratio over the limit is measured again, up to twice.
#
# Usage: bench/scale.sh [N] [max-ratio]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20000}
max_ratio=${2:-12}
cargo build --release --quiet --package smtpkb --package xtask
python3 bench/scale.py target/release/smtpkb target/release/xtask "$n" "$max_ratio"
