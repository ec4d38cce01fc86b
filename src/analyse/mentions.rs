//! Mentions per day: how often each query or entity occurs, per article and
//! per calendar day.
//!
//! An article's text is its title and paragraphs (a phrase never spans two
//! sentences). For each series and each day with at least one article:
//! the raw count, the count per 10,000 words of that day's articles, and the
//! share of that day's articles that mention it; the undated articles form
//! one more bucket. Days without articles are absent — a gap, never a zero.
//! Totals over days plus the undated bucket equal the sum over articles.

use crate::analyse::entities::Entity;
use crate::analyse::period::Period;
use crate::analyse::query::{Pattern, Query};
use crate::read::corpus::Warning;
use crate::read::dates::Day;
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::Arc;

/// The series counted: queries first, then (optionally) entities.
#[derive(Clone, Debug, Default)]
pub struct SeriesSet {
    /// Labels in order (query as typed, or entity name).
    pub labels: Vec<String>,
    /// The queries' alternatives, in series order; each query is its own
    /// group, so they count independently.
    pub(crate) queries: Vec<Vec<Pattern>>,
    /// Number of query series (entity series follow).
    pub(crate) n_queries: usize,
}

impl SeriesSet {
    /// Queries, then the entities (which are matched together: the longest
    /// alias wins across entities, see [`crate::analyse::analysis`]). A query whose
    /// label repeats an earlier label is dropped with a warning. Pass no
    /// entities to count the queries only.
    pub fn new(queries: &[Query], entities: &[Entity]) -> (SeriesSet, Vec<Warning>) {
        let mut matcher: Vec<Vec<Pattern>> = Vec::new();
        let mut warnings = Vec::new();
        let mut labels: Vec<String> = Vec::new();
        for q in queries {
            if labels.contains(&q.label) || entities.iter().any(|e| e.name == q.label) {
                warnings.push(Warning {
                    source: "query".into(),
                    message: format!("'{}' is listed twice; counted once", q.label),
                });
                continue;
            }
            matcher.push(q.alternatives.clone());
            labels.push(q.label.clone());
        }
        let n_queries = labels.len();
        labels.extend(entities.iter().map(|e| e.name.clone()));
        (
            SeriesSet {
                labels,
                queries: matcher,
                n_queries,
            },
            warnings,
        )
    }

    /// The same queries with other entities (a query whose label is now an
    /// entity's name gives way to the entity).
    pub fn with_entities(&self, entities: &[Entity]) -> SeriesSet {
        let mut labels = Vec::new();
        let mut queries = Vec::new();
        for (label, q) in self.labels.iter().zip(&self.queries) {
            if !entities.iter().any(|e| &e.name == label) {
                labels.push(label.clone());
                queries.push(q.clone());
            }
        }
        let n_queries = labels.len();
        labels.extend(entities.iter().map(|e| e.name.clone()));
        SeriesSet {
            labels,
            queries,
            n_queries,
        }
    }

    /// True when entity series follow the queries.
    pub fn counts_entities(&self) -> bool {
        self.labels.len() > self.n_queries
    }
}

/// The counts of one day (or of the undated articles).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Bucket {
    /// The day; null for the undated bucket.
    pub date: Option<Day>,
    /// Articles in the bucket.
    pub articles: usize,
    /// Their words.
    pub words: usize,
    /// Occurrences per series.
    pub counts: TermCounts,
    /// Occurrences per 10,000 words of the bucket (0 when it has no words).
    pub per_10k: TermValues<f64>,
    /// Share (0–1) of the bucket's articles with at least one occurrence.
    pub article_share: TermValues<f64>,
}

/// One article's counts.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ArticleCounts {
    /// Article id.
    pub id: String,
    /// Its day, or null.
    pub date: Option<Day>,
    /// Its words.
    pub words: usize,
    /// Occurrences per series.
    pub counts: TermCounts,
}

/// The series labels every article's [`TermCounts`] shares: their order,
/// their alphabetical order (the order JSON writes them in) and an index.
#[derive(Debug, Default)]
pub struct Terms {
    labels: Vec<String>,
    sorted: Vec<usize>,
    index: FxHashMap<String, usize>,
}

impl Terms {
    /// The labels, in series order.
    pub fn new(labels: &[String]) -> Arc<Terms> {
        let mut sorted: Vec<usize> = (0..labels.len()).collect();
        sorted.sort_by(|&a, &b| labels[a].cmp(&labels[b]));
        let index = labels
            .iter()
            .enumerate()
            .map(|(i, l)| (l.clone(), i))
            .collect();
        Arc::new(Terms {
            labels: labels.to_vec(),
            sorted,
            index,
        })
    }
}

