//! Charts as SVG strings, drawn with plotters on a calendar axis.
//!
//! The x axis is made of real calendar days: the days that have articles
//! (and the days events fall on). Days close together share a segment in
//! which distance is proportional to time; a stretch of more than
//! [`MAX_GAP_DAYS`] empty days becomes a visible axis break (a zigzag), not
//! months of blank space. Each chart lays out its own axis, so plotters only
//! draws shapes and text and never measures text: the SVG is the same
//! natively and in the browser, and needs no `window`.
//!
//! Every day on the axis gets a transparent hit area carrying `data-date`,
//! an accessible label with the day's numbers, and `tabindex`, so the page
//! can show numbers on hover or keyboard focus and select a day. This
//! module does not know about the DOM.

use crate::analyse::events::{EventsReport, count_text};
use crate::analyse::mentions::CountsReport;
use crate::analyse::period::Period;
use crate::analyse::sentiment::SentimentReport;
use crate::read::dates::Day;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// Empty days after which the axis breaks.
pub const MAX_GAP_DAYS: i64 = 14;
/// Width of an axis break, in pixels.
const BREAK_WIDTH: f64 = 26.0;
/// The share of an axis's span that a stretch without points must reach
/// to become a break.
pub const BREAK_SHARE: f64 = 0.1;
/// The most breaks an axis has for stretches that are long against its
/// span.
pub const MAX_BREAKS: usize = 3;
/// The most breaks an axis has when more are needed to keep its points
/// apart (a few scattered pages: two days of news beside a decade's
/// silence).
pub const SPREAD_BREAKS: usize = 6;
/// Closest two points may stand, in pixels, before a stretch between them
/// breaks (when breaking can help: not where every point stands that close).
pub const MIN_POINT_GAP: f64 = 14.0;

/// Colours of a chart, as `#rrggbb`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Theme {
    /// Background.
    pub bg: RGBColor,
    /// Text and axis lines.
    pub fg: RGBColor,
    /// Secondary text.
    pub muted: RGBColor,
    /// Grid lines.
    pub grid: RGBColor,
    /// Selected-day band.
    pub highlight: RGBColor,
    /// Positive / cooperation bars.
    pub up: RGBColor,
    /// Negative / conflict bars.
    pub down: RGBColor,
}

impl Theme {
    /// The light theme.
    pub fn light() -> Theme {
        Theme {
            bg: RGBColor(0xff, 0xff, 0xff),
            fg: RGBColor(0x1d, 0x1f, 0x23),
            muted: RGBColor(0x5b, 0x61, 0x6b),
            grid: RGBColor(0xe4, 0xe1, 0xda),
            highlight: RGBColor(0xfd, 0xf0, 0xc2),
            up: RGBColor(0x1b, 0x7f, 0x5a),
            down: RGBColor(0xc2, 0x41, 0x2d),
        }
    }

    /// The dark theme.
    pub fn dark() -> Theme {
        Theme {
            bg: RGBColor(0x1d, 0x20, 0x24),
            fg: RGBColor(0xe8, 0xe6, 0xe1),
            muted: RGBColor(0xa3, 0xa9, 0xb3),
            grid: RGBColor(0x33, 0x36, 0x3c),
            highlight: RGBColor(0x4a, 0x41, 0x1f),
            up: RGBColor(0x4c, 0xc3, 0x8a),
            down: RGBColor(0xf0, 0x7a, 0x62),
        }
    }

    /// `dark` or anything else (light).
    pub fn named(name: &str) -> Theme {
        if name == "dark" {
            Theme::dark()
        } else {
            Theme::light()
        }
    }
}

/// Series colours (Okabe–Ito, readable for common colour-vision
/// deficiencies), picked by a series' fixed index.
const PALETTE: &[RGBColor] = &[
    RGBColor(0x00, 0x72, 0xb2),
    RGBColor(0xd5, 0x5e, 0x00),
    RGBColor(0x00, 0x9e, 0x73),
    RGBColor(0xcc, 0x79, 0xa7),
    RGBColor(0xe6, 0x9f, 0x00),
    RGBColor(0x56, 0xb4, 0xe9),
    RGBColor(0x8a, 0x6d, 0x3b),
    RGBColor(0x99, 0x99, 0x99),
];

/// Markers: circle, square, triangle, cross.
const MARKERS: usize = 4;

/// The colour and marker of the series in place `n` of a chart: the
/// first eight places have eight colours; later ones repeat a colour
/// with another marker, so no two places look alike up to 32.
pub fn series_style(n: usize) -> (usize, usize) {
    let colour = n % PALETTE.len();
    (colour, (n + n / PALETTE.len()) % MARKERS)
}

/// The colour of the series in place `n`, as `#rrggbb`.
pub fn series_color(n: usize) -> String {
    hex(PALETTE[series_style(n).0])
}

pub(crate) fn hex(c: RGBColor) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

/// One contiguous stretch of the axis.
#[derive(Clone, Debug, PartialEq)]
struct Segment {
    first: Day,
    last: Day,
    x0: f64,
    x1: f64,
}

/// How many event days (or weeks, months) fall off an axis, whose days are
/// those with articles: before its first, after its last, in each break.
#[derive(Debug, Default, PartialEq, Eq)]
struct OffAxis {
    before: usize,
    after: usize,
    in_breaks: Vec<usize>,
    /// Weeks, months or years of coarser events (a strip per day: "in
    /// April", "next year") wholly before the axis's first day, or after
    /// its last.
    longer_before: usize,
    longer_after: usize,
}

impl OffAxis {
    fn of(axis: &Axis, days: impl Iterator<Item = Day>) -> OffAxis {
        let mut off = OffAxis {
            in_breaks: vec![0; axis.segments.len().saturating_sub(1)],
            ..OffAxis::default()
        };
        let (Some(first), Some(last)) = (axis.segments.first(), axis.segments.last()) else {
            return off;
        };
        for d in days {
            if axis.x(d).is_some() {
                continue;
            }
            let d = axis.period.start(d);
            if d < first.first {
                off.before += 1;
            } else if d > last.last {
                off.after += 1;
            } else if let Some(i) = axis
                .segments
                .windows(2)
                .position(|p| d > p[0].last && d < p[1].first)
            {
                off.in_breaks[i] += 1;
            }
        }
        off
    }

    fn total(&self) -> usize {
        self.before + self.after + self.in_breaks.iter().sum::<usize>()
    }

    /// For the chart's description: "; 3 more days before the first day
    /// with articles, …", or nothing.
    fn describe(&self, period: Period) -> String {
        let name = period.name();
        let mut parts = Vec::new();
        if self.before > 0 {
            parts.push(format!(
                "{} before the first {name} with articles",
                self.before
            ));
        }
        if self.after > 0 {
            parts.push(format!("{} after the last", self.after));
        }
        let breaks: usize = self.in_breaks.iter().sum();
        if breaks > 0 {
            parts.push(format!("{breaks} in the axis breaks"));
        }
        let n = self.total();
        let mut out = String::new();
        if n > 0 {
            out = format!(
                "; {n} more {name}{} with events (listed below): {}",
                if n == 1 { "" } else { "s" },
                parts.join(", ")
            );
        }
        let longer = self.longer_before + self.longer_after;
        if longer > 0 {
            out.push_str(&format!(
                "; {longer} more {} with events off the axis (listed below): {} before it, {} after it",
                if longer == 1 {
                    "week, month or year"
                } else {
                    "weeks, months or years"
                },
                self.longer_before,
                self.longer_after
            ));
        }
        out
    }
}

/// A calendar axis with breaks, mapping days (or the first days of weeks
/// or months) to x positions.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    days: Vec<Day>,
    segments: Vec<Segment>,
    period: Period,
}

impl Axis {
    /// An axis over `days` (any order, duplicates ignored) between pixel
    /// `x0` and `x1`.
    pub fn new(days: &[Day], x0: f64, x1: f64) -> Axis {
        Axis::by(days, x0, x1, Period::Day)
    }

    /// An axis whose points are the `period`s holding `days`: each point
    /// stands for its whole period. A stretch without a point becomes a
    /// break only when it is longer than [`Period::max_gap_days`] and large
    /// against the span (at least [`BREAK_SHARE`] of what the longer breaks
    /// leave of it); at most [`MAX_BREAKS`] of them, the longest. Shorter stretches stay on the
    /// continuous scale: yearly texts over two centuries are one axis, not
    /// two hundred segments. The segments share the width half by time and
    /// half by points. Where two points would still stand closer than
    /// [`MIN_POINT_GAP`] pixels on an axis with room for them, the longest
    /// stretch between them and the nearest points around them breaks too,
    /// up to [`SPREAD_BREAKS`] breaks.
    pub fn by(days: &[Day], x0: f64, x1: f64, period: Period) -> Axis {
        let days = period.starts(days);
        let span = match (days.first(), days.last()) {
            (Some(a), Some(b)) => period.end(*b).to_days() - a.to_days() + 1,
            _ => 0,
        };
        // (length of the stretch without a point, index of the point before it)
        let mut gaps: Vec<(i64, usize)> = days
            .windows(2)
            .enumerate()
            .map(|(i, w)| (w[1].to_days() - period.end(w[0]).to_days() - 1, i))
            .filter(|&(g, _)| g > period.max_gap_days())
            .collect();
        gaps.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        // The longest first, each against the span the breaks before it
        // leave: after a decade's break, half a year without texts is long
        // against the year that is left.
        let mut left = span;
        let mut cut_after: Vec<usize> = Vec::new();
        for &(g, i) in gaps.iter().take(MAX_BREAKS) {
            if (g as f64) < left as f64 * BREAK_SHARE {
                break;
            }
            cut_after.push(i);
            left -= g;
        }
        let mut axis = Axis::laid_out(days, &cut_after, x0, x1, period);
        // Points still crowded where the axis has room for them all: the
        // longest stretch without points in their segment breaks as well.
        let room = (x1 - x0) / axis.days.len().max(1) as f64;
        while cut_after.len() < SPREAD_BREAKS && room >= 3.0 * MIN_POINT_GAP {
            let xs: Vec<Option<f64>> = axis.days.iter().map(|&d| axis.x(d)).collect();
            let crowded = (1..xs.len()).find(|&k| match (xs[k - 1], xs[k]) {
                (Some(a), Some(b)) => b - a < MIN_POINT_GAP && !cut_after.contains(&(k - 1)),
                _ => false,
            });
            let Some(k) = crowded else { break };
            let Some(seg) = axis
                .segments
                .iter()
                .find(|s| axis.days[k] >= s.first && axis.days[k] <= s.last)
            else {
                break;
            };
            let (first, last) = (seg.first, seg.last);
            let Some(&(_, i)) = gaps.iter().find(|&&(_, i)| {
                !cut_after.contains(&i) && axis.days[i] >= first && axis.days[i + 1] <= last
            }) else {
                break;
            };
            cut_after.push(i);
            axis = Axis::laid_out(axis.days, &cut_after, x0, x1, period);
        }
        axis
    }

    /// The axis over `days` (period starts, sorted) broken after the points
    /// whose indices `cut_after` holds.
    fn laid_out(days: Vec<Day>, cut_after: &[usize], x0: f64, x1: f64, period: Period) -> Axis {
        // Segments run from the first day of their first period to the
        // last day of their last period.
        let mut groups: Vec<(Day, Day)> = Vec::new();
        for (i, &d) in days.iter().enumerate() {
            let end = period.end(d);
            match groups.last_mut() {
                Some((_, last)) if !cut_after.contains(&(i - 1)) => *last = end,
                _ => groups.push((d, end)),
            }
        }
        // The width left after the breaks is shared half in proportion to
        // time and half in proportion to points: a segment of a few days
        // with several points beside a long one is not squeezed to a few
        // pixels at the edge. Inside a segment, time is to scale.
        let spans: Vec<f64> = groups
            .iter()
            .map(|(a, b)| (b.to_days() - a.to_days() + 1) as f64)
            .collect();
        let total: f64 = spans.iter().sum::<f64>().max(1.0);
        let points: Vec<f64> = groups
            .iter()
            .map(|(a, b)| days.iter().filter(|d| *d >= a && *d <= b).count() as f64)
            .collect();
        let all_points = (days.len() as f64).max(1.0);
        let breaks = groups.len().saturating_sub(1) as f64 * BREAK_WIDTH;
        let usable = (x1 - x0 - breaks).max(10.0);
        let mut x = x0;
        let mut segments = Vec::new();
        for (((a, b), span), n) in groups.iter().zip(&spans).zip(&points) {
            let w = if groups.len() == 1 {
                usable
            } else {
                usable * (0.5 * span / total + 0.5 * n / all_points)
            };
            segments.push(Segment {
                first: *a,
                last: *b,
                x0: x,
                x1: x + w,
            });
            x += w + BREAK_WIDTH;
        }
        Axis {
            days,
            segments,
            period,
        }
    }

