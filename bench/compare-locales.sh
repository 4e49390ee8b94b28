#!/usr/bin/env bash
# Agreement with Mozilla's compare-locales: installs it from PyPI into a
# virtual environment, runs it and `cargo xtask check` on the checker's
# fixture corpus and on a generated large corpus, and reports every
# missing/obsolete/duplicate/attribute/reference/plural/syntax finding that
# one tool has and the other lacks. Exits 1 on any disagreement.
#
# Usage: bench/compare-locales.sh [locales] [messages]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
n_locales=${1:-10}
n_messages=${2:-500}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

ensure_compare_locales
cargo build --release --quiet --package xtask
xtask=target/release/xtask

# Runs both tools on one locales directory and compares their findings.
agree() {
  local dir=$1 name=$2
  run_compare_locales "$dir" "$work/cl.json"
  "$xtask" check --locales "$dir" --format json >"$work/check.json" || [ $? -eq 1 ]
  echo "== $name"
  python3 bench/compare_locales.py "$work/check.json" "$work/cl.json" "$dir"
}

status=0
for case in tests/fixtures/check/*/; do
  agree "$case" "fixture ${case#tests/fixtures/check/}" || status=1
done
python3 bench/gen_corpus.py "$work/corpus" "$n_locales" "$n_messages"
agree "$work/corpus" "generated corpus: $n_locales locales × $n_messages messages" || status=1
exit $status
