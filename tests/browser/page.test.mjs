// Real-browser checks of dist/dateline.html opened from disk (file://) in
// Debian's Chromium through playwright-core, and a Firefox ESR screenshot as
// a second engine. Run by `./build.sh test`, which builds the page and the
// CLI first and passes DATELINE_BIN. Screenshots go to target/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import firefox from 'puppeteer-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const page_path = join(root, 'dist', 'dateline.html');
const page_url = pathToFileURL(page_path).href;
const shots = join(root, 'target', 'screenshots');
const bin = process.env.DATELINE_BIN || join(root, 'target', 'debug', 'dateline');
const chromium_path = process.env.CHROMIUM || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

const cli = args => JSON.parse(execFileSync(bin, [...args, '--json'], { encoding: 'utf8' }));
// The bundled corpus's event a presentation starts at (its index): the
// first on or after the first article's day.
const presentStart = () => {
  const first = cli(['summary']).articles.map(a => a.date).filter(Boolean).sort()[0];
  return cli(['events']).events.findIndex(e => e.date >= first.slice(0, e.date.length));
};
let browser;

before(async () => {
  assert.ok(existsSync(page_path), `${page_path} is missing: run ./build.sh first`);
  mkdirSync(shots, { recursive: true });
  browser = await chromium.launch({ executablePath: chromium_path, args: FLAGS });
});

after(async () => {
  await browser?.close();
});

// Files you load are analysed in a worker, and the views of that corpus
// are drawn from its answers, a moment after the action that asked. After
// each action the tests wait until no call to the core is outstanding
// (globalThis.datelinePending, kept by the page).
function settle(page) {
  return page.waitForFunction(() => globalThis.datelinePending === 0);
}

function settling(page) {
  for (const name of ['click', 'check', 'selectOption', 'fill', 'press', 'setInputFiles', 'focus', 'hover', 'goBack', 'goForward', 'evaluate', 'reload', 'goto', 'dispatchEvent']) {
    const action = page[name].bind(page);
    page[name] = async (...args) => {
      const result = await action(...args);
      await settle(page);
      return result;
    };
  }
  const press = page.keyboard.press.bind(page.keyboard);
  page.keyboard.press = async (...args) => {
    const result = await press(...args);
    await settle(page);
    return result;
  };
  return page;
}

// Waits until the page runs `n` workers: those it started and has not
// stopped (Worker.terminate). Chromium's own list (page.workers()) drops a
// stopped worker some time after; on a busy machine (CI, after a 65 MB file
// was dropped) that took more than 15 s once, so it is not what is checked.
async function waitForWorkers(page, n) {
  const live = () => page.evaluate(() => globalThis.datelineWorkers);
  for (let i = 0; i < 300 && await live() !== n; i++) await new Promise(r => setTimeout(r, 50));
  assert.equal(await live(), n, `${n} workers expected`);
}

// The requests that read something: the page's own blob: URL (the script
// of the worker that analyses loaded files, made in memory) reads nothing.
function fetched(requests) {
  return requests.filter(u => !u.startsWith('blob:'));
}

// Opens the page and records console errors, page errors and requests.
async function open(viewport = { width: 1280, height: 900 }, colorScheme = 'light', init = null) {
  // (`hasTouch` with the size: a phone's touch screen.)
  const { hasTouch = false, ...size } = viewport;
  const context = await browser.newContext({ viewport: size, colorScheme, hasTouch });
  if (init) await context.addInitScript(init);
  const page = settling(await context.newPage());
  const problems = [];
  const requests = [];
  page.on('console', m => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', e => problems.push(`page error: ${e.message}`));
  page.on('request', r => requests.push(r.url()));
  await page.goto(page_url);
  await page.waitForSelector('#status[data-state="ready"], #status[data-state="error"]', { timeout: 15000 });
  return { context, page, problems, requests };
}

async function withPage(fn, viewport, scheme, init) {
  const t = await open(viewport, scheme, init);
  try {
    await fn(t);
  } finally {
    await t.context.close();
  }
}

test('the page lists the seed articles exactly as the CLI reads them, and loads nothing', () => withPage(async ({ page, problems, requests }) => {
  const summary = cli(['summary']);
  const status = await page.textContent('#status');
  assert.equal(await page.getAttribute('#status', 'data-state'), 'ready', status);
  assert.match(status, new RegExp(`^Analysed ${summary.articles.length} articles in [0-9.]+ ms$`));
  const rows = await page.$$eval('#articles tbody tr', trs => trs.map(tr => ({
    id: tr.dataset.id,
    date: tr.dataset.date || null,
    words: Number(tr.dataset.words),
    title: tr.querySelector('.title').textContent,
    from: tr.querySelector('.from').className.replace('from from-', ''),
  })));
  const byId = r => [...r].sort((a, b) => (a.id < b.id ? -1 : 1));
  assert.deepEqual(byId(rows), byId(summary.articles.map(a => ({ id: a.id, date: a.date, words: a.words, title: a.title, from: a.date_source }))));
  const dates = rows.map(r => r.date);
  assert.deepEqual(dates, [...dates].sort(), 'the list is chronological');
  assert.match(await page.textContent('#corpus-line'), /^9 articles · 7 days · [\d,]+ words · 0 undated$/);
  assert.deepEqual(problems, []);
  assert.deepEqual(requests, [page_url], 'the page requests nothing but itself');
  const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map(m => [m.name, m.startTime])));
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
  const ms = name => Math.round(marks[`dateline:${name}`]);
  // The first paint shows the chart the build drew (it is in the page from
  // the start: see the next test); the engine then draws it live.
  console.log(`first chart on screen ${Math.round(fcp)} ms after navigation (first contentful paint; the chart drawn at build time was in the page at ${ms('first-chart-parsed')} ms); the engine's live chart in the page at ${ms('first-chart')} ms (engine started ${ms('engine-start')}, inflated ${ms('inflated')}, analysed ${ms('analysed')}), its frame at ${ms('first-chart-painted')} ms; all views at ${ms('complete')} ms`);
  await page.screenshot({ path: join(shots, 'page-1280.png'), fullPage: true });
}));

// The page holds its first chart from the start, drawn by the engine when
// the page was built, for a wide and a narrow window, in the light theme
// with CSS for the dark one, with what stands above it (the corpus line, the
// chips) and its legend; the engine then draws them all live. The page
// without JavaScript shows exactly what the build wrote: it must be what the
// engine draws — the same SVG (without the live chart's day hit areas), the
// same chips, legend and corpus line, and in the dark theme the same colours,
// element by element — and the chart must not move when the engine is done.
const withoutHits = svg => svg.replace(/<g class="hits">[^]*?<\/g>/, '');
// What stands first in the page: the chart (the copy drawn at build time
// that is shown, if any, else the live one), chips, legend, corpus line,
// and where the chart is in its panel (the header differs without
// JavaScript: a note in place of the status line).
const firstViews = page => page.evaluate(() => {
  const box = document.getElementById('mentions-chart');
  const copies = [...box.querySelectorAll(':scope > .prerendered')];
  const shown = copies.find(d => getComputedStyle(d).display !== 'none');
  return {
    chart: copies.length ? (shown ? shown.innerHTML.replace(/mentions-chart-(title|desc)-narrow/g, 'mentions-chart-$1') : null) : box.innerHTML,
    chips: document.getElementById('chips').innerHTML,
    legend: document.getElementById('mentions-legend').innerHTML,
    line: document.getElementById('corpus-line').textContent,
    about: document.getElementById('corpus-about').textContent,
    chartTop: Math.round(box.getBoundingClientRect().top - document.getElementById('mentions-section').getBoundingClientRect().top),
  };
});
// The page as the build wrote it: JavaScript off.
async function builtViews(url, viewport, colorScheme) {
  const context = await browser.newContext({ viewport, colorScheme, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url);
  return { context, page, ...await firstViews(page) };
}
// The same once the engine has drawn them.
async function liveViews(url, viewport, colorScheme) {
  const context = await browser.newContext({ viewport, colorScheme });
  const problems = [];
  try {
    const page = await context.newPage();
    page.on('console', m => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', e => problems.push(`page error: ${e.message}`));
    await page.goto(url);
    await page.waitForSelector('#status[data-state="ready"]', { timeout: 15000 });
    assert.deepEqual(problems, []);
    const v = await firstViews(page);
    assert.match(v.chart, /class="day-hit"/, 'the live chart has its hit areas');
    return { ...v, chart: withoutHits(v.chart) };
  } finally {
    await context.close();
  }
}
// Where the build drew a copy for the window, it is what the engine draws:
// the same SVG in a window of the width it was drawn for, else the same
// chart at another size (its title and description: series, period and
// number of points).
async function sameFirstViews(url, viewport, label) {
  const b = await builtViews(url, viewport, 'light');
  await b.context.close();
  const l = await liveViews(url, viewport, 'light');
  for (const key of ['chips', 'legend', 'line', 'about', 'chartTop']) {
    assert.equal(b[key], l[key], `${label}: the ${key} written at build time is the live one`);
  }
  const width = svg => svg.match(/^<svg width="(\d+)"/)[1];
  const about = svg => svg.match(/<title[^]*<\/desc>/)[0];
  if (b.chart === null) return b;
  if (width(b.chart) === width(l.chart)) assert.equal(b.chart, l.chart, `${label}: the chart drawn at build time is the live one`);
  else assert.equal(about(b.chart), about(l.chart), `${label}: the chart drawn at build time is the live one at another width`);
  return b;
}

test('the first chart, drawn at build time, is the chart the engine draws live, wide and narrow, light and dark', async () => {
  for (const [name, viewport, width] of [['wide', { width: 1280, height: 900 }, 1150], ['narrow', { width: 375, height: 800 }, 317]]) {
    const b = await sameFirstViews(page_url, viewport, name);
    assert.ok(b.chart?.startsWith(`<svg width="${width}"`), `the ${name} chart drawn at build time is shown`);
    assert.match(b.line, /^9 articles · 7 days · [\d,]+ words · 0 undated$/);
  }
  // Dark: each element's computed fill and stroke in the page without
  // JavaScript (the CSS of the build) equal the colours the engine gives
  // it in the dark theme.
  for (const [name, viewport] of [['wide', { width: 1280, height: 900 }], ['narrow', { width: 375, height: 800 }]]) {
    const darkLive = (await liveViews(page_url, viewport, 'dark')).chart;
    const { context, page } = await builtViews(page_url, viewport, 'dark');
    try {
      const seen = await page.evaluate(([source, name]) => {
        const rgb = v => {
          if (!v || v === 'none' || v === 'transparent') return v || null;
          const n = parseInt(v.slice(1), 16);
          return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
        };
        const expected = new DOMParser().parseFromString(source, 'image/svg+xml').documentElement.querySelectorAll('*');
        const shown = document.querySelector(`.prerendered.${name} svg`).querySelectorAll('*');
        const out = { count: [expected.length, shown.length], differ: [], painted: 0 };
        shown.forEach((el, i) => {
          const want = expected[i];
          for (const prop of ['fill', 'stroke']) {
            if (!want.hasAttribute(prop)) continue;
            const got = getComputedStyle(el)[prop];
            const w = rgb(want.getAttribute(prop));
            if (w.startsWith('rgb')) out.painted++;
            if (got !== w) out.differ.push(`${el.tagName} ${prop}: ${got}, not ${w}`);
          }
        });
        return out;
      }, [darkLive, name]);
      assert.equal(seen.count[0], seen.count[1], 'the same elements');
      assert.ok(seen.painted > 50, `colours compared: ${seen.painted}`);
      assert.deepEqual(seen.differ.slice(0, 5), []);
      // Without JavaScript the page says what it needs.
      assert.match(await page.textContent('header'), /allow JavaScript to explore them/);
      assert.equal(await page.isVisible('#status'), false);
      assert.equal(Math.round((await page.locator(`.prerendered.${name} svg`).boundingBox()).height), 250);
      await page.screenshot({ path: join(shots, `no-javascript-dark-${name}.png`) });
    } finally {
      await context.close();
    }
  }
});

// The engine needs WebAssembly SIMD: a browser without it (made here by
// a validate() that says no) is told so, and nothing else breaks.
test('a browser without WebAssembly SIMD gets a clear message', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(() => { WebAssembly.validate = () => false; });
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', e => pageErrors.push(e.message));
    await page.goto(page_url);
    await page.waitForSelector('#status[data-state="error"]', { timeout: 15000 });
    assert.match(await page.textContent('#status'), /^Could not start the analysis: this browser lacks WebAssembly SIMD, which the engine needs \(Chrome or Edge 91 or later, Firefox 89, Safari 16\.4\)$/);
    assert.deepEqual(pageErrors, [], 'no uncaught error');
    // The chart drawn when the page was built stays; its chips say they
    // do nothing.
    assert.ok(await page.isVisible('#mentions-chart .prerendered.wide svg'));
    assert.ok(await page.locator('#chips button').count() > 4);
    assert.equal(await page.locator('#chips button:enabled').count(), 0);
    await page.screenshot({ path: join(shots, 'no-simd.png') });
  } finally {
    await context.close();
  }
});

test('each chart has its series and days, and the numbers equal the CLI', () => withPage(async ({ page, problems }) => {
  const counts = cli(['counts']);
  const series = await page.$$eval('#mentions-legend [data-term]', s => s.map(x => x.dataset.term));
  assert.equal(series.length, 4, 'four series to start with');
  assert.ok(series.includes('Gustavo Petro') && series.includes('Donald Trump'), series.join());
  assert.equal(await page.locator('#mentions-chart .day-hit').count(), counts.days.length);
  assert.ok(await page.locator('#mentions-chart svg polyline').count() >= 4, 'one line per series');
  assert.match(await page.getAttribute('#mentions-chart svg', 'aria-labelledby'), /mentions-chart-title/);
  const cells = await page.$$eval('#mentions-table td[data-term]', tds => tds.map(td => ({
    date: td.parentElement.dataset.date, term: td.dataset.term,
    count: Number(td.dataset.count), per: Number(td.dataset.per10k), share: Number(td.dataset.share),
  })));
  assert.equal(cells.length, counts.days.length * 4);
  for (const c of cells) {
    const day = counts.days.find(d => d.date === c.date);
    assert.equal(c.count, day.counts[c.term], `${c.date} ${c.term}`);
    assert.ok(Math.abs(c.per - day.per_10k[c.term]) < 1e-9);
    assert.ok(Math.abs(c.share - day.article_share[c.term]) < 1e-9);
  }
  // The articles table: each article's mentions of the four series.
  const mentions = await page.$$eval('#articles tbody tr', trs => trs.map(tr => [tr.dataset.id, Number(tr.querySelector('td.mentions').textContent)]));
  assert.equal(mentions.length, counts.articles.length);
  for (const [id, n] of mentions) {
    const a = counts.articles.find(x => x.id === id);
    assert.equal(n, series.reduce((sum, t) => sum + a.counts[t], 0), id);
  }
  // The contexts count every occurrence of the series.
  const first = await page.inputValue('#kwic-term');
  const total = counts.articles.reduce((sum, a) => sum + a.counts[first], 0);
  assert.equal(await page.textContent('#kwic-count'), `${total} occurrences of ${first}`);
  const sentiment = cli(['sentiment']);
  const labels = await page.$$eval('#sentiment-chart .day-hit', hs => hs.map(h => h.getAttribute('aria-label')));
  assert.equal(labels.length, sentiment.days.length);
  for (const d of sentiment.days) {
    assert.ok(labels.includes(`${d.date}: positive ${d.positive}, negative ${d.negative}, net ${d.net >= 0 ? '+' : ''}${d.net.toFixed(2)}`), `${d.date}: ${labels.join(' | ')}`);
  }
  const table = await page.$$eval('#sentiment-table tbody tr', trs => trs.map(tr => [tr.dataset.date,
    ...[...tr.querySelectorAll('td[data-key]')].map(td => Number(td.dataset.value))]));
  assert.deepEqual(table, sentiment.days.map(d => [d.date, d.positive, d.negative, d.net]), 'the data table alternative');
  // The words behind the tone: ten, and the others one click away, not
  // cut silently.
  for (const side of ['positive', 'negative']) {
    const box = `#drivers [data-side="${side}"]`;
    assert.equal(await page.locator(`${box} > ol > li`).count(), 10, side);
    const more = await page.locator(`${box} details.drivers-more li`).count();
    assert.ok(more > 0, side);
    assert.equal(await page.textContent(`${box} details.drivers-more summary`), `${more} more`);
  }
  await page.click('[data-lens="diplomacy"]');
  const dip = await page.$$eval('#sentiment-chart .day-hit', hs => hs.map(h => h.getAttribute('aria-label')));
  assert.ok(dip.every(l => /cooperation \d+, conflict \d+/.test(l)), dip.join());
  const events = cli(['events']);
  assert.equal(await page.locator('#events > li').count(), events.events.length);
  assert.ok(await page.locator('#timeline-chart svg circle').count() > 5, 'event days are marked');
  // The strip's marks in its breaks and at its ends are explained under it.
  assert.match(await page.textContent('#timeline-hint'), /“\+N” counts the days with events in the break/);
  assert.deepEqual(problems, []);
}));

