//! Events: sentences that report something on a date the text gives.
//!
//! In each sentence this module finds the date expressions and resolves them
//! against the article's own day:
//! - absolute dates ("January 4, 2026"; "Nov. 29, 2022") as they are;
//! - a day and month without a year ("January 4", "June 23", "4 de enero")
//!   and a month alone ("in January", "in December") take the year the tense
//!   implies: the most recent one on or before the article's day (but a day
//!   in the month after the article's stays in its year: "a forum is planned
//!   for March 10" in an article of March 3, and so does the month after
//!   the article's: "would start in April" in March), or — when
//!   the clause is future ("will", "is expected to", "plans to", "is
//!   scheduled to", "is due", "said … would", "takes effect", "goes into
//!   effect"; "plan" or
//!   "expected" without "to" is not: "the river plan on Monday", nor "took
//!   effect") — the next one on or after it;
//! - a bare weekday ("on Thursday", "Wednesday night", "Sunday", Spanish
//!   "el jueves") likewise: most recent on or before, or next on or after in
//!   a future clause or after "until" ("closed until Wednesday");
//!   "last Thursday" is strictly before, "next Thursday" strictly after;
//! - "yesterday"/"ayer", "today"/"hoy", "this morning", "tonight",
//!   "tomorrow"; "last week"/"this week"/"next week"/"la semana pasada" (a
//!   week); "last month"/"this month"; "in 2023", "last year", "this year"
//!   (a year); a month with a year ("December 2024");
//! - in German, Portuguese, French, Italian and Dutch: yesterday, today
//!   and tomorrow ("gestern", "ontem", "hier", "ieri", "gisteren"; "heute",
//!   "hoje", "aujourd'hui"; "morgen", "amanhã", "demain", "domani"),
//!   weekdays as each language writes them ("am Dienstag",
//!   "Montagabend", "na quarta-feira", "no domingo", "mardi", "jeudi
//!   dernier", "sabato scorso", "afgelopen zondag"), a day before a
//!   month's name ("am 2. Juni", "5 février"), weeks, months and years
//!   around the article's ("vergangene Woche", "la semana que viene",
//!   "l'année dernière", "il mese scorso"; Spanish and Portuguese too),
//!   and future verbs before or just after the date ("Am Freitag soll …",
//!   "vai", "va", "dovrà");
//! - vague phrases ("days earlier", "recently") are not dated.
//!
//! An article without a day yields events only from absolute expressions.
//! A sentence needs five words besides its date expression to be an event
//! (so a bare attribution line is not one), two of them not capitalised
//! unless the date opens it (so a line of metadata, "Sendung: Antenne
//! Brandenburg, 24.04.2024, 15:10 Uhr", is not one either); a dated
//! sentence with a web address is a citation or a credit line, and a
//! year in a sentence with a percentage a statistic's. The same happening reported by
//! several articles — same date, shared entities and similar wording — is
//! one event with all its sources.

use crate::analyse::entities::Entity;
use crate::analyse::period::Period;
use crate::analyse::query::Match;
use crate::read::corpus::{Article, Warning};
use crate::read::dates::{self, DateValue, Day};
use crate::read::tokens::{self, Token};
use serde::Serialize;

/// How precise an event's date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// A calendar day: `2026-01-04`.
    Day,
    /// An ISO week: `2026-W02`.
    Week,
    /// A month: `2026-01`.
    Month,
    /// A year: `2026`.
    Year,
}

/// A resolved date: its first day, precision and label.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct When {
    /// First day of the period.
    pub start: Day,
    /// Its precision.
    pub precision: Precision,
    /// `2026-01-04`, `2026-W02`, `2026-01` or `2026`.
    pub label: String,
}

impl When {
    fn day(d: Day) -> When {
        When {
            start: d,
            precision: Precision::Day,
            label: d.to_string(),
        }
    }

    fn week(d: Day) -> Option<When> {
        let monday = d.add_days(-i64::from(d.weekday()))?;
        let (y, w) = d.iso_week();
        Some(When {
            start: monday,
            precision: Precision::Week,
            label: format!("{y:04}-W{w:02}"),
        })
    }

    fn month(year: i64, month: u8) -> Option<When> {
        let start = Day::new(year, month.into(), 1)?;
        Some(When {
            start,
            precision: Precision::Month,
            label: format!("{year:04}-{month:02}"),
        })
    }

    fn year(year: i64) -> Option<When> {
        Some(When {
            start: Day::new(year, 1, 1)?,
            precision: Precision::Year,
            label: format!("{year:04}"),
        })
    }
}

/// A date expression found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// Byte range in the sentence.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
    /// What it resolves to.
    pub when: When,
}

const FUTURE: &[&str] = &["will", "shall", "scheduled", "upcoming", "ll"];

/// Verbs that make a German, French, Portuguese or Italian clause future;
/// they may follow the date ("Am Freitag soll der Krisenstab …", "Vendredi,
/// la mairie va …").
const FUTURE_OTHER: &[&str] = &[
    "wird",
    "werden",
    "soll",
    "sollen",
    "va",
    "vont",
    "devra",
    "devront",
    "sera",
    "seront",
    "vai",
    "vao",
    "ira",
    "irao",
    "devera",
    "deverao",
    "dovra",
    "dovranno",
    "verra",
    "attendu",
    "attendue",
    "attendus",
    "attendues",
    "prevu",
    "prevue",
    "prevus",
    "prevues",
];

/// Words that make a clause future only before "to" ("plans to", "is
/// expected to", "is going to", "hopes to", "aims to", "is set to"): as
/// nouns or participles they do not ("the
/// council approved the river plan on Monday", "it passed as expected on
/// Friday").
const FUTURE_BEFORE_TO: &[&str] = &[
    "plan",
    "plans",
    "planning",
    "expected",
    "going",
    "hope",
    "hopes",
    "hoping",
    "aim",
    "aims",
    "aiming",
    "intend",
    "intends",
    "intending",
    "expect",
    "expects",
    "expecting",
    "set",
];

/// Verbs in the past tense that end in no "ed" (see [`WordClass::past`]).
const PAST_VERBS: &[&str] = &[
    "had", "hadn't", "was", "wasn't", "were", "weren't", "did", "didn't", "paid", "met", "won",
    "lost", "said", "made", "took", "gave", "went", "came", "fell", "rose", "began", "left",
    "held", "told", "sold", "bought", "brought", "thought", "found", "saw", "knew", "ran", "got",
    "sent", "spent", "built", "became", "chose", "wrote", "spoke", "broke", "struck", "led",
];

/// What the date finder asks of a single word, answered once per distinct
/// word by callers that keep a vocabulary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct WordClass {
    /// It can start a date expression (see [`could_start`]).
    pub date_start: bool,
    /// It marks a future clause (will, shall, scheduled…).
    pub future: bool,
    /// It is a Spanish verb in the future tense (se reunirá, firmarán).
    pub future_es: bool,
    /// It marks a future clause in German, French, Portuguese or Italian
    /// ([`FUTURE_OTHER`]), before the date or just after it.
    pub future_other: bool,
    /// It is a Spanish clitic pronoun (se, lo, le…), which may stand
    /// between a weekday and its verb.
    pub clitic: bool,
    /// It marks a future clause when "to" follows (plans, expected…).
    pub future_before_to: bool,
    /// It is "to".
    pub to: bool,
    /// It is "take", "takes" or "taking", "go", "goes" or "going" (before
    /// "effect" or "into effect" the clause is future: "the ban takes
    /// effect July 1"; "took effect" stays past).
    pub take_or_go: bool,
    /// It is "effect".
    pub effect: bool,
    /// It is "into".
    pub into: bool,
    /// It opens a clause of its own time ("after", "before", "when",
    /// "because" …): a verb with "to" before it does not reach a date
    /// after it ("expected to return after having her son in August").
    pub clause_break: bool,
    /// It is "until" or "till": right before a bare weekday, the clause
    /// looks ahead ("schools stay closed until Wednesday").
    pub until: bool,
    /// It is "due", which after "is" or "are" makes the clause future ("is
    /// due to visit on Thursday", "is due in January"; not "cancelled due
    /// to the storm").
    pub due: bool,
    /// It is "is" or "are".
    pub is_are: bool,
    /// It is "would", which after a verb of saying reports a future ("said
    /// crossings would resume on Thursday").
    pub would: bool,
    /// It is "if" or "unless", which with a verb in the present tense
    /// speaks of a time to come ("if she becomes president in November").
    pub conditional: bool,
    /// It is a verb in the past tense: "had", "was", "were", "did" and
    /// their negations, a common irregular past ("paid", "met", "won"),
    /// or a word of five letters or more ending in "ed" ("signed"): a
    /// conditional about the past ("if he had won in November", "if the
    /// report is right, the firm paid the bribe in July").
    pub past: bool,
    /// It is a verb of saying in the past or present ("said", "says",
    /// "told", "announced", "added").
    pub said: bool,
    /// It holds four ASCII digits in a row ([`dates::may_hold_a_day`]):
    /// every digit of a sentence is in one of its words, so a sentence
    /// may hold an absolute day only if one of its words does.
    pub year_digits: bool,
}

/// The [`WordClass`] of a word.
pub(crate) fn word_class(t: &Token<'_>) -> WordClass {
    WordClass {
        date_start: could_start(t),
        future: FUTURE.contains(&t.key.as_ref()),
        future_es: spanish_future(t.text),
        // (In lower case: "Va." is Virginia, "Ira" a first name.)
        future_other: t.text.starts_with(|c: char| c.is_lowercase())
            && (FUTURE_OTHER.contains(&t.key.as_ref()) || french_future(&t.key)),
        clitic: matches!(
            t.key.as_ref(),
            "se" | "lo" | "la" | "le" | "les" | "los" | "las" | "nos" | "me" | "te"
        ),
        future_before_to: FUTURE_BEFORE_TO.contains(&t.key.as_ref()),
        to: t.key == "to",
        take_or_go: matches!(
            t.key.as_ref(),
            "take" | "takes" | "taking" | "go" | "goes" | "going"
        ),
        effect: t.key == "effect",
        into: t.key == "into",
        clause_break: matches!(
            t.key.as_ref(),
            "after"
                | "before"
                | "since"
                | "when"
                | "because"
                | "while"
                | "although"
                | "though"
                | "but"
        ),
        until: matches!(t.key.as_ref(), "until" | "till"),
        due: t.key == "due",
        is_are: matches!(t.key.as_ref(), "is" | "are"),
        would: t.key == "would",
        conditional: matches!(t.key.as_ref(), "if" | "unless"),
        past: PAST_VERBS.contains(&t.key.as_ref())
            || (t.key.len() >= 5 && t.key.ends_with("ed") && t.key.is_ascii()),
        said: matches!(
            t.key.as_ref(),
            "said" | "says" | "told" | "announced" | "added" | "warned"
        ),
        year_digits: dates::may_hold_a_day(t.text),
    }
}

/// A Spanish verb in the future tense, by its written ending: "se
/// reunirá", "firmarán", "aceptaremos" (the accent is part of the ending,
/// so "mira" or "gira" are not).
fn spanish_future(word: &str) -> bool {
    let lower = word.to_lowercase();
    lower.chars().count() >= 4
        && ["rá", "rán", "remos", "réis"]
            .iter()
            .any(|e| lower.ends_with(e))
        && lower.chars().all(char::is_alphabetic)
}

/// A French verb in the future tense's third person plural, by its
/// ending: "se retrouveront", "auront", "feront" (not "front",
/// "affront").
fn french_future(key: &str) -> bool {
    key.len() >= 6 && key.ends_with("ront") && !key.ends_with("affront")
}

/// Whether an "if" or "unless" that opens the clause of index `at` (at
/// the sentence's start or after a comma, semicolon, colon, dash or
/// parenthesis), with no verb in the past between, makes it speak of a
/// time to come: "If Kamala Harris becomes the next American president
/// in November"; not "asked if the minister signed the deal in March",
/// "even if sales fell in July", "if anything, prices rose in March".
fn conditional_before(
    sentence: &str,
    toks: &[Token<'_>],
    class: &impl Fn(usize) -> WordClass,
    at: usize,
) -> bool {
    let from = at.saturating_sub(12);
    let Some(i) = (from..at).rev().find(|&i| class(i).conditional) else {
        return false;
    };
    let opens = sentence[..toks[i].start]
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, ',' | ';' | ':' | '(' | '—' | '–' | '"' | '“'));
    opens
        && toks.get(i + 1).is_none_or(|t| t.key != "anything")
        && !(i + 1..at).any(|k| class(k).past || class(k).clause_break)
}

/// Whether the words just before index `at` make the clause future.
fn future_before(class: &impl Fn(usize) -> WordClass, at: usize) -> bool {
    // (A verb and "to" open a clause whose words may run longer before
    // the date, "is set to go on sale in the US in late January"; beyond
    // eight words, up to a word that opens another clause.)
    let from = at.saturating_sub(12);
    let clause = (from..at)
        .rev()
        .find(|&i| class(i).clause_break)
        .map_or(from, |b| b + 1);
    (from..at).any(|i| {
        let c = class(i);
        let near = at - i <= 8;
        (near && (c.future || c.future_es || c.future_other))
            || (near && c.due && i > 0 && class(i - 1).is_are)
            || (near && c.would && (i.saturating_sub(8)..i).any(|k| class(k).said))
            || (c.future_before_to && (near || i >= clause) && i + 1 < at && class(i + 1).to)
            || (near
                && c.take_or_go
                && i + 1 < at
                && (class(i + 1).effect || class(i + 1).into && i + 2 < at && class(i + 2).effect))
    })
}

/// Whether the weekday at `toks[i]` is followed by the date it names: a
/// comma or a space, maybe "the" or "el", then a day and a month in either
/// order ("Thursday, November 28", "Sunday 1 December", "el jueves 28 de
/// noviembre", "Friday, the 25th of February").
fn weekday_before_date(sentence: &str, toks: &[Token<'_>], i: usize) -> bool {
    let mut j = i + 1;
    let Some(next) = toks.get(j) else {
        return false;
    };
    let sep = &sentence[toks[i].start + toks[i].text.len()..next.start];
    if !matches!(sep, " " | ", ") {
        return false;
    }
    if matches!(next.key.as_ref(), "the" | "el" | "le" | "il" | "den") {
        j += 1;
    }
    // (A day as a number or an ordinal: "28", "25th".)
    let day = |t: Option<&Token<'_>>| {
        t.and_then(|t| {
            let digits = ["st", "nd", "rd", "th"]
                .iter()
                .find_map(|s| t.key.strip_suffix(s))
                .unwrap_or(&t.key);
            (digits.len() <= 2 && digits.bytes().all(|b| b.is_ascii_digit()))
                .then(|| digits.parse::<u32>().ok())
                .flatten()
        })
        .is_some_and(|n| (1..=31).contains(&n))
    };
    let month =
        |t: Option<&Token<'_>>| t.is_some_and(|t| dates::month_number_any(&t.key).is_some());
    (month(toks.get(j)) && day(toks.get(j + 1)))
        || (day(toks.get(j))
            && (month(toks.get(j + 1))
                || (toks
                    .get(j + 1)
                    .is_some_and(|t| t.key == "de" || t.key == "of")
                    && month(toks.get(j + 2)))))
}

