#!/usr/bin/env python3
"""Assembles the one-file page: ./build.sh runs it after compiling both
WebAssembly modules.

    python3 tests/tools/assemble.py WORK_DIR OUT_FILE [CORPUS_DIR]

Reads www/index.html, inlines the minified CSS, the page's ES modules
(www/main.js and what it imports) bundled by esbuild, the engine's
and the HTML reader's glue, both modules deflated and in base91, the first
chart drawn by the engine (tests/browser/tools/first-chart.mjs) and, for
`./build.sh page --corpus DIR`, the folder's files (web pages pre-read by
tests/browser/tools/preread.mjs); then allows the page's scripts by their
hashes in its Content-Security-Policy. Run from the repository's root.
"""
import base64, hashlib, json, pathlib, re, subprocess, sys, zlib
work = pathlib.Path(sys.argv[1])
out = pathlib.Path(sys.argv[2])
corpus = sys.argv[3] if len(sys.argv) > 3 else ""
www = pathlib.Path("www")
html = (www / "index.html").read_text(encoding="utf-8")
def minify(text, loader):
    # esbuild (npm) shortens the inlined scripts and styles; www/ keeps the
    # readable sources. Top-level names of a script are kept (no format is
    # set), so the scripts still see each other's globals.
    return subprocess.run(["tests/browser/node_modules/.bin/esbuild", "--minify",
                           f"--loader={loader}", "--log-level=warning"],
                          input=text, capture_output=True, text=True, check=True).stdout
def script(text, id=None, minified=True, kind=None):
    if minified:
        text = minify(text, "js")
    # A closing tag inside inlined code would end the script element early.
    assert "</script" not in text.lower(), "inlined script contains </script"
    attrs = (f' id="{id}"' if id else "") + (f' type="{kind}"' if kind else "")
    return f"<script{attrs}>\n" + text + "\n</script>"
