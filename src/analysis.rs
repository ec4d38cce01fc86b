//! One pass over the corpus for all three analyses.
//!
//! Each article is cut into sentences and each sentence into words once;
//! the entity matcher, the query matcher and the diplomacy lexicon run once
//! per sentence, and their matches feed the mention counts, the sentiment
//! tallies and the event list. The analyses' own modules hold their rules;
//! this module only walks the text and hands each sentence to them.

use crate::corpus::Corpus;
use crate::entities::Entity;
use crate::events::{self, Event, EventsReport, SentenceEvents};
use crate::mentions::{Acc, ArticleCounts, CountsReport, SeriesSet};
use crate::query::{Match, Matcher};
use crate::sentiment::{self, SentimentReport};
use crate::tokens::{self, Token};
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

/// Runs the analyses in `want` over every article. `series` are the
/// counted queries (and entities, when it counts them); `entities` are the
/// names every analysis recognises.
pub fn run(corpus: &Corpus, series: &SeriesSet, entities: &[Entity], want: Want) -> Analysis {
    let mut names = Matcher::new();
    for e in entities {
        names.add(&e.patterns, 0);
    }
    let n_series = series.labels.len();
    let count_entities = series.counts_entities();
    let mut days: BTreeMap<crate::dates::Day, Acc> = BTreeMap::new();
    let mut undated = Acc::new(n_series);
    let mut article_counts = Vec::new();
    let mut tallies = Vec::new();
    let mut events: Vec<Event> = Vec::new();
    let mut toks: Vec<Token> = Vec::new();
    let mut named: Vec<bool> = Vec::new();
    let need_names = count_entities || want.sentiment || want.events;
    for a in &corpus.articles {
        let mut counts = vec![0usize; n_series];
        let mut tally = sentiment::article_tally(a);
        let title = (!a.title_derived).then_some(a.title.as_str());
        let texts = title
            .into_iter()
            .map(|t| (false, t))
            .chain(a.paragraphs.iter().map(|p| (true, p.as_str())));
        for (is_paragraph, text) in texts {
            for (_, sentence) in tokens::sentences(text) {
                toks.clear();
                toks.extend(tokens::tokens(sentence));
                let name_matches: Vec<Match> = if need_names {
                    names.find(&toks)
                } else {
                    Vec::new()
                };
                if want.counts {
                    for m in series.queries.find(&toks) {
                        counts[m.series] += 1;
                    }
                    if count_entities {
                        for m in &name_matches {
                            counts[series.n_queries + m.series] += 1;
                        }
                    }
                }
                let found = if want.events && is_paragraph {
                    events::find_in_tokens(sentence, &toks, a.date)
                } else {
                    Vec::new()
                };
                let spanish = want.sentiment && sentiment::is_spanish(&toks);
                let diplomacy = if (want.sentiment && !spanish) || !found.is_empty() {
                    sentiment::diplomacy_matches(&toks)
                } else {
                    Vec::new()
                };
                if want.sentiment {
                    if spanish {
                        tally.spanish_words_skipped += toks.len();
                    } else {
                        named.clear();
                        named.resize(toks.len(), false);
                        for m in &name_matches {
                            named[m.start..m.end].iter_mut().for_each(|x| *x = true);
                        }
                        sentiment::tally_sentence(&mut tally, &toks, &named, &diplomacy);
                    }
                }
                if !found.is_empty() {
                    events::add_sentence(
                        &mut events,
                        SentenceEvents {
                            article: &a.id,
                            sentence,
                            toks: &toks,
                            found: &found,
                            names: &name_matches,
                            entities,
                            roots: sentiment::cameo_roots(&toks, &diplomacy),
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
        sentiment: want.sentiment.then(|| sentiment::aggregate(tallies)),
        events: want.events.then(|| events::finish(events)),
    }
}