/// Nouns of things that happen on a day: after "today's", "yesterday's"
/// or "tomorrow's" they make it that day's ("yesterday's vote").
const HAPPENINGS: &[&str] = &[
    "meeting",
    "meetings",
    "vote",
    "votes",
    "voting",
    "election",
    "elections",
    "match",
    "game",
    "games",
    "race",
    "final",
    "debate",
    "hearing",
    "ruling",
    "decision",
    "announcement",
    "attack",
    "attacks",
    "strike",
    "strikes",
    "summit",
    "talks",
    "session",
    "speech",
    "address",
    "conference",
    "statement",
    "ceremony",
    "parade",
    "protest",
    "protests",
    "march",
    "rally",
    "visit",
    "deal",
    "agreement",
    "launch",
    "opening",
    "trial",
    "verdict",
    "sentencing",
    "results",
    "figures",
    "shooting",
    "crash",
    "storm",
    "earthquake",
    "fire",
    "explosion",
    "blast",
    "incident",
    "event",
    "events",
    "show",
    "concert",
    "broadcast",
    "interview",
    "operation",
    "raid",
    "arrest",
    "arrests",
    "killing",
    "funeral",
    "wedding",
    "inauguration",
    "poll",
    "primary",
    "referendum",
    "release",
    "report",
    "signing",
    "count",
    "play",
    "reading",
    "action",
    "actions",
    "move",
    "trading",
];

/// Whether one of the three words after index `at` is a German, French,
/// Portuguese or Italian future verb ("Am Freitag soll …").
fn other_future_after(class: &impl Fn(usize) -> WordClass, at: usize, len: usize) -> bool {
    (at + 1..len.min(at + 4)).any(|i| class(i).future_other)
}

/// Whether a Spanish future verb follows the word at `at` at once or
/// after a clitic pronoun: "el lunes firmarán", "el jueves se reunirá"
/// ("el jueves dijo que firmará" stays past).
fn spanish_future_after(class: &impl Fn(usize) -> WordClass, at: usize, len: usize) -> bool {
    let c = |i: usize| {
        if i < len {
            class(i)
        } else {
            WordClass::default()
        }
    };
    c(at + 1).future_es || (c(at + 1).clitic && c(at + 2).future_es)
}

/// Most recent `weekday` on or before `d` (or strictly before), or next on
/// or after (or strictly after).
fn weekday_near(d: Day, weekday: u8, forward: bool, strict: bool) -> Option<Day> {
    let diff = i64::from(weekday) - i64::from(d.weekday());
    let n = if forward {
        let n = diff.rem_euclid(7);
        if n == 0 && strict { 7 } else { n }
    } else {
        let n = -((-diff).rem_euclid(7));
        if n == 0 && strict { -7 } else { n }
    };
    d.add_days(n)
}

/// Days after the article's within which a month-and-day without a year
/// stays in the article's year whatever the tense: "a forum is planned for
/// March 10" in an article of March 3 is a week later, not a year before.
const COMING_DAYS: i64 = 31;

/// A month-and-day without a year, placed by tense around `d`.
fn yearless_day(d: Day, month: u8, day: u32, forward: bool) -> Option<Day> {
    let y = i64::from(d.year());
    let this = Day::new(y, month.into(), day.into());
    match (this, forward) {
        (Some(c), false) if c > d && c.to_days() - d.to_days() > COMING_DAYS => {
            Day::new(y - 1, month.into(), day.into())
        }
        (Some(c), true) if c < d => Day::new(y + 1, month.into(), day.into()),
        (c, _) => c,
    }
}

/// The month-and-day nearest to `d`: in its year, the one before or the
/// one after ("am 17. März" in an article of January 30 is seven weeks
/// ahead, in one of April 22 five weeks behind).
fn nearest_day(d: Day, month: u8, day: u32) -> Option<Day> {
    let y = i64::from(d.year());
    (y - 1..=y + 1)
        .filter_map(|y| Day::new(y, month.into(), day.into()))
        .min_by_key(|c| (c.to_days() - d.to_days()).abs())
}

