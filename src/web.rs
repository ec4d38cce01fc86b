//! The WebAssembly boundary: converts types and errors, nothing else.
//!
//! The page holds one [`Workspace`]: a [`Session`] (the corpus, its
//! entities, the current queries and the last analysis, in Rust and tested
//! natively) behind this handle. Calls return small values — a
//! JSON-shaped report or an SVG string — and errors as JS errors.

use crate::read::corpus::SourceFile;
use crate::session::{ChartAsk, Session};
use serde::Serialize;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// The corpus being explored, with its analysis.
#[wasm_bindgen]
pub struct Workspace {
    s: Session,
}

/// A report as a JS value: written as JSON and parsed by the browser's
/// JSON.parse, which is many times quicker than building the objects
/// field by field across the boundary.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(value)
        .map_err(|e| JsError::new(&format!("cannot convert the report: {e}")))?;
    js_sys::JSON::parse(&json).map_err(|e| {
        // In practice a result too large for the browser's strings.
        let why = e.dyn_ref::<js_sys::Error>().map_or_else(
            || "the browser refused it".to_string(),
            |e| String::from(e.message()),
        );
        JsError::new(&format!(
            "the result ({:.1} MB) could not be handed to the page: {why}",
            json.len() as f64 / 1_048_576.0
        ))
    })
}

/// A report as the CLI writes it with `--json`: indented, a newline at
/// the end.
fn cli_json<T: Serialize>(value: &T) -> Result<Vec<u8>, JsError> {
    let mut out = serde_json::to_vec_pretty(value)
        .map_err(|e| JsError::new(&format!("cannot write the report: {e}")))?;
    out.push(b'\n');
    Ok(out)
}

/// A session's error as a JS error.
fn js(e: String) -> JsError {
    JsError::new(&e)
}

/// Files from the page: `names[i]` is the path of `contents[i]`.
fn source_files(
    method: &str,
    names: Vec<String>,
    contents: Vec<js_sys::Uint8Array>,
) -> Result<Vec<SourceFile>, JsError> {
    if names.len() != contents.len() {
        return Err(JsError::new(&format!(
            "{method}: one name per file content is needed"
        )));
    }
    Ok(names
        .into_iter()
        .zip(contents)
        .map(|(name, bytes)| SourceFile {
            name,
            bytes: bytes.to_vec(),
        })
        .collect())
}

/// Whether `label` names a real day (`2026-01-08`), ISO week (`2026-W02`),
/// month (`2026-01`) or year (`2026`), as the core reads a selection: the
/// page checks a hand-edited link's `day=` with it.
#[wasm_bindgen(js_name = isPeriodLabel)]
pub fn is_period_label(label: &str) -> bool {
    crate::analyse::period::Period::range(label).is_some()
}

/// The first and last day (`YYYY-MM-DD`) of the period a label names (a
/// day, ISO week, month or year); empty when it names none. The page
/// compares its articles' days with them.
#[wasm_bindgen(js_name = periodRange)]
pub fn period_range(label: &str) -> Vec<String> {
    crate::analyse::period::Period::range(label)
        .map(|(first, last)| vec![first.to_string(), last.to_string()])
        .unwrap_or_default()
}

/// The label of the period of kind `period` (day, week, month, year) that
/// holds the day `date`: `2026-01-08`, `2026-W02`, `2026-01`, `2026`; the
/// date as it is when it is not one.
#[wasm_bindgen(js_name = periodLabel)]
pub fn period_label(date: &str, period: &str) -> String {
    match crate::read::dates::Day::parse_iso(date) {
        Some(d) => crate::analyse::period::Period::named(period)
            .unwrap_or_default()
            .label(d),
        None => date.to_string(),
    }
}

/// Whether a file of a dropped folder is one of its texts, by its
/// extension ([`crate::read::corpus::is_text_file`]: the CLI's rule).
#[wasm_bindgen(js_name = isTextFile)]
pub fn is_text_file(name: &str) -> bool {
    crate::read::corpus::is_text_file(name)
}