/// One value per series label, sharing the labels (no copy of them per
/// article or day: a corpus of two thousand days and three hundred names
/// would hold 1.8 million keyed entries per map). Written to JSON as a map
/// from label to value, labels sorted.
#[derive(Clone, Debug)]
pub struct TermValues<T> {
    terms: Arc<Terms>,
    values: Vec<T>,
}

/// One count per series label (see [`TermValues`]).
pub type TermCounts = TermValues<usize>;

impl<T: Copy + Default> TermValues<T> {
    /// Values in the order of `terms`' labels.
    pub fn new(terms: &Arc<Terms>, values: Vec<T>) -> TermValues<T> {
        TermValues {
            terms: Arc::clone(terms),
            values,
        }
    }

    /// The value of a label, if it is a series.
    pub fn get(&self, label: &str) -> Option<&T> {
        self.terms
            .index
            .get(label)
            .and_then(|&i| self.values.get(i))
    }

    /// Whether `label` is a series.
    pub fn contains_key(&self, label: &str) -> bool {
        self.get(label).is_some()
    }

    /// (label, value), labels sorted.
    pub fn iter(&self) -> impl Iterator<Item = (&str, T)> + '_ {
        self.terms.sorted.iter().map(|&i| {
            (
                self.terms.labels[i].as_str(),
                self.values.get(i).copied().unwrap_or_default(),
            )
        })
    }

    /// The values in series order.
    pub fn in_series_order(&self) -> &[T] {
        &self.values
    }

    /// How many series.
    pub fn len(&self) -> usize {
        self.terms.labels.len()
    }

    /// Whether there is no series.
    pub fn is_empty(&self) -> bool {
        self.terms.labels.is_empty()
    }

    /// Whether the labels are `labels`, in that order.
    fn labelled(&self, labels: &[String]) -> bool {
        self.terms.labels == labels
    }
}

impl<T> Default for TermValues<T> {
    fn default() -> TermValues<T> {
        TermValues {
            terms: Arc::new(Terms::default()),
            values: Vec::new(),
        }
    }
}

impl<T: Copy + Default + PartialEq> PartialEq for TermValues<T> {
    fn eq(&self, other: &TermValues<T>) -> bool {
        self.iter().eq(other.iter())
    }
}

impl<T: Copy + Default> std::ops::Index<&str> for TermValues<T> {
    type Output = T;
    /// The value of a series label; panics for a label that is not one.
    fn index(&self, label: &str) -> &T {
        self.get(label)
            .unwrap_or_else(|| panic!("'{label}' is not a counted series"))
    }
}

impl<T: Copy + Default> std::ops::Index<&String> for TermValues<T> {
    type Output = T;
    /// The value of a series label; panics for a label that is not one.
    fn index(&self, label: &String) -> &T {
        &self[label.as_str()]
    }
}

impl<T: Copy + Default + Serialize> Serialize for TermValues<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.len()))?;
        for (label, v) in self.iter() {
            map.serialize_entry(label, &v)?;
        }
        map.end()
    }
}

/// `dateline counts --json`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CountsReport {
    /// Series labels in order: queries, then entities.
    pub terms: Vec<String>,
    /// Days with at least one article, in order.
    pub days: Vec<Bucket>,
    /// The undated articles.
    pub undated: Bucket,
    /// Per article, in corpus order.
    pub articles: Vec<ArticleCounts>,
    /// Problems with queries or entity files.
    pub warnings: Vec<Warning>,
}

impl CountsReport {
    /// The day buckets summed per `period`, each dated by its period's
    /// first day: counts and words add up, the rates are worked out again
    /// over the period's articles. The undated bucket is kept as it is; the
    /// per-article counts, which do not change with the period, are left
    /// out. Per day, the report itself.
    pub fn by_period(&self, period: Period) -> CountsReport {
        if period == Period::Day {
            return self.clone();
        }
        let n = self.terms.len();
        let mut groups: BTreeMap<Day, Acc> = BTreeMap::new();
        for b in &self.days {
            let Some(d) = b.date else { continue };
            let acc = groups.entry(period.start(d)).or_insert_with(|| Acc::new(n));
            acc.articles += b.articles;
            acc.words += b.words;
            // The share was worked out from whole articles: times the
            // articles, it is the number of articles that mention the term.
            let mut add = |i: usize, count: usize, share: f64| {
                acc.counts[i] += count;
                acc.mentioning[i] += (share * b.articles as f64).round() as usize;
            };
            // A bucket of this report holds every term in series order:
            // read in order, not looked up term by term.
            if b.counts.labelled(&self.terms) && b.article_share.labelled(&self.terms) {
                let shares = b.article_share.in_series_order();
                for (i, (&count, &share)) in
                    b.counts.in_series_order().iter().zip(shares).enumerate()
                {
                    add(i, count, share);
                }
            } else {
                for (i, t) in self.terms.iter().enumerate() {
                    let share = b.article_share.get(t).copied().unwrap_or(0.0);
                    add(i, b.counts.get(t).copied().unwrap_or(0), share);
                }
            }
        }
        CountsReport {
            terms: self.terms.clone(),
            days: {
                let terms = Terms::new(&self.terms);
                groups
                    .iter()
                    .map(|(d, acc)| acc.bucket(Some(*d), &terms))
                    .collect()
            },
            undated: self.undated.clone(),
            articles: Vec::new(),
            warnings: self.warnings.clone(),
        }
    }
}