/// Whether a sentence of another language than English or Spanish tells
/// the past: German's past tenses ([`german_past`]), unless a future's or
/// the present passive's "wird" or "werden" stands in it ("dass Putin am
/// 17. März … gewählt wird"); French, Portuguese, Italian and Dutch
/// tenses are not read (the nearest day stands).
fn other_past(toks: &[Token<'_>]) -> bool {
    german_past(toks)
        && !toks
            .iter()
            .any(|t| matches!(t.text, "wird" | "werden" | "wirst"))
}

/// A month alone, placed by tense around `d`; the month after the
/// article's stays in its year whatever the tense, as a day in it does
/// ([`COMING_DAYS`]): "the ferries would still start in April" in an
/// article of March is next month, not eleven months before.
fn yearless_month(d: Day, month: u8, forward: bool) -> Option<When> {
    let y = i64::from(d.year());
    let y = if !forward && month > d.month() + 1 {
        y - 1
    } else if forward && month < d.month() {
        y + 1
    } else {
        y
    };
    When::month(y, month)
}

/// A month's whole name, English or Spanish: alone, without a day or a
/// year, a short form is no month ("en Jan Yunis", a town in Gaza).
fn full_month(key: &str) -> bool {
    key.len() >= 3
        && dates::month_number(key).is_some()
        && !matches!(
            key,
            "jan"
                | "feb"
                | "mar"
                | "apr"
                | "jun"
                | "jul"
                | "aug"
                | "sep"
                | "sept"
                | "oct"
                | "nov"
                | "dec"
                | "ene"
                | "abr"
                | "ago"
                | "dic"
        )
}

fn is_month_word(t: &Token<'_>) -> Option<u8> {
    let m = dates::month_number(&t.key)?;
    // English month names are written with a capital ("May", not "may");
    // Spanish ones in lower case are fine when full.
    let capital = t.text.chars().next().is_some_and(char::is_uppercase);
    let spanish_full = matches!(
        t.key.as_ref(),
        "enero"
            | "febrero"
            | "marzo"
            | "abril"
            | "mayo"
            | "junio"
            | "julio"
            | "agosto"
            | "septiembre"
            | "setiembre"
            | "octubre"
            | "noviembre"
            | "diciembre"
    );
    (capital || spanish_full).then_some(m)
}

/// A Portuguese month's whole name (those not also Spanish), as a word's
/// key folds it ("março" is `marco`), read after "de" ("20 de março").
fn portuguese_month(key: &str) -> Option<u8> {
    Some(match key {
        "janeiro" => 1,
        "fevereiro" => 2,
        "marco" => 3,
        "maio" => 5,
        "junho" => 6,
        "julho" => 7,
        "setembro" => 9,
        "outubro" => 10,
        "novembro" => 11,
        "dezembro" => 12,
        _ => return None,
    })
}

fn number(t: Option<&Token<'_>>) -> Option<u32> {
    let t = t?;
    if t.text.len() <= 4 && t.text.bytes().all(|b| b.is_ascii_digit()) {
        t.text.parse().ok()
    } else {
        None
    }
}

/// Every date expression in `sentence`, resolved against the article's day
/// (`None`: only absolute expressions count).
pub fn find_in_sentence(sentence: &str, article: Option<Day>) -> Vec<Found> {
    let toks: Vec<Token> = tokens::tokens(sentence).collect();
    find_in_tokens(sentence, &toks, article)
}

/// [`find_in_sentence`] for a sentence already cut into its words.
pub fn find_in_tokens(sentence: &str, toks: &[Token<'_>], article: Option<Day>) -> Vec<Found> {
    find_in_tokens_with(sentence, toks, |i| word_class(&toks[i]), article)
}

/// [`find_in_tokens`] with `class` giving the [`WordClass`] of a word by its
/// index: a caller that knows it per distinct word skips the tests.
pub(crate) fn find_in_tokens_with(
    sentence: &str,
    toks: &[Token<'_>],
    class: impl Fn(usize) -> WordClass,
    article: Option<Day>,
) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    // Absolute dates have a four-digit year; most sentences have none.
    let absolute = if (0..toks.len()).any(|i| class(i).year_digits) {
        dates::find_dates(sentence)
    } else {
        Vec::new()
    };
    for m in absolute {
        if let DateValue::Day(d) = m.value {
            out.push(Found {
                start: m.start,
                end: m.end,
                when: When::day(d),
            });
        }
    }
    // The absolute dates' ranges, by start: a token inside one is taken.
    // The words are visited in order, so one cursor walks the ranges (a
    // look through all of them per word made a sentence of thousands of
    // date words take the square of its length). Expressions found below
    // are never revisited: the walk goes on after each one's last word.
    let mut ranges: Vec<(usize, usize)> = out.iter().map(|f| (f.start, f.end)).collect();
    ranges.sort_unstable();
    let mut cursor = 0;
    let mut taken = |s: usize| {
        while cursor < ranges.len() && ranges[cursor].1 <= s {
            cursor += 1;
        }
        cursor < ranges.len() && ranges[cursor].0 <= s
    };
    let key = |i: usize| toks.get(i).map_or("", |t| t.key.as_ref());
    // Where the sentence first sets its time in a year other than the
    // article's ("in 1998", "en 1998"), worked out when first asked: a
    // weekday after it is that year's ("On Tuesday, the bank said its 2024
    // results…" stays the article's Tuesday).
    let other_year_cell = std::cell::OnceCell::new();
    let other_year_at = |d: Day| {
        *other_year_cell.get_or_init(|| {
            (1..toks.len()).find(|&j| {
                class(j).year_digits
                    && toks[j].text.len() == 4
                    && matches!(key(j - 1), "in" | "en" | "em" | "im" | "since" | "desde")
                    && number(Some(&toks[j])).is_some_and(|y| {
                        (1700..=2100).contains(&y) && i64::from(y) != i64::from(d.year())
                    })
            })
        })
    };
    // A month or a day without a year after such a year, in a sentence
    // about the past, is in it: "he joined as chairman in March 2001 and
    // became CEO in August" (August 2001, not the article's).
    // The sentence's time set by "in 2001", "in March 2001", "en marzo de
    // 2001" ("since November 2025" opens a span that runs to the article).
    // (The first such year, found once: a sentence's words are looked at
    // once however many months it names.)
    let set_year_cell = std::cell::OnceCell::new();
    let year_before = |d: Day, i: usize, forward: bool| -> Option<Day> {
        if forward {
            return None;
        }
        let set = |j: usize| {
            class(j).year_digits
                && toks[j].text.len() == 4
                && (matches!(key(j - 1), "in" | "en" | "em" | "im")
                    || is_month_word(&toks[j - 1]).is_some()
                        && matches!(key(j - 2), "in" | "en" | "em" | "im")
                    || key(j - 1) == "de"
                        && j >= 3
                        && is_month_word(&toks[j - 2]).is_some()
                        && matches!(key(j - 3), "in" | "en" | "em" | "im"))
        };
        let j = (*set_year_cell.get_or_init(|| (2..toks.len()).find(|&j| set(j))))
            .filter(|&j| j < i)?;
        let y = number(Some(&toks[j]))?;
        (i64::from(y) != i64::from(d.year()) && (1700..=2100).contains(&y))
            .then(|| Day::new(y.into(), 12, 31))
            .flatten()
    };
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if taken(t.start) {
            i += 1;
            continue;
        }
        if !class(i).date_start {
            i += 1;
            continue;
        }
        let span = |a: usize, b: usize| (toks[a].start, toks[b].start + toks[b].text.len());
        // A possessive date names a past happening ("Saturday's seizure"),
        // unless it is ahead ("ahead of Friday's election").
        let possessive = t.text.ends_with("'s") || t.text.ends_with("’s");
        let ahead = i >= 2 && key(i - 1) == "of" && key(i - 2) == "ahead";
        let forward = if possessive {
            ahead
        } else {
            future_before(&class, i)
                || conditional_before(sentence, toks, &class, i)
                // ("until" and a bare weekday: "closed until Wednesday";
                // not a month, "did not search until October", nor a
                // weekday's date, "until Friday, the 25th of February".)
                || (i >= 1
                    && class(i - 1).until
                    && dates::weekday_number(&t.key).is_some()
                    && !weekday_before_date(sentence, toks, i))
                || spanish_future_after(&class, i, toks.len())
                || other_future_after(&class, i, toks.len())
        };
        let mut found: Option<(usize, When)> = None; // (last token, when)
        let prev = if i > 0 { key(i - 1) } else { "" };
        // "el próximo 8 de marzo", "next March 8", "le prochain 8 mars":
        // a day to come.
        let forward = forward
            || matches!(
                prev,
                "next" | "coming" | "proximo" | "proxima" | "prochain" | "prochaine" | "prossimo"
            );
        // A weekday before its date ("Thursday, November 28", "el jueves 28
        // de noviembre") is that date: the date alone is the event's.
        if (dates::weekday_number(&t.key).is_some() || other_weekday(&t.key).is_some())
            && weekday_before_date(sentence, toks, i)
        {
            i += 1;
            continue;
        }
        // Month with a day or a year, or alone after "in"/"en".
        if let Some(month) = is_month_word(t) {
            let next = number(toks.get(i + 1));
            let after = number(toks.get(i + 2));
            // "noviembre de 1998", "novembro de 1998": the year after "de".
            let de_year = matches!(key(i + 1), "de" | "del")
                .then(|| toks.get(i + 2))
                .flatten()
                .filter(|t| t.text.len() == 4)
                .and_then(|t| number(Some(t)))
                .filter(|y| (1700..=2100).contains(y));
            if let Some(y) = de_year {
                found = When::month(y.into(), month).map(|w| (i + 2, w));
            } else if let Some(y) = next {
                if toks[i + 1].text.len() == 4 && (1700..=2100).contains(&y) {
                    found = When::month(y.into(), month).map(|w| (i + 1, w));
                } else if (1..=31).contains(&y) && after.is_none_or(|a| a > 31 && a < 1700) {
                    // ("the six months ending September 30 last": past;
                    // not "September 30, last in a series".)
                    let forward = forward && !(key(i + 2) == "last" && spaced(toks, i + 1, i + 2));
                    found = article
                        .and_then(|d| match year_before(d, i, forward) {
                            Some(e) => Day::new(e.year().into(), month.into(), y.into()),
                            None => yearless_day(d, month, y, forward),
                        })
                        .map(|d| (i + 1, When::day(d)));
                }
            } else if matches!(
                prev,
                "in" | "en" | "during" | "since" | "until" | "early" | "late" | "mid" | "by"
            ) && full_month(&t.key)
            {
                // "by mid-October", "by March": a time to come.
                let by = prev == "by"
                    || (matches!(prev, "early" | "late" | "mid") && i >= 2 && key(i - 2) == "by");
                let forward = forward || by;
                let with_year = number(toks.get(i + 1)).filter(|y| (1700..=2100).contains(y));
                found = match with_year {
                    Some(y) => When::month(y.into(), month).map(|w| (i + 1, w)),
                    None => article
                        .and_then(|d| match year_before(d, i, forward) {
                            Some(e) => When::month(e.year().into(), month),
                            None => yearless_month(d, month, forward),
                        })
                        .map(|w| (i, w)),
                };
            }
        }
        // Day before the month: "4 January", "4 de enero", "20 de março".
        let de = key(i + 1) == "de";
        let j = if de { i + 2 } else { i + 1 };
        let month_after = || {
            let m = toks.get(j)?;
            let month = is_month_word(m)
                .or_else(|| de.then(|| portuguese_month(&m.key))?)
                // (Other languages' months after a day: "2. Juni", "5
                // février", "3 mei", as the page's date lines read them.)
                .or_else(|| (!de).then(|| dates::month_number_any(&m.key))?)?;
            // A capital month after "de" that follows a capitalised word
            // (not an article or a preposition opening the sentence: "El
            // 25 de Diciembre") or a street's or a bridge's kind is a name: "Ponte 25 de
            // Abril", "Avenida 9 de Julio", "la avenida 5 de Outubro"
            // (Spanish and Portuguese write their months in lower case).
            let named = de
                && m.text.chars().next().is_some_and(char::is_uppercase)
                && i > 0
                && (toks[i - 1]
                    .text
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
                    && !matches!(
                        key(i - 1),
                        "el" | "la"
                            | "los"
                            | "las"
                            | "o"
                            | "a"
                            | "os"
                            | "as"
                            | "en"
                            | "em"
                            | "no"
                            | "na"
                            | "del"
                            | "al"
                            | "do"
                            | "da"
                            | "desde"
                            | "hasta"
                            | "ate"
                            | "para"
                            | "por"
                    )
                    || matches!(
                        key(i - 1),
                        "avenida"
                            | "calle"
                            | "rua"
                            | "plaza"
                            | "praca"
                            | "puente"
                            | "ponte"
                            | "paseo"
                            | "parque"
                            | "barrio"
                            | "bairro"
                            | "colonia"
                            | "estadio"
                            | "escuela"
                            | "escola"
                            | "colegio"
                            | "largo"
                    ));
            (!named).then_some(month)
        };
        if found.is_none()
            && let Some(dn) = number(Some(t)).filter(|n| (1..=31).contains(n))
            && let Some(month) = month_after()
        {
            // (A day and a month of another language than English and
            // Spanish, whose tenses are read less well: the nearest such
            // day, unless the sentence tells the past or a future word
            // before the date sends it ahead.)
            // (Its day with a dot, "22. April", is German or Nordic.)
            let other = !de
                && toks.get(j).is_some_and(|m| {
                    is_month_word(m).is_none()
                        || sentence[t.start + t.text.len()..m.start].starts_with('.')
                });
            found = article
                .and_then(|d| match year_before(d, i, forward) {
                    Some(e) => Day::new(e.year().into(), month.into(), dn.into()),
                    None if other && !forward && !other_past(toks) => nearest_day(d, month, dn),
                    None => yearless_day(d, month, dn, forward),
                })
                .map(|d| (j, When::day(d)));
        }
        // "in 2023", "en 2023".
        if found.is_none()
            && matches!(prev, "in" | "en")
            && let Some(y) =
                number(Some(t)).filter(|y| t.text.len() == 4 && (1700..=2100).contains(y))
        {
            found = When::year(y.into()).map(|w| (i, w));
        }
        // Relative expressions need the article's day, and a sentence
        // about the article's own time: in "I first visited the arena in
        // 1998, on a wet Tuesday night" the Tuesday is 1998's.
        // "Every Monday", "jeden Montag", "cada lunes", "chaque lundi": a
        // habit, no day.
        let every = matches!(
            prev,
            "every" | "jeden" | "cada" | "chaque" | "ogni" | "elke"
        );
        if found.is_none()
            && !every
            && let Some(d) = article
            && other_year_at(d).is_none_or(|j| j > i)
            && (!possessive || !matches!(key(i), "today" | "yesterday" | "tomorrow") || {
                // "Today's sleeping bags", "yesterday's damp socks": the
                // time of the present or the past, no day; "yesterday's
                // vote", "today's meeting" are the day's.
                (i + 1..toks.len().min(i + 4)).any(|j| HAPPENINGS.contains(&key(j)))
            })
        {
            found = relative(toks, i, d, forward);
        }
        match found {
            Some((last, when)) => {
                let (start, end) = span(i, last);
                // A leading "on"/"el" belongs to a weekday, day or month
                // expression; "last"/"next" to a weekday.
                let weekday =
                    dates::weekday_number(key(i)).is_some() || other_weekday(key(i)).is_some();
                let dated =
                    weekday || dates::month_number(key(i)).is_some() || number(Some(t)).is_some();
                let joins = (matches!(prev, "on" | "el" | "am" | "no" | "na") && dated)
                    || prev == "l'"
                    || (matches!(prev, "last" | "next" | "pasado" | "proximo") && weekday);
                let start = if i > 0 && joins {
                    toks[i - 1].start
                } else {
                    start
                };
                out.push(Found { start, end, when });
                i = last + 1;
            }
            None => i += 1,
        }
    }
    out.sort_by_key(|f| f.start);
    out
}

/// Whether a word can start a date expression at all: a digit, a month or
/// weekday name, or one of the relative words. Most words cannot, and are
/// skipped before any further look-up.
pub(crate) fn could_start(t: &Token<'_>) -> bool {
    t.text.as_bytes().first().is_some_and(u8::is_ascii_digit)
        || matches!(
            t.key.as_ref(),
            "yesterday"
                | "ayer"
                | "today"
                | "hoy"
                | "tonight"
                | "tomorrow"
                | "this"
                | "esta"
                | "last"
                | "next"
                | "semana"
        )
        || dates::month_number(&t.key).is_some()
        || dates::weekday_number(&t.key).is_some()
        || other_relative(&t.key)
        || other_weekday(&t.key).is_some()
        || other_period_start(&t.key)
}

/// The words for yesterday, today and tomorrow in German, Portuguese,
/// French, Italian and Dutch (keys: "amanhã" is `amanha`).
fn other_relative(key: &str) -> bool {
    matches!(
        key,
        "gestern"
            | "vorgestern"
            | "heute"
            | "morgen"
            | "ontem"
            | "anteontem"
            | "hoje"
            | "amanha"
            | "hier"
            | "aujourd'hui"
            | "demain"
            | "ieri"
            | "oggi"
            | "domani"
            | "gisteren"
            | "vandaag"
    )
}

/// A period before, at or after the article's: a week, a month or a year.
#[derive(Clone, Copy)]
enum Unit {
    Week,
    Month,
    Year,
}

/// Two-word periods of Spanish, Portuguese, German, French, Italian and
/// Dutch, as
/// keys fold them: (first word, second word, period, how many before (−)
/// or after (+) the article's). "que viene"/"que vem" follow "semana",
/// "mes" and "año"/"ano" as a third word.
const OTHER_PERIODS: &[(&str, &str, Unit, i8)] = &[
    ("semana", "passada", Unit::Week, -1),
    ("vergangene", "woche", Unit::Week, -1),
    ("vergangenen", "woche", Unit::Week, -1),
    ("letzte", "woche", Unit::Week, -1),
    ("letzten", "woche", Unit::Week, -1),
    ("vorige", "woche", Unit::Week, -1),
    ("vorigen", "woche", Unit::Week, -1),
    ("semaine", "derniere", Unit::Week, -1),
    ("settimana", "scorsa", Unit::Week, -1),
    ("scorsa", "settimana", Unit::Week, -1),
    ("esta", "semana", Unit::Week, 0),
    ("nesta", "semana", Unit::Week, 0),
    ("diese", "woche", Unit::Week, 0),
    ("dieser", "woche", Unit::Week, 0),
    ("cette", "semaine", Unit::Week, 0),
    ("questa", "settimana", Unit::Week, 0),
    ("proxima", "semana", Unit::Week, 1),
    ("semana", "proxima", Unit::Week, 1),
    ("semana", "que", Unit::Week, 1),
    ("nachste", "woche", Unit::Week, 1),
    ("nachsten", "woche", Unit::Week, 1),
    ("kommende", "woche", Unit::Week, 1),
    ("kommenden", "woche", Unit::Week, 1),
    ("semaine", "prochaine", Unit::Week, 1),
    ("prossima", "settimana", Unit::Week, 1),
    ("settimana", "prossima", Unit::Week, 1),
    ("mes", "pasado", Unit::Month, -1),
    ("mes", "passado", Unit::Month, -1),
    ("letzten", "monat", Unit::Month, -1),
    ("vergangenen", "monat", Unit::Month, -1),
    ("mois", "dernier", Unit::Month, -1),
    ("mese", "scorso", Unit::Month, -1),
    ("scorso", "mese", Unit::Month, -1),
    ("este", "mes", Unit::Month, 0),
    ("neste", "mes", Unit::Month, 0),
    ("diesen", "monat", Unit::Month, 0),
    ("diesem", "monat", Unit::Month, 0),
    ("ce", "mois", Unit::Month, 0),
    ("questo", "mese", Unit::Month, 0),
    ("proximo", "mes", Unit::Month, 1),
    ("mes", "proximo", Unit::Month, 1),
    ("mes", "que", Unit::Month, 1),
    ("nachsten", "monat", Unit::Month, 1),
    ("kommenden", "monat", Unit::Month, 1),
    ("mois", "prochain", Unit::Month, 1),
    ("prossimo", "mese", Unit::Month, 1),
    ("mese", "prossimo", Unit::Month, 1),
    ("ano", "pasado", Unit::Year, -1),
    ("ano", "passado", Unit::Year, -1),
    ("vergangenes", "jahr", Unit::Year, -1),
    ("vergangenen", "jahr", Unit::Year, -1),
    ("letztes", "jahr", Unit::Year, -1),
    ("letzten", "jahr", Unit::Year, -1),
    ("voriges", "jahr", Unit::Year, -1),
    ("vorigen", "jahr", Unit::Year, -1),
    ("annee", "derniere", Unit::Year, -1),
    ("an", "dernier", Unit::Year, -1),
    ("anno", "scorso", Unit::Year, -1),
    ("scorso", "anno", Unit::Year, -1),
    ("este", "ano", Unit::Year, 0),
    ("neste", "ano", Unit::Year, 0),
    ("dieses", "jahr", Unit::Year, 0),
    ("diesem", "jahr", Unit::Year, 0),
    ("cette", "annee", Unit::Year, 0),
    ("proximo", "ano", Unit::Year, 1),
    ("ano", "que", Unit::Year, 1),
    ("nachstes", "jahr", Unit::Year, 1),
    ("nachsten", "jahr", Unit::Year, 1),
    ("kommendes", "jahr", Unit::Year, 1),
    ("kommenden", "jahr", Unit::Year, 1),
    ("annee", "prochaine", Unit::Year, 1),
    ("an", "prochain", Unit::Year, 1),
    ("prossimo", "anno", Unit::Year, 1),
    ("anno", "prossimo", Unit::Year, 1),
    ("quest'", "anno", Unit::Year, 0),
    ("vorige", "week", Unit::Week, -1),
    ("afgelopen", "week", Unit::Week, -1),
    ("deze", "week", Unit::Week, 0),
    ("volgende", "week", Unit::Week, 1),
    ("komende", "week", Unit::Week, 1),
    ("vorige", "maand", Unit::Month, -1),
    ("deze", "maand", Unit::Month, 0),
    ("volgende", "maand", Unit::Month, 1),
    ("komende", "maand", Unit::Month, 1),
    ("vorig", "jaar", Unit::Year, -1),
    ("afgelopen", "jaar", Unit::Year, -1),
    ("dit", "jaar", Unit::Year, 0),
    ("volgend", "jaar", Unit::Year, 1),
    ("komend", "jaar", Unit::Year, 1),
];

/// Whether a word's key opens one of [`OTHER_PERIODS`] (French "l'année
/// dernière" is "l'" and "année dernière"; Italian's "quest'anno", this
/// year, is "quest'" and "anno").
fn other_period_start(key: &str) -> bool {
    OTHER_PERIODS.iter().any(|(a, ..)| *a == key)
}

/// One of [`OTHER_PERIODS`] at token `i`, around the article's day `d`:
/// its last token and the period.
fn other_period(toks: &[Token<'_>], i: usize, d: Day) -> Option<(usize, When)> {
    let key = |k: usize| toks.get(k).map_or("", |t| t.key.as_ref());
    let (last, unit, n) = {
        let &(_, second, unit, n) = OTHER_PERIODS
            .iter()
            .find(|(a, b, ..)| *a == key(i) && *b == key(i + 1))?;
        if second == "que" {
            // "la semana que viene", "o ano que vem".
            if !matches!(key(i + 2), "viene" | "vem") {
                return None;
            }
            (i + 2, unit, n)
        } else {
            (i + 1, unit, n)
        }
    };
    let n = i64::from(n);
    let when = match unit {
        Unit::Week => d.add_days(7 * n).and_then(When::week),
        Unit::Month => {
            let months = i64::from(d.year()) * 12 + i64::from(d.month()) - 1 + n;
            When::month(months.div_euclid(12), (months.rem_euclid(12) + 1) as u8)
        }
        Unit::Year => When::year(i64::from(d.year()) + n),
    };
    when.map(|w| (last, w))
}

/// A language whose weekday names [`other_weekday`] knows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lang {
    De,
    Fr,
    It,
    Pt,
    Nl,
}

/// The weekday (0 = Monday) a German, French, Italian, Portuguese or Dutch
/// weekday's key names, with its language. A German name may carry the
/// time of day ("Dienstagabend"); a Portuguese one may be the first half
/// of "quarta-feira" (read as two words).
fn other_weekday(key: &str) -> Option<(u8, Lang)> {
    let german = |k: &str| {
        Some(match k {
            "montag" => 0,
            "dienstag" => 1,
            "mittwoch" => 2,
            "donnerstag" => 3,
            "freitag" => 4,
            "samstag" | "sonnabend" => 5,
            "sonntag" => 6,
            _ => return None,
        })
    };
    if let Some(n) = german(key) {
        return Some((n, Lang::De));
    }
    for part in [
        "abend",
        "morgen",
        "vormittag",
        "nachmittag",
        "mittag",
        "nacht",
    ] {
        if let Some(n) = key.strip_suffix(part).and_then(german) {
            return Some((n, Lang::De));
        }
    }
    Some(match key {
        "lundi" => (0, Lang::Fr),
        "mardi" => (1, Lang::Fr),
        "mercredi" => (2, Lang::Fr),
        "jeudi" => (3, Lang::Fr),
        "vendredi" => (4, Lang::Fr),
        "samedi" => (5, Lang::Fr),
        "dimanche" => (6, Lang::Fr),
        "lunedi" => (0, Lang::It),
        "martedi" => (1, Lang::It),
        "mercoledi" => (2, Lang::It),
        "giovedi" => (3, Lang::It),
        "venerdi" => (4, Lang::It),
        "sabato" => (5, Lang::It),
        "domenica" => (6, Lang::It),
        "segunda" => (0, Lang::Pt),
        "terca" => (1, Lang::Pt),
        "quarta" => (2, Lang::Pt),
        "quinta" => (3, Lang::Pt),
        "sexta" => (4, Lang::Pt),
        "sabado" => (5, Lang::Pt),
        "domingo" => (6, Lang::Pt),
        "maandag" => (0, Lang::Nl),
        "dinsdag" => (1, Lang::Nl),
        "woensdag" => (2, Lang::Nl),
        "donderdag" => (3, Lang::Nl),
        "vrijdag" => (4, Lang::Nl),
        "zaterdag" => (5, Lang::Nl),
        "zondag" => (6, Lang::Nl),
        _ => return None,
    })
}

/// Whether a sentence's words are French ones (for "hier", yesterday in
/// French and "here" in German and Dutch).
fn french(toks: &[Token<'_>]) -> bool {
    toks.iter().any(|t| {
        matches!(
            t.key.as_ref(),
            "le" | "la"
                | "les"
                | "du"
                | "une"
                | "aux"
                | "que"
                | "qui"
                | "et"
                | "est"
                | "ont"
                | "avait"
                | "ete"
                | "selon"
                | "dans"
        )
    })
}

/// A weekday of German, French, Italian, Portuguese or Dutch at token `i`,
/// placed around the article's day `d` as English ones are ("am
/// Dienstag", "mardi dernier", "na quarta-feira", "sabato scorso",
/// "afgelopen zondag").
fn other_weekday_at(toks: &[Token<'_>], i: usize, d: Day, forward: bool) -> Option<(usize, When)> {
    let key = |k: usize| toks.get(k).map_or("", |t| t.key.as_ref());
    let t = &toks[i];
    let (wd, lang) = other_weekday(&t.key)?;
    let prev = if i > 0 { key(i - 1) } else { "" };
    let capital = t.text.chars().next().is_some_and(char::is_uppercase);
    let mut last = i;
    let shown = match lang {
        // German writes its weekdays with a capital, as every noun.
        Lang::De => capital,
        // French, Italian and Dutch in lower case; a capital opens a
        // sentence ("Domenica" is also a name).
        Lang::Fr => true,
        Lang::It | Lang::Nl => !capital || i == 0,
        Lang::Pt => {
            if key(i + 1) == "feira" {
                last = i + 1;
                true
            } else {
                // "sábado" and "domingo" have no "-feira"; "segunda" alone
                // is also "second".
                wd >= 5
                    && matches!(
                        prev,
                        "no" | "neste" | "este" | "ao" | "o" | "proximo" | "ultimo" | "domingo"
                    )
            }
        }
    };
    if !shown {
        return None;
    }
    let after = key(last + 1);
    let (fwd, strict, last) = match (lang, prev, after) {
        (Lang::De, "letzten" | "vergangenen", _) => (false, true, last),
        (Lang::De, "nachsten" | "kommenden", _) => (true, true, last),
        (Lang::Fr, _, "dernier") | (Lang::It, _, "scorso") => (false, true, last + 1),
        (Lang::Fr, _, "prochain") | (Lang::It, _, "prossimo") => (true, true, last + 1),
        (Lang::Pt, _, "passada" | "passado") => (false, true, last + 1),
        (Lang::Pt, "ultima" | "ultimo", _) => (false, true, last),
        (Lang::Pt, "proxima" | "proximo", _) => (true, true, last),
        (Lang::Nl, "afgelopen" | "vorige", _) => (false, true, last),
        (Lang::Nl, "volgende" | "komende", _) => (true, true, last),
        // German news tells the past in the past tenses; a weekday in a
        // clause of the present tense is to come ("Liverpool spielt am
        // Samstag gegen Arsenal").
        // "ab Dienstag": from the coming one on.
        (Lang::De, "ab", _) => (true, false, last),
        // "bis Donnerstag": up to the coming one, unless the sentence
        // tells it in the past ("Die Synode tagte bis Samstag"); a verb
        // that only reports it ("…, wie das Landeskirchenamt mitteilte")
        // does not make it past.
        (Lang::De, "bis", _) => {
            let told: Vec<Token<'_>> = toks
                .iter()
                .filter(|t| !REPORTING_PAST.contains(&t.key.as_ref()))
                .cloned()
                .collect();
            (forward || !german_past_verb(&told), false, last)
        }
        // (Reported as past, "soll am Montag … übergossen worden sein",
        // is no future for its "soll".)
        (Lang::De, _, _) => (
            !reported_past(toks) && (forward || !german_past(toks)),
            false,
            last,
        ),
        _ => (forward, false, last),
    };
    weekday_near(d, wd, fwd, strict).map(|x| (last, When::day(x)))
}

/// German verbs of reporting in the past ("mitteilte", "sagte"): in a
/// clause of their own they tell when it was said, not when it happens.
const REPORTING_PAST: &[&str] = &[
    "mitteilte",
    "mitteilten",
    "sagte",
    "sagten",
    "erklarte",
    "erklarten",
    "berichtete",
    "berichteten",
    "hiess",
    "meldete",
    "meldeten",
    "bekanntgab",
    "ankundigte",
    "betonte",
];

/// Whether a German sentence tells of the past: an auxiliary of the
/// perfect or the passive ("hat", "war", "wurde"), a past participle, a
/// weak verb's past ("sagte", "erklärten") or a strong verb's ("traf",
/// "gewann"). Words that only look so (adjectives and ordinals in "-te":
/// "erste", "letzten", "beste") make it past too: the weekday is then
/// placed as before, the nearest past one.
fn german_past(toks: &[Token<'_>]) -> bool {
    // The perfect with "sein" and a participle of a prefixed verb: "ist …
    // erloschen", "sind … verstorben".
    let sein = toks
        .iter()
        .any(|t| matches!(t.key.as_ref(), "ist" | "sind" | "bin" | "bist" | "seid"));
    sein && toks.iter().any(|t| {
        let w = t.key.as_ref();
        t.text.starts_with(|c: char| c.is_lowercase())
            && w.len() >= 7
            && ["er", "ver", "ent", "zer", "be", "emp"]
                .iter()
                .any(|p| w.starts_with(p))
            && (w.ends_with("en") || w.ends_with('t'))
    }) || german_past_verb(toks)
}

/// [`german_past`] by its verbs and auxiliaries alone, without the guess
/// of a perfect with "sein" (which an infinitive after a modal, "ist …
/// will … verabschieden", also looks like).
fn german_past_verb(toks: &[Token<'_>]) -> bool {
    const AUX: &[&str] = &[
        "hat",
        "haben",
        "habe",
        "hatte",
        "hatten",
        "war",
        "waren",
        "wurde",
        "wurden",
        "worden",
        "gewesen",
        "wars",
        "ging",
        "kam",
        "kamen",
        "gab",
        "gaben",
        "fand",
        "fanden",
        "traf",
        "trafen",
        "nahm",
        "nahmen",
        "hielt",
        "hielten",
        "stand",
        "standen",
        "lag",
        "lagen",
        "fiel",
        "fielen",
        "rief",
        "trat",
        "traten",
        "zog",
        "zogen",
        "blieb",
        "blieben",
        "starb",
        "starben",
        "schrieb",
        "sah",
        "sahen",
        "sprach",
        "sprachen",
        "verlor",
        "verloren",
        "gewann",
        "gewannen",
        "begann",
        "begannen",
        "entschied",
        "entschieden",
        "beschloss",
        "beschlossen",
        "verbot",
        "empfing",
        "lief",
        "liefen",
        "ließ",
        "liess",
        "hieß",
        "hiess",
        "flog",
        "floh",
        "brach",
        "bot",
        "boten",
        "wies",
        "schlug",
        "schlugen",
        "verließ",
        "verliess",
        "erschien",
        "stieg",
        "sank",
        "siegte",
        "bekam",
        "unterschrieb",
        "gelang",
        "wandte",
        "kannte",
        "dachte",
        "brachte",
        "brachten",
    ];
    toks.iter().enumerate().any(|(i, t)| {
        let w = t.key.as_ref();
        // (Or the sentence's first word: "Waren die Temperaturen …".)
        let lower = i == 0 || t.text.starts_with(|c: char| c.is_lowercase());
        lower
            && w != "heute"
            // (The subjunctive of a modal verb looks ahead: "Sie dürften bei
            // den Wahlen vom 22. Oktober …"; an adjective in "-ischen" is no
            // participle, "eidgenössischen".)
            && !matches!(
                t.text,
                "dürfte" | "dürften" | "könnte" | "könnten" | "müsste" | "müssten" | "würde"
                    | "würden" | "möchte" | "möchten"
            )
            && !w.ends_with("ischen")
            && (AUX.contains(&w)
                // Weak verbs' past ("sagte", "erklärten"), and the
                // adjectives that end so.
                || (w.len() >= 5 && (w.ends_with("te") || w.ends_with("ten")))
                // Participles ("gespielt", "getroffen", "angekündigt").
                || (w.len() >= 6
                    && (w.starts_with("ge") || w.contains("ge"))
                    && (w.ends_with('t') || w.ends_with("en"))
                    && {
                        let at = w.find("ge").unwrap_or(0);
                        at <= 4 && w.len() - at >= 6
                    }))
    })
}

/// Whether a German sentence reports the past with a modal verb: "soll …
/// übergossen worden sein", "sollen … gewesen sein", "soll … gesagt
/// haben".
fn reported_past(toks: &[Token<'_>]) -> bool {
    toks.windows(2).any(|w| {
        let (a, b) = (w[0].key.as_ref(), w[1].key.as_ref());
        matches!(b, "sein" | "haben")
            && (matches!(a, "worden" | "gewesen")
                || (a.starts_with("ge") && a.len() >= 6 && (a.ends_with('t') || a.ends_with("en"))))
    })
}

/// Whether tokens `a` to `b` are written with a single space between
/// each and the next (no comma or other mark).
fn spaced(toks: &[Token<'_>], a: usize, b: usize) -> bool {
    b < toks.len() && (a..b).all(|k| toks[k + 1].start == toks[k].start + toks[k].text.len() + 1)
}

/// German words before "heute" that make it "to this day", "nowadays":
/// "bis heute", "der heute 60-jährige", "noch heute", "liegt heute in
/// Trümmern", "ist es heute".
const NOWADAYS_BEFORE: &[&str] = &[
    "bis", "von", "der", "die", "das", "den", "dem", "des", "noch", "auch", "ist", "sind", "es",
    "liegt", "liegen", "steht", "stehen", "gilt", "gelten", "wie",
];

/// Relative expressions starting at token `i`.
fn relative(toks: &[Token<'_>], i: usize, d: Day, forward: bool) -> Option<(usize, When)> {
    // The relative words are English and Spanish: a word with a letter
    // of neither is none of them, though its key folds to one (Norwegian
    // "høy", high, is not "hoy", today).
    let spelled = |t: &Token<'_>| {
        t.text
            .chars()
            .all(|c| c.is_ascii() || !c.is_alphabetic() || "áéíóúüñÁÉÍÓÚÜÑ".contains(c))
    };
    let key = |k: usize| {
        toks.get(k)
            .filter(|t| spelled(t))
            .map_or("", |t| t.key.as_ref())
    };
    let prev = if i > 0 { key(i - 1) } else { "" };
    let k = key(i);
    let day = |n: i64, last: usize| d.add_days(n).map(|x| (last, When::day(x)));
    match (k, key(i + 1)) {
        ("yesterday" | "ayer", _) => return day(-1, i),
        // Nowadays, to this day: "still today", "even today"; "hoy en
        // día", "hoy día", written as one phrase ("Hoy, Día Internacional
        // de la Mujer, …" is today). ("Until today" may be a deadline:
        // "voters have until today to register".)
        ("today", _) if matches!(prev, "still" | "even") => {}
        ("hoy", "dia") if spaced(toks, i, i + 1) => {}
        ("hoy", "en") if key(i + 2) == "dia" && spaced(toks, i, i + 2) => {}
        ("today" | "hoy" | "tonight", _) => return day(0, i),
        ("tomorrow", _) => return day(1, i),
        ("this", "morning" | "afternoon" | "evening") => return day(0, i + 1),
        ("esta", "manana" | "tarde" | "noche") => return day(0, i + 1),
        ("last", "week") => return d.add_days(-7).and_then(When::week).map(|w| (i + 1, w)),
        ("this", "week") => return When::week(d).map(|w| (i + 1, w)),
        ("next", "week") => return d.add_days(7).and_then(When::week).map(|w| (i + 1, w)),
        ("semana", "pasada") if prev == "la" => {
            return d.add_days(-7).and_then(When::week).map(|w| (i + 1, w));
        }
        ("last", "month") => {
            let (y, m) = if d.month() == 1 {
                (i64::from(d.year()) - 1, 12)
            } else {
                (i64::from(d.year()), d.month() - 1)
            };
            return When::month(y, m).map(|w| (i + 1, w));
        }
        ("this", "month") => return When::month(d.year().into(), d.month()).map(|w| (i + 1, w)),
        ("next", "month") => {
            let (y, m) = if d.month() == 12 {
                (i64::from(d.year()) + 1, 1)
            } else {
                (i64::from(d.year()), d.month() + 1)
            };
            return When::month(y, m).map(|w| (i + 1, w));
        }
        ("last", "year") => return When::year(i64::from(d.year()) - 1).map(|w| (i + 1, w)),
        ("this", "year") => return When::year(d.year().into()).map(|w| (i + 1, w)),
        ("next", "year") => return When::year(i64::from(d.year()) + 1).map(|w| (i + 1, w)),
        _ => {}
    }
    // A week, month or year of Spanish, Portuguese, German, French or
    // Italian ("la semana que viene", "vergangene Woche", "l'année
    // dernière").
    if let Some(found) = other_period(toks, i, d) {
        return Some(found);
    }
    // German, Portuguese, French, Italian and Dutch.
    let raw = |k: usize| toks.get(k).map_or("", |t| t.key.as_ref());
    let capital = toks[i].text.chars().next().is_some_and(char::is_uppercase);
    match raw(i) {
        "gestern" | "ontem" | "ieri" | "gisteren" => return day(-1, i),
        "vorgestern" | "anteontem" => return day(-2, i),
        "hier" if french(toks) => return day(-1, i),
        // To this day, nowadays ("heute noch", and see NOWADAYS_BEFORE).
        "heute" if (i > 0 && NOWADAYS_BEFORE.contains(&raw(i - 1))) || raw(i + 1) == "noch" => {}
        "heute" | "hoje" | "oggi" | "vandaag" | "aujourd'hui" => {
            // "heute Morgen", "heute Abend": today's.
            let part = matches!(raw(i + 1), "morgen" | "abend" | "nachmittag" | "nacht");
            return day(0, if part { i + 1 } else { i });
        }
        // "Morgen" inside a German sentence is the morning ("am Morgen").
        "morgen" if !capital || i == 0 => return day(1, i),
        "amanha" | "demain" | "domani" => return day(1, i),
        _ => {}
    }
    // Weekdays: English with a capital; Spanish after "el"; the others'
    // as each writes them.
    let t = &toks[i];
    let Some(wd) = dates::weekday_number(k) else {
        return other_weekday_at(toks, i, d, forward);
    };
    // (An English name: "Domingo José", a Spanish first name, is no
    // Sunday.)
    let english = t.text.chars().next().is_some_and(char::is_uppercase)
        && matches!(
            k,
            "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
        );
    // "el domingo", "este domingo" (Spanish writes weekdays in lower case).
    let article_before = matches!(prev, "el" | "este");
    let lower = t.text.chars().next().is_some_and(char::is_lowercase);
    let spanish = article_before && lower && !k.is_ascii();
    let spanish = spanish
        || (article_before
            && lower
            && matches!(k, "lunes" | "martes" | "jueves" | "viernes" | "domingo"));
    if !english && !spanish {
        return other_weekday_at(toks, i, d, forward);
    }
    // "the Saturday Night Live creators", "the Sunday Times": a name.
    if english {
        let words: Vec<&str> = toks[i..toks.len().min(i + 3)]
            .iter()
            .map(|t| t.text)
            .collect();
        if dates::weekday_starts_name(&words) {
            return None;
        }
        // "created on Dec. 18, a Wednesday": the weekday of the date just
        // before it, set apart by a comma, is that date's (its own event
        // a week later was wrong).
        if i >= 2 && toks[i - 1].text == "a" && !spaced(toks, i - 2, i - 1) {
            let n = &toks[i - 2].key;
            let digits = ["st", "nd", "rd", "th"]
                .iter()
                .find_map(|s| n.strip_suffix(s))
                .unwrap_or(n);
            if (1..=2).contains(&digits.len())
                && digits.bytes().all(|b| b.is_ascii_digit())
                && digits.parse::<u8>().is_ok_and(|v| (1..=31).contains(&v))
            {
                return None;
            }
        }
    }
    let (fwd, strict) = match prev {
        "last" | "pasado" => (false, true),
        "next" | "proximo" => (true, true),
        _ => (forward, false),
    };
    let last = if matches!(key(i + 1), "morning" | "night" | "afternoon" | "evening") {
        i + 1
    } else {
        i
    };
    weekday_near(d, wd, fwd, strict).map(|x| (last, When::day(x)))
}

/// One event: a dated happening and the sentences that report it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Event {
    /// `2026-01-04`, `2026-W02`, `2026-01` or `2026`.
    pub date: String,
    /// day, week, month or year.
    pub precision: Precision,
    /// The expression that dated it, as written.
    pub expression: String,
    /// The sentence (from the first source).
    pub sentence: String,
    /// Ids of the articles that report it, first one first.
    pub sources: Vec<String>,
    /// Entities named in the sentence(s), in order of first mention.
    pub entities: Vec<String>,
    #[serde(skip)]
    start: Day,
    /// Content-word stems (see [`content_stem`]), as ids, sorted.
    #[serde(skip)]
    words: Vec<u32>,
    /// CAMEO root categories, one bit each.
    #[serde(skip)]
    roots: u32,
    /// Indices of `entities` in the entity list.
    #[serde(skip)]
    entity_ids: Vec<usize>,
}

/// `dateline events --json`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EventsReport {
    /// Events sorted by date (then precision, then first source).
    pub events: Vec<Event>,
    /// Problems reading files or entity lists.
    pub warnings: Vec<Warning>,
}

/// How an event stands to a period a reader selected on a chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Within {
    /// Dated as precisely as the period or more, on a day in it: the
    /// event strip draws it at the period's point.
    Inside,
    /// Dated less precisely, by a period that holds the selected one's
    /// first day (a month event, for one of the month's days).
    Around,
}

impl Precision {
    /// The chart period of the same length.
    pub fn period(self) -> Period {
        match self {
            Precision::Day => Period::Day,
            Precision::Week => Period::Week,
            Precision::Month => Period::Month,
            Precision::Year => Period::Year,
        }
    }
}

impl Event {
    /// Whether the event belongs to the period `period` that starts on
    /// `start` (a selected day, week, month or year), and how; the one
    /// rule for the strip's counts, the events listed for a selection and
    /// their count.
    pub fn within(&self, period: Period, start: Day) -> Option<Within> {
        let own = self.precision.period();
        if own <= period {
            (period.start(self.start) == start).then_some(Within::Inside)
        } else {
            (own.start(start) == self.start).then_some(Within::Around)
        }
    }

    /// The first day of the event's date.
    pub fn start(&self) -> Day {
        self.start
    }
}

/// How many events a selected period holds, as the strip's point and the
/// list say it: "8 events", "8 events, and 2 of its month". `around`:
/// the events of each longer period that holds it.
pub fn count_text(inside: usize, around: &[(Period, usize)]) -> String {
    let mut text = format!("{inside} event{}", if inside == 1 { "" } else { "s" });
    let of: Vec<String> = around
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(q, n)| format!("{n} of its {}", q.name()))
        .collect();
    if !of.is_empty() {
        text.push_str(", and ");
        text.push_str(&of.join(" and "));
    }
    text
}

impl EventsReport {
    /// The events of the period a label names, in order, and how many
    /// there are in the words of [`count_text`]; none for a label that
    /// names no period.
    pub fn selected(&self, label: &str) -> (Vec<usize>, String) {
        let found = self.in_period(label);
        let inside = found.iter().filter(|(_, w)| *w == Within::Inside).count();
        let mut around: Vec<(Period, usize)> = Vec::new();
        for &(i, w) in &found {
            if w == Within::Around {
                let q = self.events[i].precision.period();
                match around.iter_mut().find(|(p, _)| *p == q) {
                    Some((_, n)) => *n += 1,
                    None => around.push((q, 1)),
                }
            }
        }
        around.sort();
        (
            found.into_iter().map(|(i, _)| i).collect(),
            count_text(inside, &around),
        )
    }

    /// The events of the period a label names (`2026-01-07`,
    /// `2026-W02`, `2026-01`, `2026`), in order, each with how it belongs;
    /// none for a label that names no period.
    pub fn in_period(&self, label: &str) -> Vec<(usize, Within)> {
        let Some((period, start)) = Period::parse(label) else {
            return Vec::new();
        };
        self.events
            .iter()
            .enumerate()
            .filter_map(|(i, e)| Some((i, e.within(period, start)?)))
            .collect()
    }
}

/// Function words left out when comparing wording.
const STOP: &[&str] = &[
    "the", "a", "an", "of", "and", "to", "in", "on", "at", "for", "with", "by", "from", "that",
    "this", "was", "were", "is", "are", "be", "been", "has", "had", "have", "he", "she", "it",
    "his", "her", "its", "their", "they", "as", "but", "or", "after", "said", "would", "will",
];

/// The stem a word contributes to a report's wording: its key cut to the
/// first six letters (demonstration and demonstrations, mobilise and
/// mobilisation compare equal). Function words, weekdays and words without
/// a letter have none.
pub(crate) fn content_stem(key: &str) -> Option<String> {
    (key.chars().any(char::is_alphabetic)
        && !STOP.contains(&key)
        && dates::weekday_number(key).is_none())
    .then(|| key.chars().take(6).collect())
}

/// No stem (see [`content_stem`]).
pub(crate) const NO_STEM: u32 = u32::MAX;

/// The stems of the words outside entity names (compared separately),
/// sorted and without repeats.
fn content_words(stems: &[u32], named: &[bool]) -> Vec<u32> {
    let mut w: Vec<u32> = stems
        .iter()
        .zip(named)
        .filter(|&(&s, &n)| !n && s != NO_STEM)
        .map(|(&s, _)| s)
        .collect();
    w.sort_unstable();
    w.dedup();
    w
}

/// Elements two sorted lists without repeats share.
fn shared(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Adds the events of one sentence: `found` are its date expressions,
/// `names` its entity matches (series = index into `entities`), `roots`
/// the CAMEO root categories of its diplomacy terms.
pub(crate) struct SentenceEvents<'a> {
    /// Index of the article (among those the caller analyses).
    pub article: u32,
    /// Index of the paragraph in the article.
    pub paragraph: u32,
    /// Byte offset of the sentence in the paragraph.
    pub offset: usize,
    /// Its words.
    pub toks: &'a [Token<'a>],
    /// Its date expressions.
    pub found: &'a [Found],
    /// Its entity matches.
    pub names: &'a [Match],
    /// Per word, whether an entity match covers it.
    pub named: &'a [bool],
    /// CAMEO root categories of its diplomacy terms, one bit each.
    pub roots: u32,
    /// Per word, its stem id ([`content_stem`], interned) or [`NO_STEM`].
    pub stems: &'a [u32],
    /// Length of the sentence in bytes.
    pub len: usize,
    /// It gives a percentage ([`has_percent`]).
    pub percent: bool,
}

/// Whether a sentence gives a percentage: "58 %", "4 per cent", "pour
/// cent", "por ciento", "Prozent".
pub(crate) fn has_percent(sentence: &str, toks: &[Token<'_>]) -> bool {
    sentence.contains('%')
        || toks.iter().enumerate().any(|(i, t)| {
            matches!(
                t.key.as_ref(),
                "percent" | "prozent" | "percento" | "porcentaje"
            ) || (matches!(t.key.as_ref(), "cent" | "ciento" | "cento")
                && i > 0
                && matches!(toks[i - 1].key.as_ref(), "per" | "pour" | "por"))
        })
}

/// One sentence's report of a dated happening, before merging: where its
/// sentence and expression are in the corpus rather than copies of them,
/// since most reports join an event that already has them.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Report {
    /// As [`Event::date`].
    date: String,
    precision: Precision,
    start: Day,
    /// Index of the article among those of its part.
    pub(crate) article: u32,
    /// Paragraph of the article, and the byte ranges of the sentence and
    /// the expression in it.
    paragraph: u32,
    sentence: std::ops::Range<usize>,
    expression: std::ops::Range<usize>,
    /// Indices of the entities named, in order of first mention.
    entities: Vec<usize>,
    /// Content-word stems, as ids, sorted.
    words: Vec<u32>,
    roots: u32,
}

/// The reports of one sentence, added to `out` in order; [`merge`] then
/// joins reports of the same happening.
/// The most dates one sentence reports events for (see
/// [`sentence_reports`]); real sentences name a few.
pub(crate) const MAX_DATES_PER_SENTENCE: usize = 16;

pub(crate) fn sentence_reports(s: SentenceEvents<'_>, out: &mut Vec<Report>) {
    // A date expression reports a happening when the sentence has at least
    // five words outside it; one report per date.
    // At most MAX_DATES_PER_SENTENCE dates, each counted once: a
    // "sentence" of thousands of dates (a table or a list run together)
    // would otherwise give as many reports, each with all its words.
    // And two of those words not capitalised (a clause's verbs and
    // function words; a script without capitals has only such words): a
    // line of metadata is not a happening ("Sendung: Antenne Brandenburg,
    // 24.04.2024, 15:10 Uhr"; "Published Monday, March 3, 2024 10:15 AM
    // EST"). A timeline's entry that opens with its date may be a title
    // ("September 15, 1987: His Holiness Pope John Paul II").
    let plain = |t: &Token<'_>| {
        t.text
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() && !c.is_uppercase())
    };
    let plain_words = s.toks.iter().filter(|t| plain(t)).count();
    // A sentence with a web address is a citation, a credit or a link
    // line when its date has a year ("In: Legal Tribune Online,
    // 20.10.2025, https://… (abgerufen am: 20.10.2025)", "Archived from
    // the original on 12 May 2014"), not a report; a post quoted with its
    // link may tell of tonight's protests.
    let linked = s
        .toks
        .iter()
        .any(|t| matches!(t.key.as_ref(), "http" | "https"));
    let mut kept: Vec<&Found> = Vec::new();
    for f in s.found {
        if kept.len() == MAX_DATES_PER_SENTENCE {
            break;
        }
        // The words inside the expression, found by their starts (the
        // tokens are in order): a count over the whole sentence per date
        // took the square of its length.
        let (from, to) = (
            s.toks.partition_point(|t| t.start < f.start),
            s.toks.partition_point(|t| t.start < f.end),
        );
        let outside = s.toks.len() - (to - from);
        let plain_outside = plain_words - s.toks[from..to].iter().filter(|t| plain(t)).count();
        let cited = linked
            && s.toks[from..to]
                .iter()
                .any(|t| dates::may_hold_a_day(t.text));
        // A year in a sentence with a percentage is a statistic's ("58 %
        // en 2019", "up 4 per cent on 2023"), not a happening's, unless
        // it tells of a diplomatic act ("In 2025, Nato leaders agreed a
        // target of 5%").
        let statistic = s.percent && f.when.precision == Precision::Year && s.roots == 0;
        if outside >= 5
            && !cited
            && !statistic
            && (plain_outside >= 2 || from == 0)
            && !kept.iter().any(|k| k.when.label == f.when.label)
        {
            kept.push(f);
        }
    }
    let Some((&last, rest)) = kept.split_last() else {
        return;
    };
    let mut ents: Vec<usize> = Vec::new();
    for m in s.names {
        if !ents.contains(&m.series) {
            ents.push(m.series);
        }
    }
    let words = content_words(s.stems, s.named);
    let report = |f: &Found, entities: Vec<usize>, words: Vec<u32>| Report {
        date: f.when.label.clone(),
        precision: f.when.precision,
        start: f.when.start,
        article: s.article,
        paragraph: s.paragraph,
        sentence: s.offset..s.offset + s.len,
        expression: s.offset + f.start..s.offset + f.end,
        entities,
        words,
        roots: s.roots,
    };
    for f in rest {
        out.push(report(f, ents.clone(), words.clone()));
    }
    out.push(report(last, ents, words));
}

