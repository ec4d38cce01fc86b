#!/usr/bin/env python3
"""Times trafilatura (pip) on the pages dateline's reading benchmark reads.

    python3 tests/tools/trafilatura_bench.py DEVSET [--mb 100] [--dateline FILE]

Reads DEVSET/*/source.html into memory (as text, the way trafilatura is
called), then times `trafilatura.extract(html, include_comments=False)`
(the call the article-extraction benchmark makes) in this one process, in
CPU seconds of this process: once over the dev set, and over the same
pages cycled until `--mb` MB, like tests/bench/reading.rs. With
--dateline FILE (the output of `cargo bench --bench reading`), prints how
many times faster dateline is per core on each.
"""
import argparse
import glob
import os
import re
import sys
import time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("devset")
    ap.add_argument("--mb", type=float, default=100)
    ap.add_argument("--dateline")
    args = ap.parse_args()
    try:
        import trafilatura
    except ImportError:
        sys.exit("trafilatura is not installed (pip install trafilatura)")
    files = sorted(glob.glob(os.path.join(args.devset, "*", "source.html")))
    if not files:
        sys.exit(f"no pages in {args.devset}")
    pages = [open(f, encoding="utf-8", errors="replace").read() for f in files]
    sizes = [os.path.getsize(f) for f in files]
    folder, total = [], 0
    while total < args.mb * 1e6:
        i = len(folder) % len(pages)
        folder.append(i)
        total += sizes[i]
    ours = {}
    if args.dateline:
        for line in open(args.dateline, encoding="utf-8"):
            m = re.match(r"HTML reading, (dev set|\d+ MB folder).*?([\d.]+) ms/page", line)
            if m:
                ours["dev set" if m.group(1) == "dev set" else "folder"] = float(m.group(2))
    for label, which in [("dev set", list(range(len(pages)))), ("folder", folder)]:
        trafilatura.extract(pages[which[0]], include_comments=False)
        start = time.process_time()
        for i in which:
            trafilatura.extract(pages[i], include_comments=False)
        cpu = time.process_time() - start
        mb = sum(sizes[i] for i in which) / 1e6
        per = cpu * 1e3 / len(which)
        name = "dev set" if label == "dev set" else f"{args.mb:.0f} MB folder of the dev set's pages"
        line = (f"trafilatura {trafilatura.__version__}, {name}: {len(which)} pages, {mb:.1f} MB: "
                f"{cpu:.1f} s CPU, {len(which) / cpu:.1f} pages/s, {mb / cpu:.2f} MB/s, {per:.1f} ms/page, one core")
        if label in ours:
            line += f"; dateline {per / ours[label]:.1f}x faster per core ({ours[label]:.2f} ms/page)"
        print(line)


if __name__ == "__main__":
    main()
