// The page's sentences about numbers and the corpus, shared with the
// build's first chart (tests/browser/tools/first-chart.mjs imports this
// module in node): no element and no engine here.

// An integer with thousands commas (1,234,567), as toLocaleString('en')
// writes it, without loading the browser's locale data (some 50 ms on the
// first call, while the page starts).
export function num(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','); }

export function plural(n, word) { return `${num(n)} ${word}${n === 1 ? '' : 's'}`; }

// The corpus in one line, from the core's figures (corpusTotals).
export function corpusLine(t) {
  return [plural(t.articles, 'article'), plural(t.days, 'day'), plural(t.words, 'word'), `${num(t.undated)} undated`].join(' · ');
}

// What the corpus shown is: the bundled one, one baked into the page
// (`name`, `texts` files), or your texts (with the corpus they join).
// (`silent`: how many of your texts gave no article: each is under
// "Files with problems".)
export function corpusAbout({ baked, yours, withSeeds, silent = 0 }) {
  const base = baked ? `“${baked.name}”` : 'the bundled corpus';
  if (!yours) {
    return baked ? `${base}: ${plural(baked.texts, 'file')} baked into this page.`
      : 'The bundled corpus: news pages about the 2025–2026 tensions between the United States and Colombia. To explore your own texts, open “Your own texts” below.';
  }
  const none = silent ? ` (${num(silent)} gave no article)` : '';
  return `Your texts: ${plural(yours, 'file')}${none}${withSeeds ? `, with ${base}` : ''}.`;
}
