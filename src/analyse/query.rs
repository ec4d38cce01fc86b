//! Queries and the matcher that finds them in one pass over the words.
//!
//! A query is a word (`Petro`), a phrase (`"White House"`, or several words
//! without quotes), a prefix wildcard (`diplom*`), or alternatives merged
//! into one series (`coup|putsch`). Matching compares word keys (see
//! [`crate::read::tokens::fold`]): case-insensitive, diacritics folded, possessive
//! dropped — except that a word written in capitals of two or more letters
//! (`US`, `ELN`, `UN`) only matches a word in capitals, so `US` never counts
//! the pronoun "us".
//!
//! [`Matcher`] indexes every pattern by its first word and walks the words of
//! a text once, looking up the patterns that can start at each word (a hash
//! lookup, plus the few patterns that start with a wildcard). Patterns are
//! grouped: within a group the longest match wins and each occurrence counts
//! once ("Gustavo Petro" is one mention, not two); different groups (two
//! queries compared side by side) count independently.

use crate::read::tokens::{self, Token};
use rustc_hash::FxHashMap;
use std::fmt;

/// Why a query could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryError {
    /// The query as typed.
    pub query: String,
    /// What is wrong with it.
    pub reason: String,
    /// The problem is the whole list's (too many queries), not one query's.
    pub whole_list: bool,
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.whole_list {
            return f.write_str(&self.reason);
        }
        write!(f, "error parsing query '{}': {}", self.query, self.reason)
    }
}

/// The most queries a list may hold (the page, the CLI and a link alike):
/// each is a series of the charts and a column of the tables.
pub const MAX_QUERIES: usize = 200;

/// The longest query, in characters.
pub const MAX_QUERY_CHARS: usize = 200;

impl std::error::Error for QueryError {}

/// One word of a pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PatternWord {
    /// The folded key to compare with.
    pub key: String,
    /// Only words in capitals match.
    pub caps: bool,
    /// Matches any word whose key starts with `key` (`diplom*`).
    pub prefix: bool,
    /// Only a word written with a capital first letter matches (a name's
    /// word: "Rice" but not "rice"; see [`parse_name`]).
    pub cased: bool,
}

impl PatternWord {
    fn matches(&self, t: &Token<'_>) -> bool {
        (!self.caps || t.caps)
            && (!self.cased || starts_upper(t.text))
            && if self.prefix {
                t.key.starts_with(self.key.as_str())
            } else {
                t.key == self.key
            }
    }
}

crate::wire::wire_struct!(PatternWord {
    key,
    caps,
    prefix,
    cased,
});

/// A sequence of words that must follow each other.
pub type Pattern = Vec<PatternWord>;

/// A parsed query: its label and its alternatives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Query {
    /// The query as typed (trimmed): the series' name.
    pub label: String,
    /// Alternatives; a match of any one counts.
    pub alternatives: Vec<Pattern>,
}

/// Parses one alternative: a phrase of words, the last of which may end
/// with `*`.
fn parse_pattern(query: &str, alt: &str) -> Result<Pattern, QueryError> {
    let err = |reason: &str| QueryError {
        query: query.to_string(),
        reason: reason.to_string(),
        whole_list: false,
    };
    let mut text = alt.trim();
    if text.starts_with('"') || text.ends_with('"') {
        if text.len() < 2 || !(text.starts_with('"') && text.ends_with('"')) {
            return Err(err("a quote is not closed"));
        }
        text = text[1..text.len() - 1].trim();
    }
    if text.contains('"') {
        return Err(err("quotes must surround a whole phrase"));
    }
    let stars = text.matches('*').count();
    if stars > 1 || (stars == 1 && !text.ends_with('*')) {
        return Err(err("a wildcard * may only end the last word (diplom*)"));
    }
    let prefix = stars == 1;
    let body = text.trim_end_matches('*');
    if prefix && body.ends_with(|c: char| !c.is_alphanumeric()) {
        return Err(err("a wildcard needs letters before it (diplom*)"));
    }
    let words: Vec<PatternWord> = tokens::words(body)
        .map(|(_, w)| PatternWord {
            key: tokens::fold(w).into_owned(),
            caps: tokens::is_caps(w),
            prefix: false,
            cased: false,
        })
        .collect();
    let Some(last) = words.len().checked_sub(1) else {
        return Err(err("it has no word to look for"));
    };
    let mut words = words;
    words[last].prefix = prefix;
    if prefix && words[last].key.chars().count() < 2 {
        return Err(err("a wildcard needs at least two letters before it"));
    }
    Ok(words)
}

