// Reads the files of a folder baked into the page (./build.sh page --corpus
// DIR) that need the HTML reader — web pages, texts not in UTF-8 — with the
// page's own reader module, so that the page's engine (built without the
// reader) takes them on its own thread at start-up, as it takes the
// bundled corpus, and so does tools/first-chart.mjs. Used by ./build.sh.
//   node tools/preread.mjs ENGINE_GLUE.js ENGINE.wasm READER_GLUE.js READER.wasm BAKED.json
// Rewrites BAKED.json ({"files": [{"name", "base64"}]}) in place; prints
// how many files it read.
import { readFileSync, writeFileSync } from 'node:fs';
import vm from 'node:vm';

const [engineGlue, engineWasm, readerGlue, readerWasm, bakedPath] = process.argv.slice(2);
if (!bakedPath) {
  console.error('usage: node tools/preread.mjs ENGINE_GLUE.js ENGINE.wasm READER_GLUE.js READER.wasm BAKED.json');
  process.exit(2);
}
vm.runInThisContext(`${readFileSync(engineGlue, 'utf8')}\n;globalThis.wasm_bindgen = wasm_bindgen;`);
vm.runInThisContext(`${readFileSync(readerGlue, 'utf8')}\n;globalThis.dateline_reader = dateline_reader;`);
globalThis.wasm_bindgen.initSync({ module: readFileSync(engineWasm) });
globalThis.dateline_reader.initSync({ module: readFileSync(readerWasm) });

const text = readFileSync(bakedPath, 'utf8');
const baked = JSON.parse(text);
let read = 0;
for (const f of baked.files) {
  const bytes = new Uint8Array(Buffer.from(f.base64, 'base64'));
  if (!globalThis.wasm_bindgen.needsReader(f.name, bytes)) continue;
  f.base64 = Buffer.from(globalThis.dateline_reader.readForEngine(f.name, bytes)).toString('base64');
  read += 1;
}
// As build.sh writes it: "<" escaped, so that the JSON can sit in a script.
writeFileSync(bakedPath, JSON.stringify(baked).replace(/</g, '\\u003c'));
console.log(`${read} of ${baked.files.length} files read by the HTML reader`);
