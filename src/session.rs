//! The state the page holds while a reader explores a corpus: the corpus,
//! its entities, the queries, the analyses run so far and the ones made on
//! demand, the dates set by hand and the names edited. Plain Rust, tested
//! natively; `web.rs` (the WebAssembly boundary) only converts its values
//! and errors for the page.

use crate::analyse::analysis::{self, Analysis, Want};
use crate::analyse::discover::{self, Discovery, EntitiesReport};
use crate::analyse::entities::{self, Entity};
use crate::analyse::events::EventsReport;
use crate::analyse::keyness::{KeywordsReport, WordTotals};
use crate::analyse::mentions::{CountsReport, SeriesSet};
use crate::analyse::period::Period;
use crate::analyse::query;
use crate::analyse::sentiment::{self, Driver, DriverLens, SentimentReport};
use crate::load::Loader;
use crate::read::corpus::{Corpus, SourceFile, Warning};
use crate::read::dates::Day;
use crate::read::language;
use crate::show::chart::{self, Lens, MentionMode, Theme, View};
use crate::show::file;
use crate::show::reader::{self, Context, ReaderArticle};
use crate::show::report::{CorpusTotals, Summary};

/// The name under which problems with an edited entity list are reported.
const EDITED: &str = "entities.toml (your edits)";

/// The analyses the views draw: all three, without each article's list of
/// sentiment drivers, which only the sentiment download needs (see
/// [`Session::sentiment_report`]).
fn views() -> Want {
    Want {
        lean_articles: true,
        ..Want::all()
    }
}

/// The first and last day of a selection: a day, ISO week, month or year
/// label; none for anything else (all days).
fn days(selected: &str) -> Option<(Day, Day)> {
    Period::range(selected)
}

/// What a chart is asked for: its size in pixels, its theme (light or
/// dark), the period selected (a label, or empty) and whether it is the
/// file that says what it shows.
pub struct ChartAsk<'a> {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// `light` or `dark`.
    pub theme: &'a str,
    /// A period label (`2026-01-07`, `2026-W02`, `2026-01`, `2026`), or
    /// empty.
    pub selected: &'a str,
    /// The download (title, legend, caption) rather than the page's chart.
    pub as_file: bool,
    /// The corpus's name, for the download's caption (empty: not named).
    pub corpus: &'a str,
}

impl ChartAsk<'_> {
    /// A chart `width` × `height` pixels in `theme`, `selected` marked.
    pub fn new<'a>(
        width: u32,
        height: u32,
        theme: &'a str,
        selected: &'a str,
        as_file: bool,
    ) -> ChartAsk<'a> {
        ChartAsk {
            width,
            height,
            theme,
            selected,
            as_file,
            corpus: "",
        }
    }
}

/// The corpus being explored, with its analysis.
pub struct Session {
    corpus: Corpus,
    entities: Vec<Entity>,
    series: SeriesSet,
    analysis: Analysis,
    warnings: Vec<Warning>,
    /// What a chart point stands for; none: the finest that fits.
    period: Option<Period>,
    /// While a corpus is being loaded a batch at a time (see
    /// [`Session::loading`]).
    loading: Option<Loader>,
    /// What discovery found in the corpus: an edited entity list joins it
    /// without discovering again ([`Session::use_entities`]).
    found: Discovery,
    /// The corpus's own entities.toml files, which an edited list replaces
    /// until it is taken back.
    listed_files: Vec<SourceFile>,
    /// The corpus's word counts, once keyness asked for them.
    word_totals: Option<WordTotals>,
}

impl Session {
    /// A session that has read its corpus and analysed nothing yet:
    /// [`Session::counts_report`] counts mentions alone (the first chart
    /// needs no more), [`Session::complete`] runs what is missing — all
    /// three analyses in one pass when nothing ran before.
    pub fn new(corpus: Corpus) -> Session {
        let found = discover::discover(&corpus);
        Session::with_found(corpus, found)
    }

