// The core a corpus lives in: a Workspace on the page's thread (the
// bundled corpus) or in a worker (your texts); both answer
// `call(method, ...args)` with a promise.
import { engine, readerModule } from './engine.js';
import { coreWorker } from './worker.js';
import { $ } from '../dom.js';

// The core the corpus shown lives in (LocalCore or WorkerCore).
export let core = null;
export function setCore(next) { core = next; }

// Both kinds of core answer `call(method, ...args)` (a method of
// wasm_bindgen.Workspace) with a promise, so the views are drawn the same
// way whichever holds the corpus. globalThis.datelinePending counts the
// calls not answered yet (the browser tests wait for 0).
globalThis.datelinePending = 0;
// The workers started and not yet stopped (the browser tests check that a
// corpus no longer shown leaves none behind).
globalThis.datelineWorkers = 0;

// A Workspace on the page's own thread: the bundled corpus, analysed in a
// few milliseconds. Calls are answered at once.
export class LocalCore {
  constructor(ws) { this.ws = ws; }
  call(method, ...args) {
    try {
      return Promise.resolve(this.ws[method](...args));
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  }
  async memory() { return 0; }
  free() { this.ws.free(); }
}

// A Workspace in a Web Worker with its own instance of the engine: files
// you load are read and analysed there, and every later call (charts as
// SVG, reports, contexts, new queries) is answered there, so the page's
// thread only draws. The worker runs the engine's own JS glue (the script
// element #engine-glue) and coreWorker below, from a blob: URL, which the
// page's Content-Security-Policy allows (worker-src blob:).
export class WorkerCore {
  static async start() {
    const glue = $('engine-glue').textContent;
    const readerGlue = $('reader-glue').textContent;
    const source = `${glue}\n${readerGlue}\n(${coreWorker.toString()})();\n`;
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    const worker = new Worker(url, { name: 'dateline-core' });
    URL.revokeObjectURL(url);
    const next = new WorkerCore(worker);
    globalThis.datelineWorkers += 1;
    try {
      await next.call('$start', engine, await readerModule());
      return next;
    } catch (err) {
      next.free();
      throw err;
    }
  }

  constructor(worker) {
    this.worker = worker;
    this.pending = new Map();
    this.nextId = 1;
    worker.onmessage = ev => {
      const { id, value, error, panic } = ev.data;
      if (panic) { window.datelinePanic(panic); return; }
      const p = this.pending.get(id);
      if (!p) return;
      this.pending.delete(id);
      globalThis.datelinePending -= 1;
      if (error !== undefined) p.reject(new Error(error));
      else p.resolve(value);
    };
    worker.onerror = ev => {
      ev.preventDefault();
      // A worker that stopped answers nothing more.
      this.stopped = `the analysis worker stopped (${ev.message || 'an error'})`;
      this.failAll(this.stopped);
    };
  }

  call(method, ...args) {
    return this.callWith([], method, ...args);
  }

  // As call, handing the `transfer` buffers over instead of copying them.
  callWith(transfer, method, ...args) {
    if (this.stopped) return Promise.reject(new Error(this.stopped));
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      globalThis.datelinePending += 1;
      this.worker.postMessage({ id, method, args }, transfer);
    });
  }

  failAll(message) {
    for (const p of this.pending.values()) p.reject(new Error(message));
    globalThis.datelinePending -= this.pending.size;
    this.pending.clear();
  }

  memory() { return this.call('$memory'); }

  // Stops the worker. Calls still waiting are dropped unanswered: what
  // they would have drawn belongs to a corpus no longer shown.
  free() {
    globalThis.datelinePending -= this.pending.size;
    this.pending.clear();
    if (this.freed) return;
    this.freed = true;
    globalThis.datelineWorkers -= 1;
    this.worker.terminate();
  }
}
