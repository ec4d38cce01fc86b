//! Sentiment keyword tallies, in two lenses a reader can audit word by word.
//!
//! **Tone**: positive and negative words of the VADER lexicon (Hutto &
//! Gilbert 2014, MIT License, `src/data/vader_lexicon.tsv`). VADER's negation
//! rule: a negator (not, never, no, without, any word with n't, …) among the
//! three words before a hit moves it to the opposite side and marks it
//! negated — "is not foolish" counts as positive, negated. Words inside an
//! entity mention ("United States", "Justice Department") are not tone
//! words, and negators are never hits themselves. "Like" as a preposition
//! and "well" of "as well" are not tone words (see
//! [`tone_word_in_other_sense`]).
//!
//! **Conflict vs cooperation**: the diplomacy lexicon (`src/data/
//! diplomacy.toml`), terms keyed to CAMEO event categories with Goldstein
//! weights. A negated occurrence is listed among the drivers but not tallied.
//!
//! Sentences detected as Spanish (more Spanish than English function words,
//! at least three) are skipped by both lenses and their words reported.

use crate::analyse::names::Names;
use crate::analyse::period::Period;
use crate::analyse::query::{self, Match};
use crate::read::corpus::{Article, Warning};
use crate::read::dates::Day;
use crate::read::tokens::Token;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

const VADER: &str = include_str!("data/vader_lexicon.tsv");
const DIPLOMACY: &str = include_str!("data/diplomacy.toml");

/// VADER's negators, plus "no".
const NEGATORS: &[&str] = &[
    "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt", "dont", "hadnt",
    "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither", "neednt", "never", "none", "nope",
    "nor", "not", "nothing", "nowhere", "oughtnt", "shant", "shouldnt", "wasnt", "werent",
    "without", "wont", "wouldnt", "rarely", "seldom", "despite", "no",
];

/// Function-word classes, looked up once per word.
const NEGATOR: u8 = 1;
const SPANISH_WORD: u8 = 2;
const ENGLISH_WORD: u8 = 4;
const TONE: u8 = 8;

/// What the lexicons say of one word key: its classes and, for a tone
/// word, its VADER valence. One look-up per word serves the negation
/// window, the Spanish test and the tone tally.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct WordInfo {
    flags: u8,
    valence: f64,
}

impl WordInfo {
    /// A negator (not, never, no…, or any word with n't).
    pub fn negator(self) -> bool {
        self.flags & NEGATOR != 0
    }
    /// The VADER valence of a tone word.
    pub fn valence(self) -> Option<f64> {
        (self.flags & TONE != 0).then_some(self.valence)
    }
}

/// What the lexicons say of a word key.
pub fn word_info(key: &str) -> WordInfo {
    let mut w = lexicons().words.get(key).copied().unwrap_or_default();
    if key.as_bytes().contains(&b'\'') && key.ends_with("n't") {
        w.flags |= NEGATOR;
        w.flags &= !TONE;
    }
    w
}

/// Words before "like" that make it the verb ("I like", "would like",
/// "don't like", "to like"); after anything else it is the preposition
/// or conjunction of "looks like", "leaders like him", "like the others",
/// which says nothing of tone.
const LIKE_VERB_AFTER: &[&str] = &[
    "i", "we", "you", "they", "would", "do", "does", "did", "don't", "didn't", "doesn't", "dont",
    "didnt", "doesnt", "to", "might", "may", "will", "could", "should", "who", "i'd", "we'd",
    "you'd", "they'd",
];

/// Adverbs that may stand between the verb's subject or auxiliary and
/// "like" ("we really like", "I do not like", "they always like"):
/// looked past, to the word before them ("it was not like the old days",
/// "always like this" stay prepositions).
const LIKE_ADVERBS: &[&str] = &["not", "really", "also", "still", "always", "never", "just"];

/// Whether the tone word at `i` says nothing of tone where it stands:
/// "like" as a preposition ("a city like Bogotá"), "well" of "as well"
/// (as well as). The lexicon lists both for their other sense.
pub fn tone_word_in_other_sense(toks: &[Token<'_>], i: usize) -> bool {
    let prev = if i > 0 { toks[i - 1].key.as_ref() } else { "" };
    match toks[i].key.as_ref() {
        "like" => {
            let before = if LIKE_ADVERBS.contains(&prev) && i > 1 {
                toks[i - 2].key.as_ref()
            } else {
                prev
            };
            !LIKE_VERB_AFTER.contains(&before)
        }
        "well" => prev == "as",
        _ => false,
    }
}

/// A negator: listed, or a word with n't (isn't, don't).
pub fn is_negator(key: &str) -> bool {
    word_info(key).negator()
}

const SPANISH: &[&str] = &[
    "de", "la", "que", "el", "en", "los", "las", "del", "se", "por", "con", "para", "una", "es",
    "su", "al", "lo", "como", "mas", "pero", "sus", "le", "ya", "este", "porque", "esta", "entre",
    "cuando", "muy", "sin", "sobre", "tambien", "hasta", "hay", "donde", "quien", "desde", "todo",
    "nos", "durante", "todos", "les", "ni", "contra", "otros", "ese", "eso", "ante", "ellos",
    "esto", "antes", "algunos", "unos", "yo", "otro", "otras", "otra", "tanto", "esa", "estos",
    "mucho", "nada", "muchos", "cual", "ella", "estar", "estas", "algo", "esta", "estan", "fue",
    "habria", "dijo", "y", "un", "ha", "han", "hemos", "acabamos", "despues",
];

const ENGLISH: &[&str] = &[
    "the", "of", "and", "to", "in", "is", "that", "for", "it", "with", "as", "was", "on", "be",
    "by", "at", "this", "are", "from", "his", "have", "an", "not", "they", "which", "he", "but",
    "had", "has", "were", "or", "would", "their", "will", "been", "who", "said", "its", "after",
    "she", "her", "we", "you", "there", "what", "when", "than", "then", "into", "could", "our",
];

/// What the tone of an article in `language` (its page's tag or the
/// language its function words give) is: tallied (English, or not known:
/// each sentence is then tested for Spanish), Spanish, or another language,
/// which the English lists must not score ("die" is German for "the",
/// "ha" Italian for "has").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Tallied, but for its sentences in Spanish.
    Tallied,
    /// An article in Spanish: skipped.
    Spanish,
    /// An article in another language: skipped.
    Other,
}

