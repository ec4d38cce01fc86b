// The page side of the benchmark, bundled by esbuild into one IIFE
// (target/bench/contenders.js) with the npm packages it uses. It exposes
// `globalThis.bench`: the driver (bench.mjs) hands it the corpus and the
// lexicon through page.evaluate, then times one contender at a time.
//
// Contenders, each given the same files:
//   wasm       dateline's pipeline: Workspace.fromFiles(...) + complete()
//              (decodes the bytes, cuts, dates, counts, sentiment, events);
//              needs the wasm-bindgen glue loaded first: its script declares
//              `let wasm_bindgen`, a global binding but not a property of
//              globalThis, so it is named bare here
//   wasm-2     the same pipeline as the page runs it on a folder: two Web
//              Workers, each with its own instance, read about half the files
//              each (in 4 MB batches); the second hands the names it found
//              over (handOverFound), the first settles the names with its
//              own and gives them back (namesForSecond, analyseWith), and both
//              analyse their texts 16 MB at a time, the second handing each
//              step over (handOverStep, a transfer) for the first to join
//              (takeOver) after its own
//   wasm-tone  dateline's sentiment tallies alone on files already read
//              (ws.sentiment()): the work npm `sentiment` does
//   baseline   the plain-JS counting of ./baseline.mjs
//   sentiment  npm `sentiment` (AFINN): analyze(text) per document
//   wink       npm `wink-nlp` + `wink-eng-lite-web-model`: readDoc(text) per
//              document, word tokens and entity terms counted
import Sentiment from 'sentiment';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { makeBaseline } from './baseline.mjs';

/* global wasm_bindgen */

/** The files of the corpus: `{ name, text, bytes }` (bytes: UTF-8). */
const files = [];
/** Set by setup(): entities and the baseline's run function. */
const state = { entities: [], baseline: null, wasmExports: null, workers: null };

/** Adds `{ name, text }` files, encoding each text to UTF-8 once. */
function addFiles(batch) {
  const encoder = new TextEncoder();
  for (const f of batch) files.push({ name: f.name, text: f.text, bytes: encoder.encode(f.text) });
  return files.length;
}

/** The first files up to `bytes` UTF-8 bytes (the warm-up set). */
function firstBytes(bytes) {
  const out = [];
  let total = 0;
  for (const f of files) {
    if (total >= bytes) break;
    out.push(f);
    total += f.bytes.length;
  }
  return out;
}

/**
 * Instantiates the wasm from its bytes (base64) with the glue's initSync;
 * with `glue` (the text of dateline.js), also starts the two workers of
 * wasm-2 with the compiled module.
 */
async function initWasm(base64, glue) {
  const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
  const t0 = performance.now();
  state.wasmExports = wasm_bindgen.initSync({ module: bytes });
  const out = { compileMs: performance.now() - t0, wasmBytes: bytes.length };
  if (glue) {
    const module = await WebAssembly.compile(bytes);
    const url = URL.createObjectURL(new Blob([`${glue}\n(${benchWorker.toString()})();\n`], { type: 'text/javascript' }));
    state.workers = [new Worker(url), new Worker(url)].map(benchWorkerHandle);
    URL.revokeObjectURL(url);
    await Promise.all(state.workers.map(w => ask(w, { op: 'init', module })));
  }
  return out;
}

/**
 * Sends `message` to a worker of wasm-2 and resolves to its answer (a
 * worker answers in order); hand-overs it posts go to `w.onChunk`.
 */
function ask(w, message, transfer = []) {
  return new Promise((resolve, reject) => {
    w.waiting.push({ resolve, reject });
    w.worker.postMessage(message, transfer);
  });
}

/** A worker of wasm-2, its answers dispatched in order. */
function benchWorkerHandle(worker) {
  const w = { worker, waiting: [], onChunk: null };
  worker.onmessage = ev => {
    if (ev.data.chunk) { w.onChunk(ev.data.chunk); return; }
    const next = w.waiting.shift();
    if (ev.data.error) next.reject(new Error(ev.data.error)); else next.resolve(ev.data);
  };
  worker.onerror = ev => {
    for (const next of w.waiting.splice(0)) next.reject(new Error(ev.message || 'the worker stopped'));
  };
  return w;
}

