"""The labelled SMTP replies of the shared corpus (replies/replies.tsv and
replies-notes.tsv), for bench/explain-vs-sisimai.sh.

  python3 bench/replies.py accuracy REPLIES_DIR SMTPKB OUT_DIR
      Runs `SMTPKB explain --format json -` on each row's input and Sisimai
      (bench/sisimai_find.pl) on all rows, prints how many rows each gets
      right, in total and per category, writes each row's readings to
      OUT_DIR/accuracy.tsv and the totals to OUT_DIR/accuracy.txt
      ("smtpkb-right sisimai-right smtpkb-failures").
  python3 bench/replies.py lines REPLIES_DIR N OUT
      Writes N log lines made from the rows' inputs to OUT.

A row is right when the basic code and the enhanced code both equal its
labels; an empty label means the tool must report none.
"""

import csv
import datetime
import json
import os
import re
import subprocess
import sys

ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\"}


def unescape(text):
    """Decodes the `input` column: two characters at a time, left to right."""
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\":
            out.append(ESCAPES[text[i + 1]])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def load(replies_dir):
    """The rows of replies.tsv, unescaped, each with its category."""
    rows = read_tsv(os.path.join(replies_dir, "replies.tsv"))
    notes = read_tsv(os.path.join(replies_dir, "replies-notes.tsv"))
    if len(notes) != len(rows):
        sys.exit(f"replies-notes.tsv has {len(notes)} rows, replies.tsv {len(rows)}")
    for line, (row, note) in enumerate(zip(rows, notes), start=2):
        if int(note["line"]) != line:
            sys.exit(f"replies-notes.tsv: row for line {note['line']} where line {line} was expected")
        row["input"] = unescape(row["input"])
        row["category"] = note["category"]
        row["line"] = line
    return rows


def smtpkb_reading(smtpkb, text):
    """(basic, enhanced) as `smtpkb explain --format json -` reads the text,
    "" for none, or None when the command failed."""
    done = subprocess.run(
        [smtpkb, "explain", "--format", "json", "-"],
        input=text.encode("utf-8"),
        capture_output=True,
        check=False,
    )
    if done.returncode == 2:
        message = done.stderr.decode(errors="replace").strip().splitlines() or [""]
        sys.exit(f"{smtpkb} explain --format json -: usage error: {message[0]}")
    if done.returncode == 1 and not done.stdout.strip():
        return "", ""
    if done.returncode != 0:
        return None
    try:
        record = json.loads(done.stdout)
    except ValueError:
        return None
    code, enhanced = record.get("code"), record.get("enhanced")
    return ("" if code is None else str(code)), (enhanced or "")


def sisimai_readings(replies_dir, count):
    path = os.path.join(replies_dir, "replies.tsv")
    done = subprocess.run(
        ["perl", "bench/sisimai_find.pl", "--tsv", path], capture_output=True, check=True
    )
    lines = done.stdout.decode("utf-8").splitlines()
    if len(lines) != count:
        sys.exit(f"bench/sisimai_find.pl gave {len(lines)} readings for {count} rows")
    return [tuple(line.split("\t")) for line in lines]


def accuracy(replies_dir, smtpkb, out_dir):
    rows = load(replies_dir)
    sisimai = sisimai_readings(replies_dir, len(rows))
    tools = {"smtpkb": [], "Sisimai": sisimai}
    failures = []
    for row in rows:
        reading = smtpkb_reading(smtpkb, row["input"])
        if reading is None:
            failures.append(row["line"])
            reading = ("?", "?")
        tools["smtpkb"].append(reading)

    def score(readings, subset=None):
        right = basic = enhanced = 0
        for row, (b, e) in zip(rows, readings):
            if subset is not None and row["category"] != subset:
                continue
            basic += b == row["basic"]
            enhanced += e == row["enhanced"]
            right += b == row["basic"] and e == row["enhanced"]
        return right, basic, enhanced

    total = len(rows)
    print(f"accuracy on the {total} labelled replies of replies.tsv")
    print(f"{'':16s} {'right':>7s} {'basic':>7s} {'enhanced':>9s}")
    totals = {}
    for name, readings in tools.items():
        right, basic, enhanced = score(readings)
        totals[name] = right
        print(f"{name:16s} {right:7d} {basic:7d} {enhanced:9d}   (of {total})")
    categories = []
    for row in rows:
        if row["category"] not in categories:
            categories.append(row["category"])
    print(f"{'category':16s} {'rows':>7s} {'smtpkb':>7s} {'Sisimai':>9s}")
    for category in categories:
        size = sum(row["category"] == category for row in rows)
        ours, theirs = (score(tools[name], category)[0] for name in ("smtpkb", "Sisimai"))
        print(f"{category:16s} {size:7d} {ours:7d} {theirs:9d}")
    if failures:
        shown = ", ".join(str(line) for line in failures[:10])
        print(f"smtpkb explain failed on {len(failures)} rows (lines {shown}"
              f"{', …' if len(failures) > 10 else ''})", file=sys.stderr)

    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "accuracy.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("line\tcategory\tbasic\tenhanced\tsmtpkb\tsisimai\n")
        for row, ours, theirs in zip(rows, tools["smtpkb"], tools["Sisimai"]):
            f.write(f"{row['line']}\t{row['category']}\t{row['basic']}\t{row['enhanced']}"
                    f"\t{' '.join(ours).strip()}\t{' '.join(theirs).strip()}\n")
    with open(os.path.join(out_dir, "accuracy.txt"), "w", encoding="utf-8") as f:
        f.write(f"{totals['smtpkb']} {totals['Sisimai']} {len(failures)}\n")


MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
BREAK = re.compile(r"[ \t]*(?:\r\n|\r|\n)[ \t]*")
# What a prefix must not hold, so that it adds no code: a number of exactly
# three digits (a reply code) or a digit, a dot and a digit (a status code).
CODE_LIKE = re.compile(r"(?<![0-9A-Za-z])[0-9]{3}(?![0-9A-Za-z])|[0-9][.][0-9]")


def lines(replies_dir, n, out):
    """N log lines, cycling through the rows: each input with its line
    breaks (and the blanks around them) folded into one space, behind a
    syslog prefix whose time, pid and queue id change from line to line.
    The prefix has no number of three digits and no dotted numbers, so it
    adds no code; every line starts with it, so no line continues another."""
    inputs = [BREAK.sub(" ", row["input"]) for row in load(replies_dir)]
    start = datetime.datetime(2026, 3, 1, 6, 25, 0)
    os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i in range(n):
            t = start + datetime.timedelta(seconds=i)
            pid = 10000 + (i * 7919) % 90000
            queue_id = f"{(i * 0x9E3779B1 + 0x3C6EF372) % (1 << 40):010X}"
            prefix = (f"{MONTHS[t.month - 1]} {t.day:2d} {t:%H:%M:%S} mx{1 + i % 4} "
                      f"postfix/smtp[{pid}]: {queue_id}: ")
            if CODE_LIKE.search(prefix):
                sys.exit(f"a generated prefix looks like a code: {prefix!r}")
            f.write(prefix + inputs[i % len(inputs)] + "\n")


def main(argv):
    if len(argv) == 5 and argv[1] == "accuracy":
        accuracy(argv[2], argv[3], argv[4])
    elif len(argv) == 5 and argv[1] == "lines":
        lines(argv[2], int(argv[3]), argv[4])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
