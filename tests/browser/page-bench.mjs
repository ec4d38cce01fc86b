// The page benchmark (issue 6): dist/dateline.html opened from disk in
// headless Chromium, first the bundled corpus (first chart), then a folder
// of N MB — the first N MB of the text files under --corpus DIR (real
// text: ./build.sh bench gives tests/tools/realtext.py's), else copies of
// the seed pages — loaded through the folder picker, as a reader would.
// Figures, not assertions.
//
//   ./build.sh                         (once: dist/dateline.html)
//   cd tests/browser && node page-bench.mjs [--mb N] [--corpus DIR]   (default 100)
//
// Reports: first chart and first contentful paint for the bundled corpus;
// for the folder, the time from the start of the load to the analysed
// corpus on screen, the longest main-thread task and the number and total
// of tasks over 50 ms while loading (PerformanceObserver 'longtask'), the
// WebAssembly memory and the JS heap after. Writes
// target/bench/page-[real-]Nmb.json.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { MB, folderCorpus, readSeeds, syntheticCorpus, totalBytes } from './bench/corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const pagePath = join(root, 'dist', 'dateline.html');
const outDir = join(root, 'target', 'bench');
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info'];

/** `--mb N` and `--corpus DIR` from the command line. */
function parseArgs(argv) {
  const args = { mb: 100, corpus: null };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--mb' && Number(argv[i + 1]) > 0) args.mb = Number(argv[++i]);
    else if (argv[i] === '--corpus' && argv[i + 1]) args.corpus = resolve(argv[++i]);
    else throw new Error(`unknown option '${argv[i]}' (use: node page-bench.mjs [--mb N] [--corpus DIR])`);
  }
  return args;
}

/** The corpus as files in one folder (written once per size and source):
 * target/bench/page-corpus[-real]-Nmb/corpus, the folder the native
 * benchmark then reads too (the same files as the wasm). */