/// Whether a file is a `corpus.toml` or `entities.toml` sidecar.
#[wasm_bindgen(js_name = isSidecar)]
pub fn is_sidecar(name: &str) -> bool {
    crate::read::corpus::is_sidecar(name)
}

/// The most queries a list holds ([`crate::analyse::query::MAX_QUERIES`]).
#[wasm_bindgen(js_name = maxQueries)]
pub fn max_queries() -> usize {
    crate::analyse::query::MAX_QUERIES
}

/// Whether a file must go through the HTML reader module before the
/// engine takes it: a web page, or a text that is not UTF-8 (see
/// [`crate::read::decode::needs_html_reader`]).
#[wasm_bindgen(js_name = needsReader)]
pub fn needs_reader(name: &str, bytes: &[u8]) -> bool {
    crate::read::decode::needs_html_reader(name, bytes)
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
    fn of(s: Session) -> Workspace {
        install_panic_hook();
        Workspace { s }
    }
}

#[wasm_bindgen]
impl Workspace {
    /// A workspace holding the bundled seed corpus.
    #[wasm_bindgen(js_name = withSeeds)]
    pub fn with_seeds() -> Workspace {
        Workspace::of(Session::with_seeds())
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
        let files = source_files("fromFiles", names, contents)?;
        Ok(Workspace::of(Session::from_files(files, with_seeds)))
    }

    /// The names of the bundled corpus's text files: a file of yours
    /// with one of them is not added to it (two articles would have the
    /// same id).
    #[wasm_bindgen(js_name = bundledNames)]
    pub fn bundled_names() -> Vec<String> {
        crate::seeds::files()
            .into_iter()
            .filter(|f| !crate::read::corpus::is_sidecar(&f.name))
            .map(|f| f.name)
            .collect()
    }

    /// The bundled corpus's files, its pages and its `corpus.toml` and
    /// `entities.toml`: `[name, bytes]` pairs, for a page made in the
    /// browser with the bundled corpus inside.
    #[wasm_bindgen(js_name = bundledFiles)]
    pub fn bundled_files() -> js_sys::Array {
        crate::seeds::files()
            .into_iter()
            .map(|f| {
                let pair = js_sys::Array::new();
                pair.push(&JsValue::from_str(&f.name));
                pair.push(&js_sys::Uint8Array::from(f.bytes.as_slice()));
                JsValue::from(pair)
            })
            .collect()
    }

    /// A workspace to load a batch of files at a time and then analyse a
    /// step at a time ([`Session::loading`]).
    pub fn loading(with_seeds: bool) -> Workspace {
        Workspace::of(Session::loading(with_seeds))
    }

    /// A workspace for the later files of a folder, in the page's second
    /// worker ([`Session::loading_second`]).
    #[wasm_bindgen(js_name = loadingSecond)]
    pub fn loading_second(with_seeds: bool) -> Workspace {
        Workspace::of(Session::loading_second(with_seeds))
    }

    /// [`Session::hand_over_found`].
    #[wasm_bindgen(js_name = handOverFound)]
    pub fn hand_over_found(&mut self) -> Result<Vec<u8>, JsError> {
        self.s.hand_over_found().map_err(js)
    }

    /// [`Session::take_found`].
    #[wasm_bindgen(js_name = takeFound)]
    pub fn take_found(&mut self, bytes: &[u8]) -> Result<(), JsError> {
        self.s.take_found(bytes).map_err(js)
    }

    /// [`Session::names_for_second`].
    #[wasm_bindgen(js_name = namesForSecond)]
    pub fn names_for_second(&mut self) -> Result<Vec<u8>, JsError> {
        self.s.names_for_second().map_err(js)
    }

    /// [`Session::analyse_with`].
    #[wasm_bindgen(js_name = analyseWith)]
    pub fn analyse_with(&mut self, bytes: &[u8]) -> Result<(), JsError> {
        self.s.analyse_with(bytes).map_err(js)
    }

    /// [`Session::hand_over_step`].
    #[wasm_bindgen(js_name = handOverStep)]
    pub fn hand_over_step(&mut self, bytes: usize) -> Result<Vec<u8>, JsError> {
        self.s.hand_over_step(bytes).map_err(js)
    }