/// The [`Tone`] of an article in `language` (`en`, `en-GB`, `de`, …).
pub fn tone_of(language: Option<&str>) -> Tone {
    let primary = language
        .and_then(|l| l.split(['-', '_']).next())
        .map(str::to_ascii_lowercase);
    match primary.as_deref() {
        None | Some("") | Some("en") => Tone::Tallied,
        Some("es") => Tone::Spanish,
        Some(_) => Tone::Other,
    }
}

/// Bytes of a plain text's start whose language decides its [`Tone`]
/// (some 250 words: enough for its function words to say; more only slows
/// the analysis of a large folder).
const TONE_SAMPLE: usize = 1500;

/// The [`Tone`] of article `a`: by its page's language, else (plain text)
/// by the language its first 1,500 bytes are clearly written in; skipped
/// for a text taken for English that does not read as English
/// ([`tone_language`]).
pub fn article_tone(a: &Article) -> Tone {
    tone_of(tone_language(a))
}

/// The language [`article_tone`] goes by: the page's tag as written, else
/// the one its text's start is clearly written in. A text taken for
/// English (by its tag, the `en-US` a publishing system writes on every
/// page of a Swahili or a Spanish site, or by no clear language) whose
/// start has almost none of English's function words goes by the language
/// its start is clearly written in, else `und` (undetermined).
pub fn tone_language(a: &Article) -> Option<&str> {
    let language = match a.language.as_deref() {
        Some(l) => Some(l),
        None => with_sample(a, crate::read::language::guess),
    };
    if tone_of(language) == Tone::Tallied && !with_sample(a, reads_as_english) {
        return Some(with_sample(a, crate::read::language::guess).unwrap_or("und"));
    }
    language
}

/// `f` of the first 1,500 bytes of article `a`'s text.
fn with_sample<T>(a: &Article, f: impl Fn(&str) -> T) -> T {
    let cut = |p: &str, n: usize| {
        let mut at = n.min(p.len());
        while !p.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    // (Most texts: a slice of the first paragraph, nothing copied.)
    if let Some(first) = a.paragraphs.first().filter(|p| p.len() >= TONE_SAMPLE) {
        return f(&first[..cut(first, TONE_SAMPLE)]);
    }
    let mut sample = String::new();
    for p in &a.paragraphs {
        if sample.len() >= TONE_SAMPLE {
            break;
        }
        sample.push_str(&p[..cut(p, TONE_SAMPLE - sample.len())]);
        sample.push(' ');
    }
    f(&sample)
}

/// False for a text of 100 words or more of which not one in fifty is
/// one of English's most frequent function words (in English prose, about
/// one word in five is); true for a shorter one.
fn reads_as_english(text: &str) -> bool {
    let english = crate::read::language::function_words("en");
    let (mut words, mut function) = (0usize, 0usize);
    for w in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        words += 1;
        function += usize::from(w.len() <= 5 && english.iter().any(|e| e.eq_ignore_ascii_case(w)));
        // (1,500 bytes hold fewer than 750 words: 15 of them settle it.)
        if function >= 15 {
            return true;
        }
    }
    words < 100 || function * 50 >= words
}

/// True for a sentence in Spanish: at least three Spanish function words,
/// more than English ones.
pub fn is_spanish(toks: &[Token<'_>]) -> bool {
    let info: Vec<WordInfo> = toks.iter().map(|t| word_info(&t.key)).collect();
    is_spanish_info(&info)
}

/// [`is_spanish`] on the words' [`WordInfo`].
pub fn is_spanish_info(info: &[WordInfo]) -> bool {
    let (mut es, mut en) = (0, 0);
    for w in info {
        es += usize::from(w.flags & SPANISH_WORD != 0);
        en += usize::from(w.flags & ENGLISH_WORD != 0);
    }
    es >= 3 && es > en
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DiplomacyFile {
    term: Vec<DiplomacyTerm>,
}

/// One term of the diplomacy lexicon.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiplomacyTerm {
    /// Query syntax.
    pub term: String,
    /// CAMEO event code.
    pub cameo: String,
    /// Goldstein weight, −10..+10.
    pub weight: f64,
    /// One-line rationale.
    pub why: String,
}

/// The lexicons, parsed once.
pub struct Lexicons {
    /// Every word the lexicons know: VADER's tone words and the negators,
    /// Spanish and English function words.
    words: FxHashMap<&'static str, WordInfo>,
    /// The diplomacy terms, in file order (series index = position).
    pub diplomacy: Vec<DiplomacyTerm>,
    /// Their patterns, in the same order.
    pub(crate) diplomacy_patterns: Vec<Vec<query::Pattern>>,
}

/// The bundled lexicons (parsed on first use).
pub fn lexicons() -> &'static Lexicons {
    static L: OnceLock<Lexicons> = OnceLock::new();
    L.get_or_init(|| {
        let mut words: FxHashMap<&'static str, WordInfo> = FxHashMap::default();
        for (list, class) in [
            (NEGATORS, NEGATOR),
            (SPANISH, SPANISH_WORD),
            (ENGLISH, ENGLISH_WORD),
        ] {
            for w in list {
                words.entry(w).or_default().flags |= class;
            }
        }
        for (w, v) in VADER
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (w, v) = l.split_once('\t')?;
                Some((w, v.trim().parse::<f64>().ok()?))
            })
        {
            let info = words.entry(w).or_default();
            // Negators are never tone hits themselves.
            if info.flags & NEGATOR == 0 {
                info.flags |= TONE;
                info.valence = v;
            }
        }
        // The bundled file is checked by a unit test; a broken one yields an
        // empty lens rather than a panic.
        let diplomacy = toml::from_str::<DiplomacyFile>(DIPLOMACY)
            .map(|f| f.term)
            .unwrap_or_default();
        let diplomacy_patterns = diplomacy
            .iter()
            .map(|t| {
                query::parse(&t.term)
                    .map(|q| q.alternatives)
                    .unwrap_or_default()
            })
            .collect();
        Lexicons {
            words,
            diplomacy,
            diplomacy_patterns,
        }
    })
}