test('a note of the events strip lists the events it counts', () => withPage(async ({ page, problems }) => {
  const events = cli(['events']).events;
  // A day selected first: the note shows every day's events again.
  await page.click('#mentions-chart .day-hit[data-date="2026-01-07"]');
  assert.equal(await page.textContent('#day-label'), 'Showing 2026-01-07');
  const notes = await page.$$eval('#timeline-chart .note-hit', hs => hs.map(h => [h.dataset.event, h.getAttribute('aria-label'), h.dataset.last]));
  assert.ok(notes.length > 0, 'the bundled corpus has events off its axis');
  const [index, label] = notes[notes.length - 1];
  assert.match(label, /: list the events (before|after|between) /);
  await page.focus(`#timeline-chart .note-hit[data-event="${index}"]`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#events > li.target');
  assert.equal(await page.textContent('#day-label'), 'All days');
  assert.equal(await page.locator('#events > li').count(), events.length);
  const target = await page.$eval('#events > li.target', li => [[...li.parentNode.children].indexOf(li), li.dataset.date, document.activeElement === li]);
  assert.deepEqual(target, [Number(index), events[Number(index)].date, true], 'the first event it counts, focused');
  // Every event it counts is marked, from the first to the last.
  const last = Number(notes[notes.length - 1][2]);
  const marked = await page.$$eval('#events > li', lis => lis.map((li, i) => li.classList.contains('target') ? i : -1).filter(i => i >= 0));
  assert.deepEqual(marked, Array.from({ length: last - Number(index) + 1 }, (_, k) => Number(index) + k));
  // The first note (at the other end, or a break) moves the mark.
  const [first] = notes;
  await page.click(`#timeline-chart .note-hit[data-event="${first[0]}"]`);
  await page.waitForFunction(i => document.querySelector('#events > li.target') === document.querySelectorAll('#events > li')[i], Number(first[0]));
  assert.equal(await page.locator('#events > li.target').count(), Number(first[2]) - Number(first[0]) + 1);
  assert.deepEqual(problems, []);
}));

test('selecting a day filters events, articles and contexts; all days undoes it', () => withPage(async ({ page, problems }) => {
  // The reader opens on the latest article (2026-01-11); selecting a day
  // takes it to that day's article.
  assert.match(await page.textContent('#reader .byline'), /^2026-01-11 /);
  await page.click('#mentions-chart .day-hit[data-date="2026-01-07"]');
  assert.equal(await page.textContent('#day-label'), 'Showing 2026-01-07');
  const dates = await page.$$eval('#articles tbody tr', trs => trs.map(t => t.dataset.date));
  assert.deepEqual(dates, ['2026-01-07']);
  assert.match(await page.textContent('#reader .byline'), /^2026-01-07 /, 'the reader follows the selected day');
  // And the link says so: a reload shows that article, not the one read before.
  const read = new URLSearchParams((await page.evaluate(() => location.hash)).slice(1)).get('read');
  assert.match(await page.textContent('#reader .byline'), new RegExp(` · ${read.replace(/[.#]/g, '\\$&')} · `), `read=${read}`);
  // A click on a date under the axis selects that day too.
  const label = page.locator('#mentions-chart svg text', { hasText: /^\s*Jan 8\s*$/ }).first();
  const at = await label.boundingBox();
  await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2);
  assert.equal(await page.textContent('#day-label'), 'Showing 2026-01-08');
  await page.click('#mentions-chart .day-hit[data-date="2026-01-07"]');
  // The list counts the day's events as the strip does, in the same words.
  for (const date of await page.$$eval('#timeline-chart .day-hit', hs => hs.map(h => h.dataset.date))) {
    if (await page.textContent('#day-label') !== `Showing ${date}`) await page.click(`#timeline-chart .day-hit[data-date="${date}"]`);
    const strip = await page.getAttribute(`#timeline-chart .day-hit[data-date="${date}"]`, 'aria-label');
    assert.equal(await page.textContent('#events-count'), strip, date);
    const listed = await page.locator('#events > li').count();
    const inside = Number(strip.match(/: (\d+) events?/)[1]);
    const around = [...strip.matchAll(/(\d+) of its/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    assert.equal(listed, inside + around, `${date}: ${strip}`);
  }
  // 2026-01-07 as the CLI's events give it: the day's own events, then
  // those of its week (2026-W02), month and year.
  const all = cli(['events']).events;
  const n = (p, d) => all.filter(e => e.precision === p && e.date === d).length;
  const more = [['week', '2026-W02'], ['month', '2026-01'], ['year', '2026']].filter(([p, d]) => n(p, d)).map(([p, d]) => `${n(p, d)} of its ${p}`);
  await page.click('#mentions-chart .day-hit[data-date="2026-01-07"]');
  assert.equal(await page.textContent('#day-label'), 'Showing 2026-01-07');
  assert.ok(more.length > 0, 'the day has events of a longer period');
  assert.equal(await page.textContent('#events-count'), `2026-01-07: ${n('day', '2026-01-07')} events, and ${more.join(' and ')}`);
  const evs = await page.$$eval('#events > li', lis => lis.map(l => [l.dataset.date, l.dataset.precision]));
  assert.ok(evs.length > 0);
  for (const [d, p] of evs) assert.ok(d === '2026-01-07' || (p !== 'day' && '2026-01-07'.startsWith(d.slice(0, 4))), `${d} ${p}`);
  // The day's own events come first, then those of its week, month, year.
  const own = evs.findIndex(([, p]) => p !== 'day');
  assert.ok(own > 0 && evs.slice(own).every(([, p]) => p !== 'day'), `own events first: ${JSON.stringify(evs)}`);
  assert.match(await page.textContent('#kwic-count'), /on 2026-01-07$/);
  // The day is marked on every chart.
  for (const id of ['mentions-chart', 'sentiment-chart', 'timeline-chart']) {
    const svg = await page.innerHTML(`#${id}`);
    assert.ok(svg.includes('#FDF0C2') || svg.includes('#fdf0c2'), `${id} marks the selected day`);
  }
  await page.click('#all-days');
  assert.equal(await page.textContent('#day-label'), 'All days');
  assert.equal(await page.locator('#articles tbody tr').count(), 9);
  // Keyboard: focus a day and press Enter.
  await page.focus('#sentiment-chart .day-hit[data-date="2026-01-05"]');
  assert.equal(await page.isVisible('#tooltip'), true, 'focus shows the numbers');
  await page.keyboard.press('Enter');
  assert.equal(await page.textContent('#day-label'), 'Showing 2026-01-05');
  assert.deepEqual(problems, []);
}));

test('a selected day without the series in context shows the series it mentions most, and says so', () => withPage(async ({ page, problems }) => {
  assert.equal(await page.inputValue('#kwic-term'), 'Gustavo Petro');
  // 2026-01-11 names the United States once, Gustavo Petro never.
  await page.click('#mentions-chart .day-hit[data-date="2026-01-11"]');
  await page.waitForFunction(() => document.querySelector('#kwic-count').textContent.includes('2026-01-11'));
  assert.equal(await page.textContent('#kwic-count'), '1 occurrence of United States on 2026-01-11 (none of Gustavo Petro then)');
  assert.equal(await page.inputValue('#kwic-term'), 'United States');
  assert.equal(await page.locator('#kwic .kwic-line').count(), 1);
  // With none of the series shown mentioned that day, the corpus's name
  // mentioned most on it, as the CLI counts it, and a choice for it.
  await page.click('#all-days');
  for (const t of await page.$$eval('.chip[aria-pressed="true"]', cs => cs.map(c => c.dataset.term))) {
    if (t !== 'Gustavo Petro') await page.click(`.chip[data-term="${t}"]`);
  }
  await page.selectOption('#kwic-term', 'Gustavo Petro');
  const day = cli(['counts', '--entities']).days.find(d => d.date === '2026-01-11');
  const [name, n] = Object.entries(day.counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  assert.ok(!day.counts['Gustavo Petro'] && n > 1, JSON.stringify(day.counts));
  await page.click('#mentions-chart .day-hit[data-date="2026-01-11"]');
  await page.waitForFunction(() => document.querySelector('#kwic-count').textContent.includes('2026-01-11'));
  assert.equal(await page.textContent('#kwic-count'), `${n} occurrences of ${name} on 2026-01-11 (none of Gustavo Petro then)`);
  assert.equal(await page.inputValue('#kwic-term'), name);
  assert.equal(await page.locator('#kwic .kwic-line').count(), n);
  assert.deepEqual(problems, []);
}));

test('a selected day shows the words and names that stand out, as the CLI lists them, each a way into its contexts', () => withPage(async ({ page, problems }) => {
  assert.ok(await page.isHidden('#keywords-section'), 'no period selected, no panel');
  await page.click('#mentions-chart .day-hit[data-date="2026-01-08"]');
  assert.equal(await page.textContent('#keywords-heading'), 'What stands out on 2026-01-08');
  const cli_kw = cli(['keywords', '--day', '2026-01-08']);
  const shown = await page.$$eval('#keywords-words tbody tr', trs => trs.map(tr => [...tr.children].map(td => td.textContent)));
  assert.equal(shown.length, 15);
  shown.forEach(([term, here, rest, , , g], i) => {
    const k = cli_kw.keywords[i];
    assert.deepEqual([term, Number(here), Number(rest), g], [k.term, k.count, k.rest, k.log_likelihood.toFixed(1)]);
  });
  const names = await page.$$eval('#keywords-names tbody tr td:first-child', tds => tds.map(td => td.textContent));
  assert.deepEqual(names, cli_kw.names.slice(0, 15).map(k => k.term));
  // A word opens its contexts on that day (it becomes a query).
  await page.click('#keywords-words button[data-keyword="call"]');
  assert.equal(await page.textContent('#kwic-count'), `${cli_kw.keywords.find(k => k.term === 'call').count} occurrences of call on 2026-01-08`);
  assert.equal(await page.getAttribute('.chip[data-term="call"]', 'aria-pressed'), 'true');
  await page.locator('#keywords-section').screenshot({ path: join(shots, 'keywords.png') });
  // All days: the panel goes.
  await page.click('#all-days');
  assert.ok(await page.isHidden('#keywords-section'));
  assert.deepEqual(problems, []);
}));

test('the reader highlights mentions and tone words; an event opens it at its sentence', () => withPage(async ({ page, problems }) => {
  // An event's source is named by its article's title, its file id aside.
  const source = page.locator('#events button[data-article="001_d64706cff6155e23.txt#1"]').first();
  assert.match(await source.textContent(), /^read “Petro–Trump Phone Call/);
  assert.equal(await source.getAttribute('title'), '001_d64706cff6155e23.txt#1');
  await source.click();
  assert.match(await page.textContent('#reader h3'), /Petro–Trump Phone Call/);
  const entities = await page.$$eval('#reader .m-entity', s => s.map(x => x.dataset.label));
  assert.ok(entities.includes('Gustavo Petro') && entities.includes('Donald Trump'), entities.join());
  const foolish = page.locator('#reader .m-negative.m-negated', { hasText: 'foolish' });
  assert.equal(await foolish.count(), 1, '"is not foolish" is a negated negative');
  assert.equal(await page.locator('#reader p.focus').count(), 1, 'the event sentence is marked');
  // The key names the Spanish words left untallied only where the article
  // has some.
  const spanish = await page.locator('#reader span.m-spanish[data-label]').count();
  assert.equal(await page.locator('#reader .reader-key .m-spanish').count(), spanish ? 1 : 0, `${spanish} Spanish words`);
  // Contexts for the selected term; sorting keeps every line.
  const before = await page.locator('#kwic .kwic-line').count();
  assert.ok(before > 50, `${before} contexts of Gustavo Petro`);
  await page.selectOption('#kwic-sort', 'right');
  assert.equal(await page.locator('#kwic .kwic-line').count(), before);
  assert.deepEqual(problems, []);
}));

test('the query box adds a series counted like the CLI; a bad query is explained', () => withPage(async ({ page, problems }) => {
  await page.fill('#query-input', 'coup|putsch');
  await page.press('#query-input', 'Enter');
  assert.equal(await page.getAttribute('.chip[data-term="coup|putsch"]', 'aria-pressed'), 'true');
  assert.ok((await page.$$eval('#mentions-legend [data-term]', s => s.map(x => x.dataset.term))).includes('coup|putsch'));
  const counts = cli(['counts', '--terms', 'coup|putsch', '--entities']);
  const cells = await page.$$eval('#mentions-table td[data-term="coup|putsch"]', tds => tds.map(td => [td.parentElement.dataset.date, Number(td.dataset.count)]));
  assert.deepEqual(cells, counts.days.map(d => [d.date, d.counts['coup|putsch']]));
  // "In context" turns to the new query, with as many lines as it counts.
  assert.equal(await page.inputValue('#kwic-term'), 'coup|putsch');
  const total = counts.days.reduce((n, d) => n + d.counts['coup|putsch'], 0) + counts.undated.counts['coup|putsch'];
  assert.match(await page.textContent('#kwic-count'), new RegExp(`^${total} occurrences? of coup\\|putsch`));
  await page.fill('#query-input', 'di*plom');
  await page.press('#query-input', 'Enter');
  assert.match(await page.textContent('#query-error'), /error parsing query 'di\*plom'/);
  assert.deepEqual(problems, []);
}));

test('the query box reads a list as the core does and states its limits; a link with thousands of queries counts the first 200', () => withPage(async ({ page, problems }) => {
  // `Petro, Trump` is two queries for the core: two chips, two series.
  await page.fill('#query-input', 'Petro, Trump');
  await page.press('#query-input', 'Enter');
  for (const t of ['Petro', 'Trump']) assert.equal(await page.getAttribute(`.chip[data-term="${t}"]`, 'aria-pressed'), 'true', t);
  const legend = await page.$$eval('#mentions-legend [data-term]', s => s.map(x => x.dataset.term));
  assert.ok(legend.includes('Petro') && legend.includes('Trump'), legend.join());
  assert.equal(await page.textContent('#query-error'), '');
  // Another query after it works (it used to throw on every later query).
  await page.fill('#query-input', 'coup|putsch');
  await page.press('#query-input', 'Enter');
  assert.equal(await page.getAttribute('.chip[data-term="coup|putsch"]', 'aria-pressed'), 'true');
  // A query of 2,000 characters is refused with its reason, the page keeps
  // its width; an empty one clears the message.
  await page.fill('#query-input', 'x'.repeat(2000));
  await page.press('#query-input', 'Enter');
  assert.match(await page.textContent('#query-error'), /2000 characters long; a query has at most 200/);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
  await page.fill('#query-input', '');
  await page.press('#query-input', 'Enter');
  assert.equal(await page.textContent('#query-error'), '');
  // The longest query allowed, one word of 200 letters: its chip and legend
  // entry wrap.
  await page.fill('#query-input', 'y'.repeat(200));
  await page.press('#query-input', 'Enter');
  assert.equal(await page.textContent('#query-error'), '');
  assert.equal(await page.getAttribute(`.chip[data-term="${'y'.repeat(200)}"]`, 'aria-pressed'), 'true');
  const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(over <= 0, `the page is ${over} px wider than the window`);
  // A hand-made link with 3,000 queries: the first 200 counted, and said so.
  const queries = Array.from({ length: 3000 }, (_, i) => `w${i}`);
  const started = Date.now();
  await page.goto(`${page_url}#q=${encodeURIComponent(queries.join('\n'))}`);
  await page.waitForFunction(() => document.getElementById('status').dataset.state === 'ready');
  await page.waitForFunction(() => /3,000 queries/.test(document.getElementById('query-error').textContent));
  assert.ok(Date.now() - started < 20000, `${Date.now() - started} ms`);
  assert.match(await page.textContent('#query-error'), /^This link asks for 3,000 queries; the page counts at most 200: the first 200 are shown\.$/);
  assert.equal(await page.$$eval('#mentions-table thead th', ths => ths.filter(t => /^w\d+$/.test(t.textContent)).length) <= 200, true);
  assert.equal(await page.evaluate(() => document.querySelectorAll('.chip[data-term^="w"]').length), 200);
  assert.deepEqual(problems, []);
}));

test('a series keeps its colour and marker while others come and go, and no two shown share one', () => withPage(async ({ page, problems }) => {
  // The colour of each legend entry, and of the chart's line of a series.
  const legend = () => page.$$eval('#mentions-legend [data-term]', s => Object.fromEntries(s.map(x => [x.dataset.term, x.querySelector('i').style.background])));
  const before = await legend();
  assert.equal(Object.keys(before).length, 4);
  assert.equal(new Set(Object.values(before)).size, 4, JSON.stringify(before));
  const [first, second] = Object.keys(before);
  // A query comes: the others keep their colours.
  await page.fill('#query-input', 'coup|putsch');
  await page.press('#query-input', 'Enter');
  let now = await legend();
  for (const t of Object.keys(before)) assert.equal(now[t], before[t], `${t} after a query`);
  // One goes: the rest keep theirs; the next one shown takes the free colour.
  await page.click(`.chip[data-term="${first}"]`);
  now = await legend();
  assert.ok(!(first in now));
  for (const t of Object.keys(before).slice(1)) assert.equal(now[t], before[t], `${t} after ${first} went`);
  const other = (await page.$$eval('.chip[aria-pressed="false"]', cs => cs.map(c => c.dataset.term))).find(t => t !== first);
  await page.click(`.chip[data-term="${other}"]`);
  now = await legend();
  assert.equal(now[other], before[first], 'the free place is taken');
  assert.equal(new Set(Object.values(now)).size, Object.keys(now).length, JSON.stringify(now));
  // A chip not shown has no colour; the one shown has its series' colour.
  assert.equal(await page.$eval(`.chip[data-term="${first}"] .swatch`, s => s.style.background), '');
  assert.equal(await page.$eval(`.chip[data-term="${second}"] .swatch`, s => s.style.background), before[second]);
  // A reload (the URL) puts each series back in its place.
  await page.reload();
  await page.waitForFunction(() => document.getElementById('status').dataset.state === 'ready');
  assert.deepEqual(await legend(), now);
  assert.deepEqual(problems, []);
}));

const PARA = 'The regional council approved the water plan on a narrow vote after hours of debate.';

function scratch(name, files) {
  const dir = join(root, 'target', 'browser-input', name);
  rmSync(dir, { recursive: true, force: true });
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
  return dir;
}

async function loaded(page) {
  await page.waitForFunction(() => /^(Loaded|Could not)/.test(document.getElementById('load-progress').textContent));
  return page.textContent('#load-progress');
}

// Pastes `text` under `name`, joining the texts shown.
async function pasteText(page, name, text) {
  await page.click('#load-details summary');
  await page.check('input[name="load-mode"][value="add"]');
  await page.fill('#paste-text', text);
  await page.fill('#paste-name', name);
  await page.click('#paste-load');
}

// Writes `files` under a scratch folder and loads its folder `name` in
// place of the corpus shown; the load message.
async function replaceWith(page, name, files) {
  const dir = scratch(name, files);
  await page.click('#load-details summary');
  await page.check('input[name="load-mode"][value="replace"]');
  await page.setInputFiles('#folder-input', join(dir, name));
  return loaded(page);
}

test('own files load next to the bundled corpus; bad ones are named with the reason', () => withPage(async ({ page, problems, requests }) => {
  const dir = scratch('files', {
    '2026-02-01-council.txt': `Council backs water plan\n\n${PARA}\n`,
    'page.html': `<!DOCTYPE html><html><body><h1>Farmers protest in the valley</h1><p>Published March 4, 2024</p><p>${PARA}</p><script>document.title='x'</script></body></html>`,
    'photo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]),
    'empty.txt': '',
    // The name of a bundled page: two articles would share an id.
    '000_fcf66e28ab17d17e.txt': 'A copy\n\nThe council met again.\n',
  });
  await page.click('#load-details summary');
  await page.check('input[name="load-mode"][value="add"]');
  await page.setInputFiles('#file-input', ['2026-02-01-council.txt', 'page.html', 'photo.png', 'empty.txt', '000_fcf66e28ab17d17e.txt'].map(f => join(dir, f)));
  assert.equal(await loaded(page), 'Loaded 2 of 5 files: 2 articles; 3 files with problems (see "Files with problems"). Shown now: 11 articles of “my-texts” (your texts and the bundled corpus).');
  assert.equal(await page.textContent('#corpus-about'), 'Your texts: 4 files (2 gave no article), with the bundled corpus.');
  const rows = await page.$$eval('#articles tbody tr', trs => trs.map(t => [t.dataset.id, t.dataset.date]));
  assert.equal(rows.length, 11);
  assert.ok(rows.some(([id, d]) => id === '2026-02-01-council.txt#1' && d === '2026-02-01'), rows.join());
  assert.ok(rows.some(([id, d]) => id === 'page.html#1' && d === '2024-03-04'), rows.join());
  const warnings = await page.$$eval('#warnings li', lis => lis.map(l => l.textContent));
  assert.ok(warnings.some(w => w.startsWith('photo.png: skipped: this is a PNG image file, not text')), warnings.join(' | '));
  assert.ok(warnings.some(w => w.startsWith('empty.txt: skipped: the file is empty')), warnings.join(' | '));
  assert.ok(warnings.includes('000_fcf66e28ab17d17e.txt: skipped: the bundled corpus has a file of this name; rename yours to add it'), warnings.join(' | '));
  assert.equal(await page.isVisible('#warnings-section'), true);
  assert.match(await page.textContent('#status'), /^Analysed 11 articles in/);
  assert.equal(await page.isVisible('#load-meter'), false, 'the bar and Cancel go once loaded');
  // Read and analysed in one Web Worker, started from a blob: URL, which
  // still answers the page's calls.
  assert.deepEqual(page.workers().map(w => w.url().slice(0, 5)), ['blob:']);
  assert.equal(await page.workers()[0].evaluate(() => typeof wasm_bindgen.Workspace), 'function');
  assert.deepEqual(problems, []);
  assert.deepEqual(fetched(requests), [page_url], 'loading files makes no request');
}));

test('web pages are read by the HTML reader module, loaded only when they come: title, day and its evidence, main text', () => withPage(async ({ page, problems, requests }) => {
  // The bundled corpus never needs the reader.
  assert.equal(await page.evaluate(() => performance.getEntriesByName('dateline:reader-compiling').length), 0);
  const body = `<p>${PARA}</p><p>The farmers said they would return next week if the council did not meet them, and the mayor agreed to talks.</p>`;
  const dir = scratch('pages', {
    // JSON-LD in a @graph, a site name in the title, navigation, a share
    // bar, a related box and comments around the text.
    'news.html': `<!DOCTYPE html><html lang="en"><head><title>Farmers block the square | Valley News</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Valley News"},
      {"@type":"NewsArticle","headline":"Farmers block the square","datePublished":"2024-03-04T21:30:00-05:00"}]}</script></head>
      <body><nav><a href="/">Home</a> <a href="/local">Local</a></nav><div class="share-bar"><a>Share</a></div>
      <article><h1>Farmers block the square</h1><div class="article-body">${body}
      <div class="related-stories"><h3>Related</h3><ul><li><a href="/x">Council delays vote on the new market hall again</a></li></ul></div>
      </div></article><section id="comments"><p>First! This is outrageous, the council must act now, really.</p></section></body></html>`,
    // German, the date printed under the headline, windows-1252 declared.
    'de.html': Buffer.concat([Buffer.from('<html lang="de"><head><meta charset="windows-1252"><title>Br'), Buffer.from([0xfc]),
      Buffer.from('cke gesperrt</title></head><body><h1>Br'), Buffer.from([0xfc]),
      Buffer.from('cke gesperrt</h1><p>Artikel ver'), Buffer.from([0xf6]), Buffer.from('ffentlicht am 16.12.2012, 17:29 Uhr</p>'),
      Buffer.from(`<p>Der Stadtrat hat am Dienstag beschlossen, dass die alte Brücke über den Fluss gesperrt wird, bis sie neu gebaut ist.</p><p>Die Anwohner fordern seit Jahren eine neue Brücke für die Stadt und für den Verkehr.</p></body></html>`.replace(/ü/g, 'ue'))]),
    // Plain text in Latin-1: read by the reader too, with a warning.
    'latin1.txt': Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' reopens\n\nThe caf'), Buffer.from([0xe9]),
      Buffer.from(' on the square reopened on Monday after months of repairs and a long dispute with the landlord.\n')]),
  });
  await page.click('#load-details summary');
  await page.check('input[name="load-mode"][value="add"]');
  await page.setInputFiles('#file-input', ['news.html', 'de.html', 'latin1.txt'].map(f => join(dir, f)));
  assert.match(await loaded(page), /^Loaded 3 files: 3 articles; 1 file read with a note \(see "Files with problems"\)\. Shown now: 12 articles of “my-texts” \(your texts and the bundled corpus\)\.$/);
  assert.equal(await page.evaluate(() => performance.getEntriesByName('dateline:reader-compiling').length), 1);
  const rows = await page.$$eval('#articles tbody tr', trs => trs.map(t => [t.dataset.id, t.dataset.date, t.textContent]));
  const row = id => rows.find(r => r[0] === id) || assert.fail(`${id} in ${rows.join(' | ')}`);
  assert.equal(row('news.html#1')[1], '2024-03-04', 'the day as the page states it (it was the 5th in UTC)');
  assert.match(row('news.html#1')[2], /Farmers block the square/);
  assert.doesNotMatch(row('news.html#1')[2], /Valley News/);
  assert.match(row('news.html#1')[2], /JSON-LD/);
  assert.match(row('news.html#1')[2], /datePublished 2024-03-04T21:30:00-05:00/);
  assert.equal(row('de.html#1')[1], '2012-12-16');
  assert.match(row('de.html#1')[2], /Brücke gesperrt/);
  assert.match(row('de.html#1')[2], /Artikel veröffentlicht am 16\.12\.2012, 17:29 Uhr/);
  assert.match(row('latin1.txt#1')[2], /Café reopens/);
  const warnings = await page.$$eval('#warnings li', lis => lis.map(l => l.textContent));
  assert.ok(warnings.some(w => w.startsWith('latin1.txt: not valid UTF-8') && w.includes('windows-1252')), warnings.join(' | '));
  // The page's text is the article alone: the CLI's, word for word.
  const cliText = JSON.parse(execFileSync(bin, ['text', '--json', join(dir, 'news.html')], { encoding: 'utf8' })).articles[0].text;
  assert.ok(!/Related|Council delays|First!|Home/.test(cliText), cliText);
  const summary = cli(['summary', dir]);
  for (const a of summary.articles) {
    const id = a.id.slice(a.id.lastIndexOf('/') + 1);
    assert.equal(row(id)[1], a.date ?? '', id);
  }
  assert.deepEqual(problems, []);
  assert.deepEqual(fetched(requests), [page_url], 'reading web pages makes no request');
}));

test('a page with no text in its markup is read from its description, a note apart from a file that gave nothing', () => withPage(async ({ page, problems }) => {
  // A photo gallery: pictures and one-word captions, an og:description
  // that says what the page is about, a day in its meta tags.
  const dir = scratch('gallery', {
    'gallery.html': `<!DOCTYPE html><html lang="es"><head><title>Las fotos del desfile | Revista</title>
      <meta property="og:site_name" content="Revista">
      <meta property="og:description" content="Todas las fotos del desfile de primavera de la diseñadora en Madrid, look a look.">
      <meta property="article:published_time" content="2024-09-05T10:00:00+02:00"></head>
      <body><nav><a href="/">Inicio</a> <a href="/moda">Moda</a></nav><div class="gallery">
      <figure><img src="1.jpg"><figcaption>Look 1</figcaption></figure>
      <figure><img src="2.jpg"><figcaption>Look 2</figcaption></figure></div></body></html>`,
    'menu.html': '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>',
  });
  await page.click('#load-details summary');
  await page.check('input[name="load-mode"][value="replace"]');
  await page.setInputFiles('#file-input', ['gallery.html', 'menu.html'].map(f => join(dir, f)));
  assert.match(await loaded(page), /^Loaded 1 of 2 files: 1 article; 1 file with problems and 1 file read with a note \(see "Files with problems"\), instead of the bundled corpus\./);
  const rows = await page.$$eval('#articles tbody tr', trs => trs.map(t => [t.dataset.id, t.dataset.date, t.querySelector('td:nth-child(2)')?.textContent]));
  assert.equal(rows.length, 1);
  assert.equal(rows[0][0], 'gallery.html#1');
  assert.equal(rows[0][1], '2024-09-05');
  assert.match(rows[0][2], /^Las fotos del desfile/);
  const warnings = await page.$$eval('#warnings li', lis => lis.map(l => l.textContent));
  assert.ok(warnings.some(w => w.startsWith("gallery.html: no main text found: the page's own description (15 words) stands for its text")), warnings.join(' | '));
  assert.ok(warnings.some(w => w.startsWith('menu.html: no main text found')), warnings.join(' | '));
  assert.deepEqual(problems, []);
}));

