//! Entity discovery: the people, places and organisations a corpus names,
//! found in its own text. They join the entities a folder's
//! `entities.toml` lists ([`of_corpus`]); for a corpus with none they are
//! all there is.
//!
//! One pass over the capitals of the articles' paragraphs (titles and
//! lines where most words are capitalised — headlines, menus — are left
//! out: their capitals say nothing) collects the capitalised runs that
//! sentence position does not explain:
//!
//! - A name is a run of capitalised words, joined by spaces, a hyphen
//!   (`Jean-Luc`, and a short word between two: `Ille-et-Vilaine`) or an
//!   initial's dot (`George W. Bush`), with the
//!   connectors names carry between them (`Bank of America`, `Ejército de
//!   Liberación Nacional`, `Ursula von der Leyen`). A possessive ends it
//!   (`Petro's government` gives `Petro`); a digit, a punctuation mark or
//!   a lower-case word ends it.
//! - Titles and honorifics (`President`, `Sen.`, `Secretary of State`,
//!   `presidente`) are cut off and kept as evidence that a person follows;
//!   a title alone is no name. So are leading function words (`The`,
//!   `But`, `Según`), months and weekdays; nationality words (`Colombian`)
//!   and contractions (`He's`) are never names on their own.
//! - A run at the start of a sentence (or a quotation) keeps its first
//!   word if that word is also met inside a name elsewhere, or if what
//!   follows it is no name met elsewhere (`Serena Williams beat …`);
//!   otherwise the first word goes (`Critics Petro` gives `Petro`). A
//!   single word met mostly there needs a cue or the table.
//! - A text in German, where every noun is capitalised, gives only the
//!   names a title, a given name or the table vouches for, and words with
//!   a capital inside them (`ÖVP`, `AfD`, `TikTok`), which no noun has.
//!
//! The candidates are then merged into entities ([`discover`]): the same
//! name with and without accents; a place's names in English and Spanish
//! and the universal short forms (a bundled table, `data/places.txt`, and
//! [`UNIVERSAL`]: U.S. = United States = Estados Unidos); an acronym the
//! text introduces (`the National Liberation Army (ELN)`); a surname, or a
//! first and last name, to the one full name it abbreviates (`Petro`,
//! `Gustavo Francisco Petro` → `Gustavo Petro`) — a surname that two full
//! names share stays apart and is listed as ambiguous. Each entity gets a
//! kind (person, place, organisation, other) from the table, the words of
//! its name (`Ministry`, `Party`, `Inc.`; `Lake`, `Island`, `Street`) and
//! the cues around it (a title or role before it or after a comma, or its
//! surname used alone, for a person; "in", "at", "from" for a place); when
//! unsure, "other". Entities are ranked by how often and in
//! how many articles they were met. The word lists are data
//! (`data/name-words.txt`).
//!
//! Discovered aliases match only capitalised words (`match_case`), so
//! "Rice" is not "rice" and "La Paz" is not "la paz".

use crate::analyse::entities::{self, Entity};
use crate::analyse::mentions::SeriesSet;
use crate::analyse::query::{self, starts_upper};
use crate::read::corpus::{Article, Corpus, Warning};
use crate::read::dates::Day;
use crate::read::segment;
use crate::read::tokens;
use crate::wire::Wire;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;
use std::sync::OnceLock;

/// At most this many entities are kept (the most mentioned): they become
/// the chart's series.
pub const MAX_ENTITIES: usize = 300;

/// Universal names that are not places: an organisation's names and short
/// forms in English and Spanish, and in German (declined as the news
/// writes them: `der Vereinten Nationen`, `im Weißen Haus`), French,
/// Italian and Portuguese. The first is shown.
pub const UNIVERSAL: &[&[&str]] = &[
    &[
        "United Nations",
        "UN",
        "U.N.",
        "Naciones Unidas",
        "ONU",
        "Vereinte Nationen",
        "Vereinten Nationen",
        "Nations unies",
        "Nazioni Unite",
        "Nações Unidas",
    ],
    &[
        "European Union",
        "EU",
        "E.U.",
        "Unión Europea",
        "UE",
        "Europäische Union",
        "Europäischen Union",
        "Union européenne",
        "Unione europea",
        "União Europeia",
    ],
    &["NATO", "OTAN", "North Atlantic Treaty Organization"],
    &[
        "World Health Organization",
        "WHO",
        "OMS",
        "Organización Mundial de la Salud",
    ],
    &[
        "International Monetary Fund",
        "IMF",
        "FMI",
        "Fondo Monetario Internacional",
    ],
    &[
        "Organization of American States",
        "OAS",
        "OEA",
        "Organización de los Estados Americanos",
    ],
    &["Central Intelligence Agency", "CIA"],
    &["Federal Bureau of Investigation", "FBI"],
    &["Drug Enforcement Administration", "DEA"],
    &[
        "White House",
        "Casa Blanca",
        "Weiße Haus",
        "Weißen Haus",
        "Weißes Haus",
        "Maison Blanche",
        "Casa Bianca",
    ],
    &["Pentagon", "Pentágono"],
    &["Kremlin", "Kreml"],
    &["World Bank", "Banco Mundial", "Weltbank"],
    &[
        "European Commission",
        "Comisión Europea",
        "EU-Kommission",
        "Europäische Kommission",
        "Europäischen Kommission",
        "Commission européenne",
    ],
    &[
        "Red Cross",
        "Cruz Roja",
        "Rote Kreuz",
        "Roten Kreuz",
        "Rotes Kreuz",
    ],
    &["Hamas", "Hamás"],
    &["Hezbollah", "Hizbulá", "Hezbolá", "Hisbollah", "Hizbollah"],
    &["Taliban", "Talibán"],
    &[
        "Arab League",
        "Liga Árabe",
        "Arabische Liga",
        "Arabischen Liga",
        "Ligue arabe",
        "Lega araba",
    ],
    &[
        "European Parliament",
        "Parlamento Europeo",
        "Europäisches Parlament",
        "Europäischen Parlament",
        "Europäischen Parlaments",
        "Parlement européen",
        "Parlamento europeo",
        "Parlamento Europeu",
    ],
    &[
        "Security Council",
        "Consejo de Seguridad",
        "Sicherheitsrat",
        "Conseil de sécurité",
        "Consiglio di sicurezza",
        "Conselho de Segurança",
    ],
    &[
        "European Central Bank",
        "ECB",
        "Banco Central Europeo",
        "Europäische Zentralbank",
        "Europäischen Zentralbank",
        "EZB",
        "Banque centrale européenne",
        "Banca centrale europea",
    ],
];

/// What discovery found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Discovery {
    /// The entities, most met first, with their aliases (every form met,
    /// and the table's names of a known place or organisation).
    pub entities: Vec<Entity>,
    /// How often each entity was met as discovery counts it, by entity.
    pub met: Vec<usize>,
    /// Bare surnames that two or more full names share, neither met five
    /// times as often as the other: each is an entity of its own, joined
    /// to neither (`Williams` with `Serena Williams` and `Venus Williams`).
    pub ambiguous: Vec<String>,
}

/// Evidence gathered for one written form.
#[derive(Clone, Debug, Default)]
struct Stats {
    count: u32,
    articles: u32,
    last_article: u32,
    /// Met after a title or honorific.
    title: u32,
    /// Followed by a verb of saying.
    said: u32,
    /// Of those, not after "the" (`The Marines said` is a noun speaking).
    said_bare: u32,
    /// After "in", "at", "from", "en", "desde" …
    place: u32,
    /// Met at the start of a sentence or quotation.
    initial: u32,
    /// Followed by a number that it names with (`Local 90`, `Section
    /// 230`, `Apollo 11`), not a score (`Arsenal 2-1`).
    numbered: u32,
    /// Met in German, where a name takes an `s` in the genitive without
    /// an apostrophe (`Trumps Politik`).
    genitive: u32,
    /// Met alone right after a German article or a preposition with one
    /// (`der Anfang`, `am Ende`, `in Bezug auf`), or after English "the"
    /// (`the Marines`): a noun.
    determined: u32,
    /// Met in a language that declines names (Polish, Czech, Russian …),
    /// where `Iranu` and `Iranie` are `Iran` in other cases.
    declined: u32,
}

impl Stats {
    fn add(&mut self, o: &Stats) {
        self.count += o.count;
        self.initial += o.initial;
        self.articles += o.articles;
        self.title += o.title;
        self.said += o.said;
        self.said_bare += o.said_bare;
        self.place += o.place;
        self.numbered += o.numbered;
        self.genitive += o.genitive;
        self.determined += o.determined;
        self.declined += o.declined;
    }
}

/// The candidates of a corpus as the pass collects them.
#[derive(Default)]
struct Pass {
    /// Names met where their capitals are not explained by position.
    mid: FxHashMap<String, Stats>,
    /// Sequences met at the start of a sentence or quotation, whole.
    initial: FxHashMap<String, Stats>,
    /// Single capitalised words of German text that nothing vouched for,
    /// and the last word of such a run (`Festnahme Maduros`) and its first
    /// when it may be a genitive (`Trumps Politik`): most are nouns, but a
    /// surname of a name found elsewhere (`Hendel` of `Sebastian Hendel`)
    /// is a name.
    nouns: FxHashMap<String, Stats>,
    /// German runs of a given name, a word that may be a surname in the
    /// genitive and more capitals, whole (`Sebastian Hendels Karriere`,
    /// `Mario Vargas Llosa`): [`Pass::finish`] cuts them after the
    /// genitive unless their last word ends another name.
    genitives: FxHashMap<String, Stats>,
    /// Acronym → the names it was introduced after, with counts.
    acronyms: FxHashMap<String, FxHashMap<String, u32>>,
    /// The places that open an article as its dateline (`MILLBROOK —`,
    /// `LIMA, March 3 (Reuters) -`), as a name is written, with counts.
    datelines: FxHashMap<String, u32>,
    article: u32,
    name: String,
    /// The article capitalises every noun (German): only names a title
    /// or the bundled table vouches for are taken.
    capital_nouns: bool,
    /// The article is in a language that declines names (see
    /// [`declines_names`]).
    declines: bool,
    /// The article is in Turkish, where `de` and `da` ("also", "too")
    /// follow names and join none (`Bakan Yılmaz Tunç da Milas'ta …`).
    turkish: bool,
    /// Buffers reused from paragraph to paragraph.
    caps: Vec<usize>,
    words: Vec<(usize, usize)>,
}

/// Whether `a` is written in German, where every noun is capitalised: as
/// its page declares, else by its commonest words in its first paragraphs.
fn capitalises_nouns(a: &crate::read::corpus::Article) -> bool {
    if let Some(lang) = &a.language {
        return lang.get(..2).is_some_and(|l| l.eq_ignore_ascii_case("de"));
    }
    static FINDERS: OnceLock<Vec<memchr::memmem::Finder<'static>>> = OnceLock::new();
    let finders = FINDERS.get_or_init(|| {
        [" der ", " die ", " und ", " das ", " nicht ", " ist "]
            .iter()
            .map(|w| memchr::memmem::Finder::new(w.as_bytes()))
            .collect()
    });
    // The first 3,000 bytes or so.
    let mut hits = 0;
    let mut seen = 0;
    for p in &a.paragraphs {
        let b = &p.as_bytes()[..p.len().min(3000 - seen)];
        hits += finders
            .iter()
            .map(|f| f.find_iter(b).count())
            .sum::<usize>();
        seen += b.len();
        if seen >= 3000 {
            break;
        }
    }
    hits * 200 >= seen.max(1) && hits >= 4
}

/// Whether `a` is written in a Slavic language that declines names by
/// their endings (`Iran`, `Iranu`, `Iranie`, `Iranowi` in Polish; `Путин`,
/// `Путина`, `Путину` in Russian): as its page declares; else, for a text
/// that declares nothing, written mostly in Cyrillic, or with the letters
/// of Polish, Czech or Slovak and those languages' words.
fn declines_names(a: &crate::read::corpus::Article) -> bool {
    const DECLINING: [&str; 10] = ["pl", "cs", "sk", "sl", "hr", "sr", "bs", "ru", "uk", "be"];
    if let Some(lang) = &a.language {
        return lang
            .get(..2)
            .is_some_and(|l| DECLINING.iter().any(|d| l.eq_ignore_ascii_case(d)));
    }
    // The first 2,000 bytes or so, by their bytes: a Cyrillic letter's
    // UTF-8 starts with 0xD0 to 0xD3; Polish, Czech and Slovak letters
    // (`ł`, `ą`, `ę`, `ś`, `ż`, `ř`, `ě`, `ů`) with 0xC4 or 0xC5.
    let (mut cyrillic, mut letters, mut latin_ext) = (0usize, 0usize, 0usize);
    let mut seen = 0;
    for p in &a.paragraphs {
        let b = &p.as_bytes()[..p.len().min(2000 - seen)];
        for &c in b {
            match c {
                b'a'..=b'z' | b'A'..=b'Z' => letters += 1,
                0xD0..=0xD3 => {
                    letters += 1;
                    cyrillic += 1;
                }
                0xC4 | 0xC5 => {
                    letters += 1;
                    latin_ext += 1;
                }
                0xC0..=0xFF => letters += 1,
                _ => {}
            }
        }
        seen += b.len();
        if seen >= 2000 {
            break;
        }
    }
    if letters == 0 {
        return false;
    }
    if cyrillic * 2 > letters {
        return true;
    }
    latin_ext >= 3 && {
        let sample: String = a
            .paragraphs
            .iter()
            .take(4)
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(" ");
        crate::read::language::guess(&sample).is_some_and(|l| matches!(l, "pl" | "cs"))
    }
}

/// Whether `a` is in Turkish: as its page declares, else by the letters
/// only Turkic languages write (`ı`, `ğ`), three in its first paragraphs.
fn is_turkish(a: &crate::read::corpus::Article) -> bool {
    if let Some(lang) = &a.language {
        return lang.get(..2).is_some_and(|l| l.eq_ignore_ascii_case("tr"));
    }
    // (`ı` is C4 B1 in UTF-8, `ğ` C4 9F.)
    let marks: usize = a
        .paragraphs
        .iter()
        .take(4)
        .map(|p| {
            p.as_bytes()[..p.len().min(2000)]
                .windows(2)
                .filter(|w| matches!(w, [0xC4, 0xB1] | [0xC4, 0x9F]))
                .count()
        })
        .sum();
    marks >= 3
}

/// Endings of case that a name takes in the Slavic languages written in
/// Latin letters, as [`key_of`] folds them (`ą` is `a`), longest first.
/// (Not `-ów`: `Kraków` ends so in its own case.)
const LATIN_CASE_ENDINGS: [&str; 25] = [
    "iego", "iemu", "owie", "owi", "ovi", "ego", "emu", "iej", "ich", "ych", "imi", "ymi", "ami",
    "ach", "ie", "em", "om", "ou", "ej", "ym", "a", "e", "i", "u", "y",
];

/// Endings of case of names written in Cyrillic, longest first. (Not
/// `-ов`, `-ев`, `-ин`: `Лавров`, `Медведев`, `Путин` end so in their
/// own case.)
const CYRILLIC_CASE_ENDINGS: [&str; 32] = [
    "ией", "ами", "ями", "ого", "его", "ому", "ему", "ах", "ях", "ам", "ям", "ом", "ем", "ой",
    "ей", "ий", "ый", "ая", "яя", "ую", "юю", "ым", "им", "ию", "ия", "ии", "а", "я", "у", "ю",
    "е", "ы",
];

/// The gender a one-word Russian adjective's ending shows (`Высший`,
/// `Высшего`: masculine, `true`; `Высшая`, `Высшую`: feminine, `false`);
/// `None` for another word or an ending either has (`-ой`, `-ей`).
fn adjective_gender(form: &str) -> Option<bool> {
    if form.contains(' ') {
        return None;
    }
    const MASCULINE: [&str; 10] = [
        "ий", "ый", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем",
    ];
    const FEMININE: [&str; 4] = ["ая", "яя", "ую", "юю"];
    let w = form.to_lowercase();
    if w.chars().count() < 5 {
        return None;
    }
    if MASCULINE.iter().any(|e| w.ends_with(e)) {
        Some(true)
    } else if FEMININE.iter().any(|e| w.ends_with(e)) {
        Some(false)
    } else {
        None
    }
}

/// The stem of a name in a language that declines names: each word's key
/// without its ending of case (`Iranu`, `Iranie` and `Iran` are `iran`;
/// `Малайзии` and `Малайзия` are `малайз`), three letters left at least.
/// Words in capitals (`NATO`) and with digits keep their keys.
fn declined_stem(name: &str) -> String {
    declined_stem_with(name, true)
}

/// How surely a form of a declined name is its nominative, the case a
/// reader looks a name up by: two for each word that ends as a nominative
/// does (no ending of case, `Суд`, `Iran`, `Petr`; a masculine or
/// feminine adjective's, `Верховный`, `Kowalski`, `Высшая`; `Россия`), one
/// for an ending a nominative shares with other cases (`-a`: `Москва`,
/// `Fiala`, but also `Суда`, `Petra`), none for the rest (`Верховного
/// Суда`, `Iranie`, `Fialy`). Words in capitals or with digits count two
/// in every form. Averaged over the words (sixty for a name all of whose
/// words are nominatives), so that a longer form gains nothing by its
/// length: `Владимир Путин` met twice is named over `Владимир
/// Владимирович Путин` met once.
fn nominative_score(form: &str) -> u32 {
    let mut score = 0;
    let mut words = 0;
    let mut k = String::new();
    for (_, w) in tokens::words(form) {
        words += 1;
        k.clear();
        tokens::fold_into(w, &mut k);
        score += match case_ending(w, &k) {
            None => 2,
            Some("ий" | "ый" | "ая" | "яя" | "ия") => 2,
            Some("i" | "y") if ["sk", "ck"].iter().any(|s| k[..k.len() - 1].ends_with(s)) => 2,
            // (`-им`, `-ым`: an instrumental, or a name's own ending,
            // `Ибрагим`, `Максим`; `-ej` an adjective's case, or a given
            // name's, `Maciej`, `Andrzej`, `Ondřej`.)
            Some("a" | "а" | "я" | "ой" | "им" | "ым" | "ej" | "iej") => 1,
            Some(_) => 0,
        };
    }
    score * 30 / words.max(1)
}

/// The ending of case of a word `w` (folded: `k`) of a declined name,
/// three letters left at least; none for a word in capitals (`NATO`) or
/// with digits.
fn case_ending(w: &str, k: &str) -> Option<&'static str> {
    let fixed = w
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
        || w.bytes().any(|b| b.is_ascii_digit());
    if fixed {
        return None;
    }
    let endings: &[&'static str] = if k.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)) {
        &CYRILLIC_CASE_ENDINGS
    } else {
        &LATIN_CASE_ENDINGS
    };
    endings
        .iter()
        .copied()
        .find(|e| k.strip_suffix(e).is_some_and(|s| s.chars().count() >= 3))
}

/// [`declined_stem`], with or without the fleeting vowel dropped (the
/// table's names are looked up without).
fn declined_stem_with(name: &str, fleeting: bool) -> String {
    let mut out = String::with_capacity(name.len());
    let mut k = String::new();
    for (_, w) in tokens::words(name) {
        if !out.is_empty() {
            out.push(' ');
        }
        k.clear();
        tokens::fold_into(w, &mut k);
        let stem = &k[..k.len() - case_ending(w, &k).map_or(0, str::len)];
        if fleeting {
            out.push_str(&without_fleeting_vowel(stem));
        } else {
            out.push_str(stem);
        }
    }
    out
}

/// A name's key ([`key_of`]) with each word's fleeting vowel dropped, as
/// [`declined_stem`] drops it: what a name met outside the declining
/// languages is compared with (`Charles Michel` with `Charlese Michela`).
fn fleeting_key(name: &str) -> String {
    key_of(name)
        .split(' ')
        .map(without_fleeting_vowel)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A stem without the vowel that Slavic names drop in their other cases
/// (`Pavel`, `Pavla`; `Marek`, `Marka`; `Zbyněk`, `Zbyňka`; `Павел`,
/// `Павла`): an `e` between a consonant and a final `k`, `l` or `c`
/// goes. Both forms lose it (`Marcel` and `Marcela`'s stem `marcel` are
/// `marcl`), so a name without one keeps its forms together.
fn without_fleeting_vowel(stem: &str) -> std::borrow::Cow<'_, str> {
    let mut back = stem.char_indices().rev();
    if let (Some((_, last)), Some((at, e)), Some((_, before))) =
        (back.next(), back.next(), back.next())
        && stem.chars().count() >= 4
        && matches!(last, 'k' | 'l' | 'c' | 'к' | 'л' | 'ц')
        && matches!(e, 'e' | 'е')
        && before.is_alphabetic()
        && !matches!(
            before,
            'a' | 'e'
                | 'i'
                | 'o'
                | 'u'
                | 'y'
                | 'а'
                | 'е'
                | 'ё'
                | 'и'
                | 'о'
                | 'у'
                | 'ы'
                | 'э'
                | 'ю'
                | 'я'
                | 'ь'
                | 'ъ'
                | 'й'
        )
    {
        let mut out = String::with_capacity(stem.len());
        out.push_str(&stem[..at]);
        out.push(last);
        return std::borrow::Cow::Owned(out);
    }
    std::borrow::Cow::Borrowed(stem)
}

/// Whether a word has a capital after its first letter: an acronym
/// (`ÖVP`, `CDU`) or a brand's or a name's inner capital (`AfD`, `TikTok`,
/// `McAllister`), which no German noun has: in German text, a name.
fn inner_capital(w: &str) -> bool {
    let mut letters = w.chars().filter(|c| c.is_alphabetic());
    letters.next().is_some_and(char::is_uppercase) && letters.any(char::is_uppercase)
}

/// Whether a word starts at byte `i` (the character before is no part of
/// a word: `McDonald` and `O'Brien` are one word each; or it is of a
/// script without spaces, whose characters are words each, as `tokens`
/// cuts them: `フリーWi-Fi`).
fn word_starts_at(text: &str, i: usize) -> bool {
    let mut before = text[..i].chars().rev();
    match before.next() {
        None => true,
        Some(q @ ('\'' | '’')) => {
            // After a letter, a word starts only after an article cut
            // short (`l’Ukraine`, `dell'Italia`), as `tokens` cuts words.
            let head = &text[..i - q.len_utf8()];
            let word = head.trim_end_matches(char::is_alphabetic);
            word.len() == head.len()
                || text[i..]
                    .chars()
                    .next()
                    .is_some_and(|n| tokens::elided(&head[word.len()..], n))
        }
        Some(c) => !tokens::is_word_char(c) || tokens::in_unspaced_script(c),
    }
}

/// The word that ends before byte `p` (across separators), if any.
fn word_before(text: &str, p: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    // Plain ASCII: back over the marks (the full stop before a sentence's
    // first word, most often), then letters and digits back to a space.
    let mut end = p;
    while end > 0 && b[end - 1].is_ascii() && !b[end - 1].is_ascii_alphanumeric() {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && b[start - 1].is_ascii_alphanumeric() {
        start -= 1;
    }
    if start < end && (start == 0 || matches!(b[start - 1], b' ' | b'(' | b'"' | b'\n')) {
        return Some((start, end));
    }
    word_before_by_tokens(text, p)
}

/// [`word_before`] as `tokens` cuts words, for any text.
fn word_before_by_tokens(text: &str, p: usize) -> Option<(usize, usize)> {
    let head = &text[..p];
    let end = head
        .trim_end_matches(|c: char| !tokens::is_word_char(c))
        .len();
    if end == 0 {
        return None;
    }
    // Back to the start of that word as `tokens` cuts it: the last word of
    // a short window before it.
    let from = head[..end]
        .char_indices()
        .rev()
        .take(40)
        .last()
        .map_or(0, |(i, _)| i);
    tokens::words(&text[from..end])
        .last()
        .map(|(s, w)| (from + s, from + s + w.len()))
}

/// The next word at or after byte `from`, as `tokens` cuts it.
fn word_after(text: &str, from: usize) -> Option<(usize, usize)> {
    tokens::words(&text[from..])
        .next()
        .map(|(s, w)| (from + s, from + s + w.len()))
}

/// Whether the word at `p` begins a sentence or a quotation: the start of
/// the paragraph, after `.`, `!`, `?` or `…` (but not after an
/// abbreviation or an initial: `Sen. Rubio`, `U.S. Army`), or after an
/// opening quote or a colon.
fn starts_sentence(text: &str, p: usize) -> bool {
    // (The paragraph's first word, after a bullet or a dash, has no word
    // before it: the caller knows.)
    let head = text[..p].trim_end();
    let Some(last) = head.chars().next_back() else {
        return true;
    };
    if matches!(last, '"' | '“' | '‘' | '«' | ':' | '—' | '¿' | '¡') {
        return true;
    }
    let closed = head.trim_end_matches(['"', '”', '’', '\'', ')', ']', '»']);
    match closed.chars().next_back() {
        Some('.') => !tokens::before_is_abbreviation(&closed[..closed.len() - 1]),
        Some(c) => tokens::sentence_mark(c),
        _ => false,
    }
}

/// The entities of a corpus: those of its entities.toml files (merged in
/// input order; a later duplicate name is reported and skipped), then the
/// names discovered in its text that overlap none of theirs (see [`discover`]).
pub fn of_corpus(corpus: &Corpus) -> (Vec<Entity>, Vec<Warning>) {
    with_found(corpus, &discover(corpus))
}

/// As [`of_corpus`], with what [`discover`] found in `corpus` already at
/// hand: the entities its entities.toml files list, then those found
/// that these neither hide nor overlap. Discovery does not depend on the
/// lists, so an edited list is applied without discovering again.
pub fn with_found(corpus: &Corpus, found: &Discovery) -> (Vec<Entity>, Vec<Warning>) {
    let (mut all, warnings) = entities::listed(corpus);
    join(
        &mut all,
        without_hidden(found.entities.clone(), &entities::hidden(corpus)),
    );
    (all, warnings)
}

/// `found` without the entities whose name or an alias an entities.toml
/// hides.
fn without_hidden(found: Vec<Entity>, hidden: &[String]) -> Vec<Entity> {
    if hidden.is_empty() {
        return found;
    }
    let hidden: FxHashSet<String> = hidden.iter().map(|h| key_of(h)).collect();
    found
        .into_iter()
        .filter(|e| !e.aliases.iter().any(|a| hidden.contains(&key_of(a))))
        .collect()
}

/// Adds the discovered entities to the listed ones, except those whose
/// name or an alias overlaps a listed alias (one holds the other's
/// words): the listed entity's counts stay as written.
pub fn join(listed: &mut Vec<Entity>, discovered: Vec<Entity>) {
    let keys = |e: &Entity| -> Vec<String> {
        e.patterns
            .iter()
            .map(|p| {
                let words: Vec<&str> = p.iter().map(|w| w.key.as_str()).collect();
                format!(" {} ", words.join(" "))
            })
            .collect()
    };
    let taken: Vec<String> = listed.iter().flat_map(keys).collect();
    for d in discovered {
        let overlaps = keys(&d).iter().any(|k| {
            taken
                .iter()
                .any(|t| t.contains(k.as_str()) || k.contains(t.as_str()))
        });
        if !overlaps && !listed.iter().any(|e| e.name == d.name) {
            listed.push(d);
        }
    }
}

/// `dateline entities`: each entity of a corpus with its kind, its aliases
/// and how often each is met, its mentions, articles and days.
#[derive(Clone, Debug, Serialize)]
pub struct EntitiesReport {
    /// Most mentioned first.
    pub entities: Vec<EntityRow>,
    /// Bare surnames that two full names share: entities of their own,
    /// joined to neither.
    pub ambiguous: Vec<String>,
    /// The names its entities.toml files hide (`hide = [...]`).
    pub hidden: Vec<String>,
    /// Problems with entities.toml files, and the corpus's.
    pub warnings: Vec<Warning>,
}

/// One entity of an [`EntitiesReport`].
#[derive(Clone, Debug, Serialize)]
pub struct EntityRow {
    /// Its name (the series label).
    pub name: String,
    /// person, place, organisation, other (or group, as listed).
    pub kind: String,
    /// `entities.toml` when a file lists it, else `discovered`.
    pub source: &'static str,
    /// Each alias with its mentions (an occurrence counts for the longest
    /// alias that matches it).
    pub aliases: Vec<AliasCount>,
    /// Occurrences of all its aliases.
    pub mentions: usize,
    /// Articles that mention it.
    pub articles: usize,
    /// Days with an article that mentions it.
    pub days: usize,
    /// The first and last of those days.
    pub first_day: Option<Day>,
    /// See `first_day`.
    pub last_day: Option<Day>,
}

/// One alias and its mentions.
#[derive(Clone, Debug, Serialize)]
pub struct AliasCount {
    /// As written in the list or met in the text.
    pub alias: String,
    /// Occurrences it matched.
    pub mentions: usize,
}

/// The entities of `corpus` ([`of_corpus`]) counted alias by alias.
pub fn report(corpus: &Corpus) -> EntitiesReport {
    report_with(corpus, &discover(corpus))
}

/// As [`report`], with what [`discover`] found in `corpus` at hand.
pub fn report_with(corpus: &Corpus, found: &Discovery) -> EntitiesReport {
    let n_listed = entities::listed(corpus).0.len();
    let (all, mut warnings) = with_found(corpus, found);
    // One pseudo-entity per alias: the matcher's longest-match rule splits
    // each entity's occurrences among its aliases.
    let mut pseudo: Vec<Entity> = Vec::new();
    let mut owner: Vec<(usize, usize)> = Vec::new();
    for (i, e) in all.iter().enumerate() {
        for (j, a) in e.aliases.iter().enumerate() {
            let parsed = if e.match_case {
                query::parse_name(a).map(|p| vec![p])
            } else {
                query::parse(a).map(|q| q.alternatives)
            };
            let Ok(patterns) = parsed else { continue };
            pseudo.push(Entity {
                name: format!("{i}\u{1f}{j}"),
                kind: e.kind.clone(),
                aliases: vec![a.clone()],
                patterns,
                match_case: e.match_case,
            });
            owner.push((i, j));
        }
    }
    let (series, w) = SeriesSet::new(&[], &pseudo);
    warnings.extend(w);
    let counts = crate::analyse::analysis::count_mentions(corpus, &series, &pseudo);
    let mut rows: Vec<EntityRow> = all
        .iter()
        .enumerate()
        .map(|(i, e)| EntityRow {
            name: e.name.clone(),
            kind: e.kind.clone(),
            source: if i < n_listed {
                "entities.toml"
            } else {
                "discovered"
            },
            aliases: e
                .aliases
                .iter()
                .map(|a| AliasCount {
                    alias: a.clone(),
                    mentions: 0,
                })
                .collect(),
            mentions: 0,
            articles: 0,
            days: 0,
            first_day: None,
            last_day: None,
        })
        .collect();
    let mut days: Vec<std::collections::BTreeSet<Day>> = vec![Default::default(); all.len()];
    for a in &counts.articles {
        let mut seen = vec![false; all.len()];
        for (p, &(i, j)) in pseudo.iter().zip(&owner) {
            let n = a.counts.get(&p.name).copied().unwrap_or(0);
            if n == 0 {
                continue;
            }
            rows[i].aliases[j].mentions += n;
            rows[i].mentions += n;
            if !seen[i] {
                seen[i] = true;
                rows[i].articles += 1;
                if let Some(d) = a.date {
                    days[i].insert(d);
                }
            }
        }
    }
    for (r, d) in rows.iter_mut().zip(&days) {
        r.days = d.len();
        r.first_day = d.first().copied();
        r.last_day = d.last().copied();
    }
    rows.sort_by(|a, b| {
        b.mentions
            .cmp(&a.mentions)
            .then(b.articles.cmp(&a.articles))
    });
    EntitiesReport {
        entities: rows,
        ambiguous: found.ambiguous.clone(),
        hidden: entities::hidden(corpus),
        warnings: corpus.warnings.iter().cloned().chain(warnings).collect(),
    }
}

/// Discovers the entities of `corpus` (see the module notes). The same
/// corpus gives the same entities, natively and in WebAssembly.
///
/// A large corpus is read in consecutive parts on separate threads
/// (natively; one part in WebAssembly), whose candidates are added up
/// before they are merged: the result does not depend on the parts.
pub fn discover(corpus: &Corpus) -> Discovery {
    discover_with(&corpus.articles, Vec::new())
}

/// How many parts to read `articles` in: one per core, at most one per
/// 2 MB of text, one in WebAssembly.
fn parts_for(articles: &[Article]) -> usize {
    let bytes: usize = articles
        .iter()
        .map(crate::analyse::analysis::text_bytes)
        .sum();
    let cores = if cfg!(target_arch = "wasm32") {
        1
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    };
    cores.min(bytes / 2_000_000).max(1)
}

/// [`discover`] with the articles cut into (at most) `parts` consecutive
/// parts. The result is the same for any number of parts.
pub fn discover_in_parts(corpus: &Corpus, parts: usize) -> Discovery {
    read_in_parts(&corpus.articles, parts).finish()
}

/// The names of `articles` and of the articles after them whose
/// candidates `later` holds, in order ([`Candidates::of`], made where those
/// articles were read: the page's second worker): the same as
/// [`discover`] of all of them.
pub fn discover_with(articles: &[Article], later: Vec<Candidates>) -> Discovery {
    let mut all = read_in_parts(articles, parts_for(articles));
    for c in later {
        all.absorb(c.0);
    }
    all.finish()
}

/// What discovery met in some consecutive articles, before the names are
/// settled: the candidates of consecutive parts add up, so that one
/// instance of the engine can find the names of articles another read
/// ([`discover_with`]). They go between instances as bytes.
pub struct Candidates(Pass);

impl Candidates {
    /// The candidates of `articles`, read on this thread.
    pub fn of(articles: &[Article]) -> Candidates {
        Candidates(read_in_parts(articles, 1))
    }

    /// Adds the candidates of the articles after these.
    pub fn join(&mut self, later: Candidates) {
        self.0.absorb(later.0);
    }
}

crate::wire::wire_struct!(Stats {
    count,
    articles,
    last_article,
    title,
    said,
    said_bare,
    place,
    initial,
    numbered,
    genitive,
    determined,
    declined,
});

/// The candidates go as their five tables; the rest of a pass is its
/// reading state.
impl crate::wire::Wire for Candidates {
    fn put(&self, out: &mut Vec<u8>) {
        self.0.mid.put(out);
        self.0.initial.put(out);
        self.0.nouns.put(out);
        self.0.genitives.put(out);
        self.0.acronyms.put(out);
        self.0.datelines.put(out);
    }
    fn take(r: &mut crate::wire::Reader<'_>) -> Result<Self, crate::wire::Error> {
        Ok(Candidates(Pass {
            mid: Wire::take(r)?,
            initial: Wire::take(r)?,
            nouns: Wire::take(r)?,
            genitives: Wire::take(r)?,
            acronyms: Wire::take(r)?,
            datelines: Wire::take(r)?,
            ..Pass::default()
        }))
    }
}

/// The candidates of `articles`, read in (at most) `parts` consecutive
/// parts (on threads natively) and added up in order.
fn read_in_parts(articles: &[Article], parts: usize) -> Pass {
    // (Parts of about the same text, not the same number of articles: a
    // corpus in the order of its days has its long texts where its era had
    // them, and the pass ends with its slowest part.)
    let chunks: Vec<&[Article]> = crate::analyse::analysis::split(articles, parts)
        .into_iter()
        .map(|r| &articles[r])
        .collect();
    let read = |chunk: &[Article]| {
        let mut pass = Pass::default();
        for (i, a) in chunk.iter().enumerate() {
            pass.article = i as u32 + 1;
            pass.capital_nouns = capitalises_nouns(a);
            pass.declines = declines_names(a);
            pass.turkish = is_turkish(a);
            if let Some(place) = a.paragraphs.first().and_then(|p| dateline_place(p)) {
                *pass.datelines.entry(place).or_default() += 1;
            }
            for p in &a.paragraphs {
                pass.paragraph(p);
            }
        }
        pass
    };
    let passes: Vec<Pass> = if chunks.len() <= 1 {
        vec![read(articles)]
    } else {
        in_threads(&chunks, &read)
    };
    let mut passes = passes.into_iter();
    let mut all = passes.next().unwrap_or_default();
    for p in passes {
        all.absorb(p);
    }
    all
}

#[cfg(not(target_arch = "wasm32"))]
fn in_threads(
    chunks: &[&[crate::read::corpus::Article]],
    read: &(dyn Fn(&[crate::read::corpus::Article]) -> Pass + Sync),
) -> Vec<Pass> {
    std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .iter()
            .map(|&c| scope.spawn(move || read(c)))
            .collect();
        handles
            .into_iter()
            .zip(chunks)
            // A part whose thread panicked is read again here, so that the
            // panic surfaces on the caller's thread.
            .map(|(h, &c)| h.join().unwrap_or_else(|_| read(c)))
            .collect()
    })
}