    /// The points on the axis (first days of their periods), in order.
    pub fn days(&self) -> &[Day] {
        &self.days
    }

    /// What each point stands for.
    pub fn period(&self) -> Period {
        self.period
    }

    /// The x of the centre of the period holding `d`, if it falls in a
    /// segment.
    pub fn x(&self, d: Day) -> Option<f64> {
        let d = self.period.start(d);
        let s = self.segments.iter().find(|s| d >= s.first && d <= s.last)?;
        let span = (s.last.to_days() - s.first.to_days() + 1) as f64;
        let at = (d.to_days() - s.first.to_days()) as f64 + self.period.length(d) as f64 / 2.0;
        Some(s.x0 + (s.x1 - s.x0) * at / span)
    }

    /// Pixel width of the period holding `d` (one day, week, month or year).
    pub fn day_width(&self, d: Day) -> f64 {
        let d = self.period.start(d);
        self.segments
            .iter()
            .find(|s| d >= s.first && d <= s.last)
            .map_or(10.0, |s| {
                (s.x1 - s.x0) * self.period.length(d) as f64
                    / (s.last.to_days() - s.first.to_days() + 1) as f64
            })
    }

    /// Which of [`Axis::days`] get a date label `width` pixels wide
    /// ([`Axis::labels`]).
    pub fn labelled(&self, width: f64) -> Vec<bool> {
        self.labels(width).iter().map(Option::is_some).collect()
    }

    /// The date labels of [`Axis::days`], each `width` pixels wide, and
    /// where each stands against its point. First the first day of each
    /// segment, as many as fit from the left (a segment's first label
    /// carries the year after a break: "Sep 20 2016" must not give way to
    /// the "Dec 29" that ends the segment before it), then the first day of
    /// each year, then the last day of each segment before a break, then
    /// the other days from the left wherever a label fits between those
    /// already placed. A label stands under its point; next to a break, where
    /// that leaves no room, away from the break (a segment's first day's
    /// starts at its point, the last day's ends there), so that the days
    /// either side of a break both keep theirs.
    pub fn labels(&self, width: f64) -> Vec<Option<Anchor>> {
        let xs: Vec<Option<f64>> = self.days.iter().map(|&d| self.x(d)).collect();
        let (starts, ends): (Vec<bool>, Vec<bool>) = self
            .days
            .iter()
            .map(|&d| {
                let d = self.period.start(d);
                let at = self
                    .segments
                    .iter()
                    .position(|s| d >= s.first && d <= s.last);
                at.map_or((false, false), |k| {
                    let s = &self.segments[k];
                    (
                        s.first == d,
                        k + 1 < self.segments.len() && self.period.start(s.last) == d,
                    )
                })
            })
            .unzip();
        // Where a label may stand: under its point, else (next to a break)
        // away from the break.
        let anchors = |i: usize| match (starts[i] && i > 0, ends[i]) {
            (true, false) => [Anchor::Middle, Anchor::Start],
            (false, true) => [Anchor::Middle, Anchor::End],
            _ => [Anchor::Middle, Anchor::Middle],
        };
        // The first point of each year, next: a year of many close points
        // between two breaks had no label, and so no year under the axis.
        let year_first: Vec<bool> = (0..self.days.len())
            .map(|i| i == 0 || self.days[i].year() != self.days[i - 1].year())
            .collect();
        // The spans taken, sorted by their left ends.
        let mut placed: Vec<(f64, f64)> = Vec::new();
        let mut out = vec![None; self.days.len()];
        for pass in 0..4 {
            for (i, x) in xs.iter().enumerate() {
                let Some(x) = *x else { continue };
                let rank = if starts[i] {
                    0
                } else if year_first[i] {
                    1
                } else if ends[i] {
                    2
                } else {
                    3
                };
                if out[i].is_some() || rank != pass {
                    continue;
                }
                for h in anchors(i) {
                    let left = match h {
                        Anchor::Start => x,
                        Anchor::End => x - width,
                        Anchor::Middle => x - width / 2.0,
                    };
                    let right = left + width;
                    let at = placed.partition_point(|&(l, _)| l < left);
                    let clear = placed.get(at).is_none_or(|&(l, _)| l >= right)
                        && (at == 0 || placed[at - 1].1 <= left);
                    if clear {
                        placed.insert(at, (left, right));
                        out[i] = Some(h);
                        break;
                    }
                }
            }
        }
        out
    }

    /// Number of breaks.
    pub fn breaks(&self) -> usize {
        self.segments.len().saturating_sub(1)
    }

    /// True when the periods holding `a` and `b` follow each other with no
    /// period between them: a line may join their points. A period without
    /// articles is a gap in the line, never a zero.
    pub fn joined(&self, a: Day, b: Day) -> bool {
        let (a, b) = (self.period.start(a), self.period.start(b));
        self.period.end(a).add_days(1) == Some(b)
    }
}

/// Where a date label stands against its point ([`Axis::labels`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// Centred under it.
    Middle,
    /// Starting at it (the first day after a break).
    Start,
    /// Ending at it (the last day before a break).
    End,
}

impl Anchor {
    fn hpos(self) -> HPos {
        match self {
            Anchor::Middle => HPos::Center,
            Anchor::Start => HPos::Left,
            Anchor::End => HPos::Right,
        }
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn short_date(d: Day) -> String {
    format!("{} {}", MONTHS[usize::from(d.month()) - 1], d.day())
}

/// Layout shared by the charts.
struct Frame {
    width: u32,
    height: u32,
    left: f64,
    right: f64,
    top: f64,
    bottom: f64,
}

/// The charts' typeface (a macro, to be spliced into string literals).
macro_rules! font_family {
    () => {
        "system-ui, sans-serif"
    };
}
pub(crate) const FONT_FAMILY: &str = font_family!();

fn font(size: f64, color: &RGBColor, h: HPos, v: VPos) -> TextStyle<'_> {
    // plotters scales the size for SVG; the factor keeps CSS pixels.
    TextStyle::from((FONT_FAMILY, size * 1.24).into_font())
        .color(color)
        .pos(Pos::new(h, v))
}

/// A title along the left edge of a chart, read from bottom to top,
/// centred on `y`: what the left scale counts.
fn axis_title<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    theme: &Theme,
    text: &str,
    y: f64,
) {
    // (A sign alone stands upright: turned, a minus reads as a bar.)
    let style = font(10.0, &theme.muted, HPos::Center, VPos::Center);
    let style = if text.chars().count() == 1 {
        style
    } else {
        style.transform(FontTransform::Rotate270)
    };
    let _ = root.draw(&Text::new(text.to_string(), (7, px(y)), style));
}

fn px(v: f64) -> i32 {
    v.round() as i32
}

/// Draws the frame shared by the charts: background, selected day band,
/// horizontal grid with labels, the x axis with date labels and break
/// marks. Returns nothing; errors of the string backend cannot happen.
#[allow(clippy::too_many_arguments)]
fn draw_frame<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    f: &Frame,
    axis: &Axis,
    theme: &Theme,
    y_ticks: &[(f64, String)],
    y_of: &dyn Fn(f64) -> f64,
    selected: Option<(Day, Day)>,
) {
    let _ = root.fill(&theme.bg);
    // The band covers the points of the selection's first and last days
    // (a month selected on a weekly axis covers its weeks).
    if let Some((first, last)) = selected
        && let (Some(a), Some(b)) = (axis.x(first), axis.x(last).or(axis.x(first)))
    {
        let half = |d: Day| axis.day_width(d).max(8.0) / 2.0;
        let _ = root.draw(&Rectangle::new(
            [
                (px(a - half(first)), px(f.top)),
                (px(b + half(last)), px(f.bottom)),
            ],
            theme.highlight.filled(),
        ));
    }
    for (v, label) in y_ticks {
        let y = y_of(*v);
        let _ = root.draw(&PathElement::new(
            vec![(px(f.left), px(y)), (px(f.right), px(y))],
            theme.grid.stroke_width(1),
        ));
        let _ = root.draw(&Text::new(
            label.clone(),
            (px(f.left - 6.0), px(y)),
            font(11.0, &theme.muted, HPos::Right, VPos::Center),
        ));
    }
    // Axis line per segment, break marks between them.
    for s in &axis.segments {
        let _ = root.draw(&PathElement::new(
            vec![(px(s.x0), px(f.bottom)), (px(s.x1), px(f.bottom))],
            theme.fg.stroke_width(1),
        ));
    }
    for pair in axis.segments.windows(2) {
        let (a, b) = (pair[0].x1, pair[1].x0);
        let mid = (a + b) / 2.0;
        let y = f.bottom;
        let _ = root.draw(&PathElement::new(
            vec![
                (px(a + 3.0), px(y)),
                (px(mid - 4.0), px(y - 6.0)),
                (px(mid + 4.0), px(y + 6.0)),
                (px(b - 3.0), px(y)),
            ],
            theme.muted.stroke_width(1),
        ));
    }
    // Date labels: every day if they fit, else the first day of each
    // segment and a spread of the others; the year under the first label of
    // each year.
    let mut last_year = None;
    // A tick per point while they stand 4 px apart or more; closer (two
    // centuries of years in 300 px) they would merge into a bar: only the
    // labelled points get one.
    let every_tick = axis.days().len() as f64 * 4.0 <= f.right - f.left;
    let labels = axis.labels(44.0);
    for (&d, label) in axis.days().iter().zip(labels) {
        let Some(x) = axis.x(d) else { continue };
        if every_tick || label.is_some() {
            let _ = root.draw(&PathElement::new(
                vec![(px(x), px(f.bottom)), (px(x), px(f.bottom + 4.0))],
                theme.fg.stroke_width(1),
            ));
        }
        let Some(h) = label else { continue };
        let h = h.hpos();
        let text = match axis.period {
            Period::Year => d.year().to_string(),
            Period::Month => MONTHS[usize::from(d.month()) - 1].to_string(),
            _ => short_date(d),
        };
        let _ = root.draw(&Text::new(
            text,
            (px(x), px(f.bottom + 7.0)),
            font(11.0, &theme.fg, h, VPos::Top),
        ));
        if axis.period != Period::Year && last_year != Some(d.year()) {
            last_year = Some(d.year());
            let _ = root.draw(&Text::new(
                d.year().to_string(),
                (px(x), px(f.bottom + 21.0)),
                font(10.0, &theme.muted, h, VPos::Top),
            ));
        }
    }
    let _ = f.width + f.height;
}

/// A line through placed points `(day, x, y)`, joining the points of
/// periods that follow each other only: no line crosses a period without
/// articles, nor a break.
fn draw_line<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    axis: &Axis,
    points: &[(Day, i32, i32)],
    color: RGBColor,
    dashes: &mut String,
) {
    let mut run: Vec<(i32, i32)> = Vec::new();
    let mut prev: Option<(Day, i32, i32)> = None;
    // Both days on one stretch of the axis (not across a break).
    let same_stretch = |a: Day, b: Day| {
        axis.segments
            .iter()
            .any(|s| s.first <= a && a <= s.last && s.first <= b && b <= s.last)
    };
    for &(d, x, y) in points {
        if let Some((p, x0, y0)) = prev
            && !axis.joined(p, d)
        {
            let _ = root.draw(&PathElement::new(
                std::mem::take(&mut run),
                color.stroke_width(2),
            ));
            // Periods without articles between them have no value: no
            // solid line, but a thin dashed one shows which points are one
            // series (a corpus of a few scattered days was all dots). As
            // SVG of its own: plotters draws each dash as an element.
            if same_stretch(p, d) {
                let _ = write!(
                    dashes,
                    "<path d=\"M{x0} {y0}L{x} {y}\" fill=\"none\" stroke=\"{}\" stroke-dasharray=\"3 4\"/>",
                    hex(color)
                );
            }
        }
        run.push((x, y));
        prev = Some((d, x, y));
    }
    let _ = root.draw(&PathElement::new(run, color.stroke_width(2)));
}

/// `svg` with `dashes` (see [`draw_line`]) drawn last.
fn with_dashes(mut svg: String, dashes: &str) -> String {
    if let Some(end) = svg.rfind("</svg>") {
        svg.insert_str(end, dashes);
    }
    svg
}

