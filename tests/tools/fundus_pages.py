#!/usr/bin/env python3
"""Scores dateline's reading of the test pages of the Fundus news scraper.

    python3 tests/tools/fundus_pages.py DATA [--bin target/release/dateline] [--pages [N]] [--days]

DATA is `tests/resources/parser/test_data` of https://github.com/flairNLP/fundus
(MIT License): a folder per country (de, us, uk, fr, jp, tr, ...) with, per
publisher, a saved page (`Name_YYYY_MM_DD.html.gz`) and what Fundus's parser
for that publisher reads from it (`Name.json`: title, body paragraphs,
publishing_date in UTC). The pages are unpacked to target/fundus-pages.

It prints the main text's F1 (word 4-gram shingles, as tests/tools/devset.py)
against the body paragraphs, the titles that match, and the publication
day: exact, a day off (the reference is in UTC, dateline gives the day as
the page prints or states it), wrong, undated. --pages lists the N pages
with the lowest F1; --days lists every day that is not exact. Standard
library only.
"""
import argparse
import datetime
import glob
import gzip
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import devset  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data")
    ap.add_argument("--bin", default=os.path.join("target", "release", "dateline"))
    ap.add_argument("--pages", nargs="?", type=int, const=25, default=0, metavar="N")
    ap.add_argument("--days", action="store_true")
    args = ap.parse_args()
    out_dir = os.path.join("target", "fundus-pages")
    os.makedirs(out_dir, exist_ok=True)
    rows = []
    for j in sorted(glob.glob(os.path.join(args.data, "*", "*.json"))):
        country, name = j.split(os.sep)[-2], os.path.basename(j)[:-5]
        saved = sorted(glob.glob(os.path.join(args.data, country, f"{name}_*.html.gz")))
        if not saved:
            continue
        versions = json.load(open(j, encoding="utf-8"))
        ref = versions[sorted(versions)[-1]]
        page = os.path.join(out_dir, f"{country}_{name}.html")
        if not os.path.exists(page):
            with open(page, "wb") as f:
                f.write(gzip.open(saved[-1]).read())
        body = ref.get("body") or {}
        paragraphs = list(body.get("summary", []))
        for section in body.get("sections", []):
            paragraphs += section.get("headline", []) + section.get("paragraphs", [])
        rows.append((page, f"{country}/{name}", ref.get("title"), ref.get("publishing_date"), "\n".join(paragraphs)))
    if not rows:
        sys.exit(f"no test pages in {args.data}")
    run = subprocess.run([args.bin, "text", "--json"] + [r[0] for r in rows], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"{args.bin} failed: {run.stderr}")
    read = {}
    for a in json.loads(run.stdout)["articles"]:
        read.setdefault(a["source"], []).append(a)
    text_rows, per_page = [], []
    titles = titled = exact = near = wrong = undated = dated_ref = 0
    for page, label, title, published, body in rows:
        got = read.get(page, [])
        first = got[0] if got else {}
        row = devset.tp_fp_fn(body, "\n".join(a["text"] for a in got))
        text_rows.append(row)
        p, r = devset.precision(*row), devset.recall(*row)
        per_page.append((2 * p * r / max(1e-9, p + r), p, r, label))
        if title:
            titles += 1
            titled += devset.words(first.get("title")) == devset.words(title)
        if published:
            dated_ref += 1
            day, want = first.get("date"), published[:10]
            if not day:
                undated += 1
                kind = "undated"
            else:
                off = abs((datetime.date.fromisoformat(day) - datetime.date.fromisoformat(want)).days)
                kind = "exact" if off == 0 else "a day off" if off == 1 else "WRONG"
                exact += off == 0
                near += off == 1
                wrong += off > 1
            if args.days and kind != "exact":
                print(f"  {kind:9} {label:32} reference {published}  dateline {day} "
                      f"({first.get('date_source')}: {str(first.get('printed_date'))[:60]})")
    f1, p, r = devset.scores(text_rows)
    print(f"pages: {len(rows)} ({args.data})")
    print(f"main text: F1 {f1:.3f}  precision {p:.3f}  recall {r:.3f}")
    print(f"title: {titled}/{titles} the reference's words")
    print(f"publication day ({dated_ref} with a reference): {exact} exact, {near} a day off, {wrong} wrong, {undated} undated")
    for score, p, r, label in sorted(per_page)[:args.pages]:
        print(f"  {score:.2f} (precision {p:.2f}, recall {r:.2f})  {label}")


if __name__ == "__main__":
    main()