pub(crate) struct Acc {
    articles: usize,
    words: usize,
    counts: Vec<usize>,
    mentioning: Vec<usize>,
}

impl Acc {
    pub(crate) fn new(n: usize) -> Acc {
        Acc {
            articles: 0,
            words: 0,
            counts: vec![0; n],
            mentioning: vec![0; n],
        }
    }

    /// The bucket of `date`, its values in the order of `terms`.
    pub(crate) fn bucket(&self, date: Option<Day>, terms: &Arc<Terms>) -> Bucket {
        let per = |c: usize| {
            if self.words == 0 {
                0.0
            } else {
                c as f64 * 10_000.0 / self.words as f64
            }
        };
        let share = |m: usize| {
            if self.articles == 0 {
                0.0
            } else {
                m as f64 / self.articles as f64
            }
        };
        Bucket {
            date,
            articles: self.articles,
            words: self.words,
            counts: TermValues::new(terms, self.counts.clone()),
            per_10k: TermValues::new(terms, self.counts.iter().map(|&c| per(c)).collect()),
            article_share: TermValues::new(
                terms,
                self.mentioning.iter().map(|&m| share(m)).collect(),
            ),
        }
    }
}

impl Acc {
    /// Adds one article's counts.
    pub(crate) fn add(&mut self, words: usize, counts: &[usize]) {
        self.articles += 1;
        self.words += words;
        for (i, &k) in counts.iter().enumerate() {
            self.counts[i] += k;
            self.mentioning[i] += usize::from(k > 0);
        }
    }
}

