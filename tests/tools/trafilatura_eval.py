#!/usr/bin/env python3
"""Scores dateline's main text on trafilatura's multilingual evaluation set.

    python3 tests/tools/trafilatura_eval.py TESTS [--bin target/release/dateline] [--worst N]

TESTS is the `tests` folder of https://github.com/adbar/trafilatura (Apache
License 2.0): `evaldata.json` names, for 990 pages of news sites, blogs,
shops and public bodies in a dozen languages (saved in `eval/` and `cache/`),
a few passages that belong to the main text ("with") and a few that do not
("without": menus, dates, teasers, comments, footers). A passage counts as
found when it occurs in the article text, whitespace normalised, as that
project's own scoring counts it: a "with" found is a true positive, one
missing a false negative, a "without" found a false positive. The title is
not part of the text (dateline shows it apart). It prints precision, recall,
accuracy and F1 over all passages, and with --worst the N pages with the
most errors and what went wrong on each. Standard library only.

The 728 pages whose entry gives a "date" are scored for the publication day
too (the first article's), counted as htmldate's evaluation counts: the same
day a true positive, another day a false positive, no day a false negative.
The set's dates are a page's displayed day, sometimes its update's.

This is a development set: its pages are not htmldate's evaluation pages nor
the Zyte benchmark's, which judge the work and are kept from it.
"""
import argparse
import json
import os
import re
import subprocess
import sys


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


def resolve(tests, name):
    for sub in ("cache", "eval"):
        path = os.path.join(tests, sub, name)
        if os.path.isfile(path):
            return path
    return None


def read_all(binary, paths):
    """{path: (text of its articles joined, first article's day)} for the
    paths, a batch at a time."""
    texts = {}
    batch = 100
    for start in range(0, len(paths), batch):
        chunk = paths[start:start + batch]
        run = subprocess.run([binary, "text", "--json", *chunk], capture_output=True)
        if run.returncode not in (0, 1) or not run.stdout.strip():
            # One page failed the whole batch: read them one by one.
            for path in chunk:
                one = subprocess.run([binary, "text", "--json", path], capture_output=True)
                texts.update(collect(one.stdout, [path]))
            continue
        texts.update(collect(run.stdout, chunk))
    return texts


def collect(stdout, paths):
    found = {path: [] for path in paths}
    days = {}
    try:
        articles = json.loads(stdout or b"{}").get("articles", [])
    except json.JSONDecodeError:
        return {path: ("", None) for path in paths}
    for article in articles:
        source = article.get("source", "")
        for path in paths:
            if source == path or os.path.abspath(source) == os.path.abspath(path):
                found[path].append(article.get("text") or "")
                days.setdefault(path, article.get("date"))
                break
    return {path: ("\n".join(parts), days.get(path)) for path, parts in found.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("tests", help="trafilatura's tests folder")
    parser.add_argument("--bin", default="target/release/dateline")
    parser.add_argument("--worst", type=int, default=0, metavar="N")
    args = parser.parse_args()
    with open(os.path.join(args.tests, "evaldata.json"), encoding="utf-8") as f:
        evaldata = json.load(f)
    items = []
    for url in sorted(evaldata):
        path = resolve(args.tests, evaldata[url]["file"])
        if path is None:
            print(f"missing page: {evaldata[url]['file']}", file=sys.stderr)
            continue
        items.append((url, path, evaldata[url]))
    texts = read_all(args.bin, sorted({path for _, path, _ in items}))
    tp = fp = fn = tn = 0
    errors = []
    right = wrong = undated = 0
    for url, path, item in items:
        text, day = texts.get(path, ("", None))
        text = norm(text)
        if item.get("date"):
            if day is None:
                undated += 1
            elif day == item["date"][:10]:
                right += 1
            else:
                wrong += 1
        missing = [w for w in item["with"] if norm(w) not in text]
        kept = [w for w in item["without"] if norm(w) in text]
        tp += len(item["with"]) - len(missing)
        fn += len(missing)
        fp += len(kept)
        tn += len(item["without"]) - len(kept)
        if missing or kept:
            errors.append((len(missing) + len(kept), url, path, missing, kept, not text))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    accuracy = (tp + tn) / (tp + tn + fp + fn)
    f1 = 2 * tp / (2 * tp + fp + fn)
    print(f"pages: {len(items)} ({args.tests})")
    print(f"passages: {tp + fn} to keep, {fp + tn} to leave out")
    print(f"precision {precision:.3f}  recall {recall:.3f}  accuracy {accuracy:.3f}  F1 {f1:.3f}")
    print(f"pages with no text: {sum(1 for e in errors if e[5])}")
    dated = right + wrong + undated
    if dated:
        p = right / (right + wrong) if right + wrong else 0.0
        r = right / (right + undated) if right + undated else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(
            f"publication day ({dated} pages give one): {right} right, {wrong} another day, "
            f"{undated} undated; precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}"
        )
    errors.sort(key=lambda e: (-e[0], e[1]))
    for count, url, path, missing, kept, empty in errors[: args.worst]:
        print(f"\n{count} {os.path.basename(path)} {url}{' (no text)' if empty else ''}")
        for w in missing:
            print(f"  missing: {w[:100]}")
        for w in kept:
            print(f"  kept:    {w[:100]}")


if __name__ == "__main__":
    main()
