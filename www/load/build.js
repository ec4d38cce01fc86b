// Building the core of a workspace: the bundled corpus on this thread,
// your files read and analysed in one or two workers a step at a time,
// with progress, Cancel and the limits.
import { core, LocalCore, WorkerCore } from '../core/cores.js';
import { $, mb, num, progress } from '../dom.js';
import { BAKED, bundled, isSidecarFile } from '../state.js';

export const MAX_FILE_BYTES = 64 * 1024 * 1024;

// The largest corpus the page takes. The first worker's WebAssembly
// memory grows to about twice the text while it loads, and both workers'
// together stay under that (the page benchmark: 196 MiB for 95 MiB of
// pages, 755 MiB for 381 MiB, the page's own instance included), and a
// browser gives one instance 2 to 4 GB at most: 600 MB stays under
// 1.3 GB. Beyond this the page refuses before reading a file.
// (A test lowers it through globalThis.DATELINE_MAX_CORPUS_BYTES.)
export const MAX_CORPUS_BYTES = globalThis.DATELINE_MAX_CORPUS_BYTES || 600 * 1000 * 1000;

// Loads files: the worker reads and analyses them (see
// buildWorkspaceInSteps). A file that cannot be used is named with the
// reason; the others load. While it works the page shows a bar, the files
// and megabytes read, the rate and the time left, and a Cancel button that
// stops the worker: nothing read so far is kept and the corpus shown stays.
// Each load has its own token: Cancel marks the running load's; a load
// started while another runs stops the other, which can never come back
// (a later load does not clear an earlier one's mark). Workers carry the
// token of the load they serve (`worker.token`).
export let loadToken = { cancelled: false };

export function showMeter(on) {
  $('load-meter').hidden = !on;
  if (on) {
    loadToken.cancelled = true;
    loadToken = { cancelled: false };
  }
}

// The bundled (or baked-in) corpus, on the page's own thread.
export function startWorkspace() {
  const files = bundled();
  const ws = files
    ? wasm_bindgen.Workspace.fromFiles(files.map(f => f.name), files.map(f => f.bytes), false)
    : wasm_bindgen.Workspace.withSeeds();
  // A page made in the browser carries the names edited and the dates set
  // by hand when it was made.
  if (BAKED?.entities) {
    try { ws.useEntities(BAKED.entities); } catch (err) { console.warn('the baked names are not used', err); }
  }
  for (const [id, date] of Object.entries(BAKED?.overrides || {})) {
    try { ws.setDate(id, date); } catch (err) { console.warn(`the baked date of ${id} is not used`, err); }
  }
  return new LocalCore(ws);
}

// The dates set by hand of the workspace `ws`, applied to a new core with
// one analysis for all; one that no longer fits its article is dropped,
// with a warning.
async function applyOverrides(next, ws, loadWarnings) {
  const pairs = Object.entries(ws.overrides);
  if (!pairs.length) return;
  const problems = await next.call('setDates', pairs.map(p => p[0]), pairs.map(p => p[1]));
  pairs.forEach(([id, date], i) => {
    if (!problems[i]) return;
    delete ws.overrides[id];
    loadWarnings.push({ source: id, message: `the date set by hand (${date}) is not used: ${problems[i]}` });
  });
}

// The edited entity list, applied to a new core (before its analysis when
// it is loading); one the core refuses is dropped with a warning.
async function applyEntities(next, ws, loadWarnings) {
  if (!ws.entities) return;
  try {
    await next.call('useEntities', ws.entities);
  } catch (err) {
    ws.entities = '';
    loadWarnings.push({ source: 'entities.toml (your edits)', message: `not used: ${err && err.message ? err.message : err}` });
  }
}

// The core for the workspace `ws` (not yet the one shown: it becomes so
// once its core is built and drawn): the bundled corpus alone on this
// thread, with your files in a worker. Null when Cancel was pressed
// meanwhile.
export async function buildWorkspace(ws, loadWarnings, unreadable, worker) {
  if (!ws.files.length) {
    const next = startWorkspace();
    await applyEntities(next, ws, loadWarnings);
    next.ws.complete();
    await applyOverrides(next, ws, loadWarnings);
    return next;
  }
  return buildWorkspaceInSteps(ws, loadWarnings, unreadable, worker);
}

