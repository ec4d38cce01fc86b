#!/usr/bin/env python3
"""How well `dateline entities` finds a corpus's names, against gold annotations.

    python3 tests/tools/gmb_entities.py NER_CSV [--bin target/release/dateline]
        [--sentences 20] [--top 50] [--keep DIR]

NER_CSV is the entity-annotated corpus of the Groningen Meaning Bank in the
layout Kaggle spreads ("Sentence #,Word,POS,Tag", one token a line, tags
B-/I- geo, gpe, org, per, tim, art, eve, nat): sentences of Voice of America
news of 2004-2010, tagged partly by hand and partly by machine. It is not one
of the held-out sets. The tokens are joined back into sentences, the
sentences cut into plain-text articles of `--sentences` each (a title line,
then paragraphs of four sentences), one file a day,
and `dateline entities --json` runs on that folder (no `entities.toml`, so
every name is discovered).

The gold names are the B-/I- spans tagged per, org, geo or gpe. The gold's
own noise is undone the way a reader would: a title in front ("President",
"Mr.", "Prime Minister") is dropped, a span that is only a title is no name,
and a bare surname joins the one gold full name that ends with it. Adjectives
tagged gpe ("Iraqi", "British") are left out of the ranking: dateline counts
names, not the adjectives made from them.

Prints, as issue 17 measures it:
- recall: how many of the `--top` most-mentioned gold names are the name or
  an alias of a discovered entity (case and the article "the" aside);
- precision: how many of the `--top` most-mentioned discovered entities are a
  gold name (their name or one of their aliases, titles dropped) anywhere in
  the corpus;
and lists the misses on both sides.
"""

import argparse
import collections
import csv
import json
import os
import re
import subprocess
import sys
import tempfile

TITLES = {
    "president", "mr.", "mrs.", "ms.", "dr.", "prime", "minister", "prime minister",
    "secretary", "general", "gen.", "sen.", "senator", "rep.", "king", "queen",
    "prince", "pope", "chancellor", "governor", "gov.", "col.", "lt.", "sgt.",
    "former", "vice", "foreign", "defense", "ambassador", "chairman", "chief",
    "judge", "justice", "leader", "premier", "envoy", "spokesman", "commander",
    "sheikh", "ayatollah", "cardinal", "archbishop", "bishop", "rev.", "state",
    "u.s.", "deputy", "interior", "opposition", "military", "army", "top",
    "presidential", "candidate", "mayor", "lawmaker", "officials", "official",
    "sir", "lord", "crown", "emperor", "colonel", "lieutenant", "captain",
    "major", "admiral", "director", "head", "agent", "prosecutor", "prosecutors",
    "attorney", "senior", "election", "elect", "acting", "interim", "outgoing",
    "incoming", "new", "then",
}
KINDS = {"per", "org", "geo", "gpe"}
# A gpe span of one word ending so is an adjective or a people ("Iraqi",
# "Palestinians"), not a place's name.
ADJECTIVE = re.compile(r"(?:i|an|ans|ese|ish|ic|ch|ian|ians|is|s)$")


def sentences(path):
    """The corpus as a list of sentences, each a list of (word, tag)."""
    out = []
    with open(path, encoding="latin-1", newline="") as f:
        rows = csv.reader(f)
        next(rows)
        for row in rows:
            if len(row) < 4:
                continue
            if row[0].startswith("Sentence:") or not out:
                out.append([])
            out[-1].append((row[1], row[3]))
    return out


