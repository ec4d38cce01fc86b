//! The WebAssembly boundary: converts types and errors, nothing else.
//!
//! The page holds one [`Workspace`]: the corpus, its entities, the current
//! queries and the last analysis live in Rust behind this handle, and calls
//! return small values — a JSON-shaped report or an SVG string.

use crate::analyse::analysis::{self, Analysis, Want};
use crate::analyse::discover::{self, Discovery};
use crate::analyse::entities::{self, Entity};
use crate::analyse::mentions::{CountsReport, SeriesSet};
use crate::analyse::period::Period;
use crate::analyse::query;
use crate::analyse::sentiment::SentimentReport;
use crate::load::Loader;
use crate::read::corpus::{Corpus, SourceFile};
use crate::read::dates::Day;
use crate::show::chart::{self, Lens, MentionMode, Theme, View};
use crate::show::file;
use crate::show::reader;
use crate::show::report::Summary;
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
    warnings: Vec<crate::read::corpus::Warning>,
    /// What a chart point stands for; none: the finest that fits.
    period: Option<Period>,
    /// While a corpus is being loaded a batch at a time (see
    /// [`Workspace::loading`]).
    loading: Option<Loader>,
    /// What discovery found in the corpus: an edited entity list joins it
    /// without discovering again ([`Workspace::use_entities`]).
    found: Discovery,
    /// The corpus's own entities.toml files, which an edited list replaces
    /// until it is taken back.
    listed_files: Vec<SourceFile>,
    /// The corpus's word counts, once keyness asked for them.
    word_totals: Option<crate::analyse::keyness::WordTotals>,
}

/// The name under which problems with an edited entity list are reported.
const EDITED: &str = "entities.toml (your edits)";

/// A report as a JS value: written as JSON and parsed by the browser's
/// JSON.parse, which is many times quicker than building the objects
/// field by field across the boundary.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(value)
        .map_err(|e| JsError::new(&format!("cannot convert the report: {e}")))?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("cannot convert the report: bad JSON"))
}

/// A report as the CLI writes it with `--json`: indented, a newline at
/// the end.
fn cli_json<T: Serialize>(value: &T) -> Result<Vec<u8>, JsError> {
    let mut out = serde_json::to_vec_pretty(value)
        .map_err(|e| JsError::new(&format!("cannot write the report: {e}")))?;
    out.push(b'\n');
    Ok(out)
}

/// The analyses the views draw: all three, without each article's list of
/// sentiment drivers, which only the sentiment download needs (see
/// [`Workspace::sentiment`]).
fn views() -> Want {
    Want {
        lean_articles: true,
        ..Want::all()
    }
}

/// The first and last day of a selection: a day, ISO week, month or year label;
/// none for anything else (all days).
fn days(selected: &str) -> Option<(Day, Day)> {
    Period::range(selected)
}

/// Whether `label` names a real day (`2026-01-08`), ISO week (`2026-W02`),
/// month (`2026-01`) or year (`2026`), as the core reads a selection: the
/// page checks a hand-edited link's `day=` with it.
#[wasm_bindgen(js_name = isPeriodLabel)]
pub fn is_period_label(label: &str) -> bool {
    Period::range(label).is_some()
}

