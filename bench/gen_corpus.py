#!/usr/bin/env python3
"""Generates a Fluent corpus for benchmarks and agreement tests.

bench/gen_corpus.py OUT LOCALES MESSAGES [SEED]

Writes OUT/en/{ui,codes}.ftl with MESSAGES messages in all (plain text,
variables, attributes, plural selects, term references) and LOCALES
translations, each a copy with seeded defects: missing and obsolete messages,
duplicate ids, syntax errors, unknown variables, missing and obsolete
attributes, CRLF line endings in some files. Same arguments, same bytes.
"""

import random
import sys
from pathlib import Path

WORDS = (
    "server client message mailbox relay queue domain address reply command "
    "session connection transfer storage limit retry delivery sender recipient "
    "policy error status network timeout header body size greeting"
).split()

LANGS = [
    "ar", "bg", "ca", "cs", "da", "de", "el", "es", "et", "fa", "fi", "fr", "he",
    "hi", "hr", "hu", "id", "it", "ja", "ko", "lt", "lv", "ms", "nb", "nl", "pl",
    "pt", "pt-BR", "ro", "ru", "sk", "sl", "sr", "sv", "th", "tr", "uk", "vi",
    "zh-CN", "zh-TW", "af", "az", "be", "bn", "bs", "cy", "eo", "eu", "gl", "hy",
]


def sentence(rng, n=None):
    words = [rng.choice(WORDS) for _ in range(n or rng.randint(4, 12))]
    words[0] = words[0].capitalize()
    # No word twice in a row: the generator's own text must be clean.
    for i in range(1, len(words)):
        while words[i].lower() == words[i - 1].lower():
            words[i] = rng.choice(WORDS)
    return " ".join(words) + "."


def reference_messages(rng, count):
    """(file, id, kind, text) for every reference message."""
    messages = []
    for i in range(count):
        file = "codes.ftl" if i % 3 == 0 else "ui.ftl"
        kind = rng.choice(["plain", "plain", "variable", "attribute", "plural", "term"])
        messages.append((file, f"message-{i:05d}", kind))
    return messages


def render(rng, ident, kind, tag):
    """One message; `tag` marks a translation so that nothing is identical."""
    if kind == "plain":
        return f"{ident} = {tag}{sentence(rng)}\n"
    if kind == "variable":
        return f"{ident} = {tag}{sentence(rng, 3)[:-1]} {{ $name }} {sentence(rng, 3)}\n"
    if kind == "attribute":
        return f"{ident} = {tag}{sentence(rng)}\n    .title = {tag}{sentence(rng, 3)}\n"
    if kind == "plural":
        return (
            f"{ident} =\n    {{ $count ->\n        [one] {tag}{{ $count }} {rng.choice(WORDS)}\n"
            f"       *[other] {tag}{{ $count }} {rng.choice(WORDS)}s\n    }}\n"
        )
    return f"{ident} = {tag}{sentence(rng, 3)[:-1]} {{ -brand }}.\n"


def main():
    out, n_locales, n_messages = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    rng = random.Random(seed)
    messages = reference_messages(rng, n_messages)
    files = {"ui.ftl": ["-brand = Brand\n"], "codes.ftl": []}
    for file, ident, kind in messages:
        files[file].append(render(random.Random(f"{seed}-{ident}"), ident, kind, ""))
    write(out / "en", files, crlf=False)
    for index in range(n_locales):
        lang = LANGS[index % len(LANGS)] + ("" if index < len(LANGS) else f"-x-{index}")
        lrng = random.Random(f"{seed}-{lang}")
        files = {"ui.ftl": ["-brand = Brand\n"], "codes.ftl": []}
        for file, ident, kind in messages:
            roll = lrng.random()
            if roll < 0.03:
                continue  # missing
            text = render(random.Random(f"{seed}-{ident}"), ident, kind, f"{lang}: ")
            if roll < 0.04 and kind == "variable":
                text = text.replace("$name", "$nom")  # unknown variable
            elif roll < 0.05 and kind == "attribute":
                text = text.replace("    .title", "    .tooltip")  # missing + obsolete attribute
            elif roll < 0.055:
                text = text.replace(" = ", " ", 1)  # syntax error
            files[file].append(text)
            if roll > 0.995:
                files[file].append(text)  # duplicate id
        for i in range(lrng.randint(0, 5)):
            files["ui.ftl"].append(f"obsolete-{lang}-{i} = {lang}: {sentence(lrng)}\n")
        write(out / lang, files, crlf=index % 7 == 3)


def write(folder, files, crlf):
    folder.mkdir(parents=True, exist_ok=True)
    for name, entries in files.items():
        text = "".join(entries)
        if crlf:
            text = text.replace("\n", "\r\n")
        (folder / name).write_bytes(text.encode())


if __name__ == "__main__":
    main()
