"""Scaling: every command that reads a big input runs on a case of size N
and on the same case of size 10 N, in the same run, and the script fails
unless the larger takes at most MAX_RATIO times the processor time of the
smaller (linear work takes 10 times, quadratic work 100 times). A ratio
over the limit is measured again, up to twice, and only a command over it
every time fails.

The cases, each the project's locales and data with one thing grown:

- entries: in each locale a file of N * 3 / 2 extra messages (translated,
  so that the checker has little to report), and in `tr` a file that
  defines a tenth of them a second time; at the default N the larger `vi`
  file is over 20 MB;
- duplicates: one id defined N / 2 times in `vi` (100,000 at the default N);
- long line: a message of one line of N * 10 bytes (2 MB), with an unknown
  reference every 100 bytes, each a finding with an excerpt of the line;
- commands: N * 3 / 4 commands in the data's `commands.toml` (150,000);
- locales: N / 200 locale folders (1,000), each with the `vi` interface,
  as regions of vi, tr and ar.

Usage: python3 bench/scale.py SMTPKB XTASK N [MAX_RATIO]; N is 20,000 in CI.
"""

import os
import shutil
import resource
import subprocess
import sys
import tempfile

TEXTS = {
    "en": "Generated message { $n } number {i}.",
    "vi": "Thông điệp được sinh { $n } số {i}.",
    "tr": "Üretilmiş ileti { $n } numara {i}.",
    "ar": "رسالة مولَّدة { $n } رقم {i}.",
}


def copy_project(root):
    os.makedirs(root)
    shutil.copytree("locales", os.path.join(root, "locales"))
    shutil.copytree("data", os.path.join(root, "data"))
    return os.path.join(root, "locales"), os.path.join(root, "data")


