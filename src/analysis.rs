//! One pass over the corpus for all three analyses.
//!
//! Each text is cut into sentences and words in one pass, and each distinct
//! word is examined once (its key, lexicon entries and candidate patterns,
//! see `vocab`); the entity matcher, the query matcher and the diplomacy
//! lexicon run once per sentence, and their matches feed the mention
//! counts, the sentiment tallies and the event list. The analyses' own modules hold their rules;
//! this module only walks the text and hands each sentence to them.

use crate::corpus::Corpus;
use crate::entities::Entity;
use crate::events::{self, Events, EventsReport, SentenceEvents};
use crate::mentions::{Acc, ArticleCounts, CountsReport, SeriesSet};
use crate::query::{Match, Matcher};
use crate::sentiment::{self, SentimentReport};
use crate::tokens::{self, Token};
use crate::vocab::Vocab;
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
}

impl Want {
    /// All three.
    pub fn all() -> Want {
        Want {
            counts: true,
            sentiment: true,
            events: true,
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
pub fn run(corpus: &Corpus, series: &SeriesSet, entities: &[Entity], want: Want) -> Analysis {
    let combined = Combined::new(series, entities, want.sentiment || want.events);
    let (matcher, first_query, first_term) =
        (&combined.matcher, combined.first_query, combined.first_term);
    let mut name_matches: Vec<Match> = Vec::new();
    let mut diplomacy: Vec<Match> = Vec::new();
    let n_series = series.labels.len();
    let count_entities = series.counts_entities();
    let mut days: BTreeMap<crate::dates::Day, Acc> = BTreeMap::new();
    let mut undated = Acc::new(n_series);
    let mut article_counts = Vec::new();
    let mut tallies = Vec::new();
    let mut events = Events::default();
    let mut named: Vec<bool> = Vec::new();
    let mut info: Vec<sentiment::WordInfo> = Vec::new();
    let mut scratch = crate::query::Scratch::default();
    let mut found_matches: Vec<Match> = Vec::new();
    let mut vocab = Vocab::new(matcher);
    let mut cut = tokens::Cut::default();
    let mut ids: Vec<u32> = Vec::new();
    let mut stems: Vec<u32> = Vec::new();
    let mut key_ids: Vec<u32> = Vec::new();
    let mut phrases = crate::vocab::Names::default();
    for a in &corpus.articles {
        let mut counts = vec![0usize; n_series];
        let mut tally = sentiment::article_tally(a);
        let title = (!a.title_derived).then_some(a.title.as_str());
        let texts = title
            .into_iter()
            .map(|t| (false, t))
            .chain(a.paragraphs.iter().map(|p| (true, p.as_str())));
        for (is_paragraph, text) in texts {
            // Each distinct word is examined once (see `vocab`); the
            // sentences below only read the vocabulary.
            tokens::cut(text, &mut cut);
            ids.clear();
            ids.extend(cut.words.iter().map(|&(s, e)| vocab.id(&text[s..e])));
            let vocab = &vocab;
            let mut toks: Vec<Token> = Vec::new();
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
                let found = if want.events && is_paragraph {
                    events::find_in_tokens_with(
                        sentence,
                        &toks,
                        |i| vocab.entry(sentence_ids[i]).class,
                        a.date,
                    )
                } else {
                    Vec::new()
                };
                info.clear();
                info.extend(sentence_ids.iter().map(|&id| vocab.entry(id).info));
                let spanish = want.sentiment && sentiment::is_spanish_info(&info);
                if want.sentiment {
                    if spanish {
                        tally.spanish_words_skipped += toks.len();
                    } else {
                        named.clear();
                        named.resize(toks.len(), false);
                        for m in &name_matches {
                            named[m.start..m.end].iter_mut().for_each(|x| *x = true);
                        }
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
                    events::add_sentence(
                        &mut events,
                        SentenceEvents {
                            article: &a.id,
                            sentence,
                            toks: &toks,
                            found: &found,
                            names: &name_matches,
                            entities,
                            roots: sentiment::cameo_roots(&info, &diplomacy),
                            stems: &stems,
                        },
                    );
                }
            }
        }
        if want.counts {
            let acc = match a.date {
                Some(d) => days.entry(d).or_insert_with(|| Acc::new(n_series)),
                None => &mut undated,
            };
            acc.add(a.words, &counts);
            article_counts.push(ArticleCounts {
                id: a.id.clone(),
                date: a.date,
                words: a.words,
                counts: series.labels.iter().cloned().zip(counts).collect(),
            });
        }
        if want.sentiment {
            tallies.push((a.id.clone(), tally));
        }
    }
    Analysis {
        counts: want.counts.then(|| CountsReport {
            terms: series.labels.clone(),
            days: days
                .iter()
                .map(|(d, acc)| acc.bucket(Some(*d), &series.labels))
                .collect(),
            undated: undated.bucket(None, &series.labels),
            articles: article_counts,
            warnings: Vec::new(),
        }),
        sentiment: want.sentiment.then(|| {
            let names = sentiment::DriverNames {
                keys: &vocab.names,
                phrases: &phrases,
            };
            sentiment::aggregate(tallies, names)
        }),
        events: want.events.then(|| events::finish(events)),
    }
}