#[cfg(target_arch = "wasm32")]
fn in_threads(
    chunks: &[&[crate::read::corpus::Article]],
    read: &(dyn Fn(&[crate::read::corpus::Article]) -> Pass + Sync),
) -> Vec<Pass> {
    chunks.iter().map(|&c| read(c)).collect()
}

/// The separator between two words of one name: spaces, a hyphen, or the
/// dot after an initial (`W. Bush`).
fn joins(sep: &str, prev: &str) -> bool {
    if sep == " " {
        return true;
    }
    // A hyphen joins a name's parts (`Jean-Luc`), not two names
    // (`U.S.-Colombia`, `Colombia-Venezuela`).
    if sep == "-" {
        return !tokens::is_caps(prev) && !table().by_key.contains_key(&key_of(prev));
    }
    // An ampersand between capitals, unspaced, is inside one name
    // (`CD&V`, `AT&T`, `S&P`), not between two (`Procter & Gamble` is
    // spaced).
    if sep == "&" {
        return !prev.is_empty() && prev.len() <= 4 && prev.bytes().all(|b| b.is_ascii_uppercase());
    }
    // After an article cut short, the noun (`Côte d'Ivoire`).
    if sep.is_empty() {
        return prev.ends_with(['\'', '’']);
    }
    if sep.contains(['\n', '\t']) {
        return false;
    }
    if sep.bytes().all(|b| b == b' ') {
        return true;
    }
    sep == ". " && prev.chars().count() == 1 && starts_upper(prev)
}

/// French "M." (Monsieur) before a surname whose full name has a first
/// name that is not an M.: `M. Macron` with `Emmanuel Macron` is Macron after
/// a title, not a second full name that would leave "Macron" to no one. (An
/// initial that fits, `M. Smith` with `Mary Smith`, stays.)
fn monsieur(mid: &mut FxHashMap<String, Stats>) {
    let mut firsts: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
    for name in mid.keys() {
        if let Some((first, last)) = name.split_once(' ')
            && !last.contains(' ')
            && first.chars().count() >= 2
            && !first.ends_with('.')
        {
            firsts.entry(last).or_default().push(first);
        }
    }
    let moves: Vec<String> = mid
        .keys()
        .filter(|name| {
            name.strip_prefix("M. ").is_some_and(|last| {
                firsts
                    .get(last)
                    .is_some_and(|f| f.iter().all(|first| !first.starts_with('M')))
            })
        })
        .cloned()
        .collect();
    for from in moves {
        if let Some(mut st) = mid.remove(&from) {
            st.title += st.count - st.title;
            mid.entry(from["M. ".len()..].to_string())
                .or_default()
                .add(&st);
        }
    }
}

/// A definite article of Spanish, French, Italian, German or Portuguese,
/// capitalised (`La`, `Les`, `Gli`, `Die`, `Os`).
fn is_capital_article(w: &str) -> bool {
    matches!(
        w,
        "La" | "Le"
            | "Les"
            | "El"
            | "Los"
            | "Las"
            | "Il"
            | "Lo"
            | "Gli"
            | "Die"
            | "Der"
            | "Das"
            | "O"
            | "A"
            | "Os"
            | "As"
    )
}

/// The capitalised article of a language that writes its institutions'
/// names without one, at the start of a sentence after a dateline's dash
/// ("SEVILLA, 2 mar (EFE) – La Confederación Hidrográfica del
/// Guadalquivir (CHG) ha declarado"), the first word after a quote or a
/// heading's: not the name's, when the rest is met without it or names a
/// body (`Confederación`, `Empresa`, `Guardia`); two words at least
/// (`La Liga`, `Le Monde`, `El Salvador` stay), and not a name of the
/// table (`Los Angeles`).
fn article_before(mid: &mut FxHashMap<String, Stats>, table: &Table) {
    let mut moves: Vec<(String, String)> = mid
        .keys()
        .filter_map(|name| {
            let (head, rest) = name.split_once(' ')?;
            let article = is_capital_article(head);
            let first_two = name.splitn(3, ' ').take(2).collect::<Vec<_>>().join(" ");
            (article
                && rest.contains(' ')
                && !table.by_key.contains_key(&key_of(name))
                && !table.by_key.contains_key(&key_of(&first_two))
                && (mid.contains_key(rest) || rest.split(' ').any(|w| has(F_ORG_WORDS, w))))
            .then(|| (name.clone(), rest.to_string()))
        })
        .collect();
    apply_moves(mid, &mut moves);
}

/// A ministry's or a department's domain before a name, written with a
/// capital after the role ("le ministre de l'Économie Bruno Le Maire", "la
/// consejera de Agricultura de la Junta de Andalucía"), is not the name's:
/// the name follows, a person's (met without it, or starting with a given
/// name) or one met on its own after "de la", "of the".
fn domain_before(mid: &mut FxHashMap<String, Stats>) {
    let mut moves: Vec<(String, String)> = mid
        .keys()
        .filter_map(|name| {
            let (head, rest) = name.split_once(' ')?;
            if !has(F_DOMAINS, head) {
                return None;
            }
            let (connectors, after) = past_connectors(rest);
            let to = if connectors == 0 {
                (after.contains(' ')
                    && (mid.contains_key(after) || after.split(' ').next().is_some_and(given_name)))
                .then_some(after)
            } else {
                (mid.contains_key(after) || table().by_key.contains_key(&key_of(after)))
                    .then_some(after)
            };
            to.filter(|t| starts_upper(t))
                .map(|t| (name.clone(), t.to_string()))
        })
        .collect();
    apply_moves(mid, &mut moves);
}

/// The words of `name` after its first connectors (`de la Junta` →
/// `Junta`), and how many there were.
fn past_connectors(name: &str) -> (usize, &str) {
    let mut rest = name;
    let mut connectors = 0;
    while let Some((w, r)) = rest.split_once(' ')
        && has(F_CONNECTORS, w)
    {
        rest = r;
        connectors += 1;
    }
    (connectors, rest)
}

/// An institution of a name, written with a capital (`el Gobierno de
/// Petro`, `segretario di Stato da Trump`, `le Gouvernement de Bayrou`), is
/// a mention of that name, met on its own elsewhere or ending another
/// name: not a name of its own, which would also make the surname seem to
/// be two people's.
fn institution_of(mid: &mut FxHashMap<String, Stats>) {
    // How many names end with each word.
    let mut last_words: FxHashMap<&str, u32> = FxHashMap::default();
    for k in mid.keys() {
        if let Some((_, last)) = k.rsplit_once(' ') {
            *last_words.entry(last).or_default() += 1;
        }
    }
    let moves: Vec<(String, String)> = mid
        .keys()
        .filter_map(|name| {
            let (head, rest) = name.split_once(' ')?;
            if !has(F_NOT_NAMES, head) {
                return None;
            }
            let (connectors, rest) = past_connectors(rest);
            // (Another name than this one.)
            let met = mid.contains_key(rest)
                || (!rest.contains(' ') && last_words.get(rest).is_some_and(|&n| n >= 2));
            (connectors > 0 && starts_upper(rest) && met).then(|| (name.clone(), rest.to_string()))
        })
        .collect();
    for (from, to) in moves {
        if let Some(st) = mid.remove(&from) {
            mid.entry(to).or_default().add(&st);
        }
    }
}

/// A person's name with a place of the table tacked on is the name:
/// `Marco Rubio of Florida` (met after a title or before "said"; also of a
/// name met on its own: `Sarah Whitfield of Lakeview Elementary`, `Tomas
/// Brandt of the Skerry Island Ferry Company`), and
/// `Florida Marco Rubio` ("in Florida Marco Rubio said") where the name is
/// met without it, or its surname alone. Not `Democratic Republic of Congo`
/// (no person's cue) nor
/// `Mexico City Council` (an organisation's word). Without `place_first`,
/// only what follows the name.
fn place_tacked_on(mid: &mut FxHashMap<String, Stats>, table: &Table, place_first: bool) {
    let is_place = |s: &str| {
        table
            .by_key
            .get(&key_of(s))
            .is_some_and(|&i| table.entries[i].1)
    };
    let name_like = |name: &str| {
        name.contains(' ')
            && !name.split(' ').any(|w| {
                has(F_ORG_WORDS, w)
                    || is_group_word(w)
                    || w.strip_suffix('s').is_some_and(|w| has(F_ORG_WORDS, w))
            })
    };
    let person = |name: &str, st: &Stats| st.title + st.said > 0 && name_like(name);
    let mut moves: Vec<(String, String)> = Vec::new();
    for (name, st) in mid.iter() {
        if let Some((head, tail)) = name.split_once(" of ")
            && name_like(head)
            && ((st.title + st.said > 0
                && (is_place(tail)
                    || mid.contains_key(tail)
                    // (With "the", the person is met on its own too: not
                    // `Pro Tem of the Senate`.)
                    || (mid.contains_key(head)
                        && tail
                            .strip_prefix("the ")
                            .is_some_and(|t| mid.contains_key(t)))))
                // (Or a given name and a surname "of" an organisation,
                // with no cue needed: `Jane Doe of Harvard University`,
                // `Maria Lopez of the Red Cross`; or a surname met on its
                // own: `Sammy Mahdi of CD&V` with "Mahdi said".)
                || (head.split(' ').count() <= 3
                    && (head.split(' ').next().is_some_and(given_name)
                        || {
                            // (The surname: its last word, or two, `De Wever`.)
                            let ws: Vec<&str> = head.split(' ').collect();
                            [1, 2].into_iter().filter(|&n| n < ws.len()).any(|n| {
                                mid.get(&ws[ws.len() - n..].join(" "))
                                    .is_some_and(|s| s.title + s.said + st.title + st.said > 0)
                            })
                        })
                    && (tail.starts_with("the ")
                        || tail.split(' ').any(|w| has(F_ORG_WORDS, w))
                        || (!tail.contains(' ')
                            && tail.chars().filter(|c| c.is_alphabetic()).count() >= 2
                            && !tail.chars().any(char::is_lowercase)))))
        {
            moves.push((name.clone(), head.to_string()));
        }
    }
    apply_moves(mid, &mut moves);
    if !place_first {
        return;
    }
    for name in mid.keys() {
        let words: Vec<&str> = name.split(' ').collect();
        for k in 1..=2 {
            if words.len() < k + 2 {
                break;
            }
            let (place, rest) = (words[..k].join(" "), words[k..].join(" "));
            // (Or the name after the place is two words, the last met on its
            // own: "il senatore della Florida Marco Rubio" … "Rubio".)
            let surname_alone = words.len() == k + 2
                && words[k..].iter().all(|w| starts_upper(w))
                && !words
                    .iter()
                    .any(|w| has(F_ORG_WORDS, w) || is_group_word(w))
                && words.last().is_some_and(|w| mid.contains_key(*w));
            if is_place(&place)
                && !is_place(name)
                && (mid.get(&rest).is_some_and(|st| person(&rest, st)) || surname_alone)
            {
                moves.push((name.clone(), rest));
                break;
            }
        }
    }
    apply_moves(mid, &mut moves);
}

/// Each name `from` counted as `to`, in order.
fn apply_moves(mid: &mut FxHashMap<String, Stats>, moves: &mut Vec<(String, String)>) {
    moves.sort();
    for (from, to) in moves.drain(..) {
        if let Some(st) = mid.remove(&from) {
            mid.entry(to).or_default().add(&st);
        }
    }
}

/// The place a paragraph opens with as a news dateline
/// ([`segment::dateline`]), as a name is written (`Millbrook`, `La
/// Crosse`): one to three words (all in capitals, or each capitalised),
/// then the dash (`MILLBROOK —`, `DUBLIN -- `, `WASHINGTON (Reuters) –`),
/// or a comma and a region or a day (`SEOUL, South Korea —`, `LA CROSSE,
/// Wis. (AP) —`, `PUTRAJAYA, Nov 22 —`, `Bogotá, 14 de febrero de 2025
/// (EFE).-`). None where a word is a month, a title or no name (`MARCH
/// —`).
fn dateline_place(p: &str) -> Option<String> {
    let d = segment::dateline(p)?;
    let name = d.place;
    let words: Vec<&str> = name.split_whitespace().collect();
    let caps = d.capitals;
    let never = F_NOT_NAMES | F_CALENDAR | F_TITLES | F_TITLE_HEADS | F_SAID;
    let word_ok = |w: &str| w.chars().count() >= 2 && flags(w) & never == 0;
    if words.len() > 3
        || !words.iter().all(|w| word_ok(w))
        || (words.len() == 1 && flags(name) & F_FUNCTION_WORDS != 0)
    {
        return None;
    }
    // A region (`Ore.`, `South Korea`) or a day (`Nov 22`, `14 de febrero
    // de 2025`) after the comma.
    if !d.after.is_empty() {
        let parts: Vec<&str> = d.after.split_whitespace().collect();
        let region = (1..=2).contains(&parts.len()) && parts.iter().all(|w| starts_upper(w));
        let day = parts.iter().any(|w| has(F_CALENDAR, w))
            && parts.iter().any(|w| w.bytes().any(|b| b.is_ascii_digit()));
        if !(region || day) {
            return None;
        }
    }
    // In capitals, the name as a name is written: `NEW YORK` → `New York`.
    Some(if caps {
        words
            .iter()
            .map(|w| {
                let mut out = String::new();
                let mut start = true;
                for c in w.chars() {
                    if start {
                        out.push(c);
                    } else {
                        out.extend(c.to_lowercase());
                    }
                    start = matches!(c, '-' | '\'' | '’' | '.');
                }
                out
            })
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        name.to_string()
    })
}

/// Whether the word at `w` (after a name and a comma) begins a role: a
/// lower-case role word of [`F_LOWER_TITLES`] that ends the clause
/// (`, treasurer.`, `, coach of …`), or `a`/`an` and one (`, a novelist`).
/// Not `, the president said` nor `, president Trump`: a clause of its own.
fn appositive_role(text: &str, (a, b): (usize, usize)) -> bool {
    let w = &text[a..b];
    let role = |w: &str| !starts_upper(w) && has(F_LOWER_TITLES, w);
    if matches!(w, "a" | "an") {
        return word_after(text, b).is_some_and(|(c, d)| &text[b..c] == " " && role(&text[c..d]));
    }
    role(w) && {
        let rest = &text[b..];
        rest.is_empty()
            || rest.starts_with([',', '.', ';', ')', '\n'])
            || [" of ", " at ", " for ", " and "]
                .iter()
                .any(|p| rest.starts_with(p))
    }
}

/// Bits of [`flags`]: which word lists a word is in.
const F_CONNECTORS: u32 = 1;
const F_PERSON_CONNECTORS: u32 = 1 << 1;
const F_FUNCTION_WORDS: u32 = 1 << 2;
const F_TITLES: u32 = 1 << 3;
const F_TITLE_HEADS: u32 = 1 << 4;
const F_LOWER_TITLES: u32 = 1 << 5;
const F_SAID: u32 = 1 << 6;
const F_PLACE_CUES: u32 = 1 << 7;
const F_ORG_WORDS: u32 = 1 << 8;
const F_CALENDAR: u32 = 1 << 9;
const F_GROUP_WORDS: u32 = 1 << 10;
const F_NOT_NAMES: u32 = 1 << 11;
const F_SUFFIXES: u32 = 1 << 12;
const F_PLACE_HEADS: u32 = 1 << 13;
const F_PLACE_TAILS: u32 = 1 << 14;
const F_GIVEN_NAMES: u32 = 1 << 15;
const F_COMPASS: u32 = 1 << 16;
const F_DOMAINS: u32 = 1 << 17;
const F_PLACE_NOUNS: u32 = 1 << 18;

/// A given name that starts a person's name (`Sebastian` of `Sebastian
/// Hendel`): in the list (accents aside), and in no list that makes it something else (a
/// title, a month, a function word) nor a place of the table.
fn given_name(w: &str) -> bool {
    // (Written with or without its accents: `Álvaro` as `alvaro`.)
    let f = flags(w)
        | if w.is_ascii() {
            0
        } else {
            flags(&key_of(w)) & F_GIVEN_NAMES
        };
    f & F_GIVEN_NAMES != 0
        && f & (F_TITLES
            | F_TITLE_HEADS
            | F_FUNCTION_WORDS
            | F_CALENDAR
            | F_GROUP_WORDS
            | F_NOT_NAMES
            | F_ORG_WORDS
            | F_PLACE_HEADS)
            == 0
        && !table().by_key.contains_key(&key_of(w))
}

/// Every listed word (lower case) → the lists it is in, from
/// `data/name-words.txt`.
fn lexicon() -> &'static FxHashMap<&'static str, u32> {
    static LEXICON: OnceLock<FxHashMap<&'static str, u32>> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut m: FxHashMap<&'static str, u32> = FxHashMap::default();
        let mut flag = 0;
        for line in include_str!("data/name-words.txt").lines() {
            let line = line.trim();
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            if let Some(section) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                flag = match section {
                    "connectors" => F_CONNECTORS,
                    "person-connectors" => F_PERSON_CONNECTORS,
                    "function-words" => F_FUNCTION_WORDS,
                    "title-words" => F_TITLES,
                    "titles" => F_TITLE_HEADS,
                    "lower-titles" => F_LOWER_TITLES,
                    "said" => F_SAID,
                    "place-cues" => F_PLACE_CUES,
                    "organisation-words" => F_ORG_WORDS,
                    "calendar" => F_CALENDAR,
                    "group-words" => F_GROUP_WORDS,
                    "not-names" => F_NOT_NAMES,
                    "suffixes" => F_SUFFIXES,
                    "place-heads" => F_PLACE_HEADS,
                    "place-tails" => F_PLACE_TAILS,
                    "given-names" => F_GIVEN_NAMES,
                    "compass" => F_COMPASS,
                    "domains" => F_DOMAINS,
                    "place-nouns" => F_PLACE_NOUNS,
                    _ => 0,
                };
                continue;
            }
            for w in line.split_whitespace() {
                *m.entry(w).or_default() |= flag;
            }
        }
        m
    })
}

/// For each length up to 24 bytes and each first byte (ASCII folded to
/// lower case, others as they are, modulo 64), the last bytes (modulo 64)
/// of the listed words: most words are in no list and are turned away
/// here, without hashing.
fn prefilter() -> &'static [[u64; 64]; 25] {
    static FILTER: OnceLock<Box<[[u64; 64]; 25]>> = OnceLock::new();
    FILTER.get_or_init(|| {
        let mut f = Box::new([[0u64; 64]; 25]);
        for w in lexicon().keys() {
            let b = w.as_bytes();
            if let (Some(&first), Some(&last)) = (b.first(), b.last())
                && b.len() <= 24
            {
                f[b.len()][usize::from(first.to_ascii_lowercase() & 63)] |=
                    1 << (last.to_ascii_lowercase() & 63);
            }
        }
        f
    })
}

/// A word of one to sixteen ASCII bytes with no apostrophe, in lower
/// case, as a number (None for any other word): its first and last eight
/// bytes (four for a word of four to seven, each byte below four), which
/// between them hold every byte, each with the bit of lower case set. That
/// bit lowers the capitals and leaves the digits and the marks a word holds
/// (`.`, `-`, `&`) as they are. The length, kept with them, tells apart two
/// words whose bytes overlap alike. (The words of a text are looked up
/// millions of times.)
fn packed(b: &[u8]) -> Option<u128> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    const QUOTES: u64 = 0x2727_2727_2727_2727;
    const LOWER: u64 = 0x2020_2020_2020_2020;
    // (Whether a byte of `x` is zero, exactly.)
    let any_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH != 0;
    let n = b.len();
    let (lo, hi) = match n {
        8..=16 => (
            u64::from_le_bytes(b[..8].try_into().unwrap_or_default()),
            u64::from_le_bytes(b[n - 8..].try_into().unwrap_or_default()),
        ),
        4..=7 => {
            let lo = u32::from_le_bytes(b[..4].try_into().unwrap_or_default());
            let hi = u32::from_le_bytes(b[n - 4..].try_into().unwrap_or_default());
            let both = u64::from(lo) | (u64::from(hi) << 32);
            (both, both)
        }
        1..=3 => {
            let mut x = 0u64;
            for (i, &c) in b.iter().enumerate() {
                x |= u64::from(c) << (8 * i);
            }
            // (The bytes not filled are a letter's: no apostrophe.)
            let filled = (1u64 << (8 * n)) - 1;
            let x = x | (!filled & 0x6161_6161_6161_6161);
            (x, x)
        }
        _ => return None,
    };
    if (lo | hi) & HIGH != 0 || any_zero(lo ^ QUOTES) || any_zero(hi ^ QUOTES) {
        return None;
    }
    // (The length goes in the top bits of the first five bytes, which
    // ASCII leaves clear.)
    const LENGTHS: [u64; 17] = {
        let mut t = [0u64; 17];
        let mut n = 0;
        while n < 17 {
            let mut i = 0;
            while i < 5 {
                t[n] |= ((n as u64 >> i) & 1) << (8 * i + 7);
                i += 1;
            }
            n += 1;
        }
        t
    };
    Some(u128::from(lo | LOWER | LENGTHS[n]) | (u128::from(hi | LOWER) << 64))
}

/// [`lexicon`]'s words of at most sixteen ASCII bytes with no apostrophe,
/// by [`packed`], in an open-addressing table a sixth full: a look-up is a
/// multiplication and, most of the time, one comparison.
struct ShortLexicon {
    keys: Box<[u128]>,
    flags: Box<[u32]>,
}

const SHORT_SLOTS: usize = 1 << 14;

impl ShortLexicon {
    fn slot(k: u128) -> usize {
        // (The halves are equal for a word of four to seven bytes: one is
        // mixed before they meet.)
        let (lo, hi) = (k as u64, (k >> 64) as u64);
        ((lo.wrapping_mul(0xFF51_AFD7_ED55_8CCD) ^ hi).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 50)
            as usize
    }

    fn get(&self, k: u128) -> u32 {
        let mut i = Self::slot(k);
        loop {
            match self.keys[i] {
                0 => return 0,
                key if key == k => return self.flags[i],
                _ => i = (i + 1) % SHORT_SLOTS,
            }
        }
    }
}

fn short_lexicon() -> &'static ShortLexicon {
    static SHORT: OnceLock<ShortLexicon> = OnceLock::new();
    SHORT.get_or_init(|| {
        let mut t = ShortLexicon {
            keys: vec![0; SHORT_SLOTS].into_boxed_slice(),
            flags: vec![0; SHORT_SLOTS].into_boxed_slice(),
        };
        for (w, &f) in lexicon() {
            let Some(k) = packed(w.as_bytes()) else {
                continue;
            };
            let mut i = ShortLexicon::slot(k);
            while t.keys[i] != 0 {
                i = (i + 1) % SHORT_SLOTS;
            }
            t.keys[i] = k;
            t.flags[i] = f;
        }
        debug_assert!(t.keys.iter().filter(|&&k| k != 0).count() * 3 < SHORT_SLOTS);
        t
    })
}

/// The lists `w` is in, case aside (no allocation for an ASCII word).
fn flags(w: &str) -> u32 {
    let b = w.as_bytes();
    // Most words: ASCII, at most sixteen bytes, no apostrophe. Those that
    // the length, first and last letters already turn away are not looked
    // up.
    if let Some(k) = packed(b) {
        let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
            return 0;
        };
        if prefilter()[b.len()][usize::from(first.to_ascii_lowercase() & 63)]
            & (1 << (last.to_ascii_lowercase() & 63))
            == 0
        {
            return 0;
        }
        return short_lexicon().get(k);
    }
    // A contraction is its first word's (`He's`, `I'm`, `We'll`); `n't`
    // makes a function word (`Don't`).
    if b.iter().any(|&c| c == b'\'' || c == 0xE2)
        && let Some(at) = w.rfind(['\'', '’'])
    {
        let (head, tail) = (&w[..at], &w[at..]);
        let tail = tail.trim_start_matches(['\'', '’']);
        // An article cut short (`d’` of `Côte d’Ivoire`): as listed, with
        // the straight apostrophe.
        if tail.is_empty() && w.ends_with('’') {
            return flags(&format!("{head}'"));
        }
        // A French or Italian article or pronoun elided before a noun
        // (`L’incontro`, `D’après`, `C’est`), not `O’Brien` or `L’Oréal`.
        if matches!(
            head,
            "L" | "D" | "C" | "J" | "N" | "S" | "Qu" | "Un" | "Dell" | "Nell" | "All"
        ) && tail.starts_with(char::is_lowercase)
        {
            return F_FUNCTION_WORDS;
        }
        match tail.to_ascii_lowercase().as_str() {
            "t" => return F_FUNCTION_WORDS,
            "s" | "m" | "ve" | "ll" | "re" | "d" => return flags(head),
            _ => {}
        }
    }

    let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
        return 0;
    };
    // (A non-ASCII letter's lower case may differ in length: only ASCII
    // words are turned away.)
    if w.len() > 24
        || (w.is_ascii()
            && prefilter()[b.len()][usize::from(first.to_ascii_lowercase() & 63)]
                & (1 << (last.to_ascii_lowercase() & 63))
                == 0)
    {
        return 0;
    }
    let lex = lexicon();
    if w.is_ascii() {
        let mut buf = [0u8; 24];
        let b = &mut buf[..w.len()];
        b.copy_from_slice(w.as_bytes());
        b.make_ascii_lowercase();
        // (ASCII stays UTF-8.)
        std::str::from_utf8(b).map_or(0, |l| lex.get(l).copied().unwrap_or(0))
    } else {
        lex.get(w.to_lowercase().as_str()).copied().unwrap_or(0)
    }
}

/// In the words of a German name that starts with a given name, the
/// first after it that may be a surname in the genitive (`Hendels` of
/// `Sebastian Hendels Karriere`), not the last one nor a second given
/// name (`Christina Markus Lassen`).
fn genitive_at<'a>(words: impl Iterator<Item = &'a str>) -> Option<usize> {
    let words: Vec<&str> = words.collect();
    let n = words.len();
    (1..n.saturating_sub(1))
        .find(|&x| words[x].len() > 2 && words[x].ends_with('s') && !given_name(words[x]))
}

/// Whether `w` is in the list of `flag`.
fn has(flag: u32, w: &str) -> bool {
    flags(w) & flag != 0
}

fn is_group_word(w: &str) -> bool {
    has(F_GROUP_WORDS, w) || w.strip_suffix('s').is_some_and(|b| has(F_GROUP_WORDS, b))
}

/// The bundled table: folded name → (its entry, kind is place).
struct Table {
    entries: Vec<(Vec<&'static str>, bool)>,
    by_key: FxHashMap<String, usize>,
    /// The lower-case words inside its names that are no connector of
    /// names: `es` of `Dar es Salaam`, `and` of `Bosnia and Herzegovina`.
    links: Vec<&'static str>,
}

/// The place of the table that a one-word form names in another case,
/// by the nominative its ending makes: Russian `Малайзии`, `Малайзию`,
/// `Малайзией` are `Малайзия`'s (the cases of a noun in `-ия`); `Москвы`,
/// `Москве`, `Москву` are `Москва`'s; Czech `Česka`, `Česku`, `Českem`
/// are `Česko`'s (a neuter in `-sko` or `-cko`; not the adjective
/// `Česká`, whose `á` is long). Nothing else: `Франца` (Franz) is not
/// `Франция`, nor `Росса` (Ross) `Россия`, nor `Колумба` `Колумбия`.
fn table_nominative(form: &str) -> Option<usize> {
    // (A name of the table is in its own case: Polish `Polska` is no
    // other case of Czech `Polsko`.)
    if form.contains(' ') || table().by_key.contains_key(&key_of(form)) {
        return None;
    }
    let lower = form.to_lowercase();
    let named = |stem: &str, end: &str| {
        (stem.chars().count() >= 3)
            .then(|| {
                table()
                    .by_key
                    .get(&key_of(&format!("{stem}{end}")))
                    .copied()
            })
            .flatten()
    };
    const CYRILLIC: [(&str, &str); 7] = [
        ("ией", "ия"),
        ("ии", "ия"),
        ("ию", "ия"),
        ("ой", "а"),
        ("ы", "а"),
        ("е", "а"),
        ("у", "а"),
    ];
    CYRILLIC
        .iter()
        .find_map(|(e, n)| named(lower.strip_suffix(e)?, n))
        .or_else(|| {
            ["em", "a", "u"].iter().find_map(|e| {
                let stem = lower.strip_suffix(e)?;
                (stem.ends_with("sk") || stem.ends_with("ck"))
                    .then(|| named(stem, "o"))
                    .flatten()
            })
        })
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut entries: Vec<(Vec<&'static str>, bool)> = include_str!("data/places.txt")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| (l.split(" | ").map(str::trim).collect(), true))
            .collect();
        entries.extend(UNIVERSAL.iter().map(|e| (e.to_vec(), false)));
        let mut by_key = FxHashMap::default();
        let mut links = Vec::new();
        for (i, (names, _)) in entries.iter().enumerate() {
            for n in names {
                by_key.entry(key_of(n)).or_insert(i);
                let words: Vec<&str> = n.split(' ').collect();
                for &w in words.iter().take(words.len().saturating_sub(1)).skip(1) {
                    if w.starts_with(char::is_lowercase)
                        && !has(F_CONNECTORS, w)
                        && !links.contains(&w)
                    {
                        links.push(w);
                    }
                }
            }
        }
        Table {
            entries,
            by_key,
            links,
        }
    })
}

/// A given name's key ([`key_of`]) as the languages that spell a Russian
/// or Ukrainian name each their way all write it: `wladimir` and
/// `vladimir`, `sergej`, `sergey` and `sergei`, `aleksei` and `alexej`,
/// `jewgeni` and `yevgeni` are one.
fn spelled_alike(given: &str) -> String {
    given
        .replace("ks", "x")
        .chars()
        .map(|c| match c {
            'w' => 'v',
            'j' | 'y' => 'i',
            c => c,
        })
        .collect()
}

/// Whether a word is a Roman numeral of two to forty (`II`, `XIV`): a
/// monarch's or a pope's number.
fn roman_numeral(w: &str) -> bool {
    const UNITS: [&str; 10] = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
    let tens = w.bytes().take_while(|&b| b == b'X').count();
    w.len() >= 2 && tens <= 3 && UNITS.contains(&&w[tens..])
}

/// The matching key of a name: its words folded, joined by spaces.
fn key_of(name: &str) -> String {
    let mut k = String::with_capacity(name.len());
    for (_, w) in tokens::words(name) {
        if !k.is_empty() {
            k.push(' ');
        }
        // (Initials with their dots are the same as without: `J.D. Vance`
        // is `JD Vance`.)
        if dotted_initials(w) {
            k.extend(w.chars().filter(|&c| c != '.').flat_map(char::to_lowercase));
            continue;
        }
        tokens::fold_into(w, &mut k);
    }
    k
}

/// Two to four letters, each with a dot after it: `J.D.`, `U.N.`.
fn dotted_initials(w: &str) -> bool {
    let b = w.as_bytes();
    (4..=8).contains(&b.len())
        && b.len().is_multiple_of(2)
        && b.chunks(2)
            .all(|p| p[0].is_ascii_alphabetic() && p[1] == b'.')
}

/// Whether most words of `text` that have letters (seven in ten), four at
/// least, are written in capitals ("JAPAN", not "Japan"; "I" and "A" count
/// as neither): a headline's sentence, not a section's name ("BUREAU OF
/// CORPORATIONS.", which names what its section is about).
fn in_capitals(text: &str) -> bool {
    let (mut lettered, mut capitals) = (0, 0);
    for w in text.split_whitespace() {
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        if letters == 0 {
            continue;
        }
        lettered += 1;
        capitals += usize::from(letters >= 2 && !w.chars().any(char::is_lowercase));
    }
    lettered >= 4 && capitals * 10 >= lettered * 7
}

impl Pass {
    /// Collects the candidates of one paragraph. Only its capitals are
    /// looked at (eight bytes at a time between them), and the words
    /// around each: most of a text is never cut into words here.
    fn paragraph(&mut self, text: &str) {
        use crate::read::tokens::{HI, in_range};
        let b = text.as_bytes();
        let mut caps = std::mem::take(&mut self.caps);
        caps.clear();
        let mut i = 0;
        while i < b.len() {
            if let Some(eight) = b.get(i..i + 8) {
                let mut bytes = [0u8; 8];
                bytes.copy_from_slice(eight);
                let x = u64::from_le_bytes(bytes);
                let m = in_range(x, b'A', b'Z') | (x & HI);
                if m == 0 {
                    i += 8;
                    continue;
                }
                i += (m.trailing_zeros() / 8) as usize;
            }
            let c = b[i];
            if c.is_ascii_uppercase() {
                if word_starts_at(text, i) {
                    caps.push(i);
                }
                i += 1;
            } else if c >= 0x80 {
                let ch = text[i..].chars().next().unwrap_or(' ');
                if ch.is_uppercase() && word_starts_at(text, i) {
                    caps.push(i);
                }
                i += ch.len_utf8();
            } else {
                i += 1;
            }
        }
        // A headline or a menu line: most words capitalised. (Its words
        // are counted only for a line that ends no sentence.)
        let ends_sentence = text
            .trim_end()
            .ends_with(['.', '!', '?', '…', '"', '”', '’', ')', ':', ';']);
        // A line in capitals is a headline even when it ends with a stop
        // ("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .",
        // wire copy's): its case tells no name from a word.
        let headline = {
            let words = memchr::memchr_iter(b' ', b).count() + 1;
            words >= 2
                && caps.len() * 10 >= words * 7
                && (!ends_sentence || words <= 40 && in_capitals(text))
        };
        if !headline {
            let mut done = 0;
            for &p in &caps {
                if p >= done {
                    done = self.run_at(text, p);
                }
            }
        }
        self.caps = caps;
    }

