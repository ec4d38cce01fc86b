// Turns the page's measurements into the benchmark's figures: MB, ms, MB/s
// and the wasm ratios, as a printed table and as the JSON record.
import { MB } from './corpus.mjs';

/** One contender's row: its figures and its ratio to the wasm pipeline. */
export function figures(result, wasm) {
  const mb = result.inputBytes / MB;
  const row = {
    contender: result.label,
    files: result.files,
    mb: round(mb, 2),
    ms: round(result.ms, 1),
    mbPerS: round(mb / (result.ms / 1000), 2),
    // wasm ÷ contender, for time and for throughput (inverse of each other).
    wasmTimeRatio: wasm ? round(wasm.ms / result.ms, 3) : null,
    wasmSpeedup: wasm ? round(result.ms / wasm.ms, 3) : null,
    parts: result.parts && Object.fromEntries(Object.entries(result.parts).map(([k, v]) => [k, round(v, 1)])),
    check: result.check,
    memory: { before: result.before, after: result.after },
  };
  return row;
}

/** Rounds to `digits` decimals. */
function round(x, digits) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Bytes as MiB with one decimal, or a dash. */
function mib(bytes) {
  return typeof bytes === 'number' ? (bytes / 2 ** 20).toFixed(1) : '-';
}

/** JS heap growth over the run (results still alive), or undefined. */
function heapGrowth({ before, after }) {
  const a = after.usedJSHeapSize;
  const b = before.usedJSHeapSize;
  return typeof a === 'number' && typeof b === 'number' ? a - b : undefined;
}

/** A fixed-width text table of rows (arrays of strings), first row a header. */
function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map(r => String(r[c]).length)));
  const line = r => r.map((cell, c) => String(cell).padStart(widths[c])).join('  ');
  return [line(rows[0]), widths.map(w => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** The printed table of one run's rows. */
export function formatTable(rows) {
  const header = ['contender', 'MB', 'wall ms', 'MB/s', 'wasm ms / x ms', 'x ms / wasm ms',
    'JS heap after MiB', 'JS heap +MiB', 'wasm mem MiB'];
  const body = rows.map(r => [
    r.contender, r.mb.toFixed(2), r.ms.toFixed(1), r.mbPerS.toFixed(2),
    r.wasmTimeRatio?.toFixed(3) ?? '-', r.wasmSpeedup != null ? `${r.wasmSpeedup.toFixed(2)}x` : '-',
    mib(r.memory.after.usedJSHeapSize), mib(heapGrowth(r.memory)), mib(r.memory.after.wasmMemoryBytes),
  ]);
  return table([header, ...body]);
}

/** The check totals of each row, one line each, to compare the work done. */
export function formatChecks(rows) {
  return rows.map(r => `  ${r.contender}: ${JSON.stringify(r.check)}${r.parts ? ` parts ${JSON.stringify(r.parts)}` : ''}`).join('\n');
}
