// dateline page: starts the wasm core, analyses the bundled corpus, lists
// its articles. All numbers come from the core (wasm_bindgen.Workspace).
'use strict';

const DATE_SOURCE_LABEL = {
  text: 'article text',
  file_name: 'file name',
  manifest: 'curated',
  none: 'undated',
};

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') node.className = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) {
    if (c !== null && c !== undefined) node.append(c);
  }
  return node;
}

// The wasm binary is inlined as base64 of raw DEFLATE; inflate it in memory
// (tinyInflate, inlined by build.sh) — no request of any kind, and no await,
// so the page is complete when the load event fires.
function wasmModule() {
  const bin = atob(WASM_DEFLATE_BASE64);
  const packed = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) packed[i] = bin.charCodeAt(i);
  const bytes = tinyInflate(packed, new Uint8Array(WASM_SIZE));
  return new WebAssembly.Module(bytes);
}

function setStatus(state, text) {
  const status = document.getElementById('status');
  status.dataset.state = state;
  document.getElementById('status-text').textContent = text;
}

function plural(n, word) {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

function renderCorpusLine(report) {
  const days = new Set(report.articles.filter(a => a.date).map(a => a.date));
  const words = report.articles.reduce((sum, a) => sum + a.words, 0);
  const undated = report.articles.filter(a => !a.date).length;
  document.getElementById('corpus-line').textContent = [
    plural(report.articles.length, 'article'),
    plural(days.size, 'day'),
    plural(words, 'word'),
    `${undated.toLocaleString('en')} undated`,
  ].join(' · ');
}

function dateFromCell(a) {
  const cell = el('td', { class: 'from-cell' },
    el('span', { class: `from from-${a.date_source}` }, DATE_SOURCE_LABEL[a.date_source] || a.date_source));
  if (a.date_source === 'manifest' && a.date_note) {
    cell.append(el('details', { class: 'from-detail' }, el('summary', null, 'evidence'), a.date_note));
  } else if (a.printed_date) {
    cell.append(el('span', { class: 'from-detail' }, a.printed_date));
  }
  return cell;
}

// Chronological, undated last; the core's order (file, then position)
// breaks ties.
function chronological(articles) {
  return articles
    .map((a, i) => [a, i])
    .sort(([a, i], [b, j]) => {
      if (a.date !== b.date) {
        if (!a.date) return 1;
        if (!b.date) return -1;
        return a.date < b.date ? -1 : 1;
      }
      return i - j;
    })
    .map(([a]) => a);
}

function renderArticles(report) {
  const body = document.querySelector('#articles tbody');
  body.replaceChildren(...chronological(report.articles).map(a => el('tr', { 'data-id': a.id, 'data-date': a.date || '', 'data-words': String(a.words) },
    el('td', { class: a.date ? 'date' : 'date undated' }, a.date || 'undated'),
    el('td', { class: 'title-cell' },
      el('span', { class: 'title' }, a.title),
      el('span', { class: 'source' }, a.id)),
    dateFromCell(a),
    el('td', { class: 'num' }, a.words.toLocaleString('en')))));
}

function renderWarnings(report) {
  const section = document.getElementById('warnings-section');
  const list = document.getElementById('warnings');
  list.replaceChildren(...report.warnings.map(w => el('li', null,
    el('span', { class: 'file' }, w.source), ': ', w.message)));
  section.hidden = report.warnings.length === 0;
}

function main() {
  try {
    wasm_bindgen.initSync({ module: wasmModule() });
    const start = performance.now();
    const workspace = wasm_bindgen.Workspace.withSeeds();
    const report = workspace.summary();
    const ms = performance.now() - start;
    renderCorpusLine(report);
    renderArticles(report);
    renderWarnings(report);
    setStatus('ready', `Analysed ${plural(report.articles.length, 'article')} in ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`);
    performance.mark('dateline:ready');
  } catch (err) {
    setStatus('error', `Could not start the analysis: ${err && err.message ? err.message : err}`);
    console.error(err);
  }
}

main();