/// The VADER valence of a word key, if it is a tone word.
pub fn valence(key: &str) -> Option<f64> {
    word_info(key).valence()
}

/// The CAMEO root categories (first two digits, 01–20) of the diplomacy
/// matches that are not negated, one bit per category: what kind of
/// happening a sentence reports. `info` are the sentence's words' entries.
pub(crate) fn cameo_roots(info: &[WordInfo], diplomacy: &[Match]) -> u32 {
    let lex = lexicons();
    diplomacy
        .iter()
        .filter(|m| {
            !info[m.start.saturating_sub(3)..m.start]
                .iter()
                .any(|w| w.negator())
        })
        .map(|m| cameo_root_bit(&lex.diplomacy[m.series].cameo))
        .fold(0, |acc, bit| acc | bit)
}

/// The bit of a CAMEO code's root category (its first two digits).
fn cameo_root_bit(cameo: &str) -> u32 {
    let root: u32 = cameo.get(..2).and_then(|r| r.parse().ok()).unwrap_or(0);
    1 << (root % 32)
}

/// The lens a driver counts in, written `diplomacy` or `tone` (in that
/// order when sorted).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DriverLens {
    /// The conflict and cooperation lexicon.
    Diplomacy,
    /// The VADER tone lexicon.
    Tone,
}

impl DriverLens {
    /// `diplomacy` or `tone`.
    pub fn as_str(self) -> &'static str {
        match self {
            DriverLens::Diplomacy => "diplomacy",
            DriverLens::Tone => "tone",
        }
    }
}

/// A driver word's own side, written `positive`, `negative`, `conflict` or
/// `cooperation`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    /// A positive tone word.
    Positive,
    /// A negative tone word.
    Negative,
    /// A conflict term.
    Conflict,
    /// A cooperation term.
    Cooperation,
}

impl Side {
    /// The side as written in the reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Positive => "positive",
            Side::Negative => "negative",
            Side::Conflict => "conflict",
            Side::Cooperation => "cooperation",
        }
    }
}

/// One word behind a tally. One byte for its lens and its side and four for
/// each count: a large corpus has millions of them (each article's own).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Driver {
    /// The word or phrase as matched (its key: lower case, accents folded),
    /// shared by every tally it drives.
    pub word: Arc<str>,
    /// `tone` or `diplomacy`.
    pub lens: DriverLens,
    /// The word's own side: `positive`/`negative` (tone) or
    /// `conflict`/`cooperation` (diplomacy).
    pub side: Side,
    /// Occurrences, negated ones included.
    pub count: u32,
    /// How many of them were negated (tone: counted on the other side;
    /// diplomacy: not counted).
    pub negated: u32,
    /// VADER valence (tone) or Goldstein weight (diplomacy).
    pub weight: f64,
}

/// Tallies of one article, day or bucket.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Tally {
    /// The day (null for undated, and for articles without a day).
    pub date: Option<Day>,
    /// Articles counted.
    pub articles: usize,
    /// Their words.
    pub words: usize,
    /// Positive tone hits (negated negatives included).
    pub positive: usize,
    /// Negative tone hits (negated positives included).
    pub negative: usize,
    /// Conflict terms (not negated).
    pub conflict: usize,
    /// Cooperation terms (not negated).
    pub cooperation: usize,
    /// (positive − negative) / (positive + negative); 0 without hits.
    pub net: f64,
    /// Mean Goldstein weight of the tallied diplomacy terms; null without.
    pub goldstein: Option<f64>,
    /// Words in sentences skipped as Spanish (or of an article in
    /// Spanish).
    pub spanish_words_skipped: usize,
    /// Words of articles in another language than English or Spanish
    /// (German, Italian, French …), skipped by both lenses.
    pub other_words_skipped: usize,
    /// The words behind the tallies, most frequent first.
    pub drivers: Vec<Driver>,
    /// Sum of the tallied diplomacy weights, in tenths: an integer, so sums
    /// do not depend on the order they are added in.
    #[serde(skip)]
    weight_tenths: i64,
    /// The drivers while counting, by (word id in the run's [`Names`],
    /// diplomacy lens); `finish` turns them into `drivers`.
    #[serde(skip)]
    counting: FxHashMap<(u32, bool), Counted>,
    /// The drivers of a counted article, in no order, each key once:
    /// [`Tally::compact`] moves them out of `counting`, whose map then
    /// serves the next article.
    #[serde(skip)]
    counted: Vec<((u32, bool), Counted)>,
}

/// A driver while counting (see [`Driver`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Counted {
    side: Side,
    weight: f64,
    count: u32,
    negated: u32,
}

impl Tally {
    fn new(date: Option<Day>) -> Tally {
        Tally {
            date,
            articles: 0,
            words: 0,
            positive: 0,
            negative: 0,
            conflict: 0,
            cooperation: 0,
            net: 0.0,
            goldstein: None,
            spanish_words_skipped: 0,
            other_words_skipped: 0,
            drivers: Vec::new(),
            weight_tenths: 0,
            counting: FxHashMap::default(),
            counted: Vec::new(),
        }
    }

    /// Adds another tally's hits, articles and words (not its drivers).
    fn add_totals(&mut self, other: &Tally) {
        self.articles += other.articles;
        self.words += other.words;
        self.positive += other.positive;
        self.negative += other.negative;
        self.conflict += other.conflict;
        self.cooperation += other.cooperation;
        self.weight_tenths += other.weight_tenths;
        self.spanish_words_skipped += other.spanish_words_skipped;
        self.other_words_skipped += other.other_words_skipped;
    }

