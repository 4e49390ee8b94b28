#!/usr/bin/env python3
"""Builds a Hugo site with the same pages as a Markdown export.

bench/hugo_site.py MD_EXPORT HUGO_DIR

Every page of every locale of the export becomes a Hugo content file with
the same text, in a multilingual site (one language per locale, with i18n
tables for the labels and links between translations), so that Hugo
renders as many pages of the same size as `cargo xtask export`. No theme:
three small layouts.
"""

import sys
from pathlib import Path

LAYOUT = """<!DOCTYPE html>
<html lang="{{ .Site.Language.Lang }}" dir="{{ .Site.Language.LanguageDirection | default "ltr" }}">
<head><meta charset="utf-8"><title>{{ .Title }}</title>
<meta name="description" content="{{ i18n "description" }}">
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .RelPermalink }}">
{{ end }}</head>
<body>
<header><a href="{{ "/" | relLangURL }}">{{ i18n "site_title" }}</a>
<nav>{{ range .AllTranslations }}<a href="{{ .RelPermalink }}">{{ .Language.LanguageName }}</a> {{ end }}</nav></header>
<main>{{ .Content }}</main>
</body>
</html>
"""

RTL = {"ar", "he", "fa", "ur"}


def main():
    export, hugo = Path(sys.argv[1]), Path(sys.argv[2])
    locales = sorted(p.name for p in export.iterdir() if p.is_dir())
    config = [
        'baseURL = "https://example.org/"',
        'defaultContentLanguage = "en"',
        'disableKinds = ["taxonomy", "term", "RSS"]',
        "[markup.goldmark.renderer]",
        "unsafe = false",
        "[languages]",
    ]
    for weight, locale in enumerate(locales, 1):
        key = locale.lower()
        direction = "rtl" if locale.split("-")[0] in RTL else "ltr"
        config += [
            f'[languages.{key}]',
            f'contentDir = "content/{key}"',
            f"weight = {weight}",
            f'languageName = "{locale}"',
            f'languageDirection = "{direction}"',
        ]
        i18n = hugo / "i18n"
        i18n.mkdir(parents=True, exist_ok=True)
        (i18n / f"{key}.toml").write_text(
            f'site_title = "SMTP reply codes ({locale})"\n'
            f'description = "Every SMTP reply code, in {locale}."\n'
        )
        for page in sorted((export / locale).iterdir()):
            text = page.read_text()
            name = "_index.md" if page.name == "README.md" else page.name
            title = next((line[2:] for line in text.splitlines() if line.startswith("# ")), page.stem)
            target = hugo / "content" / key / name
            target.parent.mkdir(parents=True, exist_ok=True)
            # Markdown links point at .md files; Hugo serves folders.
            body = text.replace(".md)", "/)")
            target.write_text(f"---\ntitle: {title!r}\n---\n{body}")
    (hugo / "hugo.toml").write_text("\n".join(config) + "\n")
    layouts = hugo / "layouts" / "_default"
    layouts.mkdir(parents=True, exist_ok=True)
    for name in ("single.html", "list.html"):
        (layouts / name).write_text(LAYOUT)
    (hugo / "layouts" / "index.html").write_text(LAYOUT)


if __name__ == "__main__":
    main()
