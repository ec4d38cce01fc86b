//! Charts as files that say what they show: the page's SVG and PNG
//! downloads and `dateline chart --out`.
//!
//! On the page a chart stands under its heading, beside its legend and
//! the corpus line; a downloaded file stands alone. So the file carries
//! them: a title above the chart (what is counted, per what period, in
//! which unit), a legend below it (each series' colour and marker, or the
//! bars and the line of the tone chart) and a caption (how many articles,
//! their first and last day, the undated ones left out, the selection,
//! and that dateline made it). The chart itself is the one the page draws,
//! placed inside, its hit areas and accessible title kept.

use crate::analyse::mentions::CountsReport;
use crate::analyse::sentiment::SentimentReport;
use crate::read::dates::Day;
use crate::show::chart::{self, Lens, MentionMode, SeriesPick, View, hex};
use plotters::style::RGBColor;
use std::fmt::Write as _;

/// One entry of a file's legend.
#[derive(Clone, Debug, PartialEq)]
pub enum Key {
    /// A series of the mentions chart: its colour and marker follow its
    /// place.
    Series(SeriesPick),
    /// Bars of a colour.
    Bar(RGBColor, String),
    /// A line of a colour with dots.
    Line(RGBColor, String),
}

/// Height of the band above the chart, for the title.
const TITLE_BAND: f64 = 40.0;
/// Height of a legend row.
const LEGEND_ROW: f64 = 24.0;
/// Height of the caption's band.
const CAPTION_BAND: f64 = 26.0;

/// The mentions chart of `dateline chart mentions` and the page, as a
/// file (XML prolog included).
pub fn mentions(
    counts: &CountsReport,
    series: &[SeriesPick],
    mode: MentionMode,
    view: &View,
) -> String {
    let svg = chart::mentions(counts, series, mode, view);
    let unit = match mode {
        MentionMode::Raw => "count",
        MentionMode::Per10k => "per 10,000 words",
        MentionMode::Share => "share of articles, %",
    };
    let title = format!("Mentions per {} ({unit})", view.period.name());
    let keys: Vec<Key> = series.iter().cloned().map(Key::Series).collect();
    let dated: usize = counts.days.iter().map(|b| b.articles).sum();
    let caption = caption(view, dated, counts.undated.articles);
    chart::standalone(&framed(&svg, &title, &keys, &caption, view))
}

/// The tone chart of `dateline chart sentiment` and the page, as a file.
pub fn sentiment(report: &SentimentReport, lens: Lens, view: &View) -> String {
    let svg = chart::sentiment(report, lens, view);
    let period = view.period.name();
    let (title, keys) = match lens {
        Lens::Tone => (
            format!("Tone per {period}: positive and negative words"),
            vec![
                Key::Bar(view.theme.up, "positive words".into()),
                Key::Bar(view.theme.down, "negative words".into()),
                Key::Line(view.theme.fg, "net tone, −1 to +1 (right scale)".into()),
            ],
        ),
        Lens::Diplomacy => (
            format!("Cooperation and conflict per {period}"),
            vec![
                Key::Bar(view.theme.up, "cooperation words".into()),
                Key::Bar(view.theme.down, "conflict words".into()),
                Key::Line(
                    view.theme.fg,
                    "Goldstein score, −10 to +10 (right scale)".into(),
                ),
            ],
        ),
    };
    let dated: usize = report.days.iter().map(|t| t.articles).sum();
    let caption = caption(view, dated, report.undated.articles);
    chart::standalone(&framed(&svg, &title, &keys, &caption, view))
}

/// "“Town election”: 9 articles, 2025-12-20 to 2026-01-12 (2 undated, not
/// shown) · selected: 2026-01-07 · made with dateline" (the corpus's name
/// first, where the view has one).
fn caption(view: &View, dated: usize, undated: usize) -> String {
    let mut out = if view.corpus.is_empty() {
        String::new()
    } else {
        format!("“{}”: ", view.corpus)
    };
    match (view.days.first(), view.days.last()) {
        (Some(a), Some(b)) if a == b => {
            let _ = write!(out, "{}, {a}", articles(dated));
        }
        (Some(a), Some(b)) => {
            let _ = write!(out, "{}, {a} to {b}", articles(dated));
        }
        _ => out.push_str("no dated articles"),
    }
    if undated > 0 {
        let _ = write!(out, " ({undated} undated, not shown)");
    }
    if let Some((a, b)) = view.selected {
        let _ = write!(out, " · selected: {}", span(a, b));
    }
    out.push_str(" · made with dateline");
    out
}

