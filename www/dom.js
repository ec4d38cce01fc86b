// Small helpers for the page's elements and words: building elements,
// numbers with thousands commas, plurals, the status and progress lines,
// saving a file, base64.
export function $(id) { return document.getElementById(id); }

// Appends `children` one by one: spreading a list of unknown length into
// one call overflows the stack (a paragraph of 2 MB has 100,000 marked
// pieces). Returns the node.
export function appendAll(node, children) {
  for (const c of children) node.append(c);
  return node;
}

export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'style') node.setAttribute('style', v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) {
    if (c !== null && c !== undefined && c !== false) node.append(c);
  }
  return node;
}

export { num, plural } from './words.js';

export function setStatus(kind, text) {
  $('status').dataset.state = kind;
  $('status-text').textContent = text;
}

export function saveBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// A day's count of series `t`: a day holds the series it mentions, the
// others are zeros (and a name like `constructor` is no inherited key).
export function countOf(map, t) { return Object.hasOwn(map, t) ? map[t] : 0; }

export function mb(bytes) { return `${(bytes / 1048576).toFixed(bytes < 1048576 ? 2 : 1)} MB`; }

export function progress(text) { $('load-progress').textContent = text; }

// A message at the top of the page, where the user is looking: a storage
// error, or a change that came from another tab.
export function noteTop(text) {
  $('top-note-text').textContent = text;
  $('top-note').hidden = false;
}

export function toBase64(bytes) {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export function fromBase64(text) {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

// "German", "German and French", "German, French and Dutch": names the core
// gives, joined; "other languages" when it names none.
export function languageList(names) {
  const n = names.filter(Boolean);
  if (!n.length) return 'other languages';
  return n.length === 1 ? n[0] : `${n.slice(0, -1).join(', ')} and ${n[n.length - 1]}`;
}