test('two centuries of yearly texts are one axis per year: every point on the chart, reachable, selectable; no line across a missing year', () => withPage(async ({ page, problems }) => {
  // One address a year, 1790 to 2025, but none in 1800, 1850, 1900, 1950
  // and 2000: 231 years (with the gaps of such a corpus, small against
  // two centuries).
  const files = {};
  for (let year = 1790; year <= 2025; year++) {
    if (year % 50 === 0) continue;
    const day = `${year}-${String(1 + (year % 12)).padStart(2, '0')}-${String(1 + (year % 27)).padStart(2, '0')}`;
    files[`addresses/${day}-address.txt`] = `Annual address of ${year}\n\nThe President told Congress that the harvest was good and the peace held. ${PARA}\n`;
  }
  assert.match(await replaceWith(page, 'addresses', files), /^Loaded 231 files: 231 articles, instead of the bundled corpus\./);
  assert.equal(await page.inputValue('#by'), 'auto');
  for (const id of ['mentions-chart', 'sentiment-chart']) {
    assert.match(await page.textContent(`#${id} title`), /per year/, id);
    // Every point's hit area lies inside the drawn chart.
    const hits = await page.$eval(`#${id} svg`, svg => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('.day-hit')].map(h => {
        const r = h.getBoundingClientRect();
        return { date: h.dataset.date, centre: r.left + r.width / 2, inside: r.left + r.width / 2 > box.left && r.left + r.width / 2 < box.right };
      });
    });
    assert.equal(hits.length, 231, id);
    assert.ok(hits.every(h => h.inside), `${id}: ${hits.filter(h => !h.inside).map(h => h.date).join()}`);
    // Time runs evenly: the 19th and 20th centuries are as wide.
    const x = year => hits.find(h => h.date === String(year)).centre;
    const ratio = (x(1899) - x(1801)) / (x(1999) - x(1901));
    assert.ok(Math.abs(ratio - 1) < 0.03, `${id}: ${ratio}`);
  }
  assert.match(await page.textContent('#mentions-chart desc'), /axis breaks: 0/);
  // Lines join consecutive years only: the line of a series has one piece
  // per run of years, so 1849 and 1851 are not joined.
  const pieces = await page.$$eval('#mentions-chart svg polyline', ls => ls.map(l => l.getAttribute('points').trim().split(/\s+/).length));
  assert.ok(pieces.length >= 6 && Math.max(...pieces) <= 50, pieces.join());
  // The net tone has its own scale, on the right, from −1 to +1.
  const right = await page.$$eval('#sentiment-chart svg text', ts => ts.map(t => t.textContent.trim()).filter(t => /^[+−]?[01](\.5)?$/.test(t)));
  for (const label of ['+1', '+0.5', '−0.5', '−1']) assert.ok(right.includes(label), `${label} in ${right.join()}`);
  // The last year is reachable by pointer and selects its article.
  await page.hover('#mentions-chart .day-hit[data-date="2025"]');
  assert.match(await page.textContent('#tooltip'), /^2025: 1 article/);
  await page.click('#mentions-chart .day-hit[data-date="2025"]');
  assert.equal(await page.textContent('#day-label'), 'Showing 2025');
  assert.deepEqual(await page.$$eval('#articles tbody tr', trs => trs.map(t => t.dataset.date)), ['2025-10-01']);
  assert.match(page.url(), /day=2025/);
  // Years can be asked for by hand, and a hand-edited link with no such day
  // shows all days.
  await page.selectOption('#by', 'month');
  assert.match(await page.textContent('#mentions-chart title'), /per month/);
  await page.selectOption('#by', 'year');
  assert.match(await page.textContent('#mentions-chart title'), /per year/);
  await page.screenshot({ path: join(shots, 'page-two-centuries.png'), fullPage: false });
  // At 375 px: drawn again for the width, every year's point still on the
  // chart, nothing wider than the window.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.waitForFunction(() => Number(document.querySelector('#mentions-chart svg').getAttribute('width')) < 375);
  await settle(page);
  const narrow = await page.$eval('#mentions-chart svg', svg => {
    const box = svg.getBoundingClientRect();
    return [...svg.querySelectorAll('.day-hit')].filter(h => { const r = h.getBoundingClientRect(); return r.left + r.width / 2 > box.left && r.left + r.width / 2 < box.right; }).length;
  });
  assert.equal(narrow, 231, 'every year inside the narrow chart');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
  await page.evaluate(() => document.getElementById('mentions-section').scrollIntoView());
  await page.screenshot({ path: join(shots, 'page-two-centuries-375.png'), fullPage: false });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${page_url}#day=2099-13-45`);
  await page.waitForFunction(() => document.getElementById('status').dataset.state === 'ready');
  assert.equal(await page.textContent('#day-label'), 'All days');
  assert.deepEqual(problems, []);
}));

test('a link naming series the texts open here do not hold says so, and shows the rest', () => withPage(async ({ page, problems }) => {
  // A teacher's link made with her own texts, opened where only the
  // bundled corpus is: its names are not dropped in silence.
  await page.goto(`${page_url}#s=Marcelo+Rebelo+de+Sousa%0AGustavo+Petro%0AVladimir+Putin`);
  await page.waitForFunction(() => document.getElementById('status').dataset.state === 'ready');
  await settle(page);
  assert.deepEqual(await page.$$eval('#mentions-legend [data-term]', s => s.map(x => x.dataset.term)), ['Gustavo Petro']);
  assert.match(await page.textContent('#query-error'), /^This link shows “Marcelo Rebelo de Sousa” and “Vladimir Putin”, not in the texts open here: a link carries the view, not the texts/);
  assert.deepEqual(problems, []);
}));

test('two years of articles are drawn per month, or per week on request; a month selects its articles', () => withPage(async ({ page, problems }) => {
  // An article every third day from 1 January 2024: 244 days, 24 months.
  const files = {};
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < 244; i++) {
    const day = new Date(start + i * 3 * 86400000).toISOString().slice(0, 10);
    files[`years/${day}-note.txt`] = `Council note ${i}\n\nThe council met again and the mayor said the water plan was good. ${PARA}\n`;
  }
  assert.match(await replaceWith(page, 'years', files), /^Loaded 244 files: 244 articles, instead of the bundled corpus\./);
  // 1280 px hold about 200 points: 244 days do not fit, 105 weeks do.
  assert.equal(await page.inputValue('#by'), 'auto');
  assert.match(await page.textContent('#mentions-chart title'), /^Mentions per week/);
  await page.selectOption('#by', 'month');
  assert.match(await page.textContent('#mentions-chart title'), /^Mentions per month/);
  const hits = await page.$$eval('#mentions-chart .day-hit', hs => hs.map(h => h.dataset.date));
  assert.equal(hits.length, 24);
  assert.deepEqual(hits.slice(0, 3), ['2024-01', '2024-02', '2024-03']);
  assert.equal(await page.textContent('#mentions-table thead th'), 'Month');
  const firstRow = await page.$$eval('#mentions-table tbody tr:first-child td', tds => tds.map(t => t.textContent));
  assert.equal(firstRow[0], '2024-01');
  assert.equal(firstRow[1], '11', 'articles on 1, 4, … 31 January');
  // The tooltip of a month lists its first eight titles, then a count.
  await page.hover('#mentions-chart .day-hit[data-date="2024-01"]');
  assert.deepEqual(await page.$$eval('#tooltip li', lis => lis.map(l => l.textContent)),
    [...[0, 1, 2, 3, 4, 5, 6, 7].map(i => `Council note ${i}`), 'and 3 more (select it to list them all)']);
  await page.click('#mentions-chart .day-hit[data-date="2024-02"]');
  assert.equal(await page.textContent('#day-label'), 'Showing 2024-02');
  const dates = await page.$$eval('#articles tbody tr', trs => trs.map(t => t.dataset.date));
  assert.equal(dates.length, 9, 'articles of 3, 6, … 27 February 2024');
  assert.ok(dates.every(d => d.startsWith('2024-02-')), dates.join());
  assert.match(page.url(), /by=month/);
  assert.match(page.url(), /day=2024-02/);
  await page.selectOption('#by', 'week');
  assert.equal(await page.$$eval('#sentiment-chart .day-hit', hs => hs.length), 105);
  assert.match(await page.textContent('#sentiment-table thead th'), /^Week$/);
  await page.screenshot({ path: join(shots, 'page-two-years.png'), fullPage: false });
  // Long lists show 200 at a time: 244 articles, then the rest on request.
  await page.click('#all-days');
  assert.equal(await page.$$eval('#articles tbody tr', trs => trs.length), 200);
  assert.match(await page.textContent('#articles-more'), /^200 of 244 shown\. Show 44 more$/);
  await page.click('#articles-more button');
  assert.equal(await page.$$eval('#articles tbody tr', trs => trs.length), 244);
  assert.equal(await page.textContent('#articles-more'), '');
  const events = await page.$$eval('#events > li', lis => lis.length);
  assert.ok(events <= 200, `${events} events listed at once`);
  assert.deepEqual(problems, []);
}));

test('a corpus over the page\'s limit is refused before reading, and the one shown stays', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    // The real limit is 600 MB; the test lowers it to 3,000 bytes.
    await context.addInitScript(() => { globalThis.DATELINE_MAX_CORPUS_BYTES = 3000; });
    const page = settling(await context.newPage());
    const problems = [];
    page.on('pageerror', e => problems.push(e.message));
    await page.goto(page_url);
    await page.waitForSelector('#status[data-state="ready"]');
    const dir = scratch('limit', {
      'a.txt': `Council one\n\n${PARA.repeat(15)}\n`,
      'b.txt': `Council two\n\n${PARA.repeat(15)}\n`,
      'c.txt': `Council three\n\n${PARA.repeat(15)}\n`,
    });
    await page.click('#load-details summary');
    await page.check('input[name="load-mode"][value="add"]');
    await page.setInputFiles('#file-input', ['a.txt', 'b.txt'].map(f => join(dir, f)));
    assert.match(await loaded(page), /^Loaded 2 files/, 'under the limit');
    await page.setInputFiles('#file-input', join(dir, 'c.txt'));
    await page.waitForFunction(() => document.getElementById('load-progress').textContent.startsWith('Not loaded'));
    const msg = await page.textContent('#load-progress');
    assert.match(msg, /^Not loaded: 1 file would make your texts [\d.]+ MB; the page takes up to 0\.00 MB/);
    assert.match(msg, /The corpus shown is unchanged\..*command line/);
    assert.equal(await page.$$eval('#articles tbody tr', trs => trs.length), 11, 'the 9 seed articles and a, b');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

// A folder of `files` texts of about 8 KB each (1,100 make 9 MB, over the size
// at which the page reads with two workers), made up from sentences of
// my own: dated by file name, by a header line, or undated; mentions of
// the bundled entities and of the folder's own; tone words, negated ones
// and dated happenings. The same seed gives the same folder.
function largeFolder(name, files) {
  let seed = 7;
  const pick = list => list[(seed = (seed * 1103515245 + 12345) % 2147483648) % list.length];
  const subjects = ['Petro', 'Trump', 'The Water Board', 'Colombia', 'Rubio', 'The council', 'Venezuela', 'The mayor'];
  const verbs = ['praised the generous deal', 'condemned the brutal attack', 'did not welcome the good news', 'rejected the unfair tariffs',
    'met the farmers', 'signed the peace agreement', 'warned of a terrible crisis', 'agreed to cooperate'];
  const when = ['on Monday', 'on January 5', 'last week', 'yesterday', 'in March 2025', 'on Thursday', '', ''];
  const out = { [`${name}/entities.toml`]: '[[entity]]\nname = "Water Board"\nkind = "organisation"\n' };
  for (let i = 0; i < files; i++) {
    const sentences = [];
    for (let k = 0; k < 110; k++) sentences.push(`${pick(subjects)} ${pick(verbs)} ${pick(when)} in the valley, officials said.`.replace(/ +/g, ' '));
    const paras = [];
    for (let k = 0; k < sentences.length; k += 5) paras.push(sentences.slice(k, k + 5).join(' '));
    const day = String(1 + (i % 28)).padStart(2, '0');
    const title = `Report ${i}: ${pick(subjects)} and the valley`;
    if (i % 9 === 4) out[`${name}/pages/p${String(i).padStart(4, '0')}.html`] = `<html><body><h1>${title}</h1><p>February ${day}, 2026</p>${paras.map(p => `<p>${p}</p>`).join('')}</body></html>`;
    else if (i % 13 === 6) out[`${name}/notes/n${String(i).padStart(4, '0')}.txt`] = `${title}\n\n${paras.join('\n\n')}\n`;
    else out[`${name}/2026-01-${day}-r${String(i).padStart(4, '0')}.md`] = `# ${title}\n\n${paras.join('\n\n')}\n`;
  }
  // A bad file among the last ones, which the second worker reads.
  out[`${name}/zz-scan.txt`] = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
  return scratch(name, out);
}

// The page analyses 16 MB at a time; here 1 MB, so that the second worker
// hands its part over in several pieces, taken in between the first's own
// batches.
test('a large folder is read by two workers; the page\'s numbers equal the CLI\'s', () => withPage(async ({ page, problems }) => {
  const dir = largeFolder('large', 1100);
  const cliIn = args => JSON.parse(execFileSync(bin, [...args, 'large', '--json'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 }));
  await page.click('#load-details summary');
  await page.check('input[name="load-mode"][value="replace"]');
  const workers = [];
  page.on('worker', w => workers.push(w));
  await page.setInputFiles('#folder-input', join(dir, 'large'));
  const summary = cliIn(['summary']);
  assert.match(await loaded(page), new RegExp(`^Loaded 1,100 of 1,101 files: ${summary.articles.length.toLocaleString('en')} articles; 1 file with problems \\(see "Files with problems"\\), instead of the bundled corpus\\.`));
  assert.equal(workers.length, 2, 'a second worker read the later files');
  await waitForWorkers(page, 1);
  const save = async which => {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`[data-download="${which}"][data-format="json"]`)]);
    return readFileSync(await dl.path(), 'utf8');
  };
  const cliText = args => execFileSync(bin, [...args, 'large', '--json'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(await save('mentions'), cliText(['counts']), 'the mentions JSON is the CLI\'s, byte for byte');
  assert.equal(await save('sentiment'), cliText(['sentiment']), 'the sentiment JSON is the CLI\'s, byte for byte');
  const events = cliIn(['events']).events;
  assert.equal(await page.textContent('#events-count'), `${events.length.toLocaleString('en')} events`);
  const firstDay = await page.$eval('#events > li', li => li.textContent);
  assert.ok(firstDay.includes(events[0].sentence.slice(0, 40)), `${firstDay.slice(0, 200)} | ${events[0].sentence}`);
  const warnings = await page.$$eval('#warnings li', lis => lis.map(l => l.textContent));
  assert.ok(warnings.some(w => w.startsWith('large/zz-scan.txt: skipped: this is a PNG image file, not text')), warnings.join(' | '));
  // Added to the bundled corpus: the second worker is given the bundled
  // corpus's entities.toml and corpus.toml as well.
  await page.click('#reset-seeds');
  await page.check('input[name="load-mode"][value="add"]');
  await page.setInputFiles('#folder-input', join(dir, 'large'));
  const seeds = cli(['summary']).articles.length;
  assert.match(await loaded(page), new RegExp(`^Loaded 1,100 of 1,101 files: ${summary.articles.length.toLocaleString('en')} articles; 1 file with problems .*Shown now: ${(seeds + summary.articles.length).toLocaleString('en')} articles of “large” \\(your texts and the bundled corpus\\)\\.$`));
  assert.equal(workers.length, 4);
  assert.deepEqual(problems, []);
}, undefined, undefined, () => { globalThis.DATELINE_STEP_BYTES = 1000 * 1000; }));

test('reading files shows a bar and can be cancelled; the corpus shown stays', () => withPage(async ({ page, problems }) => {
  await page.click('#load-details summary');
  // Files handed to the input and Cancel pressed in the same task: the
  // load stops before the analysis.
  const text = await page.evaluate(() => new Promise(resolve => {
    const dt = new DataTransfer();
    for (let i = 0; i < 50; i++) dt.items.add(new File([`Note ${i}\n\nThe council met and voted on the water plan.\n`], `2026-02-${String(1 + (i % 28)).padStart(2, '0')}-n${i}.txt`));
    const input = document.getElementById('file-input');
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const meterShown = !document.getElementById('load-meter').hidden;
    document.getElementById('load-cancel').click();
    const wait = () => {
      const t = document.getElementById('load-progress').textContent;
      if (t.startsWith('Cancelled')) resolve({ t, meterShown, hidden: document.getElementById('load-meter').hidden });
      else setTimeout(wait, 10);
    };
    wait();
  }));
  assert.equal(text.meterShown, true, 'the bar shows while reading');
  assert.equal(text.t, 'Cancelled: nothing was loaded; the corpus shown is unchanged.');
  assert.equal(text.hidden, true, 'the bar goes away');
  assert.equal(await page.isVisible('#load-meter'), false);
  assert.equal(await page.$$eval('#articles tbody tr', trs => trs.length), 9, 'the seed articles only');
  await waitForWorkers(page, 0);
  assert.deepEqual(problems, []);
}));

test('a load whose drawing fails puts the corpus shown before back, and saves nothing of it', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = settling(await context.newPage());
  try {
    await page.goto(page_url);
    await page.waitForSelector('#status[data-state="ready"]');
    await page.click('#load-details summary');
    await page.check('input[name="load-mode"][value="add"]');
    await page.fill('#paste-text', 'First notes\n\nThe harbor board met on the budget and praised the volunteers.\n');
    await page.fill('#paste-name', 'first.txt');
    await page.click('#paste-load');
    assert.match(await loaded(page), /^Loaded 1 file/);
    await page.waitForTimeout(300);
    // The new corpus analyses, then its chart fails to draw (as a
    // worker that runs out of memory would fail it).
    await page.evaluate(() => {
      const { WorkerCore } = globalThis.datelineInternals;
      const call = WorkerCore.prototype.call;
      let failed = false;
      WorkerCore.prototype.call = function (method, ...args) {
        if (method === 'mentionsSvg' && !failed) {
          failed = true;
          return Promise.reject(new Error('the chart could not be drawn'));
        }
        return call.call(this, method, ...args);
      };
    });
    await page.check('input[name="load-mode"][value="replace"]');
    await page.fill('#paste-text', 'Second notes\n\nThe council voted on the water plan in the valley town.\n');
    await page.fill('#paste-name', 'second.txt');
    await page.click('#paste-load');
    assert.match(await loaded(page), /^Could not load: the chart could not be drawn; the corpus shown before is kept/);
    const ids = () => page.$$eval('#articles tbody tr', trs => trs.map(t => t.dataset.id));
    assert.ok((await ids()).includes('first.txt#1'));
    assert.ok(!(await ids()).includes('second.txt#1'));
    assert.equal(await page.locator('#mentions-chart svg').count(), 1, 'a chart is drawn');
    // A click saves what is shown; a reload brings the first corpus back.
    await page.click('#chips button');
    await page.waitForTimeout(300);
    await page.reload();
    await page.waitForFunction(() => /^Restored your workspace: 1 file/.test(document.getElementById('load-progress').textContent));
    assert.ok((await ids()).includes('first.txt#1'));
    assert.ok(!(await ids()).includes('second.txt#1'));
  } finally {
    await context.close();
  }
});

