// Raw DEFLATE with zopfli (@gfx/zopfli, Apache-2.0): the same format zlib
// writes and fflate reads, about 5% smaller. Used by ./build.sh for
// the wasm inlined in dist/dateline.html.
//   node tools/zopfli.mjs IN OUT
import { readFileSync, writeFileSync } from 'node:fs';
import { deflate } from '@gfx/zopfli';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node tools/zopfli.mjs IN OUT');
  process.exit(2);
}
const packed = await new Promise((resolve, reject) => {
  deflate(readFileSync(input), { numiterations: 15 }, (err, out) => (err ? reject(err) : resolve(out)));
});
writeFileSync(output, packed);
