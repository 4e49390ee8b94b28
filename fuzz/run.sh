#!/usr/bin/env bash
# Runs every cargo-fuzz target for SECONDS (default 60), two at a time,
# from seeds made of the project's own files, after replaying the inputs
# that once crashed it (fuzz/regressions/<target>/). Fails on any crash;
# the crashing input is left in fuzz/artifacts/<target>/.
#
# cargo-fuzz needs nightly features: the installed nightly toolchain is
# used where `rustup toolchain list` shows one, else the stable compiler
# with RUSTC_BOOTSTRAP=1. cargo-fuzz itself is installed from crates.io
# when missing.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
if ! command -v cargo-fuzz >/dev/null; then
  cargo install cargo-fuzz --locked --quiet
fi
fuzz=(cargo fuzz)
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  fuzz=(cargo +nightly fuzz)
else
  export RUSTC_BOOTSTRAP=1
fi
targets=(ftl data langtag explain)

# Seeds: the project's own files of each kind.
rm -rf corpus
mkdir -p corpus/{ftl,data,langtag,explain}
find ../locales ../tests/fixtures/check -name '*.ftl' -size -64k | head -200 |
  while read -r f; do cp "$f" "corpus/ftl/$(echo "$f" | tr '/' '_')"; done
cp ../data/*.toml corpus/data/
for tag in en vi tr ar pt-BR pt_PT.UTF-8 zh-Hant-TW en-US-x-private C POSIX ''; do
  printf '%s' "$tag" >"corpus/langtag/$(printf '%s' "$tag" | md5sum | cut -c1-8)"
done
replies=${SMTPKB_CORPORA:-../../shared/corpora}/replies/replies.tsv
if [ -f "$replies" ]; then
  tail -n +2 "$replies" | cut -f1 | head -300 | split -l 1 - corpus/explain/row-
else
  printf '550 5.1.1 <a@b.example>: Recipient address rejected\n' >corpus/explain/one
fi

"${fuzz[@]}" build
for target in "${targets[@]}"; do
  if [ -d "regressions/$target" ]; then
    "${fuzz[@]}" run "$target" "regressions/$target" -- -runs=0
  fi
done
status=0
run() {
  "${fuzz[@]}" run "$1" "corpus/$1" -- -max_total_time="$seconds" -rss_limit_mb=2048 \
    -print_final_stats=1 >"corpus/$1.log" 2>&1 || { echo "fuzz target $1 failed:"; tail -40 "corpus/$1.log"; return 1; }
  grep -E '^stat::number_of_executed_units|^Done' "corpus/$1.log" | sed "s/^/$1: /"
}
for pair in "ftl data" "langtag explain"; do
  set -- $pair
  run "$1" & a=$!
  run "$2" & b=$!
  wait $a || status=1
  wait $b || status=1
done
exit $status