/** A worker of wasm-2 (runs after the glue, in the worker). */
function benchWorker() {
  let exports = null;
  let ws = null;
  let files = [];
  const FEED_BYTES = 4e6;
  const STEP_BYTES = 16e6;
  const sum = (report, pick) => [...report.days, report.undated].reduce((s, b) => s + pick(b), 0);
  const handle = data => {
    const reply = {};
    const transfer = [];
    if (data.op === 'init') {
      exports = wasm_bindgen.initSync({ module: data.module });
    } else if (data.op === 'files') {
      files = data.files;
    } else if (data.op === 'load') {
      const t0 = performance.now();
      ws = data.second ? wasm_bindgen.Workspace.loadingSecond() : wasm_bindgen.Workspace.loading(false);
      let batch = [];
      let size = 0;
      const feed = () => {
        ws.addFiles(batch.map(f => f.name), batch.map(f => f.bytes));
        batch = [];
        size = 0;
      };
      for (const f of files) {
        batch.push(f);
        size += f.bytes.length;
        if (size >= FEED_BYTES) feed();
      }
      if (batch.length) feed();
      files = [];
      if (data.second) {
        reply.bytes = ws.handOverFound();
        transfer.push(reply.bytes.buffer);
      }
      reply.loadMs = performance.now() - t0;
    } else if (data.op === 'names') {
      // The first: the second's names taken, the corpus's settled.
      const t0 = performance.now();
      ws.takeFound(data.bytes);
      ws.analyseStep(1);
      reply.bytes = ws.namesForSecond();
      transfer.push(reply.bytes.buffer);
      reply.namesMs = performance.now() - t0;
    } else if (data.op === 'analyse') {
      // The second: its texts analysed a step at a time, each step handed
      // over at once.
      const t0 = performance.now();
      ws.analyseWith(data.bytes);
      let handOverBytes = 0;
      for (;;) {
        const chunk = ws.handOverStep(STEP_BYTES);
        if (!chunk.length) break;
        handOverBytes += chunk.byteLength;
        self.postMessage({ chunk }, [chunk.buffer]);
      }
      reply.analyseMs = performance.now() - t0;
      reply.handOverBytes = handOverBytes;
    } else if (data.op === 'takeOver') {
      ws.takeOver(data.bytes);
    } else if (data.op === 'finish') {
      // The steps left, until the first has nothing to analyse before
      // the second's next step comes.
      const t0 = performance.now();
      for (let done = -1; ;) {
        const now = ws.analyseStep(STEP_BYTES);
        if (now >= 1 || now === done) { reply.done = now; break; }
        done = now;
      }
      reply.finishMs = performance.now() - t0;
    } else if (data.op === 'check') {
      const counts = ws.counts();
      const tone = ws.sentimentDays();
      reply.check = {
        articles: counts.articles.length,
        words: sum(counts, b => b.words),
        mentions: sum(counts, b => Object.values(b.counts).reduce((s, c) => s + c, 0)),
        positive: sum(tone, b => b.positive),
        negative: sum(tone, b => b.negative),
      };
      ws.free();
      ws = null;
    }
    reply.wasmMemoryBytes = exports ? exports.memory.buffer.byteLength : 0;
    self.postMessage(reply, transfer);
  };
  self.onmessage = ev => {
    try {
      handle(ev.data);
    } catch (err) {
      self.postMessage({ error: String(err && err.message ? err.message : err) });
    }
  };
}

/** Keeps the entities and builds the baseline from the lexicon pairs. */
function setup(entities, lexicon) {
  state.entities = entities;
  state.baseline = makeBaseline(entities, lexicon);
}

/** Sums the numeric fields of the day buckets and the undated one. */
function sumBuckets(report, pick) {
  return [...report.days, report.undated].reduce((sum, b) => sum + pick(b), 0);
}

/** dateline in wasm: build the workspace, then complete the analyses. */
function runWasm(set) {
  const names = set.map(f => f.name);
  const contents = set.map(f => f.bytes);
  const t0 = performance.now();
  const ws = wasm_bindgen.Workspace.fromFiles(names, contents, false);
  const t1 = performance.now();
  ws.complete();
  const t2 = performance.now();
  const check = () => {
    const counts = ws.counts();
    const tone = ws.sentiment();
    const mentions = sumBuckets(counts, b => Object.values(b.counts).reduce((s, c) => s + c, 0));
    return {
      articles: counts.articles.length,
      words: sumBuckets(counts, b => b.words),
      mentions,
      positive: sumBuckets(tone, b => b.positive),
      negative: sumBuckets(tone, b => b.negative),
    };
  };
  return { ms: t2 - t0, parts: { fromFilesMs: t1 - t0, completeMs: t2 - t1 }, check, release: () => ws.free() };
}

