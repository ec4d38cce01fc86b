// The WebAssembly modules inlined in the page: the engine (compiled at
// start) and the HTML reader (compiled when a worker needs it).
// The engine is built with WebAssembly SIMD (.cargo/config.toml). A module
// of one function returning a v128 constant: valid only where the browser
// has SIMD, so a browser without it gets a message rather than a compile
// error.
const SIMD_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0,
  10, 22, 1, 20, 0, 253, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 11]);

// The wasm binary is inlined as basE91 text of raw DEFLATE; decode and
// inflate it in memory (fflate's inflateSync, inlined by build.sh): no request of any
// kind, and no await, so the page is complete when the load event fires.
export function wasmModule() {
  if (!WebAssembly.validate(SIMD_PROBE)) {
    throw new Error('this browser lacks WebAssembly SIMD, which the engine needs (Chrome or Edge 91 or later, Firefox 89, Safari 16.4)');
  }
  const packed = base91(WASM_DEFLATE_BASE91, WASM_ALPHABET, WASM_PACKED_SIZE);
  const bytes = fflate.inflateSync(packed, { out: new Uint8Array(WASM_SIZE) });
  performance.mark('dateline:inflated');
  const module = new WebAssembly.Module(bytes);
  performance.mark('dateline:compiled');
  return module;
}

// The HTML reader's module (html5ever, the encodings, the main-text
// extractor): inlined like the engine, compiled only when a worker is
// started for your files, and run there only when a web page (or a text
// not in UTF-8) arrives. The bundled corpus never needs it.
let readerCompiled = null;

export function readerModule() {
  if (!readerCompiled) {
    performance.mark('dateline:reader-compiling');
    const packed = base91(READER_DEFLATE_BASE91, WASM_ALPHABET, READER_PACKED_SIZE);
    readerCompiled = WebAssembly.compile(fflate.inflateSync(packed, { out: new Uint8Array(READER_SIZE) }));
  }
  return readerCompiled;
}

// basE91 (Joachim Henke's scheme; build.sh writes it): pairs of characters
// carry 13 or 14 bits.
function base91(text, alphabet, size) {
  const value = new Uint8Array(128);
  for (let i = 0; i < alphabet.length; i++) value[alphabet.charCodeAt(i)] = i;
  const out = new Uint8Array(size);
  let o = 0, v = -1, b = 0, n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = value[text.charCodeAt(i)];
    if (v < 0) { v = c; continue; }
    v += c * 91;
    b |= v << n;
    n += (v & 8191) > 88 ? 13 : 14;
    do { out[o++] = b & 255; b >>>= 8; n -= 8; } while (n > 7);
    v = -1;
  }
  if (v > -1) out[o++] = (b | v << n) & 255;
  if (o !== size) throw new Error(`the inlined engine is damaged (${o} of ${size} bytes)`);
  return out;
}

// The compiled engine, kept to start workers with.
export let engine = null;
export function setEngine(module) { engine = module; }