    /// The name that may start at the capital at `p`: the words from there
    /// while they can belong to one name, and one word on each side for
    /// the cues. The end of what was read (a capital before it belongs to
    /// the same run).
    fn run_at(&mut self, text: &str, p: usize) -> usize {
        let first_end = tokens::word_end(text, p);
        // The commonest capitals, a function word starting a sentence
        // (`The`, `It`, `In`) or a single letter (`I`, `A`), before a word
        // that cannot continue a name: no candidate, as `sequence` would
        // decide, without looking at their surroundings (a function word
        // after a lower-case "the" may start a name: the long way).
        let one = &text[p..first_end];
        // A French or Italian article cut short (`L’` of `L’Ukraine`,
        // `Un’` of `Un’altra`) starts no name.
        if one.ends_with(['\'', '’']) {
            return first_end;
        }
        if one.len() == 1 || flags(one) & F_FUNCTION_WORDS != 0 {
            let continues = word_after(text, first_end).is_some_and(|(a, b)| {
                let next = &text[a..b];
                joins(&text[first_end..a], one) && (starts_upper(next) || has(F_CONNECTORS, next))
            });
            if !continues
                && (one.len() == 1
                    || word_before(text, p).is_none_or(|(a, b)| &text[a..b] != "the"))
            {
                return first_end;
            }
        }
        let mut words = std::mem::take(&mut self.words);
        words.clear();
        let mut before = word_before(text, p);
        // An Arabic article joined to the name is the name's (`al-Qaida`,
        // `al-Assad`, as `Bashar al-Assad` writes it).
        let mut p = p;
        if let Some((a, b)) = before
            && b + 1 == p
            && text.as_bytes()[b] == b'-'
            && matches!(&text[a..b], "al" | "el")
        {
            before = word_before(text, a);
            p = a;
        }
        words.extend(before);
        let first = words.len();
        words.push((p, first_end));
        // The words that may continue the name, and the one after.
        while words.len() < first + 16 {
            let Some(&(_, last_end)) = words.last() else {
                break;
            };
            let Some(next) = word_after(text, last_end) else {
                break;
            };
            let w = &text[next.0..next.1];
            let sep = &text[last_end..next.0];
            words.push(next);
            let last = &text[words[words.len() - 2].0..last_end];
            // (A capital continues the name; the rest is weighed only for
            // a word in lower case.)
            let continues = starts_upper(w) || {
                let and_in_org = matches!(w, "y" | "e" | "i")
                    && words[first..words.len() - 1]
                        .iter()
                        .any(|&(a, b)| has(F_ORG_WORDS, &text[a..b]));
                // (A short word between hyphens: `Ille-et-Vilaine`.)
                let hyphened = sep == "-"
                    && w.len() <= 4
                    && w.chars().all(char::is_lowercase)
                    && text[next.1..].starts_with('-');
                let for_in_org = w == "for" && has(F_ORG_WORDS, last);
                // (Turkish "de" and "da" are "too", not connectors: `Bakan
                // Yılmaz Tunç da Milas'ta`; the run ends before them, so the
                // loop below never meets them.)
                let connector = has(F_CONNECTORS, w) && !(self.turkish && matches!(w, "de" | "da"));
                connector || and_in_org || hyphened || for_in_org || table().links.contains(&w)
            };
            if !joins(sep, last) || !continues {
                break;
            }
        }
        let word = |i: usize| &text[words[i].0..words[i].1];
        let sep = |i: usize| &text[words[i - 1].1..words[i].0];
        let n = words.len();
        let start = first;
        let mut end = first + 1;
        let mut j = first + 1;
        while j < n && joins(sep(j), word(j - 1)) {
            if starts_upper(word(j)) {
                end = j + 1;
                j += 1;
                continue;
            }
            // Up to two connectors, then a capitalised word. (In an
            // institution's name "and" joins too: `Ministerio de Ciencia y
            // Tecnología`, `Instituto Português do Mar e da Atmosfera`; not
            // between two people, `Helena Duarte e Rui Sampaio`.)
            let mut k = j;
            while k < n
                && k < j + 2
                && (has(F_CONNECTORS, word(k))
                    // (A short word between hyphens: `Ille-et-Vilaine`,
                    // `Aix-en-Provence`, `Stratford-upon-Avon`.)
                    || (sep(k) == "-"
                        && k + 1 < n
                        && sep(k + 1) == "-"
                        && word(k).len() <= 4
                        && word(k).chars().all(char::is_lowercase))
                    || (k == j
                        && matches!(word(k), "y" | "e" | "i")
                        && (start..j).any(|x| has(F_ORG_WORDS, word(x))))
                    // (A British body's "for" after its kind: `Office for
                    // Budget Responsibility`, `Department for Education`.)
                    || (k == j && word(k) == "for" && has(F_ORG_WORDS, word(j - 1)))
                    // (A word inside a place's name of the table: `Dar es
                    // Salaam`, `Trinidad and Tobago`; not `Colombia and
                    // Venezuela`.)
                    || (k == j
                        && k + 1 < n
                        && table().links.contains(&word(k))
                        && joins(sep(k + 1), word(k))
                        && (start..j).any(|x| {
                            table()
                                .by_key
                                .contains_key(&key_of(&text[words[x].0..words[k + 1].1]))
                        })))
                && (word(k) != "the" || (k > j && word(k - 1) == "of"))
                // Spanish "al" ("to the") after a place or before a body's
                // name ("en Madrid al Ministerio de Agricultura") is no
                // Arabic particle (`Bashar al Assad`).
                && !(word(k) == "al"
                    && (table().by_key.contains_key(&key_of(word(k - 1)))
                        || (k + 1 < n && has(F_ORG_WORDS | F_TITLE_HEADS, word(k + 1)))))
                // In German an article joins a name only after `von` or
                // `van` (`von der Leyen`), not a noun after a name
                // (`Ahmed Kaballo den Spuren … nachgeht`).
                && !(self.capital_nouns
                    && matches!(word(k), "der" | "den" | "des")
                    && !(k > j && matches!(word(k - 1), "von" | "van" | "zu")))
                // And a particle only after a given name (`Ursula von der
                // Leyen`, `Karl-Theodor zu Guttenberg`), not after a
                // surname (`Meghan Markle von der Royalen Familie`).
                && !(self.capital_nouns
                    && k == j
                    && matches!(word(k), "von" | "van" | "zu")
                    && !given_name(word(j - 1)))
            {
                k += 1;
                if k < n && !joins(sep(k), word(k - 1)) {
                    break;
                }
            }
            // Italian "da" between two full names is "to" or "from"
            // ("Giorgia Meloni da Donald Trump"), not a particle ("Lula da
            // Silva", "Leonardo da Vinci": one word after it).
            let between_names = k == j + 1
                && word(j) == "da"
                && j >= start + 2
                && k + 1 < n
                && joins(sep(k + 1), word(k))
                && starts_upper(word(k + 1));
            if k > j
                && k < n
                && !between_names
                && joins(sep(k), word(k - 1))
                && starts_upper(word(k))
            {
                end = k + 1;
                j = k + 1;
                continue;
            }
            break;
        }
        // A possessive ends the name.
        if let Some(q) = (start..end).find(|&x| is_possessive(word(x))) {
            end = q + 1;
        }
        let read_to = words[end - 1].1;
        let initial = before.is_none() || starts_sentence(text, p);
        self.sequence(text, &words, start, end, initial);
        self.words = words;
        read_to
    }