/// A name as put into a point's label (which the page shows in its
/// tooltip): a name that holds right-to-left letters or bidi controls
/// (U+202E…) between first-strong and pop isolates (U+2068, U+2069), so
/// that it cannot reorder the counts and names after it; others as they
/// are.
fn isolated(name: &str) -> std::borrow::Cow<'_, str> {
    let bidi = |c: char| {
        matches!(c,
            '\u{0590}'..='\u{08FF}'
            | '\u{FB1D}'..='\u{FDFF}'
            | '\u{FE70}'..='\u{FEFF}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}')
    };
    if name.chars().any(bidi) {
        format!("\u{2068}{name}\u{2069}").into()
    } else {
        name.into()
    }
}

/// Nice tick values from 0 to at least `max`, about `n` steps; for
/// `whole` numbers (counts) steps of 1 or more, so an empty chart of
/// counts gets 0 and 1, not 0.25.
fn ticks(max: f64, n: usize, whole: bool) -> Vec<f64> {
    let max = if max <= 0.0 { 1.0 } else { max };
    let raw = max / n.max(1) as f64;
    let raw = if whole { raw.max(1.0) } else { raw };
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(mag * 10.0);
    let mut out = vec![0.0];
    let mut v = step;
    while v < max + step * 0.999 {
        out.push(v);
        v += step;
    }
    out
}

fn fmt_num(v: f64) -> String {
    if v == v.trunc() && v.abs() < 1e9 {
        format!("{}", v as i64)
    } else if v.abs() >= 10.0 {
        format!("{v:.0}")
    } else {
        // Two decimals at most, the zeros at the end cut: 0.25 stays 0.25
        // (one decimal wrote it 0.2), 0.5 is 0.5.
        let s = format!("{v:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

pub(crate) fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Characters XML 1.0 does not allow: C0 controls but the line
            // end, and the non-characters U+FFFE and U+FFFF (a name holding
            // one made the SVG ill-formed and its PNG download empty).
            c if (c.is_control() && c != '\n') || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// "1 article", "2 articles": a count and its noun, for the labels that
/// screen readers read out.
fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Appends the accessible title/description and the day hit areas, and
/// the chart's class, to an SVG written by plotters.
fn finish(
    svg: String,
    class: &str,
    title: &str,
    desc: &str,
    hits: &[(Day, f64, f64, String)],
    f: &Frame,
    period: Period,
) -> String {
    let Some(open_end) = svg.find('>') else {
        return svg;
    };
    let mut out = String::with_capacity(svg.len() + hits.len() * 160 + 200);
    out.push_str(&svg[..open_end]);
    let _ = write!(
        out,
        " font-family=\"{FONT_FAMILY}\" class=\"chart {class}\" role=\"group\" aria-roledescription=\"chart\" aria-labelledby=\"{class}-title {class}-desc\"><title id=\"{class}-title\">{}</title><desc id=\"{class}-desc\">{}</desc>",
        xml(title),
        xml(desc)
    );
    let body_end = svg.rfind("</svg>").unwrap_or(svg.len());
    // What plotters writes on every element and SVG has by default (no
    // stroke, a stroke 1 wide, full opacity) or the texts inherit from the
    // root (the font): a fifth less to insert into the page and download.
    out.push_str(
        &svg[open_end + 1..body_end]
            .replace(" opacity=\"1\"", "")
            .replace(" stroke=\"none\"", "")
            .replace(" stroke-width=\"1\"", "")
            .replace(concat!(" font-family=\"", font_family!(), "\""), ""),
    );
    out.push_str("<g class=\"hits\">");
    for (i, (d, x, w, label)) in hits.iter().enumerate() {
        // Points closer than their areas are wide share the space between
        // them at the midpoint: no area covers its neighbour's point (two
        // days close on a phone's axis were one target, the later).
        let mut left = x - w / 2.0;
        let mut right = x + w / 2.0;
        if let Some(prev) = i.checked_sub(1).map(|j| hits[j].1) {
            left = left.max((prev + x) / 2.0);
        }
        if let Some(next) = hits.get(i + 1).map(|h| h.1) {
            right = right.min((x + next) / 2.0);
        }
        let _ = write!(
            out,
            "<rect class=\"day-hit\" data-date=\"{}\" x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"transparent\" tabindex=\"0\" role=\"button\" aria-label=\"{}\"/>",
            period.label(*d),
            left,
            f.top,
            right - left,
            // Down over the day's date label too: a click on the date
            // selects the day.
            (f.bottom + 28.0).min(f64::from(f.height)) - f.top,
            xml(label)
        );
    }
    out.push_str("</g></svg>");
    out
}

/// What the mentions chart shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionMode {
    /// Raw counts.
    Raw,
    /// Per 10,000 words.
    Per10k,
    /// Share of the day's articles (%).
    Share,
}

impl MentionMode {
    /// `per_10k`, `share`, else raw.
    pub fn named(s: &str) -> MentionMode {
        match s {
            "per_10k" => MentionMode::Per10k,
            "share" => MentionMode::Share,
            _ => MentionMode::Raw,
        }
    }
}

/// A series to draw: its label and its place, which gives its colour and
/// marker ([`series_style`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeriesPick {
    /// Label in the counts report.
    pub label: String,
    /// Its place among the series shown: a series keeps its place (and
    /// looks) while others are added and removed.
    pub index: usize,
}

/// Chart size and state shared by all charts.
#[derive(Clone, Debug, PartialEq)]
pub struct View {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Colours.
    pub theme: Theme,
    /// The selection (first and last day: a day, week, month or year), marked
    /// on the chart.
    pub selected: Option<(Day, Day)>,
    /// The days of the shared calendar axis.
    pub days: Vec<Day>,
    /// What one point of the axis stands for (day, week, month).
    pub period: Period,
    /// The corpus's name, for a file's caption (empty: not named).
    pub corpus: String,
}

impl View {
    /// A view of `corpus`: its calendar axis is the days of its articles.
    pub fn of_corpus(
        corpus: &crate::Corpus,
        width: u32,
        height: u32,
        theme: Theme,
        selected: Option<(Day, Day)>,
    ) -> View {
        let mut days: Vec<Day> = corpus.articles.iter().filter_map(|a| a.date).collect();
        days.sort();
        days.dedup();
        View {
            width: width.clamp(240, 4000),
            height: height.clamp(60, 2000),
            theme,
            selected,
            days,
            period: Period::Day,
            corpus: String::new(),
        }
    }

    /// The view of the corpus named `name` (said in a file's caption).
    pub fn named(mut self, name: &str) -> View {
        name.trim().clone_into(&mut self.corpus);
        self
    }

    /// Points that stand for `period`s: `auto` picks the finest period
    /// whose points are at least [`MIN_POINT_WIDTH`] pixels apart.
    pub fn by(mut self, period: Option<Period>) -> View {
        let slots = (f64::from(self.width) / MIN_POINT_WIDTH) as usize;
        self.period = period.unwrap_or_else(|| Period::fitting(&self.days, slots));
        self
    }
}

/// Narrowest spacing, in pixels, of the points of an axis whose period is
/// picked for the width.
pub const MIN_POINT_WIDTH: f64 = 6.0;

/// A chart as a file: XML prolog, the SVG, a final newline. The page's
/// SVG download and `dateline chart --out` write exactly this.
pub fn standalone(svg: &str) -> String {
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{svg}\n")
}

/// The series a mentions chart starts with: the `n` most mentioned (ties
/// keep the report's order), in places 0 to `n - 1`.
pub fn top_series(counts: &CountsReport, n: usize) -> Vec<SeriesPick> {
    let mut totals: Vec<Option<usize>> = counts
        .terms
        .iter()
        .map(|t| {
            Some(
                counts
                    .articles
                    .iter()
                    .map(|a| a.counts.get(t).copied().unwrap_or(0))
                    .sum(),
            )
        })
        .collect();
    // Picked one at a time, not sorted: a handful of picks, and no sort
    // to compile into the page's engine (a stable sort adds some 40 KB).
    let mut picks = Vec::with_capacity(n);
    while picks.len() < n {
        let mut best: Option<(usize, usize)> = None;
        for (index, total) in totals.iter().enumerate() {
            if let Some(total) = *total
                && best.is_none_or(|(_, b)| total > b)
            {
                best = Some((index, total));
            }
        }
        let Some((term, _)) = best else { break };
        totals[term] = None;
        picks.push(SeriesPick {
            label: counts.terms[term].clone(),
            index: picks.len(),
        });
    }
    picks
}

/// Picks for the labels given, each in its place in `labels` (an empty
/// label is a free place, which keeps the places after it); unknown labels
/// are left out.
pub fn picks(counts: &CountsReport, labels: &[String]) -> Vec<SeriesPick> {
    labels
        .iter()
        .enumerate()
        .filter(|(_, label)| counts.terms.contains(label))
        .map(|(index, label)| SeriesPick {
            label: label.clone(),
            index,
        })
        .collect()
}

fn frame(view: &View, left: f64, bottom_pad: f64) -> Frame {
    Frame {
        width: view.width,
        height: view.height,
        left,
        right: f64::from(view.width) - 12.0,
        top: 12.0,
        bottom: f64::from(view.height) - bottom_pad,
    }
}

/// Mentions per day: one line with markers per series; days without
/// articles are gaps.
pub fn mentions(
    counts: &CountsReport,
    series: &[SeriesPick],
    mode: MentionMode,
    view: &View,
) -> String {
    let f = frame(view, 44.0, 40.0);
    let axis = Axis::by(&view.days, f.left + 8.0, f.right - 8.0, view.period);
    let counts = &counts.by_period(view.period);
    let when = |d: Day| view.period.label(d);
    let value = |b: &crate::analyse::mentions::Bucket, label: &str| -> f64 {
        match mode {
            MentionMode::Raw => b.counts.get(label).copied().unwrap_or(0) as f64,
            MentionMode::Per10k => b.per_10k.get(label).copied().unwrap_or(0.0),
            MentionMode::Share => 100.0 * b.article_share.get(label).copied().unwrap_or(0.0),
        }
    };
    let max = counts
        .days
        .iter()
        .flat_map(|b| series.iter().map(move |s| value(b, &s.label)))
        .fold(0.0, f64::max);
    let ts = ticks(
        if mode == MentionMode::Share {
            max.max(10.0)
        } else {
            max
        },
        4,
        mode == MentionMode::Raw,
    );
    let top_v = ts.last().copied().unwrap_or(1.0);
    let y_of = |v: f64| f.bottom - (f.bottom - f.top) * v / top_v;
    let unit = match mode {
        MentionMode::Raw => "",
        MentionMode::Per10k => "",
        MentionMode::Share => "%",
    };
    let y_ticks: Vec<(f64, String)> = ts
        .iter()
        .map(|v| (*v, format!("{}{unit}", fmt_num(*v))))
        .collect();
    let mut dashes = String::new();
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (view.width, view.height)).into_drawing_area();
        draw_frame(
            &root,
            &f,
            &axis,
            &view.theme,
            &y_ticks,
            &y_of,
            view.selected,
        );
        // Markers of series with the same value on a day sit side by side,
        // not on top of each other (a tie hid all but the last drawn).
        let mut ties: BTreeMap<(Day, i32), Vec<usize>> = BTreeMap::new();
        for (k, s) in series.iter().enumerate() {
            for b in &counts.days {
                if let Some(d) = b.date {
                    ties.entry((d, px(y_of(value(b, &s.label)))))
                        .or_default()
                        .push(k);
                }
            }
        }
        let dodge = |d: Day, y: i32, k: usize| -> f64 {
            let Some(same) = ties.get(&(d, y)).filter(|v| v.len() > 1) else {
                return 0.0;
            };
            let n = same.len() as f64;
            let step = (axis.day_width(d) * 0.6 / (n - 1.0)).min(8.0);
            let rank = same.iter().position(|&j| j == k).unwrap_or(0) as f64;
            (rank - (n - 1.0) / 2.0) * step
        };
        for (k, s) in series.iter().enumerate() {
            let (colour, marker) = series_style(s.index);
            let color = PALETTE[colour];
            let points: Vec<(Day, f64)> = counts
                .days
                .iter()
                .filter_map(|b| Some((b.date?, value(b, &s.label))))
                .collect();
            let placed: Vec<(Day, i32, i32)> = points
                .iter()
                .filter_map(|&(d, v)| Some((d, px(axis.x(d)?), px(y_of(v)))))
                .collect();
            draw_line(&root, &axis, &placed, color, &mut dashes);
            for &(d, v) in &points {
                let Some(x) = axis.x(d) else { continue };
                let y = px(y_of(v));
                let at = (px(x + dodge(d, y, k)), y);
                let _ = match marker {
                    0 => root.draw(&Circle::new(at, 4, color.filled())),
                    1 => root.draw(&Rectangle::new(
                        [(at.0 - 4, at.1 - 4), (at.0 + 4, at.1 + 4)],
                        color.filled(),
                    )),
                    2 => root.draw(&TriangleMarker::new(at, 5, color.filled())),
                    _ => root.draw(&Cross::new(at, 4, color.stroke_width(2))),
                };
            }
        }
        let title = match mode {
            MentionMode::Raw => "mentions",
            MentionMode::Per10k => "per 10,000 words",
            MentionMode::Share => "% of articles",
        };
        axis_title(&root, &view.theme, title, (f.top + f.bottom) / 2.0);
        let _ = root.present();
    }
    let svg = with_dashes(svg, &dashes);
    let hits: Vec<(Day, f64, f64, String)> = axis
        .days()
        .iter()
        .filter_map(|&d| {
            let x = axis.x(d)?;
            let b = counts.days.iter().find(|b| b.date == Some(d));
            let label = match b {
                Some(b) => {
                    let parts: Vec<String> = series
                        .iter()
                        .map(|s| {
                            format!(
                                "{} {}{unit}",
                                isolated(&s.label),
                                fmt_num((value(b, &s.label) * 10.0).round() / 10.0)
                            )
                        })
                        .collect();
                    format!(
                        "{}: {}; {}",
                        when(d),
                        plural(b.articles, "article"),
                        parts.join(", ")
                    )
                }
                None => format!("{}: no articles", when(d)),
            };
            Some((d, x, axis.day_width(d).clamp(10.0, 40.0), label))
        })
        .collect();
    let names: Vec<&str> = series.iter().map(|s| s.label.as_str()).collect();
    let what = match mode {
        MentionMode::Raw => "mentions",
        MentionMode::Per10k => "mentions per 10,000 words",
        MentionMode::Share => "share of articles mentioning",
    };
    finish(
        svg,
        "mentions-chart",
        &format!("Mentions per {}: {}", view.period.name(), names.join(", ")),
        &format!(
            "{what} on {} with articles; axis breaks: {}",
            plural(counts.days.len(), view.period.name()),
            axis.breaks()
        ),
        &hits,
        &f,
        view.period,
    )
}