impl Report {
    /// Renames the wording stems (ids of one vocabulary) with `to`.
    pub(crate) fn rename_words(&mut self, to: impl Fn(u32) -> u32) {
        self.words.iter_mut().for_each(|w| *w = to(*w));
        self.words.sort_unstable();
        self.words.dedup();
    }
}

/// What [`merge`] compares of an event, one per event, so that a report is
/// compared with events without visiting each one's heap-allocated lists.
#[derive(Clone, Copy, Debug)]
struct Candidate {
    /// Index in the corpus of its last source's article.
    last_article: usize,
    /// Its CAMEO root categories.
    roots: u32,
    /// Its entities as bits `1 << (index % 64)`: a report whose mask shares
    /// no bit shares no entity.
    entity_bits: u64,
}

/// The bits of entity indices (see [`Candidate::entity_bits`]).
fn entity_bits(ids: &[usize]) -> u64 {
    ids.iter().fold(0, |m, &i| m | 1 << (i % 64))
}

/// Whether the event of `c` and report `b` (of the same date, from the
/// article at `article` in the corpus) tell of the same happening: a
/// different article, an entity in common, and either the same kind of
/// happening (a diplomacy term of the same CAMEO root category: both report
/// a protest, a threat, a meeting…) or similar wording.
fn same_happening(c: Candidate, event: &Event, b: &Report, article: usize, b_bits: u64) -> bool {
    debug_assert_eq!(event.date, b.date);
    // Reports are merged in corpus order and those of one article come
    // together: an event holds b's article only as its last source.
    if c.last_article == article || c.entity_bits & b_bits == 0 {
        return false;
    }
    // With more than 64 entities, two may share a bit: compare them.
    let wide = b.entities.iter().chain(&event.entity_ids).any(|&i| i >= 64);
    if wide && !event.entity_ids.iter().any(|e| b.entities.contains(e)) {
        return false;
    }
    if c.roots & b.roots != 0 {
        return true;
    }
    let inter = shared(&event.words, &b.words);
    let union = (event.words.len() + b.words.len() - inter).max(1);
    inter as f64 / union as f64 >= SAME_WORDING
}

