// The reader: one article with its marks (entities, queries, tone words).
import { core } from '../core/cores.js';
import { $, appendAll, el, mb, plural } from '../dom.js';
import { articleRows, color, DATE_SOURCE_LABEL, MARK_CLASS, seriesColor, sortRows, state } from '../state.js';
import { saveView } from '../url.js';

// Opens the reader on the corpus's latest dated article (the first one
// when none is dated), without scrolling to it; an empty corpus empties it.
export async function openLatest() {
  const rows = sortRows(articleRows());
  const latest = rows.filter(a => a.date).pop() || rows[0];
  if (latest) await openReader(latest.id, null, true);
  else $('reader').replaceChildren(el('p', { class: 'muted' }, 'Choose an article or an event to read it here.'));
}

// `at`: the byte of the article where the part shown starts (a long
// article is shown a part at a time; the core chooses the part around
// `sentence` when `at` is not given).
export async function openReader(id, sentence, quiet, at) {
  const a = await core.call('article', id, sentence || '', at ?? undefined);
  if (!a) return;
  const changed = state.readerId !== id;
  state.readerId = id;
  if (changed && !quiet) saveView();
  // An article not in English has no tone word marked: the tone lists are
  // English ("die" is German for "the"). The key names Spanish words left
  // untallied only where the article has some.
  const spanish = a.paragraphs.some(pieces => pieces.some(p => p.mark === 'spanish'));
  const key = a.tone === 'tallied'
    ? el('p', { class: 'reader-key' },
      el('span', { class: 'm-entity', style: `color:${seriesColor(0)}` }, el('span', null, 'entity')),
      el('span', { class: 'm-query' }, 'query'), el('span', { class: 'm-positive' }, 'positive'),
      el('span', { class: 'm-negative' }, 'negative'), el('span', { class: 'm-negative m-negated' }, 'negated'),
      spanish ? el('span', { class: 'm-spanish' }, 'Spanish, not tallied') : null)
    : el('p', { class: 'reader-key' },
      el('span', { class: 'm-entity', style: `color:${seriesColor(0)}` }, el('span', null, 'entity')),
      el('span', { class: 'm-query' }, 'query'),
      el('span', { class: 'muted', id: 'reader-tone-note' }, a.tone === 'spanish'
        ? 'In Spanish: its tone is not tallied (the tone lists are English).'
        : 'Not in English: its tone is not tallied (the tone lists are English).'));
  const paras = a.paragraphs.map((pieces, i) => {
    const text = pieces.map(p => p.text).join('');
    const p = appendAll(el('p', { 'data-paragraph': String(a.first_paragraph + i) }), pieces.map(renderPiece));
    if (sentence && text.includes(sentence)) p.classList.add('focus');
    return p;
  });
  // (Where the day is printed as the day itself, a file name's
  // "2024-03-18", the byline says where it was found instead of saying
  // the day twice.)
  const printed = a.printed_date && a.printed_date !== a.date ? a.printed_date : null;
  const from = a.date_source === 'manifest' ? `curated: ${a.date_note}` : (printed || DATE_SOURCE_LABEL[a.date_source]);
  // The day and where it comes from ("undated" once, not "undated ·
  // undated" for an article no source dates).
  const when = a.date || a.printed_date ? [`${a.date || 'undated'} · `, el('bdi', null, from || ''), ' · '] : ['undated · '];
  $('reader').replaceChildren(el('h3', null, a.title),
    el('p', { class: 'byline' }, ...when, el('bdi', null, a.id), ` · ${plural(a.words, 'word')}`), key);
  const parts = partLinks(a, id);
  if (parts) $('reader').append(parts[0]);
  appendAll($('reader'), paras);
  if (parts) $('reader').append(parts[1]);
  if (at !== undefined) $('reader').scrollTop = 0;
  // The sentence itself marked in its paragraph (where the browser can
  // mark a range of text).
  const range = sentence ? sentenceRange($('reader').querySelector('p.focus'), sentence) : null;
  if (globalThis.CSS?.highlights) {
    if (range) CSS.highlights.set('reader-sentence', new Highlight(range));
    else CSS.highlights.delete('reader-sentence');
  }
  if (quiet) return;
  const focus = $('reader').querySelector('p.focus') || $('reader');
  focus.scrollIntoView({ block: 'center' });
  $('reader').focus({ preventScroll: true });
}

// The characters of `sentence` in the paragraph `p`, as a range: its text
// is spread over the marks' elements. Null when `p` does not hold it.
export function sentenceRange(p, sentence) {
  const at = p && sentence ? p.textContent.indexOf(sentence) : -1;
  if (at < 0) return null;
  const range = document.createRange();
  const walk = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  let seen = 0;
  let started = false;
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const len = n.data.length;
    if (!started && at < seen + len) { range.setStart(n, at - seen); started = true; }
    if (started && at + sentence.length <= seen + len) { range.setEnd(n, at + sentence.length - seen); return range; }
    seen += len;
  }
  return null;
}

// For an article shown a part at a time: where this part is, and buttons
// for the parts before and after it (above and below the text).
function partLinks(a, id) {
  if (a.start === 0 && a.end === a.total) return null;
  const where = `Shown: ${mb(a.start)} to ${mb(a.end)} of this article's ${mb(a.total)} (a long text is shown a part at a time; the counts and charts take all of it).`;
  const button = (label, at) => {
    const b = el('button', { type: 'button', class: 'link-button' }, label);
    b.addEventListener('click', () => openReader(id, null, false, at));
    return b;
  };
  const earlier = a.previous ?? null;
  const top = el('p', { class: 'reader-part muted' }, where, ' ');
  if (earlier !== null) top.append(button('← Earlier part', earlier));
  const bottom = el('p', { class: 'reader-part muted' });
  if (a.end < a.total) bottom.append(button('Later part →', a.end));
  if (earlier !== null) bottom.append(' ', button('← Earlier part', earlier));
  return [top, bottom];
}

function renderPiece(p) {
  if (!p.mark) return p.text;
  const cls = [MARK_CLASS[p.mark], p.negated ? 'm-negated' : ''].join(' ').trim();
  const title = p.mark === 'entity' || p.mark === 'query' ? p.label
    : p.mark === 'spanish' ? p.label : `${p.mark}${p.negated ? ', negated (counts on the other side)' : ''}`;
  if (p.mark === 'entity') {
    const c = color(p.label);
    return el('span', { class: cls, title, 'data-label': p.label, style: c ? `color:${c}` : null }, el('span', null, p.text));
  }
  return el('span', { class: cls, title, 'data-label': p.label }, p.text);
}