NO_SPACE_BEFORE = {".", ",", ";", ":", "?", "!", ")", "%", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m"}


def join(words):
    text = ""
    for w in words:
        if not text or w in NO_SPACE_BEFORE or text.endswith(("(", "$")):
            text += w
        else:
            text += " " + w
    return text


def spans(sentence):
    """(kind, words) of each B-/I- span of the kinds counted."""
    found = []
    cur = None
    for word, tag in sentence + [("", "O")]:
        if tag.startswith("I-") and cur and cur[0] == tag[2:]:
            cur[1].append(word)
            continue
        if cur and cur[0] in KINDS:
            found.append((cur[0], cur[1]))
        cur = (tag[2:], [word]) if tag.startswith("B-") else None
    return found


def without_titles(words):
    """The words of a name with the titles in front of it dropped."""
    i = 0
    while i < len(words) and words[i].lower() in TITLES:
        i += 1
    return words[i:]


def norm(name):
    n = name.lower().replace("\u2019", "'")
    n = re.sub(r"^the ", "", n)
    n = re.sub(r"'s$", "", n)
    return n.strip()


def gold_names(sents):
    """Gold name -> mentions, after undoing titles and joining surnames."""
    counts = collections.Counter()
    kinds = {}
    for s in sents:
        for kind, words in spans(s):
            words = without_titles(words)
            if not words:
                continue
            name = " ".join(words)
            if kind == "gpe" and len(words) == 1 and ADJECTIVE.search(name):
                continue
            counts[name] += 1
            kinds.setdefault(name, kind)
    # A bare surname joins the one full name of a person ending with it.
    full = collections.defaultdict(set)
    for name, kind in kinds.items():
        words = name.split()
        if kind == "per" and len(words) > 1:
            full[words[-1]].add(name)
    merged = collections.Counter()
    for name, n in counts.items():
        owners = full.get(name, set()) if " " not in name else set()
        merged[next(iter(owners)) if len(owners) == 1 else name] += n
    return merged, kinds, set(counts)


def write_corpus(sents, folder, per_file):
    os.makedirs(folder, exist_ok=True)
    day = 0
    for start in range(0, len(sents), per_file):
        chunk = sents[start : start + per_file]
        y, m, d = 2005 + day // 336, 1 + (day // 28) % 12, 1 + day % 28
        # A title line, then paragraphs of four sentences.
        paragraphs = [
            " ".join(join([w for w, _ in s]) for s in chunk[i : i + 4])
            for i in range(0, len(chunk), 4)
        ]
        text = f"News digest {day + 1}\n\n" + "\n\n".join(paragraphs)
        name = os.path.join(folder, f"{y:04d}-{m:02d}-{d:02d}-voa-{day:04d}.txt")
        with open(name, "w", encoding="utf-8") as f:
            f.write(text + "\n")
        day += 1
    return day


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--bin", default="target/release/dateline")
    ap.add_argument("--sentences", type=int, default=20)
    ap.add_argument("--top", type=int, default=50)
    ap.add_argument("--keep", help="write the folder of articles here and keep it")
    args = ap.parse_args()

    sents = sentences(args.csv)
    folder = args.keep or tempfile.mkdtemp(prefix="gmb-")
    files = write_corpus(sents, folder, args.sentences)
    out = subprocess.run(
        [args.bin, "entities", folder, "--json"], capture_output=True, text=True, check=True
    )
    found = json.loads(out.stdout)["entities"]

    gold, kinds, surfaces = gold_names(sents)
    gold_norm = {norm(s) for s in surfaces}
    top_gold = [n for n, _ in gold.most_common(args.top)]
    known = {}
    for e in found:
        for a in [e["name"]] + [a["alias"] for a in e["aliases"]]:
            known.setdefault(norm(a), e["name"])
            known.setdefault(norm(" ".join(without_titles(a.split()))), e["name"])

    hits = [n for n in top_gold if norm(n) in known]
    missed = [n for n in top_gold if norm(n) not in known]
    top_found = sorted(found, key=lambda e: -e["mentions"])[: args.top]

    def real(e):
        names = [e["name"]] + [a["alias"] for a in e["aliases"] if a["mentions"] > 0]
        return any(
            norm(n) in gold_norm or norm(" ".join(without_titles(n.split()))) in gold_norm
            for n in names
        )

    wrong = [e for e in top_found if not real(e)]
    print(f"{len(sents)} sentences in {files} articles of {args.sentences} sentences; {len(found)} entities found")
    print(f"recall, top {args.top} gold names found: {len(hits)}/{len(top_gold)} = {len(hits) / max(1, len(top_gold)):.0%}")
    print(f"precision, top {args.top} found are gold names: {len(top_found) - len(wrong)}/{len(top_found)} = {(len(top_found) - len(wrong)) / max(1, len(top_found)):.0%}")
    for n in missed:
        print(f"  missed: {n} ({gold[n]}, {kinds.get(n)})")
    for e in wrong:
        al = ", ".join(f"{a['alias']} {a['mentions']}" for a in e["aliases"] if a["mentions"])
        print(f"  not gold: {e['name']} ({e['kind']}, {e['mentions']}: {al})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
