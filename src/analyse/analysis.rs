//! One pass over the corpus for all three analyses.
//!
//! Each text is cut into sentences and words in one pass, and each distinct
//! word is examined once (its key, lexicon entries and candidate patterns,
//! see `vocab`); the entity matcher, the query matcher and the diplomacy
//! lexicon run once per sentence, and their matches feed the mention
//! counts, the sentiment tallies and the event list. The analyses' own modules hold their rules;
//! this module only walks the text and hands each sentence to them.

use crate::analyse::entities::Entity;
use crate::analyse::events::{self, Events, EventsReport, Report, SentenceEvents};
use crate::analyse::mentions::{Acc, ArticleCounts, CountsReport, SeriesSet, TermCounts, Terms};
use crate::analyse::names::Names;
use crate::analyse::query::{Match, Matcher};
use crate::analyse::sentiment::{self, SentimentReport, Tally};
use crate::analyse::vocab::Vocab;
use crate::read::corpus::{Article, Corpus};
use crate::read::tokens::{self, Token};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// Which analyses to run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Want {
    /// Mentions per day.
    pub counts: bool,
    /// Sentiment tallies.
    pub sentiment: bool,
    /// Events.
    pub events: bool,
    /// Sentiment without each article's list of drivers (its tallies and
    /// scores stay; the day tallies keep theirs): a fraction of the memory
    /// for a large corpus, where the drivers of every article take more
    /// than the text itself.
    pub lean_articles: bool,
}

impl Want {
    /// All three.
    pub fn all() -> Want {
        Want {
            counts: true,
            sentiment: true,
            events: true,
            lean_articles: false,
        }
    }
}

/// The reports asked for.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Analysis {
    /// Mentions per day, if asked.
    pub counts: Option<CountsReport>,
    /// Sentiment tallies, if asked.
    pub sentiment: Option<SentimentReport>,
    /// Events, if asked.
    pub events: Option<EventsReport>,
}

/// One matcher, one look-up per word: entities (one group, the longest
/// alias wins), then each query (a group each), then the diplomacy lexicon
/// (one group). Series indices tell them apart.
pub(crate) struct Combined {
    pub(crate) matcher: Matcher,
    /// Series index of the first query (entities come before).
    pub(crate) first_query: usize,
    /// Series index of the first diplomacy term (queries come before).
    pub(crate) first_term: usize,
}

impl Combined {
    pub(crate) fn new(series: &SeriesSet, entities: &[Entity], diplomacy: bool) -> Combined {
        let mut matcher = Matcher::new();
        for e in entities {
            matcher.add(&e.patterns, 0);
        }
        let first_query = entities.len();
        for (g, q) in series.queries.iter().enumerate() {
            matcher.add(q, 1 + g);
        }
        let first_term = first_query + series.queries.len();
        if diplomacy {
            for p in &sentiment::lexicons().diplomacy_patterns {
                matcher.add(p, 1 + series.queries.len());
            }
        }
        Combined {
            matcher,
            first_query,
            first_term,
        }
    }
}

/// Runs the analyses in `want` over every article. `series` are the
/// counted queries (and entities, when it counts them); `entities` are the
/// names every analysis recognises.
///
/// A large corpus is cut into consecutive parts analysed on separate
/// threads (natively; one part in WebAssembly); the parts' results are
/// merged in article order, so the output does not depend on the number of
/// parts (a test says so).
pub fn run(corpus: &Corpus, series: &SeriesSet, entities: &[Entity], want: Want) -> Analysis {
    run_in_parts(corpus, series, entities, want, parts_for(corpus))
}

/// Counts every series in every article and aggregates per day (the
/// mentions part of [`run`]).
pub fn count_mentions(corpus: &Corpus, series: &SeriesSet, entities: &[Entity]) -> CountsReport {
    let want = Want {
        counts: true,
        ..Default::default()
    };
    run(corpus, series, entities, want)
        .counts
        .unwrap_or_else(|| crate::analyse::mentions::empty(series))
}

/// Tallies every article's tone and aggregates per day (the sentiment
/// part of [`run`]).
pub fn tally_sentiment(corpus: &Corpus, entities: &[Entity]) -> SentimentReport {
    let want = Want {
        sentiment: true,
        ..Default::default()
    };
    run(corpus, &Default::default(), entities, want)
        .sentiment
        .unwrap_or_else(|| {
            let none = Names::default();
            let names = sentiment::DriverNames {
                keys: &none,
                phrases: &none,
            };
            sentiment::join(Vec::new(), names)
        })
}

