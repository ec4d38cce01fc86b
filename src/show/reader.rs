//! The reader: an article's text cut into marked pieces, and
//! keyword-in-context lines for a series.
//!
//! Pieces carry what a word is — a query match, an entity mention (with its
//! entity's fixed index, for its colour), a tone word (positive, negative,
//! negated), part of a Spanish sentence (skipped by the tallies) — so the
//! page renders spans without offsets (JavaScript strings are UTF-16, the
//! core's offsets are bytes). The marks follow exactly the rules of the
//! analyses: same matcher, same negation window, same Spanish test.

use crate::analyse::analysis::Combined;
use crate::analyse::entities::Entity;
use crate::analyse::mentions::SeriesSet;
use crate::analyse::sentiment::{self, Tone};
use crate::read::corpus::{Article, Corpus};
use crate::read::dates::Day;
use crate::read::tokens::{self, Token};
use crate::show::report::ArticleSummary;
use serde::Serialize;

/// A run of text and what it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Piece {
    /// The text.
    pub text: String,
    /// `query`, `entity`, `positive`, `negative`, `spanish`, or null.
    pub mark: Option<&'static str>,
    /// The query label, entity name or lexicon word; null for plain text.
    pub label: Option<String>,
    /// Series index in the counts (queries, then entities), for colour.
    pub series: Option<usize>,
    /// True for a negated tone word (counted on the other side).
    pub negated: bool,
}

/// An article as the reader shows it: its summary (the fields of
/// `dateline summary --json`) and its paragraphs — all of them, or for an
/// article longer than [`READER_WINDOW_BYTES`], the part of that length
/// around where the reader opens.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReaderArticle {
    /// Id, source, title, date and where it came from, words.
    #[serde(flatten)]
    pub article: ArticleSummary,
    /// Paragraphs shown, each a list of pieces (the first and last may be
    /// parts of their paragraphs).
    pub paragraphs: Vec<Vec<Piece>>,
    /// The index in the article of the first paragraph shown.
    pub first_paragraph: usize,
    /// The part shown: bytes `start..end` of the article's paragraphs one
    /// after another, of `total`.
    pub start: usize,
    /// End of the part shown.
    pub end: usize,
    /// Bytes of all the paragraphs.
    pub total: usize,
    /// Where the part before this one starts, when this is not the first.
    pub previous: Option<usize>,
    /// Whether its tone is tallied: `tallied` (English, or a language not
    /// known; its Spanish sentences are marked), `spanish` or `other` (an
    /// article in Spanish or another language: no tone word is marked).
    pub tone: &'static str,
}

/// The most bytes of an article the reader shows at once (a long article
/// is about 50 KB). A book or a file of one line is shown a part at a time:
/// a browser takes seconds to lay out megabytes of marked text.
pub const READER_WINDOW_BYTES: usize = 200_000;

/// Where the reader opens an article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus<'a> {
    /// At its start.
    Start,
    /// Around the first paragraph that holds this sentence (its start
    /// otherwise).
    Sentence(&'a str),
    /// At this byte of its paragraphs one after another.
    At(usize),
}

/// A byte of the article's paragraphs one after another, as (paragraph,
/// byte in it): `starts` holds each paragraph's first byte.
fn locate(starts: &[usize], at: usize) -> (usize, usize) {
    let p = starts.partition_point(|&s| s <= at).saturating_sub(1);
    (p, at - starts[p])
}

/// `at` moved back to just after a space of its paragraph (at most 1,000
/// bytes back), or to the paragraph's start, else to a character boundary:
/// a part starts and ends between words.
fn snap(paragraphs: &[String], starts: &[usize], at: usize) -> usize {
    let (p, b) = locate(starts, at);
    let text = &paragraphs[p];
    if b == 0 || b >= text.len() {
        return at;
    }
    let mut floor = b;
    while !text.is_char_boundary(floor) {
        floor -= 1;
    }
    let from = floor.saturating_sub(1000);
    let bytes = &text.as_bytes()[from..floor];
    match bytes.iter().rposition(u8::is_ascii_whitespace) {
        Some(i) => starts[p] + from + i + 1,
        // The paragraph's first word: the part starts or ends before it.
        None if from == 0 => starts[p],
        None => starts[p] + floor,
    }
}