test('a cancelled load never comes back when another load starts after it', () => withPage(async ({ page, problems }) => {
  await page.click('#load-details summary');
  await page.check('input[name="load-mode"][value="add"]');
  // 50 notes picked, Cancel pressed, and one other file picked at once
  // (before the first load has looked at its files): the second load
  // must not clear the first one's Cancel.
  const outcome = await page.evaluate(() => new Promise(resolve => {
    const pick = files => {
      const dt = new DataTransfer();
      for (const f of files) dt.items.add(f);
      const input = document.getElementById('file-input');
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    pick(Array.from({ length: 50 }, (_, i) => new File([`Cancelled note ${i}\n\nThe council met and voted on the water plan.\n`], `2026-02-${String(1 + (i % 28)).padStart(2, '0')}-c${i}.txt`)));
    document.getElementById('load-cancel').click();
    pick([new File(['Kept note\n\nThe harbor board met on the budget.\n'], '2026-03-01-kept.txt')]);
    const wait = () => {
      const t = document.getElementById('load-progress').textContent;
      if (t.startsWith('Loaded') || t.startsWith('Could not')) resolve(t);
      else setTimeout(wait, 10);
    };
    wait();
  }));
  assert.match(outcome, /^Loaded 1 file: 1 article\. Shown now: 10 articles of “my-texts” \(your texts and the bundled corpus\)\.$/);
  await page.waitForTimeout(1500);
  const ids = await page.$$eval('#articles tbody tr', trs => trs.map(t => t.dataset.id));
  assert.equal(ids.length, 10, ids.join());
  assert.ok(ids.includes('2026-03-01-kept.txt#1'));
  assert.ok(!ids.some(id => id.includes('-c')), 'no note of the cancelled load');
  assert.deepEqual(problems, []);
}));

test('Cancel in the middle of a two-worker load stops both workers; the corpus shown stays', () => withPage(async ({ page, problems }) => {
  await page.click('#load-details summary');
  const workers = [];
  page.on('worker', w => workers.push(w));
  // 1,100 texts of about 8 KB (9 MB, two workers), made in the page;
  // Cancel is pressed once the first batches have been read, while the
  // second worker hands its part over a step (here 1 MB) at a time.
  const outcome = await page.evaluate(() => new Promise(resolve => {
    const dt = new DataTransfer();
    const line = 'The harbor board approved the budget on Monday and the mayor praised the volunteers. ';
    for (let i = 0; i < 1100; i++) dt.items.add(new File([`Harbor note ${i}\n\n${line.repeat(95)}\n`], `2026-03-${String(1 + (i % 28)).padStart(2, '0')}-h${i}.txt`));
    const input = document.getElementById('file-input');
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    let pressed = null;
    const wait = () => {
      const t = document.getElementById('load-progress').textContent;
      if (!pressed && /^Read [1-9]/.test(t)) {
        pressed = t;
        document.getElementById('load-cancel').click();
      }
      if (t.startsWith('Cancelled') || t.startsWith('Loaded')) resolve({ t, pressed });
      else setTimeout(wait, 5);
    };
    wait();
  }));
  assert.ok(outcome.pressed, 'Cancel was pressed while reading');
  assert.equal(outcome.t, 'Cancelled: nothing was loaded; the corpus shown is unchanged.', `pressed at "${outcome.pressed}"`);
  assert.equal(workers.length, 2, 'two workers had started');
  await waitForWorkers(page, 0);
  assert.equal(await page.$$eval('#articles tbody tr', trs => trs.length), 9, 'the seed articles only');
  assert.match(await page.textContent('#status'), /^Analysed 9 articles in/);
  assert.deepEqual(problems, []);
}, undefined, undefined, () => { globalThis.DATELINE_STEP_BYTES = 1000 * 1000; }));

test('Cancel while one long article is analysed, or while it is drawn, stops the load; the corpus shown stays', () => withPage(async ({ page, problems }) => {
  await page.click('#load-details summary');
  // One text of 8 MB in one paragraph: one article, which no step of the
  // analysis can split. Cancel is pressed as the analysis starts (the
  // worker is in its first step, seconds long) and, in a second load, once
  // the people and places are found (the rest of the analysis and the
  // drawing of the new corpus are left).
  // A third load is cancelled as it is drawn (its reports are in): the
  // Cancel button is still there to press.
  for (const mark of ['dateline:analysis-start', 'dateline:entities-found', 'dateline:reports']) {
    const [outcome, cancelShown] = await page.evaluate(m => new Promise(resolve => {
      performance.clearMarks(m);
      let shown = null;
      const observer = new PerformanceObserver(list => {
        if (list.getEntries().some(e => e.name === m)) {
          observer.disconnect();
          const cancel = document.getElementById('load-cancel');
          shown = cancel.checkVisibility();
          cancel.click();
        }
      });
      observer.observe({ entryTypes: ['mark'] });
      const dt = new DataTransfer();
      const line = 'The harbor board approved the budget on Monday and the mayor praised the volunteers. ';
      dt.items.add(new File([`Harbor notes\n\n${line.repeat(94000)}\n`], '2026-03-01-harbor.txt'));
      const input = document.getElementById('file-input');
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      const wait = () => {
        const t = document.getElementById('load-progress').textContent;
        if (t.startsWith('Cancelled') || t.startsWith('Loaded')) resolve([t, shown]);
        else setTimeout(wait, 10);
      };
      wait();
    }), mark);
    assert.equal(outcome, 'Cancelled: nothing was loaded; the corpus shown is unchanged.', mark);
    assert.equal(cancelShown, true, `${mark}: Cancel can be pressed`);
    await waitForWorkers(page, 0);
    assert.equal(await page.$$eval('#articles tbody tr', trs => trs.length), 9, `${mark}: the seed articles only`);
    assert.match(await page.textContent('#status'), /^Analysed 9 articles in/, mark);
  }
  assert.deepEqual(problems, []);
}));

// The second worker of a load stops (the browser's error event, as when a
// worker runs out of memory): one worker reads everything again.
function stopSecondWorker() {
  const Real = window.Worker;
  let made = 0;
  window.workersMade = () => made;
  window.Worker = class extends Real {
    constructor(...args) {
      super(...args);
      made += 1;
      if (made === 2) {
        setTimeout(() => {
          this.terminate();
          this.dispatchEvent(new ErrorEvent('error', { message: 'simulated: out of memory' }));
        }, 30);
      }
    }
  };
}

// Adds 9 MB (1,100 texts made in the page) to the bundled corpus, which
// two workers read, one of which stops (`init`, as the page opens): the
// load must complete with one worker reading everything again.
function loadWithAStoppedWorker(init) {
  return withPage(async ({ page, problems }) => {
    await page.click('#load-details summary');
    await page.check('input[name="load-mode"][value="add"]');
    const text = await page.evaluate(() => new Promise(resolve => {
      const dt = new DataTransfer();
      const line = 'The harbor board approved the budget on Monday and the mayor praised the volunteers. ';
      for (let i = 0; i < 1100; i++) dt.items.add(new File([`Harbor note ${i}\n\n${line.repeat(95)}\n`], `00-2026-03-${String(1 + (i % 28)).padStart(2, '0')}-h${i}.txt`));
      const input = document.getElementById('file-input');
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      const wait = () => {
        const t = document.getElementById('load-progress').textContent;
        if (/^(Loaded|Could not|Cancelled)/.test(t)) resolve(t);
        else setTimeout(wait, 20);
      };
      wait();
    }));
    assert.match(text, /^Loaded 1,100 files: 1,100 articles\. Shown now: 1,109 articles of “my-texts” \(your texts and the bundled corpus\)\.$/);
    assert.equal(await page.evaluate(() => window.workersMade()), 3, 'two workers, then one for the whole load');
    await waitForWorkers(page, 1);
    assert.equal(await page.isVisible('#error-banner'), false, 'no error shown');
    assert.deepEqual(problems, []);
  }, undefined, undefined, init);
}

test('a large load whose second worker stops (a moment after it started) is read again by one worker', () => loadWithAStoppedWorker(stopSecondWorker));


// The first worker of a load stops once the progress line says the files
// are read ("Analysing …"): where its memory is at its largest.
function stopFirstWorkerWhenAnalysing() {
  const Real = window.Worker;
  let made = 0;
  let first = null;
  window.workersMade = () => made;
  window.Worker = class extends Real {
    constructor(...args) {
      super(...args);
      made += 1;
      if (made === 1) first = this;
    }
  };
  const watch = () => {
    const line = document.getElementById('load-progress');
    if (!line) { setTimeout(watch, 20); return; }
    new MutationObserver((_, observer) => {
      if (first && line.textContent.startsWith('Analysing')) {
        observer.disconnect();
        first.terminate();
        first.dispatchEvent(new ErrorEvent('error', { message: 'simulated: out of memory' }));
      }
    }).observe(line, { childList: true, characterData: true, subtree: true });
  };
  watch();
}

test('a large load whose first worker stops while it joins the parts is read again by one worker', () => loadWithAStoppedWorker(stopFirstWorkerWhenAnalysing));

// The second worker of a load stops once the names are settled (the page's
// mark), while it analyses its texts and hands them over.
function stopSecondWorkerWhenAnalysing() {
  const Real = window.Worker;
  let made = 0;
  let second = null;
  window.workersMade = () => made;
  window.Worker = class extends Real {
    constructor(...args) {
      super(...args);
      made += 1;
      if (made === 2) second = this;
    }
  };
  new PerformanceObserver((list, observer) => {
    if (second && list.getEntries().some(e => e.name === 'dateline:entities-found')) {
      observer.disconnect();
      second.terminate();
      second.dispatchEvent(new ErrorEvent('error', { message: 'simulated: out of memory' }));
    }
  }).observe({ entryTypes: ['mark'] });
}

test('a large load whose second worker stops while it analyses its texts is read again by one worker', () => loadWithAStoppedWorker(stopSecondWorkerWhenAnalysing));

test('an event read in several articles with one title names each source by its day', () => withPage(async ({ page, problems }) => {
  // The same wire story filed on two days under one headline, and a third
  // with a headline of its own.
  const line = 'The ferry strike began on March 1, 2026, the union said in a statement to the Harbour Board.';
  const dir = scratch('ferry', {
    'ferry/entities.toml': '[[entity]]\nname = "Harbour Board"\nkind = "organisation"\n',
    'ferry/2026-03-02-a.txt': `Harbour news\n\n${line} Talks are planned.\n`,
    'ferry/2026-03-03-b.txt': `Harbour news\n\n${line} No talks are planned.\n`,
    'ferry/2026-03-04-c.txt': `Ferries stop\n\n${line} The mayor was silent.\n`,
  });
  await page.click('#load-details summary');
  await page.check('input[name="load-mode"][value="replace"]');
  await page.setInputFiles('#folder-input', join(dir, 'ferry'));
  assert.match(await loaded(page), /^Loaded 3 files: 3 articles/);
  const sources = await page.$$eval('#events > li', lis => lis.map(li => [...li.querySelectorAll('[data-article]')].map(b => b.textContent)));
  assert.deepEqual(sources, [['read “Harbour news”, 2026-03-02', 'read “Harbour news”, 2026-03-03', 'read “Ferries stop”']]);
  assert.deepEqual(problems, []);
}));

test('a folder can replace the bundled corpus, with its own entities and dates', () => withPage(async ({ page, problems }) => {
  const dir = scratch('class', {
    'class/sub/2026-03-01-vote.md': `# Water Board votes\n\nThe Water Board met the council. ${PARA}\n`,
    'class/undated.txt': `Board chair speaks\n\nThe Water Board chair said the plan was fair and good for farmers in the valley.\n`,
    'class/corpus.toml': '[[article]]\nfile = "undated.txt"\ndate = "2026-03-02"\nnote = "the chair spoke the day after the vote"\n',
    'class/entities.toml': '[[entity]]\nname = "Water Board"\nkind = "organisation"\n',
    'class/scan.pdf': '%PDF-1.4 not text',
    'class/page.html': `<html><body><h1>Board report</h1><p>${PARA}</p><script>window.__ran = true</script></body></html>`,
    'class/binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
    'class/empty.txt': '',
  });
  await page.click('#load-details summary');
  await page.check('input[name="load-mode"][value="replace"]');
  await page.setInputFiles('#folder-input', join(dir, 'class'));
  // Six files (the two .toml files are no texts): three gave an article,
  // three have problems (a PDF, a PNG named .txt, an empty file).
  assert.equal(await loaded(page), 'Loaded 3 of 6 files: 3 articles; 3 files with problems (see "Files with problems"), instead of the bundled corpus. Shown now: 3 articles of “class” (your texts). The next texts you load join these (or choose “replace it” above).');
  assert.equal(await page.textContent('#corpus-about'), 'Your texts: 5 files (2 gave no article).');
  const rows = await page.$$eval('#articles tbody tr', trs => trs.map(t => [t.dataset.id, t.dataset.date]));
  assert.deepEqual(rows, [['class/sub/2026-03-01-vote.md#1', '2026-03-01'], ['class/undated.txt#1', '2026-03-02'], ['class/page.html#1', '']]);
  assert.equal(await page.evaluate(() => window.__ran), undefined, 'scripts in a loaded page never run');
  const chips = await page.$$eval('.chip', cs => cs.map(c => c.dataset.term));
  assert.deepEqual(chips, ['Water Board'], 'the folder\'s own entities replace the bundled list');
  const warnings = await page.$$eval('#warnings li', lis => lis.map(l => l.textContent));
  assert.ok(warnings.some(w => w.includes('scan.pdf') && w.includes('not a .txt, .md or .html file')), warnings.join(' | '));
  assert.ok(warnings.some(w => w.startsWith('class/binary.txt: skipped: this is a PNG image file, not text')), warnings.join(' | '));
  assert.ok(warnings.some(w => w.startsWith('class/empty.txt: skipped: the file is empty')), warnings.join(' | '));
  // The reader shows the new corpus's latest article, not one of the
  // bundled corpus it showed before.
  assert.match(await page.textContent('#reader .byline'), /^2026-03-02 · curated: the chair spoke the day after the vote · class\/undated\.txt#1 · /);
  assert.equal(await page.textContent('#reader h3'), 'Board chair speaks');
  assert.deepEqual(problems, []);
}));

test('a text with no name replaces the bundled corpus: "In context" says there is nothing to show, not the bundled corpus\'s count', () => withPage(async ({ page, problems }) => {
  assert.match(await page.textContent('#kwic-count'), /occurrences of /, 'the bundled corpus has its contexts');
  await page.click('#load-details summary');
  await page.fill('#paste-name', '2026-03-05-notes');
  await page.fill('#paste-text', 'notes\n\nwe talked about the water plan and the council vote in the valley town, and about the budget.\n');
  await page.click('#paste-load');
  assert.match(await loaded(page), /^Loaded 1 file: 1 article, instead of the bundled corpus\./);
  assert.equal(await page.textContent('#kwic-count'), 'No name or query to show in context: add a query above the mentions chart.');
  assert.equal(await page.locator('#kwic .kwic-line').count(), 0);
  assert.deepEqual(problems, []);
}));

test('texts that replace the bundled corpus show their own people, places and organisations, and no bundled name', () => withPage(async ({ page, problems }) => {
  const dir = scratch('europe', {
    'europe/2024-05-02-summit.txt': 'Leaders meet in Berlin\n\nFrench President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday. '
      + 'Macron said the European Union (EU) must act. Scholz told reporters in Berlin that Germany agreed.\n\n'
      + 'The talks followed a visit by Macron to Paris. Scholz said the Christian Democratic Union (CDU) opposes the plan.\n',
    'europe/2024-05-09-vote.txt': 'A vote in Brussels\n\nIn Brussels, Mr. Macron and Olaf Scholz backed the plan. Emmanuel Macron said France would pay. '
      + 'The EU will vote in June. Scholz said the Christian Democratic Union would not block it.\n',
    'europe/2024-05-10-votacion.txt': 'Votación en Bruselas\n\nEl presidente Macron dijo en Bruselas que Francia pagará. Scholz dijo que Alemania está de acuerdo.\n',
  });
  await page.click('#load-details summary');
  await page.check('input[name="load-mode"][value="replace"]');
  await page.setInputFiles('#folder-input', join(dir, 'europe'));
  assert.match(await loaded(page), /: 3 articles, instead of the bundled corpus\./);
  const chips = await page.$$eval('.chip', cs => cs.map(c => c.dataset.term));
  for (const name of ['Emmanuel Macron', 'Olaf Scholz', 'European Union', 'Berlin']) {
    assert.ok(chips.includes(name), `${name} in ${chips.join(', ')}`);
  }
  const legend = await page.textContent('#mentions-legend');
  assert.ok(legend.includes('Macron') || legend.includes('Scholz'), legend);
  // Nothing of the bundled corpus anywhere: chips, legend, contexts,
  // reader, events, the URL.
  const text = await page.evaluate(() => document.body.innerText + ' ' + location.hash);
  for (const bundled of ['Petro', 'Trump', 'Maduro', 'Rubio', 'Colombia', 'Venezuela', 'Bogotá']) {
    assert.ok(!text.includes(bundled), `${bundled} is still on the page`);
  }
  // The list downloads as an entities.toml; put next to the texts, the
  // command line counts what the page counts.
  // All chips, when some are folded away (a click on a hidden button would
  // wait for playwright's 30 s timeout).
  if (await page.isVisible('#more-chips')) await page.click('#more-chips');
  const shown = Object.fromEntries(await page.$$eval('.chip', cs => cs.map(c => [c.dataset.term, Number(c.querySelector('.count').textContent.replace(/\D/g, ''))])));
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="mentions"][data-format="toml"]')]);
  assert.equal(dl.suggestedFilename(), 'entities.toml');
  const toml = readFileSync(await dl.path(), 'utf8');
  assert.match(toml, /name = "Emmanuel Macron"\nkind = "person"\naliases = \[[^\]]*"Macron"/);
  assert.ok(!toml.includes('Petro'), toml);
  writeFileSync(join(dir, 'europe', 'entities.toml'), toml);
  const listed = cli(['entities', join(dir, 'europe')]).entities;
  for (const e of listed) {
    if (e.mentions > 0) assert.equal(shown[e.name], e.mentions, `${e.name}: page ${shown[e.name]}, CLI ${e.mentions}`);
    assert.equal(e.source, 'entities.toml');
  }
  await page.locator('#chips').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, 'own-corpus-entities.png'), fullPage: false });
  assert.deepEqual(problems, []);
}));

test('the reader edits the names: each edit counts again, stays after a reload and in the workspace file, and its entities.toml gives the CLI the same counts', () => withPage(async ({ page, problems }) => {
  const dir = scratch('tennis', {
    'tennis/2024-07-01-wimbledon.txt': 'Williams sisters return to Wimbledon\n\nSerena Williams and Venus Williams arrived at the All England Club on Monday. '
      + 'Serena Williams said she felt ready after a long break. Venus Williams told reporters in London that the grass suited her game.\n\n'
      + 'The tournament director, Sally Bolton, said the All England Club expected record crowds. Coco Gauff, who beat Serena Williams in an exhibition last month, is seeded second.\n',
    'tennis/2024-07-03-gauff.txt': 'Gauff wins in straight sets\n\nCoco Gauff beat Emma Raducanu 6-3 6-4 on Centre Court on Wednesday. Gauff said the crowd at Wimbledon had been generous. '
      + 'Raducanu told the BBC she would return stronger.\n\nIn the evening, Venus Williams lost to Elena Rybakina. Rybakina said Venus Williams remained an inspiration.\n',
    'tennis/2024-07-05-serena.txt': 'Serena Williams into the last sixteen\n\nSerena Williams defeated Jelena Ostapenko on Friday. Williams said after the match that her serve had returned. '
      + 'Gauff watched from the players\' box at Wimbledon.\n\nSally Bolton confirmed that the roof of Centre Court would stay open. The BBC said the match drew eleven million viewers in Britain.\n',
  });
  await page.click('#load-details summary');
  await page.check('input[name="load-mode"][value="replace"]');
  await page.setInputFiles('#folder-input', join(dir, 'tennis'));
  assert.match(await loaded(page), /: 3 articles, instead of the bundled corpus\./);
  const chips = () => page.$$eval('.chip', cs => Object.fromEntries(cs.map(c => [c.dataset.term, Number(c.querySelector('.count').textContent.replace(/\D/g, ''))])));
  assert.equal((await chips())['Coco Gauff'], 5);
  assert.equal((await chips())['All England Club'], 2, '"the All England Club": its "All" is part of the name');
  await page.click('#entities-edit');
  assert.ok(await page.isVisible('#entities-dialog'));
  assert.match(await page.textContent('#entities-ambiguous'), /Williams/);
  const status = () => page.textContent('#entities-status');
  const row = name => `#entities-table tr[data-entity="${name}"]`;
  await page.fill(`${row('Coco Gauff')} input`, 'Cori Gauff');
  await page.press(`${row('Coco Gauff')} input`, 'Enter');
  assert.match(await status(), /^Renamed "Coco Gauff" to "Cori Gauff"\. Counted again in \d+ ms\.$/);
  await page.selectOption(`${row('Serena Williams')} select[aria-label^="Kind"]`, 'person');
  assert.match(await status(), /^"Serena Williams" is a person\./);
  await page.selectOption(`${row('BBC')} select[aria-label^="Kind"]`, 'organisation');
  assert.match(await status(), /^"BBC" is an organisation\./, 'an, before a vowel');
  await page.focus(`${row('All England Club')} select[aria-label^="Merge"]`);
  await page.selectOption(`${row('All England Club')} select[aria-label^="Merge"]`, 'Wimbledon');
  assert.match(await status(), /^Merged "All England Club" into "Wimbledon"/);
  await page.click(`${row('Elena Rybakina')} button[aria-label^='Split']`);
  await page.click(`${row('BBC')} button[aria-label="Hide BBC"]`);
  // A thing no capital marks as a name (Jelena Ostapenko, met once, is
  // found: "defeated Jelena Ostapenko" is two words of a name inside a
  // sentence).
  await page.fill('#entity-add-name', 'Court roof');
  await page.fill('#entity-add-aliases', 'roof');
  await page.selectOption('#entity-add-kind', 'other');
  await page.click('#entity-add button[type="submit"]');
  assert.match(await status(), /^Added "Court roof"/);
  // A refused edit says why and changes nothing.
  await page.fill(`${row('Cori Gauff')} input`, 'Wimbledon');
  await page.press(`${row('Cori Gauff')} input`, 'Enter');
  assert.equal(await status(), 'Not changed: "Wimbledon" is already an entity\'s name');
  assert.deepEqual(await page.$$eval('#entities-hidden .hidden-name', hs => hs.map(h => h.firstChild.textContent)), ['BBC']);
  // A place's names in other languages, never written here, are summed up
  // after the forms met ("London 1 · + 5 not met"), not listed with 0.
  const londonForms = await page.$$eval(`${row('London')} .alias`, as => as.map(a => [a.textContent, a.title]));
  assert.match(londonForms[0][0], /^London\s*1/);
  assert.match(londonForms.at(-1)[0], /^\+ \d+ not met$/);
  assert.match(londonForms.at(-1)[1], /Londres/);
  // (An entity's own name stays first even when the texts never write
  // it, as "Cori Gauff" after the rename.)
  assert.deepEqual(await page.$$eval('#entities-table tbody tr', rs => rs.flatMap(r => [...r.querySelectorAll('.alias')].slice(1))
    .filter(a => a.querySelector('.count')?.textContent.trim() === '0').map(a => a.textContent)), []);
  await page.screenshot({ path: join(shots, 'entity-editor.png') });
  await page.click('#entities-close');
  const expected = { 'Cori Gauff': 5, Wimbledon: 5, 'Serena Williams': 5, Rybakina: 1, 'Elena Rybakina': 1, 'Court roof': 1, 'Jelena Ostapenko': 1 };
  const check = async when => {
    // All chips, when some are folded away (a click on a hidden button would
  // wait for playwright's 30 s timeout).
  if (await page.isVisible('#more-chips')) await page.click('#more-chips');
    const now = await chips();
    for (const [name, n] of Object.entries(expected)) assert.equal(now[name], n, `${when}: ${name} in ${JSON.stringify(now)}`);
    for (const gone of ['Coco Gauff', 'All England Club', 'BBC']) assert.ok(!(gone in now), `${when}: ${gone}`);
    return now;
  };
  const shown = await check('after the edits');
  // Kept in this browser: after a reload, the same names.
  await page.reload();
  await page.waitForFunction(() => /^Restored your workspace: 3 files/.test(document.getElementById('load-progress').textContent));
  await check('after a reload');
  // The entities.toml download: next to the texts, the CLI counts what
  // the page counts.
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="mentions"][data-format="toml"]')]);
  const toml = readFileSync(await dl.path(), 'utf8');
  assert.match(toml, /^hide = \["BBC"\]/);
  writeFileSync(join(dir, 'tennis', 'entities.toml'), toml);
  const listed = cli(['entities', join(dir, 'tennis')]).entities;
  for (const e of listed) {
    if (e.mentions > 0) assert.equal(shown[e.name], e.mentions, `${e.name}: page ${shown[e.name]}, CLI ${e.mentions}`);
  }
  assert.equal(listed.filter(e => e.mentions > 0).length, Object.keys(shown).length);
  // The workspace file carries the edits.
  await page.click('#load-details summary');
  const [ws] = await Promise.all([page.waitForEvent('download'), page.click('#export-workspace')]);
  assert.equal(JSON.parse(readFileSync(await ws.path(), 'utf8')).entities, toml);
  // Undone, the names found come back.
  await page.click('#entities-edit');
  await page.click('#entities-reset');
  assert.match(await status(), /^Your changes are undone/);
  await page.click('#entities-close');
  assert.equal((await chips())['Coco Gauff'], 5);
  assert.deepEqual(problems, []);
}));