/// Finds the events of every article, merges reports of the same
/// happening, and sorts them (the events part of [`run`]).
pub fn find_events(corpus: &Corpus, entities: &[Entity]) -> EventsReport {
    let want = Want {
        events: true,
        ..Default::default()
    };
    run(corpus, &Default::default(), entities, want)
        .events
        .unwrap_or_else(|| events::finish(Events::default()))
}

/// Text per part below which one thread is quicker than two.
const PART_BYTES: usize = 2_000_000;

/// How many parts to cut `corpus` into: one per core, at most one per
/// [`PART_BYTES`] of text, and one in WebAssembly (no threads there).
fn parts_for(corpus: &Corpus) -> usize {
    if cfg!(target_arch = "wasm32") {
        return 1;
    }
    let bytes: usize = corpus.articles.iter().map(text_bytes).sum();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    cores.min(bytes / PART_BYTES).max(1)
}

pub(crate) fn text_bytes(a: &Article) -> usize {
    a.title.len() + a.paragraphs.iter().map(String::len).sum::<usize>()
}

/// [`run`] with the corpus cut into (at most) `parts` consecutive parts,
/// each on its own thread natively: `1` analyses on the calling thread
/// alone. The result is the same for any number of parts.
pub fn run_in_parts(
    corpus: &Corpus,
    series: &SeriesSet,
    entities: &[Entity],
    want: Want,
    parts: usize,
) -> Analysis {
    let combined = Combined::new(series, entities, want.sentiment || want.events);
    let ctx = Ctx {
        combined: &combined,
        series,
        want,
    };
    let ranges = split(&corpus.articles, parts);
    let results: Vec<Part> = if ranges.len() == 1 {
        vec![analyse_part(&corpus.articles, &ctx)]
    } else {
        analyse_parts_in_threads(&corpus.articles, &ranges, &ctx)
    };
    let threads = ranges.len() > 1;
    merge(&corpus.articles, results, series, entities, want, threads)
}

#[cfg(not(target_arch = "wasm32"))]
fn analyse_parts_in_threads(
    articles: &[Article],
    ranges: &[std::ops::Range<usize>],
    ctx: &Ctx<'_>,
) -> Vec<Part> {
    std::thread::scope(|scope| {
        let handles: Vec<_> = ranges
            .iter()
            .map(|r| scope.spawn(|| analyse_part(&articles[r.clone()], ctx)))
            .collect();
        handles
            .into_iter()
            .zip(ranges)
            // A part whose thread panicked is analysed again here, so the
            // panic surfaces on the caller's thread with its message.
            .map(|(h, r)| {
                h.join()
                    .unwrap_or_else(|_| analyse_part(&articles[r.clone()], ctx))
            })
            .collect()
    })
}

#[cfg(target_arch = "wasm32")]
fn analyse_parts_in_threads(
    articles: &[Article],
    ranges: &[std::ops::Range<usize>],
    ctx: &Ctx<'_>,
) -> Vec<Part> {
    ranges
        .iter()
        .map(|r| analyse_part(&articles[r.clone()], ctx))
        .collect()
}

/// An analysis run a step at a time, for a caller that must stay
/// responsive (the page): each [`Stepper::step`] analyses the next
/// articles, about a given amount of text, and [`Stepper::finish`] merges
/// the steps in order — the same result as [`run`].
pub struct Stepper {
    combined: Combined,
    series: SeriesSet,
    entities: Vec<Entity>,
    want: Want,
    next: usize,
    parts: Vec<Part>,
}

impl Stepper {
    /// A run of the analyses in `want` (see [`run`]).
    pub fn new(series: &SeriesSet, entities: &[Entity], want: Want) -> Stepper {
        Stepper {
            combined: Combined::new(series, entities, want.sentiment || want.events),
            series: series.clone(),
            entities: entities.to_vec(),
            want,
            next: 0,
            parts: Vec::new(),
        }
    }

    /// Analyses the next articles of `corpus`, at least one and about
    /// `bytes` of text; true when every article has been analysed.
    pub fn step(&mut self, corpus: &Corpus, bytes: usize) -> bool {
        self.step_in(&corpus.articles, bytes)
    }

