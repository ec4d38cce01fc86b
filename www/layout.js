// Chart sizes: the width of a chart's box (measured once, then kept by a
// ResizeObserver), the first chart's width worked out before layout, and
// presentation mode's scale.
import { $ } from './dom.js';
import { state } from './state.js';

// The width of a chart's box: measured once (which lays the page out),
// then kept up to date by a ResizeObserver (wireControls), so drawing a
// chart does not lay the page out again each time.
export const boxWidths = {};

export function width(id) {
  if (firstChartWidth) return firstChartWidth;
  if (!boxWidths[id]) boxWidths[id] = $(id).clientWidth;
  // Presented, a chart is drawn smaller and scaled up to its box: its
  // labels and lines grow with it, legible from the back of a room.
  return Math.max(280, Math.round((boxWidths[id] || 800) / (state.present ? PRESENT_SCALE : 1)));
}

const PRESENT_SCALE = 1.5;

// A chart's drawn height: presented, a little lower, so that the charts
// scaled up and the reader fit a 1366×768 projector together.
export function height(h) {
  return state.present ? Math.round(h * 0.7) : h;
}

// The chart width for the first chart, worked out from the window's width
// and the page's CSS (.wrap: at most 76rem wide with 1rem padding; .panel:
// a 1px border and 1rem padding, 0.75rem up to 700px) instead of measured:
// measuring would lay out the whole page before the chart is drawn. The SVG
// scales to its box, and the next render measures.
export let firstChartWidth = 0;
export function setFirstChartWidth(w) { firstChartWidth = w; }

// The viewport's width in CSS pixels, found by media queries: reading
// window.innerWidth would lay the page out first (scroll bars may change
// it), which took some 20–50 ms before the first chart.
function viewportWidth() {
  let lo = 0;
  let hi = 16384;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (matchMedia(`(min-width: ${mid}px)`).matches) lo = mid; else hi = mid;
  }
  return lo;
}

export function widthBeforeLayout() {
  // Reading the root font size would resolve the page's styles first: the
  // default 16px is assumed (a larger setting only scales this first chart).
  const rem = 16;
  const viewport = viewportWidth();
  const inner = Math.min(viewport, 76 * rem) - 2 * rem;
  const panel = viewport <= 700 ? 0.75 * rem : rem;
  return Math.max(280, Math.round(inner - 2 * panel - 2));
}