fn articles(n: usize) -> String {
    if n == 1 {
        "1 article".into()
    } else {
        format!("{n} articles")
    }
}

fn span(a: Day, b: Day) -> String {
    if a == b {
        a.to_string()
    } else {
        format!("{a} to {b}")
    }
}

/// Characters of legend text per pixel of width, for laying the legend
/// out in rows (11 px text averages about 6.5 px a character).
const CHAR_WIDTH: f64 = 6.5;

/// `svg` (a chart `view.width` × `view.height`) inside a file with the
/// title above, the legend and the caption below.
fn framed(svg: &str, title: &str, keys: &[Key], caption: &str, view: &View) -> String {
    let width = f64::from(view.width);
    let height = f64::from(view.height);
    // The legend in rows that fit the width.
    let mut rows: Vec<Vec<(f64, &Key)>> = vec![Vec::new()];
    let mut x = 16.0;
    for key in keys {
        let w = 28.0 + key_label(key).chars().count() as f64 * CHAR_WIDTH + 18.0;
        if x + w > width - 8.0 && x > 16.0 {
            rows.push(Vec::new());
            x = 16.0;
        }
        if let Some(row) = rows.last_mut() {
            row.push((x, key));
        }
        x += w;
    }
    let legend_rows = if keys.is_empty() { 0 } else { rows.len() };
    let legend_top = TITLE_BAND + height + 4.0;
    let caption_y = legend_top + legend_rows as f64 * LEGEND_ROW + CAPTION_BAND / 2.0 + 4.0;
    let total = legend_top + legend_rows as f64 * LEGEND_ROW + CAPTION_BAND;
    let theme = &view.theme;
    let mut out = String::with_capacity(svg.len() + 2048);
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{total}\" viewBox=\"0 0 {width} {total}\" font-family=\"{}\"><rect width=\"{width}\" height=\"{total}\" fill=\"{}\"/><text x=\"16\" y=\"26\" font-size=\"17\" font-weight=\"bold\" fill=\"{}\">{}</text>",
        chart::FONT_FAMILY,
        hex(theme.bg),
        hex(theme.fg),
        chart::xml(title)
    );
    // The chart, moved down under the title.
    match svg.strip_prefix("<svg") {
        Some(rest) => {
            let _ = write!(out, "<svg x=\"0\" y=\"{TITLE_BAND}\"{rest}");
        }
        None => out.push_str(svg),
    }
    for (i, row) in rows.iter().enumerate().take(legend_rows) {
        let y = legend_top + i as f64 * LEGEND_ROW + LEGEND_ROW / 2.0;
        for &(x, key) in row {
            swatch(&mut out, key, x + 12.0, y);
            let _ = write!(
                out,
                "<text x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"{}\">{}</text>",
                x + 28.0,
                y + 4.0,
                hex(theme.fg),
                chart::xml(key_label(key))
            );
        }
    }
    let _ = write!(
        out,
        "<text x=\"16\" y=\"{caption_y}\" font-size=\"11\" fill=\"{}\">{}</text></svg>",
        hex(theme.muted),
        chart::xml(caption)
    );
    out
}

fn key_label(key: &Key) -> &str {
    match key {
        Key::Series(s) => &s.label,
        Key::Bar(_, l) | Key::Line(_, l) => l,
    }
}

