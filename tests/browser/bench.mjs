// The in-browser benchmark (issue 6): dateline's wasm pipeline beside a
// plain-JS baseline and two npm tools, in headless Chromium, on one
// corpus: real text (--corpus), or copies of the seeds. Figures, not
// assertions: nothing here fails on speed.
//
//   ./build.sh                                 (once: target/page/dateline.js + .opt.wasm)
//   cd tests/browser && node bench.mjs [--mb N] [--corpus DIR] [--profile]
//
// --mb N      corpus size in MB (10^6 bytes; default 20)
// --corpus DIR  the first N MB of the text files under DIR (in path order;
//             ./build.sh bench gives the real text of tests/tools/realtext.py)
//             instead of copies of the seed pages
// --profile   also time the wasm before wasm-opt (target/page/dateline_bg.wasm,
//             which keeps function names) and print the functions with the
//             most self time in a CPU profile of one run of it
//
// Each contender runs in a fresh page (file://target/bench/bench.html), one
// after the other: the corpus is handed over, a 1 MB warm-up run, then one
// timed run over the whole corpus. Prints a table; writes
// target/bench/browser.json (one entry per corpus size, merged).
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { MB, distinctWords, entityTerms, folderCorpus, readSeeds, syntheticCorpus, totalBytes, vaderLexicon } from './bench/corpus.mjs';
import { figures, formatChecks, formatTable } from './bench/report.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const pageDir = join(root, 'target', 'page');
const outDir = join(root, 'target', 'bench');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
// The flags of the browser tests, plus two for measuring: precise
// performance.memory figures and gc() to start each run on a clean heap.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
  '--enable-precise-memory-info', '--js-flags=--expose-gc'];

/** Contenders in run order, with their labels in the table. */
const CONTENDERS = [
  { name: 'wasm', label: 'dateline wasm' },
  { name: 'wasm-2', label: 'dateline wasm, two workers (as the page loads)' },
  { name: 'wasm-tone', label: 'dateline wasm, tone tallies per article' },
  { name: 'baseline', label: 'plain JS baseline' },
  { name: 'sentiment', label: 'npm sentiment' },
  { name: 'wink', label: 'npm wink-nlp' },
];
const WARM_UP_MB = 1;
/** Corpus text handed to the page per page.evaluate call. */
const BATCH_BYTES = 8 * MB;

/** `--mb N`, `--corpus DIR` and `--profile` from the command line. */
function parseArgs(argv) {
  const args = { mb: 20, profile: false, corpus: null };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--mb') {
      args.mb = Number(argv[++i]);
      if (!(args.mb > 0)) throw new Error('--mb needs a positive number of megabytes');
    } else if (argv[i] === '--corpus' && argv[i + 1]) {
      args.corpus = resolve(argv[++i]);
    } else if (argv[i] === '--profile') {
      args.profile = true;
    } else {
      throw new Error(`unknown option '${argv[i]}' (use: node bench.mjs [--mb N] [--corpus DIR] [--profile])`);
    }
  }
  return args;
}

/** Writes target/bench/: the glue, the bundled contenders and the page. */
async function preparePage() {
  for (const f of ['dateline.js', 'dateline.opt.wasm']) {
    if (!existsSync(join(pageDir, f))) throw new Error(`target/page/${f} is missing: run ./build.sh first`);
  }
  mkdirSync(outDir, { recursive: true });
  copyFileSync(join(pageDir, 'dateline.js'), join(outDir, 'dateline.js'));
  await build({
    entryPoints: [join(here, 'bench', 'contenders.mjs')],
    bundle: true, format: 'iife', platform: 'browser', target: 'es2022',
    outfile: join(outDir, 'contenders.js'), logLevel: 'error',
  });
  const html = '<!doctype html><meta charset="utf-8"><title>dateline browser bench</title>\n'
    + '<script src="dateline.js"></script>\n<script src="contenders.js"></script>\n';
  const file = join(outDir, 'bench.html');
  writeFileSync(file, html);
  return pathToFileURL(file).href;
}

/** The versions of the npm packages measured and of the browser. */
function versions(browser) {
  const pkg = name => JSON.parse(readFileSync(join(here, 'node_modules', name, 'package.json'), 'utf8')).version;
  return {
    chromium: browser.version(),
    sentiment: pkg('sentiment'),
    'wink-nlp': pkg('wink-nlp'),
    'wink-eng-lite-web-model': pkg('wink-eng-lite-web-model'),
    esbuild: pkg('esbuild'),
    'playwright-core': pkg('playwright-core'),
  };
}

/** Hands the corpus to the page in batches (not timed). */
async function sendCorpus(page, files) {
  let batch = [];
  let size = 0;
  for (const f of files) {
    batch.push({ name: f.name, text: f.text });
    size += f.bytes;
    if (size >= BATCH_BYTES) {
      await page.evaluate(b => globalThis.bench.addFiles(b), batch);
      batch = [];
      size = 0;
    }
  }
  if (batch.length) await page.evaluate(b => globalThis.bench.addFiles(b), batch);
}