    fn add(&mut self, other: &Tally) {
        self.add_totals(other);
        for (&key, c) in other
            .counting
            .iter()
            .chain(other.counted.iter().map(|(k, c)| (k, c)))
        {
            self.driver(key, *c);
        }
    }

    /// Renames the driver ids (ids of one run's tables) with `to`.
    pub(crate) fn rename(&mut self, to: &impl Fn(u32) -> u32) {
        self.counting = self
            .counting
            .drain()
            .map(|((id, lens), c)| ((to(id), lens), c))
            .collect();
        for ((id, _), _) in &mut self.counted {
            *id = to(*id);
        }
    }

    /// Ends the counting of an article: its drivers move to a list of
    /// their exact size, and the map (emptied, its capacity kept) goes to
    /// `spare` for the next article. A map per article lived until the end
    /// of the run before: 6 KB each, about 100 MB for 100 MB of text.
    pub(crate) fn compact(&mut self, spare: &mut Counting) {
        self.counted.reserve_exact(self.counting.len());
        self.counted.extend(self.counting.drain());
        *spare = std::mem::take(&mut self.counting);
    }

    fn driver(&mut self, key: (u32, bool), c: Counted) {
        self.counting
            .entry(key)
            .and_modify(|d| {
                d.count += c.count;
                d.negated += c.negated;
            })
            .or_insert(c);
    }

    /// Works out the net and Goldstein scores from the tallies.
    fn scores(&mut self) {
        let hits = self.positive + self.negative;
        self.net = if hits == 0 {
            0.0
        } else {
            (self.positive as f64 - self.negative as f64) / hits as f64
        };
        let n = self.conflict + self.cooperation;
        self.goldstein = (n > 0).then(|| self.weight_tenths as f64 / 10.0 / n as f64);
    }

    fn finish(&mut self, names: &Ranked<'_>) {
        self.scores();
        // Most frequent first, then by lens ("diplomacy" before "tone"),
        // then by word: (lens, word) is unique, so the order is total. Words
        // compare by their alphabetical rank.
        let mut counted = std::mem::take(&mut self.counted);
        counted.extend(self.counting.drain());
        counted.sort_unstable_by_key(|&((id, diplomacy), c)| {
            (std::cmp::Reverse(c.count), !diplomacy, names.rank(id))
        });
        self.drivers = counted
            .into_iter()
            .map(|((word, diplomacy), c)| Driver {
                word: names.names.get(word),
                lens: if diplomacy {
                    DriverLens::Diplomacy
                } else {
                    DriverLens::Tone
                },
                side: c.side,
                count: c.count,
                negated: c.negated,
                weight: c.weight,
            })
            .collect();
    }
}

/// One article's tallies.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ArticleTally {
    /// Article id.
    pub id: String,
    /// Its tallies.
    #[serde(flatten)]
    pub tally: Tally,
}

/// `dateline sentiment --json`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SentimentReport {
    /// Days with at least one article, in order.
    pub days: Vec<Tally>,
    /// The undated articles.
    pub undated: Tally,
    /// Per article, in corpus order.
    pub articles: Vec<ArticleTally>,
    /// Problems reading files or entity lists.
    pub warnings: Vec<Warning>,
}

/// Whether a negator stands among the three words before word `i`.
fn negated_at(info: &[WordInfo], i: usize) -> bool {
    info[i.saturating_sub(3)..i].iter().any(|w| w.negator())
}

fn phrase_key(toks: &[Token<'_>]) -> String {
    toks.iter()
        .map(|t| t.key.as_ref())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A Goldstein weight in tenths (the lexicon's weights have one decimal).
fn tenths(weight: f64) -> i64 {
    (weight * 10.0).round() as i64
}

/// The map a tally counts its drivers in while it counts (see
/// [`Tally::compact`]).
pub(crate) type Counting = FxHashMap<(u32, bool), Counted>;

/// A new tally for one article, counting in `spare` (an empty map, which
/// [`Tally::compact`] hands back).
pub(crate) fn article_tally(article: &Article, spare: &mut Counting) -> Tally {
    let mut t = Tally::new(article.date);
    t.counting = std::mem::take(spare);
    t.counting.clear();
    // An article has a few dozen distinct drivers: no rehashing while it
    // grows.
    t.counting.reserve(64);
    t.articles = 1;
    t.words = article.words;
    t
}

/// Marks a driver id as a phrase's (an id in the phrases table, not the
/// keys table).
pub(crate) const PHRASE: u32 = 1 << 31;

/// The driver words of one run: word keys and phrases, by id.
#[derive(Clone, Copy)]
pub(crate) struct DriverNames<'a> {
    /// Word keys.
    pub keys: &'a Names,
    /// Phrases of several words.
    pub phrases: &'a Names,
}

impl DriverNames<'_> {
    fn get(&self, id: u32) -> Arc<str> {
        if id & PHRASE != 0 {
            self.phrases.get(id & !PHRASE)
        } else {
            self.keys.get(id)
        }
    }
}

/// Driver names with their alphabetical ranks, so that sorting drivers
/// compares numbers rather than strings.
pub(crate) struct Ranked<'a> {
    names: DriverNames<'a>,
    keys: Vec<u32>,
    phrases: Vec<u32>,
}

