#!/usr/bin/env python3
"""Checks the publication day dateline gives the fixtures of Postlight's Mercury parser.

    python3 tests/tools/mercury_days.py REPO [--bin target/release/dateline]

REPO is a checkout of https://github.com/postlight/parser (MIT License): its
`fixtures/*.html` are pages saved from some 170 sites, and each site's test
(`src/extractors/custom/*/index.test.js`) reads a fixture and expects a
`date_published`, in UTC (a Japanese page's "2019年4月4日" is expected as
2019-04-03T15:00Z). dateline gives the day the page prints or states with its
own offset, so a day's difference is counted apart ("a day off"): most are
the time zone. Prints the pages that are not exact, then the counts.
Standard library only.
"""
import argparse
import datetime
import glob
import json
import os
import re
import subprocess


def expected(repo):
    """(fixture, expected date_published or None) of every site's test."""
    rows = {}
    for test in sorted(glob.glob(os.path.join(repo, "src/extractors/custom/*/index.test.js"))):
        parts = re.split(r"readFileSync\(\s*'\./fixtures/([^']+)'", open(test, encoding="utf-8").read())
        for name, rest in zip(parts[1::2], parts[2::2]):
            m = re.search(r"date_published,\s*(?:'([^']*)'|null)", rest)
            if m and name not in rows:
                rows[name] = m.group(1)
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("repo")
    ap.add_argument("--bin", default="target/release/dateline")
    args = ap.parse_args()
    counts = {"exact": 0, "a day off": 0, "wrong": 0, "undated": 0, "no gold": 0}
    for name, gold in sorted(expected(args.repo).items()):
        path = os.path.join(args.repo, "fixtures", name)
        if not os.path.exists(path):
            continue
        out = subprocess.run([args.bin, "text", "--json", path], capture_output=True, text=True)
        try:
            articles = json.loads(out.stdout)["articles"]
        except (ValueError, KeyError):
            articles = []
        a = articles[0] if articles else {}
        day = a.get("date")
        if not gold:
            kind = "no gold"
        elif not day:
            kind = "undated"
        elif day == gold[:10]:
            kind = "exact"
        else:
            apart = abs((datetime.date.fromisoformat(day) - datetime.date.fromisoformat(gold[:10])).days)
            kind = "a day off" if apart == 1 else "wrong"
        counts[kind] += 1
        if kind != "exact":
            print(f"{kind:10} {name:40} {gold or '-':26} {day or '-':11} {a.get('date_source', '-'):8} {a.get('printed_date')}")
    print(", ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
