// Embedding a chart: the snippet, the embedded page's caption.
import { $, el, plural } from '../dom.js';
import { pageFileName } from '../save/page.js';
import { BAKED, CHART_TITLE, corpusName, corpusTitle, data, state, workspace } from '../state.js';
import { stateToHash } from '../url.js';

function countingRule(which) {
  if (which === 'sentiment') {
    return state.lens === 'tone'
      ? 'positive and negative words of the VADER lexicon, negation within three words'
      : 'cooperation and conflict terms weighted on the Goldstein scale';
  }
  const what = { raw: 'mentions', per_10k: 'mentions per 10,000 words', share: 'share of the day\'s articles mentioning' }[state.mode];
  return `${what}; whole words, case and accents ignored, acronyms in capitals only`;
}

// This page's file name as written (the address holds it percent-encoded:
// encoded again, "Notizen%20März.html" became "Notizen%2520…" and the
// frame found no file).
function embedFileName() {
  const last = location.href.split('#')[0].split('?')[0].split('/').pop();
  try {
    return decodeURIComponent(last) || 'dateline.html';
  } catch (err) {
    return last || 'dateline.html';
  }
}

// The file a snippet points at: this page, or, with your own texts, the
// page made with them inside ("Download this page").
function embedUrl(which) {
  const file = workspace.files.length ? pageFileName() : embedFileName();
  // (The article open in the reader is not part of a chart.)
  const p = new URLSearchParams(stateToHash().slice(1));
  p.delete('read');
  p.set('embed', which);
  return `${encodeURI(file)}#${p}`;
}

function renderCaption(which) {
  const cap = document.querySelector(`[data-caption="${which}"]`);
  const full = el('a', { href: location.href.split('#')[0] + stateToHash(), target: '_blank', rel: 'noopener' }, 'open in dateline');
  cap.replaceChildren(`${CHART_TITLE[which]} · ${corpusName()} · ${countingRule(which)} · `, full);
}

export function openEmbedDialog(which) {
  // (Titled by the corpus's name, where it has one: yours, or the one
  // baked in.)
  const named = workspace.files.length > 0 || BAKED;
  const title = `${CHART_TITLE[which]}${named ? ` · ${corpusTitle()}` : ''} — dateline`.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const height = which === 'mentions' ? 380 : 340;
  $('embed-snippet').value = `<iframe src="${embedUrl(which).replace(/"/g, '%22')}" width="100%" height="${height}" style="border:0" title="${title}" loading="lazy"></iframe>`;
  // Your own texts are kept in this browser, not in this file: the
  // snippet points at a page made with them inside, to download first.
  const own = workspace.files.length > 0;
  $('embed-own').hidden = !own;
  $('embed-file').textContent = own ? pageFileName() : embedFileName();
  if (own) {
    $('embed-own-text').textContent = `Your texts (${plural(workspace.files.length, 'file')}) are kept in this browser, not in ${embedFileName()}. Download the page with them inside, ${pageFileName()}, and put it next to your post: the snippet points at it.`;
  }
  // The period selected goes with the view: said, so that it is chosen.
  $('embed-day').hidden = !state.day;
  if (state.day) $('embed-day').textContent = `The chart marks ${state.day}, the period selected now. For a chart with none marked, click “Show all days” first.`;
  $('embed-dialog').showModal();
  $('embed-snippet').select();
}

// The chart a link embeds (`#…&embed=mentions`), or null.
export function embedded() {
  const which = new URLSearchParams(location.hash.replace(/^#/, '')).get('embed');
  // (An own key only: `#embed=constructor` names no chart.)
  return which && Object.hasOwn(CHART_TITLE, which) ? which : null;
}

export function applyEmbed() {
  const which = embedded();
  if (!which) return;
  document.body.classList.add('embed');
  $(`${which}-section`).classList.add('embedded');
  renderCaption(which);
}