/// The mark of `key` centred on (`x`, `y`): a series' line and marker as
/// the chart draws them, a bar, or a line with a dot.
fn swatch(out: &mut String, key: &Key, x: f64, y: f64) {
    match key {
        Key::Series(s) => {
            let c = chart::series_color(s.index);
            let _ = write!(
                out,
                "<line x1=\"{}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"{c}\" stroke-width=\"2\"/>",
                x - 10.0,
                x + 10.0
            );
            let _ = match chart::series_style(s.index).1 {
                0 => write!(out, "<circle cx=\"{x}\" cy=\"{y}\" r=\"4\" fill=\"{c}\"/>"),
                1 => write!(
                    out,
                    "<rect x=\"{}\" y=\"{}\" width=\"8\" height=\"8\" fill=\"{c}\"/>",
                    x - 4.0,
                    y - 4.0
                ),
                2 => write!(
                    out,
                    "<polygon points=\"{x},{} {},{} {},{}\" fill=\"{c}\"/>",
                    y - 5.0,
                    x - 5.0,
                    y + 4.0,
                    x + 5.0,
                    y + 4.0
                ),
                _ => write!(
                    out,
                    "<path d=\"M{} {}L{} {}M{} {}L{} {}\" stroke=\"{c}\" stroke-width=\"2\"/>",
                    x - 4.0,
                    y - 4.0,
                    x + 4.0,
                    y + 4.0,
                    x - 4.0,
                    y + 4.0,
                    x + 4.0,
                    y - 4.0
                ),
            };
        }
        Key::Bar(c, _) => {
            let _ = write!(
                out,
                "<rect x=\"{}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{}\"/>",
                x - 6.0,
                y - 6.0,
                hex(*c)
            );
        }
        Key::Line(c, _) => {
            let c = hex(*c);
            let _ = write!(
                out,
                "<line x1=\"{}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"{c}\" stroke-width=\"1\"/><circle cx=\"{x}\" cy=\"{y}\" r=\"3\" fill=\"{c}\"/>",
                x - 10.0,
                x + 10.0
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::show::chart::Theme;

    fn day(s: &str) -> Day {
        Day::parse_iso(s).expect("a day")
    }

    fn view(days: &[&str]) -> View {
        View {
            width: 600,
            height: 200,
            theme: Theme::light(),
            selected: None,
            days: days.iter().map(|d| day(d)).collect(),
            period: crate::analyse::period::Period::Day,
            corpus: String::new(),
        }
    }

    #[test]
    fn a_file_has_a_title_a_legend_of_every_series_and_a_caption() {
        let keys: Vec<Key> = ["Ana Pérez", "Town council", "<River> & Co", "Lake"]
            .iter()
            .enumerate()
            .map(|(i, l)| {
                Key::Series(SeriesPick {
                    label: (*l).into(),
                    index: i,
                })
            })
            .collect();
        let mut v = view(&["2024-03-01", "2024-03-09"]);
        v.selected = Some((day("2024-03-09"), day("2024-03-09")));
        let svg = "<svg width=\"600\" height=\"200\"><g/></svg>";
        let file = framed(
            svg,
            "Mentions per day (count)",
            &keys,
            &caption(&v, 5, 2),
            &v,
        );
        assert!(file.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\""));
        assert!(file.contains(">Mentions per day (count)</text>"));
        assert!(file.contains("<svg x=\"0\" y=\"40\" width=\"600\" height=\"200\"><g/></svg>"));
        for label in [
            "Ana Pérez",
            "Town council",
            "&lt;River&gt; &amp; Co",
            "Lake",
        ] {
            assert!(file.contains(&format!(">{label}</text>")), "{label}");
        }
        // Four series, four markers: circle, square, triangle, cross.
        for mark in ["<circle", "<rect x=", "<polygon", "<path"] {
            assert!(file.contains(mark), "{mark}");
        }
        assert!(file.contains(
            ">5 articles, 2024-03-01 to 2024-03-09 (2 undated, not shown) · selected: 2024-03-09 · made with dateline</text>"
        ));
        // A narrow file puts the legend on more rows, and grows for them.
        let mut narrow = v.clone();
        narrow.width = 240;
        let file = framed(svg, "t", &keys, "c", &narrow);
        let height = |f: &str| -> f64 {
            let at = f.find("height=\"").expect("a height") + 8;
            f[at..f[at..].find('"').expect("closed") + at]
                .parse()
                .expect("a number")
        };
        assert!(height(&file) > height(&framed(svg, "t", &keys, "c", &v)));
    }

    #[test]
    fn the_caption_counts_articles_and_names_the_span() {
        assert_eq!(
            caption(&view(&["2024-03-01"]), 1, 0),
            "1 article, 2024-03-01 · made with dateline"
        );
        // The corpus's name first, as the file writes it (escaped).
        let named = view(&["2024-03-01", "2024-03-09"]).named(" Town <vote> & co ");
        assert_eq!(
            caption(&named, 5, 0),
            "“Town <vote> & co”: 5 articles, 2024-03-01 to 2024-03-09 · made with dateline"
        );
        let file = framed("<svg></svg>", "t", &[], &caption(&named, 5, 0), &named);
        assert!(
            file.contains(">“Town &lt;vote&gt; &amp; co”: 5 articles,"),
            "{file}"
        );
        assert_eq!(
            caption(&view(&[]), 0, 3),
            "no dated articles (3 undated, not shown) · made with dateline"
        );
    }
}