/// The most queries a list holds ([`query::MAX_QUERIES`]).
#[wasm_bindgen(js_name = maxQueries)]
pub fn max_queries() -> usize {
    query::MAX_QUERIES
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
    /// A workspace that has read its corpus and analysed nothing yet:
    /// [`Workspace::counts`] counts mentions alone (the first chart needs no
    /// more), [`Workspace::complete`] runs what is missing — all three
    /// analyses in one pass when nothing ran before.
    fn new(corpus: Corpus) -> Workspace {
        let found = discover::discover(&corpus);
        Workspace::with_found(corpus, found)
    }

    /// As [`Workspace::new`], with what discovery found in `corpus`.
    fn with_found(corpus: Corpus, found: Discovery) -> Workspace {
        install_panic_hook();
        let (entities, warnings) = discover::with_found(&corpus, &found);
        let listed_files = corpus.entity_files.clone();
        let mut w = Workspace {
            corpus,
            entities,
            series: SeriesSet::default(),
            analysis: Analysis::default(),
            warnings,
            period: None,
            loading: None,
            found,
            listed_files,
            word_totals: None,
        };
        w.series = SeriesSet::new(&[], &w.entities).0;
        w
    }

    /// The problems reading the files and the entity lists, as the CLI's
    /// reports list them.
    fn problems(&self) -> Vec<crate::read::corpus::Warning> {
        let mut all = self.corpus.warnings.clone();
        all.extend(self.warnings.iter().cloned());
        all
    }

    /// The loader of a loading workspace, for `method`'s error.
    fn second_loader(&mut self, method: &str) -> Result<&mut Loader, JsError> {
        self.loading
            .as_mut()
            .ok_or_else(|| JsError::new(&format!("{method}: this workspace is not loading")))
    }

    /// Mentions per day with every article's counts and the problems,
    /// counted now if no analysis ran yet.
    fn counts_report(&mut self) -> Option<CountsReport> {
        self.count_if_needed();
        self.analysis.counts.as_ref().map(|c| CountsReport {
            warnings: self.problems(),
            ..c.clone()
        })
    }

    /// Sentiment tallies with each article's drivers and the problems:
    /// tallied again, as the workspace keeps no per-article drivers.
    fn sentiment_report(&self) -> Option<SentimentReport> {
        let want = Want {
            sentiment: true,
            ..Default::default()
        };
        analysis::run(&self.corpus, &self.series, &self.entities, want)
            .sentiment
            .map(|s| SentimentReport {
                warnings: self.problems(),
                ..s
            })
    }

    /// Counts mentions if no analysis ran yet.
    fn count_if_needed(&mut self) {
        if self.analysis.counts.is_none() {
            let want = Want {
                counts: true,
                ..Default::default()
            };
            self.analysis.counts =
                analysis::run(&self.corpus, &self.series, &self.entities, want).counts;
        }
    }

    /// New queries change the mention counts alone (a test in `analysis`
    /// says so): sentiment and events keep their tallies, and a new query
    /// on a large corpus costs the counting only.
    fn reanalyse(&mut self, queries: &[query::Query]) {
        let (series, _) = SeriesSet::new(queries, &self.entities);
        let want = Want {
            counts: true,
            ..Default::default()
        };
        self.analysis.counts = analysis::run(&self.corpus, &series, &self.entities, want).counts;
        self.series = series;
    }

    /// The mentions chart of `series` (labels of the counts report) drawn
    /// by `draw` (as SVG or as a file); empty before the counts exist.
    fn draw_mentions(
        &self,
        series: &[String],
        mode: &str,
        view: &View,
        draw: fn(&CountsReport, &[chart::SeriesPick], MentionMode, &View) -> String,
    ) -> String {
        match &self.analysis.counts {
            Some(counts) => draw(
                counts,
                &chart::picks(counts, series),
                MentionMode::named(mode),
                view,
            ),
            None => String::new(),
        }
    }

    /// The sentiment chart through `lens`, drawn by `draw`.
    fn draw_sentiment(
        &self,
        lens: &str,
        view: &View,
        draw: fn(&SentimentReport, Lens, &View) -> String,
    ) -> String {
        match &self.analysis.sentiment {
            Some(s) => draw(s, Lens::named(lens), view),
            None => String::new(),
        }
    }

    fn view(&self, width: u32, height: u32, theme: &str, selected: &str) -> View {
        View::of_corpus(
            &self.corpus,
            width,
            height,
            Theme::named(theme),
            days(selected),
        )
        .by(self.period)
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

    /// A workspace to load a batch of files at a time ([`Workspace::add_files`])
    /// and then to analyse a step at a time ([`Workspace::analyse_step`]), so
    /// that the page stays responsive; with `with_seeds`, the bundled corpus
    /// comes first. The result is the same as [`Workspace::from_files`] of
    /// all the files followed by [`Workspace::complete`].
    pub fn loading(with_seeds: bool) -> Workspace {
        let mut w = Workspace::new(Corpus::default());
        let mut loader = Loader::new(views());
        if with_seeds {
            // Nothing is analysed yet, so this cannot be refused.
            let _ = loader.add(crate::seeds::files());
        }
        w.loading = Some(loader);
        w
    }

    /// A workspace for the later files of a folder, in the page's second
    /// worker: files come in as in [`Workspace::loading`] (with the same
    /// sidecar files), then [`Workspace::hand_over`] gives what the first
    /// worker's [`Workspace::take_over`] joins (see [`Loader::hand_over`]).
    /// With `with_seeds`, the first worker's workspace holds the bundled
    /// corpus: this one is given its sidecar files (not its texts).
    #[wasm_bindgen(js_name = loadingSecond)]
    pub fn loading_second(with_seeds: bool) -> Workspace {
        let mut w = Workspace::new(Corpus::default());
        let mut loader = Loader::second(views());
        if with_seeds {
            let sidecars = crate::seeds::files()
                .into_iter()
                .filter(|f| crate::read::corpus::is_sidecar(&f.name))
                .collect();
            // Nothing is analysed yet, so this cannot be refused.
            let _ = loader.add(sidecars);
        }
        w.loading = Some(loader);
        w
    }

    /// In a workspace made by [`Workspace::loading_second`]: the articles
    /// read so far, as bytes for the first worker's
    /// [`Workspace::take_over`]; they are dropped here.
    #[wasm_bindgen(js_name = handOverRead)]
    pub fn hand_over_read(&mut self) -> Result<Vec<u8>, JsError> {
        self.second_loader("handOverRead")?
            .hand_over_read()
            .map_err(|e| JsError::new(&format!("handOverRead: {e}")))
    }

    /// As [`Workspace::hand_over_read`], once every file is in: the last
    /// hand-over (the page stops the worker next).
    #[wasm_bindgen(js_name = handOver)]
    pub fn hand_over(&mut self) -> Result<Vec<u8>, JsError> {
        self.second_loader("handOver")?
            .hand_over()
            .map_err(|e| JsError::new(&format!("handOver: {e}")))
    }

    /// Takes what [`Workspace::hand_over_read`] or
    /// [`Workspace::hand_over`] gave in the second worker, in the order
    /// given, for the files after all those added here; joined once every
    /// file is in. On an error the workspace is unchanged.
    #[wasm_bindgen(js_name = takeOver)]
    pub fn take_over(&mut self, bytes: &[u8]) -> Result<(), JsError> {
        let Some(loader) = self.loading.as_mut() else {
            return Err(JsError::new("takeOver: this workspace is not loading"));
        };
        loader
            .take_over(bytes)
            .map_err(|e| JsError::new(&format!("takeOver: {e}")))
    }

    /// Reads a batch of files (`names[i]` is the path of `contents[i]`)
    /// into a workspace made by [`Workspace::loading`].
    #[wasm_bindgen(js_name = addFiles)]
    pub fn add_files(
        &mut self,
        names: Vec<String>,
        contents: Vec<js_sys::Uint8Array>,
    ) -> Result<(), JsError> {
        let Some(loader) = self.loading.as_mut() else {
            return Err(JsError::new("addFiles: this workspace is not loading"));
        };
        if names.len() != contents.len() {
            return Err(JsError::new(
                "addFiles: one name per file content is needed",
            ));
        }
        let files: Vec<SourceFile> = names
            .into_iter()
            .zip(contents)
            .map(|(name, bytes)| SourceFile {
                name,
                bytes: bytes.to_vec(),
            })
            .collect();
        loader
            .add(files)
            .map_err(|e| JsError::new(&format!("addFiles: {e}")))
    }

    /// Once every file is added: analyses about `bytes` more of the text of
    /// a loading workspace; returns the share of the articles analysed, 0
    /// to 1. At 1 the workspace is complete.
    #[wasm_bindgen(js_name = analyseStep)]
    pub fn analyse_step(&mut self, bytes: usize) -> f64 {
        let Some(loader) = self.loading.as_mut() else {
            return 1.0;
        };
        let done = loader.step(bytes);
        if done < 1.0 {
            return done;
        }
        if let Some(loader) = self.loading.take() {
            let (corpus, analysis, found) = loader.finish_found();
            let mut w = Workspace::with_found(corpus, found.discovery);
            w.listed_files = found.listed;
            w.analysis = analysis;
            w.period = self.period;
            *self = w;
        }
        1.0
    }

    /// Runs the analyses a new workspace has not run yet (sentiment and
    /// events); idempotent.
    pub fn complete(&mut self) {
        if self.analysis.sentiment.is_none() || self.analysis.events.is_none() {
            // The counts are there already.
            let want = Want {
                counts: self.analysis.counts.is_none(),
                ..views()
            };
            let rest = analysis::run(&self.corpus, &self.series, &self.entities, want);
            self.analysis.counts = self.analysis.counts.take().or(rest.counts);
            self.analysis.sentiment = rest.sentiment;
            self.analysis.events = rest.events;
        }
    }

    /// Gives the undated article `id` a day by hand (`YYYY-MM-DD`), or
    /// takes it back (empty string), and re-runs the analyses.
    #[wasm_bindgen(js_name = setDate)]
    pub fn set_date(&mut self, id: &str, date: &str) -> Result<(), JsError> {
        let value = if date.is_empty() {
            None
        } else {
            Some(Day::parse_iso(date).ok_or_else(|| {
                JsError::new(&format!("'{date}' is not a day written YYYY-MM-DD"))
            })?)
        };
        self.corpus
            .set_date(id, value)
            .map_err(|e| JsError::new(&e))?;
        // The word counts are kept by day.
        self.word_totals = None;
        let series = std::mem::take(&mut self.series);
        self.analysis = analysis::run(&self.corpus, &series, &self.entities, views());
        self.series = series;
        Ok(())
    }

    /// Sets the comma-separated queries (query syntax of the README) and
    /// counts the mentions again (queries change nothing else). An invalid
    /// query is an error naming it; the previous queries stay.
    #[wasm_bindgen(js_name = setQueries)]
    pub fn set_queries(&mut self, list: &str) -> Result<(), JsError> {
        let queries = query::parse_list(list).map_err(|e| JsError::new(&e.to_string()))?;
        self.reanalyse(&queries);
        Ok(())
    }

    /// The labels of a comma-separated list of queries, as the core splits
    /// and reads them (`Petro, Trump` is two queries), counting nothing; an
    /// invalid query, or more than 200, is an error naming it.
    #[wasm_bindgen(js_name = queryLabels)]
    pub fn query_labels(&self, list: &str) -> Result<Vec<String>, JsError> {
        let queries = query::parse_list(list).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(queries.into_iter().map(|q| q.label).collect())
    }

    /// The summary report (same shape as `dateline summary --json`).
    pub fn summary(&self) -> Result<JsValue, JsError> {
        let mut s = Summary::of(&self.corpus);
        s.warnings.extend(self.warnings.iter().cloned());
        to_js(&s)
    }

    /// Mentions per day (same shape as `dateline counts --json`), counted
    /// now if no analysis ran yet.
    pub fn counts(&mut self) -> Result<JsValue, JsError> {
        to_js(&self.counts_report())
    }

    /// The same report as the text `dateline counts --json` prints
    /// (indented, a newline at the end), as UTF-8 bytes: the page's JSON
    /// download (bytes go from the worker to the page without a copy).
    #[wasm_bindgen(js_name = countsJson)]
    pub fn counts_json(&mut self) -> Result<Vec<u8>, JsError> {
        cli_json(&self.counts_report())
    }

    /// The corpus's entities — its entities.toml files' and the names found
    /// in its texts — as an entities.toml (what `dateline entities --toml`
    /// writes): put next to the texts, it gives the same counts, and it can
    /// be edited (rename, merge aliases, `hide`).
    #[wasm_bindgen(js_name = entitiesToml)]
    pub fn entities_toml(&self) -> String {
        crate::analyse::entities::to_toml(
            &self.entities,
            &crate::analyse::entities::hidden(&self.corpus),
        )
    }

    /// Each entity with its kind, its aliases and their mentions, its
    /// mentions, articles and days (same shape as `dateline entities
    /// --json`): what the page's entity editor lists.
    #[wasm_bindgen(js_name = entitiesReport)]
    pub fn entities_report(&self) -> Result<JsValue, JsError> {
        to_js(&discover::report_with(&self.corpus, &self.found))
    }

    /// Applies one edit to the entity list — `op` is rename, kind, merge,
    /// split, hide, show or add; `arg` the new name, the kind, the entity
    /// merged into, the alias split off, or an added entity's kind;
    /// `aliases` an added entity's other forms (see
    /// [`crate::analyse::entities::Edit`]) — counts everything again with the new
    /// list and returns it as an entities.toml, which the page keeps with
    /// its workspace. A refused edit is an error saying why, and changes
    /// nothing.
    #[wasm_bindgen(js_name = editEntities)]
    pub fn edit_entities(
        &mut self,
        op: &str,
        name: &str,
        arg: &str,
        aliases: Vec<String>,
    ) -> Result<String, JsError> {
        let edit = entities::Edit::of(op, name, arg, aliases).map_err(|e| JsError::new(&e))?;
        let mut list = self.entities.clone();
        let mut hide = entities::hidden(&self.corpus);
        entities::apply(&mut list, &mut hide, &edit).map_err(|e| JsError::new(&e))?;
        let toml = entities::to_toml(&list, &hide);
        self.use_entities(&toml)?;
        Ok(toml)
    }

    /// Counts with `toml`, an entity list edited from this corpus's
    /// ([`Workspace::edit_entities`]), instead of the corpus's own
    /// entities.toml files; the names found in the texts join it as they
    /// join those. An empty string takes the edits back. On a loading
    /// workspace, before its analysis starts, the list is used when it
    /// does. A list with a problem is an error naming it, and changes
    /// nothing.
    #[wasm_bindgen(js_name = useEntities)]
    pub fn use_entities(&mut self, toml: &str) -> Result<(), JsError> {
        let files = if toml.is_empty() {
            self.listed_files.clone()
        } else {
            let (_, problems) = entities::parse(EDITED, toml);
            if let Some(p) = problems.first() {
                return Err(JsError::new(&format!("{}: {}", p.source, p.message)));
            }
            vec![SourceFile {
                name: EDITED.into(),
                bytes: toml.as_bytes().to_vec(),
            }]
        };
        if let Some(loader) = self.loading.as_mut() {
            if let Some(file) = files.into_iter().next().filter(|_| !toml.is_empty()) {
                loader
                    .use_entities(file)
                    .map_err(|e| JsError::new(&format!("useEntities: {e}")))?;
            }
            return Ok(());
        }
        self.corpus.entity_files = files;
        let (entities, warnings) = discover::with_found(&self.corpus, &self.found);
        self.entities = entities;
        self.warnings = warnings;
        self.series = self.series.with_entities(&self.entities);
        self.analysis = analysis::run(&self.corpus, &self.series, &self.entities, views());
        Ok(())
    }

    /// Counts the corpus's words by day for [`Workspace::keywords`], if
    /// not done yet: the page asks once a corpus is shown, while the
    /// reader looks at it.
    #[wasm_bindgen(js_name = prepareKeywords)]
    pub fn prepare_keywords(&mut self) {
        if self.word_totals.is_none() {
            self.word_totals = Some(crate::analyse::keyness::WordTotals::of(&self.corpus));
        }
    }

    /// The words and names that stand out in the period `label` (a day,
    /// ISO week, month or year) against the rest of the corpus, `n` of each
    /// (same shape as `dateline keywords --day LABEL --json`); null for a
    /// label that is not a period. The corpus's word counts are made on the
    /// first call and kept; each call then reads the period's articles.
    pub fn keywords(&mut self, label: &str, n: usize) -> Result<JsValue, JsError> {
        self.count_if_needed();
        self.prepare_keywords();
        let Some(totals) = &self.word_totals else {
            return Ok(JsValue::NULL);
        };
        let Some(counts) = &self.analysis.counts else {
            return Ok(JsValue::NULL);
        };
        let report =
            crate::analyse::keyness::keywords(&self.corpus, counts, totals, label, n).map(|r| {
                crate::analyse::keyness::KeywordsReport {
                    warnings: self.problems(),
                    ..r
                }
            });
        to_js(&report)
    }

    /// The counts report without its per-article counts (`articles`
    /// empty): what the views draw, a fraction of the whole for a large
    /// corpus. Counted now if no analysis ran yet.
    #[wasm_bindgen(js_name = countsDays)]
    pub fn counts_days(&mut self) -> Result<JsValue, JsError> {
        self.count_if_needed();
        let days = self.analysis.counts.as_ref().map(|c| CountsReport {
            terms: c.terms.clone(),
            days: c.days.clone(),
            undated: c.undated.clone(),
            articles: Vec::new(),
            warnings: c.warnings.clone(),
        });
        to_js(&days)
    }

    /// Per article, in corpus order (the order of the summary's
    /// articles), the occurrences of the `series` labels together; a label
    /// that is not a series counts nothing.
    #[wasm_bindgen(js_name = articleMentions)]
    pub fn article_mentions(&self, series: Vec<String>) -> Vec<u32> {
        let Some(counts) = &self.analysis.counts else {
            return Vec::new();
        };
        counts
            .articles
            .iter()
            .map(|a| {
                let n: usize = series.iter().filter_map(|t| a.counts.get(t)).sum();
                u32::try_from(n).unwrap_or(u32::MAX)
            })
            .collect()
    }

    /// The labels of the `n` series mentioned most in all (ties in the
    /// report's order): the series the page's first chart shows, as
    /// `dateline chart mentions` without `--series`. Counted now if no
    /// analysis ran yet.
    #[wasm_bindgen(js_name = topSeries)]
    pub fn top_series(&mut self, n: usize) -> Vec<String> {
        self.count_if_needed();
        self.analysis.counts.as_ref().map_or_else(Vec::new, |c| {
            chart::top_series(c, n)
                .into_iter()
                .map(|p| p.label)
                .collect()
        })
    }

    /// Sentiment tallies (same shape as `dateline sentiment --json`), each
    /// article with its drivers: tallied again, as the workspace keeps no
    /// per-article drivers.
    pub fn sentiment(&self) -> Result<JsValue, JsError> {
        to_js(&self.sentiment_report())
    }

    /// The same report as the text `dateline sentiment --json` prints: the
    /// page's JSON download (tallied again, as [`Workspace::sentiment`]).
    #[wasm_bindgen(js_name = sentimentJson)]
    pub fn sentiment_json(&self) -> Result<Vec<u8>, JsError> {
        cli_json(&self.sentiment_report())
    }

    /// The sentiment report without its per-article tallies (`articles`
    /// empty): what the views draw, a fraction of the whole for a large
    /// corpus.
    #[wasm_bindgen(js_name = sentimentDays)]
    pub fn sentiment_days(&self) -> Result<JsValue, JsError> {
        let days = self.analysis.sentiment.as_ref().map(|s| SentimentReport {
            days: s.days.clone(),
            undated: s.undated.clone(),
            articles: Vec::new(),
            warnings: s.warnings.clone(),
        });
        to_js(&days)
    }

    /// Events (same shape as `dateline events --json`).
    pub fn events(&self) -> Result<JsValue, JsError> {
        to_js(&self.analysis.events)
    }

    /// The events of a selected period (a label: `2026-01-07`,
    /// `2026-W02`, `2026-01`, `2026`): `{indices, count}`, the indices of
    /// `events()` in order and how many there are in words ("8 events, and
    /// 2 of its month"), as the event strip counts them.
    #[wasm_bindgen(js_name = eventsIn)]
    pub fn events_in(&self, label: &str) -> Result<JsValue, JsError> {
        #[derive(serde::Serialize)]
        struct Selected {
            indices: Vec<usize>,
            count: String,
        }
        let (indices, count) = self
            .analysis
            .events
            .as_ref()
            .map(|e| e.selected(label))
            .unwrap_or_default();
        to_js(&Selected { indices, count })
    }

    /// The mentions chart as SVG. `series` are labels of the counts report;
    /// their colours follow their index there. `mode`: raw, per_10k, share.
    /// With `as_file`, the file that says what it shows (title, legend,
    /// caption: see [`crate::show::file`]): the SVG download, the same
    /// bytes as `dateline chart mentions --out`.
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
    ) -> String {
        let view = self.view(width, height, theme, selected);
        let draw = if as_file {
            file::mentions
        } else {
            chart::mentions
        };
        self.draw_mentions(&series, mode, &view, draw)
    }

    /// The sentiment chart as SVG; `lens`: tone or diplomacy; `as_file`
    /// as for [`Workspace::mentions_svg`].
    #[wasm_bindgen(js_name = sentimentSvg)]
    pub fn sentiment_svg(
        &self,
        lens: &str,
        width: u32,
        height: u32,
        theme: &str,
        selected: &str,
        as_file: bool,
    ) -> String {
        let view = self.view(width, height, theme, selected);
        let draw = if as_file {
            file::sentiment
        } else {
            chart::sentiment
        };
        self.draw_sentiment(lens, &view, draw)
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

    /// What chart points stand for: `day`, `week`, `month`, or `auto`
    /// (anything else): the finest period that fits the chart's width.
    #[wasm_bindgen(js_name = setPeriod)]
    pub fn set_period(&mut self, period: &str) {
        self.period = Period::named(period);
    }

    /// The finest period (`day`, `week` or `month`) whose points fit a
    /// chart `width` pixels wide.
    #[wasm_bindgen(js_name = fittingPeriod)]
    pub fn fitting_period(&self, width: u32) -> String {
        let view = View::of_corpus(&self.corpus, width, 100, Theme::light(), None);
        view.by(None).period.name().to_string()
    }

    /// The counts report with its days summed per `period` (day, week or
    /// month), as the charts draw them.
    #[wasm_bindgen(js_name = countsBy)]
    pub fn counts_by(&self, period: &str) -> Result<JsValue, JsError> {
        let p = Period::named(period).unwrap_or_default();
        to_js(&self.analysis.counts.as_ref().map(|c| c.by_period(p)))
    }

    /// The sentiment report with its days summed per `period`.
    #[wasm_bindgen(js_name = sentimentBy)]
    pub fn sentiment_by(&self, period: &str) -> Result<JsValue, JsError> {
        let p = Period::named(period).unwrap_or_default();
        to_js(&self.analysis.sentiment.as_ref().map(|s| s.by_period(p)))
    }

    /// Words removed from the pages of the articles of `on_day` (a day,
    /// ISO week, month or year label; all articles for an empty string) as
    /// navigation, captions and other clutter.
    #[wasm_bindgen(js_name = removedWords)]
    pub fn removed_words(&self, on_day: &str) -> usize {
        let within = days(on_day);
        let mut sources: Vec<&str> = self
            .corpus
            .articles
            .iter()
            .filter(|a| Period::holds(within, a.date))
            .map(|a| a.source.as_str())
            .collect();
        sources.sort_unstable();
        sources.dedup();
        sources
            .iter()
            .filter_map(|s| self.corpus.removed_words.get(*s))
            .sum()
    }

    /// Keyword-in-context lines for a series label, on one day
    /// (YYYY-MM-DD), ISO week (YYYY-Www) or month (YYYY-MM), or all days
    /// (empty string): the first `limit` in corpus order, or all for 0.
    pub fn contexts(
        &self,
        label: &str,
        on_day: &str,
        width: usize,
        limit: usize,
    ) -> Result<JsValue, JsError> {
        to_js(&reader::contexts(
            &self.corpus,
            label,
            &self.series,
            &self.entities,
            days(on_day),
            width.clamp(10, 200),
            (limit > 0).then_some(limit),
        ))
    }
}