/// The part of `paragraphs` the reader shows for `focus`: its byte range
/// in the paragraphs one after another.
fn window(paragraphs: &[String], starts: &[usize], total: usize, focus: Focus) -> (usize, usize) {
    if total <= READER_WINDOW_BYTES {
        return (0, total);
    }
    let anchor = match focus {
        Focus::Start => 0,
        Focus::At(at) => at.min(total),
        // A sentence near the end gets a whole part too.
        Focus::Sentence(s) if !s.is_empty() => paragraphs
            .iter()
            .zip(starts)
            .find_map(|(p, &start)| p.find(s).map(|i| start + i))
            .map_or(0, |at| {
                at.saturating_sub(READER_WINDOW_BYTES / 4)
                    .min(total - READER_WINDOW_BYTES)
            }),
        Focus::Sentence(_) => 0,
    };
    let start = snap(paragraphs, starts, anchor);
    let end = snap(paragraphs, starts, (start + READER_WINDOW_BYTES).min(total));
    (start, end.max(start))
}

struct Span {
    start: usize,
    end: usize,
    mark: &'static str,
    label: String,
    series: Option<usize>,
    negated: bool,
    rank: u8,
}

fn spans_of_paragraph(
    text: &str,
    combined: &Combined,
    series: &SeriesSet,
    entities: &[Entity],
    tone: Tone,
) -> Vec<Span> {
    let lex_words = |toks: &[Token<'_>]| -> Vec<bool> {
        let neg: Vec<bool> = toks.iter().map(|t| sentiment::is_negator(&t.key)).collect();
        (0..toks.len())
            .map(|i| neg[i.saturating_sub(3)..i].iter().any(|&n| n))
            .collect()
    };
    let mut spans = Vec::new();
    for (offset, sentence) in tokens::sentences(text) {
        let toks: Vec<Token> = tokens::tokens(sentence).collect();
        if toks.is_empty() {
            continue;
        }
        let abs = |i: usize| offset + toks[i].start;
        let end_of = |i: usize| offset + toks[i].start + toks[i].text.len();
        let spanish = tone == Tone::Tallied && sentiment::is_spanish(&toks);
        let first_span = spans.len();
        let mut named = vec![false; toks.len()];
        for m in combined.matcher.find(&toks) {
            if m.series < combined.first_query {
                named[m.start..m.end].iter_mut().for_each(|x| *x = true);
                spans.push(Span {
                    start: abs(m.start),
                    end: end_of(m.end - 1),
                    mark: "entity",
                    label: entities[m.series].name.clone(),
                    series: Some(series.n_queries + m.series),
                    negated: false,
                    rank: 2,
                });
            } else if m.series < combined.first_term {
                let q = m.series - combined.first_query;
                spans.push(Span {
                    start: abs(m.start),
                    end: end_of(m.end - 1),
                    mark: "query",
                    label: series.labels[q].clone(),
                    series: Some(q),
                    negated: false,
                    rank: 3,
                });
            }
        }
        if spanish {
            // The sentence is marked as not tallied around its names and
            // queries, which stay marked.
            let mut at = abs(0);
            let mut marks: Vec<(usize, usize)> = spans[first_span..]
                .iter()
                .map(|m| (m.start, m.end))
                .collect();
            marks.sort_unstable();
            marks.push((end_of(toks.len() - 1), end_of(toks.len() - 1)));
            for (start, end) in marks {
                if start > at && !text[at..start].trim().is_empty() {
                    spans.push(Span {
                        start: at,
                        end: start,
                        mark: "spanish",
                        label: "Spanish: not tallied".into(),
                        series: None,
                        negated: false,
                        rank: 0,
                    });
                }
                at = at.max(end);
            }
            continue;
        }
        if tone != Tone::Tallied {
            continue;
        }
        let negated = lex_words(&toks);
        for (i, t) in toks.iter().enumerate() {
            if named[i] {
                continue;
            }
            if let Some(v) = sentiment::valence(&t.key)
                && !sentiment::tone_word_in_other_sense(&toks, i)
            {
                spans.push(Span {
                    start: abs(i),
                    end: end_of(i),
                    mark: if v > 0.0 { "positive" } else { "negative" },
                    label: t.key.to_string(),
                    series: None,
                    negated: negated[i],
                    rank: 1,
                });
            }
        }
    }
    // Highest rank first at equal starts; overlapping lower ranks dropped.
    spans.sort_by(|a, b| a.start.cmp(&b.start).then(b.rank.cmp(&a.rank)));
    let mut kept: Vec<Span> = Vec::new();
    for s in spans {
        if kept.last().is_none_or(|last| s.start >= last.end) {
            kept.push(s);
        }
    }
    kept
}

