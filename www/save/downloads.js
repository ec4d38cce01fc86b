// Chart downloads: SVG and PNG with title, legend and caption, CSV,
// JSON, and the names as an entities.toml.
import { core } from '../core/cores.js';
import { countOf, el, saveBlob } from '../dom.js';
import { ensureCounts } from '../reports.js';
import { BAKED, corpusTitle, data, periodLabel, state, theme, workspace } from '../state.js';

const CHART_SIZE = { mentions: [900, 300], sentiment: [900, 260] };

// The chart as a file that says what it shows (title, legend, caption;
// XML prolog, fonts and colours inline): the bytes `dateline chart` writes.
// (Its caption names the corpus shown: yours, the one baked in, or the
// bundled one's subject, as `dateline chart` names a folder.)
function standaloneSvg(which) {
  const [w, h] = CHART_SIZE[which];
  const name = workspace.files.length ? corpusTitle() : BAKED ? BAKED.name : 'United States–Colombia, 2025–2026';
  return which === 'mentions'
    ? core.call('mentionsSvg', state.slots, state.mode, w, h, theme(), state.day || '', true, name)
    : core.call('sentimentSvg', state.lens, w, h, theme(), state.day || '', true, name);
}

function csvCell(v) {
  // Text that a spreadsheet would read as a formula is kept as text.
  const s = typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

// The exact numbers the chart draws, one row per day (and the undated
// articles when there are any).
// A spreadsheet's numbers: rates to 2 decimals, shares and scores to 4
// (232.14, not 232.14285714285714); the JSON download keeps every digit.
function round(v, places) {
  return typeof v === 'number' ? Number(v.toFixed(places)) : v;
}

function chartCsv(which) {
  const rows = [];
  if (which === 'mentions') {
    rows.push(['date', 'articles', 'words', ...state.series.flatMap(t => [`${t} count`, `${t} per 10k words`, `${t} share of articles`])]);
    const buckets = [...data.countsP.days, ...(data.counts.undated.articles ? [data.counts.undated] : [])];
    for (const d of buckets) {
      rows.push([d.date ? periodLabel(d.date, data.period) : 'undated', d.articles, d.words, ...state.series.flatMap(t => [countOf(d.counts, t), round(countOf(d.per_10k, t), 2), round(countOf(d.article_share, t), 4)])]);
    }
  } else {
    // (No net tone for a period with no word scored: empty, as goldstein
    // with no diplomacy term, not a neutral 0.)
    rows.push(['date', 'articles', 'words', 'positive', 'negative', 'net', 'cooperation', 'conflict', 'goldstein', 'spanish_words_skipped', 'other_words_skipped']);
    const buckets = [...data.sentimentP.days, ...(data.sentiment.undated.articles ? [data.sentiment.undated] : [])];
    for (const d of buckets) {
      rows.push([d.date ? periodLabel(d.date, data.period) : 'undated', d.articles, d.words, d.positive, d.negative, d.positive + d.negative ? round(d.net, 4) : '', d.cooperation, d.conflict, d.goldstein == null ? '' : round(d.goldstein, 2), d.spanish_words_skipped, d.other_words_skipped]);
    }
  }
  return rows.map(r => r.map(csvCell).join(',')).join('\n') + '\n';
}

async function savePng(which) {
  const svg = await standaloneSvg(which);
  // The file's own size: the chart with its title, legend and caption.
  const size = name => Number(svg.match(new RegExp(`<svg[^>]* ${name}="([0-9.]+)"`))[1]);
  const [w, h] = [size('width'), size('height')];
  const img = new Image();
  img.onload = () => {
    const canvas = el('canvas', { width: String(w * 2), height: String(h * 2) });
    const ctx = canvas.getContext('2d');
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0, w, h);
    canvas.toBlob(blob => saveBlob(blob, `dateline-${which}.png`), 'image/png');
  };
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

export async function download(which, format) {
  if (format === 'svg') saveBlob(new Blob([await standaloneSvg(which)], { type: 'image/svg+xml' }), `dateline-${which}.svg`);
  if (format === 'png') await savePng(which);
  if (format === 'csv') {
    await ensureCounts();
    saveBlob(new Blob([chartCsv(which)], { type: 'text/csv' }), `dateline-${which}.csv`);
  }
  if (format === 'toml') {
    // The people, places and organisations as an entities.toml to edit
    // and drop next to the texts (`dateline entities --toml`).
    saveBlob(new Blob([await core.call('entitiesToml')], { type: 'text/plain' }), 'entities.toml');
    return;
  }
  if (format === 'json') {
    // The text the command line writes (`dateline counts|sentiment --json`),
    // as bytes handed over by the worker.
    const bytes = await core.call(which === 'mentions' ? 'countsJson' : 'sentimentJson');
    saveBlob(new Blob([bytes], { type: 'application/json' }), `dateline-${which}.json`);
  }
}