/** A fresh page holding the corpus, set up for `contender` (wasm: `wasmFile`). */
async function openPage(browser, url, inputs, contender, wasmFile) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', e => problems.push(e.message));
  page.on('console', m => { if (m.type() === 'error') problems.push(m.text()); });
  await page.goto(url);
  await sendCorpus(page, inputs.files);
  await page.evaluate(([e, l]) => globalThis.bench.setup(e, l), [inputs.entities, inputs.lexicon]);
  let init = null;
  if (contender.startsWith('wasm')) {
    const base64 = readFileSync(wasmFile).toString('base64');
    const glue = contender === 'wasm-2' ? readFileSync(join(outDir, 'dateline.js'), 'utf8') : null;
    init = await page.evaluate(([b, g]) => globalThis.bench.initWasm(b, g), [base64, glue]);
  }
  return { context, page, problems, init };
}

/** Warm-up on 1 MB, then the timed run over the whole corpus, in a fresh page. */
async function measure(browser, url, inputs, contender, wasmFile) {
  let opened = null;
  try {
    opened = await openPage(browser, url, inputs, contender.name, wasmFile);
    const { page, problems, init } = opened;
    await page.evaluate(([n, b]) => globalThis.bench.run(n, b), [contender.name, WARM_UP_MB * MB]);
    const result = await page.evaluate(n => globalThis.bench.run(n), contender.name);
    if (problems.length) throw new Error(`${contender.label}: ${problems.join('; ')}`);
    return { ...result, label: contender.label, init };
  } catch (e) {
    // A failed run (out of memory, a crash) is reported, not hidden.
    return { label: contender.label, error: String(e?.message ?? e), problems: opened?.problems ?? [] };
  } finally {
    await opened?.context.close().catch(() => {});
  }
}

/**
 * A CPU profile of one wasm run (after a warm-up) with `wasmFile`; returns
 * the functions with the most self time (ms) and their share of the run.
 */
async function profileWasm(browser, url, inputs, wasmFile, top = 15) {
  const { context, page } = await openPage(browser, url, inputs, 'wasm', wasmFile);
  try {
    await page.evaluate(b => globalThis.bench.run('wasm', b), WARM_UP_MB * MB);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    // Only the timed part is profiled; the check totals come after.
    await page.evaluate(() => globalThis.bench.start('wasm'));
    const { profile } = await cdp.send('Profiler.stop');
    await page.evaluate(() => globalThis.bench.finish());
    return profileTimes(profile, top);
  } finally {
    await context.close().catch(() => {});
  }
}

/** A profile frame's name, with where it runs (wasm, a script, native). */
function frameName(frame) {
  const where = frame.url.startsWith('wasm://') ? 'wasm' : frame.url.split('/').pop() || 'native';
  return `${frame.functionName || '(anonymous)'} [${where}]`;
}

/**
 * Self and total (inclusive) time per function name in a CDP CPU profile:
 * `{ self, total }`, each the `top` names with the most time, most first;
 * a self entry names the caller that accounts for most of it.
 */
function profileTimes(profile, top) {
  const byId = new Map(profile.nodes.map(n => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const total = new Map();
  const callers = new Map();
  let sum = 0;
  profile.samples.forEach((id, i) => {
    const t = (profile.timeDeltas[i] ?? 0) / 1000;
    sum += t;
    const name = frameName(byId.get(id).callFrame);
    self.set(name, (self.get(name) ?? 0) + t);
    const caller = parent.has(id) ? frameName(byId.get(parent.get(id)).callFrame) : '(root)';
    const byCaller = callers.get(name) ?? new Map();
    byCaller.set(caller, (byCaller.get(caller) ?? 0) + t);
    callers.set(name, byCaller);
    const onStack = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) onStack.add(frameName(byId.get(n).callFrame));
    for (const f of onStack) total.set(f, (total.get(f) ?? 0) + t);
  });
  const rank = (map, extra) => [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, t]) => ({ name, ms: Math.round(t), share: Math.round((1000 * t) / sum) / 10, ...extra(name) }));
  const mainCaller = name => [...callers.get(name).entries()].sort((a, b) => b[1] - a[1])[0][0];
  const dateline = new Map([...total].filter(([name]) => name.startsWith('dateline::')));
  return {
    self: rank(self, name => ({ mainCaller: mainCaller(name) })),
    total: rank(dateline, () => ({})),
  };
}

/** Prints the profile's self times (with callers) and dateline's total times. */
function printProfile(profile) {
  const line = p => `  ${String(p.ms).padStart(6)} ms  ${String(p.share).padStart(5)}%  ${p.name}`;
  console.log('\nwasm CPU profile (no wasm-opt build), self time:');
  for (const p of profile.self) console.log(`${line(p)}\n${' '.repeat(22)}called from ${p.mainCaller}`);
  console.log('\nsame profile, total time of dateline functions:');
  for (const p of profile.total) console.log(line(p));
}

