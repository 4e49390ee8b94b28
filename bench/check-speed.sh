#!/usr/bin/env bash
# Speed of `cargo xtask check` against Mozilla's compare-locales, in one run
# on the same generated corpus (seeded defects), with the ratio of the two.
#
# Usage: bench/check-speed.sh [locales] [messages] [min-ratio]
# Fails when smtpkb is not at least min-ratio (default 50) times faster.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
n_locales=${1:-50}
n_messages=${2:-2000}
min_ratio=${3:-50}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

ensure_compare_locales
cargo build --release --quiet --package xtask
xtask=target/release/xtask
python3 bench/gen_corpus.py "$work/corpus" "$n_locales" "$n_messages"
corpus=$work/corpus

now() { date +%s%N; }
# smtpkb: the mean of 5 runs, after one warm-up run.
"$xtask" check --locales "$corpus" --format json >/dev/null || true
start=$(now)
for _ in 1 2 3 4 5; do "$xtask" check --locales "$corpus" --format json >"$work/check.json" || true; done
smtpkb_ns=$((($(now) - start) / 5))
# compare-locales: one run (it takes seconds).
start=$(now)
run_compare_locales "$corpus" "$work/cl.json"
cl_ns=$(($(now) - start))

python3 - "$smtpkb_ns" "$cl_ns" "$min_ratio" "$n_locales" "$n_messages" "$(nproc)" <<'PY'
import sys
smtpkb, cl, min_ratio, locales, messages, cores = (int(x) for x in sys.argv[1:])
ratio = cl / smtpkb
print(f"corpus: {locales} locales x {messages} messages, {cores} cores")
print(f"compare-locales 9.0.5: {cl / 1e9:8.3f} s")
print(f"cargo xtask check:     {smtpkb / 1e9:8.3f} s (mean of 5)")
print(f"ratio:                 {ratio:8.1f}x")
if ratio < min_ratio:
    print(f"smtpkb is less than {min_ratio}x faster", file=sys.stderr)
    sys.exit(1)
PY
python3 bench/compare_locales.py "$work/check.json" "$work/cl.json" "$corpus" | tail -1
