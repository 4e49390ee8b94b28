#!/usr/bin/env bash
# Start-up benchmark: times `smtpkb show 451` (load the facts, negotiate,
# load one locale, render) against `smtpkb --version` (process start only),
# in the same run, and fails when a lookup costs more than the budget on top
# of process start.
#
# Usage: bench/startup.sh [runs] [budget-ms]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-200}
budget_ms=${2:-20}
cargo build --release --quiet
bin=target/release/smtpkb

# Mean wall time of one command over $runs runs, in microseconds.
mean_us() {
  local start end
  start=$(date +%s%N)
  for ((i = 0; i < runs; i++)); do "$@" >/dev/null; done
  end=$(date +%s%N)
  echo $(((end - start) / runs / 1000))
}

"$bin" show 451 >/dev/null # warm the page cache
baseline=$(mean_us "$bin" --version)
show_en=$(mean_us "$bin" show 451)
show_ar=$(mean_us "$bin" compare 334 451 --lang ar)
printf 'smtpkb --version              %6d µs  (baseline: process start)\n' "$baseline"
printf 'smtpkb show 451               %6d µs  (+%d µs)\n' "$show_en" $((show_en - baseline))
printf 'smtpkb compare 334 451 --lang ar %3d µs  (+%d µs)\n' "$show_ar" $((show_ar - baseline))
if ((show_en - baseline > budget_ms * 1000)); then
  echo "start-up of show 451 exceeds its budget of ${budget_ms} ms over process start" >&2
  exit 1
fi