    /// [`Stepper::step`] through `articles`.
    fn step_in(&mut self, articles: &[Article], bytes: usize) -> bool {
        if self.next < articles.len() {
            let (taken, part) = self.part_of_next(&articles[self.next..], bytes);
            self.next += taken;
            self.parts.push(part);
        }
        self.next >= articles.len()
    }

    /// The first articles of `articles` (at least one, when there are
    /// any, and about `bytes` of text), analysed on their own and not
    /// recorded here: how many, and their results. An instance of the
    /// engine that analyses some of a corpus's articles for another hands
    /// these over (see `crate::load`).
    pub(crate) fn part_of_next(&self, articles: &[Article], bytes: usize) -> (usize, Part) {
        let mut taken = 0;
        let mut end = 0;
        while end < articles.len() && (end == 0 || taken < bytes) {
            taken += text_bytes(&articles[end]);
            end += 1;
        }
        let ctx = Ctx {
            combined: &self.combined,
            series: &self.series,
            want: self.want,
        };
        (end, analyse_part(&articles[..end], &ctx))
    }

    /// The entities every analysis of this run recognises.
    pub(crate) fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// How many articles have been analysed (the first ones of the corpus).
    pub fn analysed(&self) -> usize {
        self.next
    }

    /// The share of `corpus`'s articles analysed so far, 0 to 1.
    pub fn done(&self, corpus: &Corpus) -> f64 {
        if corpus.articles.is_empty() {
            1.0
        } else {
            self.next as f64 / corpus.articles.len() as f64
        }
    }

    /// The reports, once every article has been analysed (the articles not
    /// stepped through yet are analysed now).
    pub fn finish(self, corpus: &Corpus) -> Analysis {
        self.finish_with(corpus, Vec::new())
    }

    /// As [`Stepper::finish`], where the last articles of `corpus` were
    /// analysed elsewhere, in `later` ([`Stepper::part_of_next`], in
    /// order): the articles before them are stepped through here.
    pub(crate) fn finish_with(mut self, corpus: &Corpus, later: Vec<Part>) -> Analysis {
        let theirs: usize = later.iter().map(|p| p.articles).sum();
        let own = &corpus.articles[..corpus.articles.len().saturating_sub(theirs)];
        while !self.step_in(own, usize::MAX) {}
        self.parts.extend(later);
        merge(
            &corpus.articles,
            self.parts,
            &self.series,
            &self.entities,
            self.want,
            false,
        )
    }
}

/// Consecutive ranges of `articles` with about the same amount of text.
pub(crate) fn split(articles: &[Article], parts: usize) -> Vec<std::ops::Range<usize>> {
    let total: usize = articles.iter().map(text_bytes).sum();
    let per = total / parts.max(1) + 1;
    let mut out = Vec::new();
    let (mut start, mut bytes) = (0, 0);
    for (i, a) in articles.iter().enumerate() {
        bytes += text_bytes(a);
        if bytes >= per && out.len() + 1 < parts && i + 1 < articles.len() {
            out.push(start..i + 1);
            start = i + 1;
            bytes = 0;
        }
    }
    out.push(start..articles.len());
    out
}

/// What every part reads.
struct Ctx<'a> {
    combined: &'a Combined,
    series: &'a SeriesSet,
    want: Want,
}

/// The results of one part, with ids local to its own vocabulary.
pub(crate) struct Part {
    /// Articles analysed.
    articles: usize,
    /// Per article: occurrences per series.
    counts: Vec<Vec<usize>>,
    /// Each article's tally, finished, and the sums per day (driver ids in
    /// `keys` and `phrases`).
    tallies: Option<sentiment::PartTallies>,
    /// Every report of a dated happening, in order, not merged yet
    /// (wording stems in `stems`).
    reports: Vec<Report>,
    keys: Names,
    phrases: Names,
    stems: Names,
}