def entries(root, n):
    locales, data = copy_project(root)
    n = n * 3 // 2
    for lang, text in TEXTS.items():
        with open(os.path.join(locales, lang, "extra.ftl"), "w", encoding="utf-8") as f:
            for i in range(n):
                f.write(f"extra-message-{i} = {text.replace('{i}', str(i))}\n")
    with open(os.path.join(locales, "tr", "again.ftl"), "w", encoding="utf-8") as f:
        for i in range(n // 10):
            f.write(f"extra-message-{i} = Yine {{ $n }} {i}.\n")
    return locales, data, os.path.join(locales, "vi", "extra.ftl")


def duplicates(root, n):
    locales, data = copy_project(root)
    path = os.path.join(locales, "vi", "dups.ftl")
    with open(path, "w", encoding="utf-8") as f:
        f.write("dup = x\n" * (n // 2))
    return locales, data, path


def long_line(root, n):
    locales, data = copy_project(root)
    path = os.path.join(locales, "vi", "long.ftl")
    piece = "{ nope } " + "ab cd " * 15 + "ef\u00e9gh "
    with open(path, "w", encoding="utf-8") as f:
        f.write("long = " + piece * (n * 10 // len(piece.encode())) + "\n")
    return locales, data, path


def commands(root, n):
    locales, data = copy_project(root)
    path = os.path.join(data, "commands.toml")
    with open(path, "a", encoding="utf-8") as f:
        for i in range(n * 3 // 4):
            f.write(f'\n[[command]]\nname = "XCMD{i}"\nphase = "transaction"\n'
                    f'rfc = 5321\nsection = "4.1.1.3"\n')
    return locales, data, path


def region(i):
    return chr(ord("A") + i // 26 % 26) + chr(ord("A") + i % 26)


def many_locales(root, n):
    locales, data = copy_project(root)
    count = n // 200
    langs = ["vi", "tr", "ar"]
    for i in range(count):
        tag = f"{langs[i // 676]}-{region(i)}"
        os.mkdir(os.path.join(locales, tag))
        # A hard link: a thousand copies cost no disk.
        os.link(os.path.join(locales, "vi", "ui.ftl"), os.path.join(locales, tag, "ui.ftl"))
    return locales, data, None


def size(path):
    if path is None:
        return ""
    megabytes = os.path.getsize(path) / 1e6
    return f" ({os.path.basename(path)}: {megabytes:.1f} MB)"


# Each case: how to build it, and its commands on (locales, data, out).
CASES = {
    "entries": (entries, lambda s, x, l, d, o: {
        "show 451 --lang tr": [s, "show", "451", "--lang", "tr", "--locales-dir", l],
        "check": [x, "check", "--locales", l, "--format", "json"],
        "stats": [x, "stats", "--locales", l],
        "export --format html": [x, "export", "--format", "html", "--locales-dir", l,
                                 "--out", o, "--quiet", "--force"],
    }),
    "duplicates": (duplicates, lambda s, x, l, d, o: {
        "show 451 --lang vi": [s, "show", "451", "--lang", "vi", "--locales-dir", l],
        "check --lang vi": [x, "check", "--locales", l, "--lang", "vi"],
    }),
    "long line": (long_line, lambda s, x, l, d, o: {
        "show 451 --lang vi": [s, "show", "451", "--lang", "vi", "--locales-dir", l],
        "check --lang vi": [x, "check", "--locales", l, "--lang", "vi"],
    }),
    "commands": (commands, lambda s, x, l, d, o: {
        "show 451": [s, "show", "451", "--data-dir", d],
        "list": [s, "list", "--data-dir", d],
    }),
    "locales": (many_locales, lambda s, x, l, d, o: {
        "show 451 --lang tr-AB": [s, "show", "451", "--lang", "tr-AB", "--locales-dir", l],
        "locales": [s, "locales", "--locales-dir", l],
        "check": [x, "check", "--locales", l, "--format", "json"],
        "stats": [x, "stats", "--locales", l],
    }),
}


def processor_time(command):
    """The processor time (user and system, all threads) of one run: unlike
    wall time, it does not count what else the machine is doing."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def best_of(runs, *commands):
    """The least processor time of each command over `runs` rounds, the
    commands taking turns within a round so that a slow spell of the
    machine falls on both."""
    best = [None] * len(commands)
    for _ in range(runs):
        for i, command in enumerate(commands):
            taken = processor_time(command)
            best[i] = taken if best[i] is None else min(best[i], taken)
    return best


def main():
    smtpkb, xtask, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    max_ratio = float(sys.argv[4]) if len(sys.argv) > 4 else 12.0
    smtpkb, xtask = os.path.abspath(smtpkb), os.path.abspath(xtask)
    failed = []
    print(f"{'case':<11} {'command':<22} {'N':>9} {'10 N':>9}   ratio")
    for case, (build, commands_of) in CASES.items():
        work = tempfile.mkdtemp()
        try:
            small_locales, small_data, small_file = build(os.path.join(work, "small"), n)
            large_locales, large_data, large_file = build(os.path.join(work, "large"), 10 * n)
            out = os.path.join(work, "site")
            print(f"{case}{size(small_file)}{size(large_file).replace(' (', ' -> (', 1)}")
            small = commands_of(smtpkb, xtask, small_locales, small_data, out)
            large = commands_of(smtpkb, xtask, large_locales, large_data, out)
            for name, command in small.items():
                runs = 3 if name.startswith("export") else 5
                # A whole round can fall on a slow spell of the machine
                # (memory pressure shows up as page faults in the larger
                # case only), so a ratio over the limit is measured again,
                # up to twice; work that is really superlinear exceeds it
                # every time.
                for attempt in range(3):
                    t_small, t_large = best_of(runs, command, large[name])
                    ratio = t_large / max(t_small, 1e-3)
                    again = " (measured again)" if attempt else ""
                    print(f"{'':<11} {name:<22} {t_small:>7.3f} s {t_large:>7.3f} s"
                          f" {ratio:>6.1f}x{again}")
                    if ratio <= max_ratio:
                        break
                else:
                    failed.append(f"{case}: {name}")
        finally:
            shutil.rmtree(work, ignore_errors=True)
    if failed:
        print(f"not linear (more than {max_ratio:g}x for 10x the input): {', '.join(failed)}",
              file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
