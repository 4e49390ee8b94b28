#!/usr/bin/env bash
# Speed and memory of `cargo xtask export` against Hugo, in one run: both
# build the same pages (every locale x every code and every pair) from the
# same text, and the script prints pages/s, the ratio and peak memory,
# each tool's time the fastest of three runs.
#
# Usage: bench/export-vs-hugo.sh [locales] [min-ratio] [max-rss-mb]
# The project's 4 locales are duplicated under region tags (ar-EG, vi-VN, …)
# up to `locales` (default 30). Fails when the export is not min-ratio
# (default 5) times Hugo's pages/s or peaks above max-rss-mb (default 100).
set -euo pipefail
cd "$(dirname "$0")/.."
n_locales=${1:-30}
min_ratio=${2:-5}
max_rss_mb=${3:-100}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v hugo >/dev/null || { echo "hugo is not installed (apt-get install hugo)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time is not installed (apt-get install time)" >&2; exit 2; }

cargo build --release --quiet --package xtask
xtask=target/release/xtask

# The locales: the project's own, then copies under region tags.
mkdir "$work/locales"
cp -r locales/en locales/vi locales/tr locales/ar "$work/locales/"
regions=(AE BH DZ EG IQ JO KW LB MA OM QA SA SY TN YE VN CY AU CA GB IE IN NZ SG ZA DE FR NL)
bases=(ar ar ar ar ar ar ar ar ar ar ar ar ar ar ar vi tr en en en en en en en en en en en)
i=0
while [ "$(ls "$work/locales" | wc -l)" -lt "$n_locales" ]; do
  cp -r "locales/${bases[$i]}" "$work/locales/${bases[$i]}-${regions[$i]}"
  i=$((i + 1))
done

# Peak RSS in MB and wall seconds of a command, from GNU time: the fastest
# of `runs` runs and the largest peak, so that one slow run of a shared
# machine does not decide the ratio.
runs=3
measure() {
  local best_s="" best_mb=0 kb seconds
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%M %e' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
    read -r kb seconds <"$work/time"
    if [ -z "$best_s" ] || python3 -c "import sys; sys.exit(not float(sys.argv[1]) < float(sys.argv[2]))" "$seconds" "$best_s"; then
      best_s=$seconds
    fi
    [ $((kb / 1024)) -gt "$best_mb" ] && best_mb=$((kb / 1024))
  done
  echo "$best_mb $best_s"
}

read -r smtpkb_mb smtpkb_s < <(measure "$xtask" export --format html --quiet \
  --locales-dir "$work/locales" --out "$work/site")
pages=$(find "$work/site" -name '*.html' | wc -l)

"$xtask" export --format md --quiet --locales-dir "$work/locales" --out "$work/md"
python3 bench/hugo_site.py "$work/md" "$work/hugo"
read -r hugo_mb hugo_s < <(measure hugo --quiet --source "$work/hugo" --destination "$work/hugo-public")
hugo_pages=$(find "$work/hugo-public" -name '*.html' | wc -l)

python3 - "$n_locales" "$pages" "$smtpkb_s" "$smtpkb_mb" "$hugo_pages" "$hugo_s" "$hugo_mb" "$min_ratio" "$max_rss_mb" "$(hugo version | cut -d' ' -f2)" <<'PY'
import sys
locales, pages, s, mb, hpages, hs, hmb, min_ratio, max_mb, version = sys.argv[1:]
pages, hpages, locales = int(pages), int(hpages), int(locales)
s, hs, mb, hmb = float(s), float(hs), int(mb), int(hmb)
rate, hrate = pages / max(s, 0.01), hpages / max(hs, 0.01)
print(f"{locales} locales")
print(f"cargo xtask export: {pages:6d} pages in {s:6.2f} s = {rate:8.0f} pages/s, peak RSS {mb:5d} MB")
print(f"hugo {version:14s} {hpages:6d} pages in {hs:6.2f} s = {hrate:8.0f} pages/s, peak RSS {hmb:5d} MB")
print(f"ratio: {rate / hrate:.1f}x Hugo's pages/s")
failed = False
if rate / hrate < float(min_ratio):
    print(f"the export is less than {min_ratio}x Hugo's pages/s", file=sys.stderr)
    failed = True
if mb > int(max_mb):
    print(f"the export peaks above {max_mb} MB", file=sys.stderr)
    failed = True
sys.exit(1 if failed else 0)
PY