test('pasted text and dropped files are analysed, joining or replacing the corpus shown; back to the bundled corpus', () => withPage(async ({ page, problems }) => {
  // One tab: no save may take this tab's own save for another tab's and
  // ask which to keep (two saves in flight once did, after the 65 MB drop).
  page.on('dialog', d => { problems.push(`dialog: ${d.message()}`); d.dismiss(); });
  assert.match(await page.textContent('#corpus-about'), /^The bundled corpus: news pages about the 2025–2026 tensions between the United States and Colombia\./,
    'the bundled corpus is introduced');
  await page.click('#load-details summary');
  // The choice comes before every way of loading (it governs them all).
  assert.ok(await page.$eval('fieldset.mode', f => f.compareDocumentPosition(document.getElementById('drop-zone')) & Node.DOCUMENT_POSITION_FOLLOWING));
  // Until one chooses, one's own texts replace the bundled corpus, and
  // join one's own texts once they are shown.
  assert.equal(await page.$eval('input[name="load-mode"]:checked', r => r.value), 'replace');
  await page.fill('#paste-name', '2026-03-05-class-notes');
  await page.fill('#paste-text', `Notes from class\n\nPetro and Trump spoke by phone, and the talks went well. ${PARA}\n`);
  await page.click('#paste-load');
  // The choice turns to "join", and the message says so.
  assert.equal(await loaded(page), 'Loaded 1 file: 1 article, instead of the bundled corpus. Shown now: 1 article of “my-texts” (your texts). The next texts you load join these (or choose “replace it” above).');
  assert.equal(await page.$eval('input[name="load-mode"]:checked', r => r.value), 'add');
  assert.deepEqual(await page.$$eval('#articles tbody tr', trs => trs.map(t => [t.dataset.id, t.dataset.date])),
    [['2026-03-05-class-notes.txt#1', '2026-03-05']]);
  assert.equal(await page.textContent('#corpus-about'), 'Your texts: 1 file.');
  // Dated by its file name: the byline says so, not the day twice.
  assert.match(await page.textContent('#reader .byline'), /^2026-03-05 · file name · 2026-03-05-class-notes\.txt#1 · /);
  assert.equal(await page.$eval('input[name="load-mode"]:checked', r => r.value), 'add');
  const drop = (name, text) => page.evaluate(([name, text]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type: 'text/plain' }));
    document.getElementById('drop-zone').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [name, text]);
  const ids = () => page.$$eval('#articles tbody tr', trs => trs.map(t => t.dataset.id));
  // "join": with the texts shown (the bundled corpus stays out); the
  // message counts this load's articles, not the earlier ones.
  await page.check('input[name="load-mode"][value="add"]');
  await drop('2026-04-01-drop.txt', 'Dropped story\n\nThe mayor opened the new bridge over the river on a sunny day.\n');
  assert.equal(await loaded(page), 'Loaded 1 file: 1 article. Shown now: 2 articles of “my-texts” (your texts).', 'files join those loaded before');
  assert.deepEqual(await ids(), ['2026-03-05-class-notes.txt#1', '2026-04-01-drop.txt#1']);
  // The same text again under another name (a folder loaded twice) is
  // read once, and said.
  await drop('copy-of-drop.txt', 'Dropped story\n\nThe mayor opened the new bridge over the river on a sunny day.\n');
  assert.match(await loaded(page), /^Loaded 0 of 1 file \(one a copy of another, not kept\): 0 articles; 1 file with problems/);
  assert.deepEqual(await ids(), ['2026-03-05-class-notes.txt#1', '2026-04-01-drop.txt#1']);
  assert.equal(await page.textContent('#corpus-about'), 'Your texts: 2 files.', 'the copy is not one of them');
  assert.ok((await page.$$eval('#warnings li', lis => lis.map(l => l.textContent))).includes('copy-of-drop.txt: skipped: the same text as 2026-04-01-drop.txt, read once'));
  // An empty file, loaded twice: the second load replaced nothing worth
  // saying (it said "it replaces the file of the same name").
  for (let i = 0; i < 2; i++) {
    await drop('empty-notes.txt', '');
    assert.equal(await loaded(page), 'Loaded 0 of 1 file: 0 articles; 1 file with problems (see "Files with problems"). Shown now: 2 articles of “my-texts” (your texts).');
  }
  // The same file again under its own name replaces itself, and says
  // so: nothing is counted twice.
  await drop('2026-04-01-drop.txt', 'Dropped story\n\nThe mayor opened the new bridge over the river on a sunny day.\n');
  assert.equal(await loaded(page), 'Loaded 1 file: 1 article (it replaces the file of the same name loaded before). Shown now: 2 articles of “my-texts” (your texts).');
  assert.deepEqual(await ids(), ['2026-03-05-class-notes.txt#1', '2026-04-01-drop.txt#1']);
  // A later file that joins them keeps that line (it was lost at the next
  // load).
  await drop('2026-04-03-third.txt', 'Third story\n\nThe library opened a reading room for the children of the town.\n');
  assert.match(await loaded(page), /^Loaded 1 file: 1 article\./);
  assert.ok((await page.$$eval('#warnings li', lis => lis.map(l => l.textContent))).includes('copy-of-drop.txt: skipped: the same text as 2026-04-01-drop.txt, read once'));
  // "replace" twice: the second load replaces the first, not joins it.
  await page.check('input[name="load-mode"][value="replace"]');
  await drop('2026-04-02-second.txt', 'Second folder\n\nThe school board chose a new head teacher for the primary school.\n');
  // (The earlier files: the notes, the dropped story, the third, and the
  // empty file, which stays listed with its problem.)
  assert.equal(await loaded(page), 'Loaded 1 file: 1 article, instead of 4 earlier files. Shown now: 1 article of “my-texts” (your texts).');
  assert.deepEqual(await ids(), ['2026-04-02-second.txt#1']);
  // (Replaced, the skipped copy's line goes with the files it named.)
  assert.ok(!(await page.$$eval('#warnings li', lis => lis.map(l => l.textContent))).some(t => t.startsWith('copy-of-drop.txt')));
  await page.waitForTimeout(300);
  await page.reload();
  await page.waitForFunction(() => /^Restored your workspace: 1 file/.test(document.getElementById('load-progress').textContent));
  assert.deepEqual(await ids(), ['2026-04-02-second.txt#1'], 'what replaced the corpus is what is kept');
  await page.click('#load-details summary');
  await page.check('input[name="load-mode"][value="add"]');
  await drop('2026-04-01-drop.txt', 'Dropped story\n\nThe mayor opened the new bridge over the river on a sunny day.\n');
  assert.equal(await loaded(page), 'Loaded 1 file: 1 article. Shown now: 2 articles of “my-texts” (your texts).');
  assert.deepEqual(await ids(), ['2026-04-01-drop.txt#1', '2026-04-02-second.txt#1']);
  // A file over the size limit is named and refused; the others load.
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(65 * 1024 * 1024)], 'huge.txt', { type: 'text/plain' }));
    dt.items.add(new File(['Small story\n\nThe library opened a new reading room for the children of the town.\n'], 'small.txt', { type: 'text/plain' }));
    document.getElementById('drop-zone').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => /^Loaded 1 of 2 files: 1 article; 1 file with problems/.test(document.getElementById('load-progress').textContent) && /small/.test(document.querySelector('#articles tbody').textContent));
  const warnings = await page.$$eval('#warnings li', lis => lis.map(l => l.textContent));
  assert.ok(warnings.some(w => w.startsWith('huge.txt: skipped: too large (65.0 MB; the limit is 64 MB per file)')), warnings.join(' | '));
  assert.equal(await page.evaluate(() => globalThis.datelineWorkers), 1, 'the worker of the corpus shown, no other');
  await page.click('#reset-seeds');
  assert.equal(await page.locator('#articles tbody tr').count(), 9);
  await waitForWorkers(page, 0);
  assert.deepEqual(problems, []);
}));

test('the URL carries the view: reload, a copied link and back/forward restore it', async () => {
  const hash = '#q=coup%7Cputsch&s=Donald+Trump%0Acoup%7Cputsch&mode=per_10k&lens=diplomacy&day=2026-01-07&theme=dark';
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = settling(await context.newPage());
  const problems = [];
  page.on('pageerror', e => problems.push(e.message));
  page.on('console', m => { if (m.type() === 'error') problems.push(m.text()); });
  try {
    await page.goto(page_url + hash);
    await page.waitForSelector('#status[data-state="ready"]');
    const check = async () => {
      assert.deepEqual(await page.$$eval('#mentions-legend [data-term]', s => s.map(x => x.dataset.term)), ['Donald Trump', 'coup|putsch']);
      assert.equal(await page.getAttribute('[data-mode="per_10k"]', 'aria-pressed'), 'true');
      assert.equal(await page.getAttribute('[data-lens="diplomacy"]', 'aria-pressed'), 'true');
      assert.equal(await page.textContent('#day-label'), 'Showing 2026-01-07');
      assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
    };
    await check();
    await page.reload();
    await page.waitForSelector('#status[data-state="ready"]');
    await check();
    // The theme switch and the reader are part of the view too. (On this
    // light system: dark, light, auto, and from auto dark first, the
    // first click changing what is seen.)
    await page.click('#theme-toggle');
    assert.equal(await page.getAttribute('html', 'data-theme'), 'light');
    await page.click('#theme-toggle');
    assert.equal(await page.getAttribute('html', 'data-theme'), null);
    assert.match(page.url(), /^[^#]*#(?!.*theme=)/);
    assert.equal(await page.textContent('#theme-toggle'), 'Theme: auto');
    await page.click('#theme-toggle');
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
    await page.click('#all-days');
    await page.click('tr[data-id="003_d266aa3ed433b410.txt#1"] a.title');
    assert.match(page.url(), /read=003_d266aa3ed433b410\.txt%231/);
    await page.reload();
    await page.waitForSelector('#status[data-state="ready"]');
    assert.match(await page.textContent('#reader h3'), /^Trump appears to back away/);
    await page.click('#mentions-chart .day-hit[data-date="2026-01-07"]');
    // A change makes a history entry; back restores the previous view.
    await page.click('#mentions-chart .day-hit[data-date="2026-01-05"]');
    assert.match(page.url(), /day=2026-01-05/);
    await page.goBack();
    await page.waitForFunction(() => document.getElementById('day-label').textContent === 'Showing 2026-01-07');
    await page.goForward();
    await page.waitForFunction(() => document.getElementById('day-label').textContent === 'Showing 2026-01-05');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('downloads: SVG parses, PNG is 2x, CSV and JSON hold the CLI numbers', () => withPage(async ({ page, problems }) => {
  const save = async (which, format) => {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`[data-download="${which}"][data-format="${format}"]`)]);
    return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) };
  };
  const svg = await save('mentions', 'svg');
  assert.equal(svg.name, 'dateline-mentions.svg');
  const text = svg.bytes.toString('utf8');
  assert.ok(text.startsWith('<?xml') && text.includes('<svg') && text.trimEnd().endsWith('</svg>'));
  const parses = await page.evaluate(t => !new DOMParser().parseFromString(t, 'image/svg+xml').querySelector('parsererror'), text);
  assert.equal(parses, true, 'the SVG is well-formed XML');
  // The file says what it shows: a title, each series shown in the legend,
  // and the articles and days in a caption.
  const shownSeries = await page.$$eval('#mentions-legend [data-term]', s => s.map(x => x.dataset.term));
  assert.ok(shownSeries.length >= 2);
  assert.match(text, />Mentions per day \(count\)<\/text>/);
  for (const t of shownSeries) assert.ok(text.includes(`>${t}</text>`), `legend: ${t}`);
  assert.match(text, />“United States–Colombia, 2025–2026”: 9 articles, \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2} · made with dateline<\/text>/);
  const fileHeight = Number(text.match(/<svg[^>]* height="([0-9.]+)"/)[1]);
  assert.ok(fileHeight > 300, `${fileHeight}: the chart and its labels`);
  const png = PNG.sync.read((await save('mentions', 'png')).bytes);
  assert.deepEqual([png.width, png.height], [1800, 2 * fileHeight]);
  // Not blank below the chart: the legend and caption are drawn in it.
  const inked = y => { let n = 0; for (let x = 0; x < png.width; x++) { const i = 4 * (y * png.width + x); if (png.data[i] < 128) n++; } return n; };
  let below = 0;
  for (let y = 2 * 344; y < png.height; y++) below += inked(y);
  assert.ok(below > 200, `${below} dark pixels under the chart`);
  const tone = (await save('sentiment', 'svg')).bytes.toString('utf8');
  assert.match(tone, />Tone per day: positive and negative words<\/text>/);
  for (const k of ['positive words', 'negative words']) assert.ok(tone.includes(`>${k}</text>`), k);
  const counts = cli(['counts']);
  const series = await page.$$eval('#mentions-legend [data-term]', s => s.map(x => x.dataset.term));
  const csv = (await save('mentions', 'csv')).bytes.toString('utf8').trim().split('\n').map(l => l.split(','));
  assert.deepEqual(csv[0].slice(0, 3), ['date', 'articles', 'words']);
  assert.equal(csv.length, counts.days.length + 1);
  for (const [i, d] of counts.days.entries()) {
    const row = csv[i + 1];
    assert.equal(row[0], d.date);
    series.forEach((t, k) => {
      assert.equal(Number(row[3 + 3 * k]), d.counts[t], `${d.date} ${t}`);
      assert.ok(Math.abs(Number(row[4 + 3 * k]) - d.per_10k[t]) <= 0.005);
      assert.ok(Math.abs(Number(row[5 + 3 * k]) - d.article_share[t]) <= 0.00005);
    });
  }
  // Rounded for a spreadsheet: 231.73, not 231.729055258467.
  assert.deepEqual(csv.flat().filter(c => /\.\d{5,}/.test(c)), []);
  assert.ok(csv.flat().includes('231.73'), 'the per-10k value of 2025-07-04, rounded');
  // The JSON download is the command line's text, byte for byte.
  assert.equal((await save('mentions', 'json')).bytes.toString('utf8'), execFileSync(bin, ['counts', '--json'], { encoding: 'utf8' }));
  assert.equal((await save('sentiment', 'json')).bytes.toString('utf8'), execFileSync(bin, ['sentiment', '--json'], { encoding: 'utf8' }));
  // The CLI renders the same files for static sites.
  const out = join(root, 'target', 'browser-input', 'cli-mentions.svg');
  mkdirSync(dirname(out), { recursive: true });
  execFileSync(bin, ['chart', 'mentions', '--out', out]);
  assert.equal(readFileSync(out, 'utf8'), text, 'dateline chart mentions = the page download');
  execFileSync(bin, ['chart', 'sentiment', '--out', out]);
  assert.equal(readFileSync(out, 'utf8'), (await save('sentiment', 'svg')).bytes.toString('utf8'));
  assert.deepEqual(JSON.parse((await save('sentiment', 'json')).bytes.toString('utf8')), cli(['sentiment']));
  const scsv = (await save('sentiment', 'csv')).bytes.toString('utf8').trim().split('\n');
  assert.equal(scsv.length, cli(['sentiment']).days.length + 1);
  assert.deepEqual(scsv.flatMap(l => l.split(',')).filter(c => /\.\d{5,}/.test(c)), []);
  assert.deepEqual(problems, []);
}));

