// "How is this counted?": the forms counted for each series, the
// negated and skipped words, and what the reader removed, for the period.
import { core } from '../core/cores.js';
import { $, el, languageList, plural } from '../dom.js';
import { articleRows, data, inPeriod, sortRows, state } from '../state.js';
import { openReader } from './reader.js';

// The words behind the counts take a pass over the corpus per series:
// worked out when the section is open (and when it opens), not on every
// change of a closed section.
export async function renderCounting() {
  if (!$('counting-details').open) {
    $('counting').replaceChildren();
    return;
  }
  const day = state.day;
  const scope = day || 'all days';
  const sections = [];
  sections.push(el('p', null, `Everything below is for ${scope}. A word is a run of letters and digits; apostrophes inside words, and dots in abbreviations such as U.S., stay inside. Matching ignores case and accents (Bogotá = Bogota) and a possessive 's (Petro's = Petro); a name written in capitals (US, ELN) only matches capitals, so "US" never counts "us". Hyphens and dashes split words, so "Petro–Trump" counts one Petro and one Trump.`));
  const series = state.series;
  const lens = state.lens === 'tone' ? 'tone' : 'diplomacy';
  const [contexts, removed, languages, drivers] = await Promise.all([
    Promise.all(series.map(t => core.call('contexts', t, day || '', 0, 0))),
    core.call('removedWords', day || ''),
    core.call('skippedLanguages', day || ''),
    core.call('drivers', day || '', lens)]);
  for (const [i, t] of series.entries()) {
    const lines = contexts[i];
    const forms = new Map();
    for (const c of lines) forms.set(c.term, (forms.get(c.term) || 0) + 1);
    sections.push(el('h3', null, t),
      el('p', { class: 'words', 'data-series': t }, lines.length
        ? `${plural(lines.length, 'occurrence')} counted: ${[...forms].map(([f, n]) => `“${f}” ${n}`).join(', ')}.`
        : 'No occurrence.'));
  }
  const days = data.sentiment.days.filter(d => inPeriod(d.date, day));
  // The selection's words behind the tallies, merged by the core, most
  // counted first.
  const negated = new Map(drivers.filter(x => x.negated > 0).map(x => [x.word, x.negated]));
  let spanish = 0;
  let other = 0;
  for (const d of days) {
    spanish += d.spanish_words_skipped;
    other += d.other_words_skipped;
  }
  sections.push(el('h3', null, lens === 'tone' ? 'Tone' : 'Cooperation vs conflict'),
    el('p', null, lens === 'tone'
      ? 'Each word of the VADER lexicon counts on its side. A negator (not, never, no, without, n\'t…) among the three words before it moves it to the other side. Words inside a name (United States) are not tone words, nor "like" as a preposition ("looks like") or "well" of "as well".'
      : 'Each term of the diplomacy lexicon (threat*, sanction*, recall*… against meet*, agree*, phone call…) counts with its Goldstein weight; a negated term is listed but not counted.'),
    el('p', { class: 'words', id: 'counting-negated' }, negated.size
      ? `Negated: ${[...negated].map(([w, n]) => `“${w}” ${n}`).join(', ')}.` : 'Nothing was negated.'),
    el('p', { class: 'words', id: 'counting-spanish' }, spanish
      ? `${plural(spanish, 'word')} in Spanish sentences were skipped (never tallied with the English lists).` : 'No Spanish sentence was skipped.'),
    el('p', { class: 'words', id: 'counting-other' }, other
      ? `${plural(other, 'word')} of articles in ${languageList(languages)} were skipped: the lists are English.` : 'No article in another language was skipped.'));
  sections.push(el('h3', null, 'Articles and days'),
    el('p', { class: 'words', id: 'counting-clutter' }, `${plural(removed, 'word')} of navigation, captions, repeated titles, header dates, bylines, lists of other stories and teasers were removed from the pages${day ? ' of these articles' : ''} and never counted.`),
    el('p', null, 'The reader shows exactly what was kept of each article: open one from the list of articles. Each article gets the day its page states (its JSON-LD, meta tags or <time>, the date in its address) or prints in its header, else a date in its file name, else a curated date from corpus.toml, else, for wire copy whose dateline prints no year, the year of the nearest dated article, else a day you set by hand in the list of articles — or stays undated and is counted apart, never on a guessed day. The list\'s “From” column names the source of each day.'));
  const first = sortRows(articleRows())[0];
  if (first) {
    const open = el('button', { type: 'button', class: 'link-button', id: 'counting-read' }, 'Read what was kept of ', el('bdi', null, `“${first.title}”`));
    open.addEventListener('click', () => openReader(first.id));
    sections.push(el('p', null, open));
  }
  $('counting').replaceChildren(el('div', { class: 'counting' }, ...sections));
}
