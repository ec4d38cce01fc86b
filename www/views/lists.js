// Long lists (events, contexts, articles) shown a page at a time.
import { $, el, num } from '../dom.js';

// Events, contexts and articles are shown LIST_PAGE at a time: a corpus of
// tens of thousands of articles would otherwise build as many rows at once.
// A list starts again at its first page when what it shows changes.
export const LIST_PAGE = 200;

export const listShown = { events: LIST_PAGE, kwic: LIST_PAGE, articles: LIST_PAGE };

// The items of `list` to show now; fills the list's "more" line. `total`:
// how many there are, when `items` holds only the first ones.
export function listPage(list, items, render, total = items.length) {
  const shown = items.slice(0, listShown[list]);
  const left = total - shown.length;
  const more = $(`${list}-more`);
  if (left <= 0) {
    more.replaceChildren();
    return shown;
  }
  const button = el('button', { type: 'button', class: 'link-button' }, `Show ${num(Math.min(LIST_PAGE, left))} more`);
  button.addEventListener('click', () => {
    listShown[list] += LIST_PAGE;
    render(false);
  });
  more.replaceChildren(`${num(shown.length)} of ${num(total)} shown. `, button);
  return shown;
}
