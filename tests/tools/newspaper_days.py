#!/usr/bin/env python3
"""Checks the publication day dateline gives the pages of newspaper3k's tests.

    python3 tests/tools/newspaper_days.py DATA [--bin target/release/dateline] [--all]

DATA is the `tests/data` folder of https://github.com/codelucas/newspaper
(MIT License): `html/` holds 157 pages saved from news and magazine sites in
2014-2015 and `fulltext_url_list.txt` their addresses, in the order the
suite names the files (the site's domain and a counter: `al.com1`).

The pages carry no gold day. Where a page's address holds a full date
(`/2014/12/29/`, `/2014-11-04-slug`), that date is taken as the day to give
(the publisher's own day for its story); for the other pages the script
counts how many dateline dates and lists what it read, to look over by hand.
dateline is given only the file: the address is used when the page names it
(`<link rel="canonical">`, `og:url`). Standard library only.
"""
import argparse
import json
import os
import re
import subprocess
import sys
from urllib.parse import urlparse

URL_DAY = re.compile(r"/((?:19|20)\d\d)([/-])(\d\d)\2(\d\d)(?:[/_-]|\.html?|$)")


def base_domain(url):
    parts = urlparse(url).netloc.split(":")[0].split(".")
    two = ".".join(parts[-2:])
    return ".".join(parts[-3:]) if two in ("co.uk", "com.au", "au.com") else two


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data")
    ap.add_argument("--bin", default=os.path.join("target", "release", "dateline"))
    ap.add_argument("--all", action="store_true", help="list every page, not only misses")
    args = ap.parse_args()
    urls = [u.strip() for u in open(os.path.join(args.data, "fulltext_url_list.txt")) if u.strip()]
    counter, pages = {}, []
    for url in urls:
        d = base_domain(url)
        counter[d] = counter.get(d, 0) + 1
        path = os.path.join(args.data, "html", f"{d}{counter[d]}.html")
        if os.path.exists(path):
            pages.append((url, path))
    run = subprocess.run([args.bin, "text", "--json"] + [p for _, p in pages], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"{args.bin} failed: {run.stderr}")
    first = {}
    for a in json.loads(run.stdout)["articles"]:
        first.setdefault(a["source"], a)
    right = wrong = undated = dated_other = other = 0
    for url, path in pages:
        a = first.get(path, {})
        got = a.get("date")
        m = URL_DAY.search(urlparse(url).path)
        line = f"{os.path.basename(path):28} {got or '-':10} {a.get('date_source') or '-':8} {str(a.get('printed_date'))[:60]}"
        if m:
            want = f"{m.group(1)}-{m.group(3)}-{m.group(4)}"
            if got == want:
                right += 1
                if args.all:
                    print("  right    ", line)
            elif got:
                wrong += 1
                print(f"  WRONG    {line}  (address: {want})")
            else:
                undated += 1
                print(f"  undated  {line}  (address: {want})")
        else:
            other += 1
            dated_other += bool(got)
            if args.all or not got:
                print("  no date in the address:", line)
    print(f"pages: {len(pages)}")
    print(f"with a full date in the address: {right + wrong + undated}: {right} right, {wrong} wrong, {undated} undated")
    print(f"without: {other}: {dated_other} dated, {other - dated_other} undated")


if __name__ == "__main__":
    main()
