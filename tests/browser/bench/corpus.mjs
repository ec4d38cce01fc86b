// The benchmark's inputs, built in Node from the repository: a folder of
// real text (the State of the Union corpus tests/tools/realtext.py writes,
// with a natural vocabulary), or the synthetic corpus (copies of the seed
// pages with their years shifted: the seeds' 2,169 words at any size, the
// best case for the engine; a second row for comparison), the entity
// terms every contender counts and the VADER lexicon of the plain-JS
// baseline. Everything here is deterministic: the same --mb gives the same
// files, byte for byte.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One megabyte as the benchmark counts it (MB/s figures use the same). */
export const MB = 1_000_000;

/** The seed pages: `{ name, text }` in file-name order. */
export function readSeeds(root) {
  const dir = join(root, 'seeds');
  return readdirSync(dir)
    .filter(name => name.endsWith('.txt'))
    .sort()
    .map(name => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** A seed's text with its years moved back by `shift` (2026 and 2025). */
function shiftYears(text, shift) {
  return text.replace(/202[56]/g, year => String(Number(year) - shift));
}

/** The dated path of copy `n` of a seed: copyNNNNNN/YYYY-02-DD-<seed name>. */
function copyName(n, shift, seedName) {
  const copy = `copy${String(n).padStart(6, '0')}`;
  const day = String(1 + (n % 28)).padStart(2, '0');
  return `${copy}/${2026 - shift}-02-${day}-${seedName}`;
}

/**
 * Copies of the seeds, copy n with its years shifted back by n % 40, until
 * the UTF-8 size reaches `megabytes` MB. Returns `{ name, text, bytes }`
 * files (`bytes` is the UTF-8 length of `text`).
 */
export function syntheticCorpus(seeds, megabytes) {
  const target = megabytes * MB;
  const files = [];
  let total = 0;
  for (let n = 0; total < target; n += 1) {
    const shift = n % 40;
    for (const seed of seeds) {
      if (total >= target) break;
      const text = shiftYears(seed.text, shift);
      const bytes = Buffer.byteLength(text, 'utf8');
      files.push({ name: copyName(n, shift, seed.name), text, bytes });
      total += bytes;
    }
  }
  return files;
}

/**
 * The text files under `dir` (.txt, .md, .html; hidden entries skipped), in
 * path order, until their UTF-8 size reaches `megabytes` MB (all of them
 * when there are fewer): `{ name, text, bytes }` files named by their path
 * under `dir`.
 */
export function folderCorpus(dir, megabytes = Infinity) {
  const paths = [];
  const walk = rel => {
    for (const entry of readdirSync(join(dir, rel)).sort()) {
      if (entry.startsWith('.')) continue;
      const path = rel ? `${rel}/${entry}` : entry;
      if (statSync(join(dir, path)).isDirectory()) walk(path);
      else if (/\.(txt|md|html?)$/i.test(entry)) paths.push(path);
    }
  };
  walk('');
  const files = [];
  let total = 0;
  for (const name of paths) {
    if (total >= megabytes * MB) break;
    const text = readFileSync(join(dir, name), 'utf8');
    const bytes = Buffer.byteLength(text, 'utf8');
    files.push({ name, text, bytes });
    total += bytes;
  }
  if (!files.length) throw new Error(`${dir} holds no .txt, .md or .html file`);
  return files;
}

/** Distinct words of `files` (runs of letters and digits, lower-cased). */
export function distinctWords(files) {
  const seen = new Set();
  for (const f of files) for (const w of f.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) seen.add(w);
  return seen.size;
}

/** The first files of `files` that reach `megabytes` MB (the warm-up set). */
export function prefix(files, megabytes) {
  const out = [];
  let total = 0;
  for (const f of files) {
    if (total >= megabytes * MB) break;
    out.push(f);
    total += f.bytes;
  }
  return out;
}

/** Total UTF-8 bytes of `files`. */
export function totalBytes(files) {
  return files.reduce((sum, f) => sum + f.bytes, 0);
}

/**
 * The terms the tool counts when a corpus brings no entities.toml: the
 * bundled entities (seeds/entities.toml), each with its name and aliases.
 * Reads only the two keys it needs, `name = "…"` and `aliases = […]`.
 */
export function entityTerms(root) {
  const toml = readFileSync(join(root, 'seeds', 'entities.toml'), 'utf8');
  const entities = [];
  for (const line of toml.split('\n')) {
    const name = line.match(/^name\s*=\s*"(.*)"\s*$/);
    if (name) entities.push({ name: name[1], aliases: [name[1]] });
    const aliases = line.match(/^aliases\s*=\s*\[(.*)\]\s*$/);
    if (aliases && entities.length > 0) {
      const list = [...aliases[1].matchAll(/"([^"]*)"/g)].map(m => m[1]);
      entities[entities.length - 1].aliases.push(...list);
    }
  }
  return entities;
}

/** The VADER lexicon as `[word, valence]` pairs (comment lines skipped). */
export function vaderLexicon(root) {
  const tsv = readFileSync(join(root, 'src', 'analyse', 'data', 'vader_lexicon.tsv'), 'utf8');
  return tsv
    .split('\n')
    .filter(line => line && !line.startsWith('#'))
    .map(line => {
      const [word, valence] = line.split('\t');
      return [word, Number(valence)];
    });
}