// Files handed to the worker at once (at most FEED_BYTES or FEED_FILES
// of them), and the bytes of text it analyses in one step: the page shows
// the progress after each.
const FEED_BYTES = 4 * 1000 * 1000;

const FEED_FILES = 256;

// (A test lowers STEP_BYTES through globalThis.DATELINE_STEP_BYTES, so
// that a small folder is analysed and handed over in several steps.)
const STEP_BYTES = globalThis.DATELINE_STEP_BYTES || 16 * 1000 * 1000;

function showProgress(done, count, read, total, ms) {
  $('load-bar').max = Math.max(1, 2 * total);
  $('load-bar').value = read;
  const rate = ms > 0 ? read / 1048576 / (ms / 1000) : 0;
  const left = rate > 0 ? (total - read) / 1048576 / rate : 0;
  progress(`Read ${num(done)} of ${num(count)} files (${mb(read)} of ${mb(total)}${rate > 0 && ms > 300 ? `, ${rate.toFixed(1)} MB/s, about ${Math.ceil(left)} s left` : ''})`);
}

// Files handed to a worker in one message.
const TAKE_FILES = 256;

// Hands `files` ({ name, blob }) to the worker `next`, TAKE_FILES at a
// time, setting each one's size; resolves to a Map from each blob to its
// place in the worker's store, or null when Cancel was pressed meanwhile
// (the worker is then stopped).
export async function takeFiles(next, files) {
  const taken = new Map();
  for (let at = 0; at < files.length; at += TAKE_FILES) {
    const chunk = files.slice(at, at + TAKE_FILES);
    const { first, sizes } = await next.call('$take', chunk.map(f => f.blob));
    chunk.forEach((f, i) => { f.size = sizes[i]; taken.set(f.blob, first + i); });
    if (next.token?.cancelled) { next.free(); return null; }
    if (!next.token || next.token === loadToken) progress(`Looking at the files: ${num(at + chunk.length)} of ${num(files.length)}`);
  }
  return taken;
}

// Builds the core of the workspace `ws`, its `files` ({ name, blob, size }
// each), in a worker (`worker`:
// { next, taken } from takeFiles, or a new one), which reads the files
// itself, a batch at a time, then analyses them a step at a time. Files it
// cannot read are named in `unreadable` and left out of the workspace.
// Null when Cancel was pressed meanwhile (the worker is stopped; the
// corpus shown stays).
async function buildWorkspaceInSteps(ws, loadWarnings = [], unreadable = [], worker = null) {
  const warned = loadWarnings.length;
  const skipped = unreadable.length;
  try {
    return await readInWorkers(ws, loadWarnings, unreadable, worker, true);
  } catch (err) {
    if (!err.twoWorkers) throw err;
    // Two workers could not share the load (a worker that stopped, out
    // of memory perhaps): one worker reads everything again.
    loadWarnings.length = warned;
    unreadable.length = skipped;
    return readInWorkers(ws, loadWarnings, unreadable, null, false);
  }
}

