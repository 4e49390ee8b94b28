"""Scaling of the commands that read .ftl files: each runs on a locales
tree with N generated entries and on one with 10 N, in the same run, and
the script fails unless the larger case takes at most MAX_RATIO times the
processor time of the smaller one (linear work takes 10 times, quadratic
work 100 times). A ratio over the limit is measured again, up to twice, and
only a command over it every time fails.

The generated tree is the project's locales plus, in each locale, a file of
N extra messages (translated, so that the checker has little to report),
and in `tr` a file that defines N / 10 of those ids a second time, so that
duplicate-id detection is measured too.

Usage: python3 bench/scale.py SMTPKB XTASK N [MAX_RATIO]
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


def make_tree(root, n):
    shutil.copytree("locales", root)
    for lang, text in TEXTS.items():
        with open(os.path.join(root, lang, "extra.ftl"), "w", encoding="utf-8") as f:
            for i in range(n):
                f.write(f"extra-message-{i} = {text.replace('{i}', str(i))}\n")
    with open(os.path.join(root, "tr", "again.ftl"), "w", encoding="utf-8") as f:
        for i in range(n // 10):
            f.write(f"extra-message-{i} = Yine {{ $n }} {i}.\n")


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


def commands(smtpkb, xtask, tree, out):
    return {
        "show 451 --lang tr": [smtpkb, "show", "451", "--lang", "tr", "--locales-dir", tree],
        "check": [xtask, "check", "--locales", tree, "--format", "json"],
        "stats": [xtask, "stats", "--locales", tree],
        "export --format html": [
            xtask, "export", "--format", "html", "--locales-dir", tree,
            "--out", out, "--quiet", "--force",
        ],
    }


def main():
    smtpkb, xtask, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    max_ratio = float(sys.argv[4]) if len(sys.argv) > 4 else 12.0
    smtpkb, xtask = os.path.abspath(smtpkb), os.path.abspath(xtask)
    work = tempfile.mkdtemp()
    try:
        small, large = os.path.join(work, "small"), os.path.join(work, "large")
        make_tree(small, n)
        make_tree(large, 10 * n)
        out = os.path.join(work, "site")
        failed = []
        print(f"{'command':<22} {n:>9,} entries {10 * n:>9,} entries   ratio")
        small_commands = commands(smtpkb, xtask, small, out)
        large_commands = commands(smtpkb, xtask, large, out)
        for name, command in small_commands.items():
            runs = 3 if name.startswith("export") else 7
            # A whole round can fall on a slow spell of the machine (memory
            # pressure shows up as page faults in the larger case only), so
            # a ratio over the limit is measured again, up to twice; work
            # that is really superlinear exceeds it every time.
            for attempt in range(3):
                t_small, t_large = best_of(runs, command, large_commands[name])
                ratio = t_large / t_small
                again = " (measured again)" if attempt else ""
                print(f"{name:<22} {t_small:>15.3f} s {t_large:>15.3f} s {ratio:>6.1f}x{again}")
                if ratio <= max_ratio:
                    break
            else:
                failed.append(name)
        if failed:
            print(f"not linear (more than {max_ratio:g}x for 10x the entries): {', '.join(failed)}",
                  file=sys.stderr)
            sys.exit(1)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
