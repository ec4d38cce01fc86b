//! The report types every front end prints: the CLI's `--json`, the page
//! (through the wasm boundary) and the tests read the same structures.
//!
//! Field names are a contract (see the README, "JSON fields"): they change
//! only with a note there.

use crate::read::corpus::{Article, Corpus, DateSource, Warning};
use crate::read::dates::Day;
use serde::Serialize;

/// `dateline summary`: one row per article, plus the warnings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Articles in input order.
    pub articles: Vec<ArticleSummary>,
    /// Problems met while reading, one per file and problem.
    pub warnings: Vec<Warning>,
}

/// One article as listed by `summary`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ArticleSummary {
    /// `source#ordinal`.
    pub id: String,
    /// The file it came from.
    pub source: String,
    /// Headline.
    pub title: String,
    /// `YYYY-MM-DD`, or null when undated.
    pub date: Option<Day>,
    /// `json-ld`, `meta`, `time`, `url`, `text`, `file_name`, `manifest`,
    /// `wire`, or `none` (the page adds `manual`).
    pub date_source: DateSource,
    /// The evidence for the date as the source gives it, or null.
    pub printed_date: Option<String>,
    /// The evidence for a `manifest` date, else null.
    pub date_note: Option<String>,
    /// Words in title and text.
    pub words: usize,
    /// The author(s) a web page names, else null.
    pub byline: Option<String>,
    /// The language tag a web page declares, else null.
    pub language: Option<String>,
}

impl ArticleSummary {
    /// The summary of one article.
    pub fn of(a: &Article) -> ArticleSummary {
        ArticleSummary {
            id: a.id.clone(),
            source: a.source.clone(),
            title: a.title.clone(),
            date: a.date,
            date_source: a.date_source,
            printed_date: a.printed_date.clone(),
            date_note: a.date_note.clone(),
            words: a.words,
            byline: a.byline.clone(),
            language: a.language.clone(),
        }
    }
}

/// `dateline text --json`: each article's text as read, with what dates
/// it, for auditing the reader (or scoring it against another).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Texts {
    /// Articles in input order.
    pub articles: Vec<ArticleText>,
    /// Problems met while reading.
    pub warnings: Vec<Warning>,
}

/// One article of [`Texts`]: its summary and its text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ArticleText {
    /// What `summary` lists for it.
    #[serde(flatten)]
    pub summary: ArticleSummary,
    /// Its paragraphs, one per line (the title not included).
    pub text: String,
}

impl Texts {
    /// The texts of a corpus.
    pub fn of(corpus: &Corpus) -> Texts {
        Texts {
            articles: corpus
                .articles
                .iter()
                .map(|a| ArticleText {
                    summary: ArticleSummary::of(a),
                    text: a.paragraphs.join("\n"),
                })
                .collect(),
            warnings: corpus.warnings.clone(),
        }
    }
}

/// [`Summary::totals`]: how many articles, distinct days, words and
/// undated articles a corpus has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct CorpusTotals {
    /// Articles, dated or not.
    pub articles: usize,
    /// Distinct days the dated articles fall on.
    pub days: usize,
    /// Words in titles and texts, all articles.
    pub words: usize,
    /// Articles with no day.
    pub undated: usize,
}

impl CorpusTotals {
    /// The totals of articles given as (day, words).
    pub fn of(articles: impl Iterator<Item = (Option<Day>, usize)>) -> CorpusTotals {
        let mut days = std::collections::BTreeSet::new();
        let mut t = CorpusTotals {
            articles: 0,
            days: 0,
            words: 0,
            undated: 0,
        };
        for (date, words) in articles {
            t.articles += 1;
            t.words += words;
            match date {
                Some(d) => {
                    days.insert(d);
                }
                None => t.undated += 1,
            }
        }
        t.days = days.len();
        t
    }
}

impl Summary {
    /// The summary of a corpus.
    pub fn of(corpus: &Corpus) -> Summary {
        Summary {
            articles: corpus.articles.iter().map(ArticleSummary::of).collect(),
            warnings: corpus.warnings.clone(),
        }
    }

    /// The corpus in four figures: what the page's corpus line and the
    /// CLI's table footer say.
    pub fn totals(&self) -> CorpusTotals {
        CorpusTotals::of(self.articles.iter().map(|a| (a.date, a.words)))
    }
}