function corpusFolder(mb, from) {
  const dir = join(outDir, `page-corpus${from ? '-real' : ''}-${mb}mb`, 'corpus');
  const files = from ? folderCorpus(from, mb) : syntheticCorpus(readSeeds(root), mb);
  if (!existsSync(dir) || readdirSync(dir).length !== files.length) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    // Flat names: the folder picker reads one folder.
    for (const f of files) writeFileSync(join(dir, f.name.replace(/\//g, '_')), f.text);
  }
  return { dir, files: files.length, bytes: totalBytes(files) };
}

/** Records every long task of the page, from the start. */
function watchLongTasks() {
  globalThis.__longTasks = [];
  new PerformanceObserver(list => {
    for (const e of list.getEntries()) globalThis.__longTasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  // The page's JS heap at its largest, sampled every 50 ms.
  globalThis.__peakHeap = 0;
  setInterval(() => {
    if (performance.memory) globalThis.__peakHeap = Math.max(globalThis.__peakHeap, performance.memory.usedJSHeapSize);
  }, 50);
}

async function main() {
  const { mb, corpus: from } = parseArgs(process.argv.slice(2));
  if (!existsSync(pagePath)) throw new Error('dist/dateline.html is missing: run ./build.sh first');
  mkdirSync(outDir, { recursive: true });
  const corpus = corpusFolder(mb, from);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: FLAGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(watchLongTasks);
    const page = await context.newPage();
    page.on('console', m => { if (m.text().startsWith('TIMING')) console.log(m.text()); });
    await page.goto(pathToFileURL(pagePath).href);
    await page.waitForSelector('#status[data-state="ready"]');
    const start = await page.evaluate(() => ({
      firstChart: performance.getEntriesByName('dateline:first-chart')[0]?.startTime,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    }));
    await page.click('#load-details summary');
    await page.check('input[name="load-mode"][value="replace"]');
    const handedAt = Date.now();
    await page.setInputFiles('#folder-input', corpus.dir);
    await page.waitForFunction(() => /^(Loaded|Not loaded|Could not)/.test(document.getElementById('load-progress').textContent),
      null, { timeout: 20 * 60 * 1000, polling: 500 });
    const handOverMs = Date.now() - handedAt;
    const load = await page.evaluate(async () => {
      const at = name => performance.getEntriesByName(name).pop()?.startTime;
      const begin = at('dateline:load-start');
      const end = at('dateline:loaded');
      // Every task that ran while loading, the one that began it included.
      const during = globalThis.__longTasks.filter(t => t.start + t.ms >= begin && t.start <= (end ?? Infinity));
      return {
        message: document.getElementById('load-progress').textContent,
        loadMs: end && begin ? end - begin : null,
        longestTaskMs: Math.max(0, ...during.map(t => t.ms)),
        // A task that began before the load started is the browser setting
        // the picked files on the input, before any code of the page runs.
        longestPageTaskMs: Math.max(0, ...during.filter(t => t.start >= begin - 1).map(t => t.ms)),
        longTasks: during.length,
        longTaskTotalMs: during.reduce((s, t) => s + t.ms, 0),
        // Where the time went: the steps of the load and each long task,
        // in ms from its start.
        steps: Object.fromEntries(['files-read', 'analysis-start', 'entities-found', 'worker-done', 'reports', 'drawn', 'loaded']
          .map(n => [n, Math.round(at(`dateline:${n}`) - begin)])),
        tasks: during.map(t => [Math.round(t.start - begin), Math.round(t.ms)]),
        wasmMiB: (await globalThis.datelineWasmBytes()) / 1048576,
        pageWasmMiB: globalThis.datelinePageWasmBytes() / 1048576,
        // A folder read by two workers: both instances before the second
        // is stopped (the figure after the load misses the second).
        handOverWasmMiB: (globalThis.datelineTwoWorkersWasmBytes ?? 0) / 1048576,
        jsHeapMiB: performance.memory ? performance.memory.usedJSHeapSize / 1048576 : null,
        peakJsHeapMiB: globalThis.__peakHeap / 1048576,
      };
    });
    // What stands out in a period: the core's answer for each of the
    // first points of the chart (a day, week or month) and for their
    // first days, each asked alone; the first call also counts the
    // corpus's words, day by day, once.
    const keyness = [];
    const hits = await page.$$eval('#mentions-chart .day-hit', hs => hs.map(h => h.dataset.date));
    const days = await page.evaluate(() => [...new Set([...document.querySelectorAll('#articles tbody tr')].map(tr => tr.dataset.date).filter(Boolean))]);
    const periods = [...hits.slice(0, 6), ...days.slice(0, 5)];
    for (const label of periods) keyness.push(await page.evaluate(l => globalThis.datelineTimeCall('keywords', l, 15), label));
    load.keyness = { periods, ms: keyness };
    const entry = { mb, source: from ? 'real text' : 'seed copies', files: corpus.files, bytes: corpus.bytes, chromium: browser.version(), bundled: start, handOverMs, ...load };
    console.log(`bundled corpus: first chart on screen ${Math.round(start.fcp)} ms (first contentful paint: the chart drawn at build time), the engine's live chart in the page ${Math.round(start.firstChart)} ms`);
    console.log(`${mb} MB folder (${corpus.files} files, ${from ? 'real text' : 'seed copies'}): ${load.message}`);
    console.log(`  load (read files + analyse + draw): ${Math.round(load.loadMs)} ms = ${(corpus.bytes / MB / (load.loadMs / 1000)).toFixed(1)} MB/s`);
    console.log(`  longest main-thread task: ${Math.round(load.longestTaskMs)} ms; ${load.longTasks} tasks over 50 ms, ${Math.round(load.longTaskTotalMs)} ms in all`);
    console.log(`  longest task from the load's start (the page's own code): ${Math.round(load.longestPageTaskMs)} ms`);
    console.log(`  steps (ms from the start): ${Object.entries(load.steps).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    const discovery = load.steps['entities-found'] - load.steps['analysis-start'];
    console.log(`  entity discovery in the worker (the corpus put together, its names found): ${discovery} ms, ${(100 * discovery / (load.loadMs - discovery)).toFixed(0)}% added to the rest of the load`);
    console.log(`  tasks over 50 ms (start, length): ${load.tasks.map(([s, ms]) => `${s}+${ms}`).join(', ') || 'none'}`);
    console.log(`  memory after: wasm ${load.wasmMiB.toFixed(0)} MiB (the page's and the worker's; it only grows), JS heap ${load.jsHeapMiB?.toFixed(0)} MiB, at most ${load.peakJsHeapMiB.toFixed(0)} MiB (corpus ${(corpus.bytes / 1048576).toFixed(0)} MiB)`);
    if (load.handOverWasmMiB) console.log(`  two workers: their wasm before the second stopped ${load.handOverWasmMiB.toFixed(0)} MiB (the page's own instance: ${load.pageWasmMiB.toFixed(0)} MiB)`);
    const peakWasm = Math.max(load.wasmMiB, load.handOverWasmMiB + load.pageWasmMiB);
    console.log(`  peak memory ≤ largest wasm + largest JS heap = ${((peakWasm + load.peakJsHeapMiB) / (corpus.bytes / 1048576)).toFixed(2)}× the corpus`);
    const median = list => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
    console.log(`  what stands out in a period: first call ${Math.round(keyness[0])} ms (it counts the corpus's words by day, once); then a chart point (${hits.slice(1, 6).join(', ')}) median ${Math.round(median(keyness.slice(1, 6)))} ms (${keyness.slice(1, 6).map(Math.round).join(', ')}); a day (${days.slice(0, 5).join(', ')}) median ${Math.round(median(keyness.slice(6)))} ms (${keyness.slice(6).map(Math.round).join(', ')})`);
    console.log(`  (playwright handing the folder to the page took ${(handOverMs / 1000).toFixed(1)} s in all, the load included)`);
    const out = `page-${from ? 'real-' : ''}${mb}mb.json`;
    writeFileSync(join(outDir, out), `${JSON.stringify(entry, null, 2)}\n`);
    console.log(`wrote target/bench/${out}`);
  } finally {
    await browser.close();
  }
}

main().catch(e => { console.error(e); process.exit(1); });