fn pieces(text: &str, spans: &[Span]) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut at = 0;
    let plain = |t: &str| Piece {
        text: t.to_string(),
        mark: None,
        label: None,
        series: None,
        negated: false,
    };
    for s in spans {
        if s.start > at {
            out.push(plain(&text[at..s.start]));
        }
        out.push(Piece {
            text: text[s.start..s.end].to_string(),
            mark: Some(s.mark),
            label: Some(s.label.clone()),
            series: s.series,
            negated: s.negated,
        });
        at = s.end;
    }
    if at < text.len() {
        out.push(plain(&text[at..]));
    }
    out
}

/// The article `id` cut into marked pieces, or `None` when no article has
/// that id.
pub fn article(
    corpus: &Corpus,
    id: &str,
    series: &SeriesSet,
    entities: &[Entity],
    focus: Focus,
) -> Option<ReaderArticle> {
    let a: &Article = corpus.articles.iter().find(|a| a.id == id)?;
    let combined = Combined::new(series, entities, false);
    let tone = sentiment::article_tone(a);
    let mut starts = Vec::with_capacity(a.paragraphs.len());
    let mut total = 0;
    for p in &a.paragraphs {
        starts.push(total);
        total += p.len();
    }
    let (start, end) = window(&a.paragraphs, &starts, total, focus);
    let first_paragraph = if a.paragraphs.is_empty() {
        0
    } else {
        locate(&starts, start).0
    };
    let paragraphs = a
        .paragraphs
        .iter()
        .zip(&starts)
        .skip(first_paragraph)
        .take_while(|&(_, &s)| s < end)
        .filter_map(|(p, &s)| {
            let from = start.saturating_sub(s);
            let to = (end - s).min(p.len());
            let part = p.get(from..to).filter(|t| !t.is_empty())?;
            Some(pieces(
                part,
                &spans_of_paragraph(part, &combined, series, entities, tone),
            ))
        })
        .collect();
    Some(ReaderArticle {
        article: ArticleSummary::of(a),
        paragraphs,
        first_paragraph,
        start,
        end,
        total,
        previous: (start > 0).then(|| start.saturating_sub(READER_WINDOW_BYTES)),
        tone: match tone {
            Tone::Tallied => "tallied",
            Tone::Spanish => "spanish",
            Tone::Other => "other",
        },
    })
}

/// One keyword-in-context line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Context {
    /// Article id.
    pub article: String,
    /// Its day, or null.
    pub date: Option<Day>,
    /// Paragraph index in the article; null for the title.
    pub paragraph: Option<usize>,
    /// Up to `width` characters before the match.
    pub left: String,
    /// The matched words.
    pub term: String,
    /// Up to `width` characters after.
    pub right: String,
}

fn last_chars(s: &str, n: usize) -> &str {
    let count = s.chars().count();
    if count <= n {
        return s;
    }
    let skip = s.char_indices().nth(count - n).map_or(0, |(i, _)| i);
    &s[skip..]
}

