#!/usr/bin/env python3
"""Scores dateline's reading of web pages on a development set.

    python3 tests/tools/devset.py [DEVSET] [--bin target/release/dateline] [--pages]

DEVSET is a folder of test pages in the layout of Mozilla Readability's
test suite (default: ../shared/devsets/readability-test-pages): one folder
per page with source.html, expected.html (the reference article body) and
expected-metadata.json (title, byline, lang, publishedTime).

It runs `dateline text --json` on every source.html and prints:

- main text: the article-extraction benchmark's metric (Zyte/Scrapinghub):
  word 4-gram shingles, per page TP/FP/FN normalised, precision and recall
  averaged over pages, F1 of the two; against the reference with its
  captions (<figcaption>) and without them (dateline leaves captions out);
- title (same words as the reference, site names aside), language and the
  publication day (right, wrong, undated) for the pages with a
  publishedTime.

With --pages [N], the N pages with the lowest F1 are listed (25 without N;
every page with a large N, to compare two builds). Standard library only.
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser

BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "pre", "br",
          "section", "article", "figure", "figcaption", "table", "ul", "ol", "dd", "dt"}


class Text(HTMLParser):
    """The text of an HTML fragment, a line per block; `skip` elements out."""

    def __init__(self, skip):
        super().__init__(convert_charrefs=True)
        self.out, self.depth, self.skip = [], 0, skip

    def handle_starttag(self, tag, attrs):
        if tag in self.skip:
            self.depth += 1
        if tag in BLOCKS:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.skip and self.depth:
            self.depth -= 1
        if tag in BLOCKS:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.depth:
            self.out.append(data)


def text_of(html, skip):
    p = Text(skip)
    p.feed(html)
    return "\n".join(" ".join(l.split()) for l in "".join(p.out).split("\n") if l.strip())


TOKEN = re.compile(r"\w+")


def shingles(text):
    # A soft hyphen is invisible: "Netan\u00adyahu" is one word on the page.
    tokens = TOKEN.findall((text or "").replace("\u00ad", ""))
    return Counter(tuple(tokens[i:i + 4]) for i in range(max(1, len(tokens) - 3)) if tokens[i:i + 4])


def tp_fp_fn(true, pred):
    a, b = shingles(true), shingles(pred)
    tp = fp = fn = 0
    for k in set(a) | set(b):
        x, y = a.get(k, 0), b.get(k, 0)
        tp += min(x, y)
        fp += max(0, y - x)
        fn += max(0, x - y)
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def precision(tp, fp, fn):
    return 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))


def recall(tp, fp, fn):
    return 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))


def scores(rows):
    p = statistics.mean(precision(*r) for r in rows if r[0] + r[1] > 0)
    r = statistics.mean(recall(*r) for r in rows if r[0] + r[2] > 0)
    return 2 * p * r / (p + r), p, r


def words(s):
    return " ".join(TOKEN.findall((s or "").lower()))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("devset", nargs="?", default=os.path.join("..", "shared", "devsets", "readability-test-pages"))
    ap.add_argument("--bin", default=os.path.join("target", "release", "dateline"))
    ap.add_argument("--pages", nargs="?", type=int, const=25, default=0, metavar="N",
                    help="list the N pages with the lowest F1 (25 without N)")
    args = ap.parse_args()
    names = sorted(d for d in os.listdir(args.devset)
                   if os.path.exists(os.path.join(args.devset, d, "source.html")))
    if not names:
        sys.exit(f"no test pages in {args.devset}")
    run = subprocess.run([args.bin, "text", "--json"] + [os.path.join(args.devset, d, "source.html") for d in names],
                         capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"{args.bin} failed: {run.stderr}")
    read = {}
    for a in json.loads(run.stdout)["articles"]:
        page = os.path.basename(os.path.dirname(a["source"]))
        read.setdefault(page, []).append(a)
    with_captions, without = [], []
    titles = dates = right = answered = langs = lang_right = 0
    per_page = []
    title_ok = 0
    for d in names:
        folder = os.path.join(args.devset, d)
        expected = open(os.path.join(folder, "expected.html"), encoding="utf-8").read()
        got = read.get(d, [])
        text = "\n".join(a["text"] for a in got)
        with_captions.append(tp_fp_fn(text_of(expected, {"script", "style"}), text))
        row = tp_fp_fn(text_of(expected, {"script", "style", "figcaption"}), text)
        without.append(row)
        per_page.append((2 * precision(*row) * recall(*row) / max(1e-9, precision(*row) + recall(*row)), d))
        meta = json.load(open(os.path.join(folder, "expected-metadata.json"), encoding="utf-8"))
        first = got[0] if got else {}
        if meta.get("title"):
            titles += 1
            mine, theirs = words(first.get("title")), words(meta["title"])
            title_ok += bool(mine) and (mine == theirs or mine in theirs)
        if meta.get("lang"):
            langs += 1
            lang_right += (first.get("language") or "").lower() == meta["lang"].lower()
        if meta.get("publishedTime"):
            dates += 1
            if first.get("date"):
                answered += 1
                right += first["date"] == meta["publishedTime"][:10]
    f1, p, r = scores(without)
    f1c, pc, rc = scores(with_captions)
    print(f"pages: {len(names)} ({args.devset})")
    print(f"main text, captions left out of the reference: F1 {f1:.3f}  precision {p:.3f}  recall {r:.3f}")
    print(f"main text, the reference as it is:             F1 {f1c:.3f}  precision {pc:.3f}  recall {rc:.3f}")
    print(f"title: {title_ok}/{titles} the reference's words (or a part of them, its site name cut)")
    print(f"language: {lang_right}/{langs}")
    print(f"publication day: {right}/{dates} right, {answered - right} wrong, {dates - answered} undated"
          f" (precision {right / answered if answered else 0:.3f})")
    if args.pages:
        for score, d in sorted(per_page)[:args.pages]:
            print(f"  {score:.2f}  {d}")


if __name__ == "__main__":
    main()