/**
 * dateline in wasm as the page loads a folder: two workers, half the text
 * each (consecutive files, split by bytes); the files are handed to the
 * workers first (not timed, as the other contenders get theirs in memory).
 */
async function runWasmWorkers(set) {
  if (!state.workers) throw new Error('wasm-2: initWasm was not given the glue');
  const total = set.reduce((s, f) => s + f.bytes.length, 0);
  let cut = 0;
  for (let bytes = 0; cut < set.length && bytes + set[cut].bytes.length <= 0.53 * total; cut += 1) bytes += set[cut].bytes.length;
  const [owner, second] = state.workers;
  const give = files => files.map(f => ({ name: f.name, bytes: f.bytes }));
  await Promise.all([ask(owner, { op: 'files', files: give(set.slice(0, cut)) }), ask(second, { op: 'files', files: give(set.slice(cut)) })]);
  // Each worker answers in order. The first: its load, the names, its own
  // analysis ('finish', sent at once, so that it analyses while the second
  // does), then each of the second's steps, which it takes as they come,
  // and the last steps once its own are done.
  const t0 = performance.now();
  const relays = [];
  second.onChunk = bytes => relays.push(ask(owner, { op: 'takeOver', bytes }, [bytes.buffer]));
  const firstLoad = ask(owner, { op: 'load' });
  const found = await ask(second, { op: 'load', second: true });
  const first = await firstLoad;
  const t1 = performance.now();
  const names = await ask(owner, { op: 'names', bytes: found.bytes }, [found.bytes.buffer]);
  const analysed = ask(second, { op: 'analyse', bytes: names.bytes }, [names.bytes.buffer]);
  const own = ask(owner, { op: 'finish' });
  const theirs = await analysed;
  await Promise.all(relays);
  const joined = await own;
  // The first's own steps end before the second's last one came: its
  // last step follows that one.
  if (!(joined.done >= 1)) {
    const last = await ask(owner, { op: 'finish' });
    if (!(last.done >= 1)) throw new Error('wasm-2: the second worker\'s steps did not all come');
    joined.finishMs += last.finishMs;
  }
  const t2 = performance.now();
  const { check, wasmMemoryBytes } = await ask(owner, { op: 'check' });
  return {
    ms: t2 - t0,
    parts: {
      firstLoadMs: first.loadMs,
      secondLoadMs: found.loadMs,
      loadsDoneMs: t1 - t0,
      namesMs: names.namesMs,
      secondAnalyseMs: theirs.analyseMs,
      handOverMB: theirs.handOverBytes / 1e6,
      finishMs: joined.finishMs,
      firstWasmMiB: first.wasmMemoryBytes / 1048576,
      secondWasmMiB: theirs.wasmMemoryBytes / 1048576,
      finalWasmMiB: wasmMemoryBytes / 1048576,
    },
    check: () => check,
  };
}

/**
 * dateline in wasm, the tallying npm `sentiment` does and nothing else: the
 * files are read into a workspace first (not timed), then ws.sentiment()
 * is timed: every article tokenised and tallied (tone with negation, and
 * the conflict lens), each with its words, returned as JS objects.
 */
function runWasmTone(set) {
  const ws = wasm_bindgen.Workspace.fromFiles(set.map(f => f.name), set.map(f => f.bytes), false);
  const t0 = performance.now();
  const tone = ws.sentiment();
  const ms = performance.now() - t0;
  const check = () => ({
    articles: tone.articles.length,
    positive: sumBuckets(tone, b => b.positive),
    negative: sumBuckets(tone, b => b.negative),
  });
  return { ms, check, release: () => ws.free() };
}

/** The plain-JS baseline. */
function runBaseline(set) {
  const t0 = performance.now();
  const result = state.baseline(set);
  const ms = performance.now() - t0;
  const { total } = result;
  const check = () => ({
    articles: total.articles,
    words: total.words,
    mentions: total.mentions.reduce((s, c) => s + c, 0),
    positive: total.positive,
    negative: total.negative,
    days: result.days.size,
  });
  return { ms, check };
}

/** npm `sentiment`: one analyzer, analyze() per document, tallies summed. */
function runSentiment(set) {
  const t0 = performance.now();
  const analyzer = new Sentiment();
  const total = { articles: 0, words: 0, positive: 0, negative: 0, score: 0 };
  for (const f of set) {
    const r = analyzer.analyze(f.text);
    total.articles += 1;
    total.words += r.tokens.length;
    total.positive += r.positive.length;
    total.negative += r.negative.length;
    total.score += r.score;
  }
  const ms = performance.now() - t0;
  return { ms, check: () => total };
}