    /// [`Session::take_over`].
    #[wasm_bindgen(js_name = takeOver)]
    pub fn take_over(&mut self, bytes: &[u8]) -> Result<(), JsError> {
        self.s.take_over(bytes).map_err(js)
    }

    /// Reads a batch of files (`names[i]` is the path of `contents[i]`)
    /// into a loading workspace ([`Session::add_files`]).
    #[wasm_bindgen(js_name = addFiles)]
    pub fn add_files(
        &mut self,
        names: Vec<String>,
        contents: Vec<js_sys::Uint8Array>,
    ) -> Result<(), JsError> {
        let files = source_files("addFiles", names, contents)?;
        self.s.add_files(files).map_err(js)
    }

    /// [`Session::analyse_step`].
    #[wasm_bindgen(js_name = analyseStep)]
    pub fn analyse_step(&mut self, bytes: usize) -> f64 {
        self.s.analyse_step(bytes)
    }

    /// [`Session::complete`].
    pub fn complete(&mut self) {
        self.s.complete();
    }

    /// [`Session::set_date`].
    #[wasm_bindgen(js_name = setDate)]
    pub fn set_date(&mut self, id: &str, date: &str) -> Result<(), JsError> {
        self.s.set_date(id, date).map_err(js)
    }

    /// [`Session::set_dates`]: `ids[i]` takes `dates[i]`; the result holds,
    /// for each, why it was not applied, or an empty string.
    #[wasm_bindgen(js_name = setDates)]
    pub fn set_dates(&mut self, ids: Vec<String>, dates: Vec<String>) -> Vec<String> {
        let pairs: Vec<(&str, &str)> = ids
            .iter()
            .zip(&dates)
            .map(|(i, d)| (i.as_str(), d.as_str()))
            .collect();
        self.s
            .set_dates(&pairs)
            .into_iter()
            .map(Option::unwrap_or_default)
            .collect()
    }

    /// [`Session::set_queries`].
    #[wasm_bindgen(js_name = setQueries)]
    pub fn set_queries(&mut self, list: &str) -> Result<(), JsError> {
        self.s.set_queries(list).map_err(js)
    }

    /// [`Session::query_labels`].
    #[wasm_bindgen(js_name = queryLabels)]
    pub fn query_labels(&self, list: &str) -> Result<Vec<String>, JsError> {
        Session::query_labels(list).map_err(js)
    }

    /// The summary report (same shape as `dateline summary --json`).
    pub fn summary(&self) -> Result<JsValue, JsError> {
        to_js(&self.s.summary())
    }

    /// Mentions per day (same shape as `dateline counts --json`).
    pub fn counts(&mut self) -> Result<JsValue, JsError> {
        to_js(&self.s.counts_report())
    }

    /// The text `dateline counts --json` prints, as UTF-8 bytes: the
    /// page's JSON download (bytes go from the worker to the page without
    /// a copy).
    #[wasm_bindgen(js_name = countsJson)]
    pub fn counts_json(&mut self) -> Result<Vec<u8>, JsError> {
        cli_json(&self.s.counts_report())
    }

    /// [`Session::entities_toml`].
    #[wasm_bindgen(js_name = entitiesToml)]
    pub fn entities_toml(&self) -> String {
        self.s.entities_toml()
    }

    /// [`Session::entities_report`] (same shape as `dateline entities
    /// --json`).
    #[wasm_bindgen(js_name = entitiesReport)]
    pub fn entities_report(&self) -> Result<JsValue, JsError> {
        to_js(&self.s.entities_report())
    }

    /// [`Session::edit_entities`]: `op` is rename, kind, merge, split, hide,
    /// show or add.
    #[wasm_bindgen(js_name = editEntities)]
    pub fn edit_entities(
        &mut self,
        op: &str,
        name: &str,
        arg: &str,
        aliases: Vec<String>,
    ) -> Result<String, JsError> {
        let edit = crate::analyse::entities::Edit::of(op, name, arg, aliases).map_err(js)?;
        self.s.edit_entities(&edit).map_err(js)
    }

