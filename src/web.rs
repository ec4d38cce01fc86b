//! The WebAssembly boundary: converts types and errors, nothing else.
//!
//! The page holds one [`Workspace`]: the corpus, its entities, the current
//! queries and the last analysis live in Rust behind this handle, and calls
//! return small values — a JSON-shaped report or an SVG string.

use crate::analysis::{self, Analysis, Want};
use crate::chart::{self, Lens, MentionMode, Theme, View};
use crate::corpus::{Corpus, SourceFile};
use crate::dates::Day;
use crate::entities::{self, Entity};
use crate::mentions::SeriesSet;
use crate::query;
use crate::reader;
use crate::report::Summary;
use serde::Serialize;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// The corpus being explored, with its analysis.
#[wasm_bindgen]
pub struct Workspace {
    corpus: Corpus,
    entities: Vec<Entity>,
    series: SeriesSet,
    analysis: Analysis,
    warnings: Vec<crate::corpus::Warning>,
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("cannot convert the report: {e}")))
}

fn day(s: &str) -> Option<Day> {
    Day::parse_iso(s)
}

/// Reports a panic, should one ever happen, to the page
/// (`globalThis.datelinePanic(message)`), which shows an error banner and
/// keeps its last good view.
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            let message = info.to_string();
            let report =
                js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("datelinePanic"));
            if let Ok(f) = report
                && let Some(f) = f.dyn_ref::<js_sys::Function>()
            {
                let _ = f.call1(&JsValue::NULL, &JsValue::from_str(&message));
            }
        }));
    });
}

impl Workspace {
    /// A workspace with the mention counts only: the first chart needs no
    /// more; [`Workspace::complete`] adds sentiment and events.
    fn new(corpus: Corpus) -> Workspace {
        install_panic_hook();
        let (entities, warnings) = entities::of_corpus(&corpus);
        let mut w = Workspace {
            corpus,
            entities,
            series: SeriesSet::default(),
            analysis: Analysis::default(),
            warnings,
        };
        w.series = SeriesSet::new(&[], &w.entities).0;
        let want = Want {
            counts: true,
            ..Default::default()
        };
        w.analysis = analysis::run(&w.corpus, &w.series, &w.entities, want);
        w
    }

    fn reanalyse(&mut self, queries: &[query::Query]) {
        let (series, _) = SeriesSet::new(queries, &self.entities);
        self.analysis = analysis::run(&self.corpus, &series, &self.entities, Want::all());
        self.series = series;
    }

    fn view(&self, width: u32, height: u32, theme: &str, selected: &str) -> View {
        View::of_corpus(
            &self.corpus,
            width,
            height,
            Theme::named(theme),
            day(selected),
        )
    }
}

#[wasm_bindgen]
impl Workspace {
    /// A workspace holding the bundled seed corpus.
    #[wasm_bindgen(js_name = withSeeds)]
    pub fn with_seeds() -> Workspace {
        Workspace::new(crate::seed_corpus())
    }

    /// A workspace from files: `names[i]` is the path of `contents[i]`;
    /// with `with_seeds`, added to the bundled corpus, else replacing it.
    /// Files that cannot be read become warnings; the others load.
    #[wasm_bindgen(js_name = fromFiles)]
    pub fn from_files(
        names: Vec<String>,
        contents: Vec<js_sys::Uint8Array>,
        with_seeds: bool,
    ) -> Result<Workspace, JsError> {
        if names.len() != contents.len() {
            return Err(JsError::new(
                "fromFiles: one name per file content is needed",
            ));
        }
        let mut files: Vec<SourceFile> = if with_seeds {
            crate::seeds::files()
        } else {
            Vec::new()
        };
        files.extend(
            names
                .into_iter()
                .zip(contents)
                .map(|(name, bytes)| SourceFile {
                    name,
                    bytes: bytes.to_vec(),
                }),
        );
        Ok(Workspace::new(Corpus::from_files(&files)))
    }

    /// Runs the analyses a new workspace has not run yet (sentiment and
    /// events); idempotent.
    pub fn complete(&mut self) {
        if self.analysis.sentiment.is_none() || self.analysis.events.is_none() {
            let series = std::mem::take(&mut self.series);
            self.analysis = analysis::run(&self.corpus, &series, &self.entities, Want::all());
            self.series = series;
        }
    }

    /// Gives the undated article `id` a day by hand (`YYYY-MM-DD`), or
    /// takes it back (empty string), and re-runs the analyses.
    #[wasm_bindgen(js_name = setDate)]
    pub fn set_date(&mut self, id: &str, date: &str) -> Result<(), JsError> {
        let value = if date.is_empty() {
            None
        } else {
            Some(day(date).ok_or_else(|| {
                JsError::new(&format!("'{date}' is not a day written YYYY-MM-DD"))
            })?)
        };
        self.corpus
            .set_date(id, value)
            .map_err(|e| JsError::new(&e))?;
        let series = std::mem::take(&mut self.series);
        self.analysis = analysis::run(&self.corpus, &series, &self.entities, Want::all());
        self.series = series;
        Ok(())
    }