/** Merges this run into target/bench/browser.json (keyed by corpus size). */
function writeJson(entry) {
  const file = join(outDir, 'browser.json');
  let all = { runs: {} };
  try {
    all = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // First run, or an unreadable file: start a new record.
  }
  all.runs ??= {};
  all.runs[`${entry.corpus.requestedMb}MB${entry.corpus.source === 'seed copies' ? '' : ' real text'}`] = entry;
  writeFileSync(file, JSON.stringify(all, null, 2) + '\n');
  return file;
}

/**
 * dateline's tone tallies alone against npm `sentiment` (both tokenise each
 * document and tally the words of a lexicon, with negation): MB/s and the
 * ratio, or null when either run failed.
 */
function toneVersusSentiment(rows) {
  const tone = rows.find(r => r.contender === 'dateline wasm, tone tallies per article');
  const npm = rows.find(r => r.contender === 'npm sentiment');
  if (!tone || !npm) return null;
  const ratio = Math.round((100 * tone.mbPerS) / npm.mbPerS) / 100;
  return { ratio, text: `dateline ${tone.mbPerS.toFixed(1)} MB/s, npm sentiment ${npm.mbPerS.toFixed(1)} MB/s: ${ratio.toFixed(2)}x` };
}

/** The row of a failed run. */
function failedRow(r) {
  return { contender: r.label, error: r.error, problems: r.problems };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const url = await preparePage();
  const files = args.corpus ? folderCorpus(args.corpus, args.mb) : syntheticCorpus(readSeeds(root), args.mb);
  const source = args.corpus ? `real text (${args.corpus.replace(`${root}/`, '')})` : 'seed copies';
  const inputs = { files, entities: entityTerms(root), lexicon: vaderLexicon(root) };
  const bytes = totalBytes(files);
  const distinct = distinctWords(files);
  console.log(`corpus: ${source}, ${files.length} files, ${(bytes / MB).toFixed(2)} MB, ${distinct.toLocaleString('en')} distinct words; warm-up ${WARM_UP_MB} MB; page ${url}`);

  const browser = await chromium.launch({ executablePath: chromiumPath, args: FLAGS });
  try {
    const optWasm = join(pageDir, 'dateline.opt.wasm');
    const results = [];
    for (const c of CONTENDERS) {
      process.stdout.write(`running ${c.label}... `);
      const r = await measure(browser, url, inputs, c, optWasm);
      console.log(r.error ? `failed: ${r.error}` : `${r.ms.toFixed(0)} ms`);
      results.push(r);
    }
    let profile = null;
    if (args.profile) {
      const bgWasm = join(pageDir, 'dateline_bg.wasm');
      process.stdout.write('running dateline wasm before wasm-opt... ');
      const r = await measure(browser, url, inputs, { name: 'wasm', label: 'wasm (no wasm-opt)' }, bgWasm);
      console.log(r.error ? `failed: ${r.error}` : `${r.ms.toFixed(0)} ms`);
      results.push(r);
      profile = await profileWasm(browser, url, inputs, bgWasm);
    }

    const wasm = results.find(r => r.label === 'dateline wasm' && !r.error);
    const rows = results.filter(r => !r.error).map(r => figures(r, wasm));
    const failed = results.filter(r => r.error).map(failedRow);
    console.log(`\n${formatTable(rows)}`);
    for (const f of failed) console.log(`${f.contender}: FAILED: ${f.error}`);
    console.log(`\nwork done (check totals):\n${formatChecks(rows)}`);
    const likeForLike = toneVersusSentiment(rows);
    if (likeForLike) console.log(`\nthe tallying npm sentiment does: ${likeForLike.text}`);
    if (wasm?.init) console.log(`wasm compile+instantiate: ${wasm.init.compileMs.toFixed(1)} ms (${wasm.init.wasmBytes} bytes)`);
    const memoryNote = rows[0]?.memory.after.userAgentSpecificMemory;
    if (typeof memoryNote === 'string') console.log(`measureUserAgentSpecificMemory: ${memoryNote}`);
    if (profile) printProfile(profile);
    const entry = {
      date: new Date().toISOString(),
      corpus: { source, requestedMb: args.mb, files: files.length, bytes, mb: bytes / MB, distinctWords: distinct, warmUpMb: WARM_UP_MB },
      flags: FLAGS,
      versions: versions(browser),
      rows,
      failed,
      wasmInit: wasm?.init ?? null,
      toneVersusSentiment: likeForLike?.ratio ?? null,
      profile,
    };
    console.log(`\nwrote ${writeJson(entry)}`);
  } finally {
    await browser.close();
  }
}

await main();
