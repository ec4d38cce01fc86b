// The worker's side of a WorkerCore. Runs in the worker after the
// engine's and the reader's glue, from its source text: it imports
// nothing and uses no name of the page's.
// The worker's side (runs in the worker, after the engine's glue): one
// Workspace, and a message per call, answered in order.
export function coreWorker() {
  let ws = null;
  let exports = null;
  // The HTML reader: its compiled module, and its instance once a file
  // needs it.
  let readerModule = null;
  let reader = null;
  // A web page (or a text not in UTF-8) goes through the reader, which
  // gives the engine what it read; a reader that fails on one file is
  // started again for the next.
  const throughReader = (name, bytes) => {
    if (!wasm_bindgen.needsReader(name, bytes)) return bytes;
    if (!reader) {
      dateline_reader.initSync({ module: readerModule });
      reader = dateline_reader;
    }
    try {
      return reader.readForEngine(name, bytes);
    } catch (err) {
      reader = null;
      throw err;
    }
  };
  // The files handed over ($take), until they are read ($addTaken).
  const store = [];
  // Reads files (Blobs), all of a batch at once (the browser reads them
  // in parallel, while the engine works on the batch before).
  const readBlobs = blobs => Promise.all(blobs.map(b => b.arrayBuffer().then(
    bytes => ({ bytes: new Uint8Array(bytes) }),
    err => ({ error: `cannot read: ${err && err.message ? err.message : err}` }))));
  // Adds a batch read by readBlobs to the loading Workspace; resolves to
  // the files that could not be read, with the reason.
  const addBlobs = async (names, reading) => {
    const results = await reading;
    const ok = [];
    const contents = [];
    const failed = [];
    results.forEach((r, i) => {
      let bytes = r.bytes;
      if (bytes) {
        try {
          bytes = throughReader(names[i], bytes);
        } catch (err) {
          failed.push({ source: names[i], message: `the HTML reader failed on this file (${err && err.message ? err.message : err})` });
          return;
        }
        ok.push(names[i]);
        contents.push(bytes);
      } else failed.push({ source: names[i], message: r.error });
    });
    ws.addFiles(ok, contents);
    return failed;
  };
  self.datelinePanic = message => self.postMessage({ panic: message });
  const answer = async ({ id, method, args }) => {
    try {
      let value = null;
      if (method === '$start') {
        exports = wasm_bindgen.initSync({ module: args[0] });
        readerModule = args[1];
      }
      else if (method === '$loading') ws = wasm_bindgen.Workspace.loading(args[0]);
      else if (method === '$loadingSecond') ws = wasm_bindgen.Workspace.loadingSecond(args[0]);
      else if (method === '$take') {
        value = { first: store.length, sizes: args[0].map(b => b.size) };
        store.push(...args[0]);
      } else if (method === '$addTaken') value = await addBlobs(args[0], args[2]);
      else if (method === '$memory') value = exports.memory.buffer.byteLength;
      else if (method === '$readForEngine') value = throughReader(args[0], args[1]);
      else value = ws[method](...args);
      // Bytes (a hand-over) are handed over, not copied.
      self.postMessage({ id, value }, value instanceof Uint8Array ? [value.buffer] : []);
    } catch (err) {
      self.postMessage({ id, error: err && err.message ? err.message : String(err) });
    }
  };
  // One call at a time, in the order they came.
  let queue = Promise.resolve();
  self.onmessage = ev => {
    const call = ev.data;
    // Files start being read as soon as they are asked for.
    if (call.method === '$addTaken') {
      call.args[2] = readBlobs(call.args[1].map(i => store[i]));
      for (const i of call.args[1]) store[i] = null;
    }
    queue = queue.then(() => answer(call));
  };
}