/// Which sentiment lens to draw.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lens {
    /// Positive vs negative words.
    Tone,
    /// Cooperation vs conflict terms.
    Diplomacy,
}

impl Lens {
    /// `diplomacy`, else tone.
    pub fn named(s: &str) -> Lens {
        if s == "diplomacy" {
            Lens::Diplomacy
        } else {
            Lens::Tone
        }
    }
}

/// Sentiment per day: diverging bars (positive or cooperation above zero,
/// negative or conflict below) and the net score as a line with dots.
pub fn sentiment(report: &SentimentReport, lens: Lens, view: &View) -> String {
    let mut f = frame(view, 44.0, 40.0);
    // Room on the right for the net line's own scale, −1 to +1.
    f.right -= 26.0;
    let axis = Axis::by(&view.days, f.left + 8.0, f.right - 8.0, view.period);
    let report = &report.by_period(view.period);
    let when = |d: Day| view.period.label(d);
    let pair = |t: &crate::analyse::sentiment::Tally| match lens {
        Lens::Tone => (t.positive as f64, t.negative as f64),
        Lens::Diplomacy => (t.cooperation as f64, t.conflict as f64),
    };
    let max = report
        .days
        .iter()
        .map(|t| {
            let (a, b) = pair(t);
            a.max(b)
        })
        .fold(0.0, f64::max);
    // The net line's own scale: −1 (all negative) to +1, or the Goldstein
    // weight, −10 to +10.
    let scale = match lens {
        Lens::Tone => 1.0,
        Lens::Diplomacy => 10.0,
    };
    let ts = ticks(max, 2, lens == Lens::Tone);
    let top_v = ts.last().copied().unwrap_or(1.0);
    let mid = (f.top + f.bottom) / 2.0;
    let y_of = |v: f64| mid - (mid - f.top) * v / top_v;
    // (With no word tallied, the scale is its zero alone: a "1" above and
    // below would count words that are not there.)
    let empty = max == 0.0;
    let mut y_ticks: Vec<(f64, String)> = ts
        .iter()
        .filter(|v| !empty || **v == 0.0)
        .map(|v| (*v, fmt_num(*v)))
        .collect();
    if !empty {
        y_ticks.extend(ts.iter().skip(1).map(|v| (-*v, fmt_num(*v))));
    }
    let mut dashes = String::new();
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (view.width, view.height)).into_drawing_area();
        draw_frame(
            &root,
            &f,
            &axis,
            &view.theme,
            &y_ticks,
            &y_of,
            view.selected,
        );
        let _ = root.draw(&PathElement::new(
            vec![(px(f.left), px(mid)), (px(f.right), px(mid))],
            view.theme.fg.stroke_width(1),
        ));
        // The net score's dots, in runs that a period with no score ends.
        let mut net_points: Vec<Vec<(Day, i32, i32)>> = vec![Vec::new()];
        // One width for every bar: that of the narrowest period drawn (the
        // segments of a broken axis give a day more or fewer pixels).
        let narrowest = report
            .days
            .iter()
            .filter_map(|t| t.date.filter(|&d| axis.x(d).is_some()))
            .map(|d| axis.day_width(d))
            .fold(f64::INFINITY, f64::min);
        let w = (narrowest * 0.6).clamp(4.0, 22.0) / 2.0;
        for t in &report.days {
            let Some(d) = t.date else { continue };
            let Some(x) = axis.x(d) else { continue };
            let (up, down) = pair(t);
            let _ = root.draw(&Rectangle::new(
                [(px(x - w), px(y_of(up))), (px(x + w), px(mid))],
                view.theme.up.filled(),
            ));
            let _ = root.draw(&Rectangle::new(
                [(px(x - w), px(mid)), (px(x + w), px(y_of(-down)))],
                view.theme.down.filled(),
            ));
            // A period with no word scored has no net score: no dot, and
            // the line breaks there (a dot at 0 would read as neutral).
            let net = match lens {
                Lens::Tone => (up + down > 0.0).then_some(t.net),
                Lens::Diplomacy => t.goldstein.map(|g| g / 10.0),
            };
            match net {
                Some(net) => net_points.last_mut().expect("a run").push((
                    d,
                    px(x),
                    px(mid - (mid - f.top) * net),
                )),
                None if net_points.last().is_some_and(|r| !r.is_empty()) => {
                    net_points.push(Vec::new())
                }
                None => {}
            }
        }
        // The net line's scale, on the right.
        for v in [1.0f64, 0.5, 0.0, -0.5, -1.0] {
            let y = mid - (mid - f.top) * v;
            let _ = root.draw(&PathElement::new(
                vec![(px(f.right), px(y)), (px(f.right + 4.0), px(y))],
                view.theme.fg.stroke_width(1),
            ));
            let label = match v * scale {
                v if v > 0.0 => format!("+{}", fmt_num(v)),
                v if v < 0.0 => format!("\u{2212}{}", fmt_num(-v)),
                _ => "0".to_string(),
            };
            let _ = root.draw(&Text::new(
                label,
                (px(f.right + 6.0), px(y)),
                font(11.0, &view.theme.fg, HPos::Left, VPos::Center),
            ));
        }
        let _ = root.draw(&PathElement::new(
            vec![(px(f.right), px(f.top)), (px(f.right), px(f.bottom))],
            view.theme.fg.stroke_width(1),
        ));
        for run in net_points.iter().filter(|r| !r.is_empty()) {
            draw_line(&root, &axis, run, view.theme.fg, &mut dashes);
            for &(_, x, y) in run {
                let _ = root.draw(&Circle::new((x, y), 3, view.theme.fg.filled()));
            }
        }
        // What each half of the left scale counts (its numbers are counts
        // of words on both sides of zero).
        // The longest that fits along each half (10 px type, about 5.6 px
        // a character): a short chart (presentation mode, a phone) gets
        // the short names, so that the two never run into each other.
        let half = (f.bottom - f.top) / 2.0 - 8.0;
        let fits = |t: &str| t.chars().count() as f64 * 5.6 <= half;
        let choices: [(&str, &str); 3] = match lens {
            Lens::Tone => [
                ("positive words", "negative words"),
                ("positive", "negative"),
                ("+", "\u{2212}"),
            ],
            Lens::Diplomacy => [
                ("cooperation", "conflict"),
                ("coop.", "conflict"),
                ("+", "\u{2212}"),
            ],
        };
        let (up_words, down_words) = choices
            .into_iter()
            .find(|(up, down)| fits(up) && fits(down))
            .unwrap_or(choices[2]);
        axis_title(&root, &view.theme, up_words, (f.top + mid) / 2.0);
        axis_title(&root, &view.theme, down_words, (mid + f.bottom) / 2.0);
        // An empty chart says why, in the picture too (a download has no
        // note under it).
        if empty {
            let why = match lens {
                Lens::Tone => "No word of these texts is in the tone lists (they are English)",
                Lens::Diplomacy => {
                    "No word of these texts is in the cooperation and conflict lists"
                }
            };
            let _ = root.draw(&Text::new(
                why,
                (px((f.left + f.right) / 2.0), px((f.top + mid) / 2.0)),
                font(12.0, &view.theme.muted, HPos::Center, VPos::Center),
            ));
        }
        let _ = root.present();
    }
    let svg = with_dashes(svg, &dashes);
    let (up_name, down_name, net_name) = match lens {
        Lens::Tone => ("positive", "negative", "net"),
        Lens::Diplomacy => ("cooperation", "conflict", "Goldstein"),
    };
    let hits: Vec<(Day, f64, f64, String)> = axis
        .days()
        .iter()
        .filter_map(|&d| {
            let x = axis.x(d)?;
            let label = match report.days.iter().find(|t| t.date == Some(d)) {
                Some(t) => {
                    let (up, down) = pair(t);
                    let net = match lens {
                        Lens::Tone if up + down > 0.0 => format!("{:+.2}", t.net),
                        Lens::Tone => "none (no word scored)".into(),
                        Lens::Diplomacy => {
                            t.goldstein.map_or("none".into(), |g| format!("{g:+.1}"))
                        }
                    };
                    format!(
                        "{}: {up_name} {up}, {down_name} {down}, {net_name} {net}",
                        when(d)
                    )
                }
                None => format!("{}: no articles", when(d)),
            };
            Some((d, x, axis.day_width(d).clamp(10.0, 40.0), label))
        })
        .collect();
    finish(
        svg,
        "sentiment-chart",
        &format!(
            "{} per {}",
            match lens {
                Lens::Tone => "Tone (positive vs negative words)",
                Lens::Diplomacy => "Cooperation vs conflict",
            },
            view.period.name()
        ),
        &format!(
            "Bars: {up_name} above zero, {down_name} below (left scale); line: {net_name} score (right scale, \u{2212}{} to +{}); {}",
            fmt_num(scale),
            fmt_num(scale),
            plural(report.days.len(), view.period.name())
        ),
        &hits,
        &f,
        view.period,
    )
}

/// The least room between two notes above the event strip.
const NOTE_GAP: f64 = 10.0;

/// About how wide a note of 10 px type is drawn, at most: 6.4 px a
/// character, the width of a digit or "+" (at 5.6 a break's "+2" beside
/// the next break's "+1" read "+2+1" on a phone).
fn note_width(text: &str) -> f64 {
    text.chars().count() as f64 * 6.4
}