// buildWorkspaceInSteps's work, with two workers for a large corpus when
// `twoWorkers`; an error of the two-worker load is thrown with
// `twoWorkers` set, once both workers are stopped.
async function readInWorkers(ws, loadWarnings, unreadable, worker, twoWorkers) {
  const { files, withSeeds } = ws;
  const token = worker?.next.token ?? loadToken;
  const base = bundled();
  const given = base && withSeeds ? [...base.map(f => ({ name: f.name, blob: new Blob([f.bytes]), size: f.bytes.length })), ...files] : files;
  // The sidecar files (entities.toml, corpus.toml) go first (each worker
  // is given them). Articles keep their order.
  const sidecars = given.filter(f => isSidecarFile(f.name));
  const texts = given.filter(f => !isSidecarFile(f.name));
  const total = texts.reduce((sum, f) => sum + f.size, 0);
  const began = performance.now();
  const next = worker ? worker.next : await WorkerCore.start();
  next.token = token;
  const taken = worker ? worker.taken : new Map();
  const more = await takeFiles(next, given.filter(f => !taken.has(f.blob))).catch(err => {
    next.free();
    throw err;
  });
  if (!more) return null;
  for (const [blob, slot] of more) taken.set(blob, slot);
  // A large corpus is read by two workers, the later files by a second
  // one, which hands its part over (see crate::load). A corpus.toml of
  // yours can date any file of its folder: then one worker reads them all.
  const cut = twoWorkers && total >= TWO_WORKERS_BYTES && !sidecars.some(f => MANIFEST.test(f.name)) ? secondShare(texts) : texts.length;
  const split = cut < texts.length;
  let second = null;
  const stopAll = () => { next.free(); second?.free(); return null; };
  try {
    return await analyseInWorkers();
  } catch (err) {
    // Both workers stop; an error of a two-worker load says so, for the
    // caller to read everything again with one.
    stopAll();
    if (split && err instanceof Error) err.twoWorkers = true;
    throw err;
  }

  async function analyseInWorkers() {
    const secondTaken = new Map();
    if (split) {
      second = await WorkerCore.start();
      second.token = token;
      const slots = await takeFiles(second, [...sidecars, ...texts.slice(cut)]);
      if (!slots) return stopAll();
      for (const [blob, slot] of slots) secondTaken.set(blob, slot);
      await second.call('$loadingSecond', !base && withSeeds);
    }
    await next.call('$loading', !base && withSeeds);
    const counted = { read: 0, files: 0 };
    // A load a newer one stopped writes no more progress (the line and
    // the bar are the newer one's).
    const current = () => token === loadToken;
    const shown = () => { if (current()) showProgress(counted.files, texts.length, counted.read, total, performance.now() - began); };
    // Files that could not be read, per worker, listed in file order once
    // both are done (each worker is given the sidecar files: the second's
    // would repeat the first's).
    const own = { warnings: [], unreadable: [] };
    const later = { warnings: [], unreadable: [] };
    const feeding = [feedWorker(next, taken, [...sidecars, ...texts.slice(0, cut)], counted, shown, own)];
    if (second) feeding.push(feedWorker(second, secondTaken, [...sidecars, ...texts.slice(cut)], counted, shown, later));
    const fed = await Promise.all(feeding);
    loadWarnings.push(...own.warnings, ...later.warnings.filter(f => !isSidecarFile(f.source)));
    unreadable.push(...own.unreadable, ...later.unreadable.filter(name => !isSidecarFile(name)));
    if (fed.includes(false) || token.cancelled) return stopAll();
    performance.mark('dateline:files-read');
    const analysing = performance.now();
    // The bundled corpus the worker adds itself is not among the files.
    const seedsInWorker = !base && withSeeds;
    const what = !total ? 'the bundled corpus' : seedsInWorker ? `${mb(total)} and the bundled corpus` : mb(total);
    const analysingLine = done => {
      if (!current()) return;
      $('load-bar').value = total + done * total;
      const ms = performance.now() - analysing;
      progress(`Analysing ${what}: ${Math.round(done * 100)}% (${(ms / 1000).toFixed(1)} s so far)`);
    };
    if (second) {
      analysingLine(0);
      // The names the second found in its texts, for the first to settle
      // the corpus's names with its own.
      const found = await second.call('handOverFound');
      await next.callWith([found.buffer], 'takeFound', found);
    }
    await applyEntities(next, ws, loadWarnings);
    // The first step puts the corpus together and finds its people, places
    // and organisations (one article analysed with it): marked, for the
    // page benchmark's share of discovery in the load.
    performance.mark('dateline:analysis-start');
    await unlessCancelled(token, next.call('analyseStep', 1));
    performance.mark('dateline:entities-found');
    if (token.cancelled) return stopAll();
    // With the names settled, the second analyses its texts while the
    // first analyses its own, and hands each step over (its texts with
    // their analysis), which the first puts after its own.
    let stepCame = null;
    const relay = second ? relayAnalysis() : null;
    relay?.catch(() => {});
    async function relayAnalysis() {
      const names = await next.call('namesForSecond');
      await second.callWith([names.buffer], 'analyseWith', names);
      for (;;) {
        const bytes = await second.call('handOverStep', STEP_BYTES);
        if (!bytes.length || token.cancelled) break;
        await next.callWith([bytes.buffer], 'takeOver', bytes);
        stepCame?.();
      }
      // For the page benchmark: both instances' memory, which only
      // grows, so this is the most they held together.
      const [first, latter] = await Promise.all([next.memory(), second.memory()]);
      globalThis.datelineTwoWorkersWasmBytes = first + latter;
      second.free();
    }
    let relayed = false;
    for (let done = 0; done < 1;) {
      const now = await unlessCancelled(token, next.call('analyseStep', STEP_BYTES));
      if (token.cancelled) return stopAll();
      if (now === done && relay) {
        // Its own texts are analysed: the next step is the second's.
        if (relayed) throw new Error('the second worker stopped before it handed over all its texts');
        const step = new Promise(resolve => { stepCame = resolve; });
        relayed = await Promise.race([step.then(() => false), relay.then(() => true)]);
        stepCame = null;
        if (token.cancelled) return stopAll();
      }
      done = now;
      analysingLine(done);
    }
    await relay;
    if (token.cancelled) return stopAll();
    if (unreadable.length) ws.files = ws.files.filter(f => !unreadable.includes(f.name));
    await applyOverrides(next, ws, loadWarnings);
    performance.mark('dateline:worker-done');
    return next;
  }
}