impl<'a> Ranked<'a> {
    /// The ranks of the drivers of `tallies`, in the order of their names.
    /// (Only those: the names hold every word of the texts, a few hundred
    /// thousand in a large corpus, and few of them are drivers.)
    fn new<'t>(names: DriverNames<'a>, tallies: impl Iterator<Item = &'t Tally>) -> Ranked<'a> {
        let mut ids: Vec<u32> = Vec::new();
        for t in tallies {
            ids.extend(t.counting.keys().map(|&(id, _)| id));
            ids.extend(t.counted.iter().map(|&((id, _), _)| id));
        }
        ids.sort_unstable();
        ids.dedup();
        let (key_names, phrase_names) = (names.keys.as_slice(), names.phrases.as_slice());
        let mut all: Vec<(&str, u32)> = ids
            .into_iter()
            .map(|id| {
                let name = if id & PHRASE != 0 {
                    &phrase_names[(id & !PHRASE) as usize]
                } else {
                    &key_names[id as usize]
                };
                (&**name, id)
            })
            .collect();
        all.sort_unstable();
        let mut keys = vec![u32::MAX; key_names.len()];
        let mut phrases = vec![u32::MAX; phrase_names.len()];
        for (rank, (_, id)) in all.into_iter().enumerate() {
            if id & PHRASE != 0 {
                phrases[(id & !PHRASE) as usize] = rank as u32;
            } else {
                keys[id as usize] = rank as u32;
            }
        }
        Ranked {
            names,
            keys,
            phrases,
        }
    }

    fn rank(&self, id: u32) -> u32 {
        let (list, i) = if id & PHRASE != 0 {
            (&self.phrases, id & !PHRASE)
        } else {
            (&self.keys, id)
        };
        list.get(i as usize).copied().unwrap_or(u32::MAX)
    }
}

/// One sentence for [`tally_sentence`].
pub(crate) struct Sentence<'a> {
    /// Its words.
    pub toks: &'a [Token<'a>],
    /// What the lexicons say of each word.
    pub info: &'a [WordInfo],
    /// Each word's key, as an id in the run's [`Names`].
    pub key_ids: &'a [u32],
    /// The words inside entity mentions.
    pub named: &'a [bool],
    /// The diplomacy-lexicon matches.
    pub diplomacy: &'a [Match],
}

/// Adds one sentence to a tally. Driver words are counted by their key id;
/// phrases of several words get an id from `phrases`, marked with
/// [`PHRASE`]. The caller skips Spanish sentences (see [`is_spanish`]).
pub(crate) fn tally_sentence(t: &mut Tally, s: Sentence<'_>, phrases: &mut Names) {
    let Sentence {
        toks,
        info,
        key_ids,
        named,
        diplomacy,
    } = s;
    let lex = lexicons();
    for m in diplomacy {
        let term = &lex.diplomacy[m.series];
        let side = if term.weight < 0.0 {
            Side::Conflict
        } else {
            Side::Cooperation
        };
        let negated = negated_at(info, m.start);
        if !negated {
            if term.weight < 0.0 {
                t.conflict += 1;
            } else {
                t.cooperation += 1;
            }
            t.weight_tenths += tenths(term.weight);
        }
        let word = if m.end - m.start == 1 {
            key_ids[m.start]
        } else {
            PHRASE | phrases.id(&phrase_key(&toks[m.start..m.end]))
        };
        t.driver(
            (word, true),
            Counted {
                side,
                weight: term.weight,
                count: 1,
                negated: u32::from(negated),
            },
        );
    }
    for i in 0..toks.len() {
        if named[i] {
            continue;
        }
        let Some(v) = info[i].valence() else {
            continue;
        };
        if tone_word_in_other_sense(toks, i) {
            continue;
        }
        let negated = negated_at(info, i);
        if (v > 0.0) != negated {
            t.positive += 1;
        } else {
            t.negative += 1;
        }
        let side = if v > 0.0 {
            Side::Positive
        } else {
            Side::Negative
        };
        t.driver(
            (key_ids[i], false),
            Counted {
                side,
                weight: v,
                count: 1,
                negated: u32::from(negated),
            },
        );
    }
}

impl SentimentReport {
    /// The day and undated tallies without their drivers (the words behind
    /// them), and no per-article tallies: what a chart of the tone needs,
    /// a fraction of the report for a large corpus.
    pub fn without_drivers(&self) -> SentimentReport {
        let lean = |t: &Tally| {
            let mut out = Tally::new(t.date);
            out.add_totals(t);
            out.net = t.net;
            out.goldstein = t.goldstein;
            out
        };
        SentimentReport {
            days: self.days.iter().map(lean).collect(),
            undated: lean(&self.undated),
            articles: Vec::new(),
            warnings: self.warnings.clone(),
        }
    }

    /// The day tallies summed per `period`, each dated by its period's
    /// first day: hits and drivers add up word by word, the net and
    /// Goldstein scores are worked out again. The undated tally is kept as
    /// it is; the per-article tallies, which do not change with the period,
    /// are left out. Per day, the report itself.
    pub fn by_period(&self, period: Period) -> SentimentReport {
        if period == Period::Day {
            return self.clone();
        }
        // Per period: its tally and where each (lens, word) is in its drivers.
        type Group = (Tally, FxHashMap<(DriverLens, Arc<str>), usize>);
        let mut groups: BTreeMap<Day, Group> = BTreeMap::new();
        for t in &self.days {
            let Some(d) = t.date else { continue };
            let start = period.start(d);
            let (g, index) = groups
                .entry(start)
                .or_insert_with(|| (Tally::new(Some(start)), FxHashMap::default()));
            g.add_totals(t);
            for d in &t.drivers {
                match index.get(&(d.lens, d.word.clone())) {
                    Some(&i) => {
                        g.drivers[i].count += d.count;
                        g.drivers[i].negated += d.negated;
                    }
                    None => {
                        index.insert((d.lens, d.word.clone()), g.drivers.len());
                        g.drivers.push(d.clone());
                    }
                }
            }
        }
        let days = groups
            .into_values()
            .map(|(mut g, _)| {
                g.scores();
                g.drivers.sort_by(|a, b| {
                    b.count
                        .cmp(&a.count)
                        .then_with(|| a.lens.cmp(&b.lens))
                        .then_with(|| a.word.cmp(&b.word))
                });
                g
            })
            .collect();
        SentimentReport {
            days,
            undated: self.undated.clone(),
            articles: Vec::new(),
            warnings: self.warnings.clone(),
        }
    }
}