/// A strip on the calendar axis marking the days events fall on (day
/// precision), with a count per day.
pub fn timeline(events: &EventsReport, view: &View) -> String {
    let f = Frame {
        width: view.width,
        height: view.height,
        left: 44.0,
        right: f64::from(view.width) - 12.0,
        top: 6.0,
        bottom: f64::from(view.height) - 34.0,
    };
    let period = view.period;
    let axis = Axis::by(&view.days, f.left + 8.0, f.right - 8.0, period);
    // Events as precise as the axis points or more are drawn at their
    // point (day events on any axis, week events on a weekly, monthly or
    // yearly one …); the others are counted for each point their period
    // holds ("and 2 of its month"), as the page lists them for a selected
    // point (`Event::within`).
    let mut inside: BTreeMap<Day, usize> = BTreeMap::new();
    let mut around: BTreeMap<(Period, Day), usize> = BTreeMap::new();
    for e in &events.events {
        let own = e.precision.period();
        if own <= period {
            *inside.entry(period.start(e.start())).or_default() += 1;
        } else {
            *around.entry((own, e.start())).or_default() += 1;
        }
    }
    let per_day: Vec<(Day, usize)> = inside.into_iter().collect();
    let coarser = |d: Day| -> Vec<(Period, usize)> {
        [Period::Week, Period::Month, Period::Year]
            .into_iter()
            .filter(|&q| q > period)
            .filter_map(|q| Some((q, *around.get(&(q, q.start(d)))?)))
            .collect()
    };
    // Event days off the axis (the axis holds the days with articles):
    // before its first day, after its last, and in each break.
    let mut off = OffAxis::of(&axis, per_day.iter().map(|&(d, _)| d));
    if let (Some(first), Some(last)) = (axis.segments.first(), axis.segments.last()) {
        for &(own, start) in around.keys() {
            if start > last.last {
                off.longer_after += 1;
            } else if own.end(start) < first.first {
                off.longer_before += 1;
            }
        }
    }
    // The first and last events (in the list's order) of the days a note
    // counts: a note is a button that lists them.
    let first_event = |inside: &dyn Fn(Day) -> bool| {
        let counted = |e: &crate::analyse::events::Event| {
            let own = e.precision.period();
            inside(if own <= period {
                period.start(e.start())
            } else {
                e.start()
            })
        };
        let first = events.events.iter().position(counted)?;
        let last = events.events.iter().rposition(counted)?;
        Some((first, last))
    };
    let mut note_hits: Vec<(f64, f64, (usize, usize), String)> = Vec::new();
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (view.width, view.height)).into_drawing_area();
        draw_frame(&root, &f, &axis, &view.theme, &[], &|v| v, view.selected);
        let mid = (f.top + f.bottom) / 2.0;
        for &(d, n) in &per_day {
            let Some(x) = axis.x(d) else { continue };
            let r = (3.0 + (n as f64).sqrt() * 2.0).min(9.0);
            let _ = root.draw(&Circle::new(
                (px(x), px(mid)),
                px(r) as u32,
                view.theme.fg.filled(),
            ));
        }
        // Counted where they would be: at the ends and over the breaks; a
        // break's count that would run into an end's note moves aside, just
        // past it (a break near an end on a narrow strip read "2 la+1er →";
        // there is no room for a second row above the marks).
        // (Away from an end's note, a break's count moves inwards, and
        // a gap of a few letters keeps the two from reading as one note:
        // "+2 ← 23 earlier" stood outside the strip.)
        let (left_end, right_end) = (
            axis.segments.first().map_or(f.left, |s| s.x0),
            axis.segments.last().map_or(f.right, |s| s.x1),
        );
        let mut taken: Vec<(f64, f64)> = Vec::new();
        let mut note =
            |text: String, x: f64, pos: HPos, first: Option<(usize, usize)>, about: String| {
                let w = note_width(&text);
                let (mut a, mut b) = match pos {
                    HPos::Left => (x, x + w),
                    HPos::Right => (x - w, x),
                    HPos::Center => (x - w / 2.0, x + w / 2.0),
                };
                // (Once moved one way it keeps moving that way past the
                // others, so no two notes push it to and fro; an end's note
                // turns it inwards.)
                let mut way: Option<bool> = None;
                for _ in 0..=taken.len() {
                    let Some(&(l, r)) = taken
                        .iter()
                        .find(|&&(l, r)| b + NOTE_GAP > l && a < r + NOTE_GAP)
                    else {
                        break;
                    };
                    if l <= left_end + 0.5 {
                        way = Some(true);
                    } else if r >= right_end - 0.5 {
                        way = Some(false);
                    }
                    let rightwards = *way.get_or_insert((l + r) / 2.0 <= (a + b) / 2.0);
                    let to = if rightwards {
                        r + NOTE_GAP - a
                    } else {
                        l - NOTE_GAP - b
                    };
                    a += to;
                    b += to;
                }
                taken.push((a, b));
                if let Some(k) = first {
                    note_hits.push((a, b, k, about));
                }
                let at = match pos {
                    HPos::Left => a,
                    HPos::Right => b,
                    HPos::Center => (a + b) / 2.0,
                };
                let _ = root.draw(&Text::new(
                    text,
                    (px(at), px(f.top)),
                    font(10.0, &view.theme.muted, pos, VPos::Top),
                ));
            };
        if let (Some(first), Some(last)) = (axis.segments.first(), axis.segments.last()) {
            // (With the weeks, months and years of events wholly off it.)
            let (before, after) = (off.before + off.longer_before, off.after + off.longer_after);
            if before > 0 {
                note(
                    format!("← {before} earlier"),
                    first.x0,
                    HPos::Left,
                    first_event(&|d| d < first.first),
                    format!(
                        "{before} earlier: list the events before {}",
                        period.label(first.first)
                    ),
                );
            }
            if after > 0 {
                note(
                    format!("{after} later →"),
                    last.x1,
                    HPos::Right,
                    first_event(&|d| d > last.last),
                    format!(
                        "{after} later: list the events after {}",
                        period.label(last.last)
                    ),
                );
            }
        }
        for (pair, &n) in axis.segments.windows(2).zip(&off.in_breaks) {
            if n > 0 {
                note(
                    format!("+{n}"),
                    (pair[0].x1 + pair[1].x0) / 2.0,
                    HPos::Center,
                    first_event(&|d| d > pair[0].last && d < pair[1].first),
                    format!(
                        "+{n}, {} with events: list the events between {} and {}, where the axis is broken",
                        plural(n, period.name()),
                        period.label(pair[0].last),
                        period.label(pair[1].first)
                    ),
                );
            }
        }
        let _ = root.present();
    }
    // A point for each day with articles and each day with events between
    // them (a Sunday's events, in Monday's paper): every mark drawn can be
    // hovered and selected.
    let mut points: Vec<Day> = axis.days().to_vec();
    points.extend(
        per_day
            .iter()
            .map(|&(d, _)| d)
            .filter(|&d| axis.x(d).is_some()),
    );
    points.sort_unstable();
    points.dedup();
    let hits: Vec<(Day, f64, f64, String)> = points
        .iter()
        .filter_map(|&d| {
            let x = axis.x(d)?;
            let n = per_day
                .binary_search_by_key(&d, |p| p.0)
                .map_or(0, |i| per_day[i].1);
            let label = format!("{}: {}", period.label(d), count_text(n, &coarser(d)));
            Some((d, x, axis.day_width(d).clamp(10.0, 40.0), label))
        })
        .collect();
    let mut out = finish(
        svg,
        "timeline-chart",
        "Event timeline",
        &format!(
            "{} with dated events on the calendar axis{}",
            plural(per_day.len() - off.total(), period.name()),
            off.describe(period)
        ),
        &hits,
        &f,
        period,
    );
    // Over the day areas (a note at an end sits over its first or last
    // day): each note lists the events it counts, from the first
    // (`data-event` and `data-last`, their indices in the events report).
    if !note_hits.is_empty() && out.ends_with("</svg>") {
        out.truncate(out.len() - "</svg>".len());
        out.push_str("<g class=\"note-hits\">");
        for (a, b, (k, last), about) in &note_hits {
            let _ = write!(
                out,
                "<rect class=\"note-hit\" data-event=\"{k}\" data-last=\"{last}\" x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"16\" fill=\"transparent\" tabindex=\"0\" role=\"button\" aria-label=\"{}\"><title>{}</title></rect>",
                a - 3.0,
                f.top - 2.0,
                b - a + 6.0,
                xml(about),
                xml(about)
            );
        }
        out.push_str("</g></svg>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Day {
        Day::parse_iso(s).expect("valid")
    }

    #[test]
    fn long_gaps_become_breaks_and_time_is_proportional_within_segments() {
        let days = [
            day("2025-07-04"),
            day("2025-07-10"),
            day("2026-01-03"),
            day("2026-01-05"),
            day("2026-01-11"),
        ];
        let a = Axis::new(&days, 0.0, 600.0);
        assert_eq!(a.breaks(), 1, "July 2025 to January 2026 is one break");
        let x = |s: &str| a.x(day(s)).expect("on axis");
        assert!(x("2025-07-04") < x("2025-07-10") && x("2025-07-10") < x("2026-01-03"));
        // Proportional within a segment: 2 days vs 6 days.
        let d1 = x("2026-01-05") - x("2026-01-03");
        let d2 = x("2026-01-11") - x("2026-01-05");
        assert!((d2 / d1 - 3.0).abs() < 1e-6);
        // A line joins days that follow each other only: Jan 3 and Jan 5
        // have a day without articles between them (a gap, not a zero).
        assert!(!a.joined(day("2026-01-03"), day("2026-01-05")));
        assert!(a.joined(day("2026-01-03"), day("2026-01-04")));
        assert!(!a.joined(day("2025-07-10"), day("2026-01-03")));
        let weeks = Axis::by(&days, 0.0, 600.0, Period::Week);
        assert!(
            weeks.joined(day("2026-01-03"), day("2026-01-05")),
            "consecutive weeks"
        );
        assert!(!weeks.joined(day("2026-01-05"), day("2026-01-19")));
        assert!(
            a.x(day("2025-09-01")).is_none(),
            "a day in a break has no x"
        );
        assert!(x("2026-01-11") <= 600.0);
        assert_eq!(Axis::new(&[], 0.0, 100.0).breaks(), 0);
    }

    #[test]
    fn a_segment_s_first_day_keeps_its_label_when_the_day_before_the_break_is_close() {
        // Ten saved pages of 2013-2022: the segment of autumn 2016 starts
        // right after the break that follows Dec 29, 2014.
        let days: Vec<Day> = [
            "2013-05-29",
            "2014-10-31",
            "2014-12-19",
            "2014-12-29",
            "2016-09-20",
            "2016-12-09",
            "2019-04-04",
            "2022-07-19",
        ]
        .iter()
        .map(|s| day(s))
        .collect();
        let a = Axis::new(&days, 0.0, 1100.0);
        let labelled = a.labelled(44.0);
        let starts: Vec<bool> = days
            .iter()
            .map(|&d| a.segments.iter().any(|s| s.first == d))
            .collect();
        for (i, d) in days.iter().enumerate() {
            if starts[i] {
                assert!(labelled[i], "{d} starts a segment");
            }
        }
        labels_do_not_overlap(&a, &days, 44.0);
        // Where all fit, all are labelled.
        assert!(
            Axis::new(&days[..3], 0.0, 1100.0)
                .labelled(44.0)
                .iter()
                .all(|&l| l)
        );
    }

    #[test]
    fn the_days_either_side_of_a_break_both_keep_their_labels() {
        // Twelve saved pages of 2021-2026 (a new user's trial): the last
        // day before a break, Apr 15, stood too close to the first after
        // it, Jan 6, for two centred labels; it had none, and its point no
        // date. Its label now ends at its point.
        let days: Vec<Day> = [
            "2021-02-21",
            "2024-03-31",
            "2025-01-13",
            "2025-01-31",
            "2025-02-11",
            "2025-04-15",
            "2026-01-06",
            "2026-01-20",
            "2026-03-02",
            "2026-04-16",
            "2026-04-20",
        ]
        .iter()
        .map(|s| day(s))
        .collect();
        let a = Axis::new(&days, 45.0, 888.0);
        let labels = a.labels(44.0);
        let at = |d: &str| days.iter().position(|&x| x == day(d)).expect("day");
        assert_eq!(labels[at("2025-04-15")], Some(Anchor::End), "{labels:?}");
        assert_eq!(labels[at("2026-01-06")], Some(Anchor::Middle), "{labels:?}");
        // (Labels with room stay under their points.)
        assert_eq!(labels[at("2025-01-31")], Some(Anchor::Middle));
        labels_do_not_overlap(&a, &days, 44.0);
    }

    /// No two of the date labels of `a`, `width` pixels wide, overlap.
    fn labels_do_not_overlap(a: &Axis, days: &[Day], width: f64) {
        let mut spans: Vec<(f64, f64)> = days
            .iter()
            .zip(a.labels(width))
            .filter_map(|(&d, h)| {
                let x = a.x(d).expect("x");
                Some(match h? {
                    Anchor::Start => (x, x + width),
                    Anchor::End => (x - width, x),
                    Anchor::Middle => (x - width / 2.0, x + width / 2.0),
                })
            })
            .collect();
        spans.sort_by(|p, q| p.0.total_cmp(&q.0));
        assert!(spans.windows(2).all(|w| w[0].1 <= w[1].0), "{spans:?}");
    }

    #[test]
    fn only_gaps_large_against_the_span_are_breaks_and_a_few_at_most() {
        // Two centuries of yearly texts, with the gaps of such a corpus
        // (a year or two missing here and there): one continuous axis.
        let yearly: Vec<Day> = (1790..2026)
            .filter(|y| y % 17 != 0)
            .filter_map(|y| Day::new(y, 1 + y % 12, 1 + y % 28))
            .collect();
        for period in [Period::Day, Period::Month, Period::Year] {
            let a = Axis::by(&yearly, 0.0, 1200.0, period);
            assert_eq!(a.breaks(), 0, "{period:?}");
            // Time is proportional: a century is half the width.
            let x = |y: i64| a.x(Day::new(y, 1, 1).expect("day")).unwrap_or(f64::NAN);
            let (c19, c20) = (x(1900) - x(1800), x(2000) - x(1900));
            assert!((c19 / c20 - 1.0).abs() < 0.02, "{period:?}: {c19} {c20}");
        }
        let a = Axis::by(&yearly, 0.0, 1200.0, Period::Year);
        assert_eq!(a.days().len(), yearly.len());
        // Drawn 300 px wide, the 222 years get ticks at their labels only
        // (a tick each would merge into a bar), 1,200 px wide a tick each.
        let ticks_at = |width: u32| {
            let view = View {
                width,
                height: 200,
                theme: Theme::light(),
                selected: None,
                days: yearly.clone(),
                period: Period::Year,
                corpus: String::new(),
            };
            let none = crate::analyse::events::EventsReport {
                events: Vec::new(),
                warnings: Vec::new(),
            };
            let svg = timeline(&none, &view);
            svg.matches("<polyline").count()
        };
        assert!(ticks_at(300) < 20, "{}", ticks_at(300));
        assert!(ticks_at(1200) > yearly.len(), "{}", ticks_at(1200));
        assert!(
            a.joined(day("1790-05-01"), day("1791-02-02")),
            "consecutive years"
        );
        assert!(
            !a.joined(day("1835-01-01"), day("1837-01-01")),
            "1836 has no text"
        );
        // Ten years of daily articles with a month off each summer: no break.
        let daily: Vec<Day> = (0..3650)
            .filter_map(|n| day("2015-01-01").add_days(n))
            .filter(|d| d.month() != 8)
            .collect();
        assert_eq!(Axis::by(&daily, 0.0, 1200.0, Period::Week).breaks(), 0);
        // Five bursts of news years apart: the three longest silences are
        // breaks; the fourth too, or the two last bursts' days would stand
        // a pixel apart; each burst is a segment of its own.
        let bursts: Vec<Day> = [
            "1990-03-01",
            "1998-03-01",
            "2004-03-01",
            "2009-03-01",
            "2012-03-01",
        ]
        .iter()
        .flat_map(|s| (0..5).filter_map(|n| day(s).add_days(n)))
        .collect();
        let a = Axis::by(&bursts, 0.0, 1200.0, Period::Day);
        assert_eq!(a.breaks(), 4);
        assert!(a.x(day("2010-06-01")).is_none(), "{a:?}");
        assert!(a.x(day("1994-06-01")).is_none(), "the longest is a break");
        let xs: Vec<f64> = bursts.iter().map(|&d| a.x(d).expect("drawn")).collect();
        assert!(
            xs.windows(2).all(|w| w[1] - w[0] >= MIN_POINT_GAP),
            "{xs:?}"
        );
        // Speeches of 1862, 1941 and 2002, a wire story of 1987 and pages
        // of 2015, December 2018 and January 2019: six breaks, no two
        // points closer than MIN_POINT_GAP (before, three breaks, and the
        // last two points a pixel apart at the right edge).
        let eras: Vec<Day> = [
            "1862-12-01",
            "1941-01-06",
            "1987-03-30",
            "2002-01-29",
            "2015-04-08",
            "2018-12-21",
            "2019-01-03",
        ]
        .iter()
        .map(|s| day(s))
        .collect();
        let a = Axis::by(&eras, 0.0, 1000.0, Period::Day);
        assert!(
            a.breaks() > MAX_BREAKS && a.breaks() <= SPREAD_BREAKS,
            "{a:?}"
        );
        let xs: Vec<f64> = eras.iter().map(|&d| a.x(d).expect("drawn")).collect();
        assert!(
            xs.windows(2).all(|w| w[1] - w[0] >= MIN_POINT_GAP),
            "{xs:?}"
        );
        // Two weeks of daily news stay one stretch: no break between days.
        let fortnight: Vec<Day> = (0..14)
            .filter_map(|n| day("2026-01-01").add_days(n))
            .collect();
        assert_eq!(Axis::by(&fortnight, 0.0, 1000.0, Period::Day).breaks(), 0);
        // Nine pages of six years, four of them in one spring: the short
        // stretches after the breaks keep room for their points, and no two
        // points stand closer than 20 px in 1,000.
        let scattered: Vec<Day> = [
            "2015-04-08",
            "2015-04-30",
            "2015-05-04",
            "2015-07-24",
            "2017-01-13",
            "2018-12-21",
            "2019-01-03",
            "2021-11-01",
        ]
        .iter()
        .map(|s| day(s))
        .collect();
        let a = Axis::by(&scattered, 0.0, 1000.0, Period::Day);
        assert_eq!(a.breaks(), MAX_BREAKS);
        let xs: Vec<f64> = scattered
            .iter()
            .map(|&d| a.x(d).expect("on the axis"))
            .collect();
        for w in xs.windows(2) {
            assert!(w[1] - w[0] >= 20.0, "{xs:?}");
        }
        assert!(xs[4] < 800.0 && xs[5] < 900.0, "{xs:?}");
        // Two old pages beside a summer and a January of news: after the
        // decade's break, the half year between summer and January is long
        // against what is left, so it breaks too, and the January days
        // spread out instead of piling up at the right edge.
        let nested: Vec<Day> = [
            "2015-05-04",
            "2015-07-24",
            "2025-07-10",
            "2025-07-14",
            "2026-01-03",
            "2026-01-05",
            "2026-01-07",
            "2026-01-08",
            "2026-01-10",
            "2026-01-12",
        ]
        .iter()
        .map(|s| day(s))
        .collect();
        let a = Axis::by(&nested, 0.0, 1000.0, Period::Day);
        assert!(
            a.x(day("2025-10-01")).is_none(),
            "summer to January is a break"
        );
        let xs: Vec<f64> = nested[4..]
            .iter()
            .map(|&d| a.x(d).expect("on the axis"))
            .collect();
        for w in xs.windows(2) {
            assert!(w[1] - w[0] >= 15.0, "{xs:?}");
        }
    }

    #[test]
    fn every_tone_bar_has_one_width_across_the_axis_breaks() {
        // Half a year of 2015, a day of 2017, two days of 2021: three
        // segments that give a day very different widths.
        let texts: Vec<(String, String)> = [
            "2015-04-08",
            "2015-05-10",
            "2015-06-20",
            "2015-08-01",
            "2015-09-20",
            "2017-01-13",
            "2021-11-01",
            "2021-11-02",
        ]
        .iter()
        .map(|d| {
            (
                format!("{d}-note.txt"),
                "Note\nThe good news pleased everyone, but the crisis worried the mayor.\n"
                    .to_string(),
            )
        })
        .collect();
        let c = corpus_of(&texts);
        let all = analysed(&c, "");
        let report = all.sentiment.expect("sentiment");
        let view = tone_view(&report, 900, 260);
        let svg = sentiment(&report, Lens::Tone, &view);
        let c = Theme::light().up;
        let up = format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2);
        let widths: Vec<String> = svg
            .match_indices("<rect")
            .map(|(i, _)| &svg[i..i + svg[i..].find("/>").expect("closed")])
            .filter(|r| r.contains(&format!("fill=\"{up}\"")))
            .map(|r| {
                let at = r.find("width=\"").expect("a width") + 7;
                r[at..at + r[at..].find('"').expect("closed")].to_string()
            })
            .collect();
        assert_eq!(widths.len(), 8, "{svg}");
        assert!(widths.iter().all(|w| *w == widths[0]), "{widths:?}");
    }

    /// A light view of `report`'s days, one point a day.
    fn tone_view(report: &SentimentReport, width: u32, height: u32) -> View {
        View {
            width,
            height,
            theme: Theme::light(),
            selected: None,
            days: report.days.iter().filter_map(|t| t.date).collect(),
            period: Period::Day,
            corpus: String::new(),
        }
    }

    /// The tone of three days: a tone word each on the first and last,
    /// none on the middle one (its words are neither positive nor negative).
    fn three_days_of_tone() -> SentimentReport {
        let c = crate::Corpus::from_texts(&[
            (
                "2026-03-02-a.txt",
                "A\nThe mayor was happy with the good plan.\n",
            ),
            (
                "2026-03-03-b.txt",
                "B\nThe council met in the town hall on the river.\n",
            ),
            (
                "2026-03-04-c.txt",
                "C\nThe mayor was sad about the bad storm.\n",
            ),
        ]);
        let all = analysed(&c, "");
        all.sentiment.expect("sentiment")
    }

    #[test]
    fn the_tone_scale_names_its_halves_as_long_as_they_fit() {
        let report = three_days_of_tone();
        let drawn =
            |height: u32, lens: Lens| sentiment(&report, lens, &tone_view(&report, 600, height));
        // Tall: the whole names; short (presentation mode, a phone): the
        // short ones, which do not run into each other; very short: signs.
        let says = |svg: &str, t: &str| svg.contains(&format!(">\n{t}\n<"));
        let tall = drawn(300, Lens::Tone);
        assert!(
            says(&tall, "positive words") && says(&tall, "negative words"),
            "{tall}"
        );
        let short = drawn(200, Lens::Tone);
        assert!(
            says(&short, "positive") && says(&short, "negative"),
            "{short}"
        );
        assert!(!short.contains("positive words"), "{short}");
        let tiny = drawn(90, Lens::Diplomacy);
        assert!(says(&tiny, "+") && !says(&tiny, "conflict"), "{tiny}");
        // (The signs stand upright: a minus turned on its side is a bar.)
        let signs: Vec<&str> = tiny
            .split("<text")
            .filter(|t| t.contains(">\n\u{2212}\n<") || t.contains(">\n+\n<"))
            .collect();
        assert!(
            signs.len() == 2 && signs.iter().all(|t| !t.contains("rotate")),
            "{tiny}"
        );
    }

    #[test]
    fn a_tone_chart_with_no_word_tallied_says_why_and_counts_no_words() {
        // Texts in Czech and Russian: the tone lists have none of their
        // words. The chart drew an empty frame with a "1" above and below
        // zero; it now says why it is empty, and its scale is its zero.
        let c = crate::Corpus::from_texts(&[
            (
                "2025-11-06-a.txt",
                "Nová vláda\nPoslanci v úterý jednali o rozpočtu na příští rok.\n",
            ),
            (
                "2025-11-07-b.txt",
                "Решение суда\nВо вторник стало известно решение суда по делу.\n",
            ),
        ]);
        let report = analysed(&c, "").sentiment.expect("sentiment");
        assert!(report.days.iter().all(|t| t.positive + t.negative == 0));
        let view = tone_view(&report, 600, 260);
        let svg = sentiment(&report, Lens::Tone, &view);
        assert!(
            svg.contains("No word of these texts is in the tone lists"),
            "{svg}"
        );
        // (The scales' labels: text that is a bare number, not a year;
        // the left scale's zero and the net line's.)
        let numbers: Vec<&str> = svg
            .split(">\n")
            .filter_map(|t| t.split('\n').next())
            .filter(|t| (1..4).contains(&t.len()) && t.chars().all(|c| c.is_ascii_digit()))
            .collect();
        assert_eq!(numbers, ["0", "0"], "{svg}");
        // A chart with words keeps its counts either side of zero.
        let svg = sentiment(&three_days_of_tone(), Lens::Tone, &view);
        assert!(!svg.contains("No word of these texts"), "{svg}");
    }

    #[test]
    fn a_day_with_no_word_scored_has_no_net_dot_and_breaks_the_line() {
        let report = three_days_of_tone();
        let middle = &report.days[1];
        assert_eq!((middle.positive, middle.negative), (0, 0), "{middle:?}");
        let view = tone_view(&report, 600, 220);
        let svg = sentiment(&report, Lens::Tone, &view);
        // Two dots (3 px circles), two lines of one point each, no line
        // across the middle day; its label says it has no score.
        assert_eq!(svg.matches("<circle").count(), 2, "{svg}");
        assert!(svg.contains("net none (no word scored)"), "{svg}");
        assert!(
            svg.contains("2026-03-02: positive ") && svg.contains("net +1.00"),
            "{svg}"
        );
    }

    #[test]
    fn charts_are_svg_with_hit_areas_and_escaped_text() {
        let c = crate::Corpus::from_texts(&[
            (
                "2026-01-03-a.txt",
                "A <b>&\nPetro met Trump in the city and talks went well for both.\n",
            ),
            (
                "2026-02-20-b.txt",
                "B title\nTrump threatened sanctions against Petro again today.\n",
            ),
        ]);
        let all = analysed(&c, crate::seeds::ENTITIES);
        let counts = all.counts.expect("counts");
        let view = View {
            width: 600,
            height: 220,
            theme: Theme::light(),
            selected: Some((day("2026-01-03"), day("2026-01-03"))),
            days: counts.days.iter().filter_map(|b| b.date).collect(),
            period: Period::Day,
            corpus: String::new(),
        };
        let picks = [
            SeriesPick {
                label: "Gustavo Petro".into(),
                index: 0,
            },
            SeriesPick {
                label: "Donald Trump <x>".into(),
                index: 1,
            },
        ];
        let svg = mentions(&counts, &picks, MentionMode::Raw, &view);
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert_eq!(svg.matches("class=\"day-hit\"").count(), 2);
        assert!(svg.contains("data-date=\"2026-01-03\""));
        assert!(svg.contains("Donald Trump &lt;x&gt;"), "labels are escaped");
        assert!(!svg.contains("<x>"));
        // A name with bidi controls is isolated in a point's label.
        assert_eq!(isolated("Petro"), "Petro");
        assert_eq!(isolated("\u{202E}evil"), "\u{2068}\u{202E}evil\u{2069}");
        assert_eq!(isolated("غوستافو"), "\u{2068}غوستافو\u{2069}");
        // Characters XML does not allow are left out, so the file parses.
        assert_eq!(xml("x\u{FFFF}y\u{FFFE}\u{7}\u{1b}[2Jz\n"), "xy[2Jz\n");
        assert!(svg.contains("role=\"group\""));
        // What SVG has by default is not written; the texts inherit the
        // root's font.
        for default in [" opacity=\"1\"", " stroke=\"none\"", " stroke-width=\"1\""] {
            assert!(!svg.contains(default), "{default}");
        }
        assert_eq!(svg.matches("font-family=").count(), 1);
        assert!(svg.starts_with("<svg width=\"600\" height=\"220\" viewBox=\"0 0 600 220\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"system-ui, sans-serif\""));
        // Counts in the labels read out as words: one article, two days.
        assert!(
            svg.contains("aria-label=\"2026-01-03: 1 article; Gustavo Petro 1,")
                && svg.contains("mentions on 2 days with articles"),
            "{svg}"
        );
        let s = sentiment(all.sentiment.as_ref().expect("s"), Lens::Diplomacy, &view);
        assert!(
            s.contains("Cooperation vs conflict")
                && s.contains("conflict 2")
                && s.contains("score (right scale, \u{2212}10 to +10); 2 days</desc>")
                && s.contains(">\n+10\n</text>")
                && s.contains(">\n\u{2212}5\n</text>"),
            "{s}"
        );
        // The left scales say what they count.
        assert!(
            svg.contains(">\nmentions\n</text>") && svg.contains("rotate(270"),
            "{svg}"
        );
        assert!(s.contains(">\ncooperation\n</text>") && s.contains(">\nconflict\n</text>"));
        // Petro and Trump tie on 2026-02-20 (one mention each): the circle
        // and the square stand side by side, not one on the other.
        let num = |t: &str, attr: &str| -> Vec<i32> {
            t.split(&format!("{attr}=\""))
                .skip(1)
                .filter_map(|r| r.split('"').next()?.parse().ok())
                .collect()
        };
        let real = [
            SeriesPick {
                label: "Gustavo Petro".into(),
                index: 0,
            },
            SeriesPick {
                label: "Donald Trump".into(),
                index: 1,
            },
        ];
        let tied = mentions(&counts, &real, MentionMode::Raw, &view);
        let circles: Vec<(i32, i32)> = tied
            .split("<circle")
            .skip(1)
            .filter_map(|c| Some((*num(c, "cx").first()?, *num(c, "cy").first()?)))
            .collect();
        let squares: Vec<(i32, i32)> = tied
            .split("<rect")
            .skip(1)
            .filter(|r| r.contains("width=\"8\""))
            .filter_map(|r| Some((num(r, "x").first()? + 4, num(r, "y").first()? + 4)))
            .collect();
        assert_eq!((circles.len(), squares.len()), (2, 2), "{tied}");
        assert!(
            circles.iter().all(|c| !squares.contains(c)),
            "{circles:?} {squares:?}"
        );
        assert!(circles.iter().any(|c| squares.iter().any(|q| q.1 == c.1)));
        // 2026-01-03 and 2026-02-20 hold articles and the days between do
        // not: no solid line joins them; across the axis's break, no dashed
        // one either; on an axis of every day between, a dashed one per
        // series.
        assert_eq!(tied.matches("stroke-dasharray").count(), 0, "{tied}");
        let every_day = View {
            days: (0..=48)
                .filter_map(|n| day("2026-01-03").add_days(n))
                .collect(),
            ..view.clone()
        };
        let dashed = mentions(&counts, &real, MentionMode::Raw, &every_day);
        assert_eq!(
            dashed.matches("stroke-dasharray=\"3 4\"").count(),
            2,
            "{dashed}"
        );
        let t = timeline(all.events.as_ref().expect("e"), &view);
        assert!(t.contains("events"));
        // Same input, same SVG.
        assert_eq!(svg, mentions(&counts, &picks, MentionMode::Raw, &view));
    }

    #[test]
    fn the_first_series_are_the_most_mentioned_and_ties_keep_their_order() {
        let c = crate::Corpus::from_texts(&[
            (
                "2026-03-01-a.txt",
                "Notes\nkiwi fig fig plum plum pear pear.\n",
            ),
            ("2026-03-02-b.txt", "More\nfig plum kiwi kiwi kiwi.\n"),
        ]);
        let queries: Vec<crate::analyse::query::Query> = ["pear", "plum", "fig", "kiwi", "lime"]
            .iter()
            .map(|q| crate::analyse::query::parse(q).expect("query"))
            .collect();
        let (set, _) = crate::analyse::mentions::SeriesSet::new(&queries, &[]);
        let all =
            crate::analyse::analysis::run(&c, &set, &[], crate::analyse::analysis::Want::all());
        let counts = all.counts.expect("counts");
        let labels = |n| -> Vec<String> {
            top_series(&counts, n)
                .into_iter()
                .map(|p| format!("{}@{}", p.label, p.index))
                .collect()
        };
        // kiwi 4, plum 3 and fig 3 (in the order asked), pear 2, lime 0.
        assert_eq!(labels(3), ["kiwi@0", "plum@1", "fig@2"]);
        assert_eq!(labels(9), ["kiwi@0", "plum@1", "fig@2", "pear@3", "lime@4"]);
        assert!(labels(0).is_empty());
    }

    #[test]
    fn each_place_has_its_own_look_and_a_series_keeps_its_place() {
        let looks: Vec<(usize, usize)> = (0..32).map(series_style).collect();
        for (i, a) in looks.iter().enumerate() {
            assert!(
                !looks[..i].contains(a),
                "place {i} looks like an earlier one"
            );
        }
        assert!(
            (0..8).all(|n| series_style(n).0 == n),
            "eight colours first"
        );
        let counts = CountsReport {
            terms: vec!["a".into(), "b".into(), "c".into()],
            days: Vec::new(),
            undated: crate::analyse::mentions::Bucket {
                date: None,
                articles: 0,
                words: 0,
                counts: Default::default(),
                per_10k: Default::default(),
                article_share: Default::default(),
            },
            articles: Vec::new(),
            warnings: Vec::new(),
        };
        // "b" was removed from place 1: "c" stays in place 2.
        let labels: Vec<String> = ["a", "", "c", "zz"].iter().map(|s| s.to_string()).collect();
        let p: Vec<(String, usize)> = picks(&counts, &labels)
            .into_iter()
            .map(|p| (p.label, p.index))
            .collect();
        assert_eq!(p, [("a".to_string(), 0), ("c".to_string(), 2)]);
    }

    /// The events of `c`, with the bundled list of names.
    fn events_of(c: &crate::Corpus) -> crate::analyse::events::EventsReport {
        let (e, _) = crate::analyse::entities::parse("e", crate::seeds::ENTITIES);
        crate::analyse::analysis::find_events(c, &e)
    }

    /// A corpus of (file name, text) pairs made in a test.
    fn corpus_of(texts: &[(String, String)]) -> crate::Corpus {
        let refs: Vec<(&str, &str)> = texts
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        crate::Corpus::from_texts(&refs)
    }

    /// Every analysis of `c`, with the entities of the list `entities`
    /// (TOML) as its series.
    fn analysed(c: &crate::Corpus, entities: &str) -> crate::analyse::analysis::Analysis {
        let (e, _) = crate::analyse::entities::parse("e", entities);
        let (set, _) = crate::analyse::mentions::SeriesSet::new(&[], &e);
        crate::analyse::analysis::run(c, &set, &e, crate::analyse::analysis::Want::all())
    }

    /// A month or a year of events wholly after the axis's last day (a
    /// new user's harbour texts: "would still start in April", "next
    /// year") is counted at its end too, not left unsaid.
    #[test]
    fn the_timeline_counts_the_months_and_years_off_its_axis() {
        let c = crate::Corpus::from_texts(&[
            (
                "2026-03-02-a.txt",
                "Ferries\nThe harbour council voted on Monday to add two evening ferries to the island. Its director warned that the fares may rise next year.",
            ),
            (
                "2026-03-09-b.txt",
                "Storm\nThe director said the new evening ferries would still start in April after the storm.",
            ),
        ]);
        let events = events_of(&c);
        let dates: Vec<&str> = events.events.iter().map(|e| e.date.as_str()).collect();
        assert_eq!(dates, ["2026-03-02", "2026-04", "2027"]);
        let view = View::of_corpus(&c, 900, 100, Theme::light(), None);
        let t = timeline(&events, &view);
        assert!(t.contains("2 later →"), "{t}");
        assert!(!t.contains("earlier"), "{t}");
        // The note is a button that lists them, from the first (the
        // month's event, the second of the report).
        assert!(
            t.contains("<rect class=\"note-hit\" data-event=\"1\" data-last=\"2\"")
                && t.contains("aria-label=\"2 later: list the events after 2026-03-09\""),
            "{t}"
        );
        assert_eq!(t.matches("class=\"note-hit\"").count(), 1, "{t}");
        assert!(
            t.contains("1 day with dated events on the calendar axis; 2 more weeks, months or years with events off the axis (listed below): 0 before it, 2 after it"),
            "{t}"
        );
    }

    /// The notes over the strip never run into each other: a break's
    /// count near an end moves aside, at any width (a phone's strip read
    /// "2 la+1er →").
    #[test]
    fn the_timeline_s_notes_do_not_overlap() {
        let c = crate::Corpus::from_texts(&[
            (
                "2026-01-05-a.txt",
                "Talks open\nThe ministers first met on January 2, 2026 in the capital for talks. \
                 Their deputies met on December 1, 2025 in the capital. \
                 The envoys met on November 3, 2025 in the port city. \
                 The first letters went out on October 6, 2025 from the capital. \
                 The idea came up on September 8, 2025 in the port city. \
                 A study was ordered on August 4, 2025 in the capital. \
                 The mayor wrote on July 7, 2025 to the ministers. \
                 The council asked on June 2, 2025 for talks. \
                 The port closed on May 5, 2025 for a week. \
                 The strike began on April 7, 2025 in the port city. \
                 The ships stopped on March 3, 2025 in the port city.",
            ),
            (
                "2026-05-30-c.txt",
                "Talks end\nThe ministers signed the deal on March 15, 2026 in the capital after talks. They will meet again on July 1, 2026 and on August 3, 2026 in the port city.",
            ),
            (
                "2026-06-01-d.txt",
                "Port\nThe port city got ready for the ministers, the mayor said on Monday.",
            ),
            // (Articles a season apart: the strip breaks after each, and
            // the break nearest the start sits inside the earlier note.)
            (
                "2026-09-14-e.txt",
                "Port news\nThe ministers met in the port city, the mayor said on Monday.",
            ),
            (
                "2027-01-11-f.txt",
                "Port news\nThe ministers met in the port city, the mayor said on Monday.",
            ),
            (
                "2027-05-17-g.txt",
                "Port news\nThe ministers met in the port city, the mayor said on Monday.",
            ),
            (
                "2027-09-13-h.txt",
                "Port news\nThe ministers met in the port city, the mayor said on Monday.",
            ),
        ]);
        // (Eight articles ten weeks apart, each with events five weeks
        // before it, and eight before the first: three counts side by side
        // near the start, a review's case, where one sat on another.)
        let mut later: Vec<(String, String)> = Vec::new();
        let mut earlier = String::from("Port news\n");
        for m in 3..=10 {
            earlier.push_str(&format!(
                " A study was ordered on {} 4, 2025 in the capital.",
                MONTHS[m - 1]
            ));
        }
        later.push(("2026-01-05-a.txt".into(), earlier));
        for (k, (day, met)) in [
            ("2026-03-16", "February 9, 2026"),
            ("2026-05-25", "April 20, 2026"),
            ("2026-08-03", "June 29, 2026"),
            ("2026-10-12", "September 7, 2026"),
            ("2026-12-21", "November 16, 2026"),
            ("2027-03-01", "January 25, 2027"),
            ("2027-05-10", "April 5, 2027"),
        ]
        .into_iter()
        .enumerate()
        {
            later.push((
                format!("{day}-{k}.txt"),
                format!("Port news\nThe ministers met on {met} in the port city. The envoys met a day later."),
            ));
        }
        let later: Vec<(&str, &str)> = later
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str()))
            .collect();
        let second = crate::Corpus::from_texts(&later);
        for (c, must_move) in [(&c, true), (&second, false)] {
            let events = events_of(c);
            let mut moved = 0;
            for width in (220..=900).step_by(20) {
                let view = View::of_corpus(c, width, 100, Theme::light(), None);
                let t = timeline(&events, &view);
                // (x, y, anchor, text) of each note.
                let notes: Vec<(f64, f64, &str, &str)> = t
                    .split("<text ")
                    .skip(1)
                    .filter_map(|e| {
                        let attr = |name: &str| {
                            let at = e.find(&format!("{name}=\""))? + name.len() + 2;
                            e[at..].split('"').next()
                        };
                        let text = e.split('>').nth(1)?.split('<').next()?.trim();
                        let note = text.contains("earlier")
                            || text.contains("later")
                            || text.starts_with('+');
                        note.then(|| {
                            Some((
                                attr("x")?.parse().ok()?,
                                attr("y")?.parse().ok()?,
                                attr("text-anchor").unwrap_or("start"),
                                text,
                            ))
                        })?
                    })
                    .collect();
                assert!(notes.len() >= 2, "{width}: {t}");
                let span = |&(x, _, anchor, text): &(f64, f64, &str, &str)| {
                    let w = note_width(text);
                    match anchor {
                        "end" => (x - w, x),
                        "middle" => (x - w / 2.0, x + w / 2.0),
                        _ => (x, x + w),
                    }
                };
                for (i, a) in notes.iter().enumerate() {
                    for b in &notes[i + 1..] {
                        let ((a0, a1), (b0, b1)) = (span(a), span(b));
                        assert!(
                            a.1 != b.1 || a1 <= b0 || b1 <= a0,
                            "{width}: {a:?} and {b:?}"
                        );
                    }
                }
                // (The break's count moved aside, still between the ends, and
                // inside the ends' notes: never "+2 ← 23 earlier".)
                for plus in notes.iter().filter(|n| n.3.starts_with('+')) {
                    let (a, b) = span(plus);
                    assert!(a >= 0.0 && b <= f64::from(width), "{width}: {plus:?}");
                    for end in notes.iter().filter(|n| !n.3.starts_with('+')) {
                        let (l, r) = span(end);
                        if end.3.contains("earlier") {
                            assert!(a >= r + 8.0, "{width}: {plus:?} beside {end:?}");
                        } else {
                            assert!(b <= l - 8.0, "{width}: {plus:?} beside {end:?}");
                        }
                    }
                    moved += usize::from(
                        notes
                            .iter()
                            .any(|n| n.3.contains("earlier") && span(n).1 + NOTE_GAP > a - 0.6),
                    );
                }
            }
            assert!(
                !must_move || moved > 0,
                "some width moves the break's count aside"
            );
        }
    }

    /// Events on days without articles are not dropped from the strip
    /// silently: counted at its ends and over the breaks, and described.
    #[test]
    fn the_timeline_counts_the_event_days_off_its_axis() {
        let c = crate::Corpus::from_texts(&[
            (
                "2026-01-05-a.txt",
                "Talks open\nThe ministers first met on January 2, 2026 in the capital for talks.",
            ),
            (
                "2026-01-08-b.txt",
                "Talks go on\nThe ministers met again on January 7, 2026 in the capital for talks.",
            ),
            (
                "2026-06-01-c.txt",
                "Talks end\nThe ministers signed the deal on March 15, 2026 in the capital after talks. They will meet again on July 1, 2026 in the port city.",
            ),
        ]);
        let events = events_of(&c);
        let dates: Vec<&str> = events.events.iter().map(|e| e.date.as_str()).collect();
        assert_eq!(
            dates,
            ["2026-01-02", "2026-01-07", "2026-03-15", "2026-07-01"]
        );
        let view = View::of_corpus(&c, 900, 100, Theme::light(), None);
        let t = timeline(&events, &view);
        assert!(t.contains("← 1 earlier"), "{t}");
        assert!(t.contains("1 later →"), "{t}");
        assert!(
            t.lines().any(|l| l.trim() == "+1"),
            "the break between January and June: {t}"
        );
        // Each note lists its events from the first: January 2 (before the
        // axis), March 15 (in the break), July 1 (after it).
        let firsts: Vec<&str> = t
            .split("class=\"note-hit\" data-event=\"")
            .skip(1)
            .map(|r| r.split(" x=").next().unwrap_or_default())
            .collect();
        assert_eq!(
            firsts,
            [
                "0\" data-last=\"0\"",
                "3\" data-last=\"3\"",
                "2\" data-last=\"2\""
            ],
            "{t}"
        );
        // The mark of January 7, a day with events and no article, is a
        // point to hover and select like the days with articles.
        assert!(
            t.contains("class=\"day-hit\" data-date=\"2026-01-07\""),
            "{t}"
        );
        assert_eq!(t.matches("class=\"day-hit\"").count(), 4, "{t}");
        assert!(
            t.contains("+1, 1 day with events: list the events between 2026-01-08 and 2026-06-01, where the axis is broken"),
            "{t}"
        );
        assert!(
            t.contains("1 day with dated events on the calendar axis; 3 more days with events (listed below): 1 before the first day with articles, 1 after the last, 1 in the axis breaks"),
            "{t}"
        );
        // All on the axis: nothing more is said.
        let days = View {
            days: events
                .events
                .iter()
                .filter_map(|e| Day::parse_iso(&e.date))
                .collect(),
            ..view
        };
        let t = timeline(&events, &days);
        assert!(
            !t.contains("earlier") && !t.contains("later") && !t.contains("more days"),
            "{t}"
        );
    }

    #[test]
    fn long_corpora_are_drawn_per_week_or_month() {
        // An article every third day for two years: 244 days.
        let start = day("2024-01-01");
        let texts: Vec<(String, String)> = (0..244)
            .map(|i| {
                let d = start.add_days(i * 3).expect("in range");
                let body = if i % 2 == 0 {
                    "Petro spoke with Trump, a good call"
                } else {
                    "Trump threatened sanctions again, a bad sign"
                };
                (
                    format!("{d}-n.txt"),
                    format!("Note {i}\n{body} for both sides today.\n"),
                )
            })
            .collect();
        let c = corpus_of(&texts);
        let all = analysed(&c, crate::seeds::ENTITIES);
        let counts = all.counts.expect("counts");
        let base = View::of_corpus(&c, 600, 220, Theme::light(), None);
        assert_eq!(base.days.len(), 244);
        let picks = picks(&counts, &["Donald Trump".to_string()]);
        // 600 px hold 100 points: 105 weeks do not fit, 24 months do.
        let auto = base.clone().by(None);
        assert_eq!(auto.period, Period::Month);
        let svg = mentions(&counts, &picks, MentionMode::Raw, &auto);
        assert_eq!(svg.matches("class=\"day-hit\"").count(), 24);
        assert!(svg.contains("data-date=\"2024-01\"") && svg.contains("Mentions per month"));
        assert!(
            svg.contains("2024-01: 11 articles; Donald Trump 11"),
            "{}",
            &svg[..200]
        );
        assert!(
            !svg.contains("axis breaks: 1"),
            "months in a row are one stretch"
        );
        let weekly = base.clone().by(Some(Period::Week));
        let svg = sentiment(all.sentiment.as_ref().expect("s"), Lens::Tone, &weekly);
        assert_eq!(svg.matches("class=\"day-hit\"").count(), 105);
        assert!(svg.contains("data-date=\"2024-W01\"") && svg.contains("per week"));
        let t = timeline(all.events.as_ref().expect("e"), &auto);
        assert!(t.contains("months with dated events"), "{t}");
        // 4000 px hold 666 points: the 244 days fit.
        let wide = View::of_corpus(&c, 4000, 220, Theme::light(), None).by(None);
        assert_eq!(wide.period, Period::Day);
    }

    /// On a phone's width (300 px), days close together on a long span share the
    /// space between them: no day's area covers another's (2025-05-25
    /// and 2025-05-29 of a two-year corpus were one target, the later).
    #[test]
    fn close_days_do_not_cover_each_other_s_areas() {
        let days = [
            "2023-08-30",
            "2024-04-30",
            "2024-07-18",
            "2024-10-15",
            "2024-11-22",
            "2024-12-02",
            "2025-01-13",
            "2025-02-11",
            "2025-03-12",
            "2025-04-15",
            "2025-05-25",
            "2025-05-29",
            "2026-01-06",
            "2026-07-10",
        ];
        let texts: Vec<(String, String)> = days
            .iter()
            .map(|d| {
                (
                    format!("{d}-a.txt"),
                    "Talks\nDonald Trump spoke about Colombia today.\n".to_string(),
                )
            })
            .collect();
        let c = corpus_of(&texts);
        let all = analysed(&c, crate::seeds::ENTITIES);
        let counts = all.counts.expect("counts");
        let view = View::of_corpus(&c, 300, 220, Theme::light(), None).by(Some(Period::Day));
        let svg = mentions(
            &counts,
            &picks(&counts, &["Donald Trump".to_string()]),
            MentionMode::Raw,
            &view,
        );
        let num = |r: &str, attr: &str| -> f64 {
            let at = r.find(&format!(" {attr}=\"")).expect(attr) + attr.len() + 3;
            r[at..r[at..].find('"').expect("end") + at]
                .parse()
                .expect("number")
        };
        let rects: Vec<(f64, f64)> = svg
            .split("<rect class=\"day-hit\"")
            .skip(1)
            .map(|r| (num(r, "x"), num(r, "width")))
            .collect();
        assert_eq!(rects.len(), days.len());
        // Each year of the span is named under the axis.
        let texts: Vec<&str> = svg
            .split("<text")
            .skip(1)
            .filter_map(|t| Some(t[t.find('>')? + 1..t.find("</text>")?].trim()))
            .collect();
        for year in ["2023", "2024", "2025", "2026"] {
            assert!(texts.contains(&year), "{year}: {texts:?}");
        }
        for w in rects.windows(2) {
            assert!(w[0].0 + w[0].1 <= w[1].0 + 0.11, "{rects:?}");
            assert!(w[0].1 > 0.0, "{rects:?}");
        }
    }

    #[test]
    fn ticks_are_round() {
        assert_eq!(ticks(52.0, 4, true), [0.0, 20.0, 40.0, 60.0]);
        assert_eq!(ticks(0.0, 4, false), [0.0, 0.25, 0.5, 0.75, 1.0]);
        assert_eq!(ticks(7.0, 2, true), [0.0, 5.0, 10.0]);
        // Counts: whole steps; nothing to count, 0 and 1.
        assert_eq!(ticks(0.0, 4, true), [0.0, 1.0]);
        assert_eq!(ticks(3.0, 4, true), [0.0, 1.0, 2.0, 3.0]);
        let labels: Vec<String> = ticks(0.0, 4, false).into_iter().map(fmt_num).collect();
        assert_eq!(labels, ["0", "0.25", "0.5", "0.75", "1"]);
    }
}