test('embed mode shows only the chart with its legend and caption; the dialog gives the snippet', async () => {
  const context = await browser.newContext({ viewport: { width: 640, height: 380 } });
  const page = settling(await context.newPage());
  const problems = [];
  const requests = [];
  page.on('request', r => requests.push(r.url()));
  page.on('pageerror', e => problems.push(e.message));
  page.on('console', m => { if (m.type() === 'error') problems.push(m.text()); });
  try {
    await page.goto(`${page_url}#s=Gustavo+Petro%0ADonald+Trump&mode=share&embed=mentions`);
    await page.waitForSelector('#status[data-state="ready"]', { state: 'attached' });
    assert.equal(await page.isVisible('#mentions-chart svg'), true);
    for (const hidden of ['.top', '#sentiment-section', '#events-section', '#articles-section', '#query-form', '#chips', '.chips-tools']) {
      assert.equal(await page.isVisible(hidden), false, `${hidden} is hidden in embed mode`);
    }
    assert.deepEqual(await page.$$eval('#mentions-legend [data-term]', s => s.map(x => x.dataset.term)), ['Gustavo Petro', 'Donald Trump']);
    const caption = await page.textContent('[data-caption="mentions"]');
    assert.match(caption, /^Mentions per day · 9 articles of the bundled corpus .* share of the day's articles mentioning; whole words/);
    assert.match(await page.getAttribute('[data-caption="mentions"] a', 'href'), /dateline\.html#.*mode=share/);
    const width = await page.evaluate(() => document.querySelector('#mentions-chart svg').getBoundingClientRect().width);
    assert.ok(width > 560 && width <= 640, `the chart fills the frame (${width}px)`);
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(page_url);
    await page.waitForSelector('#status[data-state="ready"]');
    await page.click('[data-embed-dialog="sentiment"]');
    const snippet = await page.inputValue('#embed-snippet');
    assert.match(snippet, /^<iframe src="dateline\.html#s=[^"]*&embed=sentiment" width="100%" height="\d+" style="border:0" title="Tone per day — dateline" loading="lazy"><\/iframe>$/);
    // (The article the reader shows is no part of the chart's link.)
    assert.doesNotMatch(snippet, /[#&]read=/);
    assert.equal(await page.isVisible('#embed-own'), false, 'no own texts, nothing to warn of');
    assert.equal(await page.isVisible('#embed-day'), false, 'no period selected, none said');
    await page.click('#embed-close');
    // A period selected goes with the view, and the dialog says so.
    await page.click('#mentions-chart .day-hit[data-date="2026-01-07"]');
    await page.click('[data-embed-dialog="sentiment"]');
    assert.match(await page.inputValue('#embed-snippet'), /day=2026-01-07/);
    assert.equal(await page.textContent('#embed-day'), 'The chart marks 2026-01-07, the period selected now. For a chart with none marked, click “Show all days” first.');
    await page.click('#embed-close');
    await page.click('#all-days');
    // With own texts loaded: the dialog says they are not in the file, and
    // the embedded chart shows what the file holds, in this browser too
    // (it does not restore the workspace kept here), as readers see it.
    await page.click('#load-details summary');
    await page.check('input[name="load-mode"][value="add"]');
    await page.fill('#paste-text', 'Class notes\n\nWe talked about the water plan and the council vote in the valley town.\n');
    await page.click('#paste-load');
    assert.match(await loaded(page), /^Loaded 1 file/);
    await page.waitForTimeout(300);
    await page.click('[data-embed-dialog="mentions"]');
    assert.equal(await page.textContent('#embed-own-text'), 'Your texts (1 file) are kept in this browser, not in dateline.html. Download the page with them inside, my-texts.html, and put it next to your post: the snippet points at it.');
    // The snippet points at the page to download (see the next test) …
    const src = (await page.inputValue('#embed-snippet')).match(/src="([^"]*)"/)[1];
    assert.match(src, /^my-texts\.html#.*&embed=mentions$/);
    assert.equal(await page.textContent('#embed-file'), 'my-texts.html');
    await page.click('#embed-close');
    // … for dateline.html, embedded, shows what it holds, in this browser
    // too (it does not restore the workspace kept here), as readers see it.
    const frame = settling(await context.newPage());
    frame.on('pageerror', e => problems.push(e.message));
    await frame.goto(new URL(src.replace(/^my-texts\.html/, 'dateline.html'), page_url).href);
    await frame.waitForSelector('#status[data-state="ready"]', { state: 'attached' });
    await frame.waitForTimeout(500);
    assert.match(await frame.textContent('[data-caption="mentions"]'), /^Mentions per day · 9 articles of the bundled corpus/);
    assert.equal(await frame.$$eval('#articles tbody tr', trs => trs.length), 9, 'the file\'s corpus, not the workspace');
    assert.deepEqual(fetched(requests).filter(u => !u.startsWith('file:')), [], 'embedding makes no request');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a page made in the browser holds your texts, names, dates and view, and its embed shows them in a fresh browser', async () => {
  const dir = scratch('made', {
    'class/2026-05-04-first.txt': `First lesson\n\nThe Water Board met the council about the water plan for the valley town. ${PARA}\n`,
    'class/undated-visit.txt': `Visit to the dam\n\nThe class visited the dam with the Water Board and asked about the plan for the summer.\n`,
    'class/report.html': `<!DOCTYPE html><html lang="en"><head><title>Board report | Valley News</title><meta property="article:published_time" content="2026-05-06T10:00:00+02:00"></head>
      <body><nav><a href="/">Home</a></nav><article><h1>Board report</h1><p>${PARA}</p><p>The Water Board said the plan would be ready by the summer.</p></article></body></html>`,
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const problems = [];
  let made;
  try {
    const page = settling(await context.newPage());
    page.on('pageerror', e => problems.push(e.message));
    page.on('console', m => { if (m.type() === 'error') problems.push(m.text()); });
    await page.goto(page_url);
    await page.waitForSelector('#status[data-state="ready"]');
    await page.click('#load-details summary');
    await page.check('input[name="load-mode"][value="replace"]');
    await page.setInputFiles('#folder-input', join(dir, 'class'));
    assert.match(await loaded(page), /^Loaded 3 files: 3 articles, instead of the bundled corpus\. Shown now: 3 articles of “class” \(your texts\)\. The next texts you load join these \(or choose “replace it” above\)\.$/);
    await page.fill('input[data-date-for="class/undated-visit.txt#1"]', '2026-05-05');
    await page.click('button[data-set-date="class/undated-visit.txt#1"]');
    assert.equal(await page.textContent('#corpus-name-default'), '(left empty: “class”)', 'the name it takes by default, said');
    await page.fill('#corpus-name', 'Class of 2026');
    // The name is the workspace's: it comes back on reload.
    await page.waitForTimeout(400);
    await page.reload();
    await page.waitForSelector('#status[data-state="ready"]');
    await page.waitForFunction(() => document.getElementById('load-progress').textContent.startsWith('Restored'));
    assert.equal(await page.inputValue('#corpus-name'), 'Class of 2026', 'the corpus\'s name after a reload');
    await page.click('#mentions-chart .day-hit[data-date="2026-05-05"]');
    const expected = await page.$$eval('#articles tbody tr', trs => trs.map(t => [t.dataset.id, t.dataset.date]));
    // The embed dialog points at the page to download, not at this one.
    await page.click('[data-embed-dialog="mentions"]');
    assert.equal(await page.isVisible('#embed-own'), true);
    const snippet = await page.inputValue('#embed-snippet');
    assert.match(snippet, /^<iframe src="Class%20of%202026\.html#.*&embed=mentions"/);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#embed-download')]);
    assert.equal(dl.suggestedFilename(), 'Class of 2026.html');
    const out = join(root, 'target', 'browser-input', 'made', 'Class of 2026.html');
    mkdirSync(dirname(out), { recursive: true });
    copyFileSync(await dl.path(), out);
    made = { out, snippet, expected };
    assert.match(await page.textContent('#load-progress'), /^Made Class of 2026\.html \([\d.]+ MB\)/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
  // A fresh browser (a new profile: nothing stored): the made page shows
  // the texts, the date set by hand and the view it was made with.
  const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = settling(await fresh.newPage());
    page.on('pageerror', e => problems.push(e.message));
    page.on('console', m => { if (m.type() === 'error') problems.push(m.text()); });
    await page.goto(pathToFileURL(made.out).href);
    await page.waitForSelector('#status[data-state="ready"]');
    assert.equal(await page.textContent('#corpus-about'), '“Class of 2026”: 3 files baked into this page.');
    assert.equal(await page.textContent('#day-label'), 'Showing 2026-05-05', 'the view it was made with');
    assert.deepEqual(await page.$$eval('#articles tbody tr', trs => trs.map(t => [t.dataset.id, t.dataset.date])), made.expected);
    await page.click('#all-days');
    const rows = await page.$$eval('#articles tbody tr', trs => trs.map(t => [t.dataset.id, t.dataset.date]));
    assert.deepEqual(rows.map(r => r.join(' ')).sort(), ['class/2026-05-04-first.txt#1 2026-05-04', 'class/report.html#1 2026-05-06', 'class/undated-visit.txt#1 2026-05-05']);
    assert.equal(await page.textContent('tr[data-id="class/undated-visit.txt#1"] .from'), 'set by hand');
    assert.equal(await page.title(), 'Class of 2026 — dateline');
    // Its own embed snippet names it once encoded (the address holds the
    // name encoded already) and is titled by the corpus.
    await page.click('[data-embed-dialog="mentions"]');
    assert.equal(await page.textContent('#embed-file'), 'Class of 2026.html');
    const own = await page.inputValue('#embed-snippet');
    assert.match(own, /^<iframe src="Class%20of%202026\.html#[^"]*embed=mentions" [^>]*title="Mentions per day · Class of 2026 — dateline"/);
    await page.keyboard.press('Escape');
    // Its embed, as a reader of the post opens it.
    const src = made.snippet.match(/src="([^"]+)"/)[1];
    const embed = settling(await fresh.newPage());
    embed.on('pageerror', e => problems.push(e.message));
    await embed.setViewportSize({ width: 640, height: 400 });
    await embed.goto(`${pathToFileURL(dirname(made.out)).href}/${src}`);
    await embed.waitForSelector('#status[data-state="ready"]', { state: 'attached' });
    await embed.waitForFunction(() => document.querySelector('[data-caption="mentions"]').textContent.length > 0);
    assert.match(await embed.textContent('[data-caption="mentions"]'), /^Mentions per day · 3 articles of “Class of 2026” · /);
    assert.equal(await embed.isVisible('#mentions-chart svg'), true);
    assert.deepEqual(await embed.$$eval('#mentions-legend [data-term]', s => s.map(x => x.dataset.term)), ['Water Board']);
    await embed.screenshot({ path: join(shots, 'embed-own-texts-fresh-profile.png') });
    assert.deepEqual(problems, []);
  } finally {
    await fresh.close();
  }
});

// A tab of the page in `context`, ready, its errors put in `problems`.
// With `noChannel` it never hears of the others (no BroadcastChannel): the
// version check alone must keep it from saving over them.
async function openTab(context, problems, noChannel = false) {
  const page = settling(await context.newPage());
  page.on('pageerror', e => problems.push(e.message));
  page.on('console', m => { if (m.type() === 'error') problems.push(m.text()); });
  if (noChannel) await page.addInitScript(() => { delete globalThis.BroadcastChannel; });
  await page.goto(page_url);
  await page.waitForSelector('#status[data-state="ready"]');
  await page.waitForTimeout(300);
  return page;
}

test('two tabs: a change in one is followed by the other, never saved over, and a clear clears both', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  const open = noChannel => openTab(context, problems, noChannel);
  const rows = page => page.$$eval('#articles tbody tr', trs => trs.map(t => [t.dataset.id, t.dataset.date || null]));
  const topNote = (page, re) => page.waitForFunction(source => {
    const note = document.getElementById('top-note');
    return !note.hidden && new RegExp(source).test(note.textContent);
  }, re.source, { timeout: 20000 });
  try {
    const b = await open();
    const a = await open();
    // In A: a pasted text and a date set by hand.
    await a.click('#load-details summary');
    await a.check('input[name="load-mode"][value="add"]');
    await a.fill('#paste-text', 'Class notes\n\nWe talked about the water plan and the council vote in the valley town.\n');
    await a.fill('#paste-name', 'notes.txt');
    await a.click('#paste-load');
    assert.match(await loaded(a), /^Loaded 1 file/);
    await a.fill('input[data-date-for="notes.txt#1"]', '2026-01-09');
    await a.click('button[data-set-date="notes.txt#1"]');
    // B follows, says so at the top, and a click there saves A's work
    // with B's view instead of the bundled corpus.
    await topNote(b, /changed in another tab/);
    await b.waitForFunction(() => document.querySelector('tr[data-id="notes.txt#1"]')?.dataset.date === '2026-01-09', null, { timeout: 20000 });
    await b.waitForFunction(() => /changed in another tab/.test(document.getElementById('load-progress').textContent), null, { timeout: 20000 });
    await b.click('#chips button');
    await b.waitForTimeout(300);
    await a.reload();
    await a.waitForFunction(() => /^Restored your workspace: 1 file, 1 date set by hand/.test(document.getElementById('load-progress').textContent));
    assert.ok((await rows(a)).some(([id, d]) => id === 'notes.txt#1' && d === '2026-01-09'));
    // C hears nothing; A moves the date; a click in C follows the newer
    // workspace rather than saving its older copy over it.
    const c = await open(true);
    await c.waitForFunction(() => /^Restored your workspace/.test(document.getElementById('load-progress').textContent));
    await a.click('button[data-undo="notes.txt#1"]');
    await a.fill('input[data-date-for="notes.txt#1"]', '2026-01-12');
    await a.click('button[data-set-date="notes.txt#1"]');
    await a.waitForTimeout(300);
    await c.click('#chips button');
    await topNote(c, /changed in another tab/);
    await c.waitForFunction(() => document.querySelector('tr[data-id="notes.txt#1"]')?.dataset.date === '2026-01-12', null, { timeout: 20000 });
    await a.reload();
    await a.waitForFunction(() => /^Restored your workspace: 1 file, 1 date set by hand/.test(document.getElementById('load-progress').textContent));
    assert.ok((await rows(a)).some(([id, d]) => id === 'notes.txt#1' && d === '2026-01-12'), 'the newer date was kept');
    // "Clear my data" in A: B follows; a click in B does not bring the
    // texts back.
    a.once('dialog', d => d.accept());
    await a.click('#load-details summary');
    await a.click('#clear-data');
    await a.waitForFunction(() => /^Your data was removed/.test(document.getElementById('load-progress').textContent));
    await topNote(b, /removed in another tab/);
    await b.waitForFunction(() => document.querySelectorAll('#articles tbody tr').length === 9, null, { timeout: 20000 });
    await b.click('#chips button');
    await b.waitForTimeout(300);
    await a.reload();
    await a.waitForSelector('#status[data-state="ready"]');
    await a.waitForTimeout(300);
    assert.equal(await a.locator('#articles tbody tr').count(), 9, 'cleared data stays cleared');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a date set while the tab\'s save is still being written is saved and announced too', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  try {
    const b = await openTab(context, problems);
    // A's store opens and commits slowly, as on a busy disk: the date is
    // set after the text's record was written and before it committed, and
    // B reads that record before A writes again.
    const a = settling(await context.newPage());
    a.on('pageerror', e => problems.push(e.message));
    await a.addInitScript(() => {
      const slow = (proto, name, only) => {
        const slot = Object.getOwnPropertyDescriptor(proto, name);
        Object.defineProperty(proto, name, {
          configurable: true,
          get() { return slot.get.call(this); },
          set(fn) { slot.set.call(this, fn && only(this) ? (ev => setTimeout(() => fn.call(this, ev), 1500)) : fn); },
        });
      };
      slow(IDBTransaction.prototype, 'oncomplete', () => true);
      slow(IDBRequest.prototype, 'onsuccess', req => req instanceof IDBOpenDBRequest);
    });
    await a.goto(page_url);
    await a.waitForSelector('#status[data-state="ready"]');
    await a.waitForTimeout(4000);
    await pasteText(a, 'notes.txt', 'Class notes\n\nWe talked about the water plan and the council vote in the valley town.\n');
    assert.match(await loaded(a), /^Loaded 1 file/);
    await a.waitForTimeout(2000);
    await a.fill('input[data-date-for="notes.txt#1"]', '2026-01-09');
    await a.click('button[data-set-date="notes.txt#1"]');
    await b.waitForFunction(() => document.querySelector('tr[data-id="notes.txt#1"]')?.dataset.date === '2026-01-09', null, { timeout: 20000 });
    await a.waitForTimeout(4000);
    await b.reload();
    await b.waitForFunction(() => /^Restored your workspace: 1 file, 1 date set by hand/.test(document.getElementById('load-progress').textContent));
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('two tabs that could not hear each other both changed the workspace: OK keeps both tabs\' work', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  const open = noChannel => openTab(context, problems, noChannel);
  const rows = page => page.$$eval('#articles tbody tr', trs => trs.map(t => [t.dataset.id, t.dataset.date || null]).filter(([id]) => id.includes('notes')).sort());
  try {
    // C never hears of A. A pastes notes.txt and dates it by hand; then C
    // pastes a text of its own under the same name.
    const c = await open(true);
    const a = await open();
    await pasteText(a, 'notes.txt', 'Class notes\n\nWe talked about the water plan and the council vote in the valley town.\n');
    assert.match(await loaded(a), /^Loaded 1 file/);
    await a.fill('input[data-date-for="notes.txt#1"]', '2026-01-09');
    await a.click('button[data-set-date="notes.txt#1"]');
    await a.waitForTimeout(300);
    let asked = '';
    c.once('dialog', d => { asked = d.message(); d.accept(); });
    await pasteText(c, 'notes.txt', 'Other notes\n\nThe library board met on the budget and the new reading room for the children.\n');
    await c.waitForFunction(() => /both are saved/.test(document.getElementById('top-note').textContent), null, { timeout: 20000 });
    assert.equal(await c.textContent('#load-progress'), 'Joined your changes to the other tab\'s workspace: 2 files, 1 date set by hand.');
    assert.match(asked, /OK keeps both/);
    const both = [['notes (2).txt#1', null], ['notes.txt#1', '2026-01-09']];
    assert.deepEqual(await rows(c), both, 'C shows A\'s text and date and its own text beside them');
    assert.equal(await c.textContent('tr[data-id="notes (2).txt#1"] a.title'), 'Other notes');
    await a.reload();
    await a.waitForFunction(() => /^Restored your workspace: 2 files, 1 date set by hand/.test(document.getElementById('load-progress').textContent));
    assert.deepEqual(await rows(a), both, 'and both are saved');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('dates set by hand, reload, export, clear and import: nothing is lost', async () => {
  const dir = scratch('workspace', {
    'undated-notes.txt': `Class discussion\n\nWe talked about the water plan and the council vote in the valley town.\n`,
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = settling(await context.newPage());
  const requests = [];
  page.on('request', r => requests.push(r.url()));
  const problems = [];
  page.on('pageerror', e => problems.push(e.message));
  page.on('console', m => { if (m.type() === 'error') problems.push(m.text()); });
  const ready = () => page.waitForSelector('#status[data-state="ready"]');
  const rows = () => page.$$eval('#articles tbody tr', trs => trs.map(t => [t.dataset.id, t.dataset.date || null]));
  try {
    await page.goto(page_url);
    await ready();
    await page.click('#load-details summary');
    await page.check('input[name="load-mode"][value="add"]');
    await page.setInputFiles('#file-input', join(dir, 'undated-notes.txt'));
    await loaded(page);
    assert.ok((await rows()).some(([id, d]) => id === 'undated-notes.txt#1' && d === null));
    await page.fill('input[data-date-for="undated-notes.txt#1"]', '2026-01-09');
    await page.click('button[data-set-date="undated-notes.txt#1"]');
    assert.ok((await rows()).some(([id, d]) => id === 'undated-notes.txt#1' && d === '2026-01-09'));
    assert.equal(await page.textContent('tr[data-id="undated-notes.txt#1"] .from'), 'set by hand');
    await page.click('#mentions-chart .day-hit[data-date="2026-01-07"]');
    await page.waitForTimeout(200);
    // Reload: texts, the date set by hand and the view come back.
    await page.reload();
    await ready();
    await page.waitForFunction(() => /^Restored your workspace: 1 file, 1 date set by hand/.test(document.getElementById('load-progress').textContent));
    assert.equal(await page.textContent('#day-label'), 'Showing 2026-01-07');
    await page.click('#all-days');
    assert.equal(await page.getAttribute('tr[data-id="undated-notes.txt#1"]', 'data-date'), '2026-01-09');
    // Export, clear, import: the same workspace, byte for byte (its name
    // too).
    await page.click('#load-details summary');
    await page.fill('#corpus-name', 'Notes of January');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-workspace')]);
    const exported = readFileSync(await dl.path(), 'utf8');
    assert.match(exported, /"format": "dateline-workspace"/);
    assert.match(exported, /"name": "Notes of January"/);
    // "Clear my data" asks first: dismissed, nothing goes.
    let asked = '';
    page.once('dialog', d => { asked = d.message(); d.dismiss(); });
    await page.click('#clear-data');
    await page.waitForFunction(() => /^Nothing was removed/.test(document.getElementById('load-progress').textContent));
    assert.match(asked, /^Remove your texts \(1 file, 1 date set by hand\) and your view from this browser\?/);
    assert.equal(await page.locator('tr[data-id="undated-notes.txt#1"]').count(), 1);
    page.once('dialog', d => d.accept());
    await page.click('#clear-data');
    await page.waitForFunction(() => /^Your data was removed/.test(document.getElementById('load-progress').textContent));
    assert.equal(await page.locator('#articles tbody tr').count(), 9);
    await page.reload();
    await ready();
    await page.waitForTimeout(200);
    assert.equal(await page.locator('#articles tbody tr').count(), 9, 'cleared data stays cleared');
    const file = join(dir, 'exported.json');
    writeFileSync(file, exported);
    await page.click('#load-details summary');
    await page.setInputFiles('#import-workspace', file);
    await page.waitForFunction(() => /^Imported/.test(document.getElementById('load-progress').textContent));
    assert.equal(await page.getAttribute('tr[data-id="undated-notes.txt#1"]', 'data-date'), '2026-01-09');
    assert.equal(await page.inputValue('#corpus-name'), 'Notes of January');
    const [dl2] = await Promise.all([page.waitForEvent('download'), page.click('#export-workspace')]);
    assert.equal(readFileSync(await dl2.path(), 'utf8'), exported, 'export → import → export round-trips exactly');
    // Undo the date set by hand.
    await page.click('button[data-undo="undated-notes.txt#1"]');
    assert.equal(await page.getAttribute('tr[data-id="undated-notes.txt#1"]', 'data-date'), '');
    // A corrupted workspace file is refused and changes nothing.
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, exported.replace('"version": 1', '"version": 7'));
    await page.setInputFiles('#import-workspace', bad);
    await page.waitForFunction(() => /^Not imported/.test(document.getElementById('load-progress').textContent));
    assert.match(await page.textContent('#load-progress'), /bad\.json is not a dateline workspace file: version 7 is not known.*unchanged/);
    assert.equal(await page.locator('tr[data-id="undated-notes.txt#1"]').count(), 1);
    writeFileSync(bad, '{ "format": "dateline-workspace", "version": 1, "withSeeds": true, "files": [{"name": "x.txt", "base64": "@@@"}], "overrides": {}, "view": "" }');
    await page.setInputFiles('#import-workspace', bad);
    await page.waitForFunction(() => /not valid base64/.test(document.getElementById('load-progress').textContent));
    // An import gets the checks a load gets: two files of one name, a file
    // named as a page of the bundled corpus it joins, a file over 64 MB.
    const ws = files => JSON.stringify({ format: 'dateline-workspace', version: 1, withSeeds: true, files, overrides: {}, view: '' });
    const b64 = text => Buffer.from(text).toString('base64');
    for (const [files, why] of [
      [[{ name: 'a.txt', base64: b64('One\n\nText one.') }, { name: 'a.txt', base64: b64('Two\n\nText two.') }], /file 2 \(a\.txt\) has the name of file 1/],
      [[{ name: '000_fcf66e28ab17d17e.txt', base64: b64('Mine\n\nMy text.') }], /has the name of a page of the bundled corpus/],
      [[{ name: 'big.txt', base64: 'A'.repeat(Math.ceil(78 * 1048576 * 4 / 3)) }], /big\.txt\) is 78\.0 MB; the limit is 64 MB per file/],
    ]) {
      writeFileSync(bad, ws(files));
      await page.evaluate(() => { document.getElementById('load-progress').textContent = ''; });
      await page.setInputFiles('#import-workspace', bad);
      await page.waitForFunction(() => /^Not imported/.test(document.getElementById('load-progress').textContent));
      assert.match(await page.textContent('#load-progress'), why);
      assert.match(await page.textContent('#load-progress'), /Your current workspace is unchanged\.$/);
      assert.equal(await page.locator('tr[data-id="undated-notes.txt#1"]').count(), 1);
    }
    assert.deepEqual(fetched(requests).filter(u => !u.startsWith('file:')), [], 'loading, exporting and importing make no request');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('presentation mode steps through the events with the arrow keys', () => withPage(async ({ page, problems }) => {
  const events = cli(['events']).events;
  await page.click('#present');
  assert.equal(await page.evaluate(() => document.body.classList.contains('present')), true);
  const bar = () => page.textContent('#present-text');
  // It starts at the corpus's own time: the first event on or after the
  // first article's day; those told of from before are steps back.
  const start = presentStart();
  assert.ok(start > 0, 'the bundled corpus tells of events before its first article');
  const first = cli(['summary']).articles.map(a => a.date).filter(Boolean).sort()[0];
  const at = e => first.slice(0, e.date.length);
  assert.ok(events[start].date >= at(events[start]) && events[start - 1].date < at(events[start - 1]),
    `${events[start - 1].date}, ${events[start].date} around ${first}`);
  assert.match(await bar(), new RegExp(`^Event ${start + 1} of ${events.length} · ${events[start].date}`));
  for (let i = 0; i < start; i++) await page.keyboard.press('ArrowLeft');
  assert.match(await bar(), new RegExp(`^Event 1 of ${events.length} · ${events[0].date}`));
  // The first event is told years after it happened: no article is dated
  // in its year, and the day bar says so (the charts show every day).
  assert.equal(events[0].date, '2022');
  assert.equal(await page.textContent('#day-label'), 'Showing 2022 · no article that year');
  for (let i = 1; i <= 3; i++) {
    await page.keyboard.press('ArrowRight');
    assert.match(await bar(), new RegExp(`^Event ${i + 1} of ${events.length} · ${events[i].date}`));
  }
  await page.keyboard.press('ArrowLeft');
  assert.match(await bar(), new RegExp(`^Event 3 of ${events.length}`));
  // Step to a day event: every chart marks its day and the reader shows the sentence.
  const k = events.findIndex(e => e.precision === 'day' && e.date === '2026-01-04');
  for (let i = 2; i < k; i++) await page.keyboard.press('ArrowRight');
  assert.match(await bar(), /· 2026-01-04/);
  // (The bundled texts have no article of that Sunday: events of the 3rd
  // and 4th are told in articles of the 5th and after.)
  assert.equal(await page.textContent('#day-label'), 'Showing 2026-01-04 · no article that day');
  for (const id of ['mentions-chart', 'sentiment-chart']) {
    assert.match(await page.innerHTML(`#${id}`), /#FDF0C2/i, `${id} marks the day`);
  }
  const focus = await page.textContent('#reader p.focus');
  assert.ok(focus.includes(events[k].sentence), 'the reader shows the event sentence');
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.body.classList.contains('present')), false);
  assert.equal(await page.textContent('#day-label'), 'All days', 'Esc puts back the view from before: no period selected');
  assert.deepEqual(problems, []);
}));

test('presentation mode shows the event\'s sentence at the end of a long paragraph, marked', () => withPage(async ({ page, problems }) => {
  const filler = Array.from({ length: 40 }, (_, i) => `Speaker number ${i + 1} described the river, its banks and the farms along it in some detail.`).join(' ');
  const said = await replaceWith(page, 'longpara', {
    'longpara/2025-03-10-river.txt': `River hearing\n\n${filler} On March 24, 2025, the council will vote on the new dam above the town.\n`,
  });
  assert.match(said, /^Loaded/);
  await page.waitForSelector('#status[data-state="ready"]');
  await page.click('#present');
  await page.waitForFunction(() => /new dam/.test(document.getElementById('present-text').textContent));
  const [sentence, reader] = await page.evaluate(() => {
    const ranges = [...(CSS.highlights.get('reader-sentence') || [])];
    const r = ranges[0]?.getBoundingClientRect();
    const box = document.getElementById('reader').getBoundingClientRect();
    return [r && { top: r.top, bottom: r.bottom, text: ranges[0].toString() }, { top: box.top, bottom: box.bottom }];
  });
  assert.ok(sentence, 'the sentence is marked');
  assert.match(sentence.text, /^On March 24, 2025, the council will vote on the new dam/);
  assert.ok(sentence.top >= reader.top && sentence.bottom <= reader.bottom,
    `the sentence (${sentence.top}–${sentence.bottom}) is in the reader's view (${reader.top}–${reader.bottom})`);
  assert.deepEqual(problems, []);
  await page.screenshot({ path: join(shots, 'present-long-paragraph.png') });
}));

test('presentation mode on a 1366×768 projector: labels grow, no tooltip stays, Esc puts the selected day back', () => withPage(async ({ page, problems }) => {
  // The rendered size of a chart's axis labels, in CSS pixels.
  const labelPx = () => page.$eval('#mentions-chart svg', svg => {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const sizes = [...svg.querySelectorAll('text')].map(t => parseFloat(t.getAttribute('font-size') || getComputedStyle(t).fontSize));
    return Math.min(...sizes) * scale;
  });
  assert.ok(await labelPx() < 12, 'the page\'s own labels: small');
  await page.click('#mentions-chart .day-hit[data-date="2026-01-07"]');
  // A point hovered (its tooltip shown) as presentation mode starts
  // from the keyboard: the charts are drawn again under the pointer.
  await page.hover('#mentions-chart .day-hit[data-date="2026-01-05"]');
  assert.equal(await page.isVisible('#tooltip'), true);
  await page.focus('#present');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.body.classList.contains('present'));
  assert.equal(await page.isVisible('#tooltip'), false, 'no tooltip stays over the presentation');
  const px = await labelPx();
  assert.ok(px >= 14, `presented, the labels are ${px.toFixed(1)} px`);
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.isVisible('#tooltip'), false);
  await page.screenshot({ path: join(shots, 'present-1366x768.png') });
  // The charts, the reader and the bar fit the projector's height.
  const bottoms = await page.evaluate(() => ['mentions-chart', 'sentiment-chart'].map(id => document.getElementById(id).getBoundingClientRect().bottom));
  const barTop = await page.evaluate(() => document.getElementById('present-bar').getBoundingClientRect().top);
  for (const b of bottoms) assert.ok(b <= barTop, `a chart ends at ${b}, under the bar at ${barTop}`);
  // The reader ends at the bar, the event's sentence in it, not under the
  // bar; the tone chart's notes are put away to make room.
  const reader = await page.evaluate(() => {
    const r = document.getElementById('reader').getBoundingClientRect();
    const s = [...(CSS.highlights.get('reader-sentence') || [])][0]?.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, sentence: s && s.top };
  });
  assert.ok(reader.bottom <= barTop && reader.bottom - reader.top >= 96, `the reader ${JSON.stringify(reader)}, the bar at ${barTop}`);
  assert.ok(reader.sentence >= reader.top && reader.sentence < reader.bottom, `the sentence at ${reader.sentence}`);
  assert.equal(await page.isVisible('#sentiment-hint'), false);
  // A taller window (full screen after the start): the reader grows to the bar.
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.waitForFunction(h => {
    const r = document.getElementById('reader').getBoundingClientRect();
    const bar = document.getElementById('present-bar').getBoundingClientRect().top;
    return r.bottom <= bar && r.height > h;
  }, reader.bottom - reader.top);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.keyboard.press('Escape');
  assert.equal(await page.textContent('#day-label'), 'Showing 2026-01-07', 'the day selected before');
  assert.match(page.url(), /day=2026-01-07/);
  assert.ok(await labelPx() < 12, 'the labels back to the page\'s size');
  assert.equal(await page.$eval('#reader', r => r.style.maxHeight), '', 'the reader back to its own height');
  assert.equal(await page.isVisible('#sentiment-hint'), true);
  assert.deepEqual(problems, []);
}, { width: 1366, height: 768 }));

test('presentation mode at 1280 px, started with the mouse: the day bar keeps one line, no tooltip stays as the events go by', () => withPage(async ({ page, problems }) => {
  await page.click('#present');
  await page.waitForFunction(() => document.body.classList.contains('present'));
  const start = presentStart();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(n => new RegExp(`^Event ${n} of `).test(document.getElementById('present-text').textContent), start + i + 2);
  }
  assert.equal(await page.isVisible('#tooltip'), false, 'no tooltip of a point that passed under the pointer');
  // Every control of the bar on the day's line (it wrapped "Present the
  // events" onto a second line, under the chart's sticky bar).
  const tops = await page.$$eval('.daybar-inner > *', xs => xs.filter(x => x.offsetParent !== null && !x.classList.contains('spacer'))
    .map(x => [x.id || x.className, Math.round(x.getBoundingClientRect().top + x.getBoundingClientRect().height / 2)]));
  assert.ok(Math.max(...tops.map(t => t[1])) - Math.min(...tops.map(t => t[1])) < 12, JSON.stringify(tops));
  assert.equal(await page.isVisible('#present'), true, 'the way out stays');
  await page.screenshot({ path: join(shots, 'present-1280.png') });
  assert.deepEqual(problems, []);
}, { width: 1280, height: 800 }));

test('the name editor fits a 1366×768 projector: its table scrolls, Close and the form stay in view', () => withPage(async ({ page, problems }) => {
  await page.click('#entities-edit');
  assert.ok(await page.isVisible('#entities-dialog'));
  const box = sel => page.locator(sel).boundingBox();
  for (const sel of ['#entities-close', '#entity-add button[type="submit"]', '#entities-title']) {
    const b = await box(sel);
    assert.ok(b.y >= 0 && b.y + b.height <= 768, `${sel} at ${JSON.stringify(b)} in a 768 px window`);
  }
  const scrolls = await page.$eval('.entities-wrap', w => w.scrollHeight > w.clientHeight);
  assert.ok(scrolls, 'the table scrolls inside the dialog');
  await page.screenshot({ path: join(shots, 'entity-editor-1366x768.png') });
  await page.click('#entities-close');
  assert.equal(await page.isVisible('#entities-dialog'), false);
  assert.deepEqual(problems, []);
}, { width: 1366, height: 768 }));

// A long form of a name (one the reader adds, or a title glued to a name
// that discovery met) wraps in its cell: "merge into" and "hide" stay in
// the dialog, wide and narrow (a German journalist's trial lost "hide" off
// the right edge at 1280 px).
for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 800 }]) {
  test(`the name editor's table fits its dialog at ${viewport.width} px: a long form wraps, "hide" stays in view`, () => withPage(async ({ page, problems }) => {
    await page.click('#entities-edit');
    await page.fill('#entity-add-name', 'Senate Democratic Leader Greg Taylor of Indianapolis and Marion County');
    await page.fill('#entity-add-aliases', 'Democratic Leader of the Indiana Senate Greg Taylor of Indianapolis');
    await page.click('#entity-add button[type="submit"]');
    await page.waitForFunction(() => /^Added/.test(document.getElementById('entities-status').textContent));
    // A merge list filled with every name.
    await page.focus('#entities-table select[aria-label^="Merge"]');
    const fits = await page.$eval('.entities-wrap', w => {
      const right = w.getBoundingClientRect().right + 0.5;
      const out = [...w.querySelectorAll('button[aria-label^="Hide"], select[aria-label^="Merge"], input[type="text"]')]
        .filter(e => e.getBoundingClientRect().right > right).map(e => e.getAttribute('aria-label'));
      return { wide: w.scrollWidth <= w.clientWidth, out: out.slice(0, 3) };
    });
    assert.deepEqual(fits, { wide: true, out: [] });
    await page.screenshot({ path: join(shots, `entity-editor-long-name-${viewport.width}.png`) });
    assert.deepEqual(problems, []);
  }, viewport));
}

// Past the eighth series, a colour comes again with another marker: the
// legend and the chips show each series' marker, as the chart draws it.
test('the legend and the chips show each series\' marker: a ninth series shares a colour, not a look', () => withPage(async ({ page, problems }) => {
  await page.fill('#query-input', 'bridge, river, council, mayor, vote');
  await page.press('#query-input', 'Enter');
  await page.waitForFunction(() => document.querySelectorAll('#mentions-legend [data-term]').length === 9);
  const looks = await page.$$eval('#mentions-legend [data-term] i', is => is.map(i => `${i.style.background} ${i.className}`));
  assert.equal(new Set(looks).size, 9, looks.join(' | '));
  assert.equal(new Set(looks.map(l => l.split(' mk')[0])).size, 8, 'eight colours, one twice');
  for (const [i, look] of looks.entries()) assert.match(look, new RegExp(`mk${[0, 1, 2, 3, 0, 1, 2, 3, 1][i]}$`));
  // A chip shown has its series' colour and marker; one not shown, neither.
  const chip = await page.$$eval('.chip[aria-pressed="true"] .swatch', ss => ss.map(s => s.className));
  assert.ok(chip.every(c => /^swatch mk[0-3]$/.test(c)), chip.join(' | '));
  assert.ok(await page.$$eval('.chip[aria-pressed="false"] .swatch', ss => ss.every(s => s.className === 'swatch')));
  // The chart draws the ninth series with a square.
  const svgMarkers = await page.$eval('#mentions-chart svg', svg => svg.querySelectorAll('rect').length);
  assert.ok(svgMarkers > 0);
  await page.locator('#mentions-legend').screenshot({ path: join(shots, 'legend-nine-series.png') });
  assert.deepEqual(problems, []);
}));

test('presentation mode on a 375 px phone: one column of charts at the screen\'s width, the bar\'s choices put away', () => withPage(async ({ page, problems }) => {
  await page.click('#present');
  await page.waitForFunction(() => document.body.classList.contains('present'));
  const widths = await page.evaluate(() => ['mentions-chart', 'sentiment-chart'].map(id => document.getElementById(id).getBoundingClientRect()));
  for (const r of widths) assert.ok(r.width >= 300, `a chart ${r.width} px wide on a 375 px screen`);
  assert.ok(widths[1].top >= widths[0].bottom, 'the tone chart under the mentions chart');
  assert.equal(await page.isVisible('#by'), false, 'no choice of chart points while presenting');
  assert.equal(await page.isVisible('#theme-toggle'), false);
  assert.equal(await page.isVisible('#present'), true, 'the way out stays');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen`);
  await page.screenshot({ path: join(shots, 'present-375.png') });
  // A touch screen has no arrow keys: the bar's buttons step and leave.
  const bar = () => page.textContent('#present-text');
  const start = presentStart();
  const shows = n => page.waitForFunction(k => new RegExp(`^Event ${k} of `).test(document.getElementById('present-text').textContent), n);
  assert.match(await bar(), new RegExp(`^Event ${start + 1} of `));
  await page.tap('#present-next');
  await shows(start + 2);
  await page.tap('#present-next');
  await shows(start + 3);
  for (let n = start + 2; n >= 1; n--) {
    await page.tap('#present-prev');
    await shows(n);
  }
  assert.equal(await page.isDisabled('#present-prev'), true, 'nothing before the first event');
  const box = await page.locator('#present-next').boundingBox();
  assert.ok(box.height >= 30 && box.x + box.width <= 375, `the button ${JSON.stringify(box)} is a tap target on the screen`);
  await page.tap('#present-leave');
  await page.waitForFunction(() => !document.body.classList.contains('present'));
  assert.equal(await page.isVisible('#by'), true);
  assert.equal(await page.isVisible('#present-bar'), false);
  assert.deepEqual(problems, []);
}, { width: 375, height: 800, hasTouch: true }));

test('"How is this counted?" shows the matched, negated and skipped words', () => withPage(async ({ page, problems }) => {
  await page.click('#counting-details summary');
  const petro = await page.textContent('#counting [data-series="Gustavo Petro"]');
  assert.match(petro, /^112 occurrences counted: /);
  assert.match(petro, /“Gustavo Petro” \d+/);
  assert.match(petro, /“Petro’s” \d+/, 'possessives are listed as they were written');
  assert.match(await page.textContent('#counting-negated'), /“foolish” 1/);
  assert.match(await page.textContent('#counting-spanish'), /words in Spanish sentences were skipped/);
  // What was kept is shown in the page, not sent to the command line.
  assert.doesNotMatch(await page.textContent('#counting'), /CLI|command line|dateline text/);
  const title = (await page.textContent('#counting-read')).match(/“(.*)”$/)[1];
  await page.click('#counting-read');
  assert.equal(await page.textContent('#reader h3'), title);
  const removed = Number((await page.textContent('#counting-clutter')).match(/^([\d,]+) words/)[1].replace(/,/g, ''));
  assert.ok(removed > 300, `clutter removed from the seed pages: ${removed} words`);
  await page.click('#mentions-chart .day-hit[data-date="2026-01-03"]');
  assert.match(await page.textContent('#counting p'), /^Everything below is for 2026-01-03\./);
  assert.match(await page.textContent('#counting [data-series="Gustavo Petro"]'), /^8 occurrences/);
  assert.deepEqual(problems, []);
}));

test('a text in German or Italian is not scored with the English tone lists: its names are marked, no tone word', () => withPage(async ({ page, problems }) => {
  const msg = await replaceWith(page, 'languages', {
    'languages/2026-01-08-berlin.txt': 'Regierung in Berlin\n\nDie Regierung in Berlin hat die Pläne für die Wirtschaft nicht geändert, und die Kanzlerin ist der Meinung, dass die Wirtschaft wächst. Die Opposition kritisiert das Gesetz.\n',
    'languages/2026-01-09-roma.txt': 'Governo a Roma\n\nIl governo ha detto a Roma che la riforma è una buona notizia per il paese e che il ministro ha lavorato con la commissione per molti mesi.\n',
    'languages/2026-01-10-london.txt': 'Talks in London\n\nThe talks in London were a good step, the minister said, after a terrible week.\n',
  });
  assert.match(msg, /^Loaded 3 files/);
  // Under the chart: what was not scored, so that an empty day does not
  // read as a neutral one.
  // The languages are named (the one with the most words first).
  assert.match(await page.textContent('#sentiment-skipped'), /^Not scored: \d+ words of articles in (German and Italian|Italian and German)\. The tone lists are English; a day with only such articles has no bar\.$/);
  // A day of the Italian text alone names Italian only.
  await page.click('#mentions-chart .day-hit[data-date="2026-01-09"]');
  await page.waitForFunction(() => /articles in Italian\./.test(document.querySelector('#sentiment-skipped').textContent));
  await page.click('#all-days');
  await page.waitForFunction(() => /in (German and Italian|Italian and German)\./.test(document.querySelector('#sentiment-skipped').textContent));
  // The tone chart's words: only the English text's.
  const cli = JSON.parse(execFileSync(bin, ['sentiment', join(root, 'target', 'browser-input', 'languages', 'languages'), '--json'], { encoding: 'utf8' }));
  const words = cli.days.flatMap(d => d.drivers.filter(x => x.lens === 'tone').map(x => x.word));
  assert.deepEqual(words.sort(), ['good', 'terrible'], 'no "die", no "ha"');
  for (const id of ['languages/2026-01-08-berlin.txt#1', 'languages/2026-01-09-roma.txt#1']) {
    await page.click(`tr[data-id="${id}"] a.title`);
    assert.match(await page.textContent('#reader-tone-note'), /^Not in English: its tone is not tallied/, id);
    assert.equal(await page.locator('#reader .m-positive, #reader .m-negative').count(), 0, id);
    assert.ok(await page.locator('#reader p[data-paragraph] .m-entity').count() >= 1, `${id}: its place is marked`);
  }
  await page.click('tr[data-id="languages/2026-01-10-london.txt#1"] a.title');
  assert.equal(await page.locator('#reader-tone-note').count(), 0);
  assert.equal(await page.locator('#reader p[data-paragraph] .m-positive').count(), 1);
  await page.click('#counting-details summary');
  assert.match(await page.textContent('#counting-other'), /words of articles in (German and Italian|Italian and German) were skipped/);
  // In the tone's CSV, a day with no word scored has no net tone (it read
  // 0, a neutral day); the English day has one.
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="sentiment"][data-format="csv"]')]);
  const rows = readFileSync(await dl.path(), 'utf8').trim().split('\n').map(r => r.split(','));
  const net = rows[0].indexOf('net');
  assert.deepEqual(rows.slice(1).map(r => [r[0], r[net]]), [['2026-01-08', ''], ['2026-01-09', ''], ['2026-01-10', '0']]);
  assert.deepEqual(problems, []);
}));

const AXE = join(here, 'node_modules', 'axe-core', 'axe.min.js');

async function axeProblems(page) {
  await page.addScriptTag({ path: AXE });
  const r = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
  return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(v => `${v.impact} ${v.id}: ${v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

test('axe-core finds no serious or critical violation (main, dark, embed, presentation, a selected day, the name editor)', async () => {
  for (const [name, hash, scheme, present] of [['main', '', 'light', false], ['dark', '', 'dark', false],
    ['embed', '#embed=mentions', 'light', false], ['presentation', '', 'light', true],
    ['a selected day', '#day=2026-01-08', 'dark', false], ['name editor', '', 'light', 'editor']]) {
    // axe-core is injected by the test: the page's policy (its scripts by
    // hash only) rightly refuses it, so this context bypasses the policy.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme, bypassCSP: true });
    const page = settling(await context.newPage());
    try {
      await page.goto(page_url + hash);
      await page.waitForSelector('#status[data-state="ready"]', { state: 'attached' });
      if (present === true) await page.click('#present');
      if (present === 'editor') await page.click('#entities-edit');
      if (hash.includes('day=')) assert.ok(await page.isVisible('#keywords-section'));
      assert.deepEqual(await axeProblems(page), [], name);
    } finally {
      await context.close();
    }
  }
});

test('keyboard only: select a day, read an article, step contexts', () => withPage(async ({ page, problems }) => {
  // Tab reaches the day hit areas of the first chart.
  let found = false;
  for (let i = 0; i < 60 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement?.classList?.contains('day-hit'));
  }
  assert.ok(found, 'a chart day is reachable with Tab');
  const day = await page.evaluate(() => document.activeElement.dataset.date);
  await page.keyboard.press('Enter');
  assert.equal(await page.textContent('#day-label'), `Showing ${day}`);
  // Focus stays on that day of the drawing made for the selection, and
  // Tab goes on to the next day (it went back to the page's start).
  await page.waitForFunction(d => document.activeElement?.dataset?.date === d, day);
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => document.activeElement?.dataset?.date);
  assert.ok(next && next > day, `after ${day}: ${next}`);
  // The article titles are links; Enter opens the reader.
  await page.focus('#articles tbody tr a.title');
  const title = await page.textContent('#articles tbody tr a.title');
  await page.keyboard.press('Enter');
  assert.equal(await page.textContent('#reader h3'), title);
  // A context line opens its article with Enter too.
  await page.focus('#kwic .kwic-line');
  const id = await page.getAttribute('#kwic .kwic-line', 'data-article');
  await page.keyboard.press('Enter');
  assert.match(await page.textContent('#reader .byline'), new RegExp(id.replace(/[.#]/g, '\\$&')));
  // Focus is visible: the focused element has an outline.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  assert.deepEqual(problems, []);
}));

// The folder has 160 days of notes: too many for days in a narrow chart,
// so the chart drawn at build time for a wide window counts per day and the
// one for a narrow window per week; a window in between, whose live chart
// would count per week, shows neither.
test('./build.sh page --corpus DIR bakes another corpus into a self-contained page', async () => {
  const notes = {};
  for (let i = 0; i < 158; i++) {
    const day = new Date(Date.UTC(2026, 4, 12 + i)).toISOString().slice(0, 10);
    notes[`lessons/notes/${day}-note.txt`] = `Note ${i + 1}\n\nThe Water Board met ${i % 4 ? 'again' : 'the council'} about the plan.\n`;
  }
  const dir = scratch('baked', {
    'lessons/2026-05-04-first.txt': `First lesson\n\nThe class read about the council and the water plan in the valley town.\n`,
    'lessons/2026-05-11-second.md': `# Second lesson\n\nThe class met the Water Board, who explained the plan and the vote.\n`,
    // A web page: read at build time by the HTML reader module, so that the
    // page's engine (which has none) takes it at start-up.
    'lessons/visit.html': `<html><head><meta property="article:published_time" content="2026-05-06T09:00:00+02:00"></head><body><nav>Home</nav><h1>Visit to the plant</h1><p>The class visited the water plant with the Water Board and saw how the river water is cleaned.</p><p>Pupils asked the council why the plan took so long to approve.</p></body></html>`,
    'lessons/entities.toml': '[[entity]]\nname = "Water Board"\nkind = "organisation"\n[[entity]]\nname = "Council <b>&amp;</b>"\nkind = "organisation"\naliases = ["council"]\n',
    ...notes,
  });
  const out = join(root, 'target', 'baked', 'lessons.html');
  execFileSync('bash', [join(root, 'build.sh'), 'page', '--corpus', join(dir, 'lessons'), '--out', out], { cwd: root, stdio: 'pipe' });
  const expected = JSON.parse(execFileSync(bin, ['summary', 'lessons', '--json'], { cwd: dir, encoding: 'utf8' }));
  const context = await browser.newContext();
  const page = settling(await context.newPage());
  const requests = [];
  const problems = [];
  page.on('request', r => requests.push(r.url()));
  page.on('pageerror', e => problems.push(e.message));
  try {
    await page.goto(pathToFileURL(out).href);
    await page.waitForSelector('#status[data-state="ready"]');
    const rows = await page.$$eval('#articles tbody tr', trs => trs.map(t => [t.dataset.id, t.dataset.date]));
    // (The table lists the articles by day.)
    const byDay = (a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]);
    assert.deepEqual(rows.sort(byDay), expected.articles.map(a => [a.id, a.date]).sort(byDay));
    assert.match(await page.textContent('#corpus-line'), /^161 articles · 161 days/);
    assert.equal(await page.textContent('#corpus-about'), '“lessons”: 161 files baked into this page.');
    assert.ok(rows.some(([id, d]) => id === 'lessons/visit.html#1' && d === '2026-05-06'), rows.join());
    assert.deepEqual(await page.$$eval('.chip', cs => cs.map(c => c.dataset.term)), ['Water Board', 'Council <b>&amp;</b>']);
    assert.deepEqual(requests, [pathToFileURL(out).href]);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
  const url = pathToFileURL(out).href;
  const wide = await sameFirstViews(url, { width: 1280, height: 900 }, 'baked, 1280 px');
  assert.match(wide.chart, /Mentions per day/);
  const narrow = await sameFirstViews(url, { width: 800, height: 900 }, 'baked, 800 px');
  assert.match(narrow.chart, /Mentions per week/);
  const between = await sameFirstViews(url, { width: 1000, height: 900 }, 'baked, 1000 px');
  assert.equal(between.chart, null, 'no copy drawn at build time counts per week at 1000 px');
});

test('a hostile file renders as text everywhere and runs nothing', () => withPage(async ({ page, problems }) => {
  const title = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> <a href="javascript:window.__pwned=5">Mayor</a> resigns';
  const dir = scratch('hostile', {
    '2026-01-07-evil.txt': `${title}\n\nOn Tuesday the mayor <b onclick="window.__pwned=3">resigned</b> and Petro said <svg onload="window.__pwned=4"> it was good.\n`,
  });
  await page.click('#load-details summary');
  await page.check('input[name="load-mode"][value="add"]');
  await page.setInputFiles('#file-input', join(dir, '2026-01-07-evil.txt'));
  await loaded(page);
  assert.equal(await page.textContent('tr[data-id="2026-01-07-evil.txt#1"] a.title'), title, 'the title is text in the table');
  await page.click('tr[data-id="2026-01-07-evil.txt#1"] a.title');
  assert.equal(await page.textContent('#reader h3'), title, 'and in the reader');
  assert.match(await page.textContent('#reader p[data-paragraph="0"]'), /<b onclick=/);
  const ev = await page.$$eval('#events li .sentence', s => s.map(x => x.textContent).filter(t => t.includes('onclick')));
  assert.ok(ev.length >= 1, 'and in the events');
  await page.hover('#mentions-chart .day-hit[data-date="2026-01-07"]');
  assert.ok((await page.textContent('#tooltip')).includes('<img src=x'), 'and in the tooltip');
  assert.equal(await page.locator('img[src="x"], #reader b, #reader svg').count(), 0, 'no element was made from the text');
  assert.equal(await page.locator('a[href^="javascript:"]').count(), 0, 'no link was made from the text');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'nothing ran');
  assert.deepEqual(problems, []);
}));

test('the Content-Security-Policy allows no connection at all', () => withPage(async ({ page }) => {
  const answered = [];
  page.on('response', r => answered.push(r.url()));
  page.on('requestfinished', r => answered.push(r.url()));
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /default-src 'none'/);
  const blocked = await page.evaluate(async () => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', e => violations.push(e.violatedDirective));
    let fetched = 'no';
    try { await fetch('https://example.invalid/x.json'); fetched = 'yes'; } catch (err) { fetched = 'blocked'; }
    const img = document.createElement('img');
    img.src = 'https://example.invalid/pixel.png';
    document.body.append(img);
    await new Promise(r => setTimeout(r, 300));
    return { fetched, violations };
  });
  assert.equal(blocked.fetched, 'blocked');
  assert.ok(blocked.violations.includes('connect-src') && blocked.violations.includes('img-src'), blocked.violations.join());
  assert.deepEqual(answered.filter(u => !u.startsWith('file:')), [], 'nothing left the machine');
  // The page's scripts run by their hashes: no 'unsafe-inline', so a
  // handler or a script injected into the page never runs.
  const scriptSrc = csp.match(/script-src ([^;]*)/)[1];
  assert.doesNotMatch(scriptSrc, /unsafe-inline/);
  assert.match(scriptSrc, /^('sha256-[A-Za-z0-9+/=]+' )+'wasm-unsafe-eval'$/);
  const injected = await page.evaluate(async () => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', e => violations.push(e.violatedDirective));
    const box = document.createElement('div');
    box.innerHTML = '<img src="data:," onerror="window.injectedRan = 1"><a id="inj" href="#" onclick="window.injectedRan = 2">x</a>';
    document.body.append(box);
    document.getElementById('inj').click();
    const s = document.createElement('script');
    s.textContent = 'window.injectedRan = 3';
    document.body.append(s);
    await new Promise(r => setTimeout(r, 300));
    return { ran: window.injectedRan ?? null, violations };
  });
  assert.equal(injected.ran, null, 'no injected code ran');
  assert.ok(injected.violations.some(v => v.startsWith('script-src')), injected.violations.join());
}));

test('an error shows a banner and keeps the last good view', () => withPage(async ({ page }) => {
  assert.equal(await page.isVisible('#error-banner'), false);
  await page.evaluate(() => window.datelinePanic('panicked at src/example.rs:1:1: test'));
  assert.match(await page.textContent('#error-banner'), /^Something went wrong: the analysis engine stopped \(panicked at/);
  assert.equal(await page.locator('#mentions-chart svg').count(), 1, 'the charts stay');
  assert.equal(await page.locator('#articles tbody tr').count(), 9, 'the table stays');
  await page.click('#error-banner button');
  assert.equal(await page.isVisible('#error-banner'), false);
  await page.evaluate(() => window.dispatchEvent(new ErrorEvent('error', { message: 'boom' })));
  assert.match(await page.textContent('#error-banner'), /Something went wrong: boom/);
}));

test('hostile entity names, queries and file names stay text in chips, legends, SVG, CSV and the embed snippet', () => withPage(async ({ page, problems, requests }) => {
  const evilEntity = '<svg onload=window.__pwned=1> Board';
  const dir = scratch('hostile-names', {
    'news/2026-02-02-<b>x</b>\u202Etxt.exe.txt': 'Odd name\n\nThe svg onload window pwned 1 Board met; img src x onerror alert 1 was on the agenda of the town.\n',
    'news/entities.toml': `[[entity]]\nname = ${JSON.stringify(evilEntity)}\nkind = "organisation"\n`,
    'news/\u202Eempty.txt': '',
  });
  await page.click('#load-details summary');
  await page.check('input[name="load-mode"][value="replace"]');
  await page.setInputFiles('#folder-input', join(dir, 'news'));
  await loaded(page);
  const query = '"<img src=x onerror=alert(1)>"';
  await page.fill('#query-input', query);
  await page.press('#query-input', 'Enter');
  assert.deepEqual(await page.$$eval('.chip', cs => cs.map(c => c.dataset.term)), [query, evilEntity]);
  assert.ok((await page.textContent('#chips')).includes(evilEntity));
  assert.deepEqual((await page.$$eval('#mentions-legend [data-term]', s => s.map(x => x.textContent))).sort(), [query, evilEntity].sort());
  assert.equal(await page.locator('#chips img, #chips svg, #mentions-legend img, #mentions-legend svg').count(), 0);
  const svg = await page.innerHTML('#mentions-chart');
  assert.ok(svg.includes('&lt;img src=x onerror=alert(1)&gt;') && !svg.includes('<img'), 'escaped in the SVG');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="mentions"][data-format="svg"]')]);
  const file = readFileSync(await dl.path(), 'utf8');
  assert.ok(!file.includes('<img') && !/<svg[^>]*onload/.test(file), 'the downloaded SVG has no injected element');
  assert.ok(file.includes('>“news”: no dated articles (1 undated, not shown) · made with dateline</text>'), `the caption names the corpus shown: ${file.match(/[^>]*made with dateline/)}`);
  await page.fill('#query-input', '=HYPERLINK');
  await page.press('#query-input', 'Enter');
  const [csvDl] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="mentions"][data-format="csv"]')]);
  const header = readFileSync(await csvDl.path(), 'utf8').split('\n')[0];
  assert.ok(header.includes(`'=HYPERLINK count`), `a formula-like label stays text in the CSV: ${header}`);
  await page.click('[data-embed-dialog="mentions"]');
  const snippet = await page.inputValue('#embed-snippet');
  assert.equal((snippet.match(/</g) || []).length, 2, 'only the iframe tags themselves');
  assert.ok(!snippet.includes('onerror=alert') && !snippet.includes('"<'), snippet);
  await page.click('#embed-close');
  const name = await page.textContent('#articles tbody tr .source');
  assert.ok(name.includes('<b>x</b>\u202E'), 'the file name is shown as text');
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('#articles .source')).unicodeBidi), 'isolate');
  // A file name that reverses text (U+202E) is isolated in its warning and
  // in the reader's byline: the message after it reads as written.
  const warning = await page.$$eval('#warnings li', lis => lis.map(li => ({ tag: li.firstChild.tagName, name: li.firstChild.textContent, text: li.textContent }))
    .find(w => w.name.includes('\u202E')));
  assert.deepEqual(warning, { tag: 'BDI', name: 'news/\u202Eempty.txt', text: 'news/\u202Eempty.txt: skipped: the file is empty' });
  assert.ok(await page.$$eval('#reader .byline bdi', bs => bs.some(b => b.textContent.includes('\u202E'))), 'the byline isolates the file name');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(fetched(requests), [page_url]);
  assert.deepEqual(problems, []);
}));

test('a right-to-left name and a name with bidi controls cannot reorder the tooltip or the events around them', () => withPage(async ({ page, problems }) => {
  // "مجلس" (Arabic: council) and a name that opens a right-to-left
  // override (U+202E) without closing it: each is isolated (U+2068 …
  // U+2069) in a point's label, so the counts and names after it read as
  // written; in the events each entity is a <bdi>.
  const evil = '\u202EBoard';
  const msg = await replaceWith(page, 'bidi', {
    'bidi/2026-02-03-council.txt': `Council and board meet\n\nOn Tuesday the مجلس met the ${evil} and said the plan was good; the ${evil} agreed.\n`,
    'bidi/entities.toml': `[[entity]]\nname = "مجلس"\nkind = "organisation"\n[[entity]]\nname = ${JSON.stringify(evil)}\nkind = "organisation"\n`,
  });
  assert.match(msg, /^Loaded/);
  await page.hover('#mentions-chart .day-hit[data-date="2026-02-03"]');
  const label = await page.textContent('#tooltip div');
  assert.ok(label.includes('\u2068مجلس\u2069 1'), JSON.stringify(label));
  assert.match(label, new RegExp(`\u2068${evil}\u2069 \\d`), JSON.stringify(label));
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('tooltip')).unicodeBidi), 'isolate');
  const names = await page.$$eval('#events li .entities bdi', bs => bs.map(b => b.textContent));
  assert.deepEqual(names.sort(), ['مجلس', evil].sort());
  assert.deepEqual(problems, []);
}));

test('names of the prototype (__proto__, constructor) are names like any other; #embed=constructor starts the page', () => withPage(async ({ page, problems }) => {
  for (const hash of ['#embed=constructor', '#embed=__proto__', '#embed=toString']) {
    await page.goto(`${page_url}${hash}`);
    await page.waitForFunction(() => document.getElementById('status').dataset.state === 'ready');
    assert.ok(!(await page.evaluate(() => document.body.classList.contains('embed'))), hash);
    assert.ok(await page.$$eval('#chips .chip', cs => cs.length) > 0, hash);
  }
  await page.goto(page_url);
  await page.waitForFunction(() => document.getElementById('status').dataset.state === 'ready');
  // A query per name of Object's prototype: each a chip with its count (0).
  await page.fill('#query-input', '__proto__, constructor, toString');
  await page.press('#query-input', 'Enter');
  for (const t of ['__proto__', 'constructor', 'toString']) {
    assert.equal(await page.textContent(`.chip[data-term="${t}"] .count`), '0', t);
  }
  assert.ok(!(await page.textContent('#chips')).includes('[object'), await page.textContent('#chips'));
  // The events' entity names are isolated one by one.
  const names = await page.$$eval('#events .entities', ss => ss.map(s => [...s.children].every(c => c.tagName === 'BDI') && s.children.length));
  assert.ok(names.length > 0 && names.every(n => n > 0), names.join());
  assert.deepEqual(problems, []);
}));

test('a 2 MB one-paragraph text loads, opens in the reader a part at a time and is kept', () => withPage(async ({ page, problems }) => {
  // 40,000 sentences in one paragraph: the reader's 100,000 marked pieces
  // once overflowed the stack ("Maximum call stack size exceeded") and the
  // failed load was saved over the workspace; laid out whole, a 60 MB
  // line then held the main thread for 95 s. The reader shows 200 KB at
  // a time.
  const text = 'Petro met Trump on Friday and the talks went well. '.repeat(40000);
  assert.match(await replaceWith(page, 'onepara', { 'onepara/2026-01-09-talks.txt': `Talks\n\n${text}\n` }),
    /^Loaded 1 file: 1 article, instead of the bundled corpus\./);
  await page.click('#articles tbody tr .title');
  const part = () => page.textContent('#reader .reader-part');
  await page.waitForFunction(() => document.querySelector('#reader .reader-part'));
  assert.match(await part(), /^Shown: 0\.00 MB to 0\.19 MB of this article's 1\.9 MB/);
  const marks = () => page.$$eval('#reader p[data-paragraph] .m-entity', m => m.length);
  // 200 KB of 51-byte sentences, a name marked in each (not 2 MB of them).
  const sentences = Math.floor(200000 / 51);
  const n = await marks();
  assert.ok(n >= sentences - 2 && n <= 2 * sentences, String(n));
  assert.equal(await page.$$eval('#reader p[data-paragraph]', ps => ps.length), 1);
  await page.click('#reader button:has-text("Later part")');
  await page.waitForFunction(() => /^Shown: 0\.19 MB to 0\.38 MB/.test(document.querySelector('#reader .reader-part').textContent));
  await page.click('#reader .reader-part button:has-text("Earlier part")');
  await page.waitForFunction(() => /^Shown: 0\.00 MB/.test(document.querySelector('#reader .reader-part').textContent));
  assert.equal(await page.$$eval('#reader button', bs => bs.map(b => b.textContent).join()), 'Later part →');
  await page.reload();
  await page.waitForFunction(() => /^Restored your workspace: 1 file/.test(document.getElementById('load-progress').textContent), null, { timeout: 60000 });
  assert.match(await page.textContent('#corpus-line'), /^1 article · 1 day · 4[0-9]{2},[0-9]{3} words/);
  assert.deepEqual(problems, []);
}));

test('a reload in the middle of a load keeps the workspace saved before', async () => {
  const context = await browser.newContext();
  const page = settling(await context.newPage());
  try {
    await page.goto(page_url);
    await page.waitForSelector('#status[data-state="ready"]');
    const dir = scratch('midload', { 'kept.txt': 'Kept note\n\nThe council met about the water plan in the valley on a rainy day.\n' });
    await page.click('#load-details summary');
    await page.check('input[name="load-mode"][value="add"]');
    await page.setInputFiles('#file-input', join(dir, 'kept.txt'));
    await loaded(page);
    await page.waitForTimeout(200);
    // Start a large load, and reload before it can finish.
    await page.evaluate(() => {
      const dt = new DataTransfer();
      for (let i = 0; i < 8; i++) dt.items.add(new File([new Uint8Array(30 * 1024 * 1024).fill(65)], `big-${i}.txt`));
      document.getElementById('drop-zone').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await page.reload();
    await page.waitForSelector('#status[data-state="ready"]');
    await page.waitForFunction(() => /^Restored your workspace: 1 file/.test(document.getElementById('load-progress').textContent));
    assert.equal(await page.locator('tr[data-id="kept.txt#1"]').count(), 1);
    assert.equal(await page.locator('tr[data-id^="big-"]').count(), 0);
  } finally {
    await context.close();
  }
});

test('a load started while another is read stops it for good: the newer corpus alone is shown and saved', async () => {
  const context = await browser.newContext();
  const page = settling(await context.newPage());
  try {
    await page.goto(page_url);
    await page.waitForSelector('#status[data-state="ready"]');
    assert.match(await replaceWith(page, 'overtaken', { 'overtaken/2026-01-08-base.txt': 'Base note\n\nThe council met about the water plan in the valley on a rainy day.\n' }), /^Loaded 1 file/);
    await page.check('input[name="load-mode"][value="add"]');
    // A large text (22 MB), added; while it is being read, one more note
    // is added (the first load stops; the second must not take its file
    // in, and what it shows must be what is saved).
    await page.evaluate(() => {
      const pick = file => {
        const dt = new DataTransfer();
        dt.items.add(file);
        const input = document.getElementById('file-input');
        input.files = dt.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      };
      const line = document.getElementById('load-progress');
      const second = new MutationObserver(() => {
        if (!line.textContent.startsWith('Read ')) return;
        second.disconnect();
        pick(new File(['Second note\n\nThe harbour board met about the budget of the new pier.\n'], '2026-01-09-q.txt'));
      });
      second.observe(line, { childList: true, characterData: true, subtree: true });
      const para = 'Petro met the mayor on Friday and the talks went well for both of them. '.repeat(40);
      pick(new File([`Big text\n\n${Array(8200).fill(para).join('\n\n')}`], '2026-01-10-big.txt'));
    });
    assert.match(await loaded(page), /^Loaded 1 file: 1 article\. Shown now: 2 articles of “my-texts” \(your texts\)\.$/);
    await page.waitForTimeout(1500);
    const shown = async () => (await page.$$eval('#articles tbody tr', trs => trs.map(t => t.dataset.id))).sort();
    const want = ['2026-01-09-q.txt#1', 'overtaken/2026-01-08-base.txt#1'];
    assert.deepEqual(await shown(), want, 'the stopped load adds nothing');
    // What is shown is what was saved.
    await page.reload();
    await page.waitForFunction(() => /^Restored your workspace: 2 files/.test(document.getElementById('load-progress').textContent));
    assert.deepEqual(await shown(), want);
  } finally {
    await context.close();
  }
});

test('a full storage quota is reported and what was saved before is kept', () => withPage(async ({ page }) => {
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  });
  const dir = scratch('quota', { 'note.txt': 'A note\n\nThe council met about the water plan in the valley on a rainy day.\n' });
  await page.click('#load-details summary');
  await page.check('input[name="load-mode"][value="add"]');
  await page.setInputFiles('#file-input', join(dir, 'note.txt'));
  // Said at the top of the page, where the user is looking, not in the
  // load panel.
  await page.waitForFunction(() => !document.getElementById('top-note').hidden);
  assert.match(await page.textContent('#top-note'), /^Not saved: this browser refused to store your workspace \(its storage for this page is full\)\. What was saved before is kept/);
  assert.equal(await page.locator('tr[data-id="note.txt#1"]').count(), 1, 'the texts are still analysed');
}));

test('375 px and the dark theme render without overlap', async () => {
  for (const [name, viewport, scheme] of [['375-light', { width: 375, height: 800 }, 'light'],
    ['1280-dark', { width: 1280, height: 900 }, 'dark']]) {
    await withPage(async ({ page, problems }) => {
      assert.equal(await page.getAttribute('#status', 'data-state'), 'ready');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${name}: the page is ${overflow}px wider than the window`);
      // A section scrolled into view lands below the sticky day bar (two
      // lines on a phone), not under it.
      await page.evaluate(() => document.getElementById('kwic-heading').scrollIntoView({ block: 'start' }));
      const [barBottom, headingTop] = await page.evaluate(() => [document.querySelector('.daybar').getBoundingClientRect().bottom, document.getElementById('kwic-heading').getBoundingClientRect().top]);
      assert.ok(headingTop >= barBottom, `${name}: the heading at ${headingTop}px is under the day bar (to ${barBottom}px)`);
      await page.evaluate(() => window.scrollTo(0, 0));
      const svgWidth = await page.evaluate(() => document.querySelector('#mentions-chart svg').getBoundingClientRect().width);
      assert.ok(svgWidth <= viewport.width, `${name}: chart ${svgWidth}px`);
      // The choice of chart points stays at any width (the bar wraps).
      assert.equal(await page.isVisible('#by'), true, `${name}: "Chart points" is shown`);
      const [by, bar] = await page.evaluate(() => [document.getElementById('by').getBoundingClientRect().right, window.innerWidth]);
      assert.ok(by <= bar, `${name}: "Chart points" ends at ${by}px`);
      // On a phone the bar is one line while no day is selected (it wrapped
      // to two or three over the charts), its choices named in short.
      if (viewport.width === 375) {
        const h = await page.evaluate(() => document.querySelector('.daybar').offsetHeight);
        assert.ok(h <= 50, `${name}: the day bar is ${h}px high`);
        assert.equal(await page.innerText('#present'), 'Present');
        assert.equal(await page.getAttribute('#by', 'aria-label'), 'Chart points');
      }
      // In context: the term and the text after it touch ("Petro." is not
      // "Petro ."), the text's own spaces apart.
      const gaps = await page.$$eval('#kwic .kwic-line', ls => ls.slice(0, 20).map(l => l.querySelector('.r').getBoundingClientRect().left - l.querySelector('.t').getBoundingClientRect().right));
      assert.ok(gaps.length > 0 && gaps.every(g => Math.abs(g) < 1), gaps.join());
      // … and the left side keeps its last space ("President Gustavo
      // Petro", not "PresidentGustavo Petro"): its text ends where the
      // term starts, the space drawn.
      const left = await page.$$eval('#kwic .kwic-line', ls => ls.slice(0, 20).filter(l => l.querySelector('.l bdi').textContent.endsWith(' '))
        .map(l => { const r = document.createRange(); const b = l.querySelector('.l bdi'); r.selectNodeContents(b); return l.querySelector('.t').getBoundingClientRect().left - r.getBoundingClientRect().right; }));
      assert.ok(left.length > 0 && left.every(g => Math.abs(g) < 1), left.join());
      const spaced = await page.$$eval('#kwic .kwic-line', ls => ls.slice(0, 20).filter(l => l.querySelector('.l bdi').textContent.endsWith(' '))
        .map(l => { const b = l.querySelector('.l bdi'); const r = document.createRange(); r.setStart(b.firstChild, b.textContent.length - 1); r.setEnd(b.firstChild, b.textContent.length); return r.getBoundingClientRect().width; }));
      assert.ok(spaced.every(w => w > 2), `the last space is drawn: ${spaced.join()}`);
      assert.deepEqual(problems, []);
      await page.screenshot({ path: join(shots, `page-${name}.png`), fullPage: true });
    }, viewport, scheme);
  }
});

test('what stands out on a day fits a 375 px phone: no table scrolls sideways, the day is not broken at a hyphen', () => withPage(async ({ page, problems }) => {
  await page.goto(`${page_url}#day=2026-01-08`);
  await page.waitForSelector('#status[data-state="ready"]');
  await page.waitForFunction(() => !document.getElementById('keywords-section').hidden && document.querySelectorAll('#keywords-words tbody tr').length > 3);
  const wide = await page.$$eval('#keywords-section .table-wrap', ws => ws.map(w => w.scrollWidth - w.clientWidth));
  assert.ok(wide.length === 2 && wide.every(d => d <= 0), `the tables overflow by ${wide.join(', ')} px`);
  // Each column head breaks between words only ("Here", not "He re").
  const heads = await page.$$eval('#keywords-words th', ths => ths.map(th => { const r = document.createRange(); r.selectNodeContents(th); return [th.textContent, r.getClientRects().length]; }));
  for (const [text, lines] of heads) assert.ok(lines <= text.split(' ').length, `"${text}" on ${lines} lines`);
  // The day on one line of the heading.
  const day = await page.$eval('#keywords-heading .nowrap', s => [s.textContent, s.getClientRects().length]);
  assert.deepEqual(day, ['2026-01-08', 1]);
  assert.deepEqual(problems, []);
  await (await page.$('#keywords-section')).screenshot({ path: join(shots, 'keywords-375.png') });
}, { width: 375, height: 800 }));

test('a chart with nothing to count has the ticks 0 and 1, not 0.2, 0.5, 0.8', () => withPage(async ({ page, problems }) => {
  await page.goto(`${page_url}#q=zzyzx&s=zzyzx`);
  await page.waitForSelector('#status[data-state="ready"]');
  await page.waitForFunction(() => document.querySelector('#mentions-legend [data-term="zzyzx"]'));
  const ticks = await page.$$eval('#mentions-chart svg text', ts => ts.map(t => t.textContent.trim()).filter(t => /^[\d.]+$/.test(t) && !/^\d{4}$/.test(t)));
  assert.deepEqual(ticks, ['0', '1'], 'the y axis (the years under the x axis left out)');
  assert.deepEqual(problems, []);
}));

test('a window made narrower has its charts drawn again for the new width', () => withPage(async ({ page, problems }) => {
  const drawn = () => page.evaluate(() => ['mentions-chart', 'sentiment-chart', 'timeline-chart']
    .map(id => Number(document.querySelector(`#${id} svg`).getAttribute('width'))));
  const wide = await drawn();
  assert.ok(wide.every(w => w > 1000), wide.join());
  await page.setViewportSize({ width: 600, height: 800 });
  await page.waitForFunction(() => Number(document.querySelector('#timeline-chart svg').getAttribute('width')) < 600);
  await settle(page);
  const narrow = await drawn();
  assert.ok(narrow.every(w => w >= 280 && w < 600), narrow.join());
  assert.deepEqual(problems, []);
}));

test('Firefox ESR renders the page from file:// to the ready state', { skip: !existsSync('/usr/bin/firefox-esr') && 'firefox-esr is not installed' }, async () => {
  // Firefox is driven over WebDriver BiDi (puppeteer-core, no download: it
  // starts Debian's firefox-esr), so the test waits for the page's own ready
  // state instead of guessing when Firefox's --screenshot would be late
  // enough; that guess failed on a loaded machine.
  // The window's size is given to Firefox itself: puppeteer's setViewport
  // sends a BiDi command (emulation.setScreenOrientationOverride) that
  // Firefox ESR 140 does not know.
  const browser = await firefox.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, defaultViewport: null, args: ['--width=1000', '--height=700'] });
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', error => problems.push(`pageerror: ${error.message}`));
    page.on('console', message => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
    await page.goto(page_url);
    // Polled with evaluate: puppeteer's waitForFunction builds its
    // predicate with Function(), which the page's CSP blocks in Firefox.
    const until = Date.now() + 90000;
    while (await page.evaluate(() => document.getElementById('status')?.dataset.state) !== 'ready') {
      assert.ok(Date.now() < until, 'the page is ready within 90 s');
      await new Promise(resolve => setTimeout(resolve, 100));
    }
    const seen = await page.evaluate(() => ({
      status: document.getElementById('status').textContent,
      charts: ['mentions-chart', 'sentiment-chart', 'timeline-chart']
        .map(id => document.querySelectorAll(`#${id} svg path, #${id} svg polyline`).length),
      rows: document.querySelectorAll('#articles tbody tr').length,
    }));
    assert.match(seen.status, /^Analysed 9 articles/);
    assert.equal(seen.rows, 9, 'the article table lists the nine bundled articles');
    assert.ok(seen.charts.every(n => n > 0), `every chart draws in Firefox: ${seen.charts.join()}`);
    assert.deepEqual(problems, []);
    const shot = join(shots, 'firefox.png');
    await page.screenshot({ path: shot });
    // The status dot turns --ok green (#1a7f37) only when the wasm analysis
    // finished; find a solid block of it in the screenshot.
    const png = PNG.sync.read(readFileSync(shot));
    let green = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
      if (Math.abs(r - 0x1a) <= 2 && Math.abs(g - 0x7f) <= 2 && Math.abs(b - 0x37) <= 2) green++;
    }
    assert.ok(green >= 50, `the ready indicator is not in Firefox's screenshot (${green} green pixels)`);
  } finally {
    await browser.close();
  }
});

test('wire copy without a year in its datelines takes the year of the other texts, and a day set by hand replaces it and goes back to it', async () => {
  const dir = scratch('wire', {
    'sequia/01-alerta.txt': `Alerta por la sequía\n\nLunes, 2 de marzo de 2026\n\nSEVILLA, 2 mar (EFE) – La Confederación Hidrográfica del Guadalquivir declaró la alerta por sequía este lunes. ${PARA}\n`,
    'sequia/02-ecija.txt': `Protesta en Écija\n\nÉCIJA (Sevilla), 5 mar (EFE) – Unos tres mil agricultores protestaron este jueves contra los recortes de riego. ${PARA}\n`,
    'sequia/03-madrid.txt': `Reunión en Madrid\n\nMADRID, 16 mar (EFE) – La consejera pidió en Madrid un decreto de sequía este lunes. ${PARA}\n`,
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  try {
    const page = settling(await context.newPage());
    page.on('pageerror', e => problems.push(e.message));
    await page.goto(page_url);
    await page.waitForSelector('#status[data-state="ready"]');
    await page.click('#load-details summary');
    await page.check('input[name="load-mode"][value="replace"]');
    await page.setInputFiles('#folder-input', join(dir, 'sequia'));
    assert.match(await loaded(page), /^Loaded 3 files: 3 articles/);
    const dates = () => page.$$eval('#articles tbody tr', trs => Object.fromEntries(trs.map(t => [t.dataset.id, t.dataset.date])));
    assert.deepEqual(await dates(), {
      'sequia/01-alerta.txt#1': '2026-03-02',
      'sequia/02-ecija.txt#1': '2026-03-05',
      'sequia/03-madrid.txt#1': '2026-03-16',
    });
    const from = await page.textContent('tr[data-id="sequia/02-ecija.txt#1"] .from-cell');
    assert.match(from, /wire dateline, year from the corpus/);
    assert.match(from, /5 mar \(EFE\).*2026-03-02/);
    // The year may be wrong: a day set by hand replaces it; undone, the
    // corpus's year comes back.
    await page.fill('input[data-date-for="sequia/03-madrid.txt#1"]', '2025-03-16');
    await page.click('button[data-set-date="sequia/03-madrid.txt#1"]');
    await page.waitForFunction(() => document.querySelector('tr[data-id="sequia/03-madrid.txt#1"]')?.dataset.date === '2025-03-16');
    await page.click('button[data-undo="sequia/03-madrid.txt#1"]');
    await page.waitForFunction(() => document.querySelector('tr[data-id="sequia/03-madrid.txt#1"]')?.dataset.date === '2026-03-16');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
