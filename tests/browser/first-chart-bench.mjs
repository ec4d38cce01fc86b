// The first-chart benchmark (issue 4): dist/dateline.html with its bundled
// corpus opened from disk in headless Chromium, a fresh browser context per
// load, as a reader opening the file. Figures, not assertions.
//
//   ./build.sh                                    (once: dist/dateline.html)
//   cd tests/browser && node first-chart-bench.mjs [--loads N]   (default 15)
//
// Reports, in ms after navigation, the median, the fastest and the slowest:
// - on screen: first contentful paint, whose frame holds the chart drawn at
//   build time (in the page at "parsed");
// - live: the engine's own chart in the page, and its frame;
// - complete: every view drawn and wired.
// Writes target/bench/first-chart.json.
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const pagePath = join(root, 'dist', 'dateline.html');
const outDir = join(root, 'target', 'bench');
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

const at = process.argv.indexOf('--loads');
const loads = at > 0 ? Number(process.argv[at + 1]) : 15;
if (!Number.isInteger(loads) || loads < 1) throw new Error('--loads takes a whole number');
if (!existsSync(pagePath)) throw new Error('dist/dateline.html is missing: run ./build.sh first');

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: FLAGS });
const runs = [];
try {
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(pagePath).href);
    await page.waitForFunction(() => performance.getEntriesByName('dateline:complete').length > 0, null, { timeout: 20000 });
    runs.push(await page.evaluate(() => {
      const mark = name => performance.getEntriesByName(`dateline:${name}`)[0]?.startTime;
      return {
        onScreen: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        parsed: mark('first-chart-parsed'),
        live: mark('first-chart'),
        liveFrame: mark('first-chart-painted'),
        complete: mark('complete'),
      };
    }));
    await context.close();
  }
} finally {
  await browser.close();
}

const stats = {};
for (const key of Object.keys(runs[0])) {
  const v = runs.map(r => r[key]).sort((a, b) => a - b);
  stats[key] = { median: Math.round(v[Math.floor(v.length / 2)]), min: Math.round(v[0]), max: Math.round(v[v.length - 1]) };
}
const line = key => `${stats[key].median} ms (${stats[key].min}–${stats[key].max})`;
console.log(`first chart, bundled corpus, ${loads} loads, median (fastest–slowest) after navigation:`);
console.log(`  on screen (first contentful paint, the chart drawn at build time): ${line('onScreen')}; in the page at ${line('parsed')}`);
console.log(`  the engine's live chart in the page: ${line('live')}, its frame ${line('liveFrame')}`);
console.log(`  every view drawn and wired: ${line('complete')}`);
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'first-chart.json'), `${JSON.stringify({ loads, stats, runs }, null, 2)}\n`);