    /// Sets the comma-separated queries (query syntax of the README) and
    /// re-runs the analyses. An invalid query is an error naming it; the
    /// previous queries stay.
    #[wasm_bindgen(js_name = setQueries)]
    pub fn set_queries(&mut self, list: &str) -> Result<(), JsError> {
        let queries = query::parse_list(list).map_err(|e| JsError::new(&e.to_string()))?;
        self.reanalyse(&queries);
        Ok(())
    }

    /// The summary report (same shape as `dateline summary --json`).
    pub fn summary(&self) -> Result<JsValue, JsError> {
        let mut s = Summary::of(&self.corpus);
        s.warnings.extend(self.warnings.iter().cloned());
        to_js(&s)
    }

    /// The entities: name, kind, aliases, in their fixed order.
    pub fn entities(&self) -> Result<JsValue, JsError> {
        let infos: Vec<_> = self.entities.iter().map(Entity::info).collect();
        to_js(&infos)
    }

    /// Mentions per day (same shape as `dateline counts --json`).
    pub fn counts(&self) -> Result<JsValue, JsError> {
        to_js(&self.analysis.counts)
    }

    /// Sentiment tallies (same shape as `dateline sentiment --json`).
    pub fn sentiment(&self) -> Result<JsValue, JsError> {
        to_js(&self.analysis.sentiment)
    }

    /// Events (same shape as `dateline events --json`).
    pub fn events(&self) -> Result<JsValue, JsError> {
        to_js(&self.analysis.events)
    }

    /// The mentions chart as SVG. `series` are labels of the counts report;
    /// their colours follow their index there. `mode`: raw, per_10k, share.
    #[wasm_bindgen(js_name = mentionsSvg)]
    pub fn mentions_svg(
        &self,
        series: Vec<String>,
        mode: &str,
        width: u32,
        height: u32,
        theme: &str,
        selected: &str,
    ) -> String {
        let Some(counts) = &self.analysis.counts else {
            return String::new();
        };
        let picks = chart::picks(counts, &series);
        chart::mentions(
            counts,
            &picks,
            MentionMode::named(mode),
            &self.view(width, height, theme, selected),
        )
    }

    /// The sentiment chart as SVG; `lens`: tone or diplomacy.
    #[wasm_bindgen(js_name = sentimentSvg)]
    pub fn sentiment_svg(
        &self,
        lens: &str,
        width: u32,
        height: u32,
        theme: &str,
        selected: &str,
    ) -> String {
        match &self.analysis.sentiment {
            Some(s) => chart::sentiment(
                s,
                Lens::named(lens),
                &self.view(width, height, theme, selected),
            ),
            None => String::new(),
        }
    }

    /// The event timeline strip as SVG.
    #[wasm_bindgen(js_name = timelineSvg)]
    pub fn timeline_svg(&self, width: u32, height: u32, theme: &str, selected: &str) -> String {
        match &self.analysis.events {
            Some(e) => chart::timeline(e, &self.view(width, height, theme, selected)),
            None => String::new(),
        }
    }

    /// The colour of the series with fixed index `n`.
    #[wasm_bindgen(js_name = seriesColor)]
    pub fn series_color(n: usize) -> String {
        chart::series_color(n)
    }

    /// An article cut into marked pieces for the reader, or null.
    pub fn article(&self, id: &str) -> Result<JsValue, JsError> {
        to_js(&reader::article(
            &self.corpus,
            id,
            &self.series,
            &self.entities,
        ))
    }

    /// Words removed from the pages of the articles of `on_day` (or of all
    /// articles, empty string) as navigation, captions and other clutter.
    #[wasm_bindgen(js_name = removedWords)]
    pub fn removed_words(&self, on_day: &str) -> usize {
        let d = day(on_day);
        let mut sources: Vec<&str> = self
            .corpus
            .articles
            .iter()
            .filter(|a| d.is_none() || a.date == d)
            .map(|a| a.source.as_str())
            .collect();
        sources.sort_unstable();
        sources.dedup();
        sources
            .iter()
            .filter_map(|s| self.corpus.removed_words.get(*s))
            .sum()
    }

    /// Keyword-in-context lines for a series label, on one day (YYYY-MM-DD)
    /// or all days (empty string).
    pub fn contexts(&self, label: &str, on_day: &str, width: usize) -> Result<JsValue, JsError> {
        to_js(&reader::contexts(
            &self.corpus,
            label,
            &self.series,
            &self.entities,
            day(on_day),
            width.clamp(10, 200),
        ))
    }
}
