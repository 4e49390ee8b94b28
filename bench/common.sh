# Shared by the benchmark scripts that run Mozilla's compare-locales:
# source it from the project root.

# The virtual environment with compare-locales, installed from PyPI once.
cl_venv=${COMPARE_LOCALES_VENV:-target/compare-locales-venv}

ensure_compare_locales() {
  if [ ! -x "$cl_venv/bin/compare-locales" ]; then
    python3 -m venv "$cl_venv"
    "$cl_venv/bin/pip" install --quiet compare-locales==9.0.5
  fi
}

# The locales of a DIR/<lang>/ tree other than en, one per line: a folder
# name may hold a space.
other_locales() {
  (cd "$1" && for d in */; do d=${d%/}; [ "$d" != en ] && printf '%s\n' "$d"; done)
}

# Runs compare-locales on a locales tree, writing its JSON report to OUT.
# A temporary l10n.toml describes the tree: DIR/en is the reference.
run_compare_locales() {
  local dir out toml locales
  dir=$(cd "$1" && pwd)
  out=$2
  toml=$(mktemp --suffix=.toml)
  mapfile -t locales < <(other_locales "$dir")
  {
    echo "basepath = \"$dir\""
    printf 'locales = ['; for l in "${locales[@]}"; do printf '"%s", ' "$l"; done; echo ']'
    echo '[[paths]]'
    echo '    reference = "en/**"'
    echo '    l10n = "{locale}/**"'
  } >"$toml"
  "$cl_venv/bin/compare-locales" --return-zero --json - "$toml" "$dir" "${locales[@]}" >"$out"
  rm -f "$toml"
}
