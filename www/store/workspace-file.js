// The workspace as one JSON file: export, and import checked completely
// before anything is replaced.
import { fromBase64, mb, plural, progress, toBase64 } from '../dom.js';
import { MAX_CORPUS_BYTES, MAX_FILE_BYTES } from '../load/build.js';
import { switchWorkspace } from '../load/switch.js';
import { bundled, data, isSidecarFile, workspace } from '../state.js';
import { persist } from './storage.js';
import { applyHash, stateToHash } from '../url.js';
import { renderFromState } from '../views/day.js';

export async function exportText() {
  const files = [];
  for (const f of workspace.files) files.push({ name: f.name, base64: toBase64(new Uint8Array(await f.blob.arrayBuffer())) });
  return `${JSON.stringify({
    format: 'dateline-workspace',
    version: 1,
    withSeeds: workspace.withSeeds,
    files,
    overrides: Object.fromEntries(Object.entries(workspace.overrides).sort()),
    entities: workspace.entities,
    name: workspace.title || '',
    view: stateToHash(),
  }, null, 2)}\n`;
}

// Checks a workspace file completely before anything is replaced.
function parseWorkspace(text) {
  let v;
  try { v = JSON.parse(text); } catch (err) { throw new Error(`it is not JSON (${err.message})`); }
  if (!v || v.format !== 'dateline-workspace') throw new Error('it has no "format": "dateline-workspace"');
  if (v.version !== 1) throw new Error(`version ${v.version} is not known (this page reads version 1)`);
  if (typeof v.withSeeds !== 'boolean') throw new Error('"withSeeds" must be true or false');
  if (!Array.isArray(v.files)) throw new Error('"files" must be a list');
  // The checks a load makes: one name per file, no page of the bundled
  // corpus's names next to it, the limits of a file and of a corpus.
  const bundledNames = new Set(v.withSeeds ? bundled()?.map(f => f.name) ?? wasm_bindgen.Workspace.bundledNames() : []);
  const seen = new Map();
  let total = 0;
  const files = v.files.map((f, i) => {
    if (!f || typeof f.name !== 'string' || !f.name || typeof f.base64 !== 'string') throw new Error(`file ${i + 1} needs a "name" and "base64"`);
    if (seen.has(f.name)) throw new Error(`file ${i + 1} (${f.name}) has the name of file ${seen.get(f.name)}: each file needs its own name`);
    seen.set(f.name, i + 1);
    if (bundledNames.has(f.name) && !isSidecarFile(f.name)) throw new Error(`file ${i + 1} (${f.name}) has the name of a page of the bundled corpus it is added to`);
    const size = Math.floor(f.base64.replace(/=+$/, '').length * 3 / 4);
    if (size > MAX_FILE_BYTES) throw new Error(`file ${i + 1} (${f.name}) is ${mb(size)}; the limit is 64 MB per file`);
    total += size;
    if (total > MAX_CORPUS_BYTES) throw new Error(`its files make ${mb(total)} or more; the page takes up to ${mb(MAX_CORPUS_BYTES)}`);
    try { const bytes = fromBase64(f.base64); return { name: f.name, blob: new Blob([bytes]), size: bytes.length }; } catch (err) { throw new Error(`file ${i + 1} (${f.name}) is not valid base64`); }
  });
  if (!v.overrides || typeof v.overrides !== 'object' || Array.isArray(v.overrides)) throw new Error('"overrides" must be an object');
  for (const [id, date] of Object.entries(v.overrides)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`the date for ${id} is not YYYY-MM-DD`);
  }
  if (typeof v.view !== 'string') throw new Error('"view" must be a string');
  if (v.entities !== undefined && typeof v.entities !== 'string') throw new Error('"entities" must be the text of an entities.toml');
  if (v.name !== undefined && typeof v.name !== 'string') throw new Error('"name" must be the corpus\'s name, a string');
  return { files, withSeeds: v.withSeeds, overrides: { ...v.overrides }, entities: v.entities || '', title: v.name || '', view: v.view };
}

export async function importWorkspace(file) {
  let parsed;
  try {
    parsed = parseWorkspace(await file.text());
  } catch (err) {
    progress(`Not imported: ${file.name} is not a dateline workspace file: ${err.message}. Your current workspace is unchanged.`);
    return;
  }
  if (!await switchWorkspace({ files: parsed.files, withSeeds: parsed.withSeeds, overrides: parsed.overrides, entities: parsed.entities, title: parsed.title })) {
    progress(`Cancelled: ${file.name} was not imported; your current workspace is unchanged.`);
    return;
  }
  if (await applyHash(parsed.view)) await renderFromState();
  history.replaceState(null, '', stateToHash());
  persist();
  progress(`Imported ${file.name}: ${plural(workspace.files.length, 'file')}, ${plural(data.summary.articles.length, 'article')}.`);
}
