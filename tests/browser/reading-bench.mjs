// How fast the page reads web pages: the HTML reader module, as the page
// inlines it, compiled by the page (readerModule in www/core/engine.js) and run in a
// Web Worker started from a blob: URL with the reader's own glue — what a
// worker of the page does when your web pages arrive — over the dev set's
// pages and over a folder of them cycled to --mb MB. One worker, one core.
//   node reading-bench.mjs [--mb 100] [DEVSET]
// DEVSET: folders with source.html (default ../../../shared/devsets/
// readability-test-pages, or DATELINE_DEVSET). Prints pages/s and MB/s,
// the median of three runs after a warm-up run.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const args = process.argv.slice(2);
const mbAt = args.indexOf('--mb');
const mb = mbAt >= 0 ? Number(args[mbAt + 1]) : 100;
const devset = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--mb')
  || process.env.DATELINE_DEVSET || resolve(root, '..', 'shared', 'devsets', 'readability-test-pages');
if (!existsSync(devset)) {
  console.log(`reading benchmark (browser) skipped: no dev set at ${devset}`);
  process.exit(0);
}
const pages = readdirSync(devset).sort()
  .filter(d => existsSync(join(devset, d, 'source.html')))
  .map(d => ({ name: `${d}/source.html`, bytes: readFileSync(join(devset, d, 'source.html')) }));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(join(root, 'dist', 'dateline.html')).href);
  await page.waitForSelector('#status[data-state="ready"]');
  // The pages cross into the page a few at a time (base64), then into the
  // worker at once.
  await page.evaluate(() => { globalThis.benchPages = []; });
  for (let i = 0; i < pages.length; i += 10) {
    await page.evaluate(batch => {
      for (const p of batch) {
        const bin = atob(p.b64);
        const bytes = new Uint8Array(bin.length);
        for (let k = 0; k < bin.length; k++) bytes[k] = bin.charCodeAt(k);
        globalThis.benchPages.push({ name: p.name, bytes });
      }
    }, pages.slice(i, i + 10).map(p => ({ name: p.name, b64: p.bytes.toString('base64') })));
  }
  const result = await page.evaluate(async mb => {
    const module = await globalThis.datelineInternals.readerModule();
    const glue = document.getElementById('reader-glue').textContent;
    const worker = new Worker(URL.createObjectURL(new Blob([`${glue}
      self.onmessage = ({ data }) => {
        dateline_reader.initSync({ module: data.module });
        const run = list => {
          const t = performance.now();
          let n = 0;
          for (const p of list) n += dateline_reader.readForEngine(p.name, p.bytes).length > 0;
          return [performance.now() - t, n];
        };
        const timed = list => {
          run(list);
          const times = [run(list)[0], run(list)[0], run(list)[0]].sort((a, b) => a - b);
          return times;
        };
        const folder = [];
        let bytes = 0;
        while (bytes < data.mb * 1e6) {
          const p = data.pages[folder.length % data.pages.length];
          folder.push(p);
          bytes += p.bytes.length;
        }
        self.postMessage({ dev: timed(data.pages), folder: timed(folder), folderPages: folder.length, folderBytes: bytes });
      };`], { type: 'text/javascript' })));
    return new Promise((ok, fail) => {
      worker.onmessage = ev => { worker.terminate(); ok(ev.data); };
      worker.onerror = ev => fail(new Error(ev.message));
      worker.postMessage({ module, pages: globalThis.benchPages, mb });
    });
  }, mb);
  const devBytes = pages.reduce((s, p) => s + p.bytes.length, 0);
  const line = (label, n, bytes, [low, median, high]) => console.log(
    `HTML reading in the page (reader module, one worker), ${label}: ${n} pages, ${(bytes / 1e6).toFixed(1)} MB: `
    + `${median.toFixed(0)} ms (median of 3; ${low.toFixed(0)}-${high.toFixed(0)}), ${(n / median * 1e3).toFixed(0)} pages/s, `
    + `${(bytes / 1e6 / (median / 1e3)).toFixed(1)} MB/s, ${(median / n).toFixed(2)} ms/page`);
  line('dev set', pages.length, devBytes, result.dev);
  line(`${mb} MB folder of the dev set's pages`, result.folderPages, result.folderBytes, result.folder);
} finally {
  await browser.close();
}
