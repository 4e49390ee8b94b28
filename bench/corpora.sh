#!/usr/bin/env bash
# `smtpkb check` against Mozilla's compare-locales on the two real Fluent
# trees of ../shared/corpora/ (COSMIC Files from Weblate, Firefox Monitor
# from Pontoon), in one run: the agreement on missing, obsolete, duplicate,
# attribute, reference, plural and syntax findings, every finding only
# smtpkb makes, by kind, and the speed of each tool.
#
# Usage: bench/corpora.sh [goal-ratio]
# Fails on a disagreement. The speed is measured against a goal (default
# 100 times compare-locales' speed), reported as met or not: the best of
# three rounds of each tool, taken in turns.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
goal=${1:-100}
corpora=../shared/corpora
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

ensure_compare_locales
cargo build --release --quiet --bin smtpkb
smtpkb=target/release/smtpkb
now() { date +%s%N; }

status=0
for name in cosmic-files firefox-monitor; do
  tree=$corpora/$name
  echo "== $name: $(other_locales "$tree" | wc -l) locales besides en, $(find "$tree" -name '*.ftl' | wc -l) files"
  # Three rounds, taking turns so that both tools meet the same load: in
  # each, compare-locales runs once and smtpkb five times (after a warm-up;
  # exit 1 means findings). The best round of each is kept, as the other
  # benchmarks keep theirs: what a busy machine adds is not the tools'.
  "$smtpkb" check "$tree" --format json >"$work/check.json" || [ $? -eq 1 ]
  smtpkb_ns=0 cl_ns=0
  for _ in 1 2 3; do
    start=$(now)
    run_compare_locales "$tree" "$work/cl.json"
    ns=$(($(now) - start))
    if [ "$cl_ns" -eq 0 ] || [ "$ns" -lt "$cl_ns" ]; then cl_ns=$ns; fi
    start=$(now)
    for _ in 1 2 3 4 5; do "$smtpkb" check "$tree" --format json >"$work/check.json" || [ $? -eq 1 ]; done
    ns=$((($(now) - start) / 5))
    if [ "$smtpkb_ns" -eq 0 ] || [ "$ns" -lt "$smtpkb_ns" ]; then smtpkb_ns=$ns; fi
  done
  python3 bench/compare_locales.py "$work/check.json" "$work/cl.json" "$tree" || status=1
  python3 - "$smtpkb_ns" "$cl_ns" "$goal" "$(nproc)" <<'PY'
import sys
smtpkb, cl, goal, cores = (int(x) for x in sys.argv[1:])
ratio = cl / smtpkb
met = "met" if ratio >= goal else "not met"
print(f"compare-locales 9.0.5: {cl / 1e9:7.3f} s (best of 3); smtpkb check: {smtpkb / 1e9:7.3f} s (best mean of 5, of 3), {cores} cores")
print(f"ratio: {ratio:.1f}x (goal {goal}x: {met})")
PY
done
exit $status