    /// [`Session::use_entities`].
    #[wasm_bindgen(js_name = useEntities)]
    pub fn use_entities(&mut self, toml: &str) -> Result<(), JsError> {
        self.s.use_entities(toml).map_err(js)
    }

    /// [`Session::prepare_keywords`]: the page asks once a corpus is
    /// shown, while the reader looks at it.
    #[wasm_bindgen(js_name = prepareKeywords)]
    pub fn prepare_keywords(&mut self) {
        self.s.prepare_keywords();
    }

    /// [`Session::keywords`] (same shape as `dateline keywords --day LABEL
    /// --json`); null for a label that is not a period.
    pub fn keywords(&mut self, label: &str, n: usize) -> Result<JsValue, JsError> {
        to_js(&self.s.keywords(label, n))
    }

    /// [`Session::counts_days`].
    #[wasm_bindgen(js_name = countsDays)]
    pub fn counts_days(&mut self, series: Option<Vec<String>>) -> Result<JsValue, JsError> {
        to_js(&self.s.counts_days(series.as_deref()))
    }

    /// [`Session::article_mentions`].
    #[wasm_bindgen(js_name = articleMentions)]
    pub fn article_mentions(&self, series: Vec<String>) -> Vec<u32> {
        self.s.article_mentions(&series)
    }

    /// [`Session::top_series`].
    #[wasm_bindgen(js_name = topSeries)]
    pub fn top_series(&mut self, n: usize) -> Vec<String> {
        self.s.top_series(n)
    }

    /// Sentiment tallies (same shape as `dateline sentiment --json`).
    pub fn sentiment(&self) -> Result<JsValue, JsError> {
        to_js(&self.s.sentiment_report())
    }

    /// The text `dateline sentiment --json` prints: the page's JSON
    /// download.
    #[wasm_bindgen(js_name = sentimentJson)]
    pub fn sentiment_json(&self) -> Result<Vec<u8>, JsError> {
        cli_json(&self.s.sentiment_report())
    }

    /// [`Session::sentiment_days`].
    #[wasm_bindgen(js_name = sentimentDays)]
    pub fn sentiment_days(&self) -> Result<JsValue, JsError> {
        to_js(&self.s.sentiment_days())
    }

    /// [`Session::totals`]: `[label, occurrences]` pairs.
    pub fn totals(&mut self) -> Result<JsValue, JsError> {
        to_js(&self.s.totals())
    }

    /// The corpus line's figures ([`Session::corpus_totals`]):
    /// `{articles, days, words, undated}`.
    #[wasm_bindgen(js_name = corpusTotals)]
    pub fn corpus_totals(&self) -> Result<JsValue, JsError> {
        to_js(&self.s.corpus_totals())
    }

    /// [`Session::drivers`].
    pub fn drivers(&self, label: &str, lens: &str) -> Result<JsValue, JsError> {
        to_js(&self.s.drivers(label, lens))
    }

    /// Events (same shape as `dateline events --json`).
    pub fn events(&self) -> Result<JsValue, JsError> {
        to_js(&self.s.events())
    }

    /// The events of a selected period (a label: `2026-01-07`,
    /// `2026-W02`, `2026-01`, `2026`): `{indices, count}`, the indices of
    /// `events()` in order and how many there are in words ("8 events, and
    /// 2 of its month"), as the event strip counts them.
    #[wasm_bindgen(js_name = eventsIn)]
    pub fn events_in(&self, label: &str) -> Result<JsValue, JsError> {
        #[derive(Serialize)]
        struct Selected {
            indices: Vec<usize>,
            count: String,
        }
        let (indices, count) = self.s.events_in(label);
        to_js(&Selected { indices, count })
    }

    /// [`Session::mentions_svg`]: `series` are labels of the counts
    /// report, `mode` raw, per_10k or share; `corpus`, the name a file's
    /// caption gives the corpus.
    #[wasm_bindgen(js_name = mentionsSvg)]
    #[allow(clippy::too_many_arguments)]
    pub fn mentions_svg(
        &self,
        series: Vec<String>,
        mode: &str,
        width: u32,
        height: u32,
        theme: &str,
        selected: &str,
        as_file: bool,
        corpus: Option<String>,
    ) -> String {
        let mut ask = ChartAsk::new(width, height, theme, selected, as_file);
        ask.corpus = corpus.as_deref().unwrap_or("");
        self.s.mentions_svg(&series, mode, &ask)
    }