// A worker's answer to `call`, or nothing once Cancel is pressed (looked
// at every 50 ms): a step of the analysis holds whole articles, and one
// article of 60 MB takes seconds, which Cancel does not wait out (the
// caller then stops the worker).
function unlessCancelled(token, call) {
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (token.cancelled) { clearInterval(timer); resolve(undefined); }
    }, 50);
    call.then(value => { clearInterval(timer); resolve(value); },
      err => { clearInterval(timer); reject(err); });
  });
}

// Text below which one worker reads a corpus (a second one would take
// longer to start and hand over than it saves), and the manifest's name.
const TWO_WORKERS_BYTES = 8 * 1000 * 1000;

const MANIFEST = /(^|\/)corpus\.toml$/;

// Where the second worker's files begin among `texts`: after 53 % of the
// bytes. The first worker joins the second's part at the end, which the
// second's larger share would delay (the browser benchmark's split).
function secondShare(texts) {
  const total = texts.reduce((sum, f) => sum + f.size, 0);
  let cut = 0;
  for (let bytes = 0; cut < texts.length - 1 && bytes + texts[cut].size <= 0.53 * total; cut += 1) bytes += texts[cut].size;
  return Math.max(1, cut);
}

// Hands `files` to a worker (`core`, whose store holds them at the places
// in `taken`) a batch at a time; the worker reads each batch. The
// analysis starts once every file is in (the entities are found in all
// of them: see crate::load). Counts the
// texts read in `counted` and shows it; the files that could not be read
// go to `failures` ({ warnings, unreadable }). False when Cancel was
// pressed meanwhile.
async function feedWorker(core, taken, files, counted, shown, failures) {
  // Two batches in flight: the worker reads one while it parses the other.
  const inFlight = [];
  const settleOne = async () => {
    const { answer, size, count } = inFlight.shift();
    const failed = await answer;
    failures.warnings.push(...failed);
    for (const f of failed) failures.unreadable.push(f.source);
    counted.read += size;
    counted.files += count;
    shown();
  };
  for (let at = 0; at < files.length;) {
    let size = 0;
    const batch = [];
    while (at < files.length && (batch.length === 0 || (size < FEED_BYTES && batch.length < FEED_FILES))) {
      batch.push(files[at]);
      size += files[at].size;
      at += 1;
    }
    const answer = core.call('$addTaken', batch.map(f => f.name), batch.map(f => taken.get(f.blob)));
    // Awaited in order by settleOne; should a worker stop, the first
    // failure is thrown there and the others are not left unhandled.
    answer.catch(() => {});
    const batchTexts = batch.filter(f => !isSidecarFile(f.name));
    inFlight.push({ answer, size: batchTexts.reduce((sum, f) => sum + f.size, 0), count: batchTexts.length });
    if (inFlight.length > 1) await settleOne();
    if (core.token?.cancelled) return false;
  }
  while (inFlight.length) await settleOne();
  return !core.token?.cancelled;
}

export function showLoadError(err) {
  showMeter(false);
  progress(`Could not load: ${err && err.message ? err.message : err}`);
  console.error(err);
}