    /// As [`Session::new`], with what discovery found in `corpus`.
    fn with_found(corpus: Corpus, found: Discovery) -> Session {
        let (entities, warnings) = discover::with_found(&corpus, &found);
        let listed_files = corpus.entity_files.clone();
        let mut s = Session {
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
        s.series = SeriesSet::new(&[], &s.entities).0;
        s
    }

    /// The bundled corpus.
    pub fn with_seeds() -> Session {
        Session::new(crate::seed_corpus())
    }

    /// A session of `files`; with `with_seeds`, after the bundled
    /// corpus's. Files that cannot be read become warnings.
    pub fn from_files(files: Vec<SourceFile>, with_seeds: bool) -> Session {
        let mut all = if with_seeds {
            crate::seeds::files()
        } else {
            Vec::new()
        };
        all.extend(files);
        Session::new(Corpus::from_files(&all))
    }

    /// A session to load a batch of files at a time
    /// ([`Session::add_files`]) and then to analyse a step at a time
    /// ([`Session::analyse_step`]); with `with_seeds`, the bundled corpus
    /// comes first. The result is the same as [`Session::from_files`] of
    /// all the files followed by [`Session::complete`].
    pub fn loading(with_seeds: bool) -> Session {
        let mut s = Session::new(Corpus::default());
        let mut loader = Loader::new(views());
        if with_seeds {
            // Nothing is analysed yet, so this cannot be refused.
            let _ = loader.add(crate::seeds::files());
        }
        s.loading = Some(loader);
        s
    }

    /// A session for the later files of a folder, in the page's second
    /// worker: files come in as in [`Session::loading`] (with the same
    /// sidecar files), then its names and analysis go to the first worker
    /// (see [`Loader::hand_over_found`] and [`Loader::hand_over_step`]).
    /// With `with_seeds`, the first worker's session holds the bundled
    /// corpus: this one is given its sidecar files (not its texts).
    pub fn loading_second(with_seeds: bool) -> Session {
        let mut s = Session::new(Corpus::default());
        let mut loader = Loader::second(views());
        if with_seeds {
            let sidecars = crate::seeds::files()
                .into_iter()
                .filter(|f| crate::read::corpus::is_sidecar(&f.name))
                .collect();
            // Nothing is analysed yet, so this cannot be refused.
            let _ = loader.add(sidecars);
        }
        s.loading = Some(loader);
        s
    }

    /// The loader of a loading session, for `method`'s error.
    fn loader(&mut self, method: &str) -> Result<&mut Loader, String> {
        self.loading
            .as_mut()
            .ok_or_else(|| format!("{method}: this workspace is not loading"))
    }

    /// In a session made by [`Session::loading_second`], once every file
    /// is in: the candidate names of its articles, as bytes for the first
    /// worker's [`Session::take_found`] (see [`Loader::hand_over_found`]).
    pub fn hand_over_found(&mut self) -> Result<Vec<u8>, String> {
        self.loader("handOverFound")?
            .hand_over_found()
            .map_err(|e| format!("handOverFound: {e}"))
    }

    /// Before the first step: the second worker's candidate names
    /// ([`Loader::take_found`]). On an error the session is unchanged.
    pub fn take_found(&mut self, bytes: &[u8]) -> Result<(), String> {
        self.loader("takeFound")?
            .take_found(bytes)
            .map_err(|e| format!("takeFound: {e}"))
    }

    /// After the first step: the settled entities, for the second
    /// worker's [`Session::analyse_with`] ([`Loader::names_for_second`]).
    pub fn names_for_second(&mut self) -> Result<Vec<u8>, String> {
        self.loader("namesForSecond")?
            .names_for_second()
            .map_err(|e| format!("namesForSecond: {e}"))
    }

    /// In the second worker: the entities to analyse its articles with
    /// ([`Loader::analyse_with`]).
    pub fn analyse_with(&mut self, bytes: &[u8]) -> Result<(), String> {
        self.loader("analyseWith")?
            .analyse_with(bytes)
            .map_err(|e| format!("analyseWith: {e}"))
    }

    /// In the second worker: its next articles analysed, about `bytes` of
    /// text, as bytes for the first worker's [`Session::take_over`]; empty
    /// once all are handed over ([`Loader::hand_over_step`]).
    pub fn hand_over_step(&mut self, bytes: usize) -> Result<Vec<u8>, String> {
        self.loader("handOverStep")?
            .hand_over_step(bytes)
            .map_err(|e| format!("handOverStep: {e}"))
    }

    /// Takes a step of the second worker's analysis
    /// ([`Loader::take_over`]), in the order given. On an error the session
    /// is unchanged.
    pub fn take_over(&mut self, bytes: &[u8]) -> Result<(), String> {
        self.loader("takeOver")?
            .take_over(bytes)
            .map_err(|e| format!("takeOver: {e}"))
    }

    /// Reads a batch of files into a session made by [`Session::loading`].
    pub fn add_files(&mut self, files: Vec<SourceFile>) -> Result<(), String> {
        self.loader("addFiles")?
            .add(files)
            .map_err(|e| format!("addFiles: {e}"))
    }

    /// Once every file is added: analyses about `bytes` more of the text of
    /// a loading session; returns the share of the articles analysed, 0 to
    /// 1. At 1 the session is complete.
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
            let mut s = Session::with_found(corpus, found.discovery);
            s.listed_files = found.listed;
            s.analysis = analysis;
            s.period = self.period;
            *self = s;
        }
        1.0
    }

    /// Runs the analyses a new session has not run yet (sentiment and
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

    /// The problems reading the files and the entity lists, as the CLI's
    /// reports list them.
    fn problems(&self) -> Vec<Warning> {
        let mut all = self.corpus.warnings.clone();
        all.extend(self.warnings.iter().cloned());
        all
    }

    /// Gives the undated article `id` a day by hand (`YYYY-MM-DD`), or
    /// takes it back (empty string), and re-runs the analyses.
    pub fn set_date(&mut self, id: &str, date: &str) -> Result<(), String> {
        self.corpus.set_date(id, parse_day(date)?)?;
        self.reanalyse();
        Ok(())
    }

    /// Sets many days by hand at once (a restored or imported workspace's),
    /// with one analysis for all: `pairs` are (id, `YYYY-MM-DD` or empty).
    /// The result holds, for each pair, why it was not applied, or `None`.
    pub fn set_dates(&mut self, pairs: &[(&str, &str)]) -> Vec<Option<String>> {
        let at: Vec<Option<usize>> = {
            let positions = self.corpus.positions();
            pairs
                .iter()
                .map(|(id, _)| positions.get(id).copied())
                .collect()
        };
        let problems: Vec<Option<String>> = pairs
            .iter()
            .zip(at)
            .map(|(&(id, date), at)| {
                let at = at.ok_or_else(|| format!("no article '{id}'"))?;
                self.corpus.set_date_at(at, parse_day(date)?)
            })
            .map(Result::err)
            .collect();
        if problems.iter().any(Option::is_none) {
            self.reanalyse();
        }
        problems
    }

    /// The analyses again, after days changed (the word counts are kept by
    /// day).
    fn reanalyse(&mut self) {
        self.word_totals = None;
        let series = std::mem::take(&mut self.series);
        self.analysis = analysis::run(&self.corpus, &series, &self.entities, views());
        self.series = series;
    }

    /// Sets the comma-separated queries (query syntax of the README) and
    /// counts the mentions again; sentiment and events keep their tallies
    /// (queries change nothing else: a test in `analysis` says so). An
    /// invalid query is an error naming it; the previous queries stay.
    pub fn set_queries(&mut self, list: &str) -> Result<(), String> {
        let queries = query::parse_list(list).map_err(|e| e.to_string())?;
        let (series, _) = SeriesSet::new(&queries, &self.entities);
        let want = Want {
            counts: true,
            ..Default::default()
        };
        self.analysis.counts = analysis::run(&self.corpus, &series, &self.entities, want).counts;
        self.series = series;
        Ok(())
    }

    /// The labels of a comma-separated list of queries, as the core splits
    /// and reads them (`Petro, Trump` is two queries), counting nothing; an
    /// invalid query, or more than 200, is an error naming it.
    pub fn query_labels(list: &str) -> Result<Vec<String>, String> {
        let queries = query::parse_list(list).map_err(|e| e.to_string())?;
        Ok(queries.into_iter().map(|q| q.label).collect())
    }

    /// The summary report (`dateline summary --json`).
    pub fn summary(&self) -> Summary {
        let mut s = Summary::of(&self.corpus);
        s.warnings.extend(self.warnings.iter().cloned());
        s
    }

    /// The corpus line's figures ([`Summary::totals`]), counted from the
    /// articles without making their summaries.
    pub fn corpus_totals(&self) -> CorpusTotals {
        CorpusTotals::of(self.corpus.articles.iter().map(|a| (a.date, a.words)))
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

    /// Mentions per day with every article's counts and the problems
    /// (`dateline counts --json`), counted now if no analysis ran yet.
    pub fn counts_report(&mut self) -> Option<CountsReport> {
        self.count_if_needed();
        self.analysis.counts.as_ref().map(|c| CountsReport {
            warnings: self.problems(),
            ..c.clone()
        })
    }

    /// The counts report without its per-article counts: what the views
    /// draw, each day holding only the series it mentions (a series
    /// missing from a day is a zero there). Counted now if no analysis ran
    /// yet.
    ///
    /// With `only`, the days hold those series alone (the page asks for the
    /// series it shows: taking in every series mentioned on two thousand
    /// days held its thread 106 ms).
    pub fn counts_days(&mut self, only: Option<&[String]>) -> Option<MentionedDays> {
        self.count_if_needed();
        self.analysis
            .counts
            .as_ref()
            .map(|c| MentionedDays::of(c, only))
    }

    /// The counts report with its days summed per `period` (day, week,
    /// month or year), as the charts draw them; as [`Session::counts_days`],
    /// each period holds only the series it mentions.
    pub fn counts_by(&self, period: &str, only: Option<&[String]>) -> Option<MentionedDays> {
        let p = Period::named(period).unwrap_or_default();
        self.analysis
            .counts
            .as_ref()
            .map(|c| MentionedDays::of(&c.by_period(p), only))
    }

    /// Per article, in corpus order, the occurrences of the `series`
    /// labels together; a label that is not a series counts nothing.
    pub fn article_mentions(&self, series: &[String]) -> Vec<u32> {
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
    /// report's order), as `dateline chart mentions` without `--series`.
    pub fn top_series(&mut self, n: usize) -> Vec<String> {
        self.count_if_needed();
        self.analysis.counts.as_ref().map_or_else(Vec::new, |c| {
            chart::top_series(c, n)
                .into_iter()
                .map(|p| p.label)
                .collect()
        })
    }

    /// Sentiment tallies with each article's drivers and the problems
    /// (`dateline sentiment --json`): tallied again, as the session keeps
    /// no per-article drivers.
    pub fn sentiment_report(&self) -> Option<SentimentReport> {
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

    /// The sentiment report's day and undated tallies, without the words
    /// behind them (a selection's come from [`Session::drivers`]) and
    /// without the per-article tallies: what the views draw.
    pub fn sentiment_days(&self) -> Option<SentimentReport> {
        self.analysis
            .sentiment
            .as_ref()
            .map(SentimentReport::without_drivers)
    }

    /// The day tallies summed per `period`, without their drivers (as
    /// [`Session::sentiment_days`]).
    pub fn sentiment_by(&self, period: &str) -> Option<SentimentReport> {
        let p = Period::named(period).unwrap_or_default();
        self.analysis
            .sentiment
            .as_ref()
            .map(|s| s.without_drivers().by_period(p))
    }

    /// Occurrences of each series in the whole corpus — its days and its
    /// undated articles — in the report's order: the chips' numbers.
    pub fn totals(&mut self) -> Vec<(String, usize)> {
        self.count_if_needed();
        let Some(c) = &self.analysis.counts else {
            return Vec::new();
        };
        // Each bucket's counts walked once, in series order (not looked
        // up per series).
        let mut sums = vec![0; c.terms.len()];
        for b in c.days.iter().chain(std::iter::once(&c.undated)) {
            for (sum, &n) in sums.iter_mut().zip(b.counts.in_series_order()) {
                *sum += n;
            }
        }
        c.terms.iter().cloned().zip(sums).collect()
    }

    /// The words behind the tallies of `lens` (`tone`, or `diplomacy`) on
    /// the days of a period (a label; every day for an empty one), merged
    /// across them: most counted first, then by word.
    pub fn drivers(&self, label: &str, lens: &str) -> Vec<Driver> {
        let Some(tallies) = &self.analysis.sentiment else {
            return Vec::new();
        };
        let lens = if lens == "diplomacy" {
            DriverLens::Diplomacy
        } else {
            DriverLens::Tone
        };
        let within = days(label);
        let mut merged: rustc_hash::FxHashMap<std::sync::Arc<str>, Driver> =
            rustc_hash::FxHashMap::default();
        for day in tallies
            .days
            .iter()
            .filter(|d| Period::holds(within, d.date))
        {
            for x in day.drivers.iter().filter(|x| x.lens == lens) {
                merged
                    .entry(x.word.clone())
                    .and_modify(|m| {
                        m.count += x.count;
                        m.negated += x.negated;
                    })
                    .or_insert_with(|| x.clone());
            }
        }
        let mut all: Vec<Driver> = merged.into_values().collect();
        all.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.word.cmp(&b.word)));
        all
    }

    /// The events (`dateline events --json`), once analysed.
    pub fn events(&self) -> Option<&EventsReport> {
        self.analysis.events.as_ref()
    }

    /// The events of a selected period, by their index in
    /// [`Session::events`], and how many in words (see
    /// [`EventsReport::selected`]).
    pub fn events_in(&self, label: &str) -> (Vec<usize>, String) {
        self.analysis
            .events
            .as_ref()
            .map(|e| e.selected(label))
            .unwrap_or_default()
    }

    /// The corpus's entities as an entities.toml (`dateline entities
    /// --toml`).
    pub fn entities_toml(&self) -> String {
        entities::to_toml(&self.entities, &entities::hidden(&self.corpus))
    }

    /// Each entity with its kind, aliases, mentions, articles and days
    /// (`dateline entities --json`).
    pub fn entities_report(&self) -> EntitiesReport {
        discover::report_with(&self.corpus, &self.found)
    }

    /// Applies one edit to the entity list (see [`entities::Edit`]),
    /// counts everything again with the new list and returns it as an
    /// entities.toml. A refused edit is an error saying why, and changes
    /// nothing.
    pub fn edit_entities(&mut self, edit: &entities::Edit) -> Result<String, String> {
        let mut list = self.entities.clone();
        let mut hide = entities::hidden(&self.corpus);
        entities::apply(&mut list, &mut hide, edit)?;
        let toml = entities::to_toml(&list, &hide);
        self.use_entities(&toml)?;
        Ok(toml)
    }

    /// Counts with `toml`, an entity list edited from this corpus's,
    /// instead of the corpus's own entities.toml files; the names found in
    /// the texts join it as they join those. An empty string takes the
    /// edits back. On a loading session, before its analysis starts, the
    /// list is used when it does. A list with a problem is an error naming
    /// it, and changes nothing.
    pub fn use_entities(&mut self, toml: &str) -> Result<(), String> {
        let files = if toml.is_empty() {
            self.listed_files.clone()
        } else {
            let (_, problems) = entities::parse(EDITED, toml);
            if let Some(p) = problems.first() {
                return Err(format!("{}: {}", p.source, p.message));
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
                    .map_err(|e| format!("useEntities: {e}"))?;
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

    /// Counts the corpus's words by day for [`Session::keywords`], if not
    /// done yet.
    pub fn prepare_keywords(&mut self) {
        if self.word_totals.is_none() {
            self.word_totals = Some(WordTotals::of(&self.corpus));
        }
    }

    /// The words and names that stand out in the period `label` against
    /// the rest of the corpus, `n` of each (`dateline keywords --day LABEL
    /// --json`); none for a label that is not a period.
    pub fn keywords(&mut self, label: &str, n: usize) -> Option<KeywordsReport> {
        self.count_if_needed();
        self.prepare_keywords();
        let totals = self.word_totals.as_ref()?;
        let counts = self.analysis.counts.as_ref()?;
        crate::analyse::keyness::keywords(&self.corpus, counts, totals, label, n).map(|r| {
            KeywordsReport {
                warnings: self.problems(),
                ..r
            }
        })
    }

    /// What chart points stand for: `day`, `week`, `month`, `year`, or
    /// `auto` (anything else): the finest period that fits the chart.
    pub fn set_period(&mut self, period: &str) {
        self.period = Period::named(period);
    }

    /// The finest period whose points fit a chart `width` pixels wide.
    pub fn fitting_period(&self, width: u32) -> String {
        let view = View::of_corpus(&self.corpus, width, 100, Theme::light(), None);
        view.by(None).period.name().to_string()
    }

    fn view(&self, ask: &ChartAsk) -> View {
        View::of_corpus(
            &self.corpus,
            ask.width,
            ask.height,
            Theme::named(ask.theme),
            days(ask.selected),
        )
        .by(self.period)
        .named(ask.corpus)
    }

    /// The mentions chart of `series` (labels of the counts report) as
    /// SVG; `mode`: raw, per_10k, share; as a file, the SVG that says what
    /// it shows (the same bytes as `dateline chart mentions --out`). Empty
    /// before the counts exist.
    pub fn mentions_svg(&self, series: &[String], mode: &str, ask: &ChartAsk) -> String {
        let Some(counts) = &self.analysis.counts else {
            return String::new();
        };
        let draw = if ask.as_file {
            file::mentions
        } else {
            chart::mentions
        };
        let picks = chart::picks(counts, series);
        draw(counts, &picks, MentionMode::named(mode), &self.view(ask))
    }

    /// The sentiment chart through `lens` (tone or diplomacy) as SVG, or as
    /// a file.
    pub fn sentiment_svg(&self, lens: &str, ask: &ChartAsk) -> String {
        let Some(tallies) = &self.analysis.sentiment else {
            return String::new();
        };
        if ask.as_file {
            file::sentiment(tallies, Lens::named(lens), &self.view(ask))
        } else {
            chart::sentiment(tallies, Lens::named(lens), &self.view(ask))
        }
    }

    /// The event timeline strip as SVG.
    pub fn timeline_svg(&self, ask: &ChartAsk) -> String {
        match &self.analysis.events {
            Some(e) => chart::timeline(e, &self.view(ask)),
            None => String::new(),
        }
    }

    /// An article cut into marked pieces for the reader.
    pub fn article(&self, id: &str, focus: reader::Focus) -> Option<ReaderArticle> {
        reader::article(&self.corpus, id, &self.series, &self.entities, focus)
    }

    /// Words removed from the pages of the articles of `on_day` (a period
    /// label; all articles for an empty string) as clutter.
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

    /// The languages of the articles of `on_day` (a period label; all
    /// articles for an empty string) that the tone lists skip (not English,
    /// not Spanish), by name ("German"), those with the most words first.
    pub fn skipped_languages(&self, on_day: &str) -> Vec<String> {
        let within = days(on_day);
        let mut words: Vec<(String, usize, bool)> = Vec::new();
        for a in self
            .corpus
            .articles
            .iter()
            .filter(|a| Period::holds(within, a.date))
        {
            let tag = sentiment::tone_language(a);
            if sentiment::tone_of(tag) != sentiment::Tone::Other {
                continue;
            }
            let name = tag.map_or_else(String::new, language::name);
            // A text whose language is not known is listed after the named
            // ones: "German, Dutch and languages other than English".
            let known = !name.is_empty() && name != language::name("und");
            match words.iter_mut().find(|(n, _, _)| *n == name) {
                Some((_, w, _)) => *w += a.words,
                None => words.push((name, a.words, known)),
            }
        }
        words.sort_by(|a, b| {
            b.2.cmp(&a.2)
                .then(b.1.cmp(&a.1))
                .then_with(|| a.0.cmp(&b.0))
        });
        words.into_iter().map(|(n, _, _)| n).collect()
    }

    /// Keyword-in-context lines for a series label in a period (all days
    /// for an empty string): the first `limit` in corpus order, or all for
    /// 0.
    pub fn contexts(&self, label: &str, on_day: &str, width: usize, limit: usize) -> Vec<Context> {
        reader::contexts(
            &self.corpus,
            label,
            &self.series,
            &self.entities,
            days(on_day),
            width.clamp(10, 200),
            (limit > 0).then_some(limit),
        )
    }
}

/// A day set by hand: `YYYY-MM-DD`, or empty for none.
fn parse_day(date: &str) -> Result<Option<Day>, String> {
    if date.is_empty() {
        return Ok(None);
    }
    Day::parse_iso(date)
        .map(Some)
        .ok_or_else(|| format!("'{date}' is not a day written YYYY-MM-DD"))
}

/// The counts per day (or period) as the page is handed them: each day
/// holds only the series it mentions (three hundred names over two
/// thousand days are 1.8 million values, most of them zeros, for the page
/// to receive and keep); a series missing from a day is a zero there.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct MentionedDays {
    /// Series labels in order: queries, then entities.
    pub terms: Vec<String>,
    /// Days (or periods) with at least one article, in order.
    pub days: Vec<Mentioned>,
    /// The undated articles.
    pub undated: Mentioned,
    /// Problems with queries or entity files.
    pub warnings: Vec<crate::Warning>,
}

/// One day of [`MentionedDays`]: a [`crate::analyse::mentions::Bucket`]
/// with only the series it mentions.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Mentioned {
    /// The day (the period's first); null for the undated articles.
    pub date: Option<Day>,
    /// Articles.
    pub articles: usize,
    /// Their words.
    pub words: usize,
    /// Occurrences per series mentioned.
    pub counts: std::collections::BTreeMap<String, usize>,
    /// Occurrences per 10,000 words.
    pub per_10k: std::collections::BTreeMap<String, f64>,
    /// Share (0–1) of the articles with at least one occurrence.
    pub article_share: std::collections::BTreeMap<String, f64>,
}

impl MentionedDays {
    /// The days of `c`, each with the series it mentions (of `only`, when
    /// given).
    fn of(c: &CountsReport, only: Option<&[String]>) -> MentionedDays {
        MentionedDays {
            terms: c.terms.clone(),
            days: c.days.iter().map(|b| Mentioned::of(b, only)).collect(),
            undated: Mentioned::of(&c.undated, only),
            warnings: c.warnings.clone(),
        }
    }
}

impl Mentioned {
    fn of(b: &crate::analyse::mentions::Bucket, only: Option<&[String]>) -> Mentioned {
        let wanted = |t: &str| only.is_none_or(|o| o.iter().any(|x| x == t));
        let mentioned = || b.counts.iter().filter(|&(t, n)| n > 0 && wanted(t));
        let value = |m: &crate::analyse::mentions::TermValues<f64>, t: &str| {
            m.get(t).copied().unwrap_or(0.0)
        };
        Mentioned {
            date: b.date,
            articles: b.articles,
            words: b.words,
            counts: mentioned().map(|(t, n)| (t.to_string(), n)).collect(),
            per_10k: mentioned()
                .map(|(t, _)| (t.to_string(), value(&b.per_10k, t)))
                .collect(),
            article_share: mentioned()
                .map(|(t, _)| (t.to_string(), value(&b.article_share, t)))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Texts of my own, not the seeds: a council story, an undated note.
    fn files() -> Vec<SourceFile> {
        let file = |name: &str, text: &str| SourceFile {
            name: name.into(),
            bytes: text.as_bytes().to_vec(),
        };
        vec![
            file(
                "2026-03-02-council.txt",
                "Council backs water plan\n\nThe Water Board met Mayor Ana Ruiz on Monday. Ana Ruiz said the plan was good, and the Water Board agreed.\n",
            ),
            file(
                "notes.txt",
                "Class notes\n\nThe class asked the Water Board about the dam. Ruiz thanked the children for their questions.\n",
            ),
        ]
    }

    #[test]
    fn a_session_counts_first_and_completes_on_demand() {
        let mut s = Session::from_files(files(), false);
        let counts = s.counts_report().expect("counted at once");
        assert!(
            counts.terms.iter().any(|t| t == "Water Board"),
            "{:?}",
            counts.terms
        );
        assert!(s.events().is_none(), "events wait for complete");
        s.complete();
        assert!(s.events().is_some() && s.sentiment_days().is_some());
        assert_eq!(s.summary().articles.len(), 2);
    }

    #[test]
    fn the_corpus_line_counts_days_words_and_undated_articles() {
        let mut s = Session::from_files(files(), false);
        let words: usize = s.summary().articles.iter().map(|a| a.words).sum();
        let t = s.summary().totals();
        assert_eq!((t.articles, t.days, t.undated), (2, 1, 1), "{t:?}");
        assert_eq!(t.words, words);
        assert!(t.words > 20, "{t:?}");
        // A second article on the same day adds no day; one on another
        // day does.
        s.complete();
        s.set_date("notes.txt#1", "2026-03-02").expect("a day");
        assert_eq!(
            (s.summary().totals().days, s.summary().totals().undated),
            (1, 0)
        );
        s.set_date("notes.txt#1", "2026-03-05").expect("a day");
        assert_eq!(s.summary().totals().days, 2);
        // The page's figures, counted without the summaries, are the same.
        assert_eq!(s.corpus_totals(), s.summary().totals());
    }

    /// The page is handed each day's mentioned series only; the report
    /// (the CLI's, the downloads') keeps every series on every day.
    #[test]
    fn the_page_gets_the_series_each_day_mentions() {
        let mut s = Session::from_files(files(), false);
        s.set_date("notes.txt#1", "2026-03-03").expect("a day");
        let full = s.counts_report().expect("counts");
        assert!(full.terms.len() >= 2, "{:?}", full.terms);
        for d in &full.days {
            assert_eq!(d.counts.len(), full.terms.len());
        }
        for (sparse, whole) in [
            (s.counts_days(None).expect("counts"), full.clone()),
            (
                s.counts_by("week", None).expect("counts"),
                full.by_period(Period::Week),
            ),
        ] {
            assert_eq!(sparse.days.len(), whole.days.len());
            for (d, w) in sparse.days.iter().zip(&whole.days) {
                assert_eq!((d.date, d.articles, d.words), (w.date, w.articles, w.words));
                for t in &whole.terms {
                    let n = w.counts[t];
                    assert_eq!(d.counts.get(t).copied().unwrap_or(0), n, "{t}");
                    assert_eq!(d.per_10k.contains_key(t), n > 0, "{t}");
                    assert_eq!(
                        d.article_share.get(t).copied().unwrap_or(0.0),
                        w.article_share[t]
                    );
                }
            }
        }
        // Asked for some series, the days hold those alone.
        let some = [full.terms[0].clone()];
        for d in s.counts_days(Some(&some)).expect("counts").days {
            assert!(d.counts.keys().all(|t| *t == some[0]), "{:?}", d.counts);
        }
        let week = s.counts_by("week", Some(&some)).expect("counts");
        assert_eq!(week.terms, full.terms, "every label is listed");
        assert!(week.days.iter().any(|d| d.counts.contains_key(&some[0])));
        // A series that a day does not mention is not in it.
        s.set_queries("dam").expect("a query");
        let days = s.counts_days(None).expect("counts").days;
        assert!(!days[0].counts.contains_key("dam"), "{:?}", days[0].counts);
        assert_eq!(days[1].counts.get("dam"), Some(&1), "{:?}", days[1].counts);
    }

    #[test]
    fn totals_and_drivers_are_summed_over_the_days() {
        let mut s = Session::from_files(files(), false);
        s.complete();
        s.set_date("notes.txt#1", "2026-03-03").expect("a day");
        let totals = s.totals();
        let board = totals
            .iter()
            .find(|(t, _)| t == "Water Board")
            .expect("a series");
        assert_eq!(board.1, 3, "two on 2 March, one on 3 March: {totals:?}");
        // "good" (2 March) and "thanked" (3 March) drive the tone; only
        // "good" on 2 March.
        let all: Vec<String> = s
            .drivers("", "tone")
            .iter()
            .map(|d| d.word.to_string())
            .collect();
        assert!(
            all.contains(&"good".into()) && all.contains(&"thanked".into()),
            "{all:?}"
        );
        let one: Vec<String> = s
            .drivers("2026-03-02", "tone")
            .iter()
            .map(|d| d.word.to_string())
            .collect();
        assert!(
            one.contains(&"good".into()) && !one.contains(&"thanked".into()),
            "{one:?}"
        );
        assert!(
            s.drivers("2026-03-02", "diplomacy")
                .iter()
                .all(|d| d.lens == DriverLens::Diplomacy)
        );
        // The views' day tallies leave the words behind them to `drivers`
        // and keep every figure, per day and per period.
        let full = s.analysis.sentiment.clone().expect("tallies");
        let lean = s.sentiment_days().expect("tallies");
        assert!(lean.days.iter().all(|d| d.drivers.is_empty()));
        let figures = |t: &crate::analyse::sentiment::Tally| {
            (t.date, t.articles, t.words, t.positive, t.negative, t.net)
        };
        let same = |a: &SentimentReport, b: &SentimentReport| {
            a.days.iter().map(figures).eq(b.days.iter().map(figures))
                && figures(&a.undated) == figures(&b.undated)
                && a.days
                    .iter()
                    .map(|d| (d.goldstein, d.conflict, d.cooperation))
                    .eq(b
                        .days
                        .iter()
                        .map(|d| (d.goldstein, d.conflict, d.cooperation)))
        };
        assert!(same(&lean, &full));
        let by_month = s.sentiment_by("month").expect("tallies");
        assert!(same(
            &by_month,
            &full.by_period(Period::named("month").expect("a period"))
        ));
    }

    #[test]
    fn a_date_set_by_hand_moves_the_article_and_a_bad_one_changes_nothing() {
        let mut s = Session::from_files(files(), false);
        s.complete();
        assert_eq!(
            s.set_date("notes.txt#1", "2026-13-01"),
            Err("'2026-13-01' is not a day written YYYY-MM-DD".into())
        );
        assert!(s.summary().articles.iter().any(|a| a.date.is_none()));
        s.set_date("notes.txt#1", "2026-03-03").expect("a day");
        let days = counted_days(&mut s);
        assert_eq!(days, ["2026-03-02", "2026-03-03"]);
        // Taken back: undated again.
        s.set_date("notes.txt#1", "").expect("taken back");
        assert_eq!(s.counts_days(None).expect("counts").days.len(), 1);
    }

    /// The days the counts have.
    fn counted_days(s: &mut Session) -> Vec<String> {
        s.counts_days(None)
            .expect("counts")
            .days
            .iter()
            .filter_map(|d| d.date.map(|d| d.to_string()))
            .collect()
    }

    #[test]
    fn many_dates_set_at_once_say_which_were_not_applied() {
        let mut s = Session::from_files(files(), false);
        s.complete();
        let problems = s.set_dates(&[
            ("notes.txt#1", "2026-03-04"),
            ("gone.txt#1", "2026-03-04"),
            ("2026-03-02-council.txt#1", "2026-03-09"),
            ("notes.txt#1", "2026-02-30"),
        ]);
        assert_eq!(problems[0], None);
        assert_eq!(problems[1].as_deref(), Some("no article 'gone.txt#1'"));
        assert!(
            problems[2]
                .as_deref()
                .is_some_and(|p| p.contains("only undated articles")),
            "{problems:?}"
        );
        assert!(
            problems[3]
                .as_deref()
                .is_some_and(|p| p.contains("YYYY-MM-DD")),
            "{problems:?}"
        );
        // The one applied is counted on its day, as set_date would.
        let days = counted_days(&mut s);
        assert_eq!(days, ["2026-03-02", "2026-03-04"]);
    }

    #[test]
    fn queries_count_and_a_bad_one_keeps_the_previous() {
        let mut s = Session::from_files(files(), false);
        s.complete();
        s.set_queries("dam|plan").expect("a query");
        assert!(
            s.counts_report()
                .expect("counts")
                .terms
                .contains(&"dam|plan".to_string())
        );
        assert!(s.set_queries("\"unclosed").is_err());
        assert!(
            s.counts_report()
                .expect("counts")
                .terms
                .contains(&"dam|plan".to_string())
        );
        assert_eq!(
            Session::query_labels("Petro, Trump").expect("two"),
            ["Petro", "Trump"]
        );
    }

    #[test]
    fn an_edited_name_counts_again_and_can_be_taken_back() {
        let mut s = Session::from_files(files(), false);
        s.complete();
        let edit = entities::Edit::of("rename", "Water Board", "Valley Water Board", Vec::new())
            .expect("an edit");
        let toml = s.edit_entities(&edit).expect("renamed");
        assert!(toml.contains("Valley Water Board"), "{toml}");
        let terms = s.counts_report().expect("counts").terms;
        assert!(terms.iter().any(|t| t == "Valley Water Board"), "{terms:?}");
        assert!(
            s.use_entities("[[entity]]\nname = 3\n").is_err(),
            "a bad list is refused"
        );
        s.use_entities("").expect("taken back");
        let terms = s.counts_report().expect("counts").terms;
        assert!(terms.iter().any(|t| t == "Water Board"), "{terms:?}");
    }

    #[test]
    fn the_languages_the_tone_lists_skip_are_named_for_a_period() {
        let file = |name: &str, text: &str| SourceFile {
            name: name.into(),
            bytes: text.as_bytes().to_vec(),
        };
        let mut all = files();
        all.push(file(
            "2026-03-03-berlin.txt",
            "Wasser in Berlin\n\nDie Regierung in Berlin hat die Pläne für das Wasser nicht geändert, und der Bürgermeister ist der Meinung, dass die Stadt mit dem Plan auch in diesem Jahr wächst. Die Opposition kritisiert das Gesetz und die Kosten für die Bürger.\n",
        ));
        all.push(file(
            "2026-03-04-roma.txt",
            "Acqua a Roma\n\nIl governo ha detto a Roma che il piano per l'acqua è una buona notizia per la città e che il sindaco ha lavorato con la commissione per molti mesi, ma non tutti sono d'accordo con il progetto e con i costi che sono molto alti per il comune.\n",
        ));
        let s = Session::from_files(all, false);
        let mut both = s.skipped_languages("");
        both.sort();
        assert_eq!(both, ["German", "Italian"]);
        assert_eq!(s.skipped_languages("2026-03-04"), ["Italian"]);
        assert!(s.skipped_languages("2026-03-02").is_empty(), "English");
        // A longer text whose language is not known comes after the named.
        let mut more = files();
        more.push(file(
            "2026-03-04-roma.txt",
            "Acqua a Roma\n\nIl governo ha detto a Roma che il piano per l'acqua è una buona notizia per la città e che il sindaco ha lavorato con la commissione per molti mesi.\n",
        ));
        more.push(file(
            "2026-03-05-thekwini.txt",
            &format!("Isikole\n\n{}\n", "Abafundi besikole esiseThekwini bathi uhulumeni kufanele akhe amagumbi okufundela amasha ngoba izingane ziningi kakhulu. ".repeat(12)),
        ));
        let s = Session::from_files(more, false);
        assert_eq!(
            s.skipped_languages(""),
            ["Italian", "languages other than English"]
        );
        assert_eq!(language::name("de-AT"), "German");
        assert_eq!(language::name("my"), "Burmese");
        assert_eq!(language::name("lv"), "Latvian");
        assert_eq!(language::name("xx"), "the language tagged “xx”");
    }

    #[test]
    fn a_corpus_loaded_in_batches_and_steps_is_the_corpus_read_at_once() {
        let mut whole = Session::from_files(files(), false);
        whole.complete();
        let mut loaded = Session::loading(false);
        for f in files() {
            loaded.add_files(vec![f]).expect("added");
        }
        let mut done = 0.0;
        while done < 1.0 {
            done = loaded.analyse_step(40);
        }
        assert_eq!(
            serde_json::to_string(&loaded.counts_report()).expect("json"),
            serde_json::to_string(&whole.counts_report()).expect("json")
        );
        assert!(
            Session::with_seeds().add_files(Vec::new()).is_err(),
            "only a loading session takes files"
        );
    }
}