fn analyse_part(articles: &[Article], ctx: &Ctx<'_>) -> Part {
    let Ctx {
        combined,
        series,
        want,
    } = *ctx;
    let (matcher, first_query, first_term) =
        (&combined.matcher, combined.first_query, combined.first_term);
    let n_series = series.labels.len();
    let count_entities = series.counts_entities();
    let mut name_matches: Vec<Match> = Vec::new();
    let mut diplomacy: Vec<Match> = Vec::new();
    let mut named: Vec<bool> = Vec::new();
    let mut info: Vec<sentiment::WordInfo> = Vec::new();
    let mut scratch = crate::analyse::query::Scratch::default();
    let mut found_matches: Vec<Match> = Vec::new();
    let mut vocab = Vocab::new(matcher, want.sentiment || want.events);
    let mut cut = tokens::Cut::default();
    let mut ids: Vec<u32> = Vec::new();
    let mut spare_toks: Vec<Token<'static>> = Vec::new();
    let mut stems: Vec<u32> = Vec::new();
    let mut key_ids: Vec<u32> = Vec::new();
    let mut phrases = Names::default();
    let mut tallies: Vec<(String, Tally)> = Vec::new();
    let mut spare_counting = sentiment::Counting::default();
    let mut part = Part {
        articles: articles.len(),
        counts: Vec::new(),
        tallies: None,
        reports: Vec::new(),
        keys: Names::default(),
        phrases: Names::default(),
        stems: Names::default(),
    };
    for (index, a) in articles.iter().enumerate() {
        let mut counts = vec![0usize; n_series];
        let mut tally = sentiment::article_tally(a, &mut spare_counting);
        let tone = sentiment::article_tone(a);
        let title = (!a.title_derived).then_some(a.title.as_str());
        let texts = title.into_iter().map(|t| (None, t)).chain(
            a.paragraphs
                .iter()
                .enumerate()
                .map(|(i, p)| (Some(i), p.as_str())),
        );
        for (paragraph, text) in texts {
            // Each distinct word is examined once (see `vocab`); the
            // sentences below only read the vocabulary.
            tokens::cut(text, &mut cut);
            ids.clear();
            ids.extend(cut.words.iter().map(|&(s, e)| vocab.id_in(text, s, e)));
            let vocab = &vocab;
            // The tokens borrow the vocabulary, which the next paragraph
            // adds to: the buffer is handed back empty between paragraphs.
            let mut toks: Vec<Token> = recycle(std::mem::take(&mut spare_toks));
            for s in &cut.sentences {
                let sentence = &text[s.start..s.end];
                let words = s.first_word..s.end_word;
                toks.clear();
                toks.extend(
                    cut.words[words.clone()]
                        .iter()
                        .zip(&ids[words.clone()])
                        .map(|(&(a, b), &id)| {
                            let e = vocab.entry(id);
                            Token {
                                start: a - s.start,
                                text: &text[a..b],
                                key: Cow::Borrowed(&e.key),
                                caps: e.caps,
                            }
                        }),
                );
                let sentence_ids = &ids[words];
                name_matches.clear();
                diplomacy.clear();
                matcher.find_by(
                    &toks,
                    |i, out| out.extend_from_slice(&vocab.entry(sentence_ids[i]).candidates),
                    true,
                    &mut scratch,
                    &mut found_matches,
                );
                for &m in &found_matches {
                    if m.series < first_query {
                        name_matches.push(m);
                        if count_entities && want.counts {
                            counts[series.n_queries + m.series] += 1;
                        }
                    } else if m.series < first_term {
                        if want.counts {
                            counts[m.series - first_query] += 1;
                        }
                    } else {
                        diplomacy.push(Match {
                            series: m.series - first_term,
                            ..m
                        });
                    }
                }
                let found = if want.events && paragraph.is_some() {
                    events::find_in_tokens_with(
                        sentence,
                        &toks,
                        |i| vocab.entry(sentence_ids[i]).class,
                        a.date,
                    )
                } else {
                    Vec::new()
                };
                named.clear();
                named.resize(toks.len(), false);
                for m in &name_matches {
                    named[m.start..m.end].iter_mut().for_each(|x| *x = true);
                }
                info.clear();
                info.extend(sentence_ids.iter().map(|&id| vocab.entry(id).info));
                if want.sentiment {
                    if tone == sentiment::Tone::Other {
                        tally.other_words_skipped += toks.len();
                    } else if tone == sentiment::Tone::Spanish || sentiment::is_spanish_info(&info)
                    {
                        tally.spanish_words_skipped += toks.len();
                    } else {
                        key_ids.clear();
                        key_ids.extend(sentence_ids.iter().map(|&id| vocab.entry(id).key_id));
                        sentiment::tally_sentence(
                            &mut tally,
                            sentiment::Sentence {
                                toks: &toks,
                                info: &info,
                                key_ids: &key_ids,
                                named: &named,
                                diplomacy: &diplomacy,
                            },
                            &mut phrases,
                        );
                    }
                }
                if !found.is_empty() {
                    stems.clear();
                    stems.extend(sentence_ids.iter().map(|&id| vocab.entry(id).stem));
                    events::sentence_reports(
                        SentenceEvents {
                            article: index as u32,
                            paragraph: paragraph.unwrap_or(0) as u32,
                            offset: s.start,
                            len: sentence.len(),
                            toks: &toks,
                            found: &found,
                            names: &name_matches,
                            named: &named,
                            roots: sentiment::cameo_roots(&info, &diplomacy),
                            stems: &stems,
                            percent: events::has_percent(sentence, &toks),
                        },
                        &mut part.reports,
                    );
                }
            }
            spare_toks = recycle(toks);
        }
        if want.counts {
            part.counts.push(counts);
        }
        if want.sentiment {
            tally.compact(&mut spare_counting);
            tallies.push((a.id.clone(), tally));
        }
    }
    if want.sentiment {
        let names = sentiment::DriverNames {
            keys: &vocab.names,
            phrases: &phrases,
        };
        part.tallies = Some(sentiment::PartTallies::new(
            tallies,
            names,
            !want.lean_articles,
        ));
    }
    let (keys, stem_names) = vocab.into_names();
    part.keys = keys;
    part.stems = stem_names;
    part.phrases = phrases;
    part
}