/// The tallies of one part of a corpus (see [`crate::analyse::analysis::run`]):
/// each article's tally finished, and the sums per day and for the undated
/// articles not finished yet, so that parts can be added up.
pub(crate) struct PartTallies {
    articles: Vec<ArticleTally>,
    days: BTreeMap<Day, Tally>,
    undated: Tally,
}

impl PartTallies {
    /// Finishes each article's tally (drivers named from `names`, or none
    /// without `article_drivers`) and sums them per day.
    pub(crate) fn new(
        articles: Vec<(String, Tally)>,
        names: DriverNames<'_>,
        article_drivers: bool,
    ) -> PartTallies {
        let names = if article_drivers {
            Ranked::new(names, articles.iter().map(|(_, t)| t))
        } else {
            Ranked::new(names, std::iter::empty())
        };
        let mut days: BTreeMap<Day, Tally> = BTreeMap::new();
        let mut undated = Tally::new(None);
        let mut out = Vec::with_capacity(articles.len());
        for (id, mut t) in articles {
            match t.date {
                Some(d) => days.entry(d).or_insert_with(|| Tally::new(Some(d))).add(&t),
                None => undated.add(&t),
            }
            if article_drivers {
                t.finish(&names);
            } else {
                t.scores();
                t.counting = FxHashMap::default();
                t.counted = Vec::new();
            }
            out.push(ArticleTally { id, tally: t });
        }
        PartTallies {
            articles: out,
            days,
            undated,
        }
    }

    /// Renames the driver ids of the day sums (ids of this part's tables)
    /// with `to`.
    pub(crate) fn rename(&mut self, to: impl Fn(u32) -> u32) {
        for t in self.days.values_mut().chain([&mut self.undated]) {
            t.rename(&to);
        }
    }
}

/// The report of a corpus from its parts' tallies, in corpus order; their
/// day sums count by ids of `names`.
pub(crate) fn join(parts: Vec<PartTallies>, names: DriverNames<'_>) -> SentimentReport {
    let mut days: BTreeMap<Day, Tally> = BTreeMap::new();
    let mut undated = Tally::new(None);
    let mut articles = Vec::new();
    for p in parts {
        articles.extend(p.articles);
        for (d, t) in p.days {
            match days.get_mut(&d) {
                Some(sum) => sum.add(&t),
                None => {
                    days.insert(d, t);
                }
            }
        }
        undated.add(&p.undated);
    }
    let mut days: Vec<Tally> = days.into_values().collect();
    let names = Ranked::new(names, days.iter().chain([&undated]));
    days.iter_mut().for_each(|t| t.finish(&names));
    undated.finish(&names);
    SentimentReport {
        days,
        undated,
        articles,
        warnings: Vec::new(),
    }
}