/** wink-nlp's pipe for this job: sentences, negation, sentiment, custom entities (no POS or NER). */
const WINK_PIPE = ['sbd', 'negation', 'sentiment', 'cer'];

/** A wink-nlp instance that knows the entity aliases as custom entities. */
function makeWink() {
  const nlp = winkNLP(model, WINK_PIPE);
  const examples = state.entities.map(e => ({ name: e.name, patterns: e.aliases }));
  nlp.learnCustomEntities(examples, { usePOS: false, useEntity: false });
  return nlp;
}

/** npm `wink-nlp`: readDoc per document, words, entity terms and sentiment counted. */
function runWink(set) {
  const t0 = performance.now();
  const nlp = makeWink();
  const its = nlp.its;
  const words = new Map();
  const mentions = new Map();
  const total = { articles: 0, words: 0, mentions: 0, sentiment: 0 };
  for (const f of set) {
    const doc = nlp.readDoc(f.text);
    const types = doc.tokens().out(its.type);
    const normals = doc.tokens().out(its.normal);
    for (let i = 0; i < types.length; i += 1) {
      if (types[i] !== 'word') continue;
      total.words += 1;
      words.set(normals[i], (words.get(normals[i]) ?? 0) + 1);
    }
    for (const entity of doc.customEntities().out(its.type)) {
      mentions.set(entity, (mentions.get(entity) ?? 0) + 1);
      total.mentions += 1;
    }
    total.articles += 1;
    total.sentiment += doc.out(its.sentiment);
  }
  const ms = performance.now() - t0;
  return { ms, check: () => ({ ...total, distinctWords: words.size }) };
}

const RUNNERS = { wasm: runWasm, 'wasm-2': runWasmWorkers, 'wasm-tone': runWasmTone, baseline: runBaseline, sentiment: runSentiment, wink: runWink };

/** The page's memory figures: JS heap, wasm linear memory, UA-specific measure. */
async function memory() {
  const out = {};
  if (performance.memory) {
    out.usedJSHeapSize = performance.memory.usedJSHeapSize;
    out.totalJSHeapSize = performance.memory.totalJSHeapSize;
  }
  if (state.wasmExports) out.wasmMemoryBytes = state.wasmExports.memory.buffer.byteLength;
  if (typeof performance.measureUserAgentSpecificMemory !== 'function') {
    // Chromium exposes it only to cross-origin-isolated pages, which a
    // file:// page is not.
    out.userAgentSpecificMemory = 'unavailable: performance.measureUserAgentSpecificMemory is not exposed (the page is not cross-origin isolated)';
  } else if (!globalThis.crossOriginIsolated) {
    out.userAgentSpecificMemory = 'unavailable: the page is not cross-origin isolated (file://)';
  } else {
    out.userAgentSpecificMemory = (await performance.measureUserAgentSpecificMemory()).bytes;
  }
  return out;
}

/** Collects garbage when the page was started with --js-flags=--expose-gc. */
function collect() {
  if (typeof globalThis.gc === 'function') globalThis.gc();
}

/** The last timed run, until finish() checks and releases it. */
let pending = null;

/**
 * Times contender `name` on the first `bytes` bytes of the corpus (all of
 * it when omitted), with the memory figures just before and after (its
 * results still alive). Returns the wall ms; finish() gives the rest.
 */
async function start(name, bytes = Infinity) {
  const set = firstBytes(bytes);
  const inputBytes = set.reduce((s, f) => s + f.bytes.length, 0);
  collect();
  const before = await memory();
  const r = await RUNNERS[name](set);
  const after = await memory();
  pending = { name, files: set.length, inputBytes, r, before, after };
  return r.ms;
}

/** The last run's figures and check totals (untimed); frees its results. */
function finish() {
  const { name, files: count, inputBytes, r, before, after } = pending;
  pending = null;
  const check = r.check();
  r.release?.();
  return { name, files: count, inputBytes, ms: r.ms, parts: r.parts ?? null, check, before, after };
}

/** start() then finish(). */
async function run(name, bytes = Infinity) {
  await start(name, bytes);
  return finish();
}

globalThis.bench = { addFiles, initWasm, setup, start, finish, run, memory };