fn first_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Every occurrence of the series `label` (a query or an entity), with
/// `width` characters of context on each side, in corpus order;
/// only articles dated within `days` (first and last day) when given, and
/// only the first `limit` occurrences when given (the search stops there).
pub fn contexts(
    corpus: &Corpus,
    label: &str,
    series: &SeriesSet,
    entities: &[Entity],
    days: Option<(Day, Day)>,
    width: usize,
    limit: Option<usize>,
) -> Vec<Context> {
    let Some(target) = series.labels.iter().position(|l| l == label) else {
        return Vec::new();
    };
    let combined = Combined::new(series, entities, false);
    let wanted = |m: &crate::analyse::query::Match| -> bool {
        if m.series < combined.first_query {
            series.n_queries + m.series == target
        } else {
            m.series - combined.first_query == target
        }
    };
    let mut out = Vec::new();
    for a in corpus
        .articles
        .iter()
        .filter(|a| crate::analyse::period::Period::holds(days, a.date))
    {
        // The counted text: the title (unless made from the first sentence),
        // then the paragraphs — so contexts and counts agree.
        let title = (!a.title_derived).then_some((None, a.title.as_str()));
        let texts = title.into_iter().chain(
            a.paragraphs
                .iter()
                .enumerate()
                .map(|(i, p)| (Some(i), p.as_str())),
        );
        for (pi, p) in texts {
            for (offset, sentence) in tokens::sentences(p) {
                let toks: Vec<Token> = tokens::tokens(sentence).collect();
                for m in combined.matcher.find(&toks).iter().filter(|m| wanted(m)) {
                    if limit.is_some_and(|n| out.len() >= n) {
                        return out;
                    }
                    let start = offset + toks[m.start].start;
                    let end = offset + toks[m.end - 1].start + toks[m.end - 1].text.len();
                    out.push(Context {
                        article: a.id.clone(),
                        date: a.date,
                        paragraph: pi,
                        left: last_chars(&p[..start], width).to_string(),
                        term: p[start..end].to_string(),
                        right: first_chars(&p[end..], width).to_string(),
                    });
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::query;

    fn setup() -> (Corpus, SeriesSet, Vec<Entity>) {
        let c = Corpus::from_texts(&[(
            "2026-01-08-a.txt",
            "Call eases crisis\nGustavo Petro said Trump is not foolish and the talks were good.\n\
             Se despliega la fuerza pública en la frontera de Colombia.\n",
        )]);
        let (e, _) = crate::analyse::entities::parse("e", crate::seeds::ENTITIES);
        let (set, _) = SeriesSet::new(&query::parse_list("talks").expect("ok"), &e);
        (c, set, e)
    }

    #[test]
    fn pieces_mark_entities_queries_tone_and_spanish() {
        let (c, set, e) = setup();
        let a = article(&c, "2026-01-08-a.txt#1", &set, &e, Focus::Start).expect("article");
        let p = &a.paragraphs[0];
        let text: String = p.iter().map(|x| x.text.as_str()).collect();
        assert_eq!(
            text, c.articles[0].paragraphs[0],
            "pieces rebuild the paragraph"
        );
        let find = |t: &str| {
            p.iter()
                .find(|x| x.text == t)
                .unwrap_or_else(|| panic!("{t}: {p:?}"))
        };
        assert_eq!(find("Gustavo Petro").mark, Some("entity"));
        assert_eq!(
            find("Gustavo Petro").label.as_deref(),
            Some("Gustavo Petro")
        );
        assert_eq!(find("talks").mark, Some("query"));
        assert_eq!(find("talks").series, Some(0));
        let foolish = find("foolish");
        assert_eq!((foolish.mark, foolish.negated), (Some("negative"), true));
        assert_eq!(find("good").mark, Some("positive"));
        // A Spanish sentence is marked as not tallied around its names,
        // which stay marked.
        assert_eq!(a.paragraphs[1][0].mark, Some("spanish"));
        assert!(
            a.paragraphs[1]
                .iter()
                .any(|x| x.text == "Colombia" && x.mark == Some("entity")),
            "{:?}",
            a.paragraphs[1]
        );
        assert_eq!(a.tone, "tallied");
        assert!(article(&c, "nope#1", &set, &e, Focus::Start).is_none());
        assert_eq!((a.first_paragraph, a.start, a.previous), (0, 0, None));
        assert_eq!(a.end, a.total);
    }

    /// An article in German: its names are marked, no word as tone (the
    /// English lists would take "die", German for "the", as negative).
    #[test]
    fn an_article_in_another_language_marks_names_and_no_tone() {
        let c = Corpus::from_texts(&[(
            "2026-01-08-de.txt",
            "Regierung in Berlin\nDie Regierung hat die Pläne für die Wirtschaft nicht geändert, und \
             die Kanzlerin ist der Meinung, dass die Wirtschaft wächst. Die Opposition in Berlin \
             kritisiert das Gesetz, aber die Regierung bleibt bei ihrer guten Linie.\n",
        )]);
        let (e, _) = crate::analyse::entities::parse(
            "e",
            "[[entity]]\nname = \"Berlin\"\nkind = \"place\"\n",
        );
        let (set, _) = SeriesSet::new(&[], &e);
        let a = article(&c, "2026-01-08-de.txt#1", &set, &e, Focus::Start).expect("article");
        assert_eq!(a.tone, "other");
        let marks: Vec<(&str, &str)> = a
            .paragraphs
            .iter()
            .flatten()
            .filter_map(|p| p.mark.map(|m| (m, p.text.as_str())))
            .collect();
        assert_eq!(marks, [("entity", "Berlin")]);
    }

    #[test]
    fn a_long_article_is_shown_a_part_at_a_time_between_words() {
        let sentence = "Petro met Trump and the talks went well. ";
        let para = |n: usize| sentence.repeat(n / sentence.len());
        let marker = "The dam at Hidroituango opened on Friday.";
        let text = format!(
            "A book\n{}\n{}\n{} {marker} {}\n",
            para(100_000),
            para(300_000),
            para(30_000),
            para(20_000)
        );
        let c = Corpus::from_texts(&[("book.txt", text.as_str())]);
        let (_, set, e) = setup();
        let id = c.articles[0].id.clone();
        let all: String = c.articles[0].paragraphs.concat();
        let bounds: Vec<usize> = c.articles[0]
            .paragraphs
            .iter()
            .scan(0, |end, p| {
                *end += p.len();
                Some(*end)
            })
            .collect();
        let shown = |a: &ReaderArticle| -> String {
            a.paragraphs
                .iter()
                .flatten()
                .map(|p| p.text.as_str())
                .collect()
        };
        // From the start, part by part: each part is at most the window,
        // starts where the last ended, between words, and together they
        // are the article.
        let mut at = Focus::Start;
        let mut joined = String::new();
        let mut parts = 0;
        loop {
            let a = article(&c, &id, &set, &e, at).expect("article");
            assert_eq!(a.total, all.len());
            assert_eq!(
                a.start,
                joined.len(),
                "part {parts} starts where the last ended"
            );
            assert!(a.end - a.start <= READER_WINDOW_BYTES);
            assert_eq!(shown(&a), all[a.start..a.end]);
            assert!(
                bounds.contains(&a.end) || all.as_bytes()[a.end - 1] == b' ',
                "part {parts} ends between words: {}..{}",
                a.start,
                a.end
            );
            assert_eq!(a.previous.is_some(), a.start > 0);
            joined.push_str(&shown(&a));
            parts += 1;
            if a.end == a.total {
                break;
            }
            at = Focus::At(a.end);
        }
        assert_eq!((joined == all, parts), (true, 3));
        // Opened on a sentence: the part holds it, in its paragraph.
        let a = article(&c, &id, &set, &e, Focus::Sentence(marker)).expect("article");
        assert!(shown(&a).contains(marker));
        assert_eq!(
            a.first_paragraph, 1,
            "the part starts in the long paragraph"
        );
        let last: String = a
            .paragraphs
            .last()
            .expect("a paragraph")
            .iter()
            .map(|p| p.text.as_str())
            .collect();
        assert!(last.contains(marker));
        // The part before starts a window earlier.
        assert_eq!(
            a.previous,
            Some(a.start.saturating_sub(READER_WINDOW_BYTES))
        );
    }

    #[test]
    fn contexts_show_each_occurrence_with_its_neighbours() {
        let (c, set, e) = setup();
        let k = contexts(&c, "Donald Trump", &set, &e, None, 12, None);
        assert_eq!(k.len(), 1);
        assert_eq!(k[0].paragraph, Some(0));
        let (set3, _) = SeriesSet::new(&query::parse_list("crisis").expect("ok"), &e);
        let crisis = contexts(&c, "crisis", &set3, &e, None, 5, None);
        assert_eq!(crisis.len(), 1);
        assert_eq!(
            crisis[0].paragraph, None,
            "title occurrences are listed too"
        );
        assert_eq!(
            (k[0].left.as_str(), k[0].term.as_str(), k[0].right.as_str()),
            (
                "Gustavo Petro said ".get(7..).unwrap_or(""),
                "Trump",
                " is not fool"
            )
        );
        assert!(
            contexts(
                &c,
                "Donald Trump",
                &set,
                &e,
                crate::analyse::period::Period::range("2026-01-09"),
                12,
                None
            )
            .is_empty()
        );
        let week = crate::analyse::period::Period::range("2026-W02");
        assert_eq!(
            contexts(&c, "Donald Trump", &set, &e, week, 12, None).len(),
            contexts(&c, "Donald Trump", &set, &e, None, 12, None).len(),
            "the article of 8 January is in week 2"
        );
        assert!(contexts(&c, "nobody", &set, &e, None, 12, None).is_empty());
        let first = contexts(&c, "Donald Trump", &set, &e, None, 12, Some(1));
        assert_eq!(first, k[..1], "a limit keeps the first occurrences");
    }
}