/// Whether `w` begins with a capital letter.
pub fn starts_upper(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => w.chars().next().is_some_and(char::is_uppercase),
    }
}

/// Parses a name as written (one phrase, no wildcard or alternatives):
/// each of its words written with a capital first letter matches only a
/// word written so — `Rice` is not "rice", `La Paz` is not "la paz" —
/// while its lower-case words (`Bank of America`) match as in a query.
pub fn parse_name(name: &str) -> Result<Pattern, QueryError> {
    if name.contains(['|', '*', '"']) {
        return Err(QueryError {
            query: name.to_string(),
            reason: "a name has no | * or quotes".into(),
            whole_list: false,
        });
    }
    let mut p = parse_pattern(name, name)?;
    for (w, (_, text)) in p.iter_mut().zip(tokens::words(name)) {
        w.cased = starts_upper(text);
    }
    Ok(p)
}

/// Parses a query: alternatives separated by `|`.
pub fn parse(query: &str) -> Result<Query, QueryError> {
    let label = query.trim();
    if label.is_empty() {
        return Err(QueryError {
            query: query.to_string(),
            reason: "it is empty".into(),
            whole_list: false,
        });
    }
    let chars = label.chars().count();
    if chars > MAX_QUERY_CHARS {
        let start: String = label.chars().take(40).collect();
        return Err(QueryError {
            query: format!("{start}…"),
            reason: format!("it is {chars} characters long; a query has at most {MAX_QUERY_CHARS}"),
            whole_list: false,
        });
    }
    let alternatives = label
        .split('|')
        .map(|alt| parse_pattern(label, alt))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Query {
        label: label.to_string(),
        alternatives,
    })
}

/// Splits a comma-separated list of queries (commas inside quotes are
/// kept) and parses each; at most [`MAX_QUERIES`] of them.
pub fn parse_list(list: &str) -> Result<Vec<Query>, QueryError> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    for c in list.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                current.push(c);
            }
            ',' if !quoted => parts.push(std::mem::take(&mut current)),
            _ => current.push(c),
        }
    }
    parts.push(current);
    parts.retain(|p| !p.trim().is_empty());
    if parts.len() > MAX_QUERIES {
        return Err(QueryError {
            query: String::new(),
            reason: format!(
                "{} queries: a list holds at most {MAX_QUERIES}",
                parts.len()
            ),
            whole_list: true,
        });
    }
    parts.iter().map(|p| parse(p)).collect()
}

/// One occurrence: which series, and the word range it covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    /// Index of the series (in the order the patterns were added).
    pub series: usize,
    /// First word (index into the token list).
    pub start: usize,
    /// One past the last word.
    pub end: usize,
}

/// Patterns of several series, indexed for one pass over a text.
#[derive(Clone, Debug, Default)]
pub struct Matcher {
    /// (series, group, pattern)
    patterns: Vec<(usize, usize, Pattern)>,
    /// Patterns by their exact first word.
    by_first: FxHashMap<String, Vec<usize>>,
    /// Patterns whose first word is a prefix (`diplom*`), by the first two
    /// bytes of that prefix: a word only checks the prefixes that could
    /// match it.
    wildcard_first: FxHashMap<[u8; 2], Vec<usize>>,
    series: usize,
}

/// The first two bytes of a key (a wildcard needs two letters).
fn head(key: &str) -> Option<[u8; 2]> {
    let b = key.as_bytes();
    Some([*b.first()?, *b.get(1)?])
}

impl Matcher {
    /// An empty matcher.
    pub fn new() -> Matcher {
        Matcher::default()
    }

    /// Adds a series with its alternatives in `group`; returns the series
    /// index. Series in the same group compete (longest match wins).
    pub fn add(&mut self, alternatives: &[Pattern], group: usize) -> usize {
        let series = self.series;
        self.series += 1;
        for p in alternatives.iter().filter(|p| !p.is_empty()) {
            let idx = self.patterns.len();
            if p[0].prefix {
                if let Some(h) = head(&p[0].key) {
                    self.wildcard_first.entry(h).or_default().push(idx);
                }
            } else {
                self.by_first.entry(p[0].key.clone()).or_default().push(idx);
            }
            self.patterns.push((series, group, p.clone()));
        }
        series
    }

    /// Number of series added.
    pub fn len(&self) -> usize {
        self.series
    }

    /// True when no series was added.
    pub fn is_empty(&self) -> bool {
        self.series == 0
    }

