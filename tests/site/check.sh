#!/usr/bin/env bash
# Checks an exported reference site with tools from outside cargo, installing
# what it needs: the Nu Html Checker (npm's vnu-jar, run with the machine's
# Java), lychee for links, and Debian's Chromium for right-to-left rendering
# (the direction of whole pages, and the order of every left-to-right token in
# a sample of Arabic pages), search, accessibility (axe-core, WCAG AAA
# contrast included, light and dark) and a published site's metadata, 404
# pages and translation notice; and the pseudo-locales' pages, for text no
# message holds, sentences glued from two messages, text too long for a
# phone's screen and right-to-left layout.
#
# Usage: tests/site/check.sh [screenshot-dir]
set -euo pipefail
cd "$(dirname "$0")/../.."
shots=${1:-target/site/screenshots}
tools=target/tools
mkdir -p "$tools" "$shots"

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
[ -d /usr/share/fonts/truetype/noto ] || need_apt+=(fonts-noto-core)
command -v java >/dev/null || need_apt+=(default-jre-headless)
if [ ${#need_apt[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
(cd tests/site && npm ci --silent --no-audit --no-fund)
if [ ! -x "$tools/bin/lychee" ]; then
  cargo install --quiet --locked --version 0.24.2 --root "$tools" lychee
fi

cargo build --release --quiet --package xtask
site=target/site
target/release/xtask export --format html --quiet --out "$site/html"
target/release/xtask export --format md --quiet --out "$site/md"

echo "== Nu Html Checker: errors in en and ar"
vnu=tests/site/node_modules/vnu-jar/build/dist/vnu.jar
java -jar "$vnu" --errors-only --skip-non-html "$site/html/en" "$site/html/ar" "$site/html/index.html"
echo "0 errors"

echo "== Nu Html Checker: language warnings in every locale"
# English inside a translated page (a literal, or English shown where a
# translation is missing) is marked lang="en", so no page reads as written
# in another language than its lang says. First, the English page of 550
# claiming to be Arabic must draw the warning, or a clean result would
# prove nothing.
unmarked=$(mktemp -d)
sed 's/<html lang="en" dir="ltr">/<html lang="ar" dir="rtl">/' "$site/html/en/550.html" >"$unmarked/550.html"
# The checker's language detector samples the text at random, so it may
# miss once; it is given three tries to see it.
noticed=
for _ in 1 2 3; do
  if java -jar "$vnu" "$unmarked/550.html" 2>&1 | grep -q "appears to be written in English"; then
    noticed=yes
    break
  fi
done
if [ -z "$noticed" ]; then
  echo "the checker does not notice English text in a page marked Arabic" >&2
  exit 1
fi
rm -rf "$unmarked"
if java -jar "$vnu" --skip-non-html "$site/html" 2>&1 | grep -i "appears to be written in"; then
  echo "pages whose text does not match their lang" >&2
  exit 1
fi
echo "0 language warnings (en/550.html marked Arabic draws one)"

echo "== lychee: internal links and fragments"
lychee=$tools/bin/lychee
# The checker must catch a broken link, or a clean result means nothing.
broken=$(mktemp -d)
trap 'rm -rf "$broken"' EXIT
printf '<!DOCTYPE html><title>x</title><a href="missing.html">x</a><a href="#nowhere">y</a>\n' >"$broken/index.html"
if "$lychee" --offline --include-fragments --no-progress "$broken/index.html" >/dev/null 2>&1; then
  echo "lychee did not report a broken link" >&2
  exit 1
fi
"$lychee" --offline --include-fragments --no-progress "$site/html/**/*.html" "$site/html/*.html"
"$lychee" --offline --include-fragments --no-progress "$site/md/**/*.md" "$site/md/*.md"

echo "== Chromium: direction"
node tests/site/rtl.mjs "$site/html" "$shots"

echo "== Chromium: left-to-right tokens in right-to-left pages"
node tests/site/bidi.mjs "$site/html"

echo "== Chromium: the pseudo-locales en-XA and ar-XB"
pseudo=$(mktemp -d)
trap 'rm -rf "$broken" "$pseudo"' EXIT
target/release/xtask export --format html --quiet --lang en --pseudo accented --pseudo bidi --out "$pseudo/site"
node tests/site/pseudo.mjs "$pseudo/site"

echo "== Chromium: search in en (from disk) and ar (served)"
node tests/site/search.mjs "$site/html"

echo "== Without --base-url, no page claims an address"
if grep -rlE 'rel="canonical"|property="og:url"|https?://[^"]*(en|vi|tr|ar)/[0-9]' "$site/html" --include='*.html' | head -3 | grep .; then
  echo "pages of a site with no address claim one" >&2
  exit 1
fi
[ ! -e "$site/html/sitemap.xml" ] && [ ! -e "$site/html/robots.txt" ] || { echo "sitemap or robots.txt without an address" >&2; exit 1; }
echo "no canonical link, og:url, absolute page address, sitemap or robots.txt"

echo "== A published site: metadata, 404 pages and the translation notice"
# The project's locales, with vi lacking the description of 550, exported
# as published at an address, with edit links and a reproducible date.
published=$(mktemp -d)
trap 'rm -rf "$broken" "$pseudo" "$published"' EXIT
cp -r locales "$published/locales"
grep -q '^code-550-description = ' "$published/locales/vi/codes.ftl"
sed -i '/^code-550-description = /d' "$published/locales/vi/codes.ftl"
base=https://smtp.example.org/ref/
edit='https://git.example.org/smtpkb/edit/main/locales/{lang}/{file}'
SOURCE_DATE_EPOCH=1764547200 target/release/xtask export --format html --quiet --locales-dir "$published/locales" \
  --base-url "$base" --edit-url-template "$edit" --out "$published/site" 2>/dev/null
node tests/site/meta.mjs "$published/site" "$base" "$edit" 2025-12-01 vi

echo "== Chromium: axe-core, WCAG A to AAA, light and dark, every locale"
node tests/site/a11y.mjs "$published/site" "$base"