    /// One capitalised sequence, `words[start..end]`.
    fn sequence(
        &mut self,
        text: &str,
        words: &[(usize, usize)],
        start: usize,
        end: usize,
        initial: bool,
    ) {
        let word = |i: usize| &text[words[i].0..words[i].1];
        // The lists each word of the run, and the words around it, are in:
        // looked up once.
        let lo = start.saturating_sub(1);
        let hi = end.min(words.len() - 1);
        let mut fl = [0u32; 24];
        for x in lo..=hi.min(lo + 23) {
            // (The letters of `AT&T` are no function words.)
            let amp = |a: usize, b: usize| b < words.len() && &text[words[a].1..words[b].0] == "&";
            if !(amp(x, x + 1) || (x > 0 && amp(x - 1, x))) {
                fl[x - lo] = flags(word(x));
            }
        }
        let f = |x: usize| fl[x - lo];
        // After a lower-case "the", a capitalised function word is part of
        // the name ("the All England Club", "the Who").
        let after_the = !initial && start > 0 && word(start - 1) == "the";
        // A Spanish or French article written with a capital inside a
        // sentence, or after the word that starts it, begins the name ("de
        // Los Gallardos", "En Los Gallardos", "dans Le Monde"). (Not
        // English "The": titles of works and papers, "Read more: The …".)
        // So does a surname's or a place's particle written with a capital
        // ("in the Des Moines metro", "by Van Gogh", "with De Niro", "Al
        // Gore said").
        let cap_article = |x: usize| {
            matches!(
                word(x),
                "El" | "La"
                    | "Los"
                    | "Las"
                    | "Le"
                    | "Les"
                    | "De"
                    | "Del"
                    | "Des"
                    | "Du"
                    | "Da"
                    | "Di"
                    | "Van"
                    | "Von"
                    | "Al"
            )
        };
        let keeps = |x: usize| cap_article(x) && (x > start || !initial);
        // The end of a title at `s` (`Foreign Affairs Minister`, `Secretary
        // of State`): its words, with a head among them.
        let title_run = |s: usize, e: usize| {
            let mut k = s;
            while k < e
                && (f(k) & (F_TITLES | F_TITLE_HEADS) != 0 || (k > s && f(k) & F_CONNECTORS != 0))
            {
                k += 1;
            }
            // A connector after the title is not part of it: "Minister of
            // X", "Außenminister der Vereinigten …" name the title's
            // domain, not the titled person.
            while k > s + 1 && f(k - 1) & F_CONNECTORS != 0 {
                k -= 1;
            }
            (s..k).any(|x| f(x) & F_TITLE_HEADS != 0).then_some(k)
        };
        let mut s = start;
        let mut e = end;
        let mut initial = initial;
        let mut title = false;
        // A title inside the run (`U.S. President Donald Trump`): what comes
        // before it is a name of its own.
        if let Some(t) = (s + 1..e.saturating_sub(1)).find(|&x| f(x) & F_TITLE_HEADS != 0) {
            let mut b = t;
            while b > s && f(b - 1) & F_TITLES != 0 {
                b -= 1;
            }
            if b > s {
                self.sequence(text, words, s, b, initial);
            }
            s = b;
            initial = false;
        }
        // A role after a name is not part of it (`David Morales CEO`, `CIA
        // Director`): the roles no one has as a surname (not `Ana Pastor`,
        // `Martin Luther King`, `Plaza Mayor`); a title of several words
        // stays whole (`Prime Minister`, no name), and so does a name
        // whose rest would be no name (`Bank President`).
        let role_after = |w: &str| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "ceo"
                    | "cfo"
                    | "coo"
                    | "cto"
                    | "director"
                    | "spokesman"
                    | "spokeswoman"
                    | "spokesperson"
                    | "chairman"
                    | "chairwoman"
                    | "president"
                    | "secretary"
                    | "minister"
                    | "commissioner"
            )
        };
        while e > s + 1
            && role_after(word(e - 1))
            && f(e - 2) & (F_TITLES | F_TITLE_HEADS) == 0
            && (e > s + 2 || f(s) & (F_NOT_NAMES | F_PLACE_HEADS | F_ORG_WORDS) == 0)
        {
            e -= 1;
        }
        loop {
            if s >= e {
                return;
            }
            let stays = keeps(s) || (s == start && after_the);
            if f(s) & F_FUNCTION_WORDS != 0 && !stays && !self.known_at(text, words, s, e) {
                // (After a title, as after a connector: the title's domain.)
                title = false;
                s += 1;
                initial = false;
            } else if let Some(k) = title_run(s, e)
                // (A title before one word that names a body is the body's
                // name: `Premier League`, not the premier `League`.)
                .filter(|&k| !(e == k + 1 && f(k) & F_ORG_WORDS != 0))
            {
                s = k;
                title = true;
                initial = false;
            } else if (title && f(s) & (F_TITLES | F_TITLE_HEADS) != 0)
                || (f(s) & (F_CALENDAR | F_CONNECTORS) != 0
                    && !keeps(s)
                    && !self.known_at(text, words, s, e)
                    // (`Saturday Night Live`, `Sunday Times`: names.)
                    && (e <= s + 1
                        || !crate::read::dates::weekday_starts_name(
                            &(s..e.min(s + 3)).map(word).collect::<Vec<_>>(),
                        )))
            {
                if f(s) & F_CONNECTORS != 0 {
                    title = false;
                }
                s += 1;
                initial = false;
            } else {
                break;
            }
        }
        // Two names side by side, the second a given name and a surname
        // (`Pep Guardiola Erling Haaland`, a caption's list; `Manchester
        // City Kevin Walker`): two names. (Not two given names, `Anna
        // Maria Luisa Ferri`, nor a name with connectors, nor a title's
        // words after a name, `Frank Grillo Action Sci-Fi Movie`.)
        // (Where names are declined, one word before them is enough: a
        // place in the genitive, `президент России Владимир Путин`.)
        let least = if self.declines { 1 } else { 2 };
        if e >= s + 2 + least
            && (s..e).all(|x| f(x) & F_CONNECTORS == 0)
            && let Some(k) = (s.max(e.saturating_sub(3)).max(s + least)..=e - 2)
                .find(|&k| given_name(word(k)) && !given_name(word(k - 1)))
        {
            self.sequence(text, words, s, k, initial);
            self.sequence(text, words, k, e, false);
            return;
        }
        // (Nor need the given name be known after a place of the table in
        // another case, [`table_nominative`]: `премьер Малайзии Анвар
        // Ибрагим`; a place in its own case starts many names, `Polska
        // Agencja Prasowa`, `Detroit Red Wings`.)
        if self.declines && e == s + 3 && table_nominative(word(s)).is_some() {
            self.sequence(text, words, s, s + 1, initial);
            self.sequence(text, words, s + 1, e, false);
            return;
        }
        // A word that only starts sentences, after a word ending with a
        // period, starts one (`the U.S. It said`, `U.S. The`): the name
        // ends before it.
        if let Some(x) = (s + 1..e).find(|&x| {
            f(x) & F_FUNCTION_WORDS != 0 && f(x) & F_CONNECTORS == 0 && word(x - 1).ends_with('.')
        }) {
            e = x;
        }
        // A number after a month ends the name before the month; a suffix
        // goes: `Jr.` always, a number only after a given name and a
        // surname (`John Smith III`), not after a name alone or a given name
        // (a monarch's or a pope's, `Charles III`, `John Paul II`) nor after
        // a thing's name (`World War II`).
        let numbered = |x: usize| roman_numeral(word(x));
        while e > s
            && ((f(e - 1) & F_CONNECTORS != 0)
                || (f(e - 1) & F_SUFFIXES != 0
                    && (!numbered(e - 1)
                        || (e - s >= 3 && given_name(word(s)) && !given_name(word(e - 2))))))
        {
            e -= 1;
        }
        // An abbreviated title that ends the run is the next name's
        // (`Georgia Gov. Brian Kemp`, `North Carolina Sen. Thom Tillis`).
        if e - s >= 2 && f(e - 1) & F_TITLE_HEADS != 0 && text[words[e - 1].1..].starts_with(". ") {
            e -= 1;
        }
        // A word that opens a sentence before a given name and a surname
        // is not theirs (`Striker Oleg Shatskiku scored`, `Als Sebastian
        // Hendel …`), nor is a German role before them (`die Läuferin
        // Kristina Hendel`), unless it is part of the name (`Abu Hassan
        // Amer`) or makes it a place's or a body's (`Port Elizabeth`, `San
        // Pedro Sula`).
        if (initial || self.capital_nouns)
            && e >= s + 3
            && f(s) & (F_PLACE_HEADS | F_ORG_WORDS | F_PERSON_CONNECTORS) == 0
            && !matches!(
                word(s),
                "Abu"
                    | "Abou"
                    | "Umm"
                    | "Ben"
                    | "San"
                    | "Santa"
                    | "Santo"
                    | "São"
                    | "St"
                    | "Saint"
                    | "Sainte"
                    | "Sankt"
            )
            && !given_name(word(s))
            && given_name(word(s + 1))
            && !self.known_at(text, words, s, e)
        {
            s += 1;
            initial = false;
        }
        // In German a genitive `s` may end a person's name before the noun
        // it qualifies (`Sebastian Hendels Karriere`), or be a surname's
        // own (`Mario Vargas Llosa`): decided once the corpus is read.
        let genitive = self.capital_nouns
            && e >= s + 3
            && given_name(word(s))
            && genitive_at((s..e).map(word)).is_some();
        if let Some(m) = (s + 1..e).find(|&x| f(x) & F_CALENDAR != 0) {
            let digit_after = words
                .get(e)
                .is_some_and(|&(a, _)| text.as_bytes()[a].is_ascii_digit());
            if digit_after && m + 1 == e {
                e = m;
            }
        }
        if s >= e {
            return;
        }
        // One word: two letters at least, no digit, no nationality.
        if e - s == 1 {
            let written = word(s);
            let w = strip_possessive(written);
            let fw = if w.len() == written.len() {
                f(s)
            } else {
                flags(w)
            };
            if w.chars().count() < 2
                // A shouted word, not an acronym.
                || (w.len() > 7 && tokens::is_caps(w))
                || w.bytes().any(|b| b.is_ascii_digit())
                // (A point of the compass alone is a direction, or the
                // half of `North Korean` a run kept.)
                || fw & (F_NOT_NAMES | F_GROUP_WORDS | F_COMPASS) != 0
                || (w.ends_with('s') && (is_group_word(w) || has(F_NOT_NAMES, &w[..w.len() - 1])))
            {
                return;
            }
        } else if (s..e).all(|x| {
            f(x) & (F_GROUP_WORDS | F_CONNECTORS | F_COMPASS) != 0
                || (word(x).ends_with('s') && is_group_word(word(x)))
        }) {
            return;
        }
        if (s..e).any(|x| word(x).bytes().any(|b| b.is_ascii_digit())) {
            return;
        }
        // A day's name is a date (`Labor Day`, `Election Day`, `Christmas
        // Eve`), and a letter that numbers things (`Group C`, `Plan B`) no
        // name; not a person's (`Doris Day`, `Malcolm X`).
        if e - s >= 2 && !given_name(word(s)) {
            let last = word(e - 1);
            let letter = last.len() == 1
                && last.bytes().all(|b| b.is_ascii_uppercase())
                && &text[words[e - 2].1..words[e - 1].0] != "&";
            if e - s == 2 && (matches!(last, "Day" | "Eve") || letter) {
                return;
            }
        }
        // The cues around it.
        let before = s.checked_sub(1).map(|b| (word(b), f(b)));
        let after = words.get(e).map(|&(a, b)| (&text[a..b], f(e)));
        let before_sep = if s > 0 {
            &text[words[s - 1].1..words[s].0]
        } else {
            ""
        };
        let plain_before = before.filter(|_| before_sep.bytes().all(|b| b == b' '));
        // (Where names are declined, one word after a title is as often
        // the title's domain in the genitive as the titled person:
        // `президент России`, `prezydent Francji` beside `prezydent
        // Nawrocki`; it is no person's cue. A full name after one is.)
        let domain = self.declines && e == s + 1;
        if plain_before
            .is_some_and(|(b, fb)| fb & F_LOWER_TITLES != 0 && !starts_upper(b) && !domain)
            || (before_sep == ". "
                && before.is_some_and(|(b, fb)| {
                    // An abbreviated title (`Sen. Warren`), not a title
                    // that ends a sentence (`… Prime Minister. Retrieved`).
                    fb & F_TITLE_HEADS != 0 && starts_upper(b) && tokens::before_is_abbreviation(b)
                }))
        {
            title = true;
            initial = false;
        }
        // A role after a full name and a comma: `Tom Becker, treasurer`,
        // `Jo Watson, a novelist` (the name of a list line, which starts
        // capitalised); not after one word (`Stephen Calderwood, MD,
        // president of …`).
        if e < words.len()
            && e - s >= 2
            && &text[words[e - 1].1..words[e].0] == ", "
            && appositive_role(text, words[e])
        {
            title = true;
            initial = false;
        }
        // (A territory's cues too: held by a country, a people or an armed
        // group, `Indian-administered Kashmir`, `Russian-occupied
        // Melitopol`, `rebel-held Idlib`; not by an owner or a party,
        // `Kremlin-controlled Gazprom`, `privately-held SpaceX`,
        // `Republican-controlled House`. Followed by its kind: `the Kashmir
        // region`, `Lindi town`; not `the Harris town hall`, nor a body's
        // members, `the SADC region`.)
        let held = plain_before.is_some_and(|(b, _)| {
            matches!(b, "administered" | "controlled" | "occupied" | "held")
                && text[..words[s - 1].0]
                    .strip_suffix('-')
                    .is_some_and(|head| {
                        let by =
                            &head[word_before(head, head.len()).map_or(head.len(), |(a, _)| a)..];
                        held_by_territory(by)
                    })
        });
        let region = after.is_some_and(|(a, fa)| fa & F_PLACE_NOUNS != 0 && !starts_upper(a))
            && text[words[e - 1].1..words[e].0] == *" "
            && !(s..e).any(|x| tokens::is_caps(word(x)))
            && word_after(text, words[e].1).is_none_or(|(a, b)| {
                !matches!(
                    &text[a..b],
                    "hall" | "halls" | "square" | "meeting" | "meetings" | "council"
                )
            });
        let place = plain_before.is_some_and(|(b, fb)| fb & F_PLACE_CUES != 0 && !starts_upper(b))
            || in_at_or_from(word(e - 1))
            || held
            || region;
        // One word after "the" (`the Marines said`, `the Bill gives`): a
        // noun's way, which a surname alone seldom has.
        let determiner = e == s + 1 && plain_before.is_some_and(|(b, _)| b == "the" || b == "The");
        // "Okafor said", not "who lives on Elm Street, said" (the verb of
        // a subject before a clause).
        let said = (after.is_some_and(|(a, fa)| fa & F_SAID != 0 && !starts_upper(a))
            && words
                .get(e)
                .is_some_and(|&(a, _)| text[words[e - 1].1..a].bytes().all(|b| b == b' ')))
            // Or the verb before a full name, as quotes put it ("…," said
            // Lena Krüger; disse Ana Ferreira; dijo Ana Ruiz): not "told"
            // nor "asked", whose name is the one spoken to.
            || (e - s >= 2
                && plain_before.is_some_and(|(b, _)| {
                    matches!(
                        b,
                        "said"
                            | "says"
                            | "added"
                            | "dijo"
                            | "afirmó"
                            | "aseguró"
                            | "declaró"
                            | "señaló"
                            | "añadió"
                            | "agregó"
                            | "explicó"
                            | "disse"
                            | "afirmou"
                            | "declarou"
                            | "explicou"
                            | "acrescentou"
                            | "sagte"
                    )
                }));
        // A number right after it that names with it (`Local 90`,
        // `Section 230`): not a score nor a range (`Arsenal 2-1`, `Lakers
        // 101–99`).
        let numbered = e < words.len() && e == end && {
            let (a, b) = words[e];
            &text[words[e - 1].1..a] == " "
                && text.as_bytes()[a].is_ascii_digit()
                && text[a..b].bytes().all(|c| c.is_ascii_digit())
                && !text[b..].starts_with(['-', '–', ':', '/'])
        };
        // The name as written, single-spaced, the possessive dropped.
        self.name.clear();
        for x in s..e {
            if x > s {
                let sep = &text[words[x - 1].1..words[x].0];
                self.name
                    .push_str(if sep == "-" || sep == "&" || sep.is_empty() {
                        sep
                    } else if sep.starts_with('.') {
                        ". "
                    } else {
                        " "
                    });
            }
            self.name.push_str(if x + 1 == e {
                strip_possessive(word(x))
            } else {
                word(x)
            });
        }
        // (`Q&A`, `R&D`: words, not names.)
        if e == s + 2 && has(F_NOT_NAMES, &self.name) {
            return;
        }
        // An acronym the text introduces: `Name (ACR)`.
        if e < words.len() && e == end {
            let sep = &text[words[e - 1].1..words[e].0];
            let acr = word(e);
            let closes = text[words[e].1..].starts_with(')');
            // (In capitals, or a word made of the name's first letters, as
            // Spanish writes many: `Aemet`, `Renfe`.)
            let acronym_like = tokens::is_caps(acr)
                || (starts_upper(acr)
                    && acr.chars().count() >= 3
                    && acr.chars().skip(1).all(char::is_lowercase));
            if sep.trim_end().ends_with('(') && closes && acronym_like && acr.len() <= 8 {
                *self
                    .acronyms
                    .entry(acr.to_string())
                    .or_default()
                    .entry(self.name.clone())
                    .or_default() += 1;
            }
        }
        // A capitalised article before a name of the table is not the
        // name's: "La Russie a affirmé", "7h07 - La Russie dit", "Die
        // Ukraine meldet" (but "La Paz" and "El Salvador" are the table's
        // names).
        if e == s + 2
            && (word(s) == "The" || is_capital_article(word(s)))
            && !table().by_key.contains_key(&key_of(&self.name))
            && table().by_key.contains_key(&key_of(word(s + 1)))
        {
            self.sequence(text, words, s + 1, e, false);
            return;
        }
        // In German, a given name vouches for the name it starts; other
        // capitals wait for a name found elsewhere to vouch for them.
        let given = e >= s + 2 && given_name(word(s));
        let acronym = e == s + 1 && inner_capital(word(s));
        if self.capital_nouns
            && !title
            && !given
            && !acronym
            && !table().by_key.contains_key(&key_of(&self.name))
        {
            // A word before a name of the table is not the name's: a
            // preposition that opens the sentence (`Im Weißen Haus`), a
            // noun (`Insel Grönland`).
            if e >= s + 3 || (e == s + 2 && initial) {
                let rest = &text[words[s + 1].0..words[e - 1].1];
                if table().by_key.contains_key(&key_of(rest)) {
                    self.sequence(text, words, s + 1, e, false);
                    return;
                }
            }
            // The word alone; of a run, its last word (`Festnahme Maduros`,
            // `Insel Grönland`) and a first word that may be a genitive
            // (`Trumps Politik`).
            // And a run of two, which may be the end of a name found
            // elsewhere (`Vargas Llosa` of `Mario Vargas Llosa`).
            let one = (e <= s + 2).then_some(self.name.as_str());
            let determined = e == s + 1
                && s > 0
                && matches!(
                    word(s - 1).to_lowercase().as_str(),
                    "der"
                        | "die"
                        | "das"
                        | "den"
                        | "dem"
                        | "des"
                        | "ein"
                        | "eine"
                        | "einen"
                        | "einem"
                        | "einer"
                        | "eines"
                        | "am"
                        | "im"
                        | "zum"
                        | "zur"
                        | "vom"
                        | "beim"
                        | "ins"
                        | "in"
                );
            // A word alone that a verb of saying has as its subject, with
            // no article ("…, sagte Netanjahu.", "und Hamas erklärte"): a
            // noun would have one ("sagte der Sprecher").
            let spoke = e == s + 1 && !initial && {
                let after_sep = words.get(e).map(|&(a, _)| &text[words[e - 1].1..a]);
                // (After it only where a clause starts with it: "und
                // Hamas erklärte", not a time put first, "In den
                // vergangenen Monaten kritisierte Bondi …".)
                let verb_after = after_sep == Some(" ")
                    && matches!(
                        word(e),
                        "sagte" | "sagt" | "erklärte" | "betonte" | "warnte" | "kritisierte"
                    )
                    && s > 0
                    && (before_sep.starts_with(',')
                        || before_sep == " "
                            && matches!(
                                word(s - 1),
                                "und" | "aber" | "doch" | "sondern" | "oder" | "denn"
                            ));
                // (Before it only where it ends the clause, "…, sagte
                // Haustein." — not a plural's dative, "sagte Reportern ein
                // Sprecher".)
                let ends_clause = text[words[e - 1].1..]
                    .trim_start()
                    .starts_with(['.', ',', ';', ':', '!', '?', '(', '"', '“', '»', '«'])
                    || words.get(e).is_none() && text[words[e - 1].1..].trim().is_empty();
                let verb_before = s > 0
                    && before_sep == " "
                    && ends_clause
                    && matches!(word(s - 1), "sagte" | "sagt" | "erklärte" | "betonte");
                verb_after || verb_before
            };
            let first = Some(word(s)).filter(|w| e > s + 1 && w.len() > 3 && w.ends_with('s'));
            let last = (e > s + 1).then(|| strip_possessive(word(e - 1)));
            for noun in [one, first, last].into_iter().flatten() {
                let st = match self.nouns.get_mut(noun) {
                    Some(st) => st,
                    None => self.nouns.entry(noun.to_string()).or_default(),
                };
                st.count += 1;
                st.initial += u32::from(initial);
                st.genitive += 1;
                st.determined += u32::from(determined && Some(noun) == one);
                st.said += u32::from(spoke && Some(noun) == one);
                if st.last_article != self.article {
                    st.last_article = self.article;
                    st.articles += 1;
                }
            }
            return;
        }
        let map = if genitive {
            &mut self.genitives
        } else if initial {
            &mut self.initial
        } else {
            &mut self.mid
        };
        let st = match map.get_mut(self.name.as_str()) {
            Some(st) => st,
            None => map.entry(self.name.clone()).or_default(),
        };
        st.count += 1;
        st.initial += u32::from(initial);
        if st.last_article != self.article {
            st.last_article = self.article;
            st.articles += 1;
        }
        st.title += u32::from(title);
        st.said += u32::from(said);
        st.said_bare += u32::from(said && !determiner);
        st.place += u32::from(place);
        st.numbered += u32::from(numbered);
        st.genitive += u32::from(self.capital_nouns);
        st.declined += u32::from(self.declines);
        st.determined += u32::from(determiner);
    }

    /// Whether the words from `s` begin a name of the table (`The Hague`,
    /// `El Salvador`, `Los Angeles`): their function word stays.
    fn known_at(&self, text: &str, words: &[(usize, usize)], s: usize, e: usize) -> bool {
        (2..=3).any(|len| {
            s + len <= e && {
                let name = &text[words[s].0..words[s + len - 1].1];
                table().by_key.contains_key(&key_of(name))
            }
        })
    }

    /// Adds the candidates of a later part.
    fn absorb(&mut self, other: Pass) {
        for (map, from) in [
            (&mut self.mid, other.mid),
            (&mut self.initial, other.initial),
            (&mut self.nouns, other.nouns),
            (&mut self.genitives, other.genitives),
        ] {
            for (k, v) in from {
                map.entry(k).or_default().add(&v);
            }
        }
        for (place, n) in other.datelines {
            *self.datelines.entry(place).or_default() += n;
        }
        for (acr, names) in other.acronyms {
            let to = self.acronyms.entry(acr).or_default();
            for (n, c) in names {
                *to.entry(n).or_default() += c;
            }
        }
    }

    fn finish(self) -> Discovery {
        let Pass {
            mut mid,
            mut initial,
            nouns,
            genitives,
            acronyms,
            datelines,
            ..
        } = self;
        // A German run with a word that may be a genitive is cut after it
        // (`Sebastian Hendels` of `Sebastian Hendels Karriere`) unless its
        // last word ends another name: `Mario Vargas Llosa`, with
        // `Patricia Llosa` or `Vargas Llosa` elsewhere.
        if !genitives.is_empty() {
            let mut ends: FxHashMap<&str, u32> = FxHashMap::default();
            for k in mid.keys().chain(initial.keys()) {
                *ends.entry(k.rsplit(' ').next().unwrap_or(k)).or_default() += 1;
            }
            let mut sorted: Vec<(String, Stats)> = genitives.into_iter().collect();
            sorted.sort_by(|a, b| a.0.cmp(&b.0));
            let mut resolved: Vec<(String, Stats)> = Vec::with_capacity(sorted.len());
            for (whole, st) in &sorted {
                let words: Vec<&str> = whole.split(' ').collect();
                let last = words.last().copied().unwrap_or("");
                let name = match genitive_at(words.iter().copied()) {
                    Some(x) if !ends.contains_key(last) => words[..=x].join(" "),
                    _ => whole.clone(),
                };
                resolved.push((name, st.clone()));
            }
            for (name, st) in resolved {
                let map = if st.initial == st.count {
                    &mut initial
                } else {
                    &mut mid
                };
                map.entry(name).or_default().add(&st);
            }
        }
        // A German person's name run on into the nouns after it (`Angela
        // Merkel Anfang der Woche`, `Olaf Scholz Ende Mai`, `auf Guido
        // Steinberg Bezug`): cut before the first word after the surname
        // that the texts also write alone after an article, as a noun (`am
        // Ende`, `in Bezug auf`), or a month, or that a month follows.
        if !nouns.is_empty() {
            let month = |w: &str| crate::read::dates::month_number_any(&w.to_lowercase()).is_some();
            for map in [&mut mid, &mut initial] {
                let cuts: Vec<(String, String)> = map
                    .iter()
                    .filter(|(k, st)| st.genitive > 0 && k.split(' ').count() >= 3)
                    .filter_map(|(k, _)| {
                        let words: Vec<&str> = k.split(' ').collect();
                        if !given_name(words[0]) {
                            return None;
                        }
                        let at = (2..words.len()).find(|&i| {
                            nouns.get(words[i]).is_some_and(|st| st.determined > 0)
                                || month(words[i])
                                || words.get(i + 1).is_some_and(|w| month(w))
                        })?;
                        Some((k.clone(), words[..at].join(" ")))
                    })
                    .collect();
                for (whole, name) in cuts {
                    if let Some(st) = map.remove(&whole) {
                        map.entry(name).or_default().add(&st);
                    }
                }
            }
        }
        // German capitals that a name found elsewhere vouches for: its
        // last word (`Hendel` of `Sebastian Hendel`), or a name in the
        // genitive (`Hendels`, `Trumps`).
        if !nouns.is_empty() {
            // (Not the last word of a place's or a body's name: `Staaten`
            // of `Vereinigten Staaten`, `League` of `Premier League`.)
            // (A word the text also uses as a noun, after an article,
            // needs a person's name, or a name met on its own: a shop's
            // `Crispy Pizza` in an English text does not make `eine Pizza`
            // a name; `Jonas Hendel`, a given name and a surname, or a name
            // met with a title or "said", makes `der Hendel` one.)
            let mut names: FxHashSet<&str> = FxHashSet::default();
            let mut strong: FxHashSet<&str> = FxHashSet::default();
            for (k, st) in mid.iter().chain(initial.iter()) {
                if let Some((head, last)) = k.rsplit_once(' ') {
                    if !has(F_ORG_WORDS | F_PLACE_TAILS, last)
                        && !table().by_key.contains_key(&key_of(k))
                    {
                        let given = given_name(&k[..k.find(' ').unwrap_or(0)]);
                        let set = if given || st.title + st.said > 0 {
                            &mut strong
                        } else {
                            &mut names
                        };
                        set.insert(last);
                        // (Its last two words, of a person's name of three.)
                        if let Some((_, before)) = head.rsplit_once(' ')
                            && given
                        {
                            set.insert(&k[k.len() - before.len() - last.len() - 1..]);
                        }
                    }
                } else if mid.contains_key(k) {
                    strong.insert(k);
                }
            }
            let known = |w: &str, noun: bool| {
                strong.contains(w)
                    || (!noun && names.contains(w))
                    || table().by_key.contains_key(&key_of(w))
            };
            // (Or, met twice or more and never after an article, the
            // subject of a verb of saying: its kind stays unstated, as
            // a party speaks as a person does.)
            let spoken = |st: &Stats| st.said > 0 && st.determined == 0 && st.count >= 2;
            let mut taken: Vec<(String, Stats)> = nouns
                .into_iter()
                .filter(|(w, st)| {
                    let noun = st.determined > 0;
                    known(w, noun)
                        || w.strip_suffix('s').is_some_and(|w| known(w, noun))
                        || spoken(st)
                })
                .map(|(w, mut st)| {
                    st.said = 0;
                    (w, st)
                })
                .collect();
            taken.sort_by(|a, b| a.0.cmp(&b.0));
            for (w, st) in taken {
                mid.entry(w).or_default().add(&st);
            }
        }
        // Words met inside names where position does not explain them, and
        // the last words of full names (a surname that starts a sentence):
        // of the words the names met first ask about, those that are.
        let (name_words, last_words) = {
            let firsts: FxHashSet<&str> = initial
                .keys()
                .filter_map(|k| k.split_once(' ').map(|(f, _)| f))
                .collect();
            let singles: FxHashSet<&str> = initial
                .keys()
                .filter(|k| !k.contains(' '))
                .map(String::as_str)
                .collect();
            let mut name_words: FxHashSet<String> = FxHashSet::default();
            let mut last_words: FxHashSet<String> = FxHashSet::default();
            for k in mid.keys() {
                for w in k.split([' ', '-']) {
                    if firsts.contains(w) && !name_words.contains(w) {
                        name_words.insert(w.to_string());
                    }
                }
                // (And the surname before "of": `Koen Peumans of N-VA`.)
                let head = k.split(" of ").next().unwrap_or(k);
                for name in [k.as_str(), head] {
                    if let Some((_, last)) = name.rsplit_once(' ')
                        && singles.contains(last)
                        && !last_words.contains(last)
                    {
                        last_words.insert(last.to_string());
                    }
                }
            }
            (name_words, last_words)
        };
        let table = table();
        article_before(&mut mid, table);
        domain_before(&mut mid);
        institution_of(&mut mid);
        place_tacked_on(&mut mid, table, true);
        // The surnames with a capitalised particle that full names end with
        // (`De Wever` of `Bart De Wever`, `Le Pen` of `Marine Le Pen`), by
        // their last word: a sentence that starts with one ("Le Pen a
        // promis") cut the particle off as a function word, and the
        // surname alone counts as the surname with its particle.
        let mut particled: FxHashMap<String, Option<String>> = FxHashMap::default();
        for k in mid.keys().chain(initial.keys()) {
            // (`Bart De Wever of N-VA said`, as met first.)
            let k = k.split(" of ").next().unwrap_or(k);
            let mut w = k.rsplit(' ');
            if let (Some(last), Some(particle), Some(_)) = (w.next(), w.next(), w.next())
                && starts_upper(particle)
                && is_particle(particle)
            {
                let surname = format!("{particle} {last}");
                particled
                    .entry(last.to_string())
                    .and_modify(|s| {
                        if s.as_ref() != Some(&surname) {
                            *s = None;
                        }
                    })
                    .or_insert(Some(surname));
            }
        }
        let mut moves: Vec<(String, String)> = mid
            .keys()
            .filter_map(|k| particled.get(k)?.clone().map(|s| (k.clone(), s)))
            .collect();
        apply_moves(&mut mid, &mut moves);
        // The surnames of full names met first in a sentence (`Hilde
        // Crevits of CD&V met …`), for a surname met there too with a
        // person's cue ("Crevits said").
        let initial_surnames: FxHashSet<String> = initial
            .keys()
            .filter_map(|k| {
                let head = k.split(" of ").next().unwrap_or(k);
                let (first, last) = head.rsplit_once(' ')?;
                (!first.contains(' ') && starts_upper(first) && starts_upper(last))
                    .then(|| last.to_string())
            })
            .collect();
        // (The stems of the names met where names are declined, for a
        // name met first in a sentence in another case: `Władze Iranu`
        // beside `Iran`, `Iranie`.)
        let declined_stems: FxHashSet<String> = if initial.values().any(|st| st.declined > 0) {
            mid.iter()
                .map(|(k, st)| {
                    if st.declined == st.count {
                        declined_stem(k)
                    } else {
                        key_of(k)
                    }
                })
                .collect()
        } else {
            FxHashSet::default()
        };
        let mut initial: Vec<(String, Stats)> = initial.into_iter().collect();
        initial.sort_by(|a, b| a.0.cmp(&b.0));
        for (name, mut st) in initial {
            if let Some(Some(surname)) = particled.get(&name) {
                mid.entry(surname.clone()).or_default().add(&st);
                continue;
            }
            if let Some(m) = mid.get_mut(&name) {
                m.add(&st);
                continue;
            }
            let mut parts: Vec<&str> = name.split(' ').collect();
            if parts.len() > 1 {
                // Its first word goes when it is met in no other name and
                // what follows it is a name met elsewhere (`Critics Petro`),
                // not when the whole is only ever met first
                // (`Serena Williams beat …`).
                let rest = name.split_once(' ').map_or("", |(_, r)| r);
                // (A rest that starts with a particle is a surname:
                // `Mohamed El Saife`, `Ursula von der Leyen`, `Julanda
                // Al-Riyami`.)
                let particle = rest
                    .split(' ')
                    .next()
                    .and_then(|w| w.split('-').next())
                    .is_some_and(is_particle);
                let declined_known = !mid.contains_key(rest)
                    && st.declined == st.count
                    && !declined_stems.is_empty()
                    && declined_stems.contains(&declined_stem(rest));
                let rest_known = (mid.contains_key(rest) || declined_known) && !particle;
                // (A given name stays: `Oleg Shatskiku scored`.)
                if !name_words.contains(parts[0]) && rest_known && !given_name(parts[0]) {
                    parts.remove(0);
                    // (A form met only so was met inside the sentence.)
                    if declined_known {
                        st.initial = 0;
                    }
                    // What the first word hid: the same words a name never
                    // starts with.
                    let never = F_CONNECTORS | F_FUNCTION_WORDS | F_CALENDAR | F_TITLE_HEADS;
                    while parts.first().is_some_and(|w| has(never, w)) {
                        parts.remove(0);
                    }
                }
                let single_ok = |w: &str| {
                    w.chars().count() >= 2
                        && !has(F_NOT_NAMES, w)
                        && !is_group_word(w)
                        && !w.bytes().any(|b| b.is_ascii_digit())
                };
                if parts.len() > 1 || parts.first().is_some_and(|w| single_ok(w)) {
                    mid.entry(parts.join(" ")).or_default().add(&st);
                }
            } else if table.by_key.contains_key(&key_of(&name))
                || (st.count >= 2 && st.title + st.said > 0)
                || last_words.contains(name.as_str())
                || (st.title + st.said > 0 && initial_surnames.contains(&name))
                // (A place that opens articles as their dateline.)
                || datelines.contains_key(name.as_str())
            {
                mid.entry(name).or_default().add(&st);
            }
        }
        monsieur(&mut mid);
        // Again, for the names met first in a sentence, now among the rest
        // ("… said. Tomas Brandt of the Skerry Island Ferry Company said").
        place_tacked_on(&mut mid, table, false);
        // A name that opens articles as their dateline is a place (where
        // it is met as a name elsewhere: a dateline alone makes no name).
        for (place, n) in &datelines {
            if let Some(st) = mid.get_mut(place.as_str()) {
                st.place += n;
            }
        }
        // A single word met mostly where any word is capitalised (`Retrieved`
        // starting each reference, `Response` heading a list) and with no
        // cue of a name is no name.
        // (A person's surname met only where sentences start stays: `Dole,
        // speaking in Kansas City`, `Dole's running mate`, after `Bob Dole
        // said`; not `Street` nor `Police` after `Downing Street said`,
        // `Metropolitan Police said`.)
        // (Or after a given name: `Wimmer wies die Kritik zurück` after
        // `Theresa Wimmer`, in German text where a capital alone waits for
        // a name to vouch for it.)
        let surnames: FxHashSet<String> = mid
            .iter()
            .filter_map(|(k, st)| {
                let (first, _) = k.split_once(' ')?;
                let (_, last) = k.rsplit_once(' ')?;
                let cued = st.title + st.said > 0 && last_words.contains(last);
                let given = st.genitive > 0 && given_name(first);
                (cued || given).then_some(last)
            })
            .filter(|last| !has(F_ORG_WORDS | F_PLACE_TAILS, last))
            .map(str::to_string)
            .collect();
        // A single word met mostly with a number after it is the number's
        // kind of thing, not a name (`Local 90`, a union's branch;
        // `Section 230`), unless a cue or the table says it is one.
        mid.retain(|name, st| {
            name.contains(' ')
                || 2 * st.numbered < st.count
                || st.title + st.said > 0
                || table.by_key.contains_key(&key_of(name))
        });
        mid.retain(|name, st| {
            name.contains(' ')
                || st.initial <= 3 * (st.count - st.initial)
                || st.title + st.said + st.place > 0
                || table.by_key.contains_key(&key_of(name))
                || surnames.contains(name.as_str())
        });
        // A given name alone (`John` of `John Muir`, `John Roberts`, `Pope
        // John Paul`) names no one: a word that starts two or more names
        // and ends none, that nothing said, placed or listed vouches for,
        // goes (its full names stay; `Trump` ends `Donald Trump`).
        // Likewise a common noun that ends two or more names (`Sea` of
        // `Black Sea` and `Caribbean Sea`, `City` of `Kansas City` and
        // `Oklahoma City`) with no cue of its own.
        let given: FxHashSet<String> = {
            let mut starts: FxHashMap<&str, u32> = FxHashMap::default();
            // (The words before it, and whether a person's cue was met: a
            // surname ends `Guido Lombardi` and `George Guido Lombardi`,
            // `President Joe Biden` and `Hunter Biden`.)
            let mut ends: FxHashMap<&str, (FxHashSet<&str>, bool)> = FxHashMap::default();
            for (k, st) in mid.iter() {
                if let (Some((first, _)), Some((head, last))) =
                    (k.split_once(' '), k.rsplit_once(' '))
                {
                    *starts.entry(first).or_default() += 1;
                    let end = ends.entry(last).or_default();
                    end.0.insert(head.rsplit(' ').next().unwrap_or(head));
                    end.1 |= st.title + st.said > 0;
                }
            }
            let vouched = |w: &str, cues: fn(&Stats) -> u32| {
                table.by_key.contains_key(&key_of(w)) || mid.get(w).is_none_or(|st| cues(st) > 0)
            };
            let firsts = starts
                .iter()
                .filter(|&(w, &n)| n >= 2 && !ends.contains_key(w))
                .filter(|&(w, _)| !vouched(w, |st| st.said + st.place));
            let lasts = ends
                .iter()
                .filter(|(_, (before, person))| before.len() >= 2 && !person)
                .filter(|&(w, _)| !vouched(w, |st| st.title + st.said + st.place));
            firsts
                .map(|(w, _)| w.to_string())
                .chain(lasts.map(|(w, _)| w.to_string()))
                .collect()
        };
        mid.retain(|name, _| !given.contains(name));
        // Groups: forms with the same key, then the table's names.
        let mut forms: Vec<(String, Stats)> = mid.into_iter().collect();
        // (The forms are the keys of a map: no two are equal.)
        forms.sort_unstable_by(|a, b| b.1.count.cmp(&a.1.count).then_with(|| a.0.cmp(&b.0)));
        let mut groups: Vec<Group> = Vec::new();
        let mut by_key: FxHashMap<String, usize> = FxHashMap::default();
        let mut by_table: FxHashMap<usize, usize> = FxHashMap::default();
        for (form, st) in forms {
            let key = key_of(&form);
            if key.is_empty() {
                continue;
            }
            // (A place of the table in the German genitive, `Washingtons`,
            // is the place, met in its own name or not.)
            let listed = table.by_key.get(&key).or_else(|| {
                (st.genitive == st.count)
                    .then(|| key.strip_suffix('s'))
                    .flatten()
                    .and_then(|stem| table.by_key.get(stem))
            });
            let at = match (by_key.get(&key), listed) {
                (Some(&g), _) => g,
                (None, Some(&t)) => *by_table.entry(t).or_insert_with(|| {
                    groups.push(Group::new(Some(t)));
                    groups.len() - 1
                }),
                (None, None) => {
                    groups.push(Group::new(None));
                    groups.len() - 1
                }
            };
            by_key.insert(key, at);
            groups[at].add(form, st);
        }
        // A name met only in German and only with an `s` that another
        // name lacks is that name in the genitive (`Trumps`, `Sebastian
        // Hendels`).
        // (Or a full name's surname, where one full name ends with it:
        // `Trumps` of `Donald Trump`.)
        let mut ending: FxHashMap<String, Option<usize>> = FxHashMap::default();
        for (g, grp) in groups.iter().enumerate() {
            let name = key_of(grp.name());
            if let Some((_, last)) = name.rsplit_once(' ') {
                ending
                    .entry(last.to_string())
                    .and_modify(|e| *e = None)
                    .or_insert(Some(g));
            }
        }
        for g in 0..groups.len() {
            let grp = &groups[g];
            if !grp.alive || grp.table.is_some() || grp.stats.genitive < grp.stats.count {
                continue;
            }
            let stem = grp
                .forms
                .iter()
                .try_fold(None, |to: Option<usize>, (f, _)| {
                    let at = f
                        .strip_suffix('s')
                        .filter(|b| b.len() > 2)
                        .map(key_of)
                        .and_then(|b| {
                            by_key
                                .get(&b)
                                .copied()
                                .or(ending.get(&b).copied().flatten())
                        })
                        .map(|h| root(&groups, h))?;
                    (to.is_none_or(|t| t == at) && at != g).then_some(Some(at))
                });
            if let Some(Some(to)) = stem {
                merge(&mut groups, g, to, &mut by_key);
            }
        }
        // A name met only in a language that declines names is one name
        // with the others it shares its stem with (`Iranu`, `Iranie`,
        // `Iranowi` with `Iran`; `Малайзии` with `Малайзия`): it joins the
        // one written as the stem itself, else the most met. (Two names of
        // the table stay apart; a name met elsewhere keeps its key as its
        // stem, so that only a declined form joins it.)
        // (A name whose nominative ends as another case may, `Ибрагим`
        // as an instrumental `-им`, is the stem of its other forms,
        // `Ибрагима`, `Ибрагимом`: its key is its stem when it is theirs.)
        let stems: Vec<Option<(String, String)>> = groups
            .iter()
            .map(|grp| {
                if !grp.alive {
                    return None;
                }
                let plain = fleeting_key(grp.name());
                let declined = grp.stats.declined == grp.stats.count;
                let stem = if declined {
                    declined_stem(grp.name())
                } else {
                    plain.clone()
                };
                Some((stem, plain))
            })
            .collect();
        let all_stems: FxHashSet<&str> = stems.iter().flatten().map(|(s, _)| s.as_str()).collect();
        let mut by_stem: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (g, st) in stems.iter().enumerate() {
            let Some((stem, plain)) = st else { continue };
            let stem = if stem != plain && all_stems.contains(plain.as_str()) {
                plain
            } else {
                stem
            };
            if !stem.is_empty() {
                by_stem.entry(stem.clone()).or_default().push(g);
            }
        }
        // (One name alone is looked up in the table, unless something
        // shows it is a person's: Russian `Малайзии`, with no other form.)
        let lone_place = |g: usize| {
            let st = &groups[g].stats;
            groups[g].table.is_none() && st.declined == st.count && st.title + st.said == 0
        };
        let mut classes: Vec<(String, Vec<usize>)> = by_stem
            .into_iter()
            .filter(|(_, gs)| gs.len() >= 2 || lone_place(gs[0]))
            .collect();
        classes.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        for (stem, gs) in classes {
            // (Not Russian adjectives met in both genders, `Высший`,
            // `Высшая`, `Высшего`: the first words of several bodies'
            // names, whose other words are written small, `Высший совет
            // правосудия`, `Высшая школа экономики`; a surname keeps one,
            // `Зеленский`, `Зеленского`, `Зеленскому`.)
            let forms = || {
                gs.iter()
                    .filter(|&&g| groups[g].stats.declined == groups[g].stats.count)
                    .flat_map(|&g| groups[g].forms.iter().map(|(f, _)| f.as_str()))
            };
            if forms().any(|f| adjective_gender(f) == Some(true))
                && forms().any(|f| adjective_gender(f) == Some(false))
            {
                continue;
            }
            let to = gs
                .iter()
                .copied()
                .max_by_key(|&g| {
                    let grp = &groups[g];
                    (
                        fleeting_key(grp.name()) == stem,
                        grp.table.is_some(),
                        grp.stats.count,
                        std::cmp::Reverse(g),
                    )
                })
                .unwrap_or(gs[0]);
            // (A stem that is a name of the table is that place: Polish
            // `Pakistanu` and `Pakistanie`, with no `Pakistan` met; so is a
            // form whose ending makes a name of the table, Russian
            // `Малайзии`, also alone. A place met elsewhere under its own
            // name, in another language, gathers these forms too.)
            let found = table.by_key.get(&stem).copied().or_else(|| {
                gs.iter().find_map(|&g| {
                    let name = groups[g].name();
                    table
                        .by_key
                        .get(&declined_stem_with(name, false))
                        .copied()
                        .or_else(|| table_nominative(name))
                })
            });
            let mut to = to;
            if gs.iter().all(|&g| groups[g].table.is_none())
                && let Some(t) = found
            {
                match by_table.get(&t) {
                    Some(&placed) => to = root(&groups, placed),
                    None => {
                        groups[to].table = Some(t);
                        groups[to].forget();
                        by_table.insert(t, to);
                    }
                }
            }
            for g in gs {
                let grp = &groups[g];
                if g != to
                    && grp.alive
                    && grp.stats.declined == grp.stats.count
                    && (grp.table.is_none() || groups[to].table.is_none())
                {
                    merge(&mut groups, g, to, &mut by_key);
                }
            }
        }
        // Acronyms introduced by the text join their expansion.
        let mut acronyms: Vec<(String, FxHashMap<String, u32>)> = acronyms.into_iter().collect();
        acronyms.sort_by(|a, b| a.0.cmp(&b.0));
        for (acr, names) in acronyms {
            let mut names: Vec<(String, u32)> = names.into_iter().collect();
            names.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            // (Its expansion as the text wrote it, or without a capitalised
            // article that `article_before` took off: "La Confederación
            // Hidrográfica del Guadalquivir (CHG)".)
            let Some(expansion) = names.into_iter().find_map(|(n, _)| {
                if initials_match(&acr, &n) {
                    return Some(n);
                }
                let (_, rest) = n.split_once(' ')?;
                (initials_match(&acr, rest) && by_key.contains_key(&key_of(rest)))
                    .then(|| rest.to_string())
            }) else {
                continue;
            };
            let (Some(&to), acr_group) = (
                by_key.get(&key_of(&expansion)),
                by_key.get(&key_of(&acr)).copied(),
            ) else {
                continue;
            };
            match acr_group {
                Some(from) if from != to && groups[from].table.is_none() => {
                    merge(&mut groups, from, to, &mut by_key);
                }
                None => groups[to].extra.push(acr),
                _ => {}
            }
        }
        // A name of two words or more, not a person's, that ends exactly
        // one longer name, not a person's either, after capitalised words
        // with no connector, is that name said short: "the Town Hall" in a
        // story of "Millbrook Town Hall" (not when two longer names end so:
        // `Texas National Guard`, `Ohio National Guard`).
        let mut by_tail: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (g, grp) in groups.iter().enumerate() {
            if !grp.alive || grp.kind() == "person" {
                continue;
            }
            let words = grp.full_words();
            // (The words before it are one or two names' words, not a
            // connector or a given name: `Millbrook`, `Old Millbrook`.)
            let head_ok = |k: usize| {
                k <= 2
                    && words[..k]
                        .iter()
                        .all(|w| !has(F_CONNECTORS | F_GIVEN_NAMES | F_PERSON_CONNECTORS, w))
            };
            for k in 1..words.len().saturating_sub(1) {
                if head_ok(k) {
                    by_tail.entry(words[k..].join(" ")).or_default().push(g);
                }
            }
        }
        let mut tails: Vec<(usize, usize)> = Vec::new();
        for (g, grp) in groups.iter().enumerate() {
            if !grp.alive || grp.table.is_some() || grp.kind() == "person" {
                continue;
            }
            let k = key_of(grp.name());
            // (Its last word names a place's or an organisation's kind:
            // `Town Hall`, `Supreme Court`; never a person's name.)
            if k.contains(' ')
                && k.rsplit(' ')
                    .next()
                    .is_some_and(|w| has(F_ORG_WORDS | F_PLACE_TAILS, w))
                && let Some(&[to]) = by_tail.get(&k).map(Vec::as_slice)
                && to != g
            {
                tails.push((g, to));
            }
        }
        for (g, to) in tails {
            let (g, to) = (root(&groups, g), root(&groups, to));
            if g != to && groups[g].alive && groups[to].alive {
                merge(&mut groups, g, to, &mut by_key);
            }
        }
        // Words met inside names of several words, not last.
        let inner_words: FxHashSet<String> = groups
            .iter()
            .flat_map(|g| g.forms.iter())
            .flat_map(|(f, _)| {
                let k = key_of(f);
                let words: Vec<String> = k.split(' ').map(str::to_string).collect();
                let n = words.len();
                words.into_iter().take(n.saturating_sub(1))
            })
            .collect();
        // Surnames and shortened names join the one full name they shorten.
        let mut ambiguous = Vec::new();
        let persons: Vec<usize> = (0..groups.len())
            .filter(|&g| groups[g].alive && groups[g].person_like())
            .collect();
        let mut by_last: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        let mut by_ends: FxHashMap<(String, String), Vec<usize>> = FxHashMap::default();
        for &g in &persons {
            let words = groups[g].full_words();
            if let (Some(f), Some(l)) = (words.first(), words.last()) {
                by_last.entry(l.clone()).or_default().push(g);
                by_ends
                    .entry((spelled_alike(f), l.clone()))
                    .or_default()
                    .push(g);
            }
        }
        // Longer full names sharing first and last word with a shorter one,
        // and the same full name with its given name spelled as another
        // language spells it (`Wladimir Putin`, `Vladimir Putin`).
        let mut ends: Vec<_> = by_ends.into_values().filter(|v| v.len() > 1).collect();
        ends.sort();
        for list in ends {
            let alive: Vec<usize> = list.into_iter().filter(|&g| groups[g].alive).collect();
            if let Some(&top) = alive
                .iter()
                .max_by_key(|&&g| (groups[g].stats.count, std::cmp::Reverse(g)))
            {
                for g in alive {
                    if g != top {
                        merge(&mut groups, g, top, &mut by_key);
                    }
                }
            }
        }
        // A name with a regnal number (`Leo XIV`, `Charles III`) is met by
        // its first word alone (`Leo`): that word joins it, where one such
        // name has it.
        let mut regnal: FxHashMap<String, Option<usize>> = FxHashMap::default();
        for (g, grp) in groups.iter().enumerate() {
            // (A monarch's or a pope's: a given name, or a title met before
            // it; not a thing's, `Apple II`.)
            if grp.alive
                && let Some((first, number)) = grp.name().split_once(' ')
                && roman_numeral(number)
                && (given_name(first) || grp.stats.title > 0)
            {
                regnal
                    .entry(key_of(first))
                    .and_modify(|e| *e = None)
                    .or_insert(Some(g));
            }
        }
        if !regnal.is_empty() {
            for g in 0..groups.len() {
                if !groups[g].alive || groups[g].name().contains(' ') {
                    continue;
                }
                if let Some(Some(to)) = regnal.get(&key_of(groups[g].name())) {
                    let to = root(&groups, *to);
                    if to != g {
                        merge(&mut groups, g, to, &mut by_key);
                    }
                }
            }
        }
        // A full name of two words that ends one full name of three, and no
        // other, its surname met alone: the same person (`Guido Lombardi`,
        // `George Guido Lombardi`, `Lombardi`;
        // not `Fiestas de San Isidro`, a connector, nor a place before the
        // name, `Bliskiego Wschodu Steve Witkoff`).
        let mut pairs: FxHashMap<Vec<String>, usize> = FxHashMap::default();
        // (Any name of two words, without a connector, not of the table:
        // a person's two surnames met without the given name, `Vargas
        // Llosa`, `García Ortiz`, need no cue of their own.)
        let mut any_pairs: FxHashMap<Vec<String>, usize> = FxHashMap::default();
        for (g, grp) in groups.iter().enumerate() {
            if grp.alive && grp.table.is_none() && grp.stats.place == 0 {
                let words = grp.full_words();
                if words.len() == 2 && words.iter().all(|w| !has(F_CONNECTORS, w)) {
                    any_pairs.insert(words.to_vec(), g);
                }
            }
        }
        let mut longer: Vec<(usize, Vec<String>)> = Vec::new();
        for &g in persons.iter().filter(|&&g| groups[g].alive) {
            let words = groups[g].full_words();
            match words.len() {
                2 => {
                    pairs.insert(words.to_vec(), g);
                }
                3 if groups[g].name().split(' ').all(|w| !has(F_CONNECTORS, w))
                    && !table.by_key.contains_key(&words[0]) =>
                {
                    longer.push((g, words[1..].to_vec()));
                }
                _ => {}
            }
        }
        let mut tails: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
        let mut heads: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
        for (g, tail) in &longer {
            // (A person's: the surname is also met alone; of a Spanish
            // name's two surnames, the first: `Iglesias Ruiz` of `Marta
            // Iglesias Ruiz`, met as `Iglesias`.)
            if let Some(&short) = pairs.get(tail)
                && (by_key.contains_key(&tail[1]) || by_key.contains_key(&tail[0]))
            {
                tails.entry(short).or_default().push(*g);
            } else if given_name(&groups[*g].full_words()[0])
                && let Some(&short) = any_pairs.get(tail)
            {
                // A given name and two surnames (`Mario Vargas Llosa`),
                // the surnames met without it.
                tails.entry(short).or_default().push(*g);
            }
            // A given name and the first surname (`Marta Iglesias`), that
            // surname met alone.
            let head = [groups[*g].full_words()[0].clone(), tail[0].clone()];
            if let Some(&short) = pairs.get(head.as_slice())
                && by_key.contains_key(&tail[0])
            {
                heads.entry(short).or_default().push(*g);
            }
        }
        let mut tails: Vec<(usize, Vec<usize>)> = tails.into_iter().chain(heads).collect();
        tails.sort();
        for (short, longer) in tails {
            if let [one] = longer.as_slice() {
                let (from, to) = (root(&groups, short), root(&groups, *one));
                if from != to {
                    merge(&mut groups, from, to, &mut by_key);
                }
            }
        }
        // A name with an initial (`M. Iglesias`) is the one full name of a
        // given name with that letter and that surname (`Marta Iglesias`,
        // `Marta Iglesias Ruiz`), where there is one.
        // (The full names are looked up by their second and last words,
        // the surnames they may have; a full name that takes a shortened
        // one is indexed again, as its name may change.)
        let mut by_surname: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        let index = |groups: &[Group], f: usize, by: &mut FxHashMap<String, Vec<usize>>| {
            let w = groups[f].full_words();
            if w.len() >= 2 && w[0].chars().count() > 1 {
                for s in [&w[1], &w[w.len() - 1]] {
                    by.entry(s.clone()).or_default().push(f);
                }
            }
        };
        for &f in &persons {
            let r = root(&groups, f);
            if groups[r].alive {
                index(&groups, r, &mut by_surname);
            }
        }
        for &g in &persons {
            let words = groups[g].full_words();
            let [initial, surname] = words else {
                continue;
            };
            let mut letters = initial.trim_end_matches('.').chars();
            let (Some(letter), None) = (letters.next(), letters.next()) else {
                continue;
            };
            if !groups[g].alive {
                continue;
            }
            let mut full: Vec<usize> = by_surname
                .get(surname)
                .into_iter()
                .flatten()
                .map(|&f| root(&groups, f))
                .filter(|&f| f != g && groups[f].alive)
                .filter(|&f| {
                    let w = groups[f].full_words();
                    w.len() >= 2
                        && w[0].chars().count() > 1
                        && w[0].starts_with(letter)
                        && (w.last() == Some(surname) || w.get(1) == Some(surname))
                })
                .collect();
            full.sort_unstable();
            full.dedup();
            if let [one] = full.as_slice() {
                merge(&mut groups, g, *one, &mut by_key);
                index(&groups, *one, &mut by_surname);
            }
        }
        // (And, where names are declined, by the stem of their last word:
        // `Путина`, `Путину` of `Владимир Путин`.)
        let mut by_last_stem: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for &g in &persons {
            let grp = &groups[g];
            if grp.alive && grp.stats.declined == grp.stats.count && grp.name().contains(' ') {
                let stem = declined_stem(grp.name());
                if let Some((_, last)) = stem.rsplit_once(' ') {
                    by_last_stem.entry(last.to_string()).or_default().push(g);
                }
            }
        }
        for g in 0..groups.len() {
            let grp = &groups[g];
            // A surname: one word, or a particle and a word (`El Saife`,
            // `von der Leyen` is met as `Leyen`).
            let surname = |f: &str| !f.contains(' ') || particle_surname(f);
            // (A word in capitals is a heading's or an acronym, not a
            // surname: `EVENT` does not shorten `RunDisney Event`.)
            if !grp.alive
                || grp.table.is_some()
                || !grp.forms.iter().all(|(f, _)| surname(f))
                || grp.forms.iter().all(|(f, _)| tokens::is_caps(f))
            {
                continue;
            }
            let whole = key_of(&grp.forms[0].0);
            let key = whole.rsplit(' ').next().unwrap_or_default().to_string();
            let declined = (grp.stats.declined == grp.stats.count && !whole.contains(' '))
                .then(|| declined_stem(&grp.forms[0].0));
            let (full, ends) = match (by_last.get(&key), &declined) {
                (Some(full), _) => (full, whole.clone()),
                (None, Some(stem)) => match by_last_stem.get(stem) {
                    Some(full) => (full, stem.clone()),
                    None => continue,
                },
                (None, None) => continue,
            };
            let by_stem = ends != whole;
            let full: Vec<usize> = {
                let mut v: Vec<usize> = full
                    .iter()
                    .map(|&f| root(&groups, f))
                    .filter(|&f| f != g)
                    // (`El Saife` shortens `Mohamed El Saife`, not `Ali Saife`.)
                    .filter(|&f| {
                        let name = if by_stem {
                            declined_stem(groups[f].name())
                        } else {
                            key_of(groups[f].name())
                        };
                        name.ends_with(&format!(" {ends}"))
                    })
                    .collect();
                v.sort_unstable();
                v.dedup();
                v
            };
            // A person's cue on the surname or the full name: `Obama
            // said`, `President Obama`, or a given name starting the full
            // name (not `Web` and `World Wide Web`).
            // Without one, a word that also starts other names (`Web` in
            // `Web APIs`) stays apart.
            let cue = |s: &Stats| s.title + s.said > 0;
            let inner = inner_words.contains(&key);
            // Nor is a place after a connector in a name that nothing
            // shows to be a person's its surname: `Valdeluna` of the
            // water company `Aguas de Valdeluna`, `Tajo` of
            // `Confederación Hidrográfica del Tajo`, `America` of `Bank
            // of America`.
            let after_connector = |f: usize| {
                let name = groups[f].name();
                let mut words = name.rsplit(' ');
                words.next();
                words.next().is_some_and(|w| has(F_CONNECTORS, w))
            };
            // (Only a word met as a place, `en Valdeluna`, `in America`: a
            // surname met without its particle is one, `Jong` of `Michiel
            // B. de Jong`, and so is one met with it, `Von der Leyen`.
            // Organisations speak too, `Aguas de Valdeluna said`: a title
            // before the full name, or a cue of the word alone, shows a
            // person, `Luis de Guindos`, `Guindos said`.)
            let bare = groups[g].forms.iter().all(|(f, _)| !f.contains(' '));
            let placed = groups[g].stats.place > 0;
            let full: Vec<usize> = full
                .into_iter()
                // (Or a full name with a given name: `Donald Trump` beside
                // `Trump Tower`.)
                .filter(|&f| {
                    !inner
                        || cue(&groups[f].stats)
                        || cue(&groups[g].stats)
                        || (groups[f].given_named()
                            && !given_name(&key)
                            && !groups[f].full_words().iter().any(|w| {
                                has(
                                    F_ORG_WORDS | F_PLACE_TAILS | F_PLACE_HEADS | F_GROUP_WORDS,
                                    w,
                                )
                            }))
                })
                .filter(|&f| {
                    !bare
                        || !placed
                        || !after_connector(f)
                        || groups[f].stats.title > 0
                        || cue(&groups[g].stats)
                })
                .collect();
            match full.as_slice() {
                [] => {}
                [one] => merge(&mut groups, g, *one, &mut by_key),
                more => {
                    // One full name met five times as often as any other
                    // still takes its surname (`Obama`: `Barack Obama` 19
                    // times, his grandmother `Sarah Obama` twice).
                    let mut counts: Vec<(u32, usize)> =
                        more.iter().map(|&f| (groups[f].stats.count, f)).collect();
                    counts.sort_by(|a, b| b.cmp(a));
                    if counts[0].0 >= 5 * counts[1].0.max(1) {
                        merge(&mut groups, g, counts[0].1, &mut by_key);
                    } else {
                        // (It stays apart, counted on its own: `Bush`
                        // of `George Bush` and `Laura Bush` is still the
                        // corpus's most met name.)
                        ambiguous.push(groups[g].forms[0].0.clone());
                        // (A person's when it speaks or has a title, or
                        // two of the names are people's by a given name
                        // or a cue: not `Mozilla` of `Mozilla Firefox` and
                        // `Mozilla Thunderbird`.)
                        let shared = cue(&groups[g].stats)
                            || more
                                .iter()
                                .filter(|&&f| groups[f].given_named() || cue(&groups[f].stats))
                                .count()
                                >= 2;
                        groups[g].set_shared_surname(shared);
                    }
                }
            }
        }
        // A given name, where one person's full name starts with it, is
        // that person: met after a title or before "said" when the full
        // name is met at least as often (`Sir Keir`, `Keir Starmer`; not
        // `Prince Harry` 18 times and a `Harry Chandler` once); met with no
        // cue, when a title or "said" shows the full name is a person's
        // (`Mike` of `Rep. Mike Gallagher`; not `Housing` of a `Housing
        // Census` nor `Spark` of a `Spark Pro`, which nothing shows to be
        // people). Two full names leave it apart.
        let mut by_first: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for &g in persons.iter().filter(|&&g| groups[g].alive) {
            if let Some(first) = groups[g].full_words().first() {
                by_first.entry(first.clone()).or_default().push(g);
            }
        }
        for g in 0..groups.len() {
            let grp = &groups[g];
            if !grp.alive
                || grp.table.is_some()
                || grp.stats.place > 0
                || grp.forms.iter().any(|(f, _)| f.contains(' '))
            {
                continue;
            }
            let cued = grp.stats.title + grp.stats.said > 0;
            // (An acronym is no given name: French `JO`, the Olympics, is
            // not a `Jo Watson`.)
            let acronym = grp.forms.iter().all(|(f, _)| {
                f.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && !f.chars().any(char::is_lowercase)
            });
            if acronym {
                continue;
            }
            let key = key_of(&grp.forms[0].0);
            if let Some([one]) = by_first.get(&key).map(Vec::as_slice)
                && groups[*one].alive
                && *one != g
                && if cued {
                    groups[*one].stats.count >= groups[g].stats.count
                } else {
                    groups[*one].stats.title + groups[*one].stats.said > 0
                }
            {
                merge(&mut groups, g, *one, &mut by_key);
            }
        }
        ambiguous.sort();
        // (Each kept group with its name, worked out once.)
        let mut kept: Vec<(&Group, &str)> = groups
            .iter()
            .filter(|g| {
                // A name met once needs a cue: the table, a title, "said",
                // or words of its own not at a sentence's start (a short
                // text names most of its people once).
                g.alive
                    && (g.stats.count >= 2
                        || (g.stats.count == 1
                            && (g.table.is_some()
                                || g.stats.title + g.stats.said > 0
                                || (g.stats.initial == 0 && g.name().contains(' '))
                                || g.given_named())))
            })
            .map(|g| (g, g.name()))
            .collect();
        // (Of names met as often in as many articles, those with more to
        // show they are names come first: where the list is cut, among
        // the names met once, it kept those early in the alphabet.)
        kept.sort_by(|(a, an), (b, bn)| {
            b.stats
                .count
                .cmp(&a.stats.count)
                .then(b.stats.articles.cmp(&a.stats.articles))
                .then_with(|| b.evidence().cmp(&a.evidence()))
                .then_with(|| an.cmp(bn))
        });
        let mut entities = Vec::new();
        let mut met = Vec::new();
        let mut names: FxHashSet<String> = FxHashSet::default();
        for (g, name) in kept {
            if entities.len() == MAX_ENTITIES {
                break;
            }
            let name = name.to_string();
            if !names.insert(name.clone()) {
                continue;
            }
            let mut aliases = vec![name.clone()];
            let mut forms: Vec<&(String, Stats)> = g.forms.iter().collect();
            forms.sort_by(|a, b| b.1.count.cmp(&a.1.count).then_with(|| a.0.cmp(&b.0)));
            let table_names = g
                .table
                .map(|t| {
                    table.entries[t]
                        .0
                        .iter()
                        .map(|s| s.to_string())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default();
            for a in forms
                .iter()
                .map(|(f, _)| f.clone())
                .chain(g.extra.iter().cloned())
                .chain(table_names)
            {
                if !aliases.contains(&a) {
                    aliases.push(a);
                }
            }
            let mut patterns = Vec::new();
            aliases.retain(|a| match query::parse_name(a) {
                Ok(p) => {
                    patterns.push(p);
                    true
                }
                Err(_) => false,
            });
            entities.push(Entity {
                name,
                kind: g.kind().to_string(),
                aliases,
                patterns,
                match_case: true,
            });
            met.push(g.stats.count as usize);
        }
        Discovery {
            entities,
            met,
            ambiguous,
        }
    }
}

/// A surname with its particles: `El Saife`, `van Gogh`, `de Gaulle`,
/// `von der Leyen`.
fn particle_surname(f: &str) -> bool {
    f.rsplit_once(' ')
        .is_some_and(|(particles, _)| particles.split(' ').all(is_particle))
}

/// A particle a surname may start with: a person's connector (`de`, `van`,
/// `al`) or a capitalised Arabic one (`El`, `Al`, `Abu`, `Ben`).
fn is_particle(w: &str) -> bool {
    has(F_PERSON_CONNECTORS, w) || matches!(w, "El" | "Al" | "Abu" | "Ben")
}

/// A name with an ending after its apostrophe: the English possessive
/// (`Petro's`), or a Turkish case ending (`Samsun'un Kavak ilçesi`, "Kavak
/// district of Samsun": the name is `Samsun`, and it ends there).
fn is_possessive(w: &str) -> bool {
    (w.len() > 2 && (w.ends_with("'s") || w.ends_with("’s"))) || tokens::case_ending_at(w).is_some()
}

/// A name with the Turkish ending of "in", "at" or "from" (`İzmir'de`,
/// `Türkiye'den`, `Ankara'daki`): as "in" before it, a place's cue.
fn in_at_or_from(w: &str) -> bool {
    tokens::case_ending_at(w).is_some_and(|q| {
        let ending = tokens::fold(w[q..].trim_start_matches(['\'', '’']));
        matches!(
            ending.trim_start_matches('n').trim_end_matches("ki"),
            "da" | "de" | "ta" | "te" | "dan" | "den" | "tan" | "ten"
        )
    })
}

/// Whether a territory held by `by` (the word before `-held`,
/// `-controlled`, `-administered`, `-occupied`) is a place: a place of the
/// table, a people (`Indian`, `Russian`, `Kurdish`) or an armed group,
/// not a party or an owner.
fn held_by_territory(by: &str) -> bool {
    let lower = by.to_lowercase();
    table().by_key.contains_key(&key_of(by))
        || (is_group_word(&lower)
            && !matches!(
                lower.as_str(),
                "republican"
                    | "democratic"
                    | "conservative"
                    | "liberal"
                    | "socialist"
                    | "communist"
                    | "soviet"
                    | "orthodox"
                    | "evangelical"
            ))
        || matches!(
            lower.as_str(),
            "rebel"
                | "separatist"
                | "militant"
                | "insurgent"
                | "jihadist"
                | "taliban"
                | "houthi"
                | "hamas"
                | "hezbollah"
                | "army"
                | "military"
        )
}

fn strip_possessive(w: &str) -> &str {
    if let Some(q) = tokens::case_ending_at(w) {
        &w[..q]
    } else if is_possessive(w) {
        w.strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or(w)
    } else {
        w
    }
}

/// Whether `acr` is made of the initials of `name`'s capitalised words, in
/// order (connectors may give a letter or not: `ELN`, `FARC`, `DEA`).
fn initials_match(acr: &str, name: &str) -> bool {
    let letters: Vec<char> = acr
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    let words: Vec<&str> = name.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    if letters.len() < 2 || words.len() < 2 {
        return false;
    }
    // Each capitalised word gives its initial, or the first letters of
    // it (`Aemet`: Agencia Estatal de Meteorología); a connector may.
    fn fits(letters: &[char], words: &[&str]) -> bool {
        match (letters.first(), words.first()) {
            (None, None) => true,
            (_, None) => false,
            (None, Some(_)) => words.iter().all(|w| !starts_upper(w)),
            (Some(_), Some(w)) => {
                for (took, (c, &l)) in w
                    .chars()
                    .flat_map(char::to_lowercase)
                    .zip(letters)
                    .enumerate()
                {
                    if c != l {
                        break;
                    }
                    if fits(&letters[took + 1..], &words[1..]) {
                        return true;
                    }
                }
                !starts_upper(w) && fits(letters, &words[1..])
            }
        }
    }
    words.len() <= 12 && fits(&letters, &words)
}

/// Forms merged into one entity.
struct Group {
    forms: Vec<(String, Stats)>,
    /// More aliases (an acronym met only in its introduction).
    extra: Vec<String>,
    stats: Stats,
    /// Its entry in the bundled table.
    table: Option<usize>,
    alive: bool,
    /// Where it was merged, once merged.
    into: Option<usize>,
    /// The surname of two people's full names, which it joined neither of
    /// (`Williams`): a person's name.
    shared_surname: bool,
    /// Where [`Group::name`] found the name, once asked ([`NAME_UNSET`]
    /// until then, and again after a form is added): the settling asks for
    /// a group's name many times, and finding it looks at every pair of
    /// forms.
    name_at: std::cell::Cell<u32>,
    /// [`Group::full_words`], once asked, until a form is added.
    words: std::cell::OnceCell<Vec<String>>,
    /// [`Group::kind`], once asked, until a form is added or
    /// `shared_surname` is set (see [`Group::set_shared_surname`]).
    kind_of: std::cell::Cell<Option<&'static str>>,
    /// [`Group::person_like`], once asked, until a form is added.
    person_shaped: std::cell::Cell<Option<bool>>,
}

/// [`Group::name_at`] before the name is looked for.
const NAME_UNSET: u32 = u32::MAX;
/// [`Group::name_at`] for the table's name.
const NAME_CANONICAL: u32 = u32::MAX - 1;
/// [`Group::name_at`] for no name (a group without forms).
const NAME_NONE: u32 = u32::MAX - 2;

impl Group {
    fn new(table: Option<usize>) -> Group {
        Group {
            forms: Vec::new(),
            extra: Vec::new(),
            stats: Stats::default(),
            table,
            alive: true,
            into: None,
            shared_surname: false,
            name_at: std::cell::Cell::new(NAME_UNSET),
            words: std::cell::OnceCell::new(),
            kind_of: std::cell::Cell::new(None),
            person_shaped: std::cell::Cell::new(None),
        }
    }

    /// Forgets what was worked out from its forms and counts.
    fn forget(&mut self) {
        self.name_at.set(NAME_UNSET);
        self.words = std::cell::OnceCell::new();
        self.kind_of.set(None);
        self.person_shaped.set(None);
    }

    fn set_shared_surname(&mut self, shared: bool) {
        self.shared_surname = shared;
        self.kind_of.set(None);
    }

    fn add(&mut self, form: String, st: Stats) {
        self.stats.add(&st);
        self.forms.push((form, st));
        self.forget();
    }

    /// The most met form of two or more words, else the most met form; a
    /// table entry shows its first name. Found once, then kept until a form
    /// is added.
    fn name(&self) -> &str {
        let at = match self.name_at.get() {
            NAME_UNSET => {
                let name = self.find_name();
                let at = if let Some(i) = self
                    .forms
                    .iter()
                    .position(|(f, _)| std::ptr::eq(f.as_str(), name))
                {
                    i as u32
                } else if name.is_empty() {
                    NAME_NONE
                } else {
                    NAME_CANONICAL
                };
                self.name_at.set(at);
                at
            }
            at => at,
        };
        match at {
            NAME_NONE => "",
            NAME_CANONICAL => self.table.map_or("", |t| table().entries[t].0[0]),
            i => &self.forms[i as usize].0,
        }
    }

    /// [`Group::name`], looked for.
    fn find_name(&self) -> &str {
        if let Some(t) = self.table {
            // The table's name, unless the texts seldom write it (for less
            // than a quarter of the mentions: `Kenya` once in a unit's name
            // among eleven `Kenia`): then their own name, written out, when
            // it is most of the mentions (`Lisboa` for a corpus in
            // Portuguese, not `Lisbon`; `United States` over `U.S.`; `China`
            // for one `Chine` and one `Cina`). A name counts with its German
            // genitive (`Frankreich` 2 and `Frankreichs` 3 make
            // `Frankreich`).
            let canonical = table().entries[t].0[0];
            let with_genitive = |f: &str, n: u32| {
                n + self
                    .forms
                    .iter()
                    .filter(|(g, st)| st.genitive == st.count && g.strip_suffix('s') == Some(f))
                    .map(|(_, st)| st.count)
                    .sum::<u32>()
            };
            let all: u32 = self.forms.iter().map(|(_, st)| st.count).sum();
            let met: u32 = self
                .forms
                .iter()
                .filter(|(f, _)| key_of(f) == key_of(canonical))
                .map(|(f, st)| with_genitive(f, st.count))
                .sum();
            if met > 0 && met * 4 >= all {
                return canonical;
            }
            return self
                .forms
                .iter()
                .find(|(f, st)| {
                    with_genitive(f, st.count) * 2 > all
                        && f.chars().any(char::is_lowercase)
                        // (One of the table's names: not a German genitive.)
                        && table().by_key.get(&key_of(f)) == Some(&t)
                })
                .map_or(canonical, |(f, _)| f.as_str());
        }
        // The most met full name that starts with a given name (`Mario
        // Vargas Llosa`, not his surnames `Vargas Llosa` met more often);
        // else the most met full name; else the most met form; where names
        // are declined, most surely the nominative first (below). (Not a
        // German genitive of another form: `Sebastian Hendel`, not
        // `Sebastian Hendels` met more often.)
        let genitive = |f: &str, st: &Stats| {
            st.genitive == st.count
                && f.strip_suffix('s')
                    .is_some_and(|b| self.forms.iter().any(|(o, _)| o == b))
        };
        // (A name met mostly where names are declined: the full name most
        // surely in its nominative, then the most met; met only there, not
        // by a given name, as a given name may be another's in another
        // case: `Petr Fiala` over `Petra Fialy`, `Верховный Суд` over
        // `Верховного Суда` met more often.)
        let declined = self.forms.iter().all(|(_, st)| st.declined == st.count);
        let mostly_declined = 2 * self.forms.iter().map(|(_, st)| st.declined).sum::<u32>()
            > self.forms.iter().map(|(_, st)| st.count).sum::<u32>();
        let rank = |f: &str, st: &Stats| {
            (
                if mostly_declined {
                    nominative_score(f)
                } else {
                    0
                },
                st.count,
            )
        };
        let best = |multi: bool, given: bool| {
            self.forms
                .iter()
                .filter(|(f, st)| {
                    (!multi || (f.contains(' ') && !particle_surname(f)))
                        && (!given || f.split_once(' ').is_some_and(|(w, _)| given_name(w)))
                        && !genitive(f, st)
                })
                .max_by(|a, b| {
                    rank(&a.0, &a.1)
                        .cmp(&rank(&b.0, &b.1))
                        .then_with(|| b.0.cmp(&a.0))
                })
                .map(|(f, _)| f.as_str())
        };
        best(true, !declined)
            .or_else(|| best(true, false))
            .or_else(|| best(false, false))
            .unwrap_or_default()
    }

    /// The words of its most met full name (folded).
    fn full_words(&self) -> &[String] {
        self.words
            .get_or_init(|| key_of(self.name()).split(' ').map(str::to_string).collect())
    }

    /// Two to four words, capitalised but for a person's connectors, no
    /// organisation's word, not a known place (worked out once, until a
    /// form is added).
    fn person_like(&self) -> bool {
        if let Some(p) = self.person_shaped.get() {
            return p;
        }
        let p = self.person_shaped_name();
        self.person_shaped.set(Some(p));
        p
    }

    /// [`Group::person_like`], worked out.
    fn person_shaped_name(&self) -> bool {
        if self.table.is_some() {
            return false;
        }
        let name = self.name();
        let words: Vec<&str> = name.split(' ').collect();
        // (`Camp Strava`, `Lake Harmon`: a place's first word; `Manchester
        // City`, `Hudson River`: a place's last word that is no surname, as
        // `Hall` and `Park` are.)
        // (`City` makes no place either: `Manchester City` is a club.)
        let place_tail = |w: &str| {
            let w = w.to_lowercase();
            matches!(w.as_str(), "city" | "town" | "ciudad" | "cidade")
                || (has(F_PLACE_TAILS, &w)
                    && !matches!(
                        w.as_str(),
                        "hall" | "park" | "beach" | "bay" | "hills" | "heights" | "creek" | "lake"
                    ))
        };
        // (Nor a region: `South Darfur`, `North Waziristan`.)
        (2..=4).contains(&words.len())
            && !has(F_PLACE_HEADS | F_COMPASS, words[0])
            && !words.last().is_some_and(|w| place_tail(w))
            && words.iter().all(|w| {
                (starts_upper(w) && !has(F_ORG_WORDS, w) && !tokens::is_caps(w))
                    || has(F_PERSON_CONNECTORS, w)
                    // (`al-Assad` of `Bashar al-Assad`.)
                    || w.split_once('-')
                        .is_some_and(|(p, rest)| has(F_PERSON_CONNECTORS, p) && starts_upper(rest))
            })
            && !words.iter().any(|w| is_group_word(w))
    }

    /// How much shows it to be a name, for ranking names met as often: 3
    /// for a name of the bundled table, 2 for one met with a title or
    /// "said" or shaped as a person's with a given name, 1 for a name of
    /// several words met inside a sentence, else 0.
    fn evidence(&self) -> u8 {
        let s = &self.stats;
        if self.table.is_some() {
            3
        } else if s.title + s.said > 0 || self.given_named() {
            2
        } else if s.initial < s.count && self.name().contains(' ') {
            1
        } else {
            0
        }
    }

    /// A person's name by its shape and its first word, a given name
    /// (`Sebastian Hendel`, `Adrienne So`).
    fn given_named(&self) -> bool {
        self.person_like() && self.name().split(' ').next().is_some_and(given_name)
    }

    /// Person, place, organisation or other (worked out once, until a
    /// form is added).
    fn kind(&self) -> &'static str {
        if let Some(k) = self.kind_of.get() {
            return k;
        }
        let k = self.find_kind();
        self.kind_of.set(Some(k));
        k
    }

    /// [`Group::kind`], worked out.
    fn find_kind(&self) -> &'static str {
        if let Some(t) = self.table {
            return if table().entries[t].1 {
                "place"
            } else {
                "organisation"
            };
        }
        let name = self.name();
        let org_word = self
            .forms
            .iter()
            .any(|(f, _)| f.split(' ').any(|w| has(F_ORG_WORDS, w)));
        if org_word {
            return "organisation";
        }
        let s = &self.stats;
        let multi = name.contains(' ');
        if s.title > 0 && s.title * 4 >= s.place {
            return "person";
        }
        // `Lake Harmon`, `Hudson River`, unless it speaks (`Grace Park
        // said`).
        // (Of `X of Y`, X says what it is: `Gulf of Mexico`, not `Friends
        // of Silver Lake`.)
        let geographic = multi && s.said == 0 && {
            let head = name.split_once(" of ").map_or(name, |(h, _)| h);
            let mut words = head.split(' ');
            words.next().is_some_and(|w| has(F_PLACE_HEADS, w))
                || words.next_back().is_some_and(|w| has(F_PLACE_TAILS, w))
        };
        if geographic {
            return "place";
        }
        if s.place >= 2 && s.place * 2 >= s.count && s.said == 0 {
            return "place";
        }
        // A full name also met as its last word alone: how people, not
        // places, are named again.
        let surname_alone = multi && {
            let last = key_of(name);
            let last = last.rsplit(' ').next().unwrap_or_default().to_string();
            // (Not a noun's last word met after "the": `the Marines` of
            // `Coastal Marines`, `the Bill` of `Harbour Safety Bill`.)
            self.forms.iter().any(|(f, st)| {
                (!f.contains(' ') && key_of(f) == last && st.determined * 2 < st.count)
                    || (particle_surname(f)
                        && key_of(f) != key_of(name)
                        && key_of(f).ends_with(&format!(" {last}")))
            })
        };
        // Or a full name shaped as a person's that speaks ("said Lena
        // Krüger", "disse Ana Ferreira", "Miguel Antunes said"); with a
        // connector inside, speaking shows no person (`Aguas de Valdeluna
        // said`, a water company).
        let connector = name.split(' ').any(|w| has(F_CONNECTORS, w));
        // (`The Marines said` shows no person in `Coastal Marines`.)
        if self.person_like()
            && (surname_alone || (multi && s.said_bare > 0 && s.place == 0 && !connector))
        {
            return "person";
        }
        if self.given_named() || (self.shared_surname && s.place * 2 < s.count) {
            return "person";
        }
        "other"
    }
}

