#!/usr/bin/env python3
"""Checks dateline's reading of the test pages of the goose3 extractor.

    python3 tests/tools/goose_pages.py DATA [--bin target/release/dateline] [--all]

DATA is `tests/data` of https://github.com/goose3/goose3 (Apache License
2.0): `content/*.html`, saved pages of news sites of 2010-2014 and of
other languages (BBC Chinese, CNN Arabic, Donga, El Mundo, El País, Le
Figaro, Libération, WirtschaftsWoche), each with a `.json` of what goose3
reads: the title, the start of the cleaned text, the publication date for
a few. Not a gold set (goose3's own output), so this prints counts and
lists, not a score:

- pages read as one article, as several, or skipped (with the reason);
- the text's start: whether the start of goose3's text is in dateline's;
- the day: dated or undated, and each day against goose3's where it has
  one;
- titles that differ from goose3's (where goose3 gives one).

--all lists every page. Standard library only.
"""
import argparse
import glob
import json
import os
import re
import subprocess


def squeeze(s):
    return re.sub(r"\s+", " ", s or "").strip()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data")
    ap.add_argument("--bin", default=os.path.join("target", "release", "dateline"))
    ap.add_argument("--all", action="store_true")
    args = ap.parse_args()
    pages = sorted(glob.glob(os.path.join(args.data, "content", "*.html")))
    counts = {"one": 0, "several": 0, "skipped": 0, "start": 0, "dated": 0, "titles": 0}
    rows = []
    for page in pages:
        expected = json.load(open(page[:-5] + ".json", encoding="utf-8")).get("expected", {})
        out = subprocess.run([args.bin, "text", page, "--json"], capture_output=True, text=True)
        got = json.loads(out.stdout or "{}")
        arts = got.get("articles", [])
        name = os.path.basename(page)[:-5]
        if not arts:
            counts["skipped"] += 1
            why = "; ".join(w["message"] for w in got.get("warnings", []))
            rows.append((name, False, f"skipped: {why}"))
            continue
        counts["one" if len(arts) == 1 else "several"] += 1
        text = squeeze(" ".join(a.get("text", "") for a in arts))
        start = squeeze(expected.get("cleaned_text"))[:40]
        starts = not start or start in text
        counts["start"] += starts
        day = arts[0].get("date")
        counts["dated"] += day is not None
        want_day = str(expected.get("publish_date") or "")[:10]
        title = squeeze(expected.get("title"))
        titled = not title or title == squeeze(arts[0].get("title"))
        counts["titles"] += bool(title) and titled
        notes = []
        if not starts:
            notes.append(f"text does not start with {start!r}")
        if want_day and day != want_day:
            notes.append(f"day {day} against goose3's {want_day}")
        if not titled:
            notes.append(f"title {arts[0].get('title')!r} against {title!r}")
        if day is None:
            notes.append("undated")
        rows.append((name, not notes, "; ".join(notes) or f"{day}, {len(arts)} article(s)"))
    with_title = sum(
        1
        for p in pages
        if squeeze(json.load(open(p[:-5] + ".json", encoding="utf-8")).get("expected", {}).get("title"))
    )
    print(f"pages: {len(pages)}: one article {counts['one']}, several {counts['several']}, skipped {counts['skipped']}")
    print(f"text starts as goose3's: {counts['start']} of {counts['one'] + counts['several']}")
    print(f"dated: {counts['dated']} of {counts['one'] + counts['several']}")
    print(f"titles as goose3's: {counts['titles']} of {with_title}")
    for name, ok, note in rows:
        if args.all or not ok:
            print(f"  {name:32} {note}")


if __name__ == "__main__":
    main()
