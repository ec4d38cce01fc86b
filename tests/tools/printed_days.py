#!/usr/bin/env python3
"""Checks the days dateline reads from what pages print, with their markup taken away.

    python3 tests/tools/printed_days.py DIR... [--bin target/release/dateline] [--list N]

Most news pages declare their day in markup (JSON-LD, meta tags, `<time
datetime>`, the address); many blogs and older pages only print it. To see
how well the printed day alone is read, each page of DIR is read twice:
as saved, and as a copy with its markup dates taken out (JSON-LD and other
scripts, `<meta>` and `<link>` tags, the `datetime`, `title`, `content` and
`data-*` attributes, and links whose address holds a full date). The day
read from the whole page is taken as the reference; for the copy the script
counts the pages dated, the same day, another day (listed with what was
read), and undated. A page undated as saved is left out. Standard library
only; the copies go to a temporary folder.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

PAGE = re.compile(r"\.html?$", re.I)


def strip(html):
    """The page without the markup that declares its day."""
    html = re.sub(r"<script\b.*?</script>", "", html, flags=re.S | re.I)
    html = re.sub(r"<(meta|link)\b[^>]*>", "", html, flags=re.I)
    html = re.sub(
        r"\s(datetime|title|content|data-[a-z-]*)=(\"[^\"]*\"|'[^']*')", "", html, flags=re.I
    )
    return re.sub(
        r"(href|src)=\"[^\"]*(19|20)\d\d[/_-]?\d\d[/_-]?\d\d[^\"]*\"", r'\1="#"', html, flags=re.I
    )


def days(binary, folder):
    """{file name: (day, printed evidence)} of the first article of each page."""
    out = subprocess.run(
        [binary, "summary", folder, "--json"], capture_output=True, text=True, check=True
    ).stdout
    found = {}
    for a in json.loads(out)["articles"]:
        name = os.path.basename(a["id"].split("#")[0])
        found.setdefault(name, (a.get("date"), a.get("printed_date") or ""))
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--bin", default="target/release/dateline")
    ap.add_argument("--list", type=int, default=10, help="pages given another day to list")
    args = ap.parse_args()
    totals = [0, 0, 0, 0]
    for folder in args.dirs:
        whole = days(args.bin, folder)
        with tempfile.TemporaryDirectory() as tmp:
            for name in sorted(os.listdir(folder)):
                if PAGE.search(name):
                    with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                        html = f.read()
                    with open(os.path.join(tmp, name), "w", encoding="utf-8") as f:
                        f.write(strip(html))
            bare = days(args.bin, tmp)
        n = same = other = undated = 0
        others = []
        for name, (day, _) in sorted(whole.items()):
            if not day:
                continue
            n += 1
            got, printed = bare.get(name, (None, ""))
            if not got:
                undated += 1
            elif got == day:
                same += 1
            else:
                other += 1
                others.append(f"    {name}: {day} with markup, {got} from {printed[:70]!r}")
        print(f"{folder}: {n} dated pages; without markup {same} the same day, "
              f"{other} another, {undated} undated")
        for line in others[: args.list]:
            print(line)
        for i, v in enumerate((n, same, other, undated)):
            totals[i] += v
    n, same, other, undated = totals
    if len(args.dirs) > 1 and n:
        print(f"all: {n} dated pages; without markup {same} the same day ({same / n:.0%}), "
              f"{other} another, {undated} undated")


if __name__ == "__main__":
    sys.exit(main())
