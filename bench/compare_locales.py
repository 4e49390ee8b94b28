#!/usr/bin/env python3
"""Agreement between `cargo xtask check` and Mozilla's compare-locales.

bench/compare_locales.py CHECK_JSON COMPARE_LOCALES_JSON LOCALES_DIR

Reads both tools' JSON reports on the same locales directory and prints
every missing, obsolete, duplicate, attribute or syntax finding that one tool
has and the other lacks. Exits 1 on any disagreement. Findings only smtpkb
makes (variables, references, plurals, bidi, …) are counted, not compared:
compare-locales has no such checks.
"""

import collections
import json
import re
import sys
from pathlib import Path

COMPARED = {
    "missing", "obsolete", "duplicate", "missing-attribute", "obsolete-attribute", "syntax",
    "plural", "missing-reference", "obsolete-reference",
}


def ours(path):
    """smtpkb's findings, those counted but not compared, and the folders it
    refuses (`locale-folder`): it checks nothing in them."""
    found = collections.Counter()
    extra = collections.Counter()
    refused = set()
    for f in json.load(open(path))["findings"]:
        locale, kind, ident = f["locale"], f["kind"], f["id"]
        if kind == "locale-folder":
            refused.add(f["file"])
            extra[kind] += 1
            continue
        file = f["file"].split("/", 1)[1]
        if kind == "missing-message":
            found[("missing", locale, file, ident)] += 1
        elif kind == "obsolete-message":
            found[("obsolete", locale, file, ident)] += 1
        elif kind == "duplicate-id":
            found[("duplicate", locale, file, ident)] = 1
        elif kind in ("missing-attribute", "obsolete-attribute"):
            attribute = re.search(r"“\.([\w-]+)”", f["message"]).group(1)
            found[(kind, locale, file, ident, attribute)] += 1
        elif kind == "syntax-error":
            found[("syntax", locale, file)] += 1
        elif kind == "plural-categories" and "lacks" in f["message"]:
            categories = ", ".join(sorted(re.findall(r"\[(\w+)\]", f["message"])))
            found[("plural", locale, file, ident, categories)] += 1
        elif kind == "missing-reference":
            found[("missing-reference", locale, file, ident, re.search(r"to “([^”]+)”", f["message"]).group(1))] += 1
        elif kind in ("obsolete-reference", "unknown-reference"):
            found[("obsolete-reference", locale, file, ident, re.search(r"refers to “([^”]+)”", f["message"]).group(1))] += 1
        else:
            extra[kind] += 1
    return found, extra, refused


def reference_ids(locales_dir, file):
    text = (Path(locales_dir) / "en" / file).read_text()
    return re.findall(r"^(-?[a-zA-Z][\w-]*) *=", text, re.M)


def flatten(tree, prefix=""):
    for key, value in tree.items():
        path = f"{prefix}/{key}" if prefix else key
        if isinstance(value, list):
            yield path, value
        else:
            yield from flatten(value, path)


def theirs(path, locales_dir):
    found = collections.Counter()
    other = []
    for report in json.load(open(path)):
        for path_, items in flatten(report["details"]):
            locale, file = path_.split("/", 1)
            for item in items:
                (key, value), = item.items()
                if key == "missingEntity":
                    found[("missing", locale, file, value)] += 1
                elif key == "obsoleteEntity":
                    found[("obsolete", locale, file, value)] += 1
                elif key == "missingFile":
                    for ident in reference_ids(locales_dir, file):
                        found[("missing", locale, file, ident)] += 1
                elif key == "obsoleteFile" and not file.endswith(".ftl"):
                    continue  # not a Fluent file: smtpkb ignores it too
                elif (m := re.match(r"(\S+) occurs \d+ times", value)):
                    found[("duplicate", locale, file, m.group(1))] = 1
                elif (m := re.match(r"(Missing|Obsolete) attribute: ([\w-]+) at .* for ([\w-]+)", value)):
                    kind = m.group(1).lower() + "-attribute"
                    found[(kind, locale, file, m.group(3), m.group(2))] += 1
                elif value.startswith("Unparsed content"):
                    found[("syntax", locale, file)] += 1
                elif (m := re.match(r"Plural categories missing: ([\w, ]+) at .* for ([\w-]+)", value)):
                    categories = ", ".join(sorted(m.group(1).split(", ")))
                    found[("plural", locale, file, m.group(2), categories)] += 1
                elif (m := re.match(r"(Missing|Obsolete) (?:message|term) reference: (\S+) at .* for ([\w-]+)", value)):
                    kind = m.group(1).lower() + "-reference"
                    found[(kind, locale, file, m.group(3), m.group(2))] += 1
                else:
                    other.append(f"{locale}/{file}: {key}: {value}")
    return found, other


def main():
    check_json, cl_json, locales_dir = sys.argv[1:4]
    mine, extra, refused = ours(check_json)
    cl, other = theirs(cl_json, locales_dir)
    if refused:
        print(f"folders smtpkb refuses, not compared: {', '.join(sorted(refused))}")
        cl = collections.Counter({k: n for k, n in cl.items() if k[1] not in refused})
        other = [line for line in other if line.split("/", 1)[0] not in refused]
    # Plural warnings are compared by presence: a duplicated message gets
    # one from compare-locales and one per copy from smtpkb.
    def differs(key):
        if key[0] == "plural":
            return (key in mine) != (key in cl)
        return mine.get(key, 0) != cl.get(key, 0)

    only_mine = sorted(k for k in mine if k[0] in COMPARED and differs(k))
    only_cl = sorted(k for k in cl if k[0] in COMPARED and k not in mine)
    # compare-locales takes plural categories from Gecko's plural-rule
    # tables, smtpkb from CLDR (through intl_pluralrules); where the two
    # disagree on a language (Hebrew “two”, for one), so do the tools.
    plural_data = [k for k in only_mine + only_cl if k[0] == "plural"]
    only_mine = [k for k in only_mine if k[0] != "plural"]
    only_cl = [k for k in only_cl if k[0] != "plural"]
    by_kind = collections.Counter(k[0] for k in mine.elements())
    print(f"compared findings: {sum(by_kind.values())} ({', '.join(f'{k} {n}' for k, n in sorted(by_kind.items()))})")
    print(f"findings only smtpkb makes: {sum(extra.values())} ({', '.join(f'{k} {n}' for k, n in sorted(extra.items()))})")
    if other:
        print(f"other compare-locales findings (not compared): {len(other)}")
        for line in other[:10]:
            print(f"  {line}")
    for key in only_mine:
        print(f"only smtpkb ({mine[key]} vs {cl.get(key, 0)}): {key}")
    for key in only_cl:
        print(f"only compare-locales: {key}")
    if plural_data:
        languages = sorted({k[1] for k in plural_data})
        print(f"plural warnings that differ by plural-rule data (CLDR vs Gecko): {len(plural_data)} in {', '.join(languages)}")
    if only_mine or only_cl:
        print(f"DISAGREE: {len(only_mine)} only in smtpkb, {len(only_cl)} only in compare-locales")
        sys.exit(1)
    print("agree")


if __name__ == "__main__":
    main()
