// "Download the page": this page with the corpus shown inside.
import { core } from '../core/cores.js';
import { mb, progress, saveBlob, toBase64 } from '../dom.js';
import { BAKED, corpusName, corpusTitle, workspace } from '../state.js';
import { stateToHash } from '../url.js';

// The page as the browser parsed it, before this script changed anything
// (copied in main, once the first chart is on screen and before anything
// is drawn): what "Download the page" starts from. A copy of the tree
// shares its text, the engine's included (some 4 ms).
export let PRISTINE = null;
export function setPristine(page) { PRISTINE = page; }

// The file name of the page made from the corpus shown.
export function pageFileName() {
  const slug = corpusTitle().normalize('NFKC').replace(/[\\/:*?"<>|#%\u0000-\u001f]+/g, '-').replace(/^[.\s-]+|[.\s-]+$/g, '').slice(0, 80);
  return `${slug || 'my-texts'}.html`;
}

// Largest corpus a page made in the browser carries (its files are
// written into the page as base64, a third larger).
const PAGE_MAX_BYTES = 50 * 1024 * 1024;

// This page with the corpus shown inside — its files (web pages as read),
// the names edited, the dates set by hand and the view — as
// `./build.sh page --corpus` makes one: one file that opens anywhere and
// shows these texts to every reader. The first chart is drawn when it
// opens (not written into it as the build does).
async function pageWithCorpus() {
  const files = [];
  if (workspace.withSeeds) {
    if (BAKED) files.push(...BAKED.files.map(f => ({ name: f.name, base64: f.base64 })));
    else for (const [name, bytes] of wasm_bindgen.Workspace.bundledFiles()) files.push({ name, base64: toBase64(bytes) });
  }
  const total = workspace.files.reduce((sum, f) => sum + (f.size || f.blob.size), 0);
  if (total > PAGE_MAX_BYTES) throw new Error(`your texts are ${mb(total)}; a page made here holds up to ${mb(PAGE_MAX_BYTES)} (make a larger one with ./build.sh page --corpus FOLDER)`);
  for (const f of workspace.files) {
    let bytes = new Uint8Array(await f.blob.arrayBuffer());
    // Web pages and texts not in UTF-8 are put in as the reader read them:
    // the page's engine, which has no HTML reader, reads them at start.
    if (wasm_bindgen.needsReader(f.name, bytes)) bytes = await core.call('$readForEngine', f.name, bytes);
    files.push({ name: f.name, base64: toBase64(bytes) });
  }
  const baked = { name: corpusTitle(), files, entities: workspace.entities, overrides: workspace.overrides, view: stateToHash() };
  const page = PRISTINE.cloneNode(true);
  page.querySelector('#baked-corpus')?.remove();
  const script = document.createElement('script');
  script.id = 'baked-corpus';
  // ("<" escaped: no text of the corpus can close the script.)
  script.textContent = `const BAKED_CORPUS = ${JSON.stringify(baked).replace(/</g, '\\u003c')};`;
  page.querySelector('#engine-glue').before(script);
  // What the build drew for the corpus inside this page goes: the page
  // made draws its own corpus when it opens.
  for (const id of ['mentions-chart', 'chips', 'mentions-legend', 'corpus-line', 'corpus-about']) page.querySelector(`#${id}`).replaceChildren();
  page.querySelector('title').textContent = `${baked.name} — dateline`;
  // Its scripts are allowed by their hashes, the new one's included.
  const hashes = [];
  for (const s of page.querySelectorAll('script')) {
    if (s.type && s.type !== 'text/javascript' && s.type !== 'module') continue;
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s.textContent));
    hashes.push(`'sha256-${toBase64(new Uint8Array(digest))}'`);
  }
  const csp = page.querySelector('meta[http-equiv="Content-Security-Policy"]');
  csp.content = csp.content.replace(/script-src [^;]*/, `script-src ${[...new Set(hashes)].join(' ')} 'wasm-unsafe-eval'`);
  return `<!DOCTYPE html>\n${page.outerHTML}\n`;
}

export async function downloadPage() {
  const name = pageFileName();
  progress(`Making ${name}…`);
  try {
    const html = await pageWithCorpus();
    saveBlob(new Blob([html], { type: 'text/html' }), name);
    progress(`Made ${name} (${mb(html.length)}): open it from disk, share it or put it next to your post; it holds ${corpusName()}.`);
  } catch (err) {
    progress(`Could not make ${name}: ${err && err.message ? err.message : err}. Nothing else changed.`);
  }
}
