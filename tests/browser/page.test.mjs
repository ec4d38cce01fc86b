// Real-browser checks of dist/dateline.html opened from disk (file://) in
// Debian's Chromium through playwright-core, and a Firefox ESR screenshot as
// a second engine. Run by `./build.sh test`, which builds the page and the
// CLI first and passes DATELINE_BIN.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const page_path = join(root, 'dist', 'dateline.html');
const page_url = pathToFileURL(page_path).href;
const out = join(here, 'out');
const bin = process.env.DATELINE_BIN || join(root, 'target', 'debug', 'dateline');
const chromium_path = process.env.CHROMIUM || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

let browser;

before(async () => {
  assert.ok(existsSync(page_path), `${page_path} is missing: run ./build.sh first`);
  mkdirSync(out, { recursive: true });
  browser = await chromium.launch({ executablePath: chromium_path, args: FLAGS });
});

after(async () => {
  await browser?.close();
});

// Opens the page and records console errors, page errors and requests.
async function open(viewport = { width: 1200, height: 900 }, colorScheme = 'light') {
  const context = await browser.newContext({ viewport, colorScheme });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', m => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', e => problems.push(`page error: ${e.message}`));
  page.on('request', r => requests.push(r.url()));
  await page.goto(page_url);
  await page.waitForSelector('#status[data-state="ready"], #status[data-state="error"]', { timeout: 15000 });
  return { context, page, problems, requests };
}

test('the page lists the seed articles exactly as the CLI reads them', async () => {
  const cli = JSON.parse(execFileSync(bin, ['summary', '--json'], { encoding: 'utf8' }));
  const { context, page, problems, requests } = await open();
  try {
    const status = await page.textContent('#status');
    assert.equal(await page.getAttribute('#status', 'data-state'), 'ready', status);
    assert.match(status, new RegExp(`^Analysed ${cli.articles.length} articles in [0-9.]+ ms$`));
    const rows = await page.$$eval('#articles tbody tr', trs => trs.map(tr => ({
      id: tr.dataset.id,
      date: tr.dataset.date || null,
      words: Number(tr.dataset.words),
      title: tr.querySelector('.title').textContent,
      from: tr.querySelector('.from').className.replace('from from-', ''),
      shownDate: tr.querySelector('td').textContent,
    })));
    assert.equal(rows.length, 9);
    const byId = r => [...r].sort((a, b) => (a.id < b.id ? -1 : 1));
    assert.deepEqual(byId(rows.map(r => ({ id: r.id, date: r.date, words: r.words, title: r.title, from: r.from }))),
      byId(cli.articles.map(a => ({ id: a.id, date: a.date, words: a.words, title: a.title, from: a.date_source }))));
    assert.deepEqual(rows.map(r => r.shownDate), rows.map(r => r.date || 'undated'));
    const dates = rows.map(r => r.date);
    assert.deepEqual(dates, [...dates].sort(), 'the list is chronological');
    const line = await page.textContent('#corpus-line');
    assert.match(line, /^9 articles · \d+ days · [\d,]+ words · 0 undated$/);
    assert.deepEqual(problems, []);
    assert.deepEqual(requests, [page_url], 'the page requests nothing but itself');
    await page.screenshot({ path: join(out, 'chromium-1200.png'), fullPage: true });
  } finally {
    await context.close();
  }
});

test('narrow screens and the dark theme render without console errors', async () => {
  for (const [name, viewport, scheme] of [['375-light', { width: 375, height: 800 }, 'light'],
    ['1200-dark', { width: 1200, height: 900 }, 'dark']]) {
    const { context, page, problems } = await open(viewport, scheme);
    try {
      assert.equal(await page.getAttribute('#status', 'data-state'), 'ready');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${name}: the page is ${overflow}px wider than the window`);
      assert.deepEqual(problems, []);
      await page.screenshot({ path: join(out, `chromium-${name}.png`), fullPage: true });
    } finally {
      await context.close();
    }
  }
});

test('Firefox ESR renders the page from file:// to the ready state', { skip: !existsSync('/usr/bin/firefox-esr') && 'firefox-esr is not installed' }, () => {
  const shot = join(out, 'firefox.png');
  rmSync(shot, { force: true });
  const profile = join(out, 'firefox-profile');
  rmSync(profile, { recursive: true, force: true });
  mkdirSync(profile, { recursive: true });
  const run = spawnSync('/usr/bin/firefox-esr', ['--headless', '--no-remote', '--profile', profile,
    '--window-size=1000,700', '--screenshot', shot, page_url], { timeout: 90000, encoding: 'utf8' });
  assert.ok(existsSync(shot), `no screenshot: ${run.stderr}`);
  // The status dot turns --ok green (#1a7f37) only when the wasm analysis
  // finished; find a solid block of it in the screenshot.
  const png = PNG.sync.read(readFileSync(shot));
  let green = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
    if (Math.abs(r - 0x1a) <= 2 && Math.abs(g - 0x7f) <= 2 && Math.abs(b - 0x37) <= 2) green++;
  }
  assert.ok(green >= 50, `the ready indicator is not in Firefox's screenshot (${green} green pixels)`);
});
