// The page's first chart, drawn when the page is built, so that it is on
// screen before the engine is unpacked and started (which then draws the
// same chart again, live, and wires it). Used by ./build.sh.
//   node tools/first-chart.mjs GLUE.js ENGINE.wasm [BAKED.json]
// Runs the page's own engine (the wasm and glue being inlined) on the
// bundled corpus, or on the folder baked into the page (BAKED.json:
// {"files": [{"name", "base64"}]}), the way www/main.js starts: the four
// series mentioned most, the points that fit the width, raw counts, no day
// selected. Prints JSON: {"chart", "legend", "chips", "corpusLine",
// "corpusAbout": HTML, "css": CSS}: with the chart, what stands above it
// (what the corpus is, the corpus in one line,
// the entity chips), so that it does not move when the engine draws them
// (the same markup as the page's renderCorpusLine and renderChips, and the
// same sentences: www/words.js; a browser test compares the two).
//
// - Two widths: the chart's width in a 1280 px window and in a 375 px one
//   (widthBeforeLayout in www/layout.js). The page shows the one for its window
//   (wider than 900 px or not), only where the live chart counts per the
//   same period (days, weeks or months fit the width): media queries for
//   those window widths. Elsewhere the box stays empty, as tall as the
//   chart, until the live chart comes.
// - One set of colours: the light chart. The dark one differs only in its
//   colours (checked here: anything else fails the build), so CSS under
//   prefers-color-scheme: dark gives each light colour its dark one.
// - Without the day hit areas: the chart is a picture until the engine
//   draws it live.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { corpusAbout, corpusLine as lineOf, num } from '../../../www/words.js';

const [gluePath, wasmPath, bakedPath] = process.argv.slice(2);
if (!gluePath || !wasmPath) {
  console.error('usage: node tools/first-chart.mjs GLUE.js ENGINE.wasm [BAKED.json]');
  process.exit(2);
}

// The first chart's width in a window `w` px wide, as www/layout.js's
// widthBeforeLayout works it out (.wrap at most 76rem wide with 1rem
// padding; .panel a 1px border and 1rem padding, 0.75rem up to 700px).
const chartWidth = w => Math.max(280, Math.round(Math.min(w, 76 * 16) - 2 * 16 - 2 * (w <= 700 ? 12 : 16) - 2));
// Above this window width the chart is as wide as it gets.
const WIDEST = 76 * 16;
const COPIES = { wide: { window: 1280, from: 901 }, narrow: { window: 375, from: 1 } };
const HEIGHT = 250;

vm.runInThisContext(`${readFileSync(gluePath, 'utf8')}\n;globalThis.wasm_bindgen = wasm_bindgen;`);
const { Workspace } = globalThis.wasm_bindgen;
globalThis.wasm_bindgen.initSync({ module: readFileSync(wasmPath) });

let ws;
const baked = bakedPath ? JSON.parse(readFileSync(bakedPath, 'utf8')) : null;
if (baked) {
  ws = Workspace.fromFiles(baked.files.map(f => f.name), baked.files.map(f => new Uint8Array(Buffer.from(f.base64, 'base64'))), false);
} else {
  ws = Workspace.withSeeds();
}
const terms = ws.countsDays().terms;
const series = ws.topSeries(4);

const escape = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const COLOR = /#[0-9A-Fa-f]{6}\b/g;

const charts = [];
const dark = new Map();
const shown = [];
for (const [name, copy] of Object.entries(COPIES)) {
  const width = chartWidth(copy.window);
  const period = ws.fittingPeriod(width);
  ws.setPeriod(period);
  const draw = theme => ws.mentionsSvg(series, 'raw', width, HEIGHT, theme, '', false).replace(/<g class="hits">.*?<\/g>/s, '');
  const light = draw('light');
  const darkSvg = draw('dark');
  if (light.replace(COLOR, '#') !== darkSvg.replace(COLOR, '#')) {
    throw new Error('the dark chart differs from the light one in more than its colours');
  }
  // Each attribute's light colour and its dark one.
  const attrs = [...light.matchAll(/(fill|stroke)="(#[0-9A-Fa-f]{6})"/g)];
  const darks = [...darkSvg.matchAll(/(fill|stroke)="(#[0-9A-Fa-f]{6})"/g)];
  attrs.forEach((m, i) => {
    const key = `${m[1]}="${m[2]}"`;
    const to = darks[i][2];
    if (dark.has(key) && dark.get(key) !== to) throw new Error(`${key} is two colours in the dark chart`);
    dark.set(key, to);
  });
  // One copy of each id in the page.
  const svg = name === 'wide' ? light : light.replace(/mentions-chart-(title|desc)/g, `mentions-chart-$1-${name}`);
  charts.push(`<div class="prerendered ${name}">${svg}</div>`);
  // The windows this copy is for in which the live chart has its period.
  const to = name === 'wide' ? WIDEST : COPIES.wide.from - 1;
  let start = 0;
  for (let w = copy.from; w <= to + 1; w++) {
    const same = w <= to && ws.fittingPeriod(chartWidth(w)) === period;
    if (same && !start) start = w;
    if (!same && start) {
      const upTo = w - 1 === WIDEST ? '' : ` and (max-width: ${w - 1}px)`;
      shown.push(`@media (min-width: ${start}px)${upTo}{.chart-box .prerendered.${name}{display:block}}`);
      start = 0;
    }
  }
}

const rules = [...dark].filter(([key, to]) => !key.endsWith(`"${to}"`))
  .map(([key, to]) => `.prerendered [${key}]{${key.split('=')[0]}:${to}}`);
const css = shown.join('') + (rules.length ? `@media (prefers-color-scheme: dark){${rules.join('')}}` : '');
// The corpus line and the chips, as the page draws them first.
const corpusLine = lineOf(ws.corpusTotals());
const CHIPS_SHOWN = 10;
const totals = Object.fromEntries(ws.totals());
const ranked = terms.filter(t => totals[t] > 0).sort((a, b) => totals[b] - totals[a]);
const visible = ranked.filter((t, i) => i < CHIPS_SHOWN || series.includes(t));
const chips = visible.map(t => `<button type="button" class="chip" aria-pressed="${series.includes(t)}" data-term="${escape(t)}">`
  + `<span class="swatch${series.includes(t) ? ` mk${Workspace.seriesMarker(series.indexOf(t))}" style="background:${Workspace.seriesColor(series.indexOf(t))}"` : '"'}></span>${escape(t)}<span class="count">${num(totals[t])}</span></button>`).join('')
  + (ranked.length > visible.length ? `<button type="button" class="link-button" id="more-chips">+${ranked.length - visible.length} more</button>` : '');
const legend = series.map((t, slot) => `<span data-term="${escape(t)}"><i class="mk${Workspace.seriesMarker(slot)}" style="background:${Workspace.seriesColor(slot)}"></i>${escape(t)}</span>`).join('');
// What the corpus is, with no texts of the user's.
const texts = baked ? baked.files.filter(f => !globalThis.wasm_bindgen.isSidecar(f.name)).length : 0;
const about = corpusAbout({ baked: baked && { name: baked.name, texts }, yours: 0, withSeeds: true });
process.stdout.write(JSON.stringify({ chart: charts.join(''), legend, chips, corpusLine: escape(corpusLine), corpusAbout: escape(about), css }));