/// An emptied buffer of tokens with another lifetime: collecting an empty
/// vector's iterator into a vector of a type of the same layout keeps its
/// allocation, so a buffer can outlive the borrows of its tokens.
fn recycle<'b>(mut toks: Vec<Token<'_>>) -> Vec<Token<'b>> {
    toks.clear();
    toks.into_iter().map(|_| unreachable!("emptied")).collect()
}

/// Joins the parts' results, in article order, into the reports: ids local
/// to a part are renamed into one table first. With `threads`, the reports
/// are finished on two threads (a run in one part stays on one).
fn merge(
    articles: &[Article],
    parts: Vec<Part>,
    series: &SeriesSet,
    entities: &[Entity],
    want: Want,
    threads: bool,
) -> Analysis {
    let n_series = series.labels.len();
    let mut days: BTreeMap<crate::read::dates::Day, Acc> = BTreeMap::new();
    let mut undated = Acc::new(n_series);
    let mut article_counts = Vec::new();
    let mut tallies = Vec::new();
    let mut events = Events::default();
    let (mut keys, mut phrases, mut stems) = (Names::default(), Names::default(), Names::default());
    let mut next_article = articles.iter();
    let terms = Terms::new(&series.labels);
    for part in parts {
        let key_ids = part.keys.rename_into(&mut keys);
        let phrase_ids = part.phrases.rename_into(&mut phrases);
        let stem_ids = part.stems.rename_into(&mut stems);
        // The first part's ids are the merged tables' ids.
        let same = |ids: &[u32]| ids.iter().enumerate().all(|(i, &id)| i as u32 == id);
        let rename_drivers = !(same(&key_ids) && same(&phrase_ids));
        let rename_stems = !same(&stem_ids);
        let first_article = articles.len() - next_article.len();
        let part_articles: Vec<&Article> = next_article.by_ref().take(part.articles).collect();
        for (a, counts) in part_articles.iter().zip(part.counts) {
            let acc = match a.date {
                Some(d) => days.entry(d).or_insert_with(|| Acc::new(n_series)),
                None => &mut undated,
            };
            acc.add(a.words, &counts);
            article_counts.push(ArticleCounts {
                id: a.id.clone(),
                date: a.date,
                words: a.words,
                counts: TermCounts::new(&terms, counts),
            });
        }
        if let Some(mut t) = part.tallies {
            if rename_drivers {
                t.rename(|id| {
                    if id & sentiment::PHRASE != 0 {
                        sentiment::PHRASE | phrase_ids[(id & !sentiment::PHRASE) as usize]
                    } else {
                        key_ids[id as usize]
                    }
                });
            }
            tallies.push(t);
        }
        for mut e in part.reports {
            if rename_stems {
                e.rename_words(|s| stem_ids[s as usize]);
            }
            let index = first_article + e.article as usize;
            let article = part_articles[e.article as usize];
            events::merge(&mut events, e, (index, article), entities);
        }
    }
    // The three reports are made from separate data: natively, the day
    // buckets of the counts (values per series and day) are built while
    // another thread joins the tallies and finishes the events.
    let counts = || {
        want.counts.then(|| CountsReport {
            terms: series.labels.clone(),
            days: days
                .iter()
                .map(|(d, acc)| acc.bucket(Some(*d), &terms))
                .collect(),
            undated: undated.bucket(None, &terms),
            articles: article_counts,
            warnings: Vec::new(),
        })
    };
    let rest = || {
        let sentiment = want.sentiment.then(|| {
            let names = sentiment::DriverNames {
                keys: &keys,
                phrases: &phrases,
            };
            sentiment::join(tallies, names)
        });
        (sentiment, want.events.then(|| events::finish(events)))
    };
    let both = threads && want.counts && (want.sentiment || want.events);
    let (counts, (sentiment, events)) = side_by_side(both, counts, rest);
    Analysis {
        counts,
        sentiment,
        events,
    }
}