/// Share of content words two reports must have in common (Jaccard) when
/// they share no event category.
const SAME_WORDING: f64 = 0.25;

/// Adds a report (from [`sentence_reports`]) of `article`, the article at
/// `index` in the corpus, to `events`: it joins the first event of the same
/// happening, or becomes a new event (its sentence and expression copied
/// from the article then).
pub(crate) fn merge(
    events: &mut Events,
    report: Report,
    (index, article): (usize, &Article),
    entities: &[Entity],
) {
    let bits = entity_bits(&report.entities);
    // The first event of the same happening among the latest
    // [`COMPARED`] events of the date that hold each of the report's
    // entities (a report without entities joins none).
    let mut existing: Option<usize> = None;
    if let Some(day) = events.by_date.get(report.date.as_str()) {
        for e in &report.entities {
            let Some(holding) = day.get(e) else { continue };
            for &ev in holding.iter().rev().take(COMPARED) {
                if existing.is_none_or(|x| ev < x)
                    && same_happening(
                        events.candidates[ev],
                        &events.list[ev],
                        &report,
                        index,
                        bits,
                    )
                {
                    existing = Some(ev);
                }
            }
        }
    }
    let name = |i: usize| entities[i].name.clone();
    match existing {
        Some(ev) => {
            let c = &mut events.candidates[ev];
            c.last_article = index;
            c.entity_bits |= bits;
            let x = &mut events.list[ev];
            x.sources.push(article.id.clone());
            let day = events.by_date.entry(report.date).or_default();
            for i in report.entities {
                // Entity names are unique (see `entities::parse`).
                if !x.entity_ids.contains(&i) {
                    x.entities.push(name(i));
                    x.entity_ids.push(i);
                    day.entry(i).or_default().push(ev);
                }
            }
        }
        None => {
            let paragraph = article
                .paragraphs
                .get(report.paragraph as usize)
                .map_or("", String::as_str);
            let text = |r: std::ops::Range<usize>| paragraph.get(r).unwrap_or("").to_string();
            let ev = events.list.len();
            if !report.entities.is_empty() {
                let day = events.by_date.entry(report.date.clone()).or_default();
                for &i in &report.entities {
                    day.entry(i).or_default().push(ev);
                }
            }
            events.candidates.push(Candidate {
                last_article: index,
                roots: report.roots,
                entity_bits: bits,
            });
            events.list.push(Event {
                date: report.date,
                precision: report.precision,
                expression: text(report.expression),
                sentence: text(report.sentence),
                sources: vec![article.id.clone()],
                entities: report.entities.iter().map(|&i| name(i)).collect(),
                start: report.start,
                words: report.words,
                roots: report.roots,
                entity_ids: report.entities,
            });
        }
    }
}