    /// Every occurrence in `tokens`, left to right: within a group the
    /// longest match at a position wins (ties: the series added first) and
    /// occurrences of one group never overlap.
    pub fn find(&self, tokens: &[Token<'_>]) -> Vec<Match> {
        let mut out = Vec::new();
        self.find_into(tokens, &mut Scratch::default(), &mut out);
        out
    }

    /// [`Matcher::find`] into `out` (cleared first), reusing `scratch`
    /// between calls: no allocation per sentence once the buffers have grown.
    pub fn find_into(&self, tokens: &[Token<'_>], scratch: &mut Scratch, out: &mut Vec<Match>) {
        self.find_by(
            tokens,
            |i, cands| self.candidates_into(&tokens[i].key, cands),
            false,
            scratch,
            out,
        );
    }

    /// Whether the first word of pattern `idx` (an index
    /// [`Matcher::candidates_into`] gives) matches `token`.
    pub fn first_word_matches(&self, idx: u32, token: &Token<'_>) -> bool {
        self.patterns
            .get(idx as usize)
            .and_then(|(_, _, p)| p.first())
            .is_some_and(|w| w.matches(token))
    }

    /// The patterns that may start at a word with this key (indices for
    /// [`Matcher::find_by`]): those whose first word is the key, then the
    /// wildcards whose prefix shares its first two bytes.
    pub fn candidates_into(&self, key: &str, out: &mut Vec<u32>) {
        let exact = self.by_first.get(key).into_iter().flatten();
        let wild = head(key)
            .and_then(|h| self.wildcard_first.get(&h))
            .into_iter()
            .flatten();
        out.extend(exact.chain(wild).map(|&i| i as u32));
    }

    /// [`Matcher::find_into`] with the candidate patterns of each word added
    /// to the buffer by `candidates` (word index, buffer): what
    /// [`Matcher::candidates_into`] gives for its key, or — when
    /// `first_checked` — only those whose first word matches it
    /// ([`Matcher::first_word_matches`]). A caller that has looked them up
    /// once per distinct word skips the look-ups.
    pub fn find_by(
        &self,
        tokens: &[Token<'_>],
        mut candidates: impl FnMut(usize, &mut Vec<u32>),
        first_checked: bool,
        scratch: &mut Scratch,
        out: &mut Vec<Match>,
    ) {
        out.clear();
        // Per group: where its last occurrence ended (groups are few).
        let group_end = &mut scratch.group_end;
        let best = &mut scratch.best;
        let cands = &mut scratch.candidates;
        group_end.clear();
        for i in 0..tokens.len() {
            cands.clear();
            candidates(i, cands);
            if cands.is_empty() {
                continue;
            }
            best.clear();
            for &idx in cands.iter() {
                let Some((series, group, pat)) = self.patterns.get(idx as usize) else {
                    continue;
                };
                if group_end.iter().any(|&(g, e)| g == *group && e > i) {
                    continue;
                }
                let end = i + pat.len();
                let from = usize::from(first_checked);
                if end > tokens.len()
                    || !pat[from..]
                        .iter()
                        .zip(&tokens[i + from..end])
                        .all(|(p, t)| p.matches(t))
                {
                    continue;
                }
                let m = Match {
                    series: *series,
                    start: i,
                    end,
                };
                match best.iter_mut().find(|(g, _)| g == group) {
                    Some((_, b)) => {
                        if m.end > b.end || (m.end == b.end && m.series < b.series) {
                            *b = m;
                        }
                    }
                    None => best.push((*group, m)),
                }
            }
            best.sort_by_key(|(_, m)| m.series);
            for &(group, m) in best.iter() {
                match group_end.iter_mut().find(|(g, _)| *g == group) {
                    Some(entry) => entry.1 = m.end,
                    None => group_end.push((group, m.end)),
                }
                out.push(m);
            }
        }
    }
}

/// Buffers [`Matcher::find_into`] reuses.
#[derive(Clone, Debug, Default)]
pub struct Scratch {
    group_end: Vec<(usize, usize)>,
    candidates: Vec<u32>,
    best: Vec<(usize, Match)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(queries: &[&str], text: &str) -> Vec<usize> {
        let mut m = Matcher::new();
        for (g, q) in queries.iter().enumerate() {
            m.add(&parse(q).expect("valid").alternatives, g);
        }
        let toks: Vec<Token> = tokens::tokens(text).collect();
        let mut counts = vec![0; m.len()];
        for hit in m.find(&toks) {
            counts[hit.series] += 1;
        }
        counts
    }

    #[test]
    fn a_list_holds_at_most_200_queries_of_at_most_200_characters() {
        let list = |n: usize| {
            (0..n)
                .map(|i| format!("word{i}"))
                .collect::<Vec<_>>()
                .join(",")
        };
        assert_eq!(
            parse_list(&list(MAX_QUERIES)).map(|l| l.len()),
            Ok(MAX_QUERIES)
        );
        let err = parse_list(&list(3000)).expect_err("too many");
        assert_eq!(err.to_string(), "3000 queries: a list holds at most 200");
        // Empty items do not count; quoted commas do not split.
        assert_eq!(
            parse_list(&format!("{},,\"a, b\"", list(199))).map(|l| l.len()),
            Ok(200)
        );
        let long = "x".repeat(MAX_QUERY_CHARS + 1);
        assert!(parse(&"é".repeat(MAX_QUERY_CHARS)).is_ok());
        let err = parse(&long).expect_err("too long");
        assert_eq!(
            err.to_string(),
            format!(
                "error parsing query '{}…': it is 201 characters long; a query has at most 200",
                "x".repeat(40)
            )
        );
    }

    #[test]
    fn words_phrases_wildcards_and_alternatives() {
        let text = "Petro’s call. PETRO and petro's aides. Diplomats, diplomacy and a diplomatic coup; \
                    the putsch failed. The White House said; a white house nearby. Bogota and Bogotá.";
        assert_eq!(
            count(
                &[
                    "Petro",
                    "diplom*",
                    "coup|putsch",
                    "\"White House\"",
                    "bogotá"
                ],
                text
            ),
            [3, 3, 2, 2, 2]
        );
        assert_eq!(
            count(&["white house"], "the White House"),
            [1],
            "unquoted phrase"
        );
    }

    #[test]
    fn capitals_only_match_capitals() {
        let text =
            "The US said it would help us. The U.S. and the ELN met; the eln is small. UN and un.";
        assert_eq!(
            count(&["US", "us", "ELN", "UN", "U.S."], text),
            [1, 2, 1, 1, 1]
        );
        // Spanish "EE. UU." as a caps phrase.
        assert_eq!(
            count(&["EE. UU."], "un ataque de EE. UU. a Colombia; ee uu"),
            [1]
        );
    }

    #[test]
    fn hyphens_and_dashes_split() {
        assert_eq!(
            count(
                &["Petro", "Trump"],
                "the Petro–Trump call; Petro-Trump ties"
            ),
            [2, 2]
        );
    }

    #[test]
    fn longest_match_wins_within_a_group_and_counts_once() {
        let mut m = Matcher::new();
        let petro = m.add(
            &[
                parse("Gustavo Petro").expect("ok").alternatives,
                parse("Petro").expect("ok").alternatives,
            ]
            .concat(),
            0,
        );
        let latin = m.add(&parse("Latin America").expect("ok").alternatives, 0);
        let us = m.add(&parse("America").expect("ok").alternatives, 0);
        // A separate query group still sees its own matches.
        let q = m.add(&parse("Petro").expect("ok").alternatives, 1);
        let text = "Gustavo Petro spoke. Petro said Latin America and America differ.";
        let toks: Vec<Token> = tokens::tokens(text).collect();
        let hits = m.find(&toks);
        let n = |s| hits.iter().filter(|h| h.series == s).count();
        assert_eq!((n(petro), n(latin), n(us), n(q)), (2, 1, 1, 2));
        assert_eq!(
            hits[0],
            Match {
                series: petro,
                start: 0,
                end: 2
            }
        );
    }

    #[test]
    fn bad_queries_say_what_is_wrong() {
        for (q, why) in [
            ("", "empty"),
            ("\"White House", "quote is not closed"),
            ("di*plom", "wildcard"),
            ("*", "no word"),
            ("U.S.*", "letters before it"),
            ("d*", "at least two letters"),
            ("coup|", "no word"),
            ("--", "no word"),
        ] {
            let e = parse(q).expect_err(q);
            assert!(e.reason.contains(why), "{q}: {e}");
            assert!(e.to_string().starts_with("error parsing query"), "{e}");
        }
        let list = parse_list("Petro, \"White House, the\", coup|putsch,,").expect("ok");
        let labels: Vec<&str> = list.iter().map(|q| q.label.as_str()).collect();
        assert_eq!(labels, ["Petro", "\"White House, the\"", "coup|putsch"]);
    }
}