crate::wire::wire_struct!(Tally {
    date,
    articles,
    words,
    positive,
    negative,
    conflict,
    cooperation,
    net,
    goldstein,
    spanish_words_skipped,
    other_words_skipped,
    drivers,
    weight_tenths,
    counting,
    counted,
});
crate::wire::wire_struct!(Counted {
    side,
    weight,
    count,
    negated,
});
crate::wire::wire_struct!(Driver {
    word,
    lens,
    side,
    count,
    negated,
    weight,
});
crate::wire::wire_enum!(DriverLens { Diplomacy, Tone });
crate::wire::wire_enum!(Side {
    Positive,
    Negative,
    Conflict,
    Cooperation
});
crate::wire::wire_struct!(ArticleTally { id, tally });
crate::wire::wire_struct!(PartTallies {
    articles,
    days,
    undated,
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Corpus;

    fn article(text: &str) -> Tally {
        let c = Corpus::from_texts(&[(
            "2026-01-08-a.txt",
            &format!("Headline words here\n{text}\n"),
        )]);
        let (e, _) = crate::analyse::entities::parse("e", crate::seeds::ENTITIES);
        let mut r = crate::analyse::analysis::tally_sentiment(&c, &e);
        r.articles.remove(0).tally
    }

    fn driver<'a>(t: &'a Tally, word: &str) -> &'a Driver {
        t.drivers
            .iter()
            .find(|d| &*d.word == word)
            .unwrap_or_else(|| panic!("no driver {word}: {:?}", t.drivers))
    }

    #[test]
    fn like_as_a_preposition_and_as_well_are_not_tone() {
        let words = |t: &Tally| {
            let mut w: Vec<String> = t.drivers.iter().map(|d| d.word.to_string()).collect();
            w.sort();
            w
        };
        let t = article(
            "It looks like a bridge. Towns like Tunja want a road as well as a school. \
             Farmers felt like strangers there.",
        );
        assert!(!words(&t).contains(&"like".to_string()), "{:?}", words(&t));
        assert!(!words(&t).contains(&"well".to_string()));
        // The verb still counts, and "well" elsewhere.
        let t = article(
            "Voters say they like the plan. We would like peace. It went well. I didn’t like it. \
             We really like the new park. I do not like the delay.",
        );
        let like = driver(&t, "like");
        assert_eq!((like.count, like.negated), (5, 2));
        assert_eq!(driver(&t, "well").count, 1);
        // An adverb before the preposition leaves it one.
        let t = article("It was not like the old days, and it is always like this.");
        assert!(!words(&t).contains(&"like".to_string()), "{:?}", words(&t));
    }

    #[test]
    fn the_bundled_lexicons_load() {
        let l = lexicons();
        assert!(l.words.values().filter(|w| w.valence().is_some()).count() > 7000);
        assert_eq!(valence("foolish"), Some(-1.1));
        assert_eq!(valence("no"), None, "negators are not hits");
        assert!(word_info("no").negator() && word_info("isn't").negator());
        assert_eq!(valence("isn't"), None);
        let parsed: DiplomacyFile = toml::from_str(DIPLOMACY).expect("diplomacy.toml parses");
        assert_eq!(parsed.term.len(), l.diplomacy.len());
        for t in &l.diplomacy {
            query::parse(&t.term).expect("term is a valid query");
            assert!(
                (-10.0..=10.0).contains(&t.weight) && t.weight != 0.0,
                "{}",
                t.term
            );
            assert!(!t.why.is_empty() && !t.cameo.is_empty());
            assert!(
                (t.weight * 10.0 - tenths(t.weight) as f64).abs() < 1e-9,
                "{}: weights have one decimal, summed in tenths",
                t.term
            );
            // Root categories are 01–20 (the bit per root must be unique).
            let root: u32 = t.cameo[..2].parse().expect("two-digit root");
            assert!((1..=20).contains(&root), "{}", t.cameo);
        }
    }

    /// Consecutive articles count in one map, handed from each to the next
    /// (`Tally::compact`): no driver of one article shows up in another,
    /// and the day sums hold both.
    #[test]
    fn each_article_has_only_its_own_drivers() {
        let c = Corpus::from_texts(&[
            (
                "2026-01-08-a.txt",
                "First headline here\nThe minister praised the generous offer and the fine deal.\n",
            ),
            (
                "2026-01-08-b.txt",
                "Second headline here\nThe rebels attacked the town, a terrible and brutal raid.\n",
            ),
            (
                "2026-01-09-c.txt",
                "Third headline here\nThe weather was quiet and the river ran as it always does.\n",
            ),
        ]);
        let (e, _) = crate::analyse::entities::parse("e", crate::seeds::ENTITIES);
        let r = crate::analyse::analysis::tally_sentiment(&c, &e);
        let words = |t: &Tally| {
            let mut w: Vec<String> = t.drivers.iter().map(|d| d.word.to_string()).collect();
            w.sort();
            w
        };
        let [a, b, quiet] = [0, 1, 2].map(|i| words(&r.articles[i].tally));
        assert!(a.contains(&"generous".to_string()), "{a:?}");
        assert!(b.contains(&"brutal".to_string()), "{b:?}");
        assert!(a.iter().all(|w| !b.contains(w)), "{a:?} / {b:?}");
        assert!(
            quiet.iter().all(|w| !a.contains(w) && !b.contains(w)),
            "{quiet:?}"
        );
        let day = &r.days[0];
        assert_eq!(day.articles, 2);
        assert_eq!(words(day), {
            let mut both = [a.clone(), b.clone()].concat();
            both.sort();
            both
        });
    }

    #[test]
    fn negation_moves_a_hit_to_the_other_side() {
        let t = article("Petro said Trump is not foolish, even if he disagreed with him.");
        let d = driver(&t, "foolish");
        assert_eq!((d.side, d.count, d.negated), (Side::Negative, 1, 1));
        assert_eq!(t.positive, 1, "a negated negative counts as positive");
        assert_eq!(t.negative, 1, "disagreed");
        assert_eq!(driver(&t, "disagreed").negated, 0);
        // The window is three words.
        let t = article("It was never, as far as anyone knew, a good plan at all.");
        assert_eq!(driver(&t, "good").negated, 0);
        let t = article("It isn't a good plan.");
        assert_eq!((driver(&t, "good").negated, t.negative), (1, 1));
    }

    #[test]
    fn names_are_not_tone_words() {
        let t = article("The United States and the United Nations met in good faith.");
        assert!(
            t.drivers.iter().all(|d| &*d.word != "united"),
            "{:?}",
            t.drivers
        );
        assert_eq!(t.positive, 2, "good, faith");
    }

    #[test]
    fn diplomacy_terms_tally_conflict_and_cooperation() {
        let t = article(
            "Washington imposed sanctions and threatened tariffs. The leaders agreed to meet after a phone call. \
             Colombia recalled its ambassador. He did not threaten anyone.",
        );
        assert_eq!(t.conflict, 4, "{:?}", t.drivers);
        assert_eq!(t.cooperation, 3, "{:?}", t.drivers);
        assert_eq!(driver(&t, "threaten").negated, 1);
        assert_eq!(driver(&t, "phone call").weight, 1.0);
        let g = t.goldstein.expect("has hits");
        let want = (-8.0 - 6.0 - 8.0 - 4.0 + 4.0 + 2.5 + 1.0) / 7.0;
        assert!((g - want).abs() < 1e-9, "{g} vs {want}");
    }

    #[test]
    fn tallies_per_week_and_month_add_up_word_by_word() {
        let c = Corpus::from_texts(&[
            ("2026-01-05-a.txt", "One\nThe good talks were a success.\n"),
            (
                "2026-01-07-b.txt",
                "Two\nThe talks failed and sanctions followed, a bad day.\n",
            ),
            ("2026-01-20-c.txt", "Three\nA good deal, not a bad one.\n"),
        ]);
        let (e, _) = crate::analyse::entities::parse("e", crate::seeds::ENTITIES);
        let r = crate::analyse::analysis::tally_sentiment(&c, &e);
        assert_eq!(r.days.len(), 3);
        let w = r.by_period(Period::Week);
        assert_eq!(w.days.len(), 2, "5 and 7 January share a week");
        let first = &w.days[0];
        assert_eq!(first.date, Day::parse_iso("2026-01-05"));
        assert_eq!(first.articles, 2);
        assert_eq!(
            (first.positive, first.negative),
            (
                r.days[0].positive + r.days[1].positive,
                r.days[0].negative + r.days[1].negative
            )
        );
        let hits = first.positive + first.negative;
        assert!(
            (first.net - (first.positive as f64 - first.negative as f64) / hits as f64).abs()
                < 1e-12
        );
        let m = r.by_period(Period::Month);
        assert_eq!(m.days.len(), 1);
        let good = m.days[0]
            .drivers
            .iter()
            .find(|d| &*d.word == "good")
            .expect("good");
        assert_eq!(good.count, 2, "both 'good' add up");
        let total: usize = r.days.iter().map(|t| t.conflict + t.cooperation).sum();
        assert_eq!(m.days[0].conflict + m.days[0].cooperation, total);
        let counts: Vec<u32> = m.days[0].drivers.iter().map(|d| d.count).collect();
        assert!(
            counts.windows(2).all(|p| p[0] >= p[1]),
            "most frequent first"
        );
        assert_eq!(r.by_period(Period::Day), r);
    }

    #[test]
    fn spanish_sentences_are_skipped_not_tallied() {
        let t = article(
            "Se despliega la fuerza pública en la frontera, una crisis terrible. The crisis was terrible.",
        );
        assert_eq!(t.spanish_words_skipped, 11);
        assert_eq!(driver(&t, "crisis").count, 1, "only the English sentence");
        assert_eq!(t.negative, 2);
        assert!((t.net + 1.0).abs() < 1e-12);
    }

    /// An article in German or Italian is not scored with the English
    /// lists: "die" (the) is no negative word, "ha" (has) no positive one.
    #[test]
    fn an_article_in_another_language_is_skipped_not_tallied() {
        let t = article(
            "Die Regierung hat die Pläne für die Wirtschaft nicht geändert, und die Kanzlerin \
             ist der Meinung, dass die Wirtschaft wächst. Die Opposition kritisiert das Gesetz.",
        );
        assert_eq!((t.positive, t.negative), (0, 0), "{:?}", t.drivers);
        assert_eq!(t.spanish_words_skipped, 0);
        assert!(t.other_words_skipped > 20, "{}", t.other_words_skipped);
        let t = article(
            "Il governo ha detto che la riforma è una buona notizia per il paese e che \
             il ministro ha lavorato con la commissione per molti mesi.",
        );
        assert_eq!((t.positive, t.negative), (0, 0), "{:?}", t.drivers);
        assert!(t.other_words_skipped > 20, "{}", t.other_words_skipped);
        // (A text taken for English, by its tag or by none, that has
        // almost none of its function words: a Swahili page whose site
        // tags every page `en-US`.)
        let swahili = "Mvua kubwa imenyesha usiku kucha katika mji wa Kilosa, na wakazi \
             wengi wamelazimika kuhama nyumba zao. Mkuu wa wilaya amesema kwamba serikali \
             itatoa msaada wa chakula na mahema kwa familia zote zilizoathirika. Wanafunzi \
             wa shule ya msingi hawakuweza kwenda shuleni kwa sababu barabara zimejaa maji. \
             Wakulima wanasema mazao yao mengi yameharibika, na bei ya mahindi sokoni \
             imepanda. Kamati ya maafa ya mkoa itakutana kesho asubuhi kujadili hali hiyo, \
             na wananchi wameombwa kuwa watulivu na kufuata maelekezo ya viongozi wao. \
             Watu wawili wamejeruhiwa lakini hakuna aliyefariki, kwa mujibu wa polisi. \
             Mvua zaidi inatarajiwa wiki ijayo katika maeneo ya milimani na pwani.";
        // (Read from a page tagged `en-US`, where pages are read, and
        // from a plain text.)
        let both = |title: &str, text: &str| {
            let mut files = vec![(
                "2026-01-08-a.txt".to_string(),
                format!("{title}\n\n{text}\n"),
            )];
            if cfg!(feature = "html") {
                files.push((
                    "2026-01-08-b.html".to_string(),
                    format!(
                        "<html lang='en-US'><body><article><h1>{title}</h1><p>{text}</p>\
                         </article></body></html>"
                    ),
                ));
            }
            let files: Vec<(&str, &str)> = files
                .iter()
                .map(|(n, t)| (n.as_str(), t.as_str()))
                .collect();
            let c = Corpus::from_texts(&files);
            assert_eq!(c.articles.len(), files.len());
            c
        };
        for a in &both("Mvua Kilosa", swahili).articles {
            assert_eq!(tone_language(a), Some("und"), "{:?}", a.language);
            assert_eq!(article_tone(a), Tone::Other);
        }
        // (Where the text reads clearly as a language, by that language:
        // a Spanish page tagged `en-US` is skipped as Spanish.)
        let spanish = "La lluvia cayó toda la noche en la ciudad y muchos vecinos tuvieron que \
             dejar sus casas. El alcalde dijo que el gobierno dará comida y carpas a las \
             familias, y que los colegios estarán cerrados por las inundaciones. Los \
             campesinos dicen que se perdió la mayor parte de la cosecha de maíz, y el precio \
             del maíz subió en los mercados. La comisión de emergencias se reunirá mañana por \
             la mañana con los vecinos para hablar de la situación, y los bomberos siguen \
             trabajando en los barrios del sur, donde el agua llegó a más de un metro. Según \
             el servicio de meteorología, la próxima semana volverá a llover en la región.";
        for a in &both("Lluvias en la ciudad", spanish).articles {
            assert_eq!(tone_language(a), Some("es"), "{:?}", a.language);
            assert_eq!(article_tone(a), Tone::Spanish);
        }
        assert_eq!(
            crate::read::language::name("und"),
            "languages other than English"
        );
        // (English prose, however full of names, reads as English.)
        let english = "Heavy rain fell all night in Kilosa, Morogoro, and many residents of \
             Mbuyuni, Kimamba and Ulaya Mbuyuni had to leave their homes. District Commissioner \
             Halima Okash said the government would give food and tents to every family \
             affected. Pupils of Mazinyungu and Magomeni primary schools could not reach school \
             because the roads were flooded. Farmers in Dumila, Msowero and Mabwerebwere say \
             most of their maize is ruined, and the price of maize at Kilosa, Gairo and Mikumi \
             markets has risen. The regional disaster committee of Morogoro meets tomorrow \
             morning. Officials of the Tanzania Meteorological Authority in Dar es Salaam said \
             more rain is expected next week in Kilombero, Ulanga and Mvomero.";
        for a in &both("Rain in Kilosa", english).articles {
            assert_eq!(article_tone(a), Tone::Tallied, "{:?}", a.language);
        }
        assert_eq!(tone_of(Some("en-GB")), Tone::Tallied);
        assert_eq!(tone_of(None), Tone::Tallied);
        assert_eq!(tone_of(Some("es-CO")), Tone::Spanish);
        assert_eq!(tone_of(Some("de")), Tone::Other);
    }
}