/// The group `g` was merged into, in the end (itself if it was not).
fn root(groups: &[Group], mut g: usize) -> usize {
    while let Some(to) = groups[g].into {
        g = to;
    }
    g
}

/// Merges group `from` into `to`.
fn merge(groups: &mut [Group], from: usize, to: usize, by_key: &mut FxHashMap<String, usize>) {
    if from == to || !groups[from].alive {
        return;
    }
    let forms = std::mem::take(&mut groups[from].forms);
    let extra = std::mem::take(&mut groups[from].extra);
    groups[from].forget();
    groups[from].alive = false;
    groups[from].into = Some(to);
    for (f, st) in forms {
        by_key.insert(key_of(&f), to);
        groups[to].add(f, st);
    }
    groups[to].extra.extend(extra);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::corpus::SourceFile;

    #[test]
    fn the_word_before_is_the_one_tokens_cut_wherever_it_is_asked() {
        // At every character of texts with marks, numbers, abbreviations,
        // contractions and other scripts, the quick ASCII path gives what
        // the tokens give.
        let texts = [
            "It rained. The U.S. Senate met; then (as said) \"Mr. Smith\" left -- Ms. Jones, 3.5 million, 1,200 people. O'Brien's car: don't. Wait... Yes! No? \nNew line.\n\nAnd so",
            "Der 2. Juni: Präsident Müller sagte, dass – wie erwartet – Ärzte kamen. «Oui», dit-il. L’État français. 東京 Tokyo.",
            "end.The x.y.z (A) [B] {C} a/b c&d e@f #tag $5 100% 'q' \"Q\" ¿Qué? ¡Sí! — Fin",
        ];
        for text in texts {
            for (p, _) in text.char_indices() {
                assert_eq!(
                    word_before(text, p),
                    word_before_by_tokens(text, p),
                    "at {p} of {text:?}"
                );
            }
        }
    }

    fn corpus(files: &[(&str, &str)]) -> Corpus {
        let files: Vec<SourceFile> = files
            .iter()
            .map(|(n, t)| SourceFile {
                name: (*n).to_string(),
                bytes: t.as_bytes().to_vec(),
            })
            .collect();
        Corpus::from_files(&files)
    }

    /// A country's names in Norwegian, Czech, Polish or Russian are the
    /// table's country, one with its English name; Norwegian titles and
    /// given names vouch for people, and its "Hun" ("she") is no one.
    #[test]
    fn countries_and_people_of_nordic_czech_and_russian_texts() {
        let c = corpus(&[
            (
                "2024-08-05-no.txt",
                "Ferja er i rute igjen\n\nFerja mellom Norge og Danmark gikk igjen tirsdag. \
                 Rederiet sa at Norge og Tyskland har flere turister enn i fjor. Det \
                 gleder statsminister Sveinung Haugland. Gunnvor Kjærsgaard sier at \
                 Danmark også er fornøyd. Hun sier at turistene kommer tilbake. \
                 Hun sier også at prisene er lave. Kjetil Brennvoll åpnet en kafé ved \
                 kaia.\n",
            ),
            (
                "2024-08-06-cs.txt",
                "Trajekty jezdí\n\nTrajekty mezi Německem a Norskem jezdí podle plánu. \
                 Německo a Polsko hlásí více turistů.\n",
            ),
            (
                "2024-08-07-en.txt",
                "Ferries back\n\nFerries between Norway and Germany ran on Wednesday. \
                 Россия и Украина were not mentioned by the operator.\n",
            ),
        ]);
        let d = discover(&c);
        // (A Norwegian title before a name vouches for a person.)
        // (And a Norwegian given name starts a person's name.)
        for person in ["Sveinung Haugland", "Kjetil Brennvoll"] {
            assert_eq!(find(&d, person).kind, "person", "{:?}", names(&d));
        }
        // ("Hun", "she", is no one: Norway's verbs of saying are not
        // cues, as they would make her one.)
        assert!(!names(&d).contains(&"Hun"), "{:?}", names(&d));
        // (Named in English where the texts write it; else as they do.)
        for (name, other) in [
            ("Norway", "Norge"),
            ("Germany", "Německo"),
            ("Germany", "Tyskland"),
            ("Danmark", "Danmark"),
            ("Polsko", "Polsko"),
            ("Украина", "Украина"),
        ] {
            kind_with_alias(&d, name, "place", other);
        }
    }

    /// Bodies of the news in any language (`Hamás`, `Liga Árabe`,
    /// `Consejo de Seguridad`) are the table's organisations, one with
    /// their English names.
    #[test]
    fn bodies_of_the_table_are_organisations_in_any_language() {
        let c = corpus(&[
            (
                "2025-05-25-es.txt",
                "Reunión en Madrid\n\nLos ministros de la Liga Árabe se reunieron el domingo \
                 en Madrid para hablar de Gaza. Hamás dijo que estudiará la propuesta. El \
                 Consejo de Seguridad votará el martes, y el Banco Central Europeo no \
                 comentó. La Liga Árabe pidió un alto el fuego.\n",
            ),
            (
                "2025-05-26-en.txt",
                "Talks in Cairo\n\nThe Arab League met again in Cairo on Monday. Hamas said \
                 it would reply within days, and the Security Council delayed its vote. \
                 Hezbollah was not invited.\n",
            ),
        ]);
        let d = discover(&c);
        for (english, other) in [
            ("Arab League", "Liga Árabe"),
            ("Hamas", "Hamás"),
            ("Security Council", "Consejo de Seguridad"),
        ] {
            kind_with_alias(&d, english, "organisation", other);
        }
        assert_eq!(find(&d, "Hezbollah").kind, "organisation");
    }

    /// The vowel that a Slavic name drops in its other cases (`Radek`,
    /// `Radka`; `Павел`, `Павла`) leaves one name, and a name that keeps
    /// it (`Marcel`, `Marcela`) stays one too.
    #[test]
    fn a_vowel_that_other_cases_drop_is_no_other_name() {
        let c = corpus(&[
            (
                "2025-10-15-snemovna.txt",
                "Sněmovna jednala o rozpočtu\n\nPředseda sněmovny Radek Vondráček řekl, \
                 že sněmovna bude o rozpočtu jednat až do pátku, protože poslanci podali \
                 více než sto návrhů. Podle Radka Vondráčka je schůze svolána na devět \
                 hodin a také v sobotu se bude jednat. Poslanec Marcel Kolaja uvedl, že \
                 s tím jeho klub souhlasí, ale že jsou to příliš dlouhé schůze. Marcela \
                 Kolaji se novináři ptali, zda bude hlasovat pro rozpočet, který podle \
                 něj není dobrý. Podle Charlese Michela je to věc vlády. Charlese Michela to netěší. Armáda se \
                 vrátila ze Sahelu a spolupráce se Sahelem skončila.\n",
            ),
            (
                "2025-10-16-en.txt",
                "Brussels summit\n\nEuropean Council President Charles Michel said the \
                 summit would end on Friday. Charles Michel thanked the leaders.\n",
            ),
            (
                "2026-01-08-sud.txt",
                "Суд отложил заседание\n\nСудья Павел Вовк заявил, что не придет на \
                 заседание. Адвокаты Павла Вовка сообщили, что он находится за \
                 границей. Суд отложил рассмотрение дела на месяц.\n",
            ),
        ]);
        let r = report(&c);
        // (A name met outside the declining languages loses the vowel
        // too, and the table's names are found without dropping it:
        // `Sahelu` is the Sahel.)
        let michel = row_of(&r, "Charles Michel");
        assert!(
            michel.aliases.iter().any(|a| a.alias == "Charlese Michela"),
            "{michel:?}"
        );
        assert_eq!(row_of(&r, "Sahel").kind, "place");
        for name in ["Radek Vondráček", "Marcel Kolaja", "Павел Вовк"] {
            let e = row_of(&r, name);
            assert_eq!((e.mentions, &*e.kind), (2, "person"), "{e:?}");
        }
        no_row_for(
            &r,
            &[
                "Radka Vondráčka",
                "Vondráčka",
                "Павла Вовка",
                "Marcela Kolaji",
            ],
        );
    }

    /// A Czech plain text (no page to tag its language): its function
    /// words say Czech, and a name in another case (`Petra Fialy`, `Petru
    /// Fialovi`, `Stanjurou`) is counted as the name.
    #[test]
    fn a_czech_text_declines_its_names() {
        let c = corpus(&[(
            "2025-10-14-rozpocet.txt",
            "Vláda schválila rozpočet\n\nPremiér Petr Fiala v úterý oznámil, že vláda \
             schválila rozpočet na příští rok. Podle Petra Fialy je schodek nižší než \
             loni. Opozice Petru Fialovi vyčítá, že škrtá výdaje na školy a nemocnice. \
             Ministr financí Zbyněk Stanjura řekl, že rozpočet je podle něj \
             realistický. Se Stanjurou jednali také zástupci krajů, kteří chtějí více \
             peněz na silnice. Fiala dodal, že vláda bude o rozpočtu dál jednat.\n",
        )]);
        let r = report(&c);
        // (A title with words between it and the name vouches for no one:
        // for Stanjura "řekl", "said", does.)
        for (name, n) in [("Petr Fiala", 4), ("Zbyněk Stanjura", 2)] {
            let e = row_of(&r, name);
            assert_eq!((e.mentions, &*e.kind), (n, "person"), "{e:?}");
        }
        no_row_for(
            &r,
            &["Petra Fialy", "Petru Fialovi", "Fialovi", "Stanjurou"],
        );
    }

    /// Where names are declined, an entity is named by its nominative when
    /// the texts write it, though another case is met more often (`Верховный
    /// Суд` over `Верховного Суда`, `Sněmovna` over `Sněmovny`); a place
    /// of the table met only in other cases is that place (`Малайзии`,
    /// `Česka`), and a neuter's `-o` (`Česko`) joins its other cases.
    /// A name whose nominative ends as another case may (`Ибрагим`) joins
    /// the forms it is the stem of.
    #[test]
    fn a_declined_name_is_named_by_its_nominative() {
        let c = corpus(&[
            (
                "2025-03-04-sud.txt",
                "Решение суда\n\nВо вторник стало известно решение Верховного Суда по делу о \
                 выборах. По словам судей Верховного Суда, заявитель не представил \
                 доказательств. Как сообщил представитель суда, Верховный Суд заседал два \
                 дня. В Малайзии о решении узнали из новостей, и делегация из Малайзии \
                 прилетела позже.\n",
            ),
            (
                "2025-11-06-snemovna.txt",
                "Nová vláda\n\nPoslanci Sněmovny v úterý jednali o rozpočtu na příští rok. \
                 Podle předsedy Sněmovny se rozpočet týká celého Česka a všech krajů, a proto \
                 je to pro ně důležité. Jednání přerušila Sněmovna až večer, když se poslanci \
                 nedohodli. Ve středu bude jednat znovu, protože v Česku roste inflace a Česko \
                 čeká na nový rozpočet. Opozice tvrdí, že vláda škrtá výdaje na školy a \
                 nemocnice v Česku. Do Česka se vrací inflace, a proto podle ní Sněmovna musí \
                 jednat rychle. Do Sněmovny přišli také hejtmani.\n",
            ),
            (
                "2025-05-14-vizit.txt",
                "Визит премьера\n\nВ Москву прилетел премьер Малайзии Анвар Ибрагим. Вечером с \
                 Анваром Ибрагимом встретился президент. По словам Анвара Ибрагима, переговоры \
                 прошли хорошо. Анвар Ибрагим добавил, что визит важен.\n",
            ),
        ]);
        let d = discover(&c);
        // (A nominative that ends as another case may, `Ибрагим` as an
        // instrumental, is still its other forms' stem; a place of the
        // table before a name is a name of its own.)
        person_with_alias(&d, "Анвар Ибрагим", "Анвара Ибрагима");
        person_with_alias(&d, "Анвар Ибрагим", "Анваром Ибрагимом");
        none_of(&d, &["Малайзии Анвар Ибрагим"]);
        let e = find(&d, "Верховный Суд");
        assert!(e.aliases.iter().any(|a| a == "Верховного Суда"), "{e:?}");
        let e = find(&d, "Sněmovna");
        assert!(e.aliases.iter().any(|a| a == "Sněmovny"), "{e:?}");
        kind_with_alias(&d, "Malaysia", "place", "Малайзии");
        kind_with_alias(&d, "Czech Republic", "place", "Česka");
        kind_with_alias(&d, "Czech Republic", "place", "Česko");
        none_of(&d, &["Верховного Суда", "Sněmovny", "Малайзии", "Česka"]);
    }

    /// What a review of the nominative rules found: a name whose stem
    /// is a country's in another form is no country (`Франца` is Franz,
    /// `Росса` Ross, `Колумба` Columbus); a place in its own case starts a
    /// name (`Polska Agencja Prasowa`); a given name ending as a case may
    /// (`Maciej`) still names the person; a longer form gains nothing by
    /// its length; and a place met in English gathers its Russian forms.
    #[test]
    fn the_nominative_rules_make_no_country_of_a_person_and_split_no_name() {
        let c = corpus(&[
            (
                "2025-03-04-ru.txt",
                "Концерт\n\nВ субботу в зале звучала музыка Франца Шуберта. По словам \
                 дирижёра, с Францем Шубертом его связывает многое. Рядом висел портрет \
                 Колумба, и гид рассказал о Колумбе. Министр торговли США Уилбур Росс прилетел \
                 позже; с Россом встретились журналисты, а у Росса спросили о пошлинах. \
                 Президент Владимир Владимирович Путин выступил. Затем Владимир Путин \
                 ответил на вопросы, и Владимир Путин уехал. В Малайзии прошли выборы, и из \
                 Малайзии пришли новости.\n",
            ),
            (
                "2025-03-05-pl.txt",
                "Wybory\n\nWedług Polskiej Agencji Prasowej rząd zbierze się jutro. Jak podała \
                 Polska Agencja Prasowa, premier wróci wieczorem. Poseł Maciej Wąsik \
                 powiedział, że to dobry dzień. Według Macieja Wąsika rząd się myli. Z \
                 Macieja Wąsika kpili też inni, a do Macieja Wąsika dzwonili dziennikarze. \
                 Paolo Rossi i Paola Rossi przyjechali z Włoch.\n",
            ),
            (
                "2025-03-07-en.txt",
                "Malaysia votes\n\nMalaysia held elections on Sunday. Voters in Malaysia waited \
                 for hours, officials said.\n",
            ),
        ]);
        let d = discover(&c);
        for (name, alias) in [
            ("Франца Шуберта", "Францем Шубертом"),
            ("Колумба", "Колумбе"),
            ("Росса", "Россом"),
        ] {
            kind_with_alias(&d, name, "other", alias);
        }
        kind_with_alias(
            &d,
            "Polska Agencja Prasowa",
            "other",
            "Polskiej Agencji Prasowej",
        );
        person_with_alias(&d, "Maciej Wąsik", "Macieja Wąsika");
        person_with_alias(&d, "Владимир Путин", "Владимир Владимирович Путин");
        kind_with_alias(&d, "Malaysia", "place", "Малайзии");
        none_of(
            &d,
            &[
                "France",
                "Colombia",
                "Russia",
                "Poland",
                "Agencja Prasowa",
                "Малайзии",
            ],
        );
    }

    #[test]
    fn a_turkish_case_ending_ends_the_name_and_is_counted_as_the_name() {
        // Turkish writes a name's case ending after an apostrophe: the
        // name is the word before it ("Muğla'nın Milas ilçesi", Milas
        // district of Muğla, is two names), and every form counts for it.
        let c = corpus(&[(
            "2025-08-02-yangin.txt",
            "Milas'ta yangın ikinci gününde\n\nOrman yangını Muğla'nın Milas ilçesinde ikinci \
             gününe girdi. Valilik, Milas'taki üç köyün boşaltıldığını açıkladı. Ekipler \
             Muğla'dan ve Aydın'dan destek aldı. Türkiye'nin batısında rüzgar hızlandı; \
             Türkiye'de son bir haftada kırk yangın çıktı. Bakan Yılmaz Tunç, Milas'ta \
             incelemelerde bulundu. Tunç, Ankara'ya dönmeden önce Türkiye'nin yangınla \
             mücadele planını anlattı.",
        )]);
        let r = report(&c);
        let row = |name: &str| row_of(&r, name);
        assert!(
            r.entities.iter().all(|e| !e.name.contains('\'')),
            "{:?}",
            r.entities
        );
        // (The headline's, and three in the text.)
        assert_eq!(row("Milas").mentions, 4);
        assert_eq!(row("Türkiye").mentions, 3);
        assert_eq!(row("Muğla").mentions, 2);
        // ("in", "at" or "from" in its ending places it.)
        assert_eq!(row("Milas").kind, "place");
    }

    #[test]
    fn initials_with_dots_are_the_same_as_without() {
        let d = discover(&corpus(&[(
            "2026-03-04-vance.txt",
            "Vance visit\n\nJ.D. Vance arrived at the plant on Monday. Vice President JD Vance \
             said the plant would reopen. JD Vance met the workers, and J.D. Vance left. \
             The F.B.I. and the FBI were not there; the FBI said so.",
        )]));
        let vance = find(&d, "JD Vance");
        assert!(vance.aliases.iter().any(|a| a == "J.D. Vance"), "{vance:?}");
        assert!(d.entities.iter().all(|e| e.name != "J.D. Vance"));
        let fbi = find(&d, "Federal Bureau of Investigation");
        assert!(fbi.aliases.iter().any(|a| a == "F.B.I."), "{fbi:?}");
        // (A word with one dot is no initials: `St.` stays apart.)
        assert!(dotted_initials("U.N.") && dotted_initials("J.D.") && !dotted_initials("St."));
        assert!(!dotted_initials("J.D") && !dotted_initials("A.B.C.D.E."));
    }

    #[test]
    fn where_the_list_is_cut_names_with_a_cue_come_before_the_alphabet() {
        // More names met once than the list keeps, each of two words met
        // inside a sentence; one more, late in the alphabet, is a person
        // met with "said": it is kept, and the cut falls among the others.
        let syllables = ["ba", "ko", "ri", "ten", "mul", "sor", "vel", "dan"];
        let word = |i: usize, salt: usize| {
            let mut w = String::from("Q");
            let mut n = i * 7 + salt;
            for _ in 0..3 {
                w.push_str(syllables[n % syllables.len()]);
                n /= syllables.len();
            }
            w
        };
        let mut text = String::new();
        for i in 0..MAX_ENTITIES + 20 {
            text.push_str(&format!(
                "On the way the crew passed {} {} near the river.\n\n",
                word(i, 0),
                word(i, 3)
            ));
        }
        text.push_str("The harbour was calm, Zora Yelland said on the radio.\n");
        let d = discover(&corpus(&[("2026-02-02-cut.txt", &text)]));
        assert_eq!(d.entities.len(), MAX_ENTITIES);
        let zora = find(&d, "Zora Yelland");
        assert_eq!(zora.kind, "person");
    }

    /// A noun's last word met after "the" (`the Marines`, `the Bill`)
    /// makes no person of the noun, nor does the noun speaking (`The
    /// Marines said`); a surname sometimes met so still does (`the Kessler
    /// plan`, `the Museveni government`).
    #[test]
    fn the_marines_and_the_bill_are_no_one_the_kessler_plan_is_someone_s() {
        let d = discover(&corpus(&[(
            "2025-03-04-ports.txt",
            "Drills at the port\n\n\
             The Coastal Marines held drills near the port. The Marines said the drills would \
             end on Friday. Officials said the Marines would return next year.\n\n\
             The Harbour Safety Bill was tabled in parliament. Critics said the Bill gives the \
             police too much power. The Bill will be debated in May.\n\n\
             On Monday the minister for ports, Dana Kessler, defended the Kessler plan. Kessler \
             said the drills were needed, and Kessler said the Bill was fair.\n\n\
             Voters returned Ochieng Museveni to office. Critics of the Museveni government say \
             the vote was unfair. Museveni said the election was fair. The Museveni government \
             has banned the rallies.\n",
        )]));
        for name in ["Dana Kessler", "Ochieng Museveni"] {
            let surname = name.rsplit(' ').next().unwrap_or_default();
            person_with_alias(&d, name, surname);
        }
        for (name, alias) in [
            ("Coastal Marines", "Marines"),
            ("Harbour Safety Bill", "Bill"),
        ] {
            let e = find(&d, name);
            assert_ne!(e.kind, "person", "{e:?}");
            assert!(e.aliases.iter().any(|a| a == alias), "{e:?}");
        }
    }

    fn find<'a>(d: &'a Discovery, name: &str) -> &'a Entity {
        d.entities
            .iter()
            .find(|e| e.name == name)
            .unwrap_or_else(|| panic!("{name} not found in {:?}", names(d)))
    }

    /// `name` is found as a person, with `alias` among its aliases.
    fn person_with_alias(d: &Discovery, name: &str, alias: &str) {
        kind_with_alias(d, name, "person", alias);
    }

    /// `name` is found with `kind`, and `alias` among its aliases.
    fn kind_with_alias(d: &Discovery, name: &str, kind: &str, alias: &str) {
        let e = find(d, name);
        assert_eq!(e.kind, kind, "{name}: {e:?}");
        assert!(e.aliases.iter().any(|a| a == alias), "{alias}: {e:?}");
    }

    /// None of `not` is among the names found.
    fn none_of(d: &Discovery, not: &[&str]) {
        for n in not {
            assert!(!names(d).contains(n), "{n} in {:?}", names(d));
        }
    }

    /// Turkish titles before a name (`Cumhurbaşkanı`, `Bakan`, `Orman
    /// Bakanı`, a province's `Valisi`) are a person's cue and no part of
    /// the name (the province before `Valisi` is a name of its own); `da`
    /// ("too") after a name joins nothing to it.
    #[test]
    fn turkish_titles_vouch_for_the_person_after_them() {
        let c = corpus(&[(
            "2025-08-03-yangin.txt",
            "Milas'ta yangın kontrol altında\n\n\
             Muğla Valisi İdris Akbıyık, yangının kontrol altına alındığını açıkladı. \
             Akbıyık, üç köyün boşaltıldığını söyledi. Tarım ve Orman Bakanı İbrahim \
             Yumaklı bölgeye geldi. Cumhurbaşkanı Recep Tayyip Erdoğan, Yumaklı ile \
             telefonda görüştü. Bakan Yılmaz Tunç da Milas'ta incelemelerde bulundu.\n",
        )]);
        let r = report(&c);
        let row = |name: &str| row_of(&r, name);
        for (name, n) in [
            ("İdris Akbıyık", 2),
            ("İbrahim Yumaklı", 2),
            ("Recep Tayyip Erdoğan", 1),
            ("Yılmaz Tunç", 1),
        ] {
            assert_eq!(
                (row(name).kind.as_str(), row(name).mentions),
                ("person", n),
                "{name}"
            );
        }
        for title in ["Valisi", "Bakanı", "Cumhurbaşkanı", "Bakan", "Orman"] {
            assert!(
                r.entities
                    .iter()
                    .all(|e| !e.name.split(' ').any(|w| w == title)),
                "{title} in {:?}",
                r.entities
            );
        }
    }

    /// Polish and Russian decline names: every case of a name is the name
    /// (`Iranu`, `Iranie`, `Iranowi`; `Путина`, `Путину`), joined to the
    /// form met as the stem itself, or to the table's name of its stem
    /// (`Pakistanu` and `Pakistanie` are Pakistan); two people of one
    /// surname in English, or names met outside such texts, stay apart.
    #[test]
    fn a_name_in_another_case_is_the_name_where_names_are_declined() {
        let c = corpus(&[
            (
                "2026-04-19-iran.txt",
                "Rozmowy z Iranem zawieszone\n\n\
                 Władze Iranu odrzuciły propozycję. Delegacja z Teheranu nie przyleciała do \
                 Pakistanu, a w Pakistanie czekali już negocjatorzy. Iran chce gwarancji. \
                 Minister spraw zagranicznych powiedział, że Iranowi nie zależy na pośpiechu. \
                 W Iranie trwają narady, a Teheran milczy. Waszyngton czeka na odpowiedź \
                 Teheranu. Iran i Stany Zjednoczone rozmawiały już w kwietniu. Rozmowy z Petrem \
                 Fialą trwały dwie godziny, a wizyta Petra Fiali była krótka. Jak powiedział \
                 Petr Fiala, rozmowy były dobre. Wieczorem wrócił do Pragi, a Petr Fiala \
                 napisał o tym list. Zdaniem Petra Fiali to sukces.\n",
            ),
            (
                "2025-05-14-kreml.txt",
                "Переговоры в Стамбуле\n\n\
                 Президент Владимир Путин прилетел в Казань. Там Путина встретил губернатор. \
                 Вечером Путину доложили о переговорах в Стамбуле. Делегация вернулась из \
                 Стамбула в Москву. Позже с Путиным встретился премьер Малайзии Анвар \
                 Ибрагим. Переговоры в Стамбуле продолжатся. Решение принял Высший совет \
                 правосудия, и в Москве его обсудили студенты Высшей школы экономики. Члены \
                 Высшего совета правосудия ответили, что Высшая школа экономики ошиблась.\n",
            ),
            (
                "2025-05-15-sisters.txt",
                "Sisters open a bakery\n\n\
                 Anna Kowalski and Anne Kowalski opened a bakery on Main Street. Anna \
                 Kowalski said the ovens came from Poland. Anne Kowalski said they would \
                 open at six.\n",
            ),
        ]);
        let r = report(&c);
        let row = |name: &str| row_of(&r, name);
        // (Five in the text: the headline's `Iranem` is met nowhere else.)
        assert_eq!(row("Iran").mentions, 5, "{:?}", row("Iran"));
        assert_eq!(row("Iran").kind, "place");
        // (`Teheran` is the table's Tehran, as Spanish writes it.)
        assert_eq!(row("Tehran").mentions, 3, "{:?}", row("Tehran"));
        assert_eq!(row("Pakistan").mentions, 2, "{:?}", row("Pakistan"));
        assert_eq!(row("Pakistan").kind, "place");
        assert_eq!(
            row("Владимир Путин").mentions,
            4,
            "{:?}",
            row("Владимир Путин")
        );
        // (No form is the stem itself: the one whose ending a nominative
        // may have, `-а`, names it, though `Стамбуле` is met more.)
        let istanbul = r
            .entities
            .iter()
            .find(|e| e.aliases.iter().any(|a| a.alias == "Стамбуле"))
            .unwrap_or_else(|| panic!("{:?}", r.entities));
        assert_eq!(istanbul.name, "Стамбула");
        // (The headline's and three in the text.)
        assert_eq!(istanbul.mentions, 4, "{istanbul:?}");
        // (Named as met most, not by `Petra`, a given name elsewhere.)
        assert_eq!(row("Petr Fiala").mentions, 5, "{:?}", row("Petr Fiala"));
        assert_eq!(row("Anna Kowalski").mentions, 2);
        assert_eq!(row("Anne Kowalski").mentions, 2);
        // (Adjectives met in both genders are several bodies' first words:
        // `Высший совет`, `Высшая школа`, apart.)
        assert!(
            r.entities.iter().all(|e| {
                let has = |f: &str| e.aliases.iter().any(|a| a.alias == f);
                !(has("Высшей") && (has("Высший") || has("Высшего")))
            }),
            "{:?}",
            r.entities
        );
        no_row_for(
            &r,
            &[
                "Iranu",
                "Teheranu",
                "Pakistanu",
                "Pakistanie",
                "Путина",
                "Стамбуле",
            ],
        );
    }

    fn names(d: &Discovery) -> Vec<&str> {
        d.entities.iter().map(|e| e.name.as_str()).collect()
    }

    /// Fails, listing the rows, when the report has a row for any of
    /// `forms` (names that should have joined another).
    fn no_row_for(r: &EntitiesReport, forms: &[&str]) {
        for form in forms {
            assert!(
                r.entities.iter().all(|e| e.name != *form),
                "{form} in {:?}",
                r.entities
            );
        }
    }

    /// The report's row for `name`; the test fails, listing the rows, when
    /// there is none.
    fn row_of<'a>(r: &'a EntitiesReport, name: &str) -> &'a EntityRow {
        r.entities
            .iter()
            .find(|e| e.name == name)
            .unwrap_or_else(|| panic!("{name} in {:?}", r.entities))
    }

    /// A given name alone is no one, unless a title or "said" ties it to
    /// the one full name it starts; a place's first word makes no person.
    #[test]
    fn given_names_alone_and_camps_are_not_people() {
        let c = corpus(&[
            (
                "2025-05-01-court.txt",
                "Court hears camera case\n\n\
                 Chief Justice John Roberts wrote for the court on Monday. \
                 The park was named for John Muir, and John Muir's letters were read aloud. \
                 Pope John Paul visited the city in 1987. \
                 Justice John Roberts spoke again later. Defendant John was not named.\n",
            ),
            (
                "2025-05-02-uk.txt",
                "Starmer and the donor\n\n\
                 Keir Starmer met donors in London. Sir Keir said the rules were followed. \
                 Starmer said he would comply. Sir Keir added that gifts would be declared. \
                 Keir Starmer spoke to reporters. Prince Harry arrived late, and Prince Harry \
                 left early; Prince Harry said nothing. Harry Chandler said the hall was full.\n",
            ),
            (
                "2025-05-03-app.txt",
                "Running app adds features\n\n\
                 The company announced new features at its annual Camp Strava event. \
                 Leaderboards are one of the app's core features, and Strava said it would add more. \
                 Users of Strava asked for a dark mode, Strava said.\n",
            ),
            (
                "2025-05-04-china.txt",
                "Committee visits plant\n\n\
                 Rep. Mike Gallagher said the committee would visit the plant. \
                 On the tour, Mike asked about the chips, and Mike Gallagher took notes. \
                 The Housing Census counts every home; the Housing Census is due in May, \
                 and the office said Housing stock had grown.\n",
            ),
        ]);
        let d = discover(&c);
        assert!(!names(&d).contains(&"John"), "{:?}", names(&d));
        assert!(names(&d).contains(&"John Muir"), "{:?}", names(&d));
        person_with_alias(&d, "Keir Starmer", "Keir");
        // A given name with no cue joins the full name a title shows to be
        // a person's; a common word does not join a name nothing shows to
        // be one.
        person_with_alias(&d, "Mike Gallagher", "Mike");
        assert!(
            d.entities
                .iter()
                .all(|e| !(e.aliases.contains(&"Housing".to_string()) && e.aliases.len() > 1)),
            "{:?}",
            d.entities
        );
        // (Harry is met more than the one full name that starts with it.)
        assert!(
            !find(&d, "Harry Chandler")
                .aliases
                .contains(&"Harry".to_string())
        );
        let strava = d
            .entities
            .iter()
            .find(|e| e.aliases.iter().any(|a| a == "Strava"))
            .expect("Strava");
        assert_ne!(strava.kind, "person", "{strava:?}");
    }

    /// A particle written with a capital inside a sentence starts the
    /// name (`the Des Moines metro`, `Von der Leyen said`, `Al-Riyami
    /// told`), and the shortened forms join the full name; a word in
    /// capitals (a heading's `EVENT`) shortens no name.
    #[test]
    fn capitalised_particles_start_names_and_capitals_shorten_none() {
        let c = corpus(&[
            (
                "2025-05-15-union.txt",
                "Drivers vote\n\n\
                 Drivers in the Des Moines metro voted on Friday. Beyond Des Moines, the union \
                 grew, and workers across Des Moines joined.\n",
            ),
            (
                "2025-10-21-launch.txt",
                "Rocket launch\n\n\
                 Julanda Al-Riyami runs the site. The crowd cheered, Al-Riyami said. \
                 Later, Al-Riyami told reporters the launch went well, and Al-Riyami left.\n",
            ),
            (
                "2025-06-01-brussels.txt",
                "Commission plan\n\n\
                 Ursula von der Leyen presented the plan. Asked about costs, Von der Leyen said \
                 the member states agreed. Critics say Von der Leyen moved too fast.\n",
            ),
            (
                "2024-04-23-race.txt",
                "Race weekend\n\n\
                 Runners met at a RunDisney Event in Florida, and the RunDisney Event sold out. \
                 Tickets for the EVENT went fast, and fans said the EVENT would return.\n",
            ),
        ]);
        let d = discover(&c);
        let all = names(&d);
        assert!(
            all.contains(&"Des Moines") && !all.contains(&"Moines"),
            "{all:?}"
        );
        assert!(!all.iter().any(|n| n.starts_with("Beyond")), "{all:?}");
        person_with_alias(&d, "Julanda Al-Riyami", "Al-Riyami");
        person_with_alias(&d, "Ursula von der Leyen", "Von der Leyen");
        let event = find(&d, "RunDisney Event");
        assert!(!event.aliases.iter().any(|a| a == "EVENT"), "{event:?}");
    }

    /// A place of the table whose name holds a lower-case word is one
    /// name (`Dar es Salaam`, `Trinidad y Tobago`), not two names nor a
    /// surname of someone else's; two places joined by "and" stay two.
    #[test]
    fn a_place_whose_name_holds_a_small_word_is_one_name() {
        let c = corpus(&[
            (
                "2025-01-23-lindi.txt",
                "Street lights for traders\n\n\
                 Amina Mussa sold fish in Dar es Salaam for ten years before she moved home. \
                 Traders who came back from Dar es Salaam say the lights keep the market open. \
                 Dar es Salaam is still where most of them buy their stock.\n",
            ),
            (
                "2025-05-07-crash.txt",
                "A crash near the village\n\n\
                 \"We heard blasts,\" said Mohammed Yousuf Dar, a resident. Dar said the fire \
                 burned for an hour, and Dar said the police closed the road.\n",
            ),
            (
                "2025-06-02-caribe.txt",
                "Reunión en el Caribe\n\n\
                 Los ministros de Trinidad y Tobago y de Colombia se reunieron. Trinidad y Tobago \
                 pidió ayuda, y Colombia and Venezuela, dijo un diplomático, no respondieron.\n",
            ),
        ]);
        let d = discover(&c);
        kind_with_alias(&d, "Dar es Salaam", "place", "Dar es Salaam");
        kind_with_alias(&d, "Trinidad y Tobago", "place", "Trinidad y Tobago");
        person_with_alias(&d, "Mohammed Yousuf Dar", "Dar");
        none_of(&d, &["Salaam", "Tobago", "Colombia and Venezuela"]);
        assert!(names(&d).contains(&"Colombia"), "{:?}", names(&d));
    }

    /// Every listed word is found in its lists whatever its case, and a
    /// word is not taken for another whose bytes overlap alike.
    #[test]
    fn listed_words_are_found_in_any_case_and_only_they() {
        for (w, &f) in lexicon() {
            if w.is_ascii() && !w.contains('\'') {
                assert_eq!(flags(w), f, "{w}");
                assert_eq!(flags(&w.to_ascii_uppercase()), f, "{w}");
                let mut cap = w.to_string();
                cap[..1].make_ascii_uppercase();
                assert_eq!(flags(&cap), f, "{w}");
            }
        }
        assert_eq!(packed(b"Washington"), packed(b"WASHINGTON"));
        assert_ne!(packed(b"aaaaaaaaa"), packed(b"aaaaaaaaaa"));
        assert_ne!(packed(b"abcd"), packed(b"abcdabcd"));
        assert_ne!(packed(b"ab"), packed(b"aba"));
        for not in [&b""[..], b"He's", "Zürich".as_bytes(), &[b'a'; 17]] {
            assert_eq!(packed(not), None, "{not:?}");
        }
        // (Contractions are their first word's; a word of the lists with
        // a letter more is in none.)
        assert_eq!(flags("He's"), flags("he"));
        assert_eq!(flags("Presidentship"), 0);
        assert_eq!(flags("Presiden"), 0);
        assert_ne!(flags("President") & F_TITLE_HEADS, 0);
        assert_ne!(flags("Secretary") & F_TITLE_HEADS, 0);
    }

    /// A territory is named as one: held by someone (`Russian-occupied
    /// Melitopol`, `Indian-administered Kashmir`) or followed by its kind
    /// (`the Melitopol region`, `Lindi town`). A company a state controls
    /// is no place.
    #[test]
    fn a_territory_held_or_followed_by_its_kind_is_a_place() {
        let c = corpus(&[
            (
                "2025-03-02-drones.txt",
                "Drones hit the south\n\n\
                 Drones struck Russian-occupied Melitopol overnight. Officials in the Melitopol \
                 region said power was cut. Melitopol has been held since 2022, and Melitopol \
                 residents queued for water.\n",
            ),
            (
                "2025-03-04-lights.txt",
                "Lights for traders\n\n\
                 New lights were installed across Lindi town this year. Traders say Lindi town \
                 is safer at night, and Lindi now has a night market.\n",
            ),
            (
                "2025-03-05-gas.txt",
                "Gas prices\n\n\
                 The State-controlled Gazprom raised prices again, and the Kremlin-controlled \
                 Gazprom cut supplies to two buyers. Gazprom shares fell.\n",
            ),
            (
                "2025-03-06-vote.txt",
                "Vote in the House\n\n\
                 The vote in the Republican-controlled House came late. Voters at the Okafor town \
                 hall asked about it, and the Okafor town hall ran long. Okafor answered. \
                 Across the SADC region trade rose, and the SADC region met twice.\n",
            ),
        ]);
        let d = discover(&c);
        assert_eq!(find(&d, "Melitopol").kind, "place");
        assert_eq!(find(&d, "Lindi").kind, "place");
        for not in ["Gazprom", "Okafor", "SADC"] {
            assert_ne!(find(&d, not).kind, "place", "{not}");
        }
    }

    /// A Spanish name's forms are one person: given name and two
    /// surnames, given name and first surname, the two surnames, an
    /// initial, the first surname alone. A place after a connector is not
    /// the surname of the company named after it, nor of a river's basin
    /// authority; an abbreviated title after a place belongs to the next
    /// name (`Georgia Gov. Brian Kemp`).
    #[test]
    fn a_spanish_name_s_forms_join_and_places_stay_places() {
        let c = corpus(&[
            (
                "2024-03-03-sequia.txt",
                "Valdeluna declara la alerta\n\n\
                 La alcaldesa de Valdeluna, Marta Iglesias, declaró la alerta en Valdeluna. \
                 La empresa Aguas de Valdeluna cortará el agua por la noche, dijo Aguas de Valdeluna.\n",
            ),
            (
                "2024-03-12-cortes.txt",
                "Los cortes indignan\n\n\
                 El concejal Pedro Navarro acusó a Marta Iglesias Ruiz de improvisar. \
                 Iglesias Ruiz respondió en el pleno. Iglesias pidió calma a los vecinos de Valdeluna.\n",
            ),
            (
                "2024-04-02-trasvase.txt",
                "Llega el agua\n\n\
                 La alcaldesa M. Iglesias celebró la llegada del agua desde Valdeluna, según la \
                 Confederación Hidrográfica del Tajo. El caudal del Tajo bajó. Iglesias dijo que \
                 Marta Iglesias volverá a hablar, y Aguas de Valdeluna afirmó lo mismo.\n",
            ),
            (
                "2024-09-03-campaign.txt",
                "Campaigns brace\n\n\
                 Georgia Gov. Brian Kemp said the state was ready. North Carolina Sen. Thom Tillis \
                 agreed. Voters in Georgia and in North Carolina will decide. The Black vote may \
                 tip the state, and Black voters in Charlotte said so.\n",
            ),
        ]);
        let d = discover(&c);
        let all = names(&d);
        let marta = find(&d, "Marta Iglesias");
        assert_eq!(marta.kind, "person");
        for alias in [
            "Marta Iglesias Ruiz",
            "Iglesias Ruiz",
            "M. Iglesias",
            "Iglesias",
        ] {
            assert!(
                marta.aliases.iter().any(|a| a == alias),
                "{alias}: {marta:?}"
            );
        }
        let town = find(&d, "Valdeluna");
        assert_ne!(town.kind, "person", "{town:?}");
        assert!(
            !town.aliases.iter().any(|a| a.contains("Aguas")),
            "{town:?}"
        );
        assert_ne!(find(&d, "Aguas de Valdeluna").kind, "person");
        assert_eq!(
            find(&d, "Confederación Hidrográfica del Tajo").kind,
            "organisation"
        );
        for name in ["Georgia", "North Carolina", "Brian Kemp", "Thom Tillis"] {
            assert!(all.contains(&name), "{name}: {all:?}");
        }
        assert!(
            !all.iter()
                .any(|n| n.ends_with(" Gov") || n.ends_with(" Sen")),
            "{all:?}"
        );
        assert!(
            !all.contains(&"Black"),
            "a group of voters is no name: {all:?}"
        );
    }

    /// The name editor says how many names discovery keeps.
    #[test]
    fn the_page_says_how_many_names_are_kept() {
        let page = include_str!("../../www/index.html");
        assert!(page.contains(&format!("(the {MAX_ENTITIES} most mentioned;")));
    }

    /// "General" before "Election" is no general's title: the election
    /// joins no name, and `Election Day` is a day, no person.
    #[test]
    fn an_election_is_no_one() {
        let c = corpus(&[
            (
                "2024-07-18-uk.txt",
                "Polls close\n\n\
                 Get the latest General Election news as the polls close. The General Election \
                 was called in May, and voters in Leeds queued.\n",
            ),
            (
                "2024-09-03-us.txt",
                "Campaigns brace\n\n\
                 Both camps begin the sprint to Election Day. Ads will run between Tuesday and \
                 Election Day, the firm said.\n",
            ),
        ]);
        let d = discover(&c);
        // (A day's name is a date, no one's name.)
        assert!(
            names(&d).iter().all(|n| !n.contains("Election")),
            "{:?}",
            names(&d)
        );
    }

    /// A word met mostly with a number after it (a union's `Local 90`, a
    /// law's `Section 230`, a bug tracker's `Bug 1234`) is no name; a
    /// club met with its scores (`Arsenal 2-1`), a name a title vouches
    /// for and a place of the table are.
    #[test]
    fn a_word_that_numbers_things_is_no_name() {
        let c = corpus(&[
            (
                "2025-04-12-union.txt",
                "Drivers rally\n\n\
                 Members of Teamsters Local 90 rallied on Friday. Local 90 has pushed back, \
                 and the board of Local 90 met in Des Moines. Maria Lopez said Local 90 would strike.\n",
            ),
            (
                "2025-04-13-law.txt",
                "Platforms and the law\n\n\
                 Section 230 shields platforms. Critics of Section 230 met in Washington, \
                 where Senator Ruth Hale said Section 230 was outdated. The court cited Section 12.\n",
            ),
            (
                "2025-04-14-release.txt",
                "Browser release\n\n\
                 Bug 1234 was fixed on Monday, and Bug 998 was closed. Bug 77 remains open, \
                 the maintainers said. Version 12 ships in May.\n",
            ),
            (
                "2025-04-15-match.txt",
                "Derby day\n\n\
                 Arsenal 2-1 Chelsea, and Arsenal 3-0 Fulham a week later. Arsenal won again \
                 at home. Mayor Tom Reyes 2 times praised the team; Tom Reyes said so. \
                 The fans in Washington 3 cheered.\n",
            ),
        ]);
        let d = discover(&c);
        let all = names(&d);
        for word in ["Local", "Section", "Bug", "Version"] {
            assert!(
                d.entities
                    .iter()
                    .all(|e| !e.aliases.iter().any(|a| a == word)),
                "{word}: {all:?}"
            );
        }
        for name in ["Arsenal", "Ruth Hale", "Tom Reyes", "Washington"] {
            assert!(all.contains(&name), "{name}: {all:?}");
        }
    }

    /// A weekday that starts a programme's or a paper's name keeps its
    /// place in it ("Saturday Night Live", not "Night Live"); a day before
    /// a name is no part of it.
    #[test]
    fn a_weekday_that_starts_a_programme_s_name_is_part_of_it() {
        let c = corpus(&[
            (
                "2011-11-18-wiig.txt",
                "Wiig on comedy\n\n\
                 Kristen Wiig joined Saturday Night Live in 2005. The Saturday Night Live \
                 writers liked her, the Sunday Times said. On Friday Kristen Wiig flew home.\n",
            ),
            (
                "2011-11-19-wiig.txt",
                "Wiig again\n\n\
                 Saturday Night Live will miss Kristen Wiig, the Sunday Times wrote.\n",
            ),
        ]);
        let d = discover(&c);
        for name in ["Saturday Night Live", "Sunday Times", "Kristen Wiig"] {
            assert!(names(&d).contains(&name), "{name}: {:?}", names(&d));
        }
        for junk in ["Night Live", "Times", "Friday Kristen Wiig"] {
            assert!(!names(&d).contains(&junk), "{junk}: {:?}", names(&d));
        }
    }

    /// Months of other languages are no names, nor is a street's kind
    /// left alone when a number ends its capitals ("Avenida 5 de
    /// Outubro"); a street named in words stays (a new user's Portuguese
    /// class texts).
    #[test]
    fn months_of_other_languages_and_a_street_s_kind_alone_are_no_names() {
        let c = corpus(&[
            (
                "2025-03-03-lisboa.txt",
                "Chuva inunda a Baixa\n\n\
                 A Avenida 5 de Outubro ficou cortada. A presidente Helena Duarte visitou a \
                 Avenida da Liberdade e a Avenida 5 de Outubro. As obras na Avenida 5 de Outubro \
                 começam em Outubro, disse Helena Duarte.\n",
            ),
            (
                "2025-03-04-berlin.txt",
                "Hochwasser in Berlin\n\n\
                 Im Oktober und im Dezember wurde gebaut, sagte Anna Keller. Keller sagte im \
                 Oktober, die Arbeiten im Dezember seien teuer.\n",
            ),
        ]);
        let d = discover(&c);
        for junk in ["Outubro", "Avenida", "Oktober", "Dezember"] {
            assert!(!names(&d).contains(&junk), "{junk}: {:?}", names(&d));
        }
        assert!(
            names(&d).contains(&"Avenida da Liberdade"),
            "{:?}",
            names(&d)
        );
        assert!(names(&d).contains(&"Helena Duarte"), "{:?}", names(&d));
        // "and" inside an institution's name, not between two people.
        let c = corpus(&[(
            "2025-03-05-tempo.txt",
            "Aviso de chuva\n\n\
             O Instituto Português do Mar e da Atmosfera (IPMA) emitiu um aviso. \
             O IPMA disse que vai chover. Helena Duarte e Rui Sampaio visitaram a zona, \
             e Rui Sampaio falou com Helena Duarte.\n",
        )]);
        let d = discover(&c);
        let ipma = find(&d, "Instituto Português do Mar e da Atmosfera");
        assert!(ipma.aliases.contains(&"IPMA".to_string()), "{ipma:?}");
        assert!(
            !names(&d).iter().any(|n| n.contains("Duarte e")),
            "{:?}",
            names(&d)
        );
    }

    /// A full name after a verb of saying, as quotes put it, is a person's
    /// ("…," said Lena Krüger; disse Ana Ferreira), and Portuguese roles
    /// before a name are titles (o vereador Miguel Antunes); "told" names
    /// the one spoken to.
    #[test]
    fn a_name_after_said_and_after_a_portuguese_role_is_a_person() {
        let c = corpus(&[
            (
                "2025-05-12-stadium.txt",
                "Stadium row\n\n\
                 \"We were promised a meeting,\" said Lena Krüger of the supporters' club. \
                 The club told Nordhafen Media nothing.\n",
            ),
            (
                "2025-03-12-lisboa.txt",
                "Moradores exigem obras\n\n\
                 \"Todos os invernos é a mesma coisa\", disse Ana Ferreira, de 67 anos. \
                 O vereador Miguel Antunes prometeu obras.\n",
            ),
        ]);
        let d = discover(&c);
        for n in ["Lena Krüger", "Ana Ferreira", "Miguel Antunes"] {
            assert_eq!(find(&d, n).kind, "person", "{n}");
        }
        assert_ne!(find(&d, "Nordhafen Media").kind, "person");
    }

    /// A person's surname met only where sentences start joins the full
    /// name (wire copy: "Dole, speaking in …", "Dole's running mate");
    /// an office's last word does not (`Downing Street said`).
    #[test]
    fn a_surname_that_only_starts_sentences_joins_its_person() {
        let c = corpus(&[
            (
                "1996-08-24-politics.txt",
                "CLINTON SIGNS WELFARE BILL, DOLE CRITICISES.\n\n\
                 Republican presidential candidate Bob Dole said Clinton had signed it under pressure. \
                 Dole, speaking in Kansas City, said the Democrats had resisted reform. \
                 Dole's running mate Jack Kemp said in New York that the Republicans would win.\n",
            ),
            (
                "1996-08-25-london.txt",
                "Talks in London\n\n\
                 Downing Street said the talks would go on. Street lights were out in the square. \
                 Street vendors sold flags, and Downing Street said nothing more.\n",
            ),
        ]);
        let d = discover(&c);
        person_with_alias(&d, "Bob Dole", "Dole");
        assert_eq!(
            d.met[names(&d).iter().position(|&n| n == "Bob Dole").unwrap()],
            3
        );
        assert!(
            !d.entities
                .iter()
                .any(|e| e.aliases.iter().any(|a| a == "Street")),
            "{:?}",
            names(&d)
        );
    }

    /// A club named for its city is no person, and its last word no
    /// surname; a Portuguese assembly is an organisation.
    #[test]
    fn clubs_and_assemblies_are_not_people() {
        let c = corpus(&[
            (
                "2025-04-26-football.txt",
                "United beat City again\n\n\
                 Manchester United beat Manchester City 2-1 on Saturday. Bruno Fernandes scored twice \
                 for Manchester United, and Ruben Amorim said Manchester United had deserved the win. \
                 Pep Guardiola said City were unlucky, and Manchester City said nothing.\n",
            ),
            (
                "2025-04-25-lisboa.txt",
                "Presidente discursa\n\n\
                 O Presidente da República discursou na Assembleia da República. O primeiro-ministro \
                 Luís Montenegro disse que a Assembleia da República decide.\n",
            ),
        ]);
        let d = discover(&c);
        let city = find(&d, "Manchester City");
        assert_ne!(city.kind, "person", "{city:?}");
        assert!(!city.aliases.iter().any(|a| a == "City"), "{city:?}");
        assert_eq!(find(&d, "Assembleia da República").kind, "organisation");
        assert_eq!(find(&d, "Luís Montenegro").kind, "person");
    }

    /// Hundreds of names are kept: a longer name beyond the first hundred
    /// still holds its words (`City` is not counted in `Kansas City`).
    #[test]
    fn hundreds_of_names_are_kept() {
        let firsts = ["Alma", "Bruno", "Clara", "Dario", "Elena", "Fabio", "Greta"];
        let heads = [
            "Bar", "Cal", "Dor", "Fen", "Gal", "Hol", "Kor", "Lan", "Mor", "Nor", "Pel", "Ros",
        ];
        let tails = [
            "berg", "croft", "dale", "field", "ford", "ham", "ley", "mont", "ridge", "stead",
            "well", "wick", "wood", "worth",
        ];
        let mut text = String::from("A long register\n\n");
        let mut n = 0;
        for h in heads {
            for t in tails {
                let f = firsts[n % firsts.len()];
                n += 1;
                text.push_str(&format!(
                    "On Monday, {f} {h}{t} said the plan would work, and {h}{t} said so twice. "
                ));
            }
        }
        text.push_str(
            "Storms reached Kansas City and Oklahoma City. In Kansas City, schools closed. \
             The City said streets in Oklahoma City were open.\n",
        );
        let c = corpus(&[("2025-06-01-register.txt", &text)]);
        let d = discover(&c);
        assert!(
            d.entities.len() > n,
            "{} of {n}: {:?}",
            d.entities.len(),
            names(&d)
        );
        assert!(names(&d).contains(&"Kansas City"), "{:?}", names(&d));
    }

    /// European politics: titles cut, surnames merged, places known, an
    /// acronym joined to its expansion, months and nationalities left out.
    #[test]
    fn a_short_text_s_names_met_once_are_found_when_a_cue_vouches_for_them() {
        let c = corpus(&[(
            "2026-03-02-council.txt",
            "Library wins its vote\n\nThe town council approved the budget of the Springfield Public Library on Monday. \
             Ellen Park said the children would have a reading room. Heavy Rain fell all day. \
             The vote came after a long debate.",
        )]);
        let d = discover(&c);
        // Words of its own inside a sentence; a person's "said".
        assert_eq!(find(&d, "Springfield Public Library").kind, "organisation");
        find(&d, "Ellen Park");
        // At a sentence's start, met once, nothing vouches for it.
        let names: Vec<&str> = d.entities.iter().map(|e| e.name.as_str()).collect();
        assert!(!names.contains(&"Heavy Rain"), "{names:?}");
        assert!(
            !names.iter().any(|n| n.contains("Library wins")),
            "{names:?}"
        );
    }

    /// An ampersand between capitals is inside a name (`AT&T`, `CD&V`),
    /// not `Q&A`; a person "of" a party is the person, with a surname met
    /// on its own; a surname's particle that starts a sentence stays
    /// (`Le Drian a déclaré`).
    #[test]
    fn ampersands_parties_and_particles_starting_a_sentence() {
        let c = corpus(&[
            (
                "2025-06-02-gent.txt",
                "Ghent, 2 June 2025\n\nHilde Crevits of CD&V met the unions on Monday. \
                 Crevits said CD&V wanted a deal before the summer. The Q&A session \
                 ran late, and Koen Peumans of N-VA left early. Peumans said the unions \
                 nothing. The CD&V group met again.",
            ),
            (
                "2025-06-03-telecom.txt",
                "Dallas, 3 June 2025\n\nShares of AT&T rose on Tuesday after AT&T said \
                 its network was back. Le ministre Jean-Yves Le Drian a salué l'accord. \
                 Le Drian a déclaré que AT&T devait payer.",
            ),
        ]);
        let d = discover(&c);
        let names = names(&d);
        for n in ["CD&V", "AT&T"] {
            assert!(names.contains(&n), "{n} in {names:?}");
        }
        none_of(&d, &["CD", "AT", "Q&A", "Hilde Crevits of CD&V"]);
        person_with_alias(&d, "Hilde Crevits", "Crevits");
        person_with_alias(&d, "Koen Peumans", "Peumans");
        person_with_alias(&d, "Jean-Yves Le Drian", "Le Drian");
        none_of(&d, &["Drian"]);
    }

    /// Spanish and French institutions and roles: a sentence's article
    /// after a dateline's dash is not the body's (and its acronym, also one
    /// made of first letters, `Aemet`, joins it); a ministry's domain
    /// before a person or a body is not theirs; "al" after a place is "to
    /// the"; a surname joins a full name with a given name though it also
    /// starts a building's name (`Trump Tower`).
    #[test]
    fn spanish_bodies_acronyms_domains_and_a_surname_beside_a_building() {
        let c = corpus(&[
            (
                "2026-03-02-alerta.txt",
                "Alerta por la sequía\n\nJAÉN, 2 mar (EFE) – La Confederación Hidrográfica del \
                 Segura (CHS) ha declarado la alerta este lunes. La Agencia Estatal de \
                 Meteorología (Aemet) no prevé lluvias. La consejera de Agricultura de la Junta \
                 de Andalucía, Rosa Medina, pidió calma. Según la CHS, los embalses están al 20 %. \
                 La Aemet lo confirmó. La Junta de Andalucía se reunirá el jueves.",
            ),
            (
                "2026-03-04-madrid.txt",
                "Medina en Madrid\n\nMADRID, 4 mar (EFE) – La consejera Rosa Medina reclamó en \
                 Madrid al Ministerio de Agricultura un decreto. Medina dijo que la CHS no basta. \
                 Le ministre de l'Économie Paul Girard a salué l'accord. Selon Girard, \
                 la Junta de Andalucía avait raison. Marco Ferri ha visitato la Ferri Tower. \
                 Ferri ha detto che la torre era pronta. Secondo Ferri, tutto va bene.",
            ),
        ]);
        let d = discover(&c);
        let chs = find(&d, "Confederación Hidrográfica del Segura");
        assert!(chs.aliases.iter().any(|a| a == "CHS"), "{:?}", chs.aliases);
        let aemet = find(&d, "Agencia Estatal de Meteorología");
        assert!(
            aemet.aliases.iter().any(|a| a == "Aemet"),
            "{:?}",
            aemet.aliases
        );
        person_with_alias(&d, "Paul Girard", "Girard");
        person_with_alias(&d, "Marco Ferri", "Ferri");
        find(&d, "Junta de Andalucía");
        let names = names(&d);
        for bad in ["La Confederación", "Agricultura", "Économie", "Madrid al"] {
            assert!(
                !names.iter().any(|n| n.starts_with(bad)),
                "{bad}: {names:?}"
            );
        }
        assert!(!names.contains(&"Ferri"), "{names:?}");
    }

    /// A role or an adjective before a name, capitalised because it starts
    /// the sentence, is not part of the name; in lower case it vouches for
    /// the person (as a title does). English and Spanish.
    #[test]
    fn a_role_or_an_adjective_starting_a_sentence_is_not_part_of_the_name() {
        let c = corpus(&[
            (
                "2026-03-02-stone.txt",
                "Stone backs the campaign\n\nLongtime Donald Trump ally Roger Stone said on Monday that \
                 the campaign would go on. Reporters asked whether Trump would attend. \
                 Billionaire Elon Musk also spoke. Novelist Jo Watson, from Johannesburg, read a page. \
                 The group then met the novelist Zadie Smith in a bar.",
            ),
            (
                "2026-03-03-madrid.txt",
                "Reunión en Madrid\n\nEl empresario Juan Roig visitó la fábrica el martes. \
                 Periodista Ana Pastor preguntó por los salarios.",
            ),
        ]);
        let d = discover(&c);
        let names = names(&d);
        for n in [
            "Donald Trump",
            "Elon Musk",
            "Jo Watson",
            "Juan Roig",
            "Ana Pastor",
        ] {
            assert_eq!(find(&d, n).kind, "person", "{n}");
        }
        assert_eq!(find(&d, "Zadie Smith").kind, "person");
        assert!(
            find(&d, "Donald Trump")
                .aliases
                .contains(&"Trump".to_string()),
            "{names:?}"
        );
        for bad in ["Longtime", "Billionaire", "Novelist", "Periodista"] {
            assert!(!names.iter().any(|n| n.contains(bad)), "{bad}: {names:?}");
        }
    }

    /// A Spanish article written with a capital inside a sentence begins
    /// a name; a surname with its particle joins the full name; sentence
    /// adverbs and "Estado" are no names; a month after "the" is none.
    #[test]
    fn capitalised_articles_and_particles_stay_in_names() {
        let c = corpus(&[
            (
                "2026-07-10-incendio.txt",
                "Incendio en Almería\n\nEl fuego llegó a Los Gallardos el viernes. En Los Gallardos, la \
                 alcaldesa pidió calma. Asimismo, el Gobierno envió ayuda a Los Gallardos y al barrio de \
                 El Chocolate. Los Estados miembros y el Estado español ofrecieron apoyo. Asimismo, \
                 los vecinos de El Chocolate volvieron.",
            ),
            (
                "2024-08-08-gaza.txt",
                "Talks in Gaza\n\nThe family told videographer Mohamed El Saife in Khan Younis that the \
                 talks had failed. \"We want peace,\" a man told El Saife. Another told El Saife the same. \
                 Officials blamed the April 22 attack.",
            ),
        ]);
        let d = discover(&c);
        let names = names(&d);
        find(&d, "Los Gallardos");
        assert_ne!(find(&d, "El Chocolate").kind, "person");
        let saife = find(&d, "Mohamed El Saife");
        assert_eq!(saife.kind, "person");
        assert!(saife.aliases.contains(&"El Saife".to_string()), "{names:?}");
        for not in [
            "Gallardos",
            "Chocolate",
            "Asimismo",
            "Estados",
            "Estado",
            "April",
            "El Saife",
        ] {
            assert!(!names.contains(&not), "{not}: {names:?}");
        }
    }

    /// A place before a first name and a surname met on its own is not part
    /// of the name (Corriere della Sera: "il senatore della Florida Marco
    /// Rubio"; The New Yorker: "Iceland Ólafur Grímsson"); "Mississippi of
    /// Broadway" is no place before a person.
    #[test]
    fn a_place_before_a_first_name_and_a_surname_met_alone_goes() {
        let c = corpus(&[(
            "2025-01-05-roma.txt",
            "Meloni a Mar-a-Lago\n\nAl loro fianco, il senatore della Florida Marco Rubio nominato segretario di Stato. \
             Secondo fonti vicine, Rubio ha parlato a lungo. Poi Rubio è partito. \
             The show was called the Mississippi of Broadway by critics, and Broadway loved it. Broadway agreed.",
        )]);
        let d = discover(&c);
        assert_eq!(find(&d, "Marco Rubio").kind, "person", "{:?}", names(&d));
        assert!(
            !names(&d).contains(&"Florida Marco Rubio"),
            "{:?}",
            names(&d)
        );
        assert!(
            !names(&d).iter().any(|n| n.starts_with("of ")),
            "{:?}",
            names(&d)
        );
    }

    /// French "M." is Monsieur before the surname of a full name whose first
    /// name is not an M. (Le Monde: "M. Macron" with "Emmanuel Macron"; Le
    /// Figaro: "M. Peskov" with "Dmitri Peskov"); an initial that fits stays.
    #[test]
    fn monsieur_is_a_title_not_an_initial() {
        let c = corpus(&[
            (
                "2025-03-03-macron.txt",
                "Macron parle\n\nLe président Emmanuel Macron a parlé lundi. M. Macron a ajouté que la France paiera. \
                 Selon M. Macron, le plan est prêt.",
            ),
            (
                "2025-03-04-smith.txt",
                "Smith speaks\n\nMary Smith, the mayor, spoke on Monday. M. Smith said the plan was ready. \
                 Critics asked M. Smith about the cost.",
            ),
        ]);
        let d = discover(&c);
        person_with_alias(&d, "Emmanuel Macron", "Macron");
        assert!(
            !names(&d).contains(&"M. Macron") && d.ambiguous.is_empty(),
            "{:?} {:?}",
            names(&d),
            d.ambiguous
        );
        // (Named by the given name written out.)
        person_with_alias(&d, "Mary Smith", "M. Smith");
    }

    /// Italian text (Corriere della Sera): "da" between two full names is a
    /// preposition, not a particle ("Giorgia Meloni da Donald Trump"; but
    /// "Lula da Silva"); an elided article opening a sentence is no name
    /// ("L’incontro di Meloni"): Meloni joins Giorgia Meloni.
    #[test]
    fn italian_da_and_elided_articles() {
        let c = corpus(&[(
            "2025-01-05-roma.txt",
            "Meloni in Florida\n\nLa premier italiana Giorgia Meloni è partita per la Florida. \
             «Bene Giorgia Meloni da Donald Trump», ha detto Matteo Salvini. \
             L’incontro di Meloni con Trump è durato ore. L’incontro tra Meloni e Trump avviene oggi. \
             Il presidente Luiz Inácio Lula da Silva ha chiamato. Poi Lula da Silva ha parlato con Meloni.",
        )]);
        let d = discover(&c);
        person_with_alias(&d, "Giorgia Meloni", "Meloni");
        assert!(
            names(&d).contains(&"Luiz Inácio Lula da Silva"),
            "{:?}",
            names(&d)
        );
        for not in [
            "Giorgia Meloni da Donald Trump",
            "L’incontro di Meloni",
            "L’incontro",
        ] {
            assert!(!names(&d).contains(&not), "{not}: {:?}", names(&d));
        }
        assert!(d.ambiguous.is_empty(), "{:?}", d.ambiguous);
    }

    /// A two-word full name that ends a three-word one, its surname met
    /// alone, is that person (Corriere: "George Guido Lombardi", "Guido
    /// Lombardi", "Lombardi"; Kommersant: "России Владимир Путин"); a place
    /// or a connector before the name keeps them apart.
    #[test]
    fn a_full_name_that_ends_a_longer_one_joins_it() {
        let c = corpus(&[(
            "2025-01-05-roma.txt",
            "Lombardi a Mar-a-Lago\n\nLe parole di Guido Lombardi sono chiare. Secondo l’imprenditore George Guido Lombardi, \
             l’incontro è andato bene. Lombardi ha conosciuto Meloni anni fa, e Lombardi lo ha ripetuto. \
             Le Fiestas de San Isidro sono finite; San Isidro è il patrono.",
        )]);
        let d = discover(&c);
        let names = names(&d);
        let lombardi = names.iter().filter(|n| n.contains("Lombardi")).count();
        assert_eq!(lombardi, 1, "{names:?}");
        person_with_alias(&d, "George Guido Lombardi", "Guido Lombardi");
        assert!(d.ambiguous.is_empty(), "{:?}", d.ambiguous);
    }

    #[test]
    fn the_city_and_the_state_alone_are_no_names() {
        // A South African page's "the City" (its council) was the first
        // chip of a new user's trial; French "l'État" is the state.
        let c = corpus(&[
            (
                "2025-03-05-water.txt",
                "Water cuts\n\nThe City said water would be cut on Monday. Residents asked the City \
                 for tankers. The City of Cape Town later apologised. Mayor Geordin Hill-Lewis said the \
                 City would pay.",
            ),
            (
                "2025-03-06-budget.txt",
                "Budget\n\nLe ministre a dit que l'État devait réduire ses dépenses. Selon le ministre, \
                 l'État ne peut plus emprunter. L'État a annoncé une réunion.",
            ),
        ]);
        let d = discover(&c);
        none_of(&d, &["City", "État", "Etat"]);
        assert!(names(&d).contains(&"Geordin Hill-Lewis"), "{:?}", names(&d));
    }

    #[test]
    fn a_short_word_between_hyphens_stays_in_the_name() {
        // A new user's storm stories gave "Ille" and "Vilaine" apart.
        let c = corpus(&[(
            "2025-03-05-floods.txt",
            "Floods\n\nFloods hit Ille-et-Vilaine on Monday. Officials in Ille-et-Vilaine said roads \
             were closed. Rain fell on Ille-et-Vilaine again. Troops from the U.S.-led coalition left.",
        )]);
        let d = discover(&c);
        assert!(names(&d).contains(&"Ille-et-Vilaine"), "{:?}", names(&d));
        none_of(&d, &["Ille", "Vilaine"]);
    }

    /// A Latin word glued to Japanese starts a word, as the tokens cut
    /// it: "フリーWi-Fi" is Wi-Fi (a new user's Yahoo Japan page gave
    /// "Fi", 24 mentions).
    #[test]
    fn a_latin_name_inside_japanese_text_is_whole() {
        let c = corpus(&[(
            "2017-03-09-wifi.txt",
            "無料のWi-Fiを守るアプリ\n\nトレンドマイクロは3月9日、フリーWi-Fiプロテクションを発表した。\
             公衆Wi-Fiの利用者は増えている。フリーWi-Fiは便利だが、通信が盗み見られる危険がある。\
             同社はフリーWi-Fiの安全を守ると述べた。",
        )]);
        let d = discover(&c);
        assert!(names(&d).contains(&"Wi-Fi"), "{:?}", names(&d));
        none_of(&d, &["Fi", "Wi"]);
    }

    #[test]
    fn a_place_said_short_joins_the_one_longer_name_it_ends() {
        let c = corpus(&[(
            "2025-03-05-hall.txt",
            "Hall to close\n\nThe council met at Millbrook Town Hall on Wednesday. Mayor Patricia Okafor \
             said the Town Hall roof needed repairs. Residents gathered outside the Town Hall before the \
             vote. Troops came from the Texas National Guard, and trucks from the Ohio National Guard. The National \
             Guard said it would stay. The National Guard left on Friday.",
        )]);
        let d = discover(&c);
        let halls: Vec<&Entity> = d
            .entities
            .iter()
            .filter(|e| e.aliases.iter().any(|a| a.contains("Town Hall")))
            .collect();
        assert_eq!(halls.len(), 1, "{:?}", names(&d));
        for alias in ["Town Hall", "Millbrook Town Hall"] {
            assert!(
                halls[0].aliases.iter().any(|a| a == alias),
                "{:?}",
                halls[0].aliases
            );
        }
        // Two longer names end so: the short one stays apart.
        let guard = find(&d, "National Guard");
        assert_eq!(guard.aliases, ["National Guard"], "{:?}", names(&d));
    }

    /// An institution of a name is a mention of the name (Corriere:
    /// "segretario di Stato da Trump" made "Trump" two people's; El País:
    /// "el Gobierno de Meloni"; an English school board and a French page).
    #[test]
    fn an_institution_of_a_name_counts_for_the_name() {
        let c = corpus(&[
            (
                "2025-01-05-roma.txt",
                "Meloni e Trump\n\nLa premier Giorgia Meloni ha incontrato Donald Trump. Marco Rubio, \
                 nominato segretario di Stato da Trump, era presente. Trump ha detto che l'Italia è un \
                 alleato, e Trump ha lodato Meloni.",
            ),
            (
                "2025-01-06-bogota.txt",
                "Reforma\n\nEl presidente Gustavo Petro anunció una reforma. Según el Gobierno de Petro, \
                 costará mucho. Petro insistió en la plaza; Petro habló dos horas.",
            ),
            (
                "2025-01-07-paris.txt",
                "Budget\n\nLe Premier ministre François Bayrou a présenté le budget. Selon le Gouvernement \
                 de Bayrou, il faut économiser. Bayrou a parlé, et Bayrou a répondu.",
            ),
        ]);
        let d = discover(&c);
        let names = names(&d);
        assert!(d.ambiguous.is_empty(), "{:?}", d.ambiguous);
        for (full, alias) in [
            ("Donald Trump", "Trump"),
            ("Gustavo Petro", "Petro"),
            ("François Bayrou", "Bayrou"),
        ] {
            person_with_alias(&d, full, alias);
        }
        assert!(
            !names.iter().any(|n| n.contains("Stato")
                || n.contains("Gobierno")
                || n.contains("Gouvernement")),
            "{names:?}"
        );
    }

    /// The regions of Spain, Germany, France and Italy and some of their
    /// cities are places of the table, in their languages' names.
    #[test]
    fn regions_of_the_table_are_places() {
        let c = corpus(&[
            (
                "2026-07-10-es.txt",
                "Incendios\n\nEl fuego avanza por Almería y el Gobierno de Andalucía pide ayuda. \
                 Los bomberos de Andalucía llegaron desde Málaga y Almería.",
            ),
            (
                "2025-10-20-de.txt",
                "Wahl\n\nDie Regierung in Thüringen und die Regierung in Sachsen beraten, und die \
                 Minister aus Thüringen sind dabei. Auch Sachsen ist nicht allein, und das Land ist bereit.",
            ),
        ]);
        let d = discover(&c);
        for name in ["Almería", "Andalucía", "Thüringen", "Sachsen"] {
            assert_eq!(find(&d, name).kind, "place", "{name}");
        }
    }

    /// A given name and two surnames is one person, met by the surnames
    /// alone too (`García Ortiz`, `Vargas Llosa`), accents on the given
    /// name or not; in German a surname ending in `s` is no genitive when
    /// the name's last word ends another name (`Patricia Llosa`).
    #[test]
    fn two_surnames_join_the_full_name_they_end() {
        let c = corpus(&[
            (
                "2025-01-13-es.txt",
                "El fiscal\n\nEl fiscal general Álvaro García Ortiz declaró ante el juez. \
                 Según la defensa, García Ortiz no filtró nada. García Ortiz niega los hechos, \
                 y Álvaro García Ortiz recurrirá. La presidenta Isabel Díaz Ayuso habló después; \
                 Díaz Ayuso pidió su dimisión.",
            ),
            (
                "2025-04-14-de.txt",
                "Ein Schriftsteller ist tot\n\nDer Nobelpreisträger Mario Vargas Llosa ist tot, und \
                 die Welt trauert. Bekannt wurde Vargas Llosa mit Romanen, die das Land und der Kontinent \
                 nicht vergessen. Vargas Llosa lebte in Madrid. Die Werke von Mario Vargas Llosa bleiben. Er war mit Patricia Llosa verheiratet, die Patricia \
                 Llosa überlebt ihn. Sebastian Hendel lief schnell, und Sebastian Hendels Karriere \
                 begann früh, als Sebastian Hendel jung war.",
            ),
        ]);
        let d = discover(&c);
        let names = names(&d);
        person_with_alias(&d, "Álvaro García Ortiz", "García Ortiz");
        person_with_alias(&d, "Isabel Díaz Ayuso", "Díaz Ayuso");
        person_with_alias(&d, "Mario Vargas Llosa", "Vargas Llosa");
        person_with_alias(&d, "Sebastian Hendel", "Sebastian Hendels");
        for not in ["Mario Vargas", "García Ortiz", "Vargas Llosa", "Llosa"] {
            assert!(!names.contains(&not), "{not}: {names:?}");
        }
    }

    /// A French or Italian article cut short before a name is not the
    /// name's ("l’Ukraine", "dell'Italia"), nor is a capitalised article
    /// before a name of the table ("La Russie", "7h07 - La Russie"); "d'"
    /// joins a name as "de" does.
    #[test]
    fn articles_cut_short_and_capitalised_articles_are_not_the_names() {
        let c = corpus(&[
            (
                "2024-11-22-fr.txt",
                "Guerre\n\nL’Ukraine a reçu des missiles. Les alliés de l’Ukraine se retrouvent à \
                 Bruxelles, et l'Ukraine attend. La Russie a affirmé vendredi avoir repoussé \
                 l’attaque.\n7h07 - La Russie dit avoir abattu des drones. Un’altra riunione si è \
                 tenuta in Côte d'Ivoire avec le président de la Côte d'Ivoire.",
            ),
            (
                "2024-11-23-it.txt",
                "Roma\n\nIl governo dell'Italia ha parlato. Il ruolo dell'Italia in Europa e \
                 l'Italia stessa sono al centro.",
            ),
        ]);
        let d = discover(&c);
        let names = names(&d);
        let (series, _) = crate::analyse::mentions::SeriesSet::new(&[], &d.entities);
        let counts = crate::analyse::analysis::count_mentions(&c, &series, &d.entities);
        for (name, n) in [("Ukraine", 3), ("Russie", 2), ("Italia", 3)] {
            find(&d, name);
            let got: usize = counts.days.iter().map(|b| b.counts[name]).sum();
            assert_eq!(got, n, "{name}");
        }
        find(&d, "Côte d'Ivoire");
        assert!(
            !names
                .iter()
                .any(|n| n.contains('’') || n.ends_with('\'') || n.starts_with("La ")),
            "{names:?}"
        );
    }

    /// A news dateline names a place: the openings of real pages (Politico
    /// Europe, Malay Mail, AP, The New York Times, a schema.org test page,
    /// EFE) and words that open a paragraph with a dash but are no place.
    #[test]
    fn a_dateline_opens_with_a_place() {
        for (p, place) in [
            (
                "DUBLIN — She’s slammed NATO, voted against EU treaties",
                Some("Dublin"),
            ),
            (
                "PUTRAJAYA, Nov 22 — Private companies did not pay for",
                Some("Putrajaya"),
            ),
            (
                "LA CROSSE, Wis. (AP) — After a summer of historic tumult",
                Some("La Crosse"),
            ),
            (
                "SEOUL, South Korea — A plan to impeach South Korean President",
                Some("Seoul"),
            ),
            (
                "MILLBROOK — Three residents have filed to run",
                Some("Millbrook"),
            ),
            (
                "Bogotá, 14 de febrero de 2025 (EFE).- El presidente de Colombia",
                Some("Bogotá"),
            ),
            (
                "Millbrook -- The council met on Tuesday.",
                Some("Millbrook"),
            ),
            (
                "LE POINT SUR LA SITUATION - «Nous avons pratiquement fait échouer",
                None,
            ),
            ("MARCH — The month began with rain.", None),
            (
                "WASHINGTON (Reuters) – The Federal Reserve held rates.",
                Some("Washington"),
            ),
            (
                "President Smith, speaking today, said the plan — a good one — works.",
                None,
            ),
            ("Meanwhile — and this matters — the vote was held.", None),
            ("The vote, held on Tuesday, was close.", None),
        ] {
            assert_eq!(dateline_place(p).as_deref(), place, "{p}");
        }
        // A town met as a name and opening the stories as their dateline
        // is a place, though nothing else around it says so.
        let c = corpus(&[
            (
                "2026-03-03-race.txt",
                "Three file for the board\n\nMILLBROOK — Three residents filed to run for the Millbrook \
                 School Board. Millbrook has not had an open race in years.",
            ),
            (
                "2026-03-11-forum.txt",
                "Candidates meet\n\nMILLBROOK — The candidates met voters. Millbrook voters asked about the budget.",
            ),
        ]);
        let d = discover(&c);
        assert_eq!(find(&d, "Millbrook").kind, "place", "{:?}", names(&d));
    }

    /// A school's news, a running club's notes and a senator's visit: a
    /// role after a full name and a comma is a person's cue (the names of
    /// a list); `Principal` is a title; a place tacked onto a person's name
    /// (`of Florida`, `in Florida Marco Rubio`) is not part of it; `Lake`,
    /// `Camp`, `River`, `Street` make a place.
    #[test]
    fn roles_after_a_comma_and_places_around_names() {
        let c = corpus(&[
            (
                "2026-03-03-school.txt",
                "Polling place at the school\n\nPrincipal Margaret Okafor said the gym would open at seven. \
                 Okafor added that parents could vote there. Senator Marco Rubio of Florida sent a letter, and in Florida \
                 Marco Rubio is well known. Rubio said he would visit.",
            ),
            (
                "2026-04-09-club.txt",
                "Club notes\n\nThe club ran around Lake Harmon and met at Camp Strava, by the Hudson River.\n\n\
                 - Tom Becker, treasurer\n- Priya Natarajan, secretary of the club\n- Elena Ruiz, a coach\n\n\
                 Becker said the budget was fine. Natarajan took the minutes. Ruiz led the run along Mill Street \
                 and back to Lake Harmon.",
            ),
        ]);
        let d = discover(&c);
        let okafor = find(&d, "Margaret Okafor");
        assert_eq!(okafor.kind, "person");
        assert!(okafor.aliases.contains(&"Okafor".to_string()));
        let rubio = find(&d, "Marco Rubio");
        assert_eq!(rubio.kind, "person");
        for (name, kind) in [
            ("Tom Becker", "person"),
            ("Priya Natarajan", "person"),
            ("Elena Ruiz", "person"),
            ("Lake Harmon", "place"),
            ("Camp Strava", "place"),
        ] {
            assert_eq!(find(&d, name).kind, kind, "{name}: {:?}", names(&d));
        }
        for not in [
            "Principal Margaret Okafor",
            "Marco Rubio of Florida",
            "Florida Marco Rubio",
            "Principal",
        ] {
            assert!(!names(&d).contains(&not), "{not}: {:?}", names(&d));
        }
        // The verb after a clause is its subject's ("who lives on Elm
        // Street, said"); `Friends of Silver Lake` is a group, not a lake;
        // a person "of" a name met on its own is the person.
        let c = corpus(&[(
            "2026-03-14-lake.txt",
            "Lake cleanup\n\nHelen Okafor, a nurse who lives on Elm Street, said the lake was dirty. \
             Principal Sarah Whitfield of Lakeview Elementary said pupils would help. The Friends of \
             Silver Lake thanked Lakeview Elementary. Volunteers met at City Hall and walked to Silver \
             Lake. The Friends of Silver Lake will meet again.",
        )]);
        let d = discover(&c);
        for (name, kind) in [
            ("Elm Street", "place"),
            ("City Hall", "place"),
            ("Friends of Silver Lake", "organisation"),
            ("Sarah Whitfield", "person"),
        ] {
            assert_eq!(find(&d, name).kind, kind, "{name}: {:?}", names(&d));
        }
        assert!(!names(&d).contains(&"Sarah Whitfield of Lakeview Elementary"));
        // A given name and a surname "of" an organisation met only there
        // are the person too; "Bank of America" keeps its name.
        let c = corpus(&[(
            "2025-03-06-aid.txt",
            "Aid arrives\n\nProfessor Jane Doe of Harvard University said the plan was flawed. Maria \
             Lopez of the Red Cross said aid would arrive on Friday. Doe said she would write to the \
             governor. The Bank of America gave money.",
        )]);
        let d = discover(&c);
        for (name, kind) in [("Jane Doe", "person"), ("Maria Lopez", "person")] {
            assert_eq!(find(&d, name).kind, kind, "{name}: {:?}", names(&d));
        }
        assert!(names(&d).contains(&"Bank of America"), "{:?}", names(&d));
        assert!(
            !names(&d)
                .iter()
                .any(|n| n.starts_with("Jane Doe of") || n.starts_with("Maria Lopez of")),
            "{:?}",
            names(&d)
        );
        // With "the" before the name met on its own, the person met on its
        // own too; "the Bank of the West" (no person's cue) keeps its name.
        let c = corpus(&[(
            "2026-03-09-ferry.txt",
            "Storm closes crossing\n\nThe Skerry Island Ferry Company will hire crews. Its director, \
             Tomas Brandt, warned of costs. Tomas Brandt of the Skerry Island Ferry Company said the \
             ferries would start in April. The Bank of the West lent the money. The Bank of the West is in Port Ellis.",
        )]);
        let d = discover(&c);
        assert_eq!(find(&d, "Tomas Brandt").kind, "person", "{:?}", names(&d));
        assert!(
            names(&d).contains(&"Skerry Island Ferry Company"),
            "{:?}",
            names(&d)
        );
        assert!(names(&d).contains(&"Bank of the West"), "{:?}", names(&d));
        assert!(
            !names(&d).iter().any(|n| n.starts_with("Tomas Brandt of")),
            "{:?}",
            names(&d)
        );
        // A one-word name before a comma and a role is not a person by it
        // (`Stephen Calderwood, MD, president of …`); a country's long name
        // keeps its `of`.
        let c = corpus(&[(
            "2024-01-02-health.txt",
            "Superbugs\n\n\"It is scary,\" says Stephen Calderwood, MD, president of the society. \
             The Democratic Republic of Congo reported cases. The Democratic Republic of Congo asked for help.",
        )]);
        let d = discover(&c);
        assert!(!names(&d).contains(&"MD") || find(&d, "MD").kind != "person");
        assert!(
            names(&d).contains(&"Democratic Republic of Congo"),
            "{:?}",
            names(&d)
        );
    }

    #[test]
    fn a_politics_corpus_finds_its_people_places_and_organisations() {
        let c = corpus(&[
            (
                "2024-05-02-summit.txt",
                "Leaders meet in Berlin\n\nFrench President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday. \
                 Macron said the European Union (EU) must act. Scholz told reporters in Berlin that Germany agreed.\n\n\
                 The talks, held in May, followed a visit by Macron to Paris. But Scholz's coalition is divided, \
                 and the Christian Democratic Union (CDU) opposes the plan.",
            ),
            (
                "2024-05-09-vote.txt",
                "A vote in Brussels\n\nIn Brussels, Mr. Macron and Olaf Scholz backed the plan. Emmanuel Macron said France would pay. \
                 The EU will vote in June. Scholz said the Christian Democratic Union would not block it. \
                 Yesterday Macron flew home to France.",
            ),
        ]);
        let d = discover(&c);
        person_with_alias(&d, "Emmanuel Macron", "Macron");
        let scholz = find(&d, "Olaf Scholz");
        assert_eq!(scholz.kind, "person");
        assert!(scholz.aliases.contains(&"Scholz".to_string()));
        for place in ["Berlin", "Germany", "France", "Paris", "Brussels"] {
            assert_eq!(find(&d, place).kind, "place", "{place}");
        }
        let eu = find(&d, "European Union");
        assert!(eu.aliases.contains(&"EU".to_string()));
        assert_eq!(eu.kind, "organisation");
        let cdu = find(&d, "Christian Democratic Union");
        assert!(
            cdu.aliases.contains(&"CDU".to_string()),
            "{:?}",
            cdu.aliases
        );
        none_of(
            &d,
            &[
                "French",
                "German",
                "President",
                "Chancellor",
                "May",
                "June",
                "Monday",
                "The",
                "Yesterday",
                "Yesterday Macron",
                "But",
                "Mr",
                "In",
            ],
        );
        // Titles are evidence, never part of a name.
        assert!(
            !names(&d)
                .iter()
                .any(|n| n.contains("President") || n.contains("Chancellor"))
        );
    }

    /// Spanish: lower-case titles, `dijo`, connectors inside names, an
    /// acronym introduced in parentheses, a place in its Spanish name.
    #[test]
    fn a_spanish_town_election_finds_its_candidates() {
        let c = corpus(&[
            (
                "2023-10-20-debate.txt",
                "Debate en Cúcuta\n\nLa alcaldesa Ana María Ruiz debatió con Jorge Acevedo en Cúcuta. \
                 Según Ruiz, el Ejército de Liberación Nacional (ELN) amenaza la región. \
                 Acevedo dijo que el ELN no decide la elección. El debate terminó en Cúcuta.",
            ),
            (
                "2023-10-27-cierre.txt",
                "Cierre de campaña\n\nRuiz dijo en Bogotá que ganará. Ana María Ruiz cerró su campaña en Cúcuta, \
                 y Acevedo en Estados Unidos visitó a votantes. El presidente Acevedo no existe: Jorge Acevedo es candidato.",
            ),
        ]);
        let d = discover(&c);
        let ruiz = find(&d, "Ana María Ruiz");
        assert!(
            ruiz.aliases.contains(&"Ruiz".to_string()),
            "{:?}",
            ruiz.aliases
        );
        assert_eq!(ruiz.kind, "person");
        let acevedo = find(&d, "Jorge Acevedo");
        assert!(acevedo.aliases.contains(&"Acevedo".to_string()));
        assert_eq!(find(&d, "Cúcuta").kind, "place");
        let eln = find(&d, "Ejército de Liberación Nacional");
        assert!(eln.aliases.contains(&"ELN".to_string()));
        assert_eq!(eln.kind, "organisation");
        // Estados Unidos is the United States, with its other names, and
        // named as these texts write it.
        let us = find(&d, "Estados Unidos");
        assert!(us.aliases.iter().any(|a| a == "U.S.") && us.kind == "place");
        assert!(!names(&d).contains(&"United States"));
        assert!(!names(&d).contains(&"Según") && !names(&d).contains(&"La"));
    }

    /// Wire copy: a headline in capitals is not read even when it ends
    /// with a stop (its case tells no name from a word), while a short
    /// section line in capitals still is.
    #[test]
    fn a_headline_in_capitals_ending_with_a_stop_gives_no_name() {
        let c = corpus(&[
            (
                "1996-12-06-cup.txt",
                "SOCCER - HOSTS GET LUCKY WIN , VISITORS IN SURPRISE DEFEAT .\n\n\
                 Japan began the defence of their title with a lucky 2-1 win against Syria on Friday . \
                 Uzbek striker Igor Shkvyrin scored late , coach Anatoly Volkov said .",
            ),
            (
                "1996-12-07-cup.txt",
                "SOCCER - SYRIA HOLD FIRM AS JAPAN PRESS LATE .\n\n\
                 Syria drew with Japan , Volkov said , and Igor Shkvyrin was dropped .\n\n\
                 ASIAN CUP.\n\nThe Asian Cup goes on in Abu Dhabi next week , the Asian Cup's organisers said .",
            ),
        ]);
        let d = discover(&c);
        find(&d, "Igor Shkvyrin");
        find(&d, "Asian Cup");
        none_of(
            &d,
            &[
                "HOSTS GET LUCKY WIN",
                "VISITORS IN SURPRISE DEFEAT",
                "SYRIA HOLD FIRM",
                "JAPAN PRESS",
                "SOCCER",
            ],
        );
    }

    /// Business and weather news (a new user's trial on newspaper4k's
    /// pages): a role after a name is not part of it, nor a role between
    /// a company and a person; a year, students and people opening a
    /// sentence are no names.
    #[test]
    fn a_role_after_a_name_is_not_part_of_it() {
        let c = corpus(&[(
            "2016-12-18-energy.txt",
            "Energy\n\nThe company's founder David Morales CEO of the firm, spoke on Monday. David Morales said \
             the deal was done. ExxonMobil CEO Rex Tillerson met the board, and Tillerson said the talks went \
             well. Morales said he agreed. The CIA Director spoke later. New Year's sales rose, and New Year's \
             parties were cancelled. Students protested in the city. People waited in the cold. Students \
             marched again, and People gathered. \"Prices will fall,\" said Jane Okafor, Managing Director \
             of Harbour Freight. Tom Reyes, Managing Director of Bayside Port, and an Assistant Director of \
             the port agreed with Okafor. Okafor's Assistant Director left.",
        )]);
        let d = discover(&c);
        person_with_alias(&d, "David Morales", "Morales");
        person_with_alias(&d, "Rex Tillerson", "Tillerson");
        // (A word before a role that makes it another role is no name:
        // not `Managing`, not `Assistant`.)
        person_with_alias(&d, "Jane Okafor", "Okafor");
        none_of(
            &d,
            &[
                "David Morales CEO",
                "ExxonMobil CEO Rex Tillerson",
                "CIA Director",
                "Managing",
                "Assistant",
                "Year",
                "Students",
                "People",
            ],
        );
    }

    /// Wire copy of another decade (the Middle East, 2005): a surname of
    /// two full names joins the one met five times as often; people and
    /// officials who open sentences, a point of the compass before a
    /// people's name and a faith are no names; a region's name after a
    /// point of the compass is no person's; an Arabic article joined to a
    /// name is the name's.
    #[test]
    fn wire_copy_of_the_middle_east() {
        let obama = "U.S. President Barack Obama met the king on Monday. Mr. Obama said talks would go on. ";
        let c = corpus(&[
            (
                "2005-03-01-talks.txt",
                &format!(
                    "Talks resume\n\n{} His grandmother Sarah Obama watched on television. \
                     Police said two men were held. Officials say the talks will resume. Authorities \
                     closed the road. North Korean envoys arrived in Beijing. North Korean officials said \
                     they would stay. Rebels in the North fought on, and the North voted. Leaders of the \
                     Shi'ite majority met in Baghdad. A Shi'ite cleric said the vote was fair, and a \
                     Shi'ite party agreed.",
                    obama.repeat(5)
                ),
            ),
            (
                "2005-03-02-sudan.txt",
                "Darfur\n\nAid workers in Darfur said the camps were full. Fighting in Darfur went on. \
                 Rebels in South Darfur attacked a convoy. The governor of North Darfur said the \
                 roads were closed. Police said the convoy was hit near Nyala, in South Darfur.",
            ),
            (
                "2005-03-03-network.txt",
                "The network\n\nMilitants loyal to al-Qaida attacked a base. The attack bore the marks \
                 of al-Qaida, officials said. President Bashar al-Assad of Syria condemned it, and \
                 al-Assad said his forces would help. Amnesty International said the prisoners \
                 were abused, and Amnesty International asked for an inquiry.",
            ),
        ]);
        let d = discover(&c);
        person_with_alias(&d, "Barack Obama", "Obama");
        assert!(
            !d.ambiguous.contains(&"Obama".to_string()),
            "{:?}",
            d.ambiguous
        );
        let darfur = find(&d, "Darfur");
        assert!(
            !darfur.aliases.iter().any(|a| a.contains(' ')),
            "{:?}",
            darfur.aliases
        );
        assert!(
            !d.ambiguous.contains(&"Darfur".to_string()),
            "{:?}",
            d.ambiguous
        );
        find(&d, "al-Qaida");
        person_with_alias(&d, "Bashar al-Assad", "al-Assad");
        assert_eq!(find(&d, "Amnesty International").kind, "organisation");
        none_of(
            &d,
            &[
                "Police",
                "Officials",
                "Authorities",
                "North",
                "North Korean",
                "Shi'ite",
                "Qaida",
                "Assad",
            ],
        );
    }

    /// Sport: a surname two full names share stays apart and is listed as
    /// ambiguous; a contraction is no name; headlines are not read.
    #[test]
    fn a_shared_surname_is_ambiguous_and_headlines_are_skipped() {
        let c = corpus(&[
            (
                "2019-07-01-final.txt",
                "Tennis\n\nSerena Williams beat Simona Halep at Wimbledon. Venus Williams lost earlier. \
                 Williams said she was tired. Halep said she would return.\n\n\
                 He's Ready For The Next Big Final Today\n\n\
                 Serena Williams and Venus Williams trained together at Wimbledon before Halep arrived. I'm sure Halep will win, a fan said.",
            ),
            (
                "2019-07-08-after.txt",
                "After the final\n\nSimona Halep returned to Romania. Serena Williams thanked Wimbledon. \
                 Halep met members of the All England Club, and the All England Club cheered.",
            ),
        ]);
        let d = discover(&c);
        find(&d, "All England Club");
        // A sentence after a title ends with its period: "Retrieved" has no
        // title before it.
        let refs: String = (1..=12)
            .map(|i| format!("Speech of the Prime Minister. Retrieved {i} May 2015. See beehive.gov. Retrieved {i} June. "))
            .collect();
        let r = discover(&corpus(&[("refs.txt", &format!("References\n\n{refs}"))]));
        assert!(
            !r.entities.iter().any(|e| e.name == "Retrieved"),
            "{:?}",
            r.entities
        );
        assert!(
            d.ambiguous.contains(&"Williams".to_string()),
            "{:?}",
            d.ambiguous
        );
        let serena = find(&d, "Serena Williams");
        assert!(!serena.aliases.contains(&"Williams".to_string()));
        find(&d, "Venus Williams");
        // It stays apart, counted on its own, a person.
        assert_eq!(find(&d, "Williams").kind, "person");
        let halep = find(&d, "Simona Halep");
        assert!(halep.aliases.contains(&"Halep".to_string()));
        assert_eq!(find(&d, "Romania").kind, "place");
        none_of(
            &d,
            &[
                "He",
                "He's",
                "I'm",
                "I",
                "Ready",
                "Next Big Final Today",
                "Final",
            ],
        );
        // German titles vouch for the names after them; what follows a
        // title and "der" is the title's domain, no person.
        let c = corpus(&[(
            "2024-05-03-de.txt",
            "Außenpolitik\n\nDer Besuch wurde verschoben, sagte Innenministerin Petra Kugler am Montag. \
             Zuvor hatte Kremlchef Iwan Sokolow die Gespräche abgesagt, und der Außenminister der Vereinigten \
             Arabischen Emirate reiste ab. Die Regierung prüft die Pläne.",
        )]);
        let d = discover(&c);
        assert_eq!(find(&d, "Petra Kugler").kind, "person");
        assert_eq!(find(&d, "Iwan Sokolow").kind, "person");
        assert!(
            d.entities
                .iter()
                .all(|e| !e.name.contains("Emirate") || e.kind != "person"),
            "{:?}",
            names(&d)
        );
    }

    /// German text: an acronym or a word with a capital inside is a name
    /// though no given name or title vouches for it (`ÖVP`, `AfD`,
    /// `TikTok`), nouns stay out (`Gemeinderat`); a surname met only where
    /// sentences start joins its given-named full name (`Gruber wies …`
    /// after `Karin Gruber`); and one full name spelled the German and the
    /// English way is one person (`Wladimir Klitschko`, `Vladimir
    /// Klitschko`), not an ambiguous `Klitschko`.
    #[test]
    fn german_acronyms_surnames_at_sentence_start_and_spellings_of_a_given_name() {
        let c = corpus(&[
            (
                "2025-10-12-de.txt",
                "Gemeinderatswahl\n\nDie Bürgermeisterin Karin Gruber von der ÖVP stellt sich erneut zur Wahl. \
                 Gruber wies die Kritik der SPÖ zurück. Die ÖVP verlor im Gemeinderat zwei Sitze, \
                 die AfD-nahe Liste trat nicht an, und die SPÖ gewann. Gruber sprach von einem Auftrag. \
                 Junge Wähler informierten sich vor allem auf TikTok, sagte der Politologe Jonas Brandl; \
                 auf TikTok warb nur die SPÖ. \
                 Am Abend besuchte Wladimir Klitschko die Stadt; Klitschko lobte den Gemeinderat.",
            ),
            (
                "2025-10-13-en.txt",
                "Visit\n\nFormer boxer Vladimir Klitschko visited the town hall on Monday. \
                 Klitschko said the council had done well.",
            ),
        ]);
        let d = discover(&c);
        for acronym in ["ÖVP", "SPÖ", "TikTok"] {
            assert!(names(&d).contains(&acronym), "{acronym}: {:?}", names(&d));
        }
        assert!(!names(&d).contains(&"Gemeinderat"), "{:?}", names(&d));
        let gruber = find(&d, "Karin Gruber");
        assert!(
            gruber.aliases.iter().any(|a| a == "Gruber"),
            "{:?}",
            gruber.aliases
        );
        let boxer = d
            .entities
            .iter()
            .find(|e| e.name.ends_with("Klitschko"))
            .expect("Klitschko");
        for alias in ["Wladimir Klitschko", "Vladimir Klitschko", "Klitschko"] {
            assert!(
                boxer.aliases.iter().any(|a| a == alias),
                "{:?}",
                boxer.aliases
            );
        }
        assert!(d.ambiguous.is_empty(), "{:?}", d.ambiguous);
    }

    /// A British body's "for" after its kind is part of its name, and the
    /// acronym it introduces joins it; "for" elsewhere joins nothing.
    #[test]
    fn a_body_s_for_after_its_kind_is_part_of_its_name() {
        let c = corpus(&[(
            "2024-11-01-budget.txt",
            "Budget\n\nThe Office for Budget Responsibility (OBR) said growth would slow. \
             The OBR expects borrowing to rise, and the Department for Education will get more money. \
             Rachel Reeves thanked the Office for Budget Responsibility. Britain voted for Brexit in 2016, \
             and London for its part asked the Department for Education for a plan.",
        )]);
        let d = discover(&c);
        let obr = find(&d, "Office for Budget Responsibility");
        assert_eq!(obr.kind, "organisation");
        assert!(obr.aliases.iter().any(|a| a == "OBR"), "{:?}", obr.aliases);
        assert_eq!(find(&d, "Department for Education").kind, "organisation");
        let names = names(&d);
        assert!(
            !names
                .iter()
                .any(|n| n.contains("Britain for") || n.contains("London for")),
            "{names:?}"
        );
    }

    /// German: a person's name that runs on into a noun or a time ends
    /// before it, where the texts write that noun after an article (`am
    /// Ende`, `der Anfang`) or a month follows (`Ende Mai`, `Mitte Juni`);
    /// a surname met alone elsewhere stays a name's third word (`Gabriel
    /// García Márquez`, `Márquez`).
    #[test]
    fn a_german_name_ends_before_the_nouns_after_it() {
        let c = corpus(&[(
            "2026-02-02-de.txt",
            "Treffen in Berlin\n\nDas sagte Angela Merkel Anfang der Woche in Berlin. \
             Am Ende der Sitzung sprach Olaf Scholz Ende Mai mit Journalisten. Der Anfang war schwer. \
             Markus Söder Mitte Juni in München. Dann las Gabriel García Márquez vor. Gabriel García Márquez las lange, und Márquez \
             ist nicht müde. Scholz kam am Ende, und die Sitzung ist vorbei.",
        )]);
        let d = discover(&c);
        for person in [
            "Angela Merkel",
            "Olaf Scholz",
            "Markus Söder",
            "Gabriel García Márquez",
        ] {
            assert_eq!(find(&d, person).kind, "person", "{:?}", names(&d));
        }
        assert!(
            !names(&d)
                .iter()
                .any(|n| n.contains("Anfang") || n.contains("Ende")),
            "{:?}",
            names(&d)
        );
    }

    /// German: a word alone that a verb of saying has as its subject, with
    /// no article, twice or more, is a name (of no stated kind); a noun
    /// after a time put first, or with its article, is not.
    #[test]
    fn a_german_word_that_speaks_without_an_article_is_a_name() {
        let c = corpus(&[(
            "2026-02-03-de.txt",
            "Gespräche in Kairo\n\n\"Wir sind bereit\", sagte Haberkorn am Montag. Die Gespräche dauern an, \
             und Haberkorn erklärte, man warte auf Antwort. \"Es eilt\", sagte Haberkorn. \
             \"Bald\", sagte Reportern ein Sprecher, und \"Ja\", sagte Reportern die Ministerin. \
             In den vergangenen Monaten kritisierte die Regierung den Plan. Seit Monaten warnte \
             sie davor, und vor Monaten sagte niemand etwas. \"Nein\", sagte der Sprecher. Der Sprecher \
             sagte es zweimal, sagte Sprecher Brandl.",
        )]);
        let d = discover(&c);
        let h = find(&d, "Haberkorn");
        assert_eq!(h.kind, "other", "{:?}", names(&d));
        for noun in ["Monaten", "Sprecher", "Regierung", "Reportern"] {
            assert!(!names(&d).contains(&noun), "{noun}: {:?}", names(&d));
        }
    }

    /// A monarch's or a pope's name with its number is met by its first
    /// word alone, which joins it; a word that starts two such names stays
    /// apart.
    #[test]
    fn a_regnal_name_takes_its_first_word_alone() {
        let c = corpus(&[(
            "2025-05-09-pope.txt",
            "Conclave\n\nThe cardinals elected Pope Leo XIV on Thursday. Leo greeted the crowd \
             from the balcony, and Leo spoke in Italian and Spanish. King Charles III sent a message; \
             so did the heirs of Henry VIII and Henry VII, and Henry was not mentioned again.",
        )]);
        let d = discover(&c);
        // (Numerals built from their letters: 39, and runs no numeral has.)
        let thirty_nine = format!("{}IX", "X".repeat(3));
        for (w, numeral) in [
            ("II", true),
            ("XIV", true),
            (thirty_nine.as_str(), true),
            ("I", false),
        ] {
            assert_eq!(roman_numeral(w), numeral, "{w}");
        }
        let four_ones = "I".repeat(4);
        let four_tens_one = format!("{}I", "X".repeat(4));
        for w in [
            four_ones.as_str(),
            "VV",
            "XIIX",
            four_tens_one.as_str(),
            "IVX",
        ] {
            assert!(!roman_numeral(w), "{w}");
        }
        let leo = find(&d, "Leo XIV");
        assert!(leo.aliases.iter().any(|a| a == "Leo"), "{:?}", leo.aliases);
        assert!(
            !find(&d, "Henry VIII").aliases.iter().any(|a| a == "Henry"),
            "{:?}",
            names(&d)
        );
    }

    /// A number after a name stays with it (`Charles III`, `John Paul II`,
    /// `World War II`) but after a given name and a surname, where it is a
    /// suffix (`John Smith III` is Smith); a thing's numbered name does not
    /// take its first word alone (`Apple II` and `Apple`).
    #[test]
    fn a_number_after_a_name_is_a_suffix_only_after_a_person_s_full_name() {
        let c = corpus(&[
            (
                "2025-05-09-letters.txt",
                "Letters\n\nPope John Paul II was remembered. John Smith III, a lawyer, said the \
                 case was closed; Smith said he would appeal. King Charles III visited Wales, and \
                 Charles spoke to farmers.\n",
            ),
            (
                "2025-05-10-war.txt",
                "Memorial\n\nVeterans of World War II met in Paris. The worst fighting since World \
                 War II was recalled at the end of the week.\n",
            ),
            (
                "2025-05-11-computers.txt",
                "Old computers\n\nCollectors showed an Apple II in Berlin. Buyers of Apple phones \
                 came too, and the shop said Apple stock was low.\n",
            ),
        ]);
        let d = discover(&c);
        person_with_alias(&d, "Charles III", "Charles");
        person_with_alias(&d, "John Smith", "Smith");
        find(&d, "John Paul II");
        find(&d, "World War II");
        none_of(&d, &["World War", "John Paul", "Charles"]);
        assert!(
            !find(&d, "Apple II").aliases.iter().any(|a| a == "Apple"),
            "{:?}",
            names(&d)
        );
    }

    /// A discovered alias matches only capitalised words: "Rice" the
    /// person, not rice the grain.
    #[test]
    fn discovered_aliases_match_names_as_written() {
        let c = corpus(&[(
            "2005-03-01-rice.txt",
            "Visit\n\nSecretary Condoleezza Rice visited Tokyo. Rice said trade in rice would grow. \
             Condoleezza Rice met farmers who grow rice near Tokyo.",
        )]);
        let d = discover(&c);
        let rice = find(&d, "Condoleezza Rice");
        assert!(rice.match_case);
        let (series, _) = crate::analyse::mentions::SeriesSet::new(&[], &d.entities);
        let counts = crate::analyse::analysis::count_mentions(&c, &series, &d.entities);
        assert_eq!(counts.articles[0].counts.get("Condoleezza Rice"), Some(&3));
    }

    /// A given name vouches for the name it starts: in German (`Jonas
    /// Reiter`, and then `Reiter` alone), after a role (`die Läuferin Greta
    /// Lindqvist`) and at a sentence's start (`Striker Oleg Petrenko`); it
    /// makes a person. A German genitive is its name (`Jonas Reiters
    /// Karriere`, `Trumps Berater`); a particle after a surname starts no
    /// name (`Markle von der Königlichen Familie`), and a second given
    /// name is no genitive (`Christina Markus Lassen`). Two names side by
    /// side are two (`Carlo Ancelotti Kylian Mbappé`). A day's name and a
    /// lettered group are no names (`Labor Day`, `Group C`).
    #[test]
    fn given_names_vouch_for_names_and_german_genitives_join_them() {
        let c = corpus(&[
            (
                "2024-09-29-de.txt",
                "Marathon\n\nAls Jonas Reiter am Sonntag in Hamburg die Ziellinie erreichte, war die Freude groß, \
                 und die Familie ist nicht überrascht. Reiter lief die zweite Hälfte schneller als die erste. \
                 Das ist ein Kapitel in Jonas Reiters Karriere, das nicht vergessen wird. Auch Trumps Berater \
                 und die Läuferin Greta Lindqvist, die im Ziel von der Familie empfangen wurde, waren da. \
                 Zuvor sprach Meghan Markle von der Königlichen Familie mit Christina Markus Lassen. \
                 Donald Trump gratulierte aus den Vereinigten Staaten, und der Verband ist stolz auf Reiter. \
                 Die Kritik Reiters an der Politik Washingtons ist bekannt, und andere Staaten schweigen. \
                 Die Sorge wächst bei den Vereinten Nationen. Im Weißen Haus schweigt man.",
            ),
            (
                "2024-10-02-en.txt",
                "Cup\n\nStriker Oleg Petrenko scored twice as the club won the cup on Tuesday. \
                 Abu Karim Haddad spoke first. The coach thanked Adrienne Kowal for the training plan. \
                 The photo shows Carlo Ancelotti Kylian Mbappé before the match. Turnout on Election Day \
                 was high, and the winners of Group C play again on Labor Day, Election Day or Christmas Eve. \
                 The club now leads the Premier League, and the Premier League table is tight.",
            ),
        ]);
        let d = discover(&c);
        let reiter = find(&d, "Jonas Reiter");
        assert_eq!(reiter.kind, "person");
        for alias in ["Reiter", "Jonas Reiters", "Reiters"] {
            assert!(
                reiter.aliases.iter().any(|a| a == alias),
                "{:?}",
                reiter.aliases
            );
        }
        assert!(
            find(&d, "Donald Trump")
                .aliases
                .iter()
                .any(|a| a == "Trumps")
        );
        assert_eq!(find(&d, "Premier League").kind, "organisation");
        // (Bodies of the table, declined as German writes them.)
        for (german, english) in [
            ("Weißen Haus", "White House"),
            ("Vereinten Nationen", "United Nations"),
        ] {
            assert!(
                d.entities.iter().any(|e| e.kind == "organisation"
                    && e.aliases.iter().any(|a| a == german)
                    && e.aliases.iter().any(|a| a == english)),
                "{german}: {:?}",
                names(&d)
            );
        }
        let washington = find(&d, "Washington");
        assert!(washington.aliases.iter().any(|a| a == "Washingtons"));
        assert!(!names(&d).contains(&"Staaten"), "{:?}", names(&d));
        // (A place's German name declined: the table's.)
        assert!(
            d.entities.iter().any(|e| e.kind == "place"
                && e.aliases.iter().any(|a| a == "Vereinigten Staaten")
                && e.aliases.iter().any(|a| a == "United States")),
            "{:?}",
            names(&d)
        );
        for person in [
            "Greta Lindqvist",
            "Meghan Markle",
            "Christina Markus Lassen",
            "Oleg Petrenko",
            "Adrienne Kowal",
            "Carlo Ancelotti",
            "Kylian Mbappé",
        ] {
            assert_eq!(find(&d, person).kind, "person", "{person}");
        }
        // (`Abu` is part of the name it starts.)
        assert!(d.entities.iter().all(|e| e.name != "Karim Haddad"));
        for not in [
            "Familie",
            "Läuferin",
            "Striker",
            "Karriere",
            "Berater",
            "Election",
            "Group",
            "Labor",
            "Christmas",
        ] {
            assert!(
                d.entities.iter().all(|e| !e.name.contains(not)),
                "{not} in {:?}",
                names(&d)
            );
        }
    }

    /// German capitalises every noun: only names a title or the table
    /// vouches for.
    #[test]
    fn german_nouns_are_not_names() {
        let c = corpus(&[(
            "2020-02-11-de.txt",
            "Regierung\n\nDie Regierung in Berlin hat die Pläne für die Wirtschaft nicht geändert, und die Kanzlerin \
             Angela Merkel ist der Meinung, dass die Wirtschaft wächst. Die Opposition kritisiert das Gesetz und die Regierung. \
             Im Film geht der Journalist Ahmed Kaballo den Spuren der Verbrechen nach, und die Präsidentin \
             Ursula von der Leyen sprach über die Pläne.",
        )]);
        let d = discover(&c);
        assert!(names(&d).contains(&"Berlin"), "{:?}", names(&d));
        // A role vouches for the name after it; an article after a name is
        // no connector, after `von` it is.
        assert_eq!(find(&d, "Ahmed Kaballo").kind, "person");
        find(&d, "Ursula von der Leyen");
        none_of(
            &d,
            &[
                "Regierung",
                "Wirtschaft",
                "Opposition",
                "Gesetz",
                "Meinung",
                "Pläne",
            ],
        );
    }

    #[test]
    fn a_german_noun_after_its_article_is_no_surname_of_a_name_it_ends() {
        // A shop's name in an English text ends with a noun a German text
        // uses as a noun; a surname met alone, once after an article, is
        // still the name's.
        let c = corpus(&[
            (
                "2024-05-02-en.txt",
                "Frozen food picks\n\nWe will be stocking up on the Thin and Crispy Pizza and \
                 the cheese bites to keep us cozy for fall.",
            ),
            (
                "2024-05-06-kiel.txt",
                "Neue Pizzeria am Hafen\n\nIn Kiel hat der Wirt Jonas Hendel am Montag geöffnet. \
                 Die Gäste bestellten eine Pizza nach der anderen, und mancher sagte, die Pizza \
                 sei die beste der Stadt. Ich esse gern Pizza, sagte eine Besucherin. Für Hendel \
                 war es ein langer Weg, erzählt Hendel. Mit Hendel arbeiten drei Köche; der Hendel \
                 von damals hätte das nicht geglaubt, meint Hendel, und die Stadt dankt Hendel.",
            ),
        ]);
        let d = discover(&c);
        let hendel = find(&d, "Jonas Hendel");
        assert!(hendel.aliases.iter().any(|a| a == "Hendel"), "{hendel:?}");
        assert!(
            d.entities
                .iter()
                .all(|e| e.aliases.iter().all(|a| a != "Pizza")),
            "{:?}",
            d.entities
        );
    }

    /// The bundled corpus without its list finds its cast, with counts
    /// within 10% of the curated list's.
    #[test]
    fn the_bundled_corpus_without_its_list_finds_its_cast() {
        let files: Vec<SourceFile> = crate::seeds::files()
            .into_iter()
            .filter(|f| f.name != "entities.toml")
            .collect();
        let c = Corpus::from_files(&files);
        let found = report(&c);
        let listed = {
            let with = Corpus::from_files(&crate::seeds::files());
            report(&with)
        };
        let count = |r: &EntitiesReport, n: &str| {
            r.entities
                .iter()
                .find(|e| e.name == n)
                .map_or(0, |e| e.mentions)
        };
        for name in [
            "Gustavo Petro",
            "Donald Trump",
            "Nicolás Maduro",
            "Marco Rubio",
            "Colombia",
            "Venezuela",
            "United States",
        ] {
            let (f, l) = (count(&found, name), count(&listed, name));
            assert!(
                f * 10 >= l * 9 && f * 10 <= l * 11,
                "{name}: {f} discovered, {l} listed"
            );
        }
        let petro = found
            .entities
            .iter()
            .find(|e| e.name == "Gustavo Petro")
            .expect("Petro");
        assert!(
            petro
                .aliases
                .iter()
                .any(|a| a.alias == "Petro" && a.mentions > 50)
        );
        assert_eq!(petro.source, "discovered");
        let us = found
            .entities
            .iter()
            .find(|e| e.name == "United States")
            .expect("US");
        for a in ["U.S.", "US", "Estados Unidos"] {
            assert!(us.aliases.iter().any(|x| x.alias == a), "{a}");
        }
    }

    /// The list written as an entities.toml reads back to the same
    /// counts; a name it hides is left out.
    #[test]
    fn the_list_as_entities_toml_reads_back_to_the_same_counts() {
        let texts = [
            (
                "2024-05-02-a.txt",
                "Summit\n\nPresident Emmanuel Macron met Olaf Scholz in Berlin. Macron said Rice and rice differ. \
                 Secretary Condoleezza Rice said so in Berlin.",
            ),
            (
                "2024-05-03-b.txt",
                "More\n\nScholz said Macron was right. Condoleezza Rice left Berlin for Paris. Status: Added, Added.",
            ),
        ];
        let c = corpus(&texts);
        let before = report(&c);
        let (ents, _) = of_corpus(&c);
        let toml = entities::to_toml(&ents, &[]);
        let mut files: Vec<(&str, &str)> = texts.to_vec();
        files.push(("entities.toml", &toml));
        let after = report(&corpus(&files));
        let counts = |r: &EntitiesReport| -> Vec<(String, usize)> {
            let mut v: Vec<(String, usize)> = r
                .entities
                .iter()
                .map(|e| (e.name.clone(), e.mentions))
                .collect();
            v.sort();
            v
        };
        assert_eq!(counts(&before), counts(&after), "{toml}");
        assert!(after.entities.iter().all(|e| e.source == "entities.toml"));
        // Hidden: neither discovered nor counted.
        let hide = "hide = [\"Berlin\"]\n";
        let mut files: Vec<(&str, &str)> = texts.to_vec();
        files.push(("entities.toml", hide));
        let hidden = report(&corpus(&files));
        assert!(!hidden.entities.iter().any(|e| e.name == "Berlin"));
        assert!(hidden.entities.iter().any(|e| e.name == "Emmanuel Macron"));
    }

    /// The same corpus gives the same entities however it is cut into
    /// parts (natively, parts run on threads).
    #[test]
    fn parts_change_nothing() {
        let c = crate::seed_corpus();
        let whole = discover_in_parts(&c, 1);
        for parts in 2..=5 {
            assert_eq!(discover_in_parts(&c, parts), whole, "{parts} parts");
        }
        // The later articles' candidates found elsewhere and handed over
        // as bytes (the page's second worker) give the same names.
        for cut in [1, c.articles.len() / 2, c.articles.len() - 1] {
            let (first, rest) = c.articles.split_at(cut);
            let mut bytes = Vec::new();
            for chunk in rest.chunks(2) {
                Candidates::of(chunk).put(&mut bytes);
            }
            let mut r = crate::wire::Reader::new(&bytes);
            let later: Vec<Candidates> = rest
                .chunks(2)
                .map(|_| Candidates::take(&mut r).expect("candidates"))
                .collect();
            assert!(r.is_empty());
            assert_eq!(discover_with(first, later), whole, "cut at {cut}");
        }
    }

    #[test]
    fn the_short_table_and_the_prefilter_agree_with_the_lists() {
        for (&w, &f) in lexicon() {
            // As written, capitalised and in capitals: the same lists.
            let mut chars = w.chars();
            let cap = chars
                .next()
                .map_or(String::new(), |c| c.to_uppercase().collect())
                + chars.as_str();
            // (In capitals only when they lower back to the word: `ß`
            // becomes `SS`.)
            let upper = w.to_uppercase();
            let upper = (upper.to_lowercase() == w).then_some(upper);
            for form in [Some(w.to_string()), Some(cap), upper]
                .into_iter()
                .flatten()
            {
                assert_eq!(flags(&form), f, "{form:?}");
            }
        }
        for w in ["Congress", "Spain", "Xq", "Zzzzzzzz", "Abcdefghij", "Señor"] {
            assert_eq!(
                flags(w),
                lexicon()
                    .get(w.to_lowercase().as_str())
                    .copied()
                    .unwrap_or(0),
                "{w}"
            );
        }
    }

    #[test]
    fn a_capital_that_cannot_start_a_name_is_skipped_as_before() {
        // Sentence-initial function words and single letters before a
        // lower-case word give nothing; after a lower-case "the" a
        // function word still starts a name; before a capital or a
        // connector the run is read whole.
        let c = corpus(&[(
            "2024-05-02 a.txt",
            "The match went on. I think it was long. A crowd came. It rained in the All England Club. \
             The Hague was calm. In Paris the talks began. On Tuesday the All England Club closed. \
             The All England Club reopened.",
        )]);
        let d = discover(&c);
        let found = names(&d);
        assert!(found.contains(&"All England Club"), "{found:?}");
        assert!(found.contains(&"Paris"), "{found:?}");
        // A place of the table that starts with a connector ("the", "los",
        // "la") keeps it, mid-sentence as at the start.
        let c = corpus(&[(
            "2024-05-03 b.txt",
            "The Hague was calm. When the Rams moved to Los Angeles, the fans in The Hague cheered. \
             The Los Angeles Dodgers won. Then they flew to La Paz and to Los Angeles again.",
        )]);
        let places = discover(&c);
        for place in ["The Hague", "Los Angeles", "La Paz"] {
            assert_eq!(find(&places, place).kind, "place", "{:?}", names(&places));
        }
        assert!(!names(&places).contains(&"Angeles"), "{:?}", names(&places));
        for not in ["The", "I", "A", "It", "In", "On"] {
            assert!(!found.contains(&not), "{not}: {found:?}");
        }
    }
}