/// A report with no article.
pub(crate) fn empty(series: &SeriesSet) -> CountsReport {
    CountsReport {
        terms: series.labels.clone(),
        days: Vec::new(),
        undated: Acc::new(series.labels.len()).bucket(None, &Terms::new(&series.labels)),
        articles: Vec::new(),
        warnings: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Corpus;
    use crate::analyse::query;

    fn corpus(files: &[(&str, &str)]) -> Corpus {
        Corpus::from_texts(files)
    }

    #[test]
    fn days_buckets_rates_and_gaps() {
        let c = corpus(&[
            (
                "2026-01-03-a.txt",
                "Petro speaks\nPetro said the US would listen to us. Petro left.\n",
            ),
            (
                "2026-01-03-b.txt",
                "Rain falls\nIt rained all day in the capital and nobody spoke.\n",
            ),
            (
                "2026-01-05-c.txt",
                "Trump replies\nTrump answered Petro’s call on the phone.\n",
            ),
            (
                "undated.txt",
                "No date here\nGustavo Petro met the press again in the city.\n",
            ),
        ]);
        let queries = query::parse_list("Petro,US,Trump|Rubio").expect("ok");
        let (set, w) = SeriesSet::new(&queries, &[]);
        assert!(w.is_empty());
        let r = crate::analyse::analysis::count_mentions(&c, &set, &[]);
        assert_eq!(r.terms, ["Petro", "US", "Trump|Rubio"]);
        let dates: Vec<String> = r
            .days
            .iter()
            .filter_map(|d| d.date.map(|x| x.to_string()))
            .collect();
        assert_eq!(
            dates,
            ["2026-01-03", "2026-01-05"],
            "no zero-filled 2026-01-04"
        );
        let d1 = &r.days[0];
        assert_eq!((d1.articles, d1.words), (2, 12 + 12));
        assert_eq!(d1.counts["Petro"], 3);
        assert_eq!(d1.counts["US"], 1, "'us' is not US");
        assert!((d1.per_10k["Petro"] - 3.0 * 10_000.0 / 24.0).abs() < 1e-9);
        assert!((d1.article_share["Petro"] - 0.5).abs() < 1e-12);
        assert_eq!(r.days[1].counts["Trump|Rubio"], 2);
        assert_eq!(r.undated.articles, 1);
        assert_eq!(r.undated.counts["Petro"], 1);
        assert_eq!(r.undated.date, None);
        // Per week and per month: both days fall in 2026-W01 (29 Dec to
        // 4 Jan) and 2026-W02; one month.
        let w = r.by_period(Period::Week);
        let starts: Vec<String> = w
            .days
            .iter()
            .filter_map(|b| b.date)
            .map(|d| d.to_string())
            .collect();
        assert_eq!(starts, ["2025-12-29", "2026-01-05"]);
        let m = r.by_period(Period::Month);
        assert_eq!(m.days.len(), 1);
        let jan = &m.days[0];
        assert_eq!((jan.articles, jan.words), (3, 12 + 12 + 9));
        assert_eq!(jan.counts["Petro"], 4);
        assert!((jan.per_10k["Petro"] - 4.0 * 10_000.0 / 33.0).abs() < 1e-9);
        assert!(
            (jan.article_share["Petro"] - 2.0 / 3.0).abs() < 1e-12,
            "a and c"
        );
        assert_eq!(m.undated, r.undated);
        assert_eq!(r.by_period(Period::Day), r);
    }

    #[test]
    fn article_counts_share_their_labels_and_write_them_sorted() {
        let labels: Vec<String> = ["Trump", "Petro", "coup|putsch"].map(String::from).to_vec();
        let terms = Terms::new(&labels);
        let a = TermCounts::new(&terms, vec![2, 5, 0]);
        assert_eq!((a["Petro"], a["Trump"], a.get("nobody")), (5, 2, None));
        assert_eq!(
            serde_json::to_string(&a).expect("json"),
            r#"{"Petro":5,"Trump":2,"coup|putsch":0}"#
        );
        // Equal when the same labels have the same counts.
        let other = Terms::new(&["Petro", "coup|putsch", "Trump"].map(String::from));
        assert_eq!(a, TermCounts::new(&other, vec![5, 0, 2]));
        assert_ne!(a, TermCounts::new(&terms, vec![2, 5, 1]));
    }

    /// Deterministic pseudo-random corpora: totals over days plus undated
    /// equal totals over articles, for every series.
    #[test]
    fn totals_add_up_on_random_corpora() {
        let words = [
            "Petro", "Trump", "the", "US", "us", "Gustavo", "coup", "putsch", "Bogotá", "said", ".",
        ];
        let mut seed: u64 = 42;
        let mut next = move || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        for _ in 0..40 {
            let mut files = Vec::new();
            for f in 0..(1 + next() % 8) {
                let name = if next() % 3 == 0 {
                    format!("f{f}.txt")
                } else {
                    format!("2026-01-{:02}-f{f}.txt", 1 + next() % 5)
                };
                let mut text = String::from("Title words here\n");
                for _ in 0..(next() % 60) {
                    text.push_str(words[next() % words.len()]);
                    text.push(' ');
                }
                text.push_str("end of the story here.\n");
                files.push((name, text));
            }
            let refs: Vec<(&str, &str)> = files
                .iter()
                .map(|(a, b)| (a.as_str(), b.as_str()))
                .collect();
            let c = corpus(&refs);
            let (e, _) = crate::analyse::entities::parse("e.toml", crate::seeds::ENTITIES);
            let (set, _) = SeriesSet::new(
                &query::parse_list("Petro,coup|putsch,US,Bogota").expect("ok"),
                &e,
            );
            let r = crate::analyse::analysis::count_mentions(&c, &set, &e);
            for t in &r.terms {
                let by_days: usize =
                    r.days.iter().map(|d| d.counts[t]).sum::<usize>() + r.undated.counts[t];
                let by_articles: usize = r.articles.iter().map(|a| a.counts[t]).sum();
                assert_eq!(by_days, by_articles, "{t}");
            }
            let words_days: usize = r.days.iter().map(|d| d.words).sum::<usize>() + r.undated.words;
            assert_eq!(
                words_days,
                c.articles.iter().map(|a| a.words).sum::<usize>()
            );
            let n_days: usize =
                r.days.iter().map(|d| d.articles).sum::<usize>() + r.undated.articles;
            assert_eq!(n_days, c.articles.len());
        }
    }

    #[test]
    fn entities_count_longest_alias_once() {
        let c = corpus(&[(
            "2026-01-07.txt",
            "Rally\nColombian President Gustavo Petro and Petro’s allies met. Latin America watched America. \
             EE. UU. and the U.S. and Estados Unidos.\n",
        )]);
        let (e, _) = crate::analyse::entities::parse("e.toml", crate::seeds::ENTITIES);
        let (set, _) = SeriesSet::new(&[], &e);
        let r = crate::analyse::analysis::count_mentions(&c, &set, &e);
        let d = &r.days[0];
        assert_eq!(d.counts["Gustavo Petro"], 2);
        assert_eq!(d.counts["Latin America"], 1);
        assert_eq!(d.counts["United States"], 4);
        assert_eq!(d.counts["Colombia"], 0, "Colombian is not Colombia");
    }
}
