// The plain-JavaScript baseline: the counting dateline does, written the way
// a JS developer would — a Unicode regex for words, a Map for the lexicon and
// the terms, one pass per document. It runs in the page (no DOM, no Node).
//
// Per document it counts the words, the mentions of each entity (name and
// aliases, longest alias first, an occurrence once, all-capital aliases
// such as US only in capitals) and the VADER tone words, a hit with a
// negator among the three words before it counting on the other side.
// Words inside a mention are not tone words. Totals are kept per day, the
// day read from the file name (YYYY-MM-DD).

/** A word: letters and digits, apostrophes only inside. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** VADER's negators, plus "no" (as src/analyse/sentiment.rs lists them). */
const NEGATORS = new Set([
  'aint', 'arent', 'cannot', 'cant', 'couldnt', 'darent', 'didnt', 'doesnt', 'dont', 'hadnt',
  'hasnt', 'havent', 'isnt', 'mightnt', 'mustnt', 'neither', 'neednt', 'never', 'none', 'nope',
  'nor', 'not', 'nothing', 'nowhere', 'oughtnt', 'shant', 'shouldnt', 'wasnt', 'werent',
  'without', 'wont', 'wouldnt', 'rarely', 'seldom', 'despite', 'no',
]);

/** How many words before a tone word a negator may stand. */
const NEGATION_WINDOW = 3;

/** A word folded for look-up: lower case, no diacritics, ' for ’, no possessive 's. */
export function foldKey(word) {
  const key = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'");
  return key.length > 2 && key.endsWith("'s") ? key.slice(0, -2) : key;
}

/** A negator: listed, or a word ending in n't. */
function isNegator(key) {
  return NEGATORS.has(key) || key.endsWith("n't");
}

/** An alias written in capitals with two or more letters matches only capitals. */
function capitalsOnly(alias) {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * The terms, indexed by their first folded word: Map key → candidates
 * `{ entity, keys, raw }`, longest first (`raw` set for capitals-only aliases).
 */
function compileTerms(entities) {
  const first = new Map();
  entities.forEach((entity, index) => {
    for (const alias of entity.aliases) {
      const raw = alias.match(WORD) ?? [];
      if (raw.length === 0) continue;
      const term = { entity: index, keys: raw.map(foldKey), raw: capitalsOnly(alias) ? raw : null };
      const list = first.get(term.keys[0]) ?? [];
      list.push(term);
      first.set(term.keys[0], list);
    }
  });
  for (const list of first.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return first;
}

/** Whether `term` stands at word `i` of the document. */
function termAt(term, raw, keys, i) {
  if (i + term.keys.length > keys.length) return false;
  for (let j = 0; j < term.keys.length; j += 1) {
    if (keys[i + j] !== term.keys[j]) return false;
    if (term.raw && raw[i + j] !== term.raw[j]) return false;
  }
  return true;
}

/** The longest term at word `i`, or undefined. */
function longestTermAt(terms, raw, keys, i) {
  const candidates = terms.get(keys[i]);
  return candidates?.find(term => termAt(term, raw, keys, i));
}

/** The words of a text and their folded keys (folding memoised in `cache`). */
function words(text, cache) {
  const raw = text.match(WORD) ?? [];
  const keys = raw.map(word => {
    let key = cache.get(word);
    if (key === undefined) {
      key = foldKey(word);
      cache.set(word, key);
    }
    return key;
  });
  return { raw, keys };
}

/** An empty tally for `n` entities. */
function emptyTally(n) {
  return { articles: 0, words: 0, mentions: new Array(n).fill(0), positive: 0, negative: 0, negated: 0 };
}

/** Counts one document into `tally`. */
function countDocument(text, model, tally) {
  const { raw, keys } = words(text, model.cache);
  tally.articles += 1;
  tally.words += keys.length;
  let lastNegator = -Infinity;
  for (let i = 0; i < keys.length;) {
    const term = longestTermAt(model.terms, raw, keys, i);
    if (term) {
      tally.mentions[term.entity] += 1;
      i += term.keys.length;
      continue;
    }
    const key = keys[i];
    if (isNegator(key)) {
      lastNegator = i;
    } else {
      const valence = model.lexicon.get(key);
      if (valence !== undefined && valence !== 0) {
        const negated = i - lastNegator <= NEGATION_WINDOW;
        if ((valence > 0) !== negated) tally.positive += 1;
        else tally.negative += 1;
        if (negated) tally.negated += 1;
      }
    }
    i += 1;
  }
}

/** Adds tally `b` into `a`. */
function addTally(a, b) {
  a.articles += b.articles;
  a.words += b.words;
  b.mentions.forEach((m, i) => { a.mentions[i] += m; });
  a.positive += b.positive;
  a.negative += b.negative;
  a.negated += b.negated;
}

/**
 * The baseline for these entities and lexicon (`[word, valence]` pairs).
 * Returns `run(files)`: files are `{ name, text }`; the result holds the
 * per-day tallies and their total.
 */
export function makeBaseline(entities, lexiconPairs) {
  const terms = compileTerms(entities);
  const lexicon = new Map(lexiconPairs.map(([word, valence]) => [foldKey(word), valence]));
  return function run(files) {
    const model = { terms, lexicon, cache: new Map() };
    const days = new Map();
    for (const file of files) {
      const day = file.name.match(/\d{4}-\d{2}-\d{2}/)?.[0] ?? 'undated';
      let tally = days.get(day);
      if (!tally) {
        tally = emptyTally(entities.length);
        days.set(day, tally);
      }
      countDocument(file.text, model, tally);
    }
    const total = emptyTally(entities.length);
    for (const tally of days.values()) addTally(total, tally);
    return { days, total };
  };
}