    /// [`Session::sentiment_svg`]: `lens` is tone or diplomacy; `corpus`
    /// as for [`Self::mentions_svg`].
    #[wasm_bindgen(js_name = sentimentSvg)]
    #[allow(clippy::too_many_arguments)]
    pub fn sentiment_svg(
        &self,
        lens: &str,
        width: u32,
        height: u32,
        theme: &str,
        selected: &str,
        as_file: bool,
        corpus: Option<String>,
    ) -> String {
        let mut ask = ChartAsk::new(width, height, theme, selected, as_file);
        ask.corpus = corpus.as_deref().unwrap_or("");
        self.s.sentiment_svg(lens, &ask)
    }

    /// [`Session::timeline_svg`].
    #[wasm_bindgen(js_name = timelineSvg)]
    pub fn timeline_svg(&self, width: u32, height: u32, theme: &str, selected: &str) -> String {
        let ask = ChartAsk::new(width, height, theme, selected, false);
        self.s.timeline_svg(&ask)
    }

    /// The colour of the series with fixed index `n`.
    #[wasm_bindgen(js_name = seriesColor)]
    pub fn series_color(n: usize) -> String {
        crate::show::chart::series_color(n)
    }

    /// The marker of the series with fixed index `n`: 0 a circle, 1 a
    /// square, 2 a triangle, 3 a cross (the chart's; a legend shows it, as
    /// places past the eighth share a colour with an earlier one).
    #[wasm_bindgen(js_name = seriesMarker)]
    pub fn series_marker(n: usize) -> usize {
        crate::show::chart::series_style(n).1
    }

    /// An article cut into marked pieces for the reader, or null: the part
    /// that starts at byte `at` when given, else the part around the first
    /// paragraph holding `sentence` (when not empty), else its start (see
    /// [`crate::show::reader::Focus`]).
    pub fn article(&self, id: &str, sentence: &str, at: Option<u32>) -> Result<JsValue, JsError> {
        use crate::show::reader::Focus;
        let focus = match at {
            Some(at) => Focus::At(at as usize),
            None if sentence.is_empty() => Focus::Start,
            None => Focus::Sentence(sentence),
        };
        to_js(&self.s.article(id, focus))
    }

    /// [`Session::set_period`].
    #[wasm_bindgen(js_name = setPeriod)]
    pub fn set_period(&mut self, period: &str) {
        self.s.set_period(period);
    }

    /// [`Session::fitting_period`].
    #[wasm_bindgen(js_name = fittingPeriod)]
    pub fn fitting_period(&self, width: u32) -> String {
        self.s.fitting_period(width)
    }

    /// [`Session::counts_by`].
    #[wasm_bindgen(js_name = countsBy)]
    pub fn counts_by(&self, period: &str, series: Option<Vec<String>>) -> Result<JsValue, JsError> {
        to_js(&self.s.counts_by(period, series.as_deref()))
    }

    /// [`Session::sentiment_by`].
    #[wasm_bindgen(js_name = sentimentBy)]
    pub fn sentiment_by(&self, period: &str) -> Result<JsValue, JsError> {
        to_js(&self.s.sentiment_by(period))
    }

    /// [`Session::removed_words`].
    #[wasm_bindgen(js_name = removedWords)]
    pub fn removed_words(&self, on_day: &str) -> usize {
        self.s.removed_words(on_day)
    }

    /// [`Session::skipped_languages`].
    #[wasm_bindgen(js_name = skippedLanguages)]
    pub fn skipped_languages(&self, on_day: &str) -> Result<JsValue, JsError> {
        to_js(&self.s.skipped_languages(on_day))
    }

    /// [`Session::contexts`].
    pub fn contexts(
        &self,
        label: &str,
        on_day: &str,
        width: usize,
        limit: usize,
    ) -> Result<JsValue, JsError> {
        to_js(&self.s.contexts(label, on_day, width, limit))
    }
}