/// `a()` and `b()`: natively, when `both` have work, `b` on a thread of
/// its own; in WebAssembly one after the other.
#[cfg_attr(target_arch = "wasm32", allow(unused_variables))]
fn side_by_side<A: Send, B: Send>(
    both: bool,
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B + Send,
) -> (A, B) {
    #[cfg(not(target_arch = "wasm32"))]
    if both && std::thread::available_parallelism().map_or(1, usize::from) > 1 {
        return std::thread::scope(|scope| {
            let other = scope.spawn(b);
            let first = a();
            // A panic on the other thread surfaces here.
            let second = other
                .join()
                .unwrap_or_else(|e| std::panic::resume_unwind(e));
            (first, second)
        });
    }
    (a(), b())
}

impl Part {
    /// How many articles it analysed.
    pub(crate) fn articles(&self) -> usize {
        self.articles
    }
}

crate::wire::wire_struct!(Part {
    articles,
    counts,
    tallies,
    reports,
    keys,
    phrases,
    stems,
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::{entities, query};
    use crate::seeds;

    #[test]
    fn the_result_does_not_depend_on_the_number_of_parts() {
        // The seeds plus texts of my own, dated and undated, in several
        // files: every analysis, cut into one to five parts.
        let mut files = seeds::files();
        for (i, text) in [
            "Sanctions talk\nPetro said on Thursday that the U.S. would not impose sanctions. Trump met Rubio on Monday and they agreed to cooperate with Colombia.",
            "Undated note\nThe ELN attacked a base in Colombia in January 2024, the army said after the strike.",
            "Calm\nNothing happened here, said no one at all, not even the mayor of Bogotá.",
        ]
        .iter()
        .enumerate()
        {
            files.push(crate::SourceFile {
                name: format!("extra/2026-0{}-1{i}-note.txt", i + 1),
                bytes: text.as_bytes().to_vec(),
            });
        }
        let corpus = Corpus::from_files(&files);
        let (ents, _) = entities::parse("entities.toml", seeds::ENTITIES);
        let queries = query::parse_list("Petro,coup|putsch,diplom*,\"White House\"").expect("ok");
        let (series, _) = SeriesSet::new(&queries, &ents);
        let one = run_in_parts(&corpus, &series, &ents, Want::all(), 1);
        assert!(one.events.as_ref().is_some_and(|e| e.events.len() > 20));
        for parts in 2..=5 {
            let ranges = split(&corpus.articles, parts);
            assert!(ranges.len() > 1 && ranges.len() <= parts, "{ranges:?}");
            let many = run_in_parts(&corpus, &series, &ents, Want::all(), parts);
            assert_eq!(many, one, "{parts} parts");
        }
    }

    #[test]
    fn queries_change_the_counts_alone() {
        // The page counts mentions alone when the queries change and keeps
        // sentiment and events: queries that overlap entity names, tone
        // words, diplomacy terms and date words must not change those.
        let mut files = seeds::files();
        files.push(crate::SourceFile {
            name: "mine/2026-02-03-talks.txt".into(),
            bytes: "Talks resume\nPetro said on Thursday that the good peace talks would not stop the sanctions. Rubio attacked the plan on Monday.".into(),
        });
        let corpus = Corpus::from_files(&files);
        let (ents, _) = entities::parse("entities.toml", seeds::ENTITIES);
        let none = run(&corpus, &SeriesSet::new(&[], &ents).0, &ents, Want::all());
        let queries = query::parse_list(
            "Petro,good,sanction*,\"peace talks\",attack*|recall,Monday,Gustavo Petro",
        )
        .expect("ok");
        let with = run(
            &corpus,
            &SeriesSet::new(&queries, &ents).0,
            &ents,
            Want::all(),
        );
        assert!(with.sentiment == none.sentiment, "the tallies");
        assert!(with.events == none.events, "the events");
        assert!(with.counts != none.counts, "the counts have the queries");
    }

    #[test]
    fn a_run_in_steps_gives_the_same_result() {
        let corpus = crate::seed_corpus();
        let (ents, _) = entities::parse("entities.toml", seeds::ENTITIES);
        let queries = query::parse_list("Petro,coup|putsch").expect("ok");
        let (series, _) = SeriesSet::new(&queries, &ents);
        let whole = run(&corpus, &series, &ents, Want::all());
        for bytes in [1, 2_000, 20_000, usize::MAX] {
            let mut s = Stepper::new(&series, &ents, Want::all());
            let mut steps = 0;
            while !s.step(&corpus, bytes) {
                steps += 1;
                assert!(s.done(&corpus) < 1.0);
            }
            assert_eq!(s.done(&corpus), 1.0);
            if bytes == 1 {
                assert_eq!(steps + 1, corpus.articles.len(), "one article a step");
            }
            assert_eq!(s.finish(&corpus), whole, "{bytes} bytes a step");
        }
        // Finishing early analyses the rest.
        let mut s = Stepper::new(&series, &ents, Want::all());
        s.step(&corpus, 1);
        assert_eq!(s.finish(&corpus), whole);
    }

    #[test]
    fn lean_articles_drop_only_the_article_drivers() {
        // The seeds and a text of my own, in two parts and in steps: the
        // same days, counts, events and article tallies, and no article
        // driver.
        let mut files = seeds::files();
        files.push(crate::SourceFile {
            name: "2026-02-02-note.txt".to_string(),
            bytes: b"A note\nThe minister did not praise the deal, and the talks failed badly."
                .to_vec(),
        });
        let corpus = Corpus::from_files(&files);
        let (ents, _) = entities::parse("entities.toml", seeds::ENTITIES);
        let (series, _) = SeriesSet::new(&[], &ents);
        let full = run(&corpus, &series, &ents, Want::all());
        let want = Want {
            lean_articles: true,
            ..Want::all()
        };
        let mut stepper = Stepper::new(&series, &ents, want);
        while !stepper.step(&corpus, 3_000) {}
        for lean in [
            run_in_parts(&corpus, &series, &ents, want, 2),
            stepper.finish(&corpus),
        ] {
            assert_eq!(lean.counts, full.counts);
            assert_eq!(lean.events, full.events);
            let (l, f) = (
                lean.sentiment.expect("lean"),
                full.sentiment.clone().expect("full"),
            );
            assert_eq!(l.days, f.days, "the day tallies keep their drivers");
            assert_eq!(l.undated, f.undated);
            assert_eq!(l.articles.len(), f.articles.len());
            assert!(f.articles.iter().any(|a| !a.tally.drivers.is_empty()));
            for (a, b) in l.articles.iter().zip(&f.articles) {
                assert!(a.tally.drivers.is_empty(), "{}", a.id);
                let mut b = b.clone();
                b.tally.drivers.clear();
                assert_eq!(*a, b);
            }
        }
    }

    #[test]
    fn a_recycled_token_buffer_keeps_its_allocation() {
        let text = String::from("Petro called Trump");
        let mut toks: Vec<Token> = tokens::tokens(&text).collect();
        toks.reserve(100);
        let capacity = toks.capacity();
        let again: Vec<Token<'static>> = recycle(toks);
        assert!(again.is_empty());
        assert_eq!(again.capacity(), capacity);
    }

    #[test]
    fn parts_cover_every_article_once_in_order() {
        let corpus = Corpus::from_texts(&[
            ("a.txt", "Title a\nSome words here in a paragraph of text."),
            ("b.txt", "Title b\nMore words."),
            (
                "c.txt",
                "Title c\nA much longer paragraph with many more words in it than the others have.",
            ),
        ]);
        for parts in 1..=4 {
            let r = split(&corpus.articles, parts);
            let flat: Vec<usize> = r.iter().flat_map(|x| x.clone()).collect();
            assert_eq!(
                flat,
                (0..corpus.articles.len()).collect::<Vec<_>>(),
                "{parts}"
            );
            assert!(r.len() <= parts && r.iter().all(|x| !x.is_empty()), "{r:?}");
        }
    }
}