style = minify((www / "style.css").read_text(encoding="utf-8"), "css")
wasm = (work / "dateline.opt.wasm").read_bytes()
# Raw DEFLATE (zopfli), inflated synchronously in the page by fflate's
# inflateSync (MIT), so the analysis is done before the load event, with no
# request. (tiny-inflate, used before, rejects some valid streams: a wasm
# built from a doc-comment change failed with "Data error"; its issue #4.)
packed = (work / "dateline.wasm.deflate").read_bytes()
assert zlib.decompress(packed, -15) == wasm, "the deflated wasm does not inflate back"
# basE91 (Joachim Henke's scheme) over an alphabet of printable ASCII
# without the three characters a script string cannot hold as they are
# (" \ <): 23% larger than the bytes, where base64 is 33% larger.
B91 = "".join(chr(c) for c in range(0x21, 0x7F) if chr(c) not in '"\\<')
assert len(B91) == 91
def base91(data):
    out, b, n = [], 0, 0
    for byte in data:
        b |= byte << n
        n += 8
        if n > 13:
            v = b & 8191
            if v > 88:
                b >>= 13
                n -= 13
            else:
                v = b & 16383
                b >>= 14
                n -= 14
            out.append(B91[v % 91] + B91[v // 91])
    if n:
        out.append(B91[b % 91])
        if n > 7 or b > 90:
            out.append(B91[b // 91])
    return "".join(out)
def unbase91(text):
    table = {c: i for i, c in enumerate(B91)}
    out, v, b, n = bytearray(), -1, 0, 0
    for ch in text:
        c = table[ch]
        if v < 0:
            v = c
            continue
        v += c * 91
        b |= v << n
        n += 13 if (v & 8191) > 88 else 14
        while True:
            out.append(b & 255)
            b >>= 8
            n -= 8
            if n <= 7:
                break
        v = -1
    if v > -1:
        out.append((b | v << n) & 255)
    return bytes(out)
encoded = base91(packed)
assert unbase91(encoded) == packed, "basE91 does not decode back"
# The HTML reader's module: the same packing, started in a worker only
# when a web page (or a text in a legacy encoding) arrives.
reader_wasm = (work / "reader" / "dateline.opt.wasm").read_bytes()
reader_packed = (work / "reader" / "dateline.wasm.deflate").read_bytes()
assert zlib.decompress(reader_packed, -15) == reader_wasm, "the deflated reader does not inflate back"
reader_encoded = base91(reader_packed)
assert unbase91(reader_encoded) == reader_packed, "basE91 does not decode the reader back"
fflate_version = json.loads(pathlib.Path("tests/browser/node_modules/fflate/package.json").read_text())["version"]
inflate = (f"/*! fflate {fflate_version} (inflateSync), MIT License, Copyright (c) 2026 Arjun Barrett */\n"
           + subprocess.run(["tests/browser/node_modules/.bin/esbuild", "tests/browser/tools/inflate.mjs",
                             "--bundle", "--minify", "--format=iife", "--global-name=fflate",
                             "--legal-comments=none", "--log-level=error"],
                            capture_output=True, text=True, check=True).stdout)
# The page's own inflate must give the wasm back (checked here, in node,
# rather than by a page that fails to start).
check = subprocess.run(["node", "-e", inflate + """
const fs = require('fs');
const [packed, wasm] = process.argv.slice(1).map(f => fs.readFileSync(f));
const out = fflate.inflateSync(packed, { out: new Uint8Array(wasm.length) });
process.exit(Buffer.compare(Buffer.from(out), wasm) === 0 ? 0 : 1);
""", str(work / "dateline.wasm.deflate"), str(work / "dateline.opt.wasm")], capture_output=True, text=True)
assert check.returncode == 0, f"the page's inflate does not give the wasm back: {check.stderr}"
scripts = "\n".join([
    # The engine's glue runs in the page and, read from this element, in
    # the worker that analyses loaded files.
    script((work / "dateline.js").read_text(encoding="utf-8"), "engine-glue"),
    # The reader's glue is not run in the page: a worker reads it from this
    # element (a script of another type is never run).
    script((work / "reader" / "dateline.js").read_text(encoding="utf-8"), "reader-glue",
           kind="text/plain"),
    script(inflate),
    script(f"const WASM_SIZE = {len(wasm)};\nconst WASM_PACKED_SIZE = {len(packed)};\n"
           f"const WASM_ALPHABET = \"{B91}\";\nconst WASM_DEFLATE_BASE91 = \"{encoded}\";\n"
           f"const READER_SIZE = {len(reader_wasm)};\nconst READER_PACKED_SIZE = {len(reader_packed)};\n"
           f"const READER_DEFLATE_BASE91 = \"{reader_encoded}\";", minified=False),
    # The page's own code: the ES modules of www/, from www/main.js,
    # bundled into one script (an IIFE: their names stay inside it).
    script(subprocess.run(["tests/browser/node_modules/.bin/esbuild", str(www / "main.js"), "--bundle",
                           "--format=iife", "--minify", "--log-level=warning"],
                          capture_output=True, text=True, check=True).stdout, minified=False),
])
baked = None
if corpus:
    # The texts of the folder, read by the page instead of the bundled
    # corpus: the same files the CLI reads from it (names as the CLI shows
    # them when given the folder's name).
    root = pathlib.Path(corpus).resolve()
    exts = {".txt", ".md", ".markdown", ".html", ".htm", ".xhtml"}
    files = []
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root)
        if any(part.startswith(".") for part in rel.parts) or not p.is_file():
            continue
        if p.suffix.lower() in exts or p.name in ("corpus.toml", "entities.toml"):
            files.append({"name": f"{root.name}/{rel.as_posix()}",
                          "base64": base64.b64encode(p.read_bytes()).decode("ascii")})
    if not files:
        sys.exit(f"{corpus} holds no .txt, .md or .html file")
    baked = json.dumps({"name": root.name, "files": files}).replace("<", "\\u003c")
    (work / "baked.json").write_text(baked, encoding="utf-8")
    # Web pages and texts not in UTF-8 are read now by the reader module:
    # the page's engine, which has no HTML reader, reads the bundled corpus
    # on its own thread.
    read = subprocess.run(["node", "tests/browser/tools/preread.mjs", str(work / "dateline.js"),
                           str(work / "dateline.opt.wasm"), str(work / "reader" / "dateline.js"),
                           str(work / "reader" / "dateline.opt.wasm"), str(work / "baked.json")],
                          capture_output=True, text=True)
    if read.returncode != 0:
        sys.exit(f"reading the folder's web pages failed: {read.stderr.strip()}")
    baked = (work / "baked.json").read_text(encoding="utf-8")
    scripts = script("const BAKED_CORPUS = " + baked + ";", "baked-corpus", minified=False) + "\n" + scripts
# The first chart, drawn now by the same engine, so that it is on screen
# before the engine is unpacked in the page (see the tool).
drawn = subprocess.run(
    ["node", "tests/browser/tools/first-chart.mjs", str(work / "dateline.js"), str(work / "dateline.opt.wasm")]
    + ([str(work / "baked.json")] if baked else []),
    capture_output=True, text=True)
if drawn.returncode != 0:
    sys.exit(f"drawing the first chart failed: {drawn.stderr.strip()}")
try:
    first = json.loads(drawn.stdout)
except ValueError as err:
    sys.exit(f"drawing the first chart gave no JSON ({err}): {drawn.stdout[:200]!r} {drawn.stderr.strip()}")
style += first["css"]

for marker, value in [("<!-- inline:style.css -->", "<style>\n" + style + "\n</style>"),
                      ("<!-- first-chart:chart -->", first["chart"]),
                      ("<!-- first-chart:legend -->", first["legend"]),
                      ("<!-- first-chart:chips -->", first["chips"]),
                      ("<!-- first-chart:corpus-line -->", first["corpusLine"]),
                      ("<!-- first-chart:corpus-about -->", first["corpusAbout"]),
                      ("<!-- inline:scripts -->", scripts)]:
    if html.count(marker) != 1:
        sys.exit(f"www/index.html must contain {marker} exactly once")
    html = html.replace(marker, value)
# The page's own scripts are allowed by their hashes, not by
# 'unsafe-inline': a script or an event handler injected into the page
# (by a text that got past the escaping) would never run. Scripts of
# another type (data) are never run and need none.
hashes = []
for m in re.finditer(r"<script([^>]*)>(.*?)</script>", html, re.S):
    kind = re.search(r'type="([^"]*)"', m.group(1))
    if kind and kind.group(1) not in ("text/javascript", "module"):
        continue
    digest = base64.b64encode(hashlib.sha256(m.group(2).encode("utf-8")).digest()).decode("ascii")
    hashes.append(f"'sha256-{digest}'")
policy = "script-src 'unsafe-inline' 'wasm-unsafe-eval'"
if html.count(policy) != 1:
    sys.exit("www/index.html's Content-Security-Policy must hold " + policy + " exactly once")
html = html.replace(policy, "script-src " + " ".join(dict.fromkeys(hashes)) + " 'wasm-unsafe-eval'")
out.write_text(html, encoding="utf-8")