/// How many events of a date holding an entity a report is compared
/// with, the latest first: a day with thousands of reports of one name
/// is merged in time linear in the reports, not in their square.
const COMPARED: usize = 64;

/// Events found so far, with their candidates, and the events of each date
/// by entity, so that merging a new report compares it only with events of
/// the same date that share an entity with it.
#[derive(Default)]
pub(crate) struct Events {
    list: Vec<Event>,
    candidates: Vec<Candidate>,
    by_date: rustc_hash::FxHashMap<String, rustc_hash::FxHashMap<usize, Vec<usize>>>,
}

/// Sorts events by the first day of their period, then precision; ties
/// keep corpus order.
pub(crate) fn finish(events: Events) -> EventsReport {
    let mut events = events.list;
    events.sort_by(|a, b| a.start.cmp(&b.start).then(a.precision.cmp(&b.precision)));
    EventsReport {
        events,
        warnings: Vec::new(),
    }
}

crate::wire::wire_struct!(Report {
    date,
    precision,
    start,
    article,
    paragraph,
    sentence,
    expression,
    entities,
    words,
    roots,
});
crate::wire::wire_enum!(Precision {
    Day,
    Week,
    Month,
    Year
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Corpus;

    fn day(s: &str) -> Day {
        Day::parse_iso(s).expect("valid")
    }

    /// (sentence, article day) → [(expression, label)]
    fn resolve(sentence: &str, article: &str) -> Vec<(String, String)> {
        let d = (!article.is_empty()).then(|| day(article));
        find_in_sentence(sentence, d)
            .into_iter()
            .map(|f| (sentence[f.start..f.end].to_string(), f.when.label))
            .collect()
    }

    /// A weekday before its date is the date alone (not a second, wrong
    /// day: the Thursday before); "next" or "próximo" before a day and
    /// month, and a verb with "to" a dozen words before a month, look
    /// ahead (sentences of a new user's trial on newspaper4k's pages: a
    /// car maker's launch, a Spanish court, a weather story).
    #[test]
    fn a_weekday_before_its_date_and_days_to_come() {
        // 2013-11-27 is a Wednesday.
        for (sentence, article, expression, want) in [
            (
                "Forecasters said the storm would clear by Thursday, November 28, in time for the parade.",
                "2013-11-27",
                "November 28",
                "2013-11-28",
            ),
            (
                "The game is on Sunday, December 1.",
                "2013-11-27",
                "December 1",
                "2013-12-01",
            ),
            (
                "El partido será el domingo 1 de diciembre.",
                "2013-11-27",
                "1 de diciembre",
                "2013-12-01",
            ),
            // A weekday set after its date by a comma is that date's (a
            // Politico story: "created on Dec. 18, a Wednesday").
            (
                "The page was created on Dec. 18, a Wednesday, a day before the retirement.",
                "2019-12-30",
                "on Dec. 18",
                "2019-12-18",
            ),
            // A weekday alone is still the week's.
            (
                "The storm hit on Monday, officials said.",
                "2013-11-27",
                "on Monday",
                "2013-11-25",
            ),
            (
                "El juez ha decidido citar a la infanta el próximo 8 de marzo en Palma.",
                "2014-01-09",
                "8 de marzo",
                "2014-03-08",
            ),
            (
                "The all-new sedan is set to go on sale in the US in late January.",
                "2019-11-20",
                "January",
                "2020-01",
            ),
            // Nor with one whose clause another opens after it.
            (
                "Slemp is expected to return to work after having her son in August.",
                "2023-10-02",
                "August",
                "2023-08",
            ),
            // Without a verb of the future, a month behind the article's is
            // the last one.
            (
                "The sedan went on sale in the US in late January.",
                "2019-11-20",
                "January",
                "2019-01",
            ),
            // "If" with a verb in the present speaks of a time to come (a
            // new user's National Post page: "If Kamala Harris becomes the
            // next American president in November"), not with "had",
            // "was" or "were".
            (
                "If the harbour levy passes the council vote in November, the ferries will run all winter.",
                "2024-08-28",
                "November",
                "2024-11",
            ),
            (
                "Unless the strike ends in November, the mill closes.",
                "2024-08-28",
                "November",
                "2024-11",
            ),
            (
                "If the levy had passed in November, the ferries would have run all winter.",
                "2024-08-28",
                "November",
                "2023-11",
            ),
            // Not an "if" that means whether, nor "even if", "if
            // anything", nor one with a verb in the past after it (a
            // review's sentences).
            (
                "Reporters asked if the minister signed the deal in March.",
                "2024-08-28",
                "March",
                "2024-03",
            ),
            (
                "It is unclear if the company paid its taxes in November.",
                "2024-08-28",
                "November",
                "2023-11",
            ),
            (
                "If anything, prices rose sharply in March.",
                "2024-08-28",
                "March",
                "2024-03",
            ),
            (
                "Even if sales fell in July, the firm made a profit.",
                "2024-08-28",
                "July",
                "2024-07",
            ),
            (
                "If the report is right, the firm paid the bribe in July.",
                "2024-08-28",
                "July",
                "2024-07",
            ),
            (
                "If Biden hadn't dropped out in July, the race would differ.",
                "2024-08-28",
                "July",
                "2024-07",
            ),
            // A day with "last" after it is behind (the addresses of the
            // nineteenth century: "the six months ending September 30 last"),
            // not with a comma between.
            (
                "The new rules take effect on September 30, last in a series of changes.",
                "2024-08-28",
                "on September 30",
                "2024-09-30",
            ),
            (
                "If we take the year ending September 30 last, the duties fell.",
                "1891-12-09",
                "September 30",
                "1891-09-30",
            ),
        ] {
            assert_eq!(
                resolve(sentence, article),
                vec![(expression.to_string(), want.to_string())],
                "{sentence}"
            );
        }
    }

    /// "Today" for nowadays or to this day is no day ("still today, its
    /// most prominent alumnus…", a new user's Montreal Gazette page; the
    /// addresses' "even today we are flying…"); "hoy en día" likewise.
    #[test]
    fn today_for_nowadays_is_no_day() {
        for sentence in [
            "Still today, its most famous graduate is the mayor.",
            "Even today the mill is the largest employer in the valley.",
            "Hoy en día la fábrica es la mayor del valle.",
            "Hoy día nadie lo discute.",
        ] {
            assert_eq!(resolve(sentence, "2024-08-28"), vec![], "{sentence}");
        }
        for (sentence, expression) in [
            ("The council voted today to close the mill.", "today"),
            ("El consejo votó hoy cerrar la fábrica.", "hoy"),
            // (A deadline; a day's name after a comma.)
            (
                "Voters have until today to register for the primary.",
                "today",
            ),
            (
                "Hoy, Día Internacional de la Mujer, miles marcharon en Madrid.",
                "Hoy",
            ),
        ] {
            assert_eq!(
                resolve(sentence, "2024-08-28"),
                vec![(expression.to_string(), "2024-08-28".to_string())],
                "{sentence}"
            );
        }
    }

    /// Relative days and weekdays of German, Portuguese, French, Italian and
    /// Dutch news, around an article of Thursday 2026-02-05 (sentences of
    /// a new user's German and Portuguese texts and of my own).
    #[test]
    fn relative_days_in_five_more_languages() {
        let on = "2026-02-05";
        for (sentence, expression, want) in [
            (
                "Die Stadt hat am Dienstag den Katastrophenfall ausgerufen.",
                "am Dienstag",
                "2026-02-03",
            ),
            (
                "Bereits gestern hatten die Feuerwehren zweihundert Einsätze.",
                "gestern",
                "2026-02-04",
            ),
            (
                "Heute sollen weitere Helfer aus Niederbayern eintreffen.",
                "Heute",
                "2026-02-05",
            ),
            (
                "Morgen will der Krisenstab erneut beraten.",
                "Morgen",
                "2026-02-06",
            ),
            (
                "Am Freitag soll der Krisenstab erneut beraten.",
                "Am Freitag",
                "2026-02-06",
            ),
            (
                "Am Montagabend sprach der Minister in Passau.",
                "Am Montagabend",
                "2026-02-02",
            ),
            // The present tense tells what is to come; the past tenses
            // what was.
            (
                "Liverpool spielt am Samstag gegen Arsenal um die Tabellenführung.",
                "am Samstag",
                "2026-02-07",
            ),
            (
                "Bayern empfängt Montag den BVB in München.",
                "Montag",
                "2026-02-09",
            ),
            (
                "Bayern gewann am Mittwoch gegen Dortmund im Pokal.",
                "am Mittwoch",
                "2026-02-04",
            ),
            (
                "Der Trainer sagte am Montag, die Mannschaft sei bereit.",
                "am Montag",
                "2026-02-02",
            ),
            (
                "Der Verein hat am Montag den neuen Trainer vorgestellt.",
                "am Montag",
                "2026-02-02",
            ),
            (
                "Am Montag ist dieses große literarische Licht erloschen.",
                "Am Montag",
                "2026-02-02",
            ),
            (
                "Waren die Temperaturen am Dienstag noch moderat, so wurde es heiß.",
                "am Dienstag",
                "2026-02-03",
            ),
            (
                "Die Journalistin soll am Montagnachmittag mit Wasser übergossen worden sein.",
                "am Montagnachmittag",
                "2026-02-02",
            ),
            (
                "Die Schule meldet, dass ab Dienstag der Betrieb wieder aufgenommen wird.",
                "Dienstag",
                "2026-02-10",
            ),
            (
                "Die Synode tagt noch bis Samstag in Coburg, wie das Kirchenamt vorab mitteilte.",
                "Samstag",
                "2026-02-07",
            ),
            (
                "Beim Treffen ist bis Samstag der Klimaschutz ein Thema, wie das Amt mitteilte: \
                 Die Synode will ein Gesetz verabschieden.",
                "Samstag",
                "2026-02-07",
            ),
            // (Told in the past, up to the one before.)
            (
                "Die Ausstellung war bis Sonntag im Rathaus zu sehen.",
                "Sonntag",
                "2026-02-01",
            ),
            (
                "Am 2. Juni hatte der Wetterdienst gewarnt.",
                "Am 2. Juni",
                "2025-06-02",
            ),
            // Without a past tense, the nearest such day: ahead in the
            // passive's present, the subjunctive, French's present; behind
            // after "seit".
            (
                "Es gilt als sicher, dass der Bürgermeister am 17. März wiedergewählt wird.",
                "am 17. März",
                "2026-03-17",
            ),
            (
                "Sie dürften bei den eidgenössischen Wahlen vom 22. April erneut triumphieren.",
                "22. April",
                "2026-04-22",
            ),
            (
                "Seit dem 12. Januar gilt in der Stadt ein Fahrverbot.",
                "12. Januar",
                "2026-01-12",
            ),
            (
                "Le sommet européen du 26 mars doit trancher la question.",
                "26 mars",
                "2026-03-26",
            ),
            (
                "A Proteção Civil retirou na quarta-feira dezenas de moradores.",
                "na quarta-feira",
                "2026-02-04",
            ),
            (
                "O comandante disse ontem que a situação continuava difícil.",
                "ontem",
                "2026-02-04",
            ),
            (
                "No domingo, os bombeiros cortaram duas estradas.",
                "No domingo",
                "2026-02-01",
            ),
            (
                "Amanhã, a autarquia volta a avaliar a situação.",
                "Amanhã",
                "2026-02-06",
            ),
            (
                "La préfecture a annoncé mardi la fermeture des voies.",
                "mardi",
                "2026-02-03",
            ),
            (
                "Le préfet a déclaré hier que la situation restait difficile.",
                "hier",
                "2026-02-04",
            ),
            // A French future, or "attendu", "prévu": the coming day.
            (
                "L’Otan et l’Ukraine se retrouveront mardi à Bruxelles.",
                "mardi",
                "2026-02-10",
            ),
            (
                "Le président russe est attendu mercredi au Kazakhstan.",
                "mercredi",
                "2026-02-11",
            ),
            (
                "Le conseil s'est réuni jeudi dernier dans la mairie.",
                "jeudi dernier",
                "2026-01-29",
            ),
            (
                "Il sindaco ha parlato ieri con i giornalisti in piazza.",
                "ieri",
                "2026-02-04",
            ),
            (
                "La partita si è giocata sabato scorso allo stadio.",
                "sabato scorso",
                "2026-01-31",
            ),
            (
                "De gemeente sloot afgelopen zondag de brug over de rivier.",
                "zondag",
                "2026-02-01",
            ),
        ] {
            assert_eq!(
                resolve(sentence, on),
                [(expression.to_string(), want.to_string())],
                "{sentence}"
            );
        }
        // Weeks, months and years before, at and after the article's.
        for (sentence, expression, want) in [
            (
                "Die Regierung hatte vergangene Woche neue Hilfen beschlossen.",
                "vergangene Woche",
                "2026-W05",
            ),
            (
                "Nächste Woche soll der Bundestag über das Gesetz abstimmen.",
                "Nächste Woche",
                "2026-W07",
            ),
            (
                "Im vergangenen Jahr stiegen die Preise um vier Prozent.",
                "vergangenen Jahr",
                "2025",
            ),
            (
                "La ministra anunció que la semana que viene presentará el plan.",
                "semana que viene",
                "2026-W07",
            ),
            (
                "El año pasado la inflación cerró en el cinco por ciento.",
                "año pasado",
                "2025",
            ),
            (
                "A câmara aprovou na semana passada o novo orçamento municipal.",
                "semana passada",
                "2026-W05",
            ),
            (
                "Le gouvernement a présenté la semaine dernière un nouveau plan.",
                "semaine dernière",
                "2026-W05",
            ),
            (
                "Les prix ont augmenté de quatre pour cent l'année dernière.",
                "l'année dernière",
                "2025",
            ),
            (
                "Il governo ha approvato il mese scorso la nuova legge sul lavoro.",
                "mese scorso",
                "2026-01",
            ),
            (
                "Quest'anno il festival si terrà in piazza come sempre.",
                "Quest'anno",
                "2026",
            ),
            (
                "De gemeente heeft vorig jaar de brug gesloten.",
                "vorig jaar",
                "2025",
            ),
            (
                "Het kabinet wil volgende week een besluit nemen.",
                "volgende week",
                "2026-W07",
            ),
            // The month after the article's (a new user's Spanish text
            // about a school trip had no event).
            (
                "El próximo mes la escuela visitará la isla para estudiar las aves.",
                "próximo mes",
                "2026-03",
            ),
            (
                "O governo vai apresentar o plano no mês que vem, disse o ministro.",
                "mês que vem",
                "2026-03",
            ),
            (
                "Der Landtag soll im kommenden Monat über den Haushalt abstimmen.",
                "kommenden Monat",
                "2026-03",
            ),
            (
                "Le maire présentera le mois prochain un plan pour le port.",
                "mois prochain",
                "2026-03",
            ),
            (
                "Il museo riaprirà il prossimo mese dopo i lavori di restauro.",
                "prossimo mese",
                "2026-03",
            ),
            (
                "De gemeente opent volgende maand een nieuwe bibliotheek.",
                "volgende maand",
                "2026-03",
            ),
            (
                "The new ferry will start its crossings next month, the company said.",
                "next month",
                "2026-03",
            ),
        ] {
            assert_eq!(
                resolve(sentence, on),
                [(expression.to_string(), want.to_string())],
                "{sentence}"
            );
        }
        // An English dateline's state or a name is no French or
        // Portuguese verb: the Monday before.
        assert_eq!(
            resolve(
                "ALEXANDRIA, Va. (AP) — A jury on Monday convicted the man.",
                on
            ),
            [("on Monday".to_string(), "2026-02-02".to_string())]
        );
        assert_eq!(
            resolve("Ira Glass said on Monday that the show goes on.", on),
            [("on Monday".to_string(), "2026-02-02".to_string())]
        );
        // Ahead of a day's happening: the coming one; "today's" and
        // "yesterday's" before a happening are that day's. Every Monday is
        // no day, and "today's" and "yesterday's" before things are the
        // present's and the past's.
        for (sentence, expression, want) in [
            (
                "The party held its lead in the polls ahead of Friday's election.",
                "Friday's",
                "2026-02-06",
            ),
            (
                "Yesterday's vote in the Senate approved the budget.",
                "Yesterday's",
                "2026-02-04",
            ),
        ] {
            assert_eq!(
                resolve(sentence, on),
                [(expression.to_string(), want.to_string())],
                "{sentence}"
            );
        }
        for sentence in [
            "Jeden Montag die Topstorys der Woche aus der Sportredaktion.",
            "The market opens every Monday in the old square of the town.",
            "Today's sleeping bags are far lighter than those of twenty years ago.",
            "Nobody misses yesterday's damp socks and heavy canvas tents.",
        ] {
            assert_eq!(resolve(sentence, on), [], "{sentence}");
        }
        // Today's "heute", and its evening.
        assert_eq!(
            resolve("Der Kanzler trifft heute den Präsidenten in Paris.", on),
            [("heute".to_string(), on.to_string())]
        );
        assert_eq!(
            resolve("Die Minister beraten heute Abend über den Haushalt.", on),
            [("heute Abend".to_string(), on.to_string())]
        );
        // "hier" is "here" in German and Dutch; "Morgen" inside a German
        // sentence is the morning; "segunda" alone is "second".
        for sentence in [
            "Die Lage hier bleibt angespannt, sagte der Sprecher.",
            "Der Krisenstab tagte am Morgen im Rathaus.",
            "Seine Videos werden bis heute weitergereicht.",
            "Der heute 60-jährige Politiker kandidiert erneut.",
            // (Nowadays, as real pages write it: Merkur, RBB24, LTO.)
            "Sein Werk ist noch heute in ganz Europa bekannt.",
            "Einst das erste Haus am Platze, ist es heute verfallen.",
            "Die Altstadt liegt heute in Trümmern.",
            "Die Regel gilt heute noch in vielen Ländern.",
            "A segunda vaga de cheias atingiu a cidade.",
        ] {
            assert!(resolve(sentence, on).is_empty(), "{sentence}");
        }
    }

    /// Names that look like dates, from a new user's Spanish pages (elDiario,
    /// La Vanguardia) and AP: a town (`Jan Yunis`), a first name (`Domingo
    /// José`); and a month to come after "by".
    #[test]
    fn names_are_no_dates_and_by_looks_ahead() {
        // 2025-05-25 is a Sunday.
        assert_eq!(
            resolve(
                "El ejército atacó también este domingo en Jan Yunis, al sur de Gaza.",
                "2025-05-25"
            ),
            [("domingo".to_string(), "2025-05-25".to_string())]
        );
        assert!(
            resolve(
                "El alcalde de Lubrín, Domingo José Ramos Camacho, resume la situación.",
                "2025-05-25"
            )
            .is_empty()
        );
        assert!(resolve("Talks in Jan broke down.", "2025-05-25").is_empty());
        assert_eq!(
            resolve(
                "The first doses arrive soon, with a dozen more to follow by mid-October.",
                "2024-09-03"
            ),
            [("October".to_string(), "2024-10".to_string())]
        );
        assert_eq!(
            resolve("The plant should be finished by March.", "2024-09-03"),
            [("March".to_string(), "2025-03".to_string())]
        );
        // Streets, squares and bridges named after a day: a capital month
        // after "de" and a capitalised word or a street's kind (from a
        // new user's Portuguese and Argentine pages); the day after them,
        // and a Portuguese month, still read.
        assert_eq!(
            resolve(
                "Na Argentina, a Avenida 9 de Julio foi fechada no dia 20 de março.",
                "2025-03-03"
            ),
            [("20 de março".to_string(), "2025-03-20".to_string())]
        );
        // (The weekday is read: the future "vai" puts it after the
        // article's Wednesday.)
        assert_eq!(
            resolve(
                "O trânsito na Ponte 25 de Abril vai ter restrições a partir de segunda-feira.",
                "2025-03-05"
            ),
            [("segunda-feira".to_string(), "2025-03-10".to_string())]
        );
        for sentence in [
            "Los vecinos de la calle 2 de Mayo protestaron.",
            "As obras na avenida 5 de Outubro começam cedo.",
        ] {
            assert!(resolve(sentence, "2025-03-03").is_empty(), "{sentence}");
        }
        assert_eq!(
            resolve("El 25 de Diciembre cerró la plaza.", "2025-03-03"),
            [("El 25 de Diciembre".to_string(), "2024-12-25".to_string())]
        );
        // A weekday that starts a programme's or a paper's name is no day.
        for sentence in [
            "Wiig flew to New York for auditions with the Saturday Night Live creators.",
            "The Sunday Times reported the deal.",
        ] {
            assert!(resolve(sentence, "2011-11-18").is_empty(), "{sentence}");
        }
        assert_eq!(
            resolve(
                "The vote came on Saturday Night after a long debate.",
                "2011-11-18"
            ),
            [("on Saturday Night".to_string(), "2011-11-12".to_string())]
        );
        // A weekday after "in 1998" is 1998's, not the article's; one
        // before a year named later is the article's.
        assert_eq!(
            resolve(
                "I first visited the arena in 1998, on a wet Tuesday night.",
                "2025-05-20"
            ),
            [("1998".to_string(), "1998".to_string())]
        );
        assert_eq!(
            resolve(
                "On Tuesday, the club said its 2024 accounts were sound.",
                "2025-05-20"
            ),
            [("On Tuesday".to_string(), "2025-05-20".to_string())]
        );
        // A month or a day without a year after a past month with one is
        // in that year; a time to come is the article's.
        for (sentence, want) in [
            (
                "He joined as chairman in March 2001 and became chief executive in August.",
                [("March 2001", "2001-03"), ("August", "2001-08")],
            ),
            (
                "Ella llegó en marzo de 2001 y se marchó el 5 de agosto.",
                [
                    ("marzo de 2001", "2001-03"),
                    ("el 5 de agosto", "2001-08-05"),
                ],
            ),
            (
                "He joined in March 2001 and will step down in August.",
                [("March 2001", "2001-03"), ("August", "2014-08")],
            ),
        ] {
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(e, d)| (e.to_string(), d.to_string()))
                .collect();
            assert_eq!(resolve(sentence, "2014-04-24"), want, "{sentence}");
        }
        // Still: English weekdays with a capital, months in full after "in".
        assert_eq!(
            resolve(
                "Prices rose in March and the council met on Sunday.",
                "2025-05-25"
            ),
            [
                ("March".to_string(), "2025-03".to_string()),
                ("on Sunday".to_string(), "2025-05-25".to_string())
            ]
        );
    }

    #[test]
    fn every_rule_resolves_against_the_article_day() {
        // 2025-07-04 is a Friday; 2026-01-08 a Thursday; 2026-01-05 a Monday.
        /// (sentence, article day, [(expression, resolved label)])
        type Case<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);
        let cases: &[Case] = &[
            (
                "The administration on Thursday recalled its top diplomat.",
                "2025-07-04",
                &[("on Thursday", "2025-07-03")],
            ),
            (
                "Trump appeared to call it off on Wednesday night after a call.",
                "2026-01-08",
                &[("on Wednesday night", "2026-01-07")],
            ),
            (
                "Protesters marched through the capital on Sunday.",
                "2026-01-08",
                &[("on Sunday", "2026-01-04")],
            ),
            (
                "The ministry said on Thursday that it agreed.",
                "2026-01-08",
                &[("on Thursday", "2026-01-08")],
            ),
            (
                "He is expected to appear in court on Monday on drug charges.",
                "2026-01-05",
                &[("on Monday", "2026-01-05")],
            ),
            (
                // "plan" as a noun is no future: the Monday before.
                "The council approved the river plan on Monday after a long debate.",
                "2026-03-04",
                &[("on Monday", "2026-03-02")],
            ),
            (
                // A day in the coming month, in a clause with no future
                // word: this year's, not last year's.
                "A candidates' forum is planned for March 10 at the Rotary Club.",
                "2026-03-03",
                &[("March 10", "2026-03-10")],
            ),
            (
                "Sales rose on December 28 after the holiday.",
                "2026-01-02",
                &[("on December 28", "2025-12-28")],
            ),
            (
                "The council plans to vote on the river plan on Monday.",
                "2026-03-04",
                &[("on Monday", "2026-03-09")],
            ),
            (
                // A month and its year after "de" (Spanish, Portuguese):
                // the year written, not one near the article's.
                "El entrenador desembarcó en Italia en noviembre de 1998 y nunca se fue.",
                "2026-03-14",
                &[("noviembre de 1998", "1998-11")],
            ),
            (
                "Vive en la ciudad desde marzo del 2025.",
                "2026-03-14",
                &[("marzo del 2025", "2025-03")],
            ),
            (
                // "hopes to", "aims to", "is set to" look ahead, as "plans
                // to" does: the June to come.
                "The mayor hopes to start in June, and the works are set to end in October.",
                "2026-03-10",
                &[("June", "2026-06"), ("October", "2026-10")],
            ),
            (
                // Without them, the June before.
                "The mayor started in June.",
                "2026-03-10",
                &[("June", "2025-06")],
            ),
            (
                // A rule that takes effect, or goes into effect, on a day
                // to come: this year's; one that took effect, last year's.
                "A judge refused to stop the ban from taking effect July 1 in the state.",
                "2023-04-28",
                &[("July 1", "2023-07-01")],
            ),
            (
                "The new fees go into effect on July 1, the city council said.",
                "2023-04-28",
                &[("on July 1", "2023-07-01")],
            ),
            (
                "The ban took effect on July 1 after a long court fight.",
                "2023-04-28",
                &[("on July 1", "2022-07-01")],
            ),
            (
                "The reform passed as expected on Friday in the senate.",
                "2026-01-08",
                &[("on Friday", "2026-01-02")],
            ),
            (
                "The minister is going to visit the border on Friday with aid.",
                "2026-01-08",
                &[("on Friday", "2026-01-09")],
            ),
            (
                // Spanish: the future tense looks forward, the past back.
                "La canciller anunció que el jueves se reunirá con el encargado de negocios.",
                "2026-01-13",
                &[("el jueves", "2026-01-15")],
            ),
            (
                "La canciller se reunió el jueves con el encargado de negocios.",
                "2026-01-13",
                &[("el jueves", "2026-01-08")],
            ),
            (
                "El ministro dijo el jueves que firmará el acuerdo en la capital.",
                "2026-01-13",
                &[("el jueves", "2026-01-08")],
            ),
            (
                "The two leaders will meet on Tuesday in the capital.",
                "2026-01-08",
                &[("on Tuesday", "2026-01-13")],
            ),
            (
                // "is due" and "until" before a bare weekday look ahead
                // (a new user's storm story of Monday 3 November 2025);
                // "due to" a cause, and "until" a month, do not.
                "Interior Minister Claire Fontanel is due to visit Saint-Malo on Thursday.",
                "2025-11-03",
                &[("on Thursday", "2025-11-06")],
            ),
            (
                "The prefect ordered schools in Saint-Malo closed until Wednesday.",
                "2025-11-03",
                &[("Wednesday", "2025-11-05")],
            ),
            (
                "The review of the warnings is due in January.",
                "2025-11-18",
                &[("January", "2026-01")],
            ),
            (
                // "would" after a verb of saying reports a future; alone it
                // does not ("would not comment", then "said").
                "A spokesman for the ferry company said crossings would resume on Thursday at the earliest.",
                "2025-11-04",
                &[("on Thursday", "2025-11-06")],
            ),
            (
                "The minister would not comment on Thursday, her spokesman said.",
                "2025-11-04",
                &[("on Thursday", "2025-10-30")],
            ),
            (
                "The ferry was cancelled due to the storm on Thursday.",
                "2025-11-03",
                &[("on Thursday", "2025-10-30")],
            ),
            (
                "The FBI did not search the station until October, a month later.",
                "2025-11-03",
                &[("October", "2025-10")],
            ),
            (
                // (A weekday before its ordinal date is not the Friday
                // before; that date, "the 25th of February", is not read.)
                "President Washington kept the bill until Friday, the 25th of February, the last day.",
                "1848-12-05",
                &[],
            ),
            (
                "The minister resigned last Thursday after the scandal.",
                "2026-01-08",
                &[("last Thursday", "2026-01-01")],
            ),
            (
                "The council votes next Thursday on the new budget.",
                "2026-01-08",
                &[("next Thursday", "2026-01-15")],
            ),
            (
                "The ministry raised the dispute on January 4 with a note.",
                "2026-01-07",
                &[("on January 4", "2026-01-04")],
            ),
            (
                "In a letter dated June 23 the president backtracked on his claims.",
                "2025-07-10",
                &[("June 23", "2025-06-23")],
            ),
            (
                "He sent the letter on December 30 to the embassy in town.",
                "2026-01-08",
                &[("on December 30", "2025-12-30")],
            ),
            (
                "The flags decorate the table at the Pentagon, Nov. 29, 2022, in Washington.",
                "2025-07-04",
                &[("Nov. 29, 2022", "2022-11-29")],
            ),
            (
                "In January, Petro aggravated Trump by refusing two flights.",
                "2025-07-04",
                &[("January", "2025-01")],
            ),
            (
                "ELN held a short-lived armed strike in December against interference.",
                "2026-01-03",
                &[("December", "2025-12")],
            ),
            (
                // The month after the article's, in a clause with no
                // future word: this year's; two months on, last year's.
                "Tomas Brandt said the new evening ferries would still start in April.",
                "2026-03-09",
                &[("April", "2026-04")],
            ),
            (
                "The old ferry made its last crossing in May after forty years.",
                "2026-03-09",
                &[("May", "2025-05")],
            ),
            (
                "The next election, which will take place in May, is close.",
                "2026-01-08",
                &[("May", "2026-05")],
            ),
            (
                "The fall of the president to insurgents in December 2024 changed it.",
                "2026-01-11",
                &[("December 2024", "2024-12")],
            ),
            (
                "In 2023, a U.N. report said coca was at a record high.",
                "2026-01-08",
                &[("2023", "2023")],
            ),
            (
                "Foreign Minister Laura Sarabia resigned last week over passports.",
                "2025-07-10",
                &[("last week", "2025-W27")],
            ),
            (
                "The two presidents spoke by phone this week about drugs.",
                "2026-01-08",
                &[("this week", "2026-W02")],
            ),
            (
                "Trump imposed sanctions on Petro last year and revoked his visa.",
                "2026-01-08",
                &[("last year", "2025")],
            ),
            (
                "Trump said of Petro last month that he better wise up.",
                "2026-01-08",
                &[("last month", "2025-12")],
            ),
            (
                "The US carried out airstrikes this morning in the capital.",
                "2026-01-03",
                &[("this morning", "2026-01-03")],
            ),
            (
                "A country the administration said it will run after Saturday’s seizure of Maduro.",
                "2026-01-05",
                &[("Saturday’s", "2026-01-03")],
            ),
            (
                "The fears are the effects on this year’s election in the country.",
                "2026-01-08",
                &[("this year’s", "2026")],
            ),
            (
                "Officials said yesterday that the border was closed again.",
                "2026-01-08",
                &[("yesterday", "2026-01-07")],
            ),
            (
                "El presidente habló con Trump el jueves por la noche.",
                "2026-01-08",
                &[("el jueves", "2026-01-08")],
            ),
            (
                "El ministro renunció ayer tras la crisis del pasaporte.",
                "2026-01-08",
                &[("ayer", "2026-01-07")],
            ),
            (
                "He had spoken days earlier with the interim leader recently.",
                "2026-01-08",
                &[],
            ),
            (
                "You may not like it, but we march on regardless of the result.",
                "2026-01-08",
                &[],
            ),
            // Dagbladet: Norwegian "høy" (high) is not Spanish "hoy".
            (
                "Ballistiske missiler følger en høy bane opp i verdensrommet.",
                "2026-01-06",
                &[],
            ),
            (
                "El ministro llegó esta mañana a Bogotá.",
                "2026-01-07",
                &[("esta mañana", "2026-01-07")],
            ),
        ];
        let mut wrong = Vec::new();
        for (sentence, article, want) in cases {
            let got = resolve(sentence, article);
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
            if got != want {
                wrong.push(format!("{sentence}\n   got {got:?}\n  want {want:?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn undated_articles_yield_only_absolute_dates() {
        assert!(
            resolve(
                "The administration on Thursday recalled its top diplomat.",
                ""
            )
            .is_empty()
        );
        assert!(resolve("In January, Petro aggravated Trump.", "").is_empty());
        assert_eq!(
            resolve(
                "The pact was signed on 3 January 2026 in the capital city.",
                ""
            ),
            [("3 January 2026".to_string(), "2026-01-03".to_string())]
        );
        assert_eq!(
            resolve("The fall in December 2024 changed everything.", ""),
            [("December 2024".to_string(), "2024-12".to_string())]
        );
    }

    #[test]
    fn a_sentence_holds_four_digits_in_a_row_exactly_when_one_of_its_words_does() {
        // Every string of up to six characters over digits, letters and the
        // characters that join or split words.
        let alphabet = ['1', 'a', ' ', '.', ',', '-', 'é', '’'];
        let mut strings = vec![String::new()];
        for _ in 0..6 {
            let longer: Vec<String> = strings
                .iter()
                .filter(|s| s.chars().count() == strings.last().map_or(0, |l| l.chars().count()))
                .flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}")))
                .collect();
            strings.extend(longer);
        }
        assert_eq!(strings.len(), (0..=6).map(|n| 8usize.pow(n)).sum::<usize>());
        for s in strings.iter().map(String::as_str).chain([
            "On 3 January 2026 he left.",
            "It cost 1,000,000 pesos.",
            "Flight AV2026 landed.",
            "The 20-26 vote.",
            "Año ٢٠٢٦ in other digits.",
        ]) {
            let by_words = tokens::tokens(s).any(|t| word_class(&t).year_digits);
            assert_eq!(by_words, dates::may_hold_a_day(s), "{s:?}");
        }
    }

    /// Lines of metadata are no happenings, in any language: a broadcast
    /// line, a "first published" line, a quoted post's signature, a
    /// reference, a citation with its web address, a statistic's year; a
    /// sentence, and a timeline's entry that opens with its date, are.
    #[test]
    fn lines_of_metadata_are_not_events() {
        let text = "Bridge reopens\n\
            Sendung: Antenne Brandenburg, 24.04.2024, 15:10 Uhr\n\
            CNNMoney (New York) First published February 1, 2016: 1:28 AM ET\n\
            — The Town Gazette (@towngazette) March 3, 2016\n\
            Lewis, Keith; Nodder, Scott; Carter, Lionel (March 2009).\n\
            In: Town Gazette, 01.03.2016, https://gazette.example/a/58420 (abgerufen am: 02.03.2016)\n\
            Les ventes ont progressé de 58 % par rapport à 2019, selon les chiffres du secteur.\n\
            Bridge traffic rose by four per cent in 2015 compared with the year before.\n\
            The council voted on March 2, 2016 to reopen the bridge after repairs.\n\
            September 15, 1987: His Holiness Pope John Paul II at the Coliseum.\n";
        let c = Corpus::from_texts(&[("2016-03-04-bridge.txt", text)]);
        let (e, _) = crate::analyse::entities::parse("e", crate::seeds::ENTITIES);
        let r = crate::analyse::analysis::find_events(&c, &e);
        let mut got: Vec<&str> = r.events.iter().map(|e| e.date.as_str()).collect();
        got.sort_unstable();
        assert_eq!(got, ["1987-09-15", "2016-03-02"], "{:#?}", r.events);
    }

    #[test]
    fn reports_of_the_same_happening_merge() {
        let files = [
            (
                "2026-01-05-a.txt",
                "Trump floats action\nU.S. President Donald Trump threatened Colombia on Sunday aboard Air Force One, calling Petro a sick man.\n",
            ),
            (
                "2026-01-07-b.txt",
                "Petro calls rally\nThe mobilisation follows Trump’s remarks aboard Air Force One on Sunday, when he described Petro as a sick man.\nPetro will speak on Wednesday in the main square of the city.\n",
            ),
        ];
        let c = Corpus::from_texts(&files);
        let (e, _) = crate::analyse::entities::parse("e", crate::seeds::ENTITIES);
        let r = crate::analyse::analysis::find_events(&c, &e);
        let got: Vec<(&str, usize)> = r
            .events
            .iter()
            .map(|e| (e.date.as_str(), e.sources.len()))
            .collect();
        assert_eq!(
            got,
            [("2026-01-04", 2), ("2026-01-07", 1)],
            "{:#?}",
            r.events
        );
        assert_eq!(
            r.events[0].sources,
            ["2026-01-05-a.txt#1", "2026-01-07-b.txt#1"]
        );
        assert!(r.events[0].entities.contains(&"Donald Trump".to_string()));
        assert!(r.events[0].entities.contains(&"Air Force One".to_string()));
    }

    #[test]
    fn a_selected_period_holds_its_own_events_and_those_of_longer_periods_around_it() {
        // Spanish copy of my own: a day, a week, a month and a year event.
        let files = [(
            "2026-03-18-a.txt",
            "El consejo vota\nEl consejo municipal aprobó el plan del agua el 16 de marzo de 2026. \
             La obra empezará en la semana del 9 de marzo de 2026, dijo la alcaldesa. \
             El contrato se firmó en marzo de 2026 con la empresa. \
             La ciudad espera terminar el puente en 2026.\n",
        )];
        let c = Corpus::from_texts(&files);
        let (e, _) = crate::analyse::entities::parse("e", "");
        let r = crate::analyse::analysis::find_events(&c, &e);
        let dated: Vec<(&str, Precision)> = r
            .events
            .iter()
            .map(|e| (e.date.as_str(), e.precision))
            .collect();
        assert!(dated.contains(&("2026-03-16", Precision::Day)), "{dated:?}");
        assert!(dated.contains(&("2026-03", Precision::Month)), "{dated:?}");
        assert!(dated.contains(&("2026", Precision::Year)), "{dated:?}");
        let labels = |label: &str| -> Vec<(&str, Within)> {
            r.in_period(label)
                .into_iter()
                .map(|(i, w)| (r.events[i].date.as_str(), w))
                .collect()
        };
        // The day: its own event inside, the month and year around it.
        let day = labels("2026-03-16");
        assert!(day.contains(&("2026-03-16", Within::Inside)), "{day:?}");
        assert!(day.contains(&("2026-03", Within::Around)), "{day:?}");
        assert!(day.contains(&("2026", Within::Around)), "{day:?}");
        // The month: the day inside it, the month itself, the year around.
        let month = labels("2026-03");
        assert!(month.contains(&("2026-03-16", Within::Inside)), "{month:?}");
        assert!(month.contains(&("2026-03", Within::Inside)), "{month:?}");
        assert!(month.contains(&("2026", Within::Around)), "{month:?}");
        // Another day of the month has no day event of its own.
        assert!(
            !labels("2026-03-20")
                .iter()
                .any(|(_, w)| *w == Within::Inside),
            "{:?}",
            labels("2026-03-20")
        );
        assert!(labels("not a period").is_empty());
        // The words the strip and the list use.
        // The week of 9 March: its day event inside, the month around it.
        assert_eq!(
            labels("2026-W11"),
            [
                ("2026", Within::Around),
                ("2026-03", Within::Around),
                ("2026-03-09", Within::Inside)
            ]
        );
        let (indices, count) = r.selected("2026-03-16");
        assert_eq!(indices.len(), day.len());
        assert_eq!(count, "1 event, and 1 of its month and 1 of its year");
        assert_eq!(count_text(0, &[]), "0 events");
    }

    #[test]
    fn reports_merge_only_with_an_entity_in_common_past_64_entities() {
        // Entities 1 and 65 share a bit of the merge's prefilter; only the
        // reports that name the same entity are one happening.
        let toml: String = (0..70)
            .map(|i| format!("[[entity]]\nname = \"Zorbl{i}\"\nkind = \"person\"\n\n"))
            .collect();
        let (e, warnings) = crate::analyse::entities::parse("e", &toml);
        assert!(warnings.is_empty() && e.len() == 70, "{warnings:?}");
        let line = |who: &str| {
            format!(
                "Title\nOn Monday {who} signed the water treaty with the river council in the capital.\n"
            )
        };
        let files = [
            ("2026-03-04-a.txt", line("Zorbl1")),
            ("2026-03-05-b.txt", line("Zorbl65")),
            ("2026-03-06-c.txt", line("Zorbl65")),
            ("2026-03-06-d.txt", line("Zorbl1")),
        ];
        let files: Vec<(&str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
        let r = crate::analyse::analysis::find_events(&Corpus::from_texts(&files), &e);
        let got: Vec<(&str, Vec<&str>, Vec<&str>)> = r
            .events
            .iter()
            .map(|x| {
                let names = x.entities.iter().map(String::as_str).collect();
                let sources = x.sources.iter().map(String::as_str).collect();
                (x.date.as_str(), names, sources)
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "2026-03-02",
                    vec!["Zorbl1"],
                    vec!["2026-03-04-a.txt#1", "2026-03-06-d.txt#1"]
                ),
                (
                    "2026-03-02",
                    vec!["Zorbl65"],
                    vec!["2026-03-05-b.txt#1", "2026-03-06-c.txt#1"]
                ),
            ]
        );
    }
}
