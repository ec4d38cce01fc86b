//! Calendar days and the date expressions printed in news pages.
//!
//! This module finds date expressions in a line of text ("8 January 2026 at
//! 17:53", "Sunday, Jan. 11, 2026", "3 de enero de 2026", "2025-07-04T06:00:00Z",
//! "02/26/1987"…) and turns them into calendar [`Day`]s. It decides whether a
//! whole line is a *date line* (a header line that holds a date and little
//! else) and, when a line holds several dates, which one is the publication
//! day ("[Released March 3, 1952. Dated February 26, 1952]" → the 3rd).
//!
//! It does not decide where a header is (that is `segment`), never reads the
//! clock, never shifts time zones (the printed calendar day is the day) and
//! never guesses a missing year.

use serde::{Serialize, Serializer};
use std::fmt;

/// Earliest year accepted as a publication year.
pub const MIN_YEAR: u16 = 1700;
/// Latest year accepted as a publication year.
pub const MAX_YEAR: u16 = 2100;

/// A calendar day between [`MIN_YEAR`] and [`MAX_YEAR`], always valid
/// (no 31 February). Orders chronologically; prints and serialises as
/// `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    year: u16,
    month: u8,
    day: u8,
}

impl Day {
    /// The day, if `year-month-day` exists in the Gregorian calendar and the
    /// year is in range.
    pub fn new(year: i64, month: i64, day: i64) -> Option<Day> {
        if !(i64::from(MIN_YEAR)..=i64::from(MAX_YEAR)).contains(&year)
            || !(1..=12).contains(&month)
            || day < 1
            || day > i64::from(days_in_month(year as u16, month as u8))
        {
            return None;
        }
        Some(Day {
            year: year as u16,
            month: month as u8,
            day: day as u8,
        })
    }

    /// Parses exactly `YYYY-MM-DD` (as in JSON and corpus.toml).
    pub fn parse_iso(s: &str) -> Option<Day> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<i64> {
            let part = s.get(r)?;
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        Day::new(num(0..4)?, num(5..7)?, num(8..10)?)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let (y, m, d) = (
            i64::from(self.year) - i64::from(self.month <= 2),
            i64::from(self.month),
            i64::from(self.day),
        );
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day `days` after 1970-01-01, if in range.
    pub fn from_days(days: i64) -> Option<Day> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Day::new(y, m, d)
    }

    /// This day plus `n` days (negative: earlier), if in range.
    pub fn add_days(self, n: i64) -> Option<Day> {
        Day::from_days(self.to_days() + n)
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        (self.to_days() + 3).rem_euclid(7) as u8
    }

    /// ISO 8601 week: (week-numbering year, week 1–53).
    pub fn iso_week(self) -> (i64, u8) {
        let thursday = self.to_days() - i64::from(self.weekday()) + 3;
        let year = Day::from_days(thursday).map_or(i64::from(self.year), |d| i64::from(d.year));
        let jan1 = Day::new(year, 1, 1).map_or(thursday, Day::to_days);
        (year, ((thursday - jan1) / 7 + 1) as u8)
    }

    /// The year.
    pub fn year(self) -> u16 {
        self.year
    }
    /// The month, 1–12.
    pub fn month(self) -> u8 {
        self.month
    }
    /// The day of the month, 1–31.
    pub fn day(self) -> u8 {
        self.day
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Where an article's day came from, strongest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// The JSON-LD of a web page (`datePublished`).
    #[serde(rename = "json-ld")]
    JsonLd,
    /// A meta tag of a web page (`article:published_time`, …).
    Meta,
    /// A `<time datetime>` (or `itemprop=datePublished`) in the article's
    /// header.
    Time,
    /// A date in the page's URL (`/2020/04/28/`).
    Url,
    /// A date line printed in the article's header.
    Text,
    /// An ISO date in the file name.
    FileName,
    /// An entry in `corpus.toml`.
    Manifest,
    /// Set by hand in the page (an override of an undated article).
    Manual,
    /// No source: the article is undated.
    None,
    /// A wire dateline without a year (`SEVILLA, 5 mar (EFE) –`), in the
    /// year of the corpus's nearest dated article; a day set by hand may
    /// override it.
    Wire,
}

impl DateSource {
    /// The name the JSON and the tables use (`json-ld`, `file_name`, …).
    pub fn name(self) -> &'static str {
        match self {
            DateSource::JsonLd => "json-ld",
            DateSource::Meta => "meta",
            DateSource::Time => "time",
            DateSource::Url => "url",
            DateSource::Text => "text",
            DateSource::FileName => "file_name",
            DateSource::Manifest => "manifest",
            DateSource::Manual => "manual",
            DateSource::None => "none",
            DateSource::Wire => "wire",
        }
    }

    /// What dated an article, for a message: "its JSON-LD", "its file
    /// name".
    pub fn describe(self) -> &'static str {
        match self {
            DateSource::JsonLd => "its JSON-LD",
            DateSource::Meta => "its meta tags",
            DateSource::Time => "its <time> element",
            DateSource::Url => "its URL",
            DateSource::Text => "its text",
            DateSource::FileName => "its file name",
            DateSource::Manifest => "corpus.toml",
            DateSource::Manual => "a date set by hand",
            DateSource::None => "nothing",
            DateSource::Wire => "its wire dateline, in the corpus's year",
        }
    }
}

/// The publication day a page gives an article, or why it gives none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Published {
    /// A day, where it came from and the evidence as written.
    Day {
        /// The calendar day.
        day: Day,
        /// The source (json-ld, meta, time, url or text).
        source: DateSource,
        /// What the page says: the header line, or e.g.
        /// `datePublished 2020-07-09T18:40-04:00`.
        evidence: String,
    },
    /// Sources that disagree, or a printed date that is ambiguous or
    /// impossible: the reason, for a warning (the article stays undated).
    Unsure(String),
    /// No source.
    None,
}

/// How a page writes a numeric date whose first two numbers could each be
/// the day (`03/04/2019`): decided by its language and its other dates
/// (see [`crate::read::language::date_order`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DateOrder {
    /// Nothing decides: such a date is ambiguous.
    #[default]
    Unknown,
    /// `03/04/2019` is 3 April (most of the world).
    DayFirst,
    /// `03/04/2019` is 4 March (the United States).
    MonthFirst,
}

/// What a date expression denotes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateValue {
    /// One calendar day.
    Day(Day),
    /// A numeric date whose day and month could be swapped (`02/03/1987`):
    /// both readings are kept so a message can show them.
    Ambiguous {
        /// Reading the first number as the month.
        month_first: Day,
        /// Reading the first number as the day.
        day_first: Day,
    },
    /// Looks like a date but is no calendar day in range (31 February, the
    /// year 1650); the reason says which.
    Invalid(String),
}

/// A date expression found in a line: its byte span and value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMatch {
    /// Byte offset of the first character of the expression.
    pub start: usize,
    /// Byte offset just past the expression.
    pub end: usize,
    /// What it denotes.
    pub value: DateValue,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// A run of digits; `ordinal` when followed by st/nd/rd/th.
    Num {
        value: u32,
        digits: u8,
        ordinal: bool,
    },
    Word,
    Sym(char),
}

#[derive(Clone, Debug)]
struct Tok {
    kind: Kind,
    /// Lower-cased text of a word (empty for numbers and symbols).
    lower: String,
    start: usize,
    end: usize,
}

fn lex(text: &str) -> Vec<Tok> {
    let mut toks = Vec::new();
    let mut it = text.char_indices().peekable();
    while let Some(&(i, c)) = it.peek() {
        if c.is_whitespace() {
            it.next();
        } else if c.is_ascii_digit() {
            let mut end = i;
            let mut value: u32 = 0;
            let mut digits: u8 = 0;
            while let Some(&(j, d)) = it.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                value = value
                    .saturating_mul(10)
                    .saturating_add(d as u32 - '0' as u32);
                digits = digits.saturating_add(1);
                end = j + 1;
                it.next();
            }
            // Ordinal suffix glued to the number: 6th, 1st, 22nd, 3rd.
            let rest = &text[end..];
            let mut ordinal = false;
            for suf in ["st", "nd", "rd", "th"] {
                if rest.len() >= 2
                    && rest.is_char_boundary(2)
                    && rest[..2].eq_ignore_ascii_case(suf)
                    && !rest[2..].starts_with(|ch: char| ch.is_alphanumeric())
                {
                    ordinal = true;
                    it.next();
                    it.next();
                    end += 2;
                    break;
                }
            }
            toks.push(Tok {
                kind: Kind::Num {
                    value,
                    digits,
                    ordinal,
                },
                lower: String::new(),
                start: i,
                end,
            });
        } else if c.is_alphabetic() {
            let mut end = i;
            while let Some(&(j, d)) = it.peek() {
                if !d.is_alphabetic() {
                    break;
                }
                end = j + d.len_utf8();
                it.next();
            }
            toks.push(Tok {
                kind: Kind::Word,
                lower: text[i..end].to_lowercase(),
                start: i,
                end,
            });
        } else {
            it.next();
            toks.push(Tok {
                kind: Kind::Sym(c),
                lower: String::new(),
                start: i,
                end: i + c.len_utf8(),
            });
        }
    }
    toks
}

/// The month a (lower-case) English or Spanish month name or abbreviation
/// stands for.
pub fn month_number(word: &str) -> Option<u8> {
    Some(match word {
        "january" | "jan" | "enero" | "ene" => 1,
        "february" | "feb" | "febrero" => 2,
        "march" | "mar" | "marzo" => 3,
        "april" | "apr" | "abril" | "abr" => 4,
        "may" | "mayo" => 5,
        "june" | "jun" | "junio" => 6,
        "july" | "jul" | "julio" => 7,
        "august" | "aug" | "agosto" | "ago" => 8,
        "september" | "sep" | "sept" | "septiembre" | "setiembre" | "set" => 9,
        "october" | "oct" | "octubre" => 10,
        "november" | "nov" | "noviembre" => 11,
        "december" | "dec" | "diciembre" | "dic" => 12,
        _ => return None,
    })
}

/// The month a (lower-case) month name or abbreviation stands for in any
/// of the languages printed dates are read in: English, Spanish, German,
/// French, Italian, Portuguese, Dutch, Polish (nominative and genitive),
/// Russian (nominative and genitive), Turkish — with and without accents —
/// and Czech, Slovak, Swedish, Danish, Norwegian, Finnish, Hungarian,
/// Romanian, Catalan, Indonesian, Ukrainian and Greek as their dates print
/// them (Polish "listopad" is November; Croatian's October is left out).
/// Abbreviations that are common English words ("out", "gen", "sie") are
/// left out. (Events read month names with [`month_number`]: English and
/// Spanish only.)
pub fn month_number_any(word: &str) -> Option<u8> {
    if let Some(m) = month_number(word) {
        return Some(m);
    }
    Some(match word.trim_end_matches('.') {
        // German, French, Italian, Portuguese, Dutch.
        "januar" | "jänner" | "jaenner" | "jän" | "janvier" | "janv" | "gennaio" | "janeiro"
        | "januari" => 1,
        "februar" | "février" | "fevrier" | "févr" | "fevr" | "févr." | "febbraio"
        | "fevereiro" | "fev" | "februari" => 2,
        "märz" | "maerz" | "marz" | "mär" | "mrz" | "mars" | "março" | "marco" | "maart"
        | "mrt" => 3,
        "avril" | "avr" | "aprile" => 4,
        "mai" | "maggio" | "mag" | "maio" | "mei" => 5,
        "juni" | "juin" | "giugno" | "giu" | "junho" => 6,
        "juli" | "juillet" | "juil" | "luglio" | "lug" | "julho" => 7,
        "août" | "aout" | "augustus" => 8,
        "settembre" | "setembro" => 9,
        "oktober" | "okt" | "octobre" | "ottobre" | "ott" | "outubro" => 10,
        "novembre" | "novembro" => 11,
        "dezember" | "dez" | "décembre" | "decembre" | "déc" | "dicembre" | "dezembro" => 12,
        // Polish: nominative, genitive ("16 grudnia 2012"), abbreviation.
        "styczeń" | "stycznia" | "styczen" | "sty" => 1,
        "luty" | "lutego" | "lut" => 2,
        "marzec" | "marca" => 3,
        "kwiecień" | "kwietnia" | "kwiecien" | "kwi" => 4,
        "maj" | "maja" => 5,
        "czerwiec" | "czerwca" | "cze" => 6,
        "lipiec" | "lipca" => 7,
        "sierpień" | "sierpnia" | "sierpien" => 8,
        "wrzesień" | "września" | "wrzesien" | "wrzesnia" | "wrz" => 9,
        "październik" | "października" | "pazdziernik" | "pazdziernika" | "paź" => 10,
        "listopad" | "listopada" => 11,
        "grudzień" | "grudnia" | "grudzien" | "gru" => 12,
        // Russian.
        "январь" | "января" | "янв" => 1,
        "февраль" | "февраля" | "фев" => 2,
        "март" | "марта" | "мар" => 3,
        "апрель" | "апреля" | "апр" => 4,
        "май" | "мая" => 5,
        "июнь" | "июня" | "июн" => 6,
        "июль" | "июля" | "июл" => 7,
        "август" | "августа" | "авг" => 8,
        "сентябрь" | "сентября" | "сен" | "сент" => 9,
        "октябрь" | "октября" | "окт" => 10,
        "ноябрь" | "ноября" | "ноя" => 11,
        "декабрь" | "декабря" | "дек" => 12,
        // Turkish.
        "ocak" | "oca" => 1,
        "şubat" | "subat" | "şub" => 2,
        "mart" => 3,
        "nisan" | "nis" => 4,
        "mayıs" | "mayis" => 5,
        "haziran" | "haz" => 6,
        "temmuz" | "tem" => 7,
        "ağustos" | "agustos" | "ağu" => 8,
        "eylül" | "eylul" | "eyl" => 9,
        "ekim" | "eki" => 10,
        "kasım" | "kasim" | "kas" => 11,
        "aralık" | "aralik" | "ara" => 12,
        // Czech (nominative, genitive) and Slovak (genitive).
        "leden" | "ledna" | "januára" => 1,
        "únor" | "února" | "februára" => 2,
        "březen" | "března" => 3,
        "duben" | "dubna" | "apríla" => 4,
        "květen" | "května" | "mája" | "máj" => 5,
        "červen" | "června" | "júna" | "jún" => 6,
        "červenec" | "července" | "júla" | "júl" => 7,
        "srpen" | "srpna" | "augusta" => 8,
        "září" | "septembra" => 9,
        "říjen" | "října" | "októbra" | "október" => 10,
        "listopadu" | "novembra" => 11,
        "prosinec" | "prosince" | "decembra" => 12,
        // Swedish, Danish, Norwegian (the others are German's or
        // English's), Indonesian, Catalan, Romanian, Hungarian.
        "augusti" | "agustus" | "agost" | "augusztus" => 8,
        "marts" | "maret" | "març" | "martie" | "március" => 3,
        "desember" | "desembre" | "decembrie" => 12,
        "gener" | "ianuarie" | "január" => 1,
        "febrer" | "februarie" | "február" => 2,
        "aprilie" | "április" => 4,
        "maig" | "május" => 5,
        "juny" | "iunie" | "június" => 6,
        "juliol" | "iulie" | "július" => 7,
        "setembre" | "septembrie" => 9,
        "octombrie" => 10,
        "noiembrie" => 11,
        // Finnish (partitive, as dates print them: "16. joulukuuta 2012").
        "tammikuuta" | "tammikuu" => 1,
        "helmikuuta" | "helmikuu" => 2,
        "maaliskuuta" | "maaliskuu" => 3,
        "huhtikuuta" | "huhtikuu" => 4,
        "toukokuuta" | "toukokuu" => 5,
        "kesäkuuta" | "kesäkuu" => 6,
        "heinäkuuta" | "heinäkuu" => 7,
        "elokuuta" | "elokuu" => 8,
        "syyskuuta" | "syyskuu" => 9,
        "lokakuuta" | "lokakuu" => 10,
        "marraskuuta" | "marraskuu" => 11,
        "joulukuuta" | "joulukuu" => 12,
        // Ukrainian (genitive) and Greek (genitive).
        "січня" | "ιανουαρίου" => 1,
        "лютого" | "φεβρουαρίου" => 2,
        "березня" | "μαρτίου" => 3,
        "квітня" | "απριλίου" => 4,
        "травня" | "μαΐου" | "μαίου" => 5,
        "червня" | "ιουνίου" => 6,
        "липня" | "ιουλίου" => 7,
        "серпня" | "αυγούστου" => 8,
        "вересня" | "σεπτεμβρίου" => 9,
        "жовтня" | "οκτωβρίου" => 10,
        "листопада" | "νοεμβρίου" => 11,
        "грудня" | "δεκεμβρίου" => 12,
        // Arabic: the months of Egypt and the Gulf, and the Levant's
        // one-word names (the Levant's January, October, November and
        // December are two words).
        "يناير" => 1,
        "فبراير" | "شباط" => 2,
        "مارس" | "آذار" => 3,
        "أبريل" | "ابريل" | "إبريل" | "نيسان" => 4,
        "مايو" | "أيار" | "ايار" => 5,
        "يونيو" | "يونيه" | "حزيران" => 6,
        "يوليو" | "يوليه" | "تموز" => 7,
        "أغسطس" | "اغسطس" | "آب" => 8,
        "سبتمبر" | "أيلول" | "ايلول" => 9,
        "أكتوبر" | "اكتوبر" => 10,
        "نوفمبر" => 11,
        "ديسمبر" => 12,
        _ => return None,
    })
}

/// A weekday name in any of the languages of [`month_number_any`]: a word
/// a printed date line may hold around its date.
pub fn is_weekday_any(word: &str) -> bool {
    weekday_number(word).is_some()
        || matches!(
            word,
            "montag"
                | "dienstag"
                | "mittwoch"
                | "donnerstag"
                | "freitag"
                | "samstag"
                | "sonnabend"
                | "sonntag"
                | "lundi"
                | "mardi"
                | "mercredi"
                | "jeudi"
                | "vendredi"
                | "samedi"
                | "dimanche"
                | "lunedì"
                | "lunedi"
                | "martedì"
                | "martedi"
                | "mercoledì"
                | "mercoledi"
                | "giovedì"
                | "giovedi"
                | "venerdì"
                | "venerdi"
                | "domenica"
                | "segunda"
                | "terça"
                | "terca"
                | "quarta"
                | "quinta"
                | "sexta"
                | "feira"
                | "maandag"
                | "dinsdag"
                | "woensdag"
                | "donderdag"
                | "vrijdag"
                | "zaterdag"
                | "zondag"
                | "poniedziałek"
                | "wtorek"
                | "środa"
                | "czwartek"
                | "piątek"
                | "sobota"
                | "niedziela"
                | "понедельник"
                | "вторник"
                | "среда"
                | "четверг"
                | "пятница"
                | "суббота"
                | "воскресенье"
                | "pazartesi"
                | "salı"
                | "sali"
                | "çarşamba"
                | "carsamba"
                | "perşembe"
                | "persembe"
                | "cuma"
                | "cumartesi"
                | "pazar"
                // Czech, Swedish, Danish and Norwegian, Finnish,
                // Hungarian, Romanian, Indonesian, Ukrainian, Greek.
                | "pondělí"
                | "úterý"
                | "středa"
                | "čtvrtek"
                | "pátek"
                | "neděle"
                | "måndag"
                | "tisdag"
                | "onsdag"
                | "torsdag"
                | "fredag"
                | "lördag"
                | "söndag"
                | "mandag"
                | "tirsdag"
                | "lørdag"
                | "søndag"
                | "maanantai"
                | "tiistai"
                | "keskiviikko"
                | "torstai"
                | "perjantai"
                | "lauantai"
                | "sunnuntai"
                | "hétfő"
                | "kedd"
                | "szerda"
                | "csütörtök"
                | "péntek"
                | "szombat"
                | "vasárnap"
                | "luni"
                | "marți"
                | "miercuri"
                | "joi"
                | "vineri"
                | "sâmbătă"
                | "duminică"
                | "senin"
                | "selasa"
                | "rabu"
                | "kamis"
                | "jumat"
                | "sabtu"
                | "minggu"
                | "понеділок"
                | "вівторок"
                | "середа"
                | "четвер"
                | "пʼятниця"
                | "п'ятниця"
                | "субота"
                | "неділя"
                | "δευτέρα"
                | "τρίτη"
                | "τετάρτη"
                | "πέμπτη"
                | "παρασκευή"
                | "σάββατο"
                | "κυριακή"
        )
}

/// Whether an English weekday written with a capital starts a name with
/// the capitalised words after it (`words`, as written, the weekday first):
/// a programme's or a paper's, not a day — "Saturday Night Live", "Monday
/// Night Football", "Sunday Times", "Sunday Morning Herald". ("on
/// Saturday Night." and "Friday President Trump said" are days.)
pub fn weekday_starts_name(words: &[&str]) -> bool {
    let cap = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let Some((first, rest)) = words.split_first() else {
        return false;
    };
    if !cap(first)
        || !matches!(
            first.to_ascii_lowercase().as_str(),
            "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
        )
    {
        return false;
    }
    let key = |w: &&str| w.to_ascii_lowercase();
    match rest {
        [next, after, ..]
            if cap(next)
                && matches!(
                    key(next).as_str(),
                    "night" | "morning" | "afternoon" | "evening"
                )
                && cap(after)
                && month_number(&key(after)).is_none()
                && weekday_number(&key(after)).is_none() =>
        {
            true
        }
        [next, ..] => {
            cap(next)
                && matches!(
                    key(next).as_str(),
                    "times"
                        | "telegraph"
                        | "mirror"
                        | "express"
                        | "post"
                        | "herald"
                        | "mail"
                        | "tribune"
                        | "independent"
                        | "sport"
                        | "people"
                        | "star"
                )
        }
        [] => false,
    }
}

/// The weekday (0 = Monday) a lower-case English or Spanish weekday name
/// stands for (full names and common abbreviations).
pub fn weekday_number(word: &str) -> Option<u8> {
    Some(match word {
        "monday" | "mon" | "lunes" => 0,
        "tuesday" | "tue" | "tues" | "martes" => 1,
        "wednesday" | "wed" | "miércoles" | "miercoles" => 2,
        "thursday" | "thu" | "thur" | "thurs" | "jueves" => 3,
        "friday" | "fri" | "viernes" => 4,
        "saturday" | "sat" | "sábado" | "sabado" => 5,
        "sunday" | "sun" | "domingo" => 6,
        _ => return None,
    })
}

fn is_weekday(word: &str) -> bool {
    weekday_number(word).is_some()
}

/// Words that may surround a date in a date line without making it prose:
/// publication verbs, time-zone and clock words, Spanish connectors.
pub(crate) fn is_filler(word: &str) -> bool {
    is_weekday(word)
        || is_weekday_any(word)
        || keyword_rank(word).is_some()
        // German, French, Italian, Portuguese, Dutch, Polish, Russian,
        // Turkish: "am … um … Uhr", "le … à", "alle ore", "às", "om … uur",
        // "godz.", "в … г.", "saat".
        || matches!(
            word,
            "am" | "um" | "uhr" | "vom" | "stand" | "zuletzt" | "le" | "à" | "mis" | "jour"
                | "il" | "alle" | "ore" | "em" | "às" | "op" | "om" | "uur" | "dnia" | "godz"
                | "в" | "г" | "года" | "tarihi" | "saat" | "ist" | "jst" | "kst" | "aest"
                | "aedt" | "sgt" | "hkt" | "msk" | "wib" | "pkt" | "eat" | "cat" | "wat"
                | "brt" | "art" | "clt" | "pet" | "mez" | "mesz"
        )
        || matches!(
            word,
            "last"
                | "at"
                | "on"
                | "first"
                | "date"
                | "time"
                | "de"
                | "del"
                | "el"
                | "la"
                | "las"
                | "a"
                | "hora"
                | "fecha"
                | "am"
                | "pm"
                | "et"
                | "est"
                | "edt"
                | "ct"
                | "cst"
                | "cdt"
                | "mt"
                | "mst"
                | "mdt"
                | "pt"
                | "pst"
                | "pdt"
                | "utc"
                | "gmt"
                | "bst"
                | "cet"
                | "cest"
                | "cot"
                | "hrs"
                | "h"
                // The age of a story: "Updated 2 hours ago", "hace 3 horas".
                | "ago"
                | "hour"
                | "hours"
                | "minute"
                | "minutes"
                | "min"
                | "mins"
                | "hace"
                | "horas"
                | "minutos"
                // How long the story takes to read: "5 min read",
                // "Lesezeit 3 Minuten", "temps de lecture", "lettura 4
                // minuti", "leestijd".
                | "read"
                | "lesezeit"
                | "lesedauer"
                | "minuten"
                | "minuti"
                | "lecture"
                | "lectura"
                | "lettura"
                | "leestijd"
                // "Mis en ligne le …": put online.
                | "en"
                | "ligne"
                // Danish, Norwegian, Swedish: "kl. 13.05", at o'clock.
                | "kl"
                // Vietnamese weekdays: "Thứ tư", the fourth day; "Chủ
                // nhật", Sunday.
                | "thứ"
                | "hai"
                | "ba"
                | "tư"
                | "năm"
                | "sáu"
                | "bảy"
                | "chủ"
                | "nhật"
        )
}

/// A word that follows a count of a story's comments ("51 Comments").
pub(crate) fn is_comment_count_word(word: &str) -> bool {
    matches!(
        word,
        "comment"
            | "comments"
            | "responses"
            | "replies"
            | "kommentar"
            | "kommentare"
            | "commentaire"
            | "commentaires"
            | "comentario"
            | "comentarios"
            | "comentário"
            | "comentários"
            | "commento"
            | "commenti"
            | "reactie"
            | "reacties"
            | "komentarz"
            | "komentarze"
            | "komentarzy"
    )
}

/// How strongly a word before a date marks it as the publication date.
fn keyword_rank(word: &str) -> Option<u8> {
    match word {
        "published"
        | "posted"
        | "released"
        | "publicado"
        | "publicada"
        | "publicación"
        | "veröffentlicht"
        | "erschienen"
        | "erschien"
        | "publié"
        | "publiée"
        | "pubblicato"
        | "pubblicata"
        | "gepubliceerd"
        | "geplaatst"
        | "opublikowano"
        | "opublikowany"
        | "опубликовано"
        | "yayınlanma"
        | "yayinlanma"
        | "yayınlandı"
        | "publikováno"
        | "zveřejněno"
        | "publicerad"
        | "publiceret"
        | "publisert"
        | "julkaistu"
        | "közzétéve"
        | "megjelent"
        | "publicat"
        | "publicată"
        | "diterbitkan"
        | "dipublikasikan"
        | "опубліковано"
        | "δημοσιεύθηκε"
        | "δημοσίευση" => Some(3),
        "updated"
        | "modified"
        | "actualizado"
        | "actualizada"
        | "actualización"
        | "mis"
        | "aktualisiert"
        | "geändert"
        | "modifié"
        | "modifiée"
        | "aggiornato"
        | "aggiornata"
        | "modifica"
        | "modificato"
        | "modificata"
        | "atualizado"
        | "atualizada"
        | "bijgewerkt"
        | "zaktualizowano"
        | "aktualizacja"
        | "обновлено"
        | "güncelleme"
        | "güncellendi"
        | "guncelleme"
        | "aktualizováno"
        | "uppdaterad"
        | "opdateret"
        | "oppdatert"
        | "päivitetty"
        | "frissítve"
        | "actualizat"
        | "diperbarui"
        | "оновлено"
        | "ενημερώθηκε" => Some(1),
        "dated" | "fechado" | "fechada" => Some(0),
        _ => None,
    }
}

/// Whether `text` opens with a word of updating ("Updated", "Uppdaterad",
/// "Mis à jour", "Actualizado"): a date it goes on with is no publication.
pub fn starts_with_update_word(text: &str) -> bool {
    let mut words = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase);
    let Some(first) = words.next() else {
        return false;
    };
    // "Last updated", "Zuletzt aktualisiert", "Última actualización",
    // "Dernière mise à jour", "Son güncelleme": the word after.
    if matches!(
        first.as_str(),
        "last"
            | "zuletzt"
            | "última"
            | "ultima"
            | "último"
            | "ultimo"
            | "dernière"
            | "derniere"
            | "laatst"
            | "senast"
            | "sist"
            | "son"
    ) {
        return words.next().is_some_and(|w| {
            matches!(
                w.as_str(),
                "mise"
                    | "update"
                    | "modification"
                    | "modificación"
                    | "modificacion"
                    | "aktualisierung"
            ) || keyword_rank(&w) == Some(1)
        });
    }
    keyword_rank(&first) == Some(1)
}

/// Whether `text` opens with a word of publishing ("Published",
/// "Publicado", "Veröffentlicht"), what a date it goes on with is.
pub fn starts_with_publish_word(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())
        .is_some_and(|w| keyword_rank(&w.to_lowercase()) == Some(3))
}

/// Rank of a date with no keyword before it: below "published", above
/// "updated" (a bare date in a header is the publication date).
const BARE_RANK: u8 = 2;

fn num(t: &Tok) -> Option<(u32, u8, bool)> {
    match t.kind {
        Kind::Num {
            value,
            digits,
            ordinal,
        } => Some((value, digits, ordinal)),
        _ => None,
    }
}

fn adjacent(a: &Tok, b: &Tok) -> bool {
    a.end == b.start
}

fn make(year: u32, month: u32, day: u32, printed: &str) -> DateValue {
    match Day::new(year.into(), month.into(), day.into()) {
        Some(d) => DateValue::Day(d),
        None if !(u32::from(MIN_YEAR)..=u32::from(MAX_YEAR)).contains(&year) => DateValue::Invalid(
            format!("'{printed}': the year {year} is outside {MIN_YEAR}–{MAX_YEAR}"),
        ),
        None => DateValue::Invalid(format!("'{printed}' is not a calendar day")),
    }
}

/// `YYYY-MM-DD`, `YYYY/MM/DD` and `D/M/YYYY` / `M/D/YYYY` (also with `-` or
/// `.` between day, month and year), every part glued to the next.
fn match_numeric(
    text: &str,
    toks: &[Tok],
    i: usize,
    order: DateOrder,
) -> Option<(DateMatch, usize)> {
    let [a, s1, b, s2, c] = toks.get(i..i + 5)? else {
        return None;
    };
    let sep = match s1.kind {
        Kind::Sym(ch @ ('-' | '/' | '.')) => ch,
        _ => return None,
    };
    let (av, ad, aord) = num(a)?;
    let (bv, bd, bord) = num(b)?;
    let (cv, cd, cord) = num(c)?;
    if aord || bord || cord || s2.kind != Kind::Sym(sep) {
        return None;
    }
    let glued = adjacent(a, s1) && adjacent(s1, b) && adjacent(b, s2) && adjacent(s2, c);
    // "2020. 06. 04." (Korean, Hungarian): year, month, day, each with a
    // dot and a space.
    if !glued {
        let spaced_ymd = sep == '.'
            && ad == 4
            && (1..=2).contains(&bd)
            && (1..=2).contains(&cd)
            && adjacent(a, s1)
            && adjacent(b, s2)
            && toks
                .get(i + 5)
                .is_some_and(|d| adjacent(c, d) && d.kind == Kind::Sym('.'));
        // "06. 01. 2026", "6. 1. 2026" (Austrian, Czech, Slovak): day,
        // month, year, the first two each with a dot and a space.
        let spaced_dmy = sep == '.'
            && (1..=2).contains(&ad)
            && (1..=2).contains(&bd)
            && cd == 4
            && adjacent(a, s1)
            && adjacent(b, s2)
            && text[s1.end..b.start] == *" "
            && text[s2.end..c.start] == *" ";
        if spaced_dmy {
            let printed = &text[a.start..c.end];
            return Some((
                DateMatch {
                    start: a.start,
                    end: c.end,
                    value: make(cv, bv, av, printed),
                },
                i + 5,
            ));
        }
        if !spaced_ymd {
            return None;
        }
        let printed = &text[a.start..toks[i + 5].end];
        return Some((
            DateMatch {
                start: a.start,
                end: toks[i + 5].end,
                value: make(av, bv, cv, printed),
            },
            i + 6,
        ));
    }
    // A further glued group (1.2.2026.5, a version number) is not a date;
    // nor is a "year" glued to a time (a forum's "<span>28.09.19</span>
    // <span>13:39</span>", no space between them, reads "28.09.1913:39").
    let glued_after = toks.get(i + 5).is_some_and(|n| {
        adjacent(c, n)
            && matches!(n.kind, Kind::Sym('-' | '/' | '.' | ':'))
            && toks
                .get(i + 6)
                .is_some_and(|m| adjacent(n, m) && num(m).is_some())
    });
    if glued_after {
        return None;
    }
    let printed = &text[a.start..c.end];
    let value = if ad == 4 && (1..=2).contains(&bd) && (1..=2).contains(&cd) {
        make(av, bv, cv, printed)
    } else if (1..=2).contains(&ad) && (1..=2).contains(&bd) && cd == 4 {
        let month_first = Day::new(cv.into(), av.into(), bv.into());
        let day_first = Day::new(cv.into(), bv.into(), av.into());
        // Dots are day first wherever they are written (16.12.2012).
        let order = if sep == '.' {
            DateOrder::DayFirst
        } else {
            order
        };
        match (month_first, day_first, order) {
            (Some(m), Some(d), _) if m == d => DateValue::Day(m),
            (_, Some(d), DateOrder::DayFirst) => DateValue::Day(d),
            (Some(m), _, DateOrder::MonthFirst) => DateValue::Day(m),
            (Some(m), Some(d), _) => DateValue::Ambiguous {
                month_first: m,
                day_first: d,
            },
            (Some(m), None, _) => DateValue::Day(m),
            (None, Some(d), _) => DateValue::Day(d),
            (None, None, _) => make(cv, av.max(bv), av.min(bv), printed),
        }
    } else {
        return None;
    };
    Some((
        DateMatch {
            start: a.start,
            end: c.end,
            value,
        },
        i + 5,
    ))
}

fn adjacent_or_spaced(t: &Tok) -> bool {
    t.kind == Kind::Word
}

/// A letter of Chinese, Japanese or Korean.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}')
}

/// "2020年6月4日" (Japanese, Chinese) and "2020년 6월 4일" (Korean).
fn match_cjk(text: &str, toks: &[Tok], i: usize) -> Option<(DateMatch, usize)> {
    let [y, ys, m, ms, d, ds] = toks.get(i..i + 6)? else {
        return None;
    };
    let (yv, yd, _) = num(y)?;
    let (mv, md, _) = num(m)?;
    let (dv, dd, _) = num(d)?;
    // The lexer joins a mark to the letters after it ("日は"): only its
    // first character is the mark.
    let mark = |t: &Tok, cjk: char, ko: char| {
        adjacent_or_spaced(t)
            .then(|| t.lower.chars().next())
            .flatten()
            .filter(|&c| c == cjk || c == ko)
            .map(|c| t.start + c.len_utf8())
    };
    if yd != 4 || !(1..=2).contains(&md) || !(1..=2).contains(&dd) {
        return None;
    }
    mark(ys, '年', '년')?;
    mark(ms, '月', '월')?;
    let end = mark(ds, '日', '일')?;
    let printed = &text[y.start..end];
    Some((
        DateMatch {
            start: y.start,
            end,
            value: make(yv, mv, dv, printed),
        },
        i + 6,
    ))
}

/// Tries a date expression starting at token `i`; returns it and the index
/// of the first token after it.
fn match_at(text: &str, toks: &[Tok], i: usize, order: DateOrder) -> Option<(DateMatch, usize)> {
    let t = &toks[i];
    let at = |k: usize| toks.get(k);
    let year_at = |k: usize| -> Option<u32> {
        let (v, d, ord) = num(at(k)?)?;
        (d == 4 && !ord).then_some(v)
    };
    let done = |end_tok: usize, value: DateValue| {
        let start = toks[i].start;
        let end = toks[end_tok - 1].end;
        Some((DateMatch { start, end, value }, end_tok))
    };
    let printed = |end_tok: usize| &text[toks[i].start..toks[end_tok - 1].end];

    // Numeric forms: YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, and D/M/YYYY or
    // M/D/YYYY; then the Chinese, Japanese and Korean one.
    if let Some(found) = match_numeric(text, toks, i, order).or_else(|| match_cjk(text, toks, i)) {
        return Some(found);
    }

    // Optional tokens between the parts: "Jan." "3," "de", "6th of".
    let skip = |k: usize, wanted: &[&str]| -> usize {
        match at(k) {
            Some(Tok {
                kind: Kind::Sym(c), ..
            }) if wanted.contains(&c.to_string().as_str()) => k + 1,
            Some(w) if w.kind == Kind::Word && wanted.contains(&w.lower.as_str()) => k + 1,
            _ => k,
        }
    };
    let day_at = |k: usize| -> Option<u32> {
        let (d, digits, _) = num(at(k)?)?;
        (digits <= 2).then_some(d)
    };

    // Month first: "January 3, 2026", "Jan. 3, 2026", "enero 3 de 2026".
    if t.kind == Kind::Word {
        let month = month_number_any(&t.lower)?;
        let k = skip(i + 1, &["."]);
        let d = day_at(k)?;
        let k = skip(skip(k + 1, &[","]), &["de", "del"]);
        let year = year_at(k)?;
        return done(k + 1, make(year, month.into(), d, printed(k + 1)));
    }

    // Year first, as Hungarian prints it: "2012. december 16." (the dot
    // after the year required: "2012 December 16" is not a form of prose).
    if let Some(year) = year_at(i)
        && at(i + 1).is_some_and(|s| s.kind == Kind::Sym('.') && adjacent(t, s))
        && let Some(month) = at(i + 2).and_then(|m| month_number_any(&m.lower))
        && let Some(d) = day_at(i + 3)
    {
        let end = skip(i + 4, &["."]);
        return done(end, make(year, month.into(), d, printed(end)));
    }

    // Day first: "8 January 2026", "6th January 1945", "07 Dec 1896",
    // "3 de enero de 2026", "6th of January, 1945", "16. Dezember 2012",
    // "1er janvier 2020", "1º de enero", "16 декабря 2012 г.".
    let d = day_at(i)?;
    // "26-FEB-1987" (the wire services' form): the dashes glued on.
    if let (Some(s1), Some(m), Some(s2)) = (at(i + 1), at(i + 2), at(i + 3))
        && s1.kind == Kind::Sym('-')
        && s2.kind == Kind::Sym('-')
        && adjacent(&toks[i], s1)
        && adjacent(s1, m)
        && adjacent(m, s2)
        && let Some(month) = month_number_any(&m.lower)
        && let Some(year) = year_at(i + 4).filter(|_| adjacent(s2, &toks[i + 4]))
    {
        return done(i + 5, make(year, month.into(), d, printed(i + 5)));
    }
    let k = skip(skip(skip(i + 1, &["er", "º", "°"]), &["."]), &["of", "de"]);
    let month = month_number_any(&at(k)?.lower)?;
    // A month named twice, the two names of one month ("04 آب/اغسطس
    // 2013": the Levant's August and Egypt's).
    let k = match (at(k + 1), at(k + 2)) {
        (Some(s), Some(m))
            if s.kind == Kind::Sym('/') && month_number_any(&m.lower) == Some(month) =>
        {
            k + 2
        }
        _ => k,
    };
    let k = skip(skip(skip(k + 1, &["."]), &[","]), &["de", "del"]);
    let year = year_at(k)?;
    done(k + 1, make(year, month.into(), d, printed(k + 1)))
}

/// False when `text` cannot hold a full date: every form [`find_dates`]
/// reads as a day has a four-digit year, so text without four digits in a
/// row has none. A quick test before the full search.
pub fn may_hold_a_day(text: &str) -> bool {
    let mut run = 0;
    for &b in text.as_bytes() {
        if b.is_ascii_digit() {
            run += 1;
            if run == 4 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

/// Every date expression in `text`, left to right, non-overlapping; a
/// numeric date that could be read both ways is ambiguous.
pub fn find_dates(text: &str) -> Vec<DateMatch> {
    find_dates_ordered(text, DateOrder::Unknown)
}

/// [`find_dates`], reading numeric dates as `order` says.
pub fn find_dates_ordered(text: &str, order: DateOrder) -> Vec<DateMatch> {
    let toks = lex(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // A number glued to a preceding number or letter (the "3" of "A3",
        // the "10" of "2026-10") does not start a date.
        // (A letter of a script without spaces before it is no glue:
        // "発表2020年6月4日".)
        let glued = i > 0
            && adjacent(&toks[i - 1], &toks[i])
            && match toks[i - 1].kind {
                Kind::Num { .. } => true,
                Kind::Word => text[..toks[i - 1].end]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_ascii_alphanumeric() || !is_cjk(c)),
                Kind::Sym(_) => false,
            }
            && matches!(toks[i].kind, Kind::Num { .. });
        match (!glued).then(|| match_at(text, &toks, i, order)).flatten() {
            Some((m, next)) => {
                out.push(m);
                i = next;
            }
            None => i += 1,
        }
    }
    out
}

/// A header line that is (nearly) only a date: what it says and which of its
/// dates is the publication day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateLine {
    /// The chosen date: the valid day with the strongest keyword
    /// (published > none > updated > dated), else the first problem found.
    pub value: DateValue,
    /// The line as printed (trimmed).
    pub printed: String,
}

/// Reads `line` as a date line: a line of at most 24 words holding at least
/// one date expression and, apart from dates, times, weekdays and words such
/// as "Updated", "Published", "at", "ET" (or "veröffentlicht am … um …
/// Uhr", "publié le … à"), at most one other word or site name
/// ("TIMESOFINDIA.COM / Dec 6, 2020, 15:48 IST") — or a byline ("By Jane
/// Doe | January 3, 2026", "Posted on May 3, 2024 by Jane Doe"). Returns `None` for prose that merely mentions a
/// date. A numeric date that could be read both ways is ambiguous.
pub fn date_line(line: &str) -> Option<DateLine> {
    date_line_ordered(line, DateOrder::Unknown)
}

/// Whether `t` is a time zone of the United States or Canada written as
/// their sites write it, in capitals ("EDT", "PST", "ET").
fn american_zone(line: &str, t: &Tok) -> bool {
    t.kind == Kind::Word
        && matches!(
            &line[t.start..t.end],
            "EST"
                | "EDT"
                | "CST"
                | "CDT"
                | "MST"
                | "MDT"
                | "PST"
                | "PDT"
                | "AKST"
                | "AKDT"
                | "ET"
                | "PT"
        )
}

/// Whether token `i` is a time zone of a country that writes the day
/// first, in capitals: Europe's ("GMT", "BST", "CET", "MESZ"), India's,
/// Israel's, Australia's, New Zealand's, South Africa's, Moscow's, or
/// "UTC" or "GMT" with an offset ("UTC+1"). ("UTC" alone is written
/// everywhere.)
fn day_first_zone(line: &str, toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    t.kind == Kind::Word
        && match &line[t.start..t.end] {
            "GMT" | "BST" | "CET" | "CEST" | "MEZ" | "MESZ" | "EET" | "EEST" | "IST" | "AEST"
            | "AEDT" | "ACST" | "ACDT" | "AWST" | "NZST" | "NZDT" | "SAST" | "MSK" => true,
            "UTC" => toks
                .get(i + 1)
                .is_some_and(|n| matches!(n.kind, Kind::Sym('+' | '-' | '−')) && adjacent(t, n)),
            _ => false,
        }
}

/// [`date_line`], reading numeric dates as `order` says; on a date line a
/// dotted date with a two-digit year is read too (`8.5.12, 17:29` is 8 May
/// 2012). A time in a North American zone makes an unordered line month
/// first, one in a zone of a country that writes the day first day first.
pub fn date_line_ordered(line: &str, order: DateOrder) -> Option<DateLine> {
    let line = line.trim();
    if let Some(d) = post_footer(line, order) {
        return Some(d);
    }
    // Every date form has digits; most lines of a page have none or are long.
    if !line.bytes().any(|b| b.is_ascii_digit()) || line.split_whitespace().nth(24).is_some() {
        return None;
    }
    let toks = lex(line);
    // A time in a North American zone ("10/04/2016 05:07 AM EDT",
    // Politico's byline) is an American site's: month first, where
    // nothing else has said.
    // One of a country that writes the day first ("06/01/2026 - 13:55
    // GMT+1", Euronews; "CET", "BST", "AEST"): day first.
    let order = match order {
        DateOrder::Unknown if toks.iter().any(|t| american_zone(line, t)) => DateOrder::MonthFirst,
        DateOrder::Unknown if (0..toks.len()).any(|i| day_first_zone(line, &toks, i)) => {
            DateOrder::DayFirst
        }
        o => o,
    };
    let dates = dates_of_line(line, &toks, order);
    if dates.is_empty() {
        return None;
    }
    let in_date = |t: &Tok| dates.iter().any(|d| t.start >= d.start && t.end <= d.end);
    // A date line may end with who wrote it ("Posted on December 16, 2012
    // by Jane Doe", "am 16.12.2012 von Jo"): the name's words, four at
    // most, are not the line's other words.
    let signed_from = dates.last().and_then(|last| {
        let k = toks.iter().position(|t| {
            t.start >= last.end
                && t.kind == Kind::Word
                && matches!(
                    t.lower.as_str(),
                    "by" | "von" | "par" | "por" | "door" | "da"
                )
        })?;
        let rest = toks[k + 1..]
            .iter()
            .filter(|t| t.kind == Kind::Word)
            .count();
        (1..=4).contains(&rest).then(|| toks[k].start)
    });
    // Words glued by dots or dashes (a site's name, "TIMESOFINDIA.COM") are
    // one word.
    let leftover = toks
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == Kind::Word && !in_date(t))
        .filter(|(_, t)| signed_from.is_none_or(|at| t.start < at))
        .filter(|(_, t)| t.lower.chars().count() > 1 && !is_filler(&t.lower))
        // A count of comments after the date ("… at 08:34 PM EDT. 51
        // Comments", "12 Kommentare") is the line's link to them.
        .filter(|&(k, t)| {
            !(k > 0
                && dates.last().is_some_and(|d| t.start >= d.end)
                && matches!(toks[k - 1].kind, Kind::Num { .. })
                && is_comment_count_word(&t.lower))
        })
        .filter(|&(k, t)| {
            k < 2
                || !(matches!(toks[k - 1].kind, Kind::Sym('.' | '-'))
                    && adjacent(&toks[k - 1], t)
                    && adjacent(&toks[k - 2], &toks[k - 1])
                    && toks[k - 2].kind == Kind::Word)
        })
        .count();
    // "By Ana Ruiz | January 3, 2026", "Posted by Ana Ruiz on …", "Por …".
    let word_list: Vec<&str> = toks
        .iter()
        .filter(|t| t.kind == Kind::Word)
        .map(|t| t.lower.as_str())
        .take(2)
        .collect();
    // "Written by …", "Posted by …": a byline for sure, which may name
    // the author's section and a count of comments too ("Written by Jane
    // Roe in Valve on 1 June 2019 at 08:34 PM EDT. 51 Comments").
    let signed_byline = matches!(
        word_list.as_slice(),
        [
            "posted"
                | "published"
                | "written"
                | "submitted"
                | "publicado"
                | "publicada"
                | "postado"
                | "escrito"
                | "geschrieben"
                | "gepostet"
                | "erstellt"
                | "eingestellt"
                | "verfasst"
                | "veröffentlicht"
                | "publié"
                | "publiée"
                | "posté"
                | "écrit"
                | "pubblicato"
                | "scritto"
                | "geplaatst"
                | "gepubliceerd"
                | "geschreven",
            "by" | "por" | "von" | "par" | "da" | "door"
        ]
    );
    let byline = signed_byline
        || matches!(
            word_list.as_slice(),
            [
                "by" | "por" | "von" | "par" | "di" | "door" | "av" | "af",
                ..
            ]
        );
    // A wire dateline: a place in capitals, a dash, the date ("NEW YORK --
    // FEBRUARY 26, 1987", "BOGOTÁ — 3 de enero de 2026").
    let dateline = dates.first().is_some_and(|first| {
        let head = &line[..first.start];
        let place = head
            .trim_end()
            .trim_end_matches(['-', '—', '–', ','])
            .trim_end();
        place.len() < head.trim_end().len()
            && !place.is_empty()
            && place.split_whitespace().count() <= 4
            && place.chars().any(char::is_alphabetic)
            && place.chars().all(|c| {
                !c.is_lowercase()
                    && (c.is_alphabetic() || matches!(c, ' ' | '.' | ',' | '\'' | '’'))
            })
    });
    // A letter's or a story's place line: a place in title case, a comma,
    // the date ("Villanueva del Río, 27 de mayo de 2023", "Stratford upon
    // Avon, May 3, 2024").
    let place_line = dates.first().is_some_and(|first| {
        // (The date ends the line: not a caption's "Syria, Sunday, Jan.
        // 11, 2026. (AP Photo/…)".)
        let tail = dates.last().map_or("", |d| &line[d.end..]);
        // (Or an agency in parentheses after it: "Lisboa, 4 de marzo de
        // 2025 (EFE)".)
        let agency = tail
            .trim()
            .trim_end_matches(['.', '-', '—', '–', ' '])
            .strip_prefix('(')
            .and_then(|t| t.strip_suffix(')'))
            .is_some_and(|a| {
                (1..=3).contains(&a.split_whitespace().count())
                    && a.chars().count() <= 20
                    && a.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '-'))
            });
        if tail.chars().any(char::is_alphanumeric) && !agency {
            return false;
        }
        let head = line[..first.start].trim_end();
        // Or a short label and a dash or comma: a note's or a speech's
        // header ("Class notes, 12 March 2025", "Notas de aula — 14 de
        // março de 2025"), not prose ("In the end, May 3, 2024").
        let label = head
            .strip_suffix([',', '—', '–'])
            .or_else(|| head.strip_suffix(" -"))
            .map(str::trim_end)
            .is_some_and(|l| {
                let words: Vec<&str> = l.split_whitespace().collect();
                (1..=4).contains(&words.len())
                    && words[0].chars().next().is_some_and(char::is_uppercase)
                    && !matches!(
                        words[0].to_lowercase().as_str(),
                        "in" | "on"
                            | "at"
                            | "by"
                            | "when"
                            | "after"
                            | "before"
                            | "since"
                            | "until"
                            | "from"
                            | "for"
                            | "the"
                            | "a"
                            | "an"
                            | "and"
                            | "but"
                            | "as"
                            | "if"
                            | "en"
                            | "el"
                            | "la"
                            | "los"
                            | "las"
                            | "desde"
                            | "hasta"
                            | "y"
                            | "o"
                            | "em"
                            | "no"
                            | "na"
                            | "e"
                            | "le"
                            | "les"
                    )
                    && words.iter().all(|w| {
                        w.chars()
                            .all(|c| c.is_alphabetic() || matches!(c, '.' | '-'))
                    })
            });
        if label {
            return true;
        }
        let Some(place) = head.strip_suffix(',') else {
            return false;
        };
        let words: Vec<&str> = place.split_whitespace().collect();
        (1..=5).contains(&words.len())
            && words[0].chars().next().is_some_and(char::is_uppercase)
            && words.iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    || matches!(
                        *w,
                        "de" | "del"
                            | "la"
                            | "las"
                            | "los"
                            | "el"
                            | "of"
                            | "the"
                            | "upon"
                            | "on"
                            | "do"
                            | "da"
                            | "dos"
                            | "das"
                            | "di"
                            | "sur"
                            | "am"
                            | "an"
                            | "im"
                            | "y"
                    )
            })
    });
    // A wire dateline without a dash: the place in capitals, its country
    // or state after a comma, the date to end the line ("AL-AIN, United
    // Arab Emirates 1996-12-06", "LONDON 1996-08-30").
    let wire_place = dates.first().is_some_and(|first| {
        let tail = dates.last().map_or("", |d| &line[d.end..]);
        if tail.chars().any(char::is_alphanumeric) {
            return false;
        }
        let head = line[..first.start].trim_end();
        let (place, region) = head
            .split_once(',')
            .map_or((head, ""), |(p, r)| (p.trim_end(), r.trim()));
        let region: Vec<&str> = region.split_whitespace().collect();
        place.split_whitespace().count() <= 4
            && place.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && place.chars().all(|c| {
                !c.is_lowercase()
                    && (c.is_alphabetic() || matches!(c, ' ' | '.' | '\'' | '’' | '-'))
            })
            && region.len() <= 3
            && region.iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphabetic() || c == '.')
            })
    });
    // A byline whose name and role end at a separator before the date
    // ("By Stephanie Pappas, Live Science Contributor | October 31, 2014")
    // may say more.
    let byline_room = if dates
        .first()
        .is_some_and(|d| line[..d.start].contains(['|', '•', '·']))
        || signed_byline
    {
        8
    } else {
        5
    };
    if leftover > 1
        && !(byline && leftover <= byline_room)
        && !((dateline || place_line || wire_place) && leftover <= 5)
    {
        return None;
    }
    Some(best_of(line, &dates, &toks))
}

/// The date a blog's post footer gives in a sentence ("This entry was
/// posted on Tuesday, March 12th, 2019 at 8:15 am and is filed under News.",
/// "This entry was posted in News on March 12, 2019 by admin.", "Dieser
/// Eintrag wurde am 12. März 2019 veröffentlicht …"): the sentence opens
/// with "this entry (post, article) was posted (published)", and its first
/// date is the post's. What follows the first sentence is not read.
fn post_footer(line: &str, order: DateOrder) -> Option<DateLine> {
    if !opens_post_footer(line) {
        return None;
    }
    // The first sentence, as far as the first full stop after a word.
    let end = line
        .match_indices(". ")
        .map(|(i, _)| i)
        .find(|&i| line[..i].ends_with(|c: char| c.is_alphabetic()))
        .unwrap_or(line.len());
    let sentence = &line[..end];
    if sentence.split_whitespace().nth(40).is_some() {
        return None;
    }
    // The verb: "was posted", "wurde … veröffentlicht" (after the date),
    // "a été publiée", "fue publicada", "è stato pubblicato".
    let toks = lex(sentence);
    if !toks
        .iter()
        .any(|t| t.kind == Kind::Word && keyword_rank(&t.lower) == Some(3))
    {
        return None;
    }
    let dates = dates_of_line(sentence, &toks, order);
    let first = dates.first()?;
    Some(DateLine {
        value: first.value.clone(),
        printed: sentence.to_string(),
    })
}

/// The part of a box's text from its blog post footer on ("Andrew is the
/// CTO of Parse.ly. This entry was posted on …"): the first sentence that
/// opens as [`opens_post_footer`] says.
pub fn post_footer_in(text: &str) -> Option<&str> {
    let starts = std::iter::once(0).chain(
        text.char_indices()
            .filter(|&(i, c)| c.is_whitespace() && text[..i].trim_end().ends_with(['.', '!', '?']))
            .map(|(i, c)| i + c.len_utf8()),
    );
    starts
        .map(|i| text[i..].trim_start())
        .find(|rest| opens_post_footer(rest))
}

/// Whether a line opens as a blog's post footer does: "This entry …",
/// "Dieser Beitrag …", "Cette entrée …" (see [`date_line`]).
pub fn opens_post_footer(line: &str) -> bool {
    let mut words = line.split_whitespace().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    });
    let (Some(this), Some(what)) = (words.next(), words.next()) else {
        return false;
    };
    matches!(
        this.as_str(),
        "this"
            | "dieser"
            | "diese"
            | "cette"
            | "cet"
            | "esta"
            | "este"
            | "questo"
            | "questa"
            | "dit"
            | "deze"
    ) && matches!(
        what.as_str(),
        "entry"
            | "post"
            | "article"
            | "story"
            | "eintrag"
            | "beitrag"
            | "artikel"
            | "entrée"
            | "entrada"
            | "artículo"
            | "articolo"
            | "bericht"
    )
}

/// The date of a line that says more than a date line may (an article's
/// meta line: "Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 |
/// Par …"), chosen among its dates as [`date_line`] chooses: published,
/// then a bare date, then updated.
pub fn best_date(line: &str, order: DateOrder) -> Option<DateLine> {
    let line = line.trim();
    let toks = lex(line);
    let dates = dates_of_line(line, &toks, order);
    if dates.is_empty() {
        return None;
    }
    Some(best_of(line, &dates, &toks))
}

/// The dates of a line that is about a date (a meta line, a date line):
/// [`find_dates_ordered`]'s, else a dotted date with a two-digit year
/// ("Do 25.04.24 | 14:07 Uhr | Von …") or a form of `line_only_date`
/// ("2014 Dec 29", "14 January '15"), which prose would not hold.
pub fn line_dates(line: &str, order: DateOrder) -> Vec<DateMatch> {
    let line = line.trim();
    dates_of_line(line, &lex(line), order)
}

fn dates_of_line(line: &str, toks: &[Tok], order: DateOrder) -> Vec<DateMatch> {
    let mut dates = find_dates_ordered(line, order);
    if dates.is_empty() {
        dates.extend(short_year_date(line, toks, order).or_else(|| line_only_date(line, toks)));
    }
    dates
}

/// Two forms read on a date line only, where they are clear (in prose
/// "2014 December 16" runs two numbers together): the year first, then the
/// month's name and the day with no dot after the year ("2014 Dec 29 11:29
/// AM", Self's byline), and a two-digit year after an apostrophe ("14
/// January '15, 11:57pm", The Next Web's; "Jan 14 '15").
fn line_only_date(line: &str, toks: &[Tok]) -> Option<DateMatch> {
    let month_of = |t: &Tok| {
        (t.kind == Kind::Word)
            .then(|| month_number_any(&t.lower))
            .flatten()
    };
    let day_of = |t: &Tok| {
        num(t)
            .filter(|&(d, digits, _)| digits <= 2 && d >= 1)
            .map(|n| n.0)
    };
    // (Not glued to more digits or letters: "29th" is read, "29a" is not.)
    let ends_clean = |k: usize| {
        toks.get(k + 1)
            .is_none_or(|n| !adjacent(&toks[k], n) || matches!(n.kind, Kind::Sym(_)))
    };
    (0..toks.len()).find_map(|i| {
        let t = &toks[i];
        // The year, the month, the day.
        if let Some((year, 4, false)) = num(t)
            && (1900..=2100).contains(&year)
            && let Some(month) = toks.get(i + 1).and_then(month_of)
            && let Some(d) = toks.get(i + 2).and_then(day_of)
            && ends_clean(i + 2)
        {
            let end = toks[i + 2].end;
            return Some(DateMatch {
                start: t.start,
                end,
                value: make(year, month.into(), d, &line[t.start..end]),
            });
        }
        // An apostrophe glued to two digits: the year; before it (a comma
        // between allowed) the day and the month, either way round.
        if !matches!(t.kind, Kind::Sym('\'' | '’')) {
            return None;
        }
        let y = toks.get(i + 1)?;
        let (yy, 2, false) = num(y)? else {
            return None;
        };
        if !adjacent(t, y) || !ends_clean(i + 1) {
            return None;
        }
        let mut k = i;
        if k > 0 && toks[k - 1].kind == Kind::Sym(',') {
            k -= 1;
        }
        let (a, b) = (toks.get(k.checked_sub(2)?)?, toks.get(k - 1)?);
        let (start, month, d) = match (month_of(a), day_of(b), day_of(a), month_of(b)) {
            (Some(m), Some(d), _, _) => (a.start, m, d),
            (_, _, Some(d), Some(m)) => (a.start, m, d),
            _ => return None,
        };
        let year = if yy < 70 { 2000 + yy } else { 1900 + yy };
        Some(DateMatch {
            start,
            end: y.end,
            value: make(year, month.into(), d, &line[start..y.end]),
        })
    })
}

/// The date of `dates` (found in `line`, lexed as `toks`) with the
/// strongest keyword before it: published > none > updated > dated.
fn best_of(line: &str, dates: &[DateMatch], toks: &[Tok]) -> DateLine {
    // Rank each date by the nearest keyword before it, skipping weekdays,
    // clock words, numbers and punctuation.
    let rank_of = |m: &DateMatch| -> u8 {
        for t in toks.iter().rev().filter(|t| t.end <= m.start) {
            if dates.iter().any(|d| t.start >= d.start && t.end <= d.end) {
                break;
            }
            if t.kind == Kind::Word {
                if let Some(r) = keyword_rank(&t.lower) {
                    return r;
                }
                if !is_filler(&t.lower) && t.lower.chars().count() > 1 {
                    break;
                }
            }
        }
        BARE_RANK
    };
    let best = dates
        .iter()
        .filter(|m| matches!(m.value, DateValue::Day(_)))
        .max_by_key(|m| (rank_of(m), std::cmp::Reverse(m.start)));
    let value = match best {
        Some(m) => m.value.clone(),
        None => dates[0].value.clone(),
    };
    DateLine {
        value,
        printed: line.to_string(),
    }
}

/// How many numeric dates of `text` (`d/m/yyyy` or `m-d-yyyy`) can only be
/// read day first (`25/03/2020`) and how many only month first
/// (`03/25/2020`): the evidence a page gives of its own order.
pub fn numeric_evidence(text: &str) -> (usize, usize) {
    let toks = lex(text);
    let (mut day_first, mut month_first) = (0, 0);
    for w in toks.windows(5) {
        let [a, s1, b, s2, c] = w else { continue };
        let (Some((av, ad, _)), Some((bv, bd, _)), Some((_, 4, _))) = (num(a), num(b), num(c))
        else {
            continue;
        };
        if !matches!(s1.kind, Kind::Sym('/' | '-')) || s2.kind != s1.kind || ad > 2 || bd > 2 {
            continue;
        }
        if !(adjacent(a, s1) && adjacent(s1, b) && adjacent(b, s2) && adjacent(s2, c)) {
            continue;
        }
        match (
            av > 12 && av <= 31 && bv <= 12,
            bv > 12 && bv <= 31 && av <= 12,
        ) {
            (true, false) => day_first += 1,
            (false, true) => month_first += 1,
            _ => {}
        }
    }
    (day_first, month_first)
}

/// A dotted date with a two-digit year (`8.5.12`, `11.02.20`) or one with
/// slashes (`8/17/13 11:04am`, Gawker's bylines): a date that reads one
/// way only (`12.29.14`), or as `order` says; with no order, one that
/// reads both ways is not read (Engadget's "11.03.17" is November 3, a
/// German page's "8.5.12" the 8th of May);
/// the years 00–69 in the 2000s and 70–99 in the 1900s. Read on date lines
/// only, where the form is clear; in prose it could be a version number.
fn short_year_date(line: &str, toks: &[Tok], order: DateOrder) -> Option<DateMatch> {
    (0..toks.len()).find_map(|i| {
        let [a, s1, b, s2, c] = toks.get(i..i + 5)? else {
            return None;
        };
        let (av, ad, _) = num(a)?;
        let (bv, bd, _) = num(b)?;
        let (cv, cd, _) = num(c)?;
        let glued_before = i > 0 && adjacent(&toks[i - 1], a);
        let glued_after = toks
            .get(i + 5)
            .is_some_and(|n| adjacent(c, n) && n.kind != Kind::Sym(','));
        if glued_before
            || glued_after
            || !matches!(s1.kind, Kind::Sym('.' | '/'))
            || s2.kind != s1.kind
            || !(adjacent(a, s1) && adjacent(s1, b) && adjacent(b, s2) && adjacent(s2, c))
            || !(1..=2).contains(&ad)
            || !(1..=2).contains(&bd)
            || cd != 2
        {
            return None;
        }
        let year = if cv < 70 { 2000 + cv } else { 1900 + cv };
        // Day first where the page's order says so, or where only that
        // reads; month first where only that reads ("12.29.14", an
        // American site's) or the order says so.
        let month_first = av <= 12 && (bv > 12 || order == DateOrder::MonthFirst);
        // Both are written both ways ("8/17/13" and "11.03.17" in the
        // United States, "17/8/13" and "8.5.12" in Europe): with no order,
        // one that reads both ways is ambiguous.
        let value = match (
            Day::new(year.into(), av.into(), bv.into()),
            Day::new(year.into(), bv.into(), av.into()),
            order,
        ) {
            (Some(m), Some(d), DateOrder::Unknown) if m != d => DateValue::Ambiguous {
                month_first: m,
                day_first: d,
            },
            _ => {
                let (month, day) = if month_first { (av, bv) } else { (bv, av) };
                make(year, month, day, &line[a.start..c.end])
            }
        };
        Some(DateMatch {
            start: a.start,
            end: c.end,
            value,
        })
    })
}

/// The first ISO date (`YYYY-MM-DD`, also `YYYY_MM_DD`) in a file name, with
/// the text it was read from. Digits glued on either side do not count.
pub fn date_in_file_name(name: &str) -> Option<(Day, String)> {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let b = file.as_bytes();
    if b.len() < 10 {
        return None;
    }
    for i in 0..=b.len() - 10 {
        let w = &b[i..i + 10];
        let digits = |r: std::ops::Range<usize>| w[r].iter().all(u8::is_ascii_digit);
        let sep = w[4];
        if !(digits(0..4) && digits(5..7) && digits(8..10))
            || !(sep == b'-' || sep == b'_')
            || w[7] != sep
            || (i > 0 && b[i - 1].is_ascii_digit())
            || b.get(i + 10).is_some_and(u8::is_ascii_digit)
        {
            continue;
        }
        let s = &file[i..i + 10];
        if let Some(day) = Day::parse_iso(&s.replace('_', "-")) {
            return Some((day, s.to_string()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Day {
        Day::parse_iso(s).expect("valid test day")
    }

    #[test]
    fn every_required_format_reads_as_its_printed_day() {
        let cases = [
            ("2025-07-04 06:00", "2025-07-04"),
            ("2025-07-04T06:00:00Z", "2025-07-04"),
            ("8 January 2026 at 17:53", "2026-01-08"),
            ("January 3, 2026", "2026-01-03"),
            ("Jan. 3, 2026", "2026-01-03"),
            ("Sept. 5, 2025", "2025-09-05"),
            ("Sunday, Jan. 11, 2026", "2026-01-11"),
            ("Tue February 12, 2013", "2013-02-12"),
            ("6th January 1945", "1945-01-06"),
            ("DECEMBER 8, 1885", "1885-12-08"),
            ("Updated 12:30 p.m. ET, Mon December 2, 1895", "1895-12-02"),
            ("07 Dec 1896 09:45", "1896-12-07"),
            ("3 de enero de 2026", "2026-01-03"),
            ("sábado, 3 de enero del 2026", "2026-01-03"),
            ("enero 3 de 2026", "2026-01-03"),
            ("02/26/1987", "1987-02-26"),
            ("26/02/1987", "1987-02-26"),
            ("2026/01/07", "2026-01-07"),
            ("6th of January, 1945", "1945-01-06"),
            ("Sep 30, 2025", "2025-09-30"),
            ("29 February 2024", "2024-02-29"),
        ];
        for (text, want) in cases {
            let found = find_dates(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].value, DateValue::Day(day(want)), "{text}");
            let line = date_line(text).unwrap_or_else(|| panic!("{text} is a date line"));
            assert_eq!(line.value, DateValue::Day(day(want)), "{text}");
            assert_eq!(line.printed, text);
        }
    }

    #[test]
    fn date_lines_in_twenty_languages_and_with_words_around_them() {
        let cases = [
            ("Artikel veröffentlicht am 16.12.2012", "2012-12-16"),
            ("23.06.2016 um 16:14 Uhr", "2016-06-23"),
            ("11.02.2020, 17:29 Uhr", "2020-02-11"),
            ("Montag, 16. Dezember 2012, 14:30 Uhr", "2012-12-16"),
            ("Stand: 3. März 2021", "2021-03-03"),
            ("TIMESOFINDIA.COM / Dec 6, 2020, 15:48 IST", "2020-12-06"),
            ("Publié le 3 mars 2020 à 14h05", "2020-03-03"),
            ("mercredi 1er janvier 2020", "2020-01-01"),
            ("Pubblicato il 5 maggio 2019 alle 10:30", "2019-05-05"),
            ("Publicado em 12 de agosto de 2021 às 08h00", "2021-08-12"),
            ("Gepubliceerd op 3 mei 2018 om 14:00 uur", "2018-05-03"),
            ("Opublikowano: 16 grudnia 2012, godz. 14:30", "2012-12-16"),
            ("Опубликовано 16 декабря 2012 г. в 14:30", "2012-12-16"),
            ("Yayınlanma: 16 Aralık 2012 14:30", "2012-12-16"),
            ("2020. 06. 04.", "2020-06-04"),
            ("06. 01. 2026, 14:59 Uhr", "2026-01-06"),
            ("6. 1. 2026", "2026-01-06"),
            ("2020.06.04 09:15", "2020-06-04"),
            ("2020年6月4日 14時30分", "2020-06-04"),
            ("2020년 6월 4일", "2020-06-04"),
            ("الأحد، 04 أغسطس 2013", "2013-08-04"),
            ("الأحد، 04 آب/اغسطس 2013", "2013-08-04"),
            // Slashes with a two-digit year, read one way only.
            ("8/17/13 11:04am", "2013-08-17"),
            ("17/8/13 11:04", "2013-08-17"),
            // A byline with a role, then a bar and the date.
            (
                "by Ana Ruiz, Senior Science Contributor | May 3, 2019 07:15am ET",
                "2019-05-03",
            ),
            // Only month first reads: an American site's dotted date.
            ("12.29.14", "2014-12-29"),
            ("1º de enero de 2020", "2020-01-01"),
            // Twelve more languages, as their pages print dates.
            ("16. prosince 2012 18:22", "2012-12-16"),
            ("Publikováno: pondělí 3. března 2021", "2021-03-03"),
            ("16. decembra 2012 18:22", "2012-12-16"),
            ("Publicerad söndag 16 december 2012 kl. 18.22", "2012-12-16"),
            ("Publiceret 5. marts 2019 kl. 10:30", "2019-03-05"),
            ("Publisert 16. desember 2012", "2012-12-16"),
            ("Julkaistu 16. joulukuuta 2012 klo 18.22", "2012-12-16"),
            ("2012. december 16. 18:22", "2012-12-16"),
            ("Publicat: 16 decembrie 2012, 18:22", "2012-12-16"),
            (
                "Publicat el 16 de desembre de 2012 a les 18:22",
                "2012-12-16",
            ),
            ("Minggu, 16 Desember 2012 18:22 WIB", "2012-12-16"),
            ("16 грудня 2012, 18:22", "2012-12-16"),
            ("Κυριακή 16 Δεκεμβρίου 2012, 18:22", "2012-12-16"),
        ];
        for (line, want) in cases {
            let got = date_line(line).unwrap_or_else(|| panic!("{line} is a date line"));
            assert_eq!(got.value, DateValue::Day(day(want)), "{line}");
        }
        // Wire datelines and the wire services' date form.
        for (line, want) in [
            ("NEW YORK -- FEBRUARY 26, 1987", "1987-02-26"),
            ("BOGOTÁ — 3 de enero de 2026", "2026-01-03"),
            ("26-FEB-1987 15:01:59.01", "1987-02-26"),
            // Without a dash, the country after a comma (tokenised too).
            ("AL-AIN, United Arab Emirates 1996-12-06", "1996-12-06"),
            ("AL-AIN , United Arab Emirates 1996-12-06", "1996-12-06"),
            ("SAO PAULO, Brazil August 30, 1996", "1996-08-30"),
        ] {
            let got = date_line(line).unwrap_or_else(|| panic!("{line} is a date line"));
            assert_eq!(got.value, DateValue::Day(day(want)), "{line}");
        }
        assert!(date_line("The New York Times said on February 26, 1987 it would").is_none());
        for prose in [
            "NATO, United Arab Emirates and Qatar agreed on 1996-12-06",
            "ROME, United Arab Emirates 1996-12-06 talks collapsed again",
            "Rome, the city of the Senate and the People said 1996-12-06",
        ] {
            assert!(date_line(prose).is_none(), "{prose}");
        }
        // Updated in German, Italian, French: a published date wins.
        let l = date_line("Veröffentlicht 3.5.2021 | Aktualisiert 4.5.2021").expect("line");
        assert_eq!(l.value, DateValue::Day(day("2021-05-03")));
        let l =
            date_line("Aggiornato il 6 maggio 2019 - Pubblicato il 5 maggio 2019").expect("line");
        assert_eq!(l.value, DateValue::Day(day("2019-05-05")));
        // Prose in these languages is no date line.
        assert!(date_line("Der Stadtrat hat am 16. Dezember 2012 die Brücke gesperrt.").is_none());
        // A blog's post footer, in a sentence.
        for (line, day) in [
            (
                "This entry was posted on Tuesday, March 12th, 2019 at 8:15 am and is filed under News. You can follow any responses to this entry through the RSS 2.0 feed. You can leave a response, or trackback from your own site.",
                "2019-03-12",
            ),
            (
                "This entry was posted in Town news and tagged market, square on 4 June 2017 by Ken.",
                "2017-06-04",
            ),
            (
                "Dieser Eintrag wurde am 12. März 2019 um 08:15 veröffentlicht und ist unter Allgemein abgelegt.",
                "2019-03-12",
            ),
            (
                "Cette entrée a été publiée le 3 mai 2018 à 10:02 et est classée dans Divers.",
                "2018-05-03",
            ),
        ] {
            let got = date_line(line).unwrap_or_else(|| panic!("{line} is a date line"));
            assert_eq!(
                got.value,
                DateValue::Day(Day::parse_iso(day).unwrap()),
                "{line}"
            );
        }
        // (Not a post's own sentence about a date, nor an unpublished one.)
        assert!(date_line("This story began on March 12, 2019, when the council met in the old town hall to vote.").is_none());
        assert!(
            date_line("This entry was last changed on March 12, 2019 and is filed under News.")
                .is_none()
        );
        assert!(date_line("Le conseil a voté le 3 mars 2020 pour le nouveau pont.").is_none());
        assert!(date_line("version 8.5.12 of the app").is_none());
        // Without the bar, a byline's room stays five words.
        assert!(
            date_line("by Ana Ruiz, Senior Science Contributor May 3, 2019 07:15am ET").is_none()
        );
        // Slashes or dots that read both ways are no date without the
        // page's order (Engadget's byline "11.03.17" is November 3).
        let ambiguous = |l: &str| {
            matches!(
                date_line(l).map(|l| l.value),
                Some(DateValue::Ambiguous { .. })
            )
        };
        assert!(ambiguous("8/5/13 11:04am"));
        assert_eq!(
            date_line_ordered("8/5/13 11:04am", DateOrder::MonthFirst).map(|l| l.value),
            Some(DateValue::Day(day("2013-08-05")))
        );
        assert!(ambiguous("11.03.17"));
        assert_eq!(
            date_line_ordered("11.03.17", DateOrder::MonthFirst).map(|l| l.value),
            Some(DateValue::Day(day("2017-11-03")))
        );
        assert_eq!(
            date_line_ordered("8.5.12, 17:29", DateOrder::DayFirst).map(|l| l.value),
            Some(DateValue::Day(day("2012-05-08")))
        );
        // A version number in prose is not a two-digit-year date.
        assert!(find_dates("update to 8.5.12 now").is_empty());
        // On a date line only: the year first with the month's name, and
        // a two-digit year after an apostrophe.
        for (l, want) in [
            ("2014 Dec 29 11:29 AM", "2014-12-29"),
            ("14 January '15, 11:57pm", "2015-01-14"),
            ("Jan 14 '15", "2015-01-14"),
            ("January 14, ’15", "2015-01-14"),
        ] {
            assert_eq!(
                date_line(l).map(|l| l.value),
                Some(DateValue::Day(day(want))),
                "{l}"
            );
        }
        assert!(find_dates("In 2014 December 16 people voted").is_empty());
        for l in [
            "2014 Dec 29a",
            "Jan 14 '15s",
            "14 January '2015",
            "the '15 season",
        ] {
            assert!(
                !matches!(date_line(l).map(|l| l.value), Some(DateValue::Day(_))),
                "{l}"
            );
        }
        // A meta line's dotted date with a two-digit year.
        let l = best_date(
            "Do 25.04.24 | 14:07 Uhr | Von Eva Kirsch",
            DateOrder::Unknown,
        )
        .expect("line");
        assert_eq!(l.value, DateValue::Day(day("2024-04-25")));
        // A page whose order is month first reads a dotted date so.
        let l = date_line_ordered("12.05.14", DateOrder::MonthFirst).expect("line");
        assert_eq!(l.value, DateValue::Day(day("2014-12-05")));
    }

    #[test]
    fn an_update_is_named_also_after_last() {
        for t in [
            "Updated 2 hours ago",
            "Last Updated: January 7, 2025",
            "Zuletzt aktualisiert am 03.05.2024",
            "Dernière mise à jour le 3 mai 2024",
            "Última actualización: 3 de mayo",
            "Last update: May 3, 2024",
        ] {
            assert!(starts_with_update_word(t), "{t}");
        }
        for t in [
            "Last night's vote, May 3, 2024",
            "Published May 3, 2024",
            "Mise en ligne le 3 mai",
            "",
        ] {
            assert!(!starts_with_update_word(t), "{t}");
        }
    }

    #[test]
    fn a_time_zone_orders_a_date_line_as_its_country_writes_dates() {
        let v = |l: &str, o: DateOrder| date_line_ordered(l, o).map(|d| d.value);
        assert_eq!(
            v("By Jane Roe 10/04/2016 05:07 AM EDT", DateOrder::Unknown),
            Some(DateValue::Day(day("2016-10-04")))
        );
        assert_eq!(
            v("Updated 3/9/2021, 5:12 p.m. PT", DateOrder::Unknown),
            Some(DateValue::Day(day("2021-03-09")))
        );
        // A zone of a country that writes the day first: day first.
        assert_eq!(
            v(
                "Published on 06/01/2026 - 13:55 GMT+1 • Updated 14:20",
                DateOrder::Unknown
            ),
            Some(DateValue::Day(day("2026-01-06")))
        );
        assert_eq!(
            v("03/04/2014, 10:00 MESZ", DateOrder::Unknown),
            Some(DateValue::Day(day("2014-04-03")))
        );
        // Without one, or with UTC alone, or a place's capitals, nothing
        // decides.
        for l in [
            "10/04/2016 05:07",
            "03/04/2014 UTC",
            "WEST PALM BEACH 03/04/2014",
            "10/04/2016 est",
        ] {
            assert!(
                matches!(v(l, DateOrder::Unknown), Some(DateValue::Ambiguous { .. })),
                "{l}"
            );
        }
        // The page's own order still rules.
        assert_eq!(
            v("10/04/2016 05:07 AM EDT", DateOrder::DayFirst),
            Some(DateValue::Day(day("2016-04-10")))
        );
    }

    #[test]
    fn numeric_dates_follow_the_page_s_order_and_dots_are_day_first() {
        let d = |s: &str, o: DateOrder| find_dates_ordered(s, o)[0].value.clone();
        assert_eq!(
            d("03/04/2019", DateOrder::DayFirst),
            DateValue::Day(day("2019-04-03"))
        );
        assert_eq!(
            d("03/04/2019", DateOrder::MonthFirst),
            DateValue::Day(day("2019-03-04"))
        );
        assert!(matches!(
            d("03/04/2019", DateOrder::Unknown),
            DateValue::Ambiguous { .. }
        ));
        // One reading impossible: the other, whatever the order.
        assert_eq!(
            d("25/03/2020", DateOrder::MonthFirst),
            DateValue::Day(day("2020-03-25"))
        );
        // Dots: day first everywhere.
        assert_eq!(
            d("03.04.2019", DateOrder::Unknown),
            DateValue::Day(day("2019-04-03"))
        );
        assert_eq!(
            d("03.04.2019", DateOrder::MonthFirst),
            DateValue::Day(day("2019-04-03"))
        );
        // A two-digit year glued to a time is no four-digit year (a
        // German forum's "28.09.19" and "13:39" in spans side by side).
        assert!(find_dates_ordered("Zeit: 28.09.1913:39 Uhr", DateOrder::Unknown).is_empty());
        assert_eq!(
            d("Stand: 28.09.2019: neue Zahlen", DateOrder::Unknown),
            DateValue::Day(day("2019-09-28"))
        );
    }

    #[test]
    fn numeric_dates_with_both_parts_up_to_12_are_ambiguous() {
        let found = find_dates("02/03/1987");
        assert_eq!(
            found[0].value,
            DateValue::Ambiguous {
                month_first: day("1987-02-03"),
                day_first: day("1987-03-02"),
            }
        );
        // Same number twice is the same day either way.
        assert_eq!(
            find_dates("05/05/2020")[0].value,
            DateValue::Day(day("2020-05-05"))
        );
    }

    #[test]
    fn impossible_days_and_years_out_of_range_are_invalid_not_dates() {
        for text in [
            "31 February 2026",
            "February 30, 2025",
            "29 February 2025",
            "January 3, 1650",
            "13/13/2020",
        ] {
            let found = find_dates(text);
            assert!(
                matches!(
                    found.as_slice(),
                    [DateMatch {
                        value: DateValue::Invalid(_),
                        ..
                    }]
                ),
                "{text}: {found:?}"
            );
        }
        // Five-digit years and glued digits are not dates at all.
        assert!(find_dates("January 3, 99999").is_empty());
        assert!(find_dates("A3 January 2026x").len() <= 1);
        assert!(find_dates("version 1.2.2026.5").is_empty());
        assert!(find_dates("January 2026").is_empty(), "no day, no date");
        assert!(
            find_dates("on June 23 he wrote").is_empty(),
            "no year, no date"
        );
    }

    #[test]
    fn released_beats_dated_and_bare_beats_updated() {
        let l = date_line("[Released March 3, 1952. Dated February 26, 1952]").expect("date line");
        assert_eq!(l.value, DateValue::Day(day("1952-03-03")));
        let l = date_line("Dated February 26, 1952. Released March 3, 1952").expect("date line");
        assert_eq!(l.value, DateValue::Day(day("1952-03-03")));
        let l = date_line("January 3, 2026 | Updated January 4, 2026").expect("date line");
        assert_eq!(l.value, DateValue::Day(day("2026-01-03")));
        let l = date_line("Published 3:45 PM EST, Sat January 3, 2026").expect("date line");
        assert_eq!(l.value, DateValue::Day(day("2026-01-03")));
    }

    #[test]
    fn date_lines_allow_filler_and_bylines_but_not_prose() {
        assert!(date_line("2025-07-04 06:00 Last Updated At:06:10").is_some());
        assert!(date_line("By Manuel Rueda | January 3, 2026").is_some());
        assert!(date_line("Posted by Ana Ruiz on Jan 3 2026, 9:15 am").is_some());
        assert!(date_line("Por Ana Ruiz - 3 de enero de 2026").is_some());
        assert!(date_line("Monday 5 January 2026 09.30 GMT").is_some());
        assert!(date_line("Updated: 14:35, 3rd Jan, 2026").is_some());
        assert!(date_line("Publicado el 3 de enero de 2026 a las 10:15 COT").is_some());
        // Who wrote it after the date, a system's "Submitted by … on …",
        // and a French byline that says when it was published and updated
        // (19 words: the published day).
        for (line, iso) in [
            ("Posted on December 16, 2012 by Jane Doe", "2012-12-16"),
            ("Veröffentlicht am 16.12.2012 von Jo Weber", "2012-12-16"),
            (
                "Submitted by editor on Sun, 12/16/2012 - 18:22",
                "2012-12-16",
            ),
            (
                "Par Jo Martin, publié le 16 décembre 2012 à 18h22, mis à jour le 17 décembre 2012 à 9h00",
                "2012-12-16",
            ),
            // A byline with the author's section and a count of comments
            // (Phoronix's).
            (
                "Written by Jane Roe in Valve on 1 June 2019 at 08:34 PM EDT. 51 Comments",
                "2019-06-01",
            ),
            (
                "Veröffentlicht von Jo Weber am 16.12.2012 | 3 Kommentare",
                "2012-12-16",
            ),
            (
                "16. Dezember 2012, 18:22 Uhr · Lesezeit 3 Minuten",
                "2012-12-16",
            ),
            ("Mis en ligne le 16 décembre 2012 à 18h22", "2012-12-16"),
        ] {
            let l = date_line(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(l.value, DateValue::Day(day(iso)), "{line}");
        }
        assert!(
            date_line("The pool opened on December 16, 2012 and was run by the town").is_none(),
            "prose with a date and 'by'"
        );
        assert!(
            date_line("Posted on December 16, 2012 by the town council of the valley after a vote")
                .is_none(),
            "more than a name after 'by'"
        );
        // A wire story's header: time, offset from GMT and its age.
        let l = date_line("January 12, 2026 4:31 PM GMT-5 Updated 2 hours ago").expect("date line");
        assert_eq!(
            l.value,
            DateValue::Day(Day::parse_iso("2026-01-12").expect("day"))
        );
        assert!(date_line("Actualizado hace 3 horas - 12 de enero de 2026").is_some());
        assert!(
            date_line("The talks ended two hours ago, on January 12, 2026, in Bogotá.").is_none(),
            "prose that mentions hours and a date"
        );
        assert!(date_line("— Gustavo Petro (@petrogustavo) January 3, 2026").is_none());
        assert!(
            date_line("Syria, Sunday, Jan. 11, 2026. (AP Photo/Ghaith Alsayed)").is_none(),
            "a caption is not a date line"
        );
        assert!(date_line("The meeting on January 3, 2026 went badly for everyone.").is_none());
        assert!(date_line("Signed by both sides on January 5, 1953.").is_none());
        assert!(
            date_line("By the end of the season on 1 June 2019 the club had sold its ground")
                .is_none(),
            "prose that starts with 'by'"
        );
        assert!(
            date_line(
                "Written by the council in its report of 1 June 2019 on the state of the roads"
            )
            .is_none(),
            "a sentence about what was written"
        );
        // A place line: a place in title case, a comma, the date.
        for (line, iso) in [
            ("Villanueva del Río, 27 de mayo de 2023", "2023-05-27"),
            ("Stratford upon Avon, May 3, 2024", "2024-05-03"),
            ("Frankfurt am Main, 3. Mai 2024", "2024-05-03"),
            // With its agency after the date.
            ("Lisboa, 4 de marzo de 2025 (EFE)", "2025-03-04"),
            ("Bogotá, 14 de febrero de 2025 (AFP).-", "2025-02-14"),
            // A note's or a speech's header: a short label, a comma or a
            // dash.
            ("Class notes, 12 March 2025", "2025-03-12"),
            ("Notas de aula — 14 de março de 2025", "2025-03-14"),
            ("Discours du président - 3 mars 2025", "2025-03-03"),
        ] {
            let l = date_line(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(l.value, DateValue::Day(day(iso)), "{line}");
        }
        assert!(date_line("When the rains came back in the valley, May 3, 2024").is_none());
        for line in [
            "In the end, May 3, 2024",
            "The vote, held on May 3, 2024",
            "Revenue rose 4%, May 3, 2024",
        ] {
            assert!(date_line(line).is_none(), "{line}");
        }
        assert!(date_line("no date here").is_none());
    }

    #[test]
    fn file_names_give_iso_days() {
        assert_eq!(
            date_in_file_name("texts/2026-01-07-rally.txt"),
            Some((day("2026-01-07"), "2026-01-07".into()))
        );
        assert_eq!(
            date_in_file_name("2026-01-07_x.txt").map(|d| d.0),
            Some(day("2026-01-07"))
        );
        assert_eq!(
            date_in_file_name("notes_2025_12_31.md").map(|d| d.0),
            Some(day("2025-12-31"))
        );
        assert_eq!(date_in_file_name("2026-02-31-x.txt"), None);
        assert_eq!(date_in_file_name("12026-01-07.txt"), None);
        assert_eq!(
            date_in_file_name("2026-01-07/notes.txt"),
            None,
            "folder, not file name"
        );
        assert_eq!(date_in_file_name("000_fcf66e28ab17d17e.txt"), None);
    }

    #[test]
    fn day_arithmetic_weekdays_and_iso_weeks() {
        assert_eq!(day("1970-01-01").to_days(), 0);
        assert_eq!(day("2026-01-08").to_days(), 20_461);
        for s in [
            "1700-01-01",
            "1999-12-31",
            "2000-02-29",
            "2026-01-08",
            "2100-12-31",
        ] {
            assert_eq!(Day::from_days(day(s).to_days()), Some(day(s)), "{s}");
        }
        assert_eq!(day("2026-01-08").weekday(), 3, "a Thursday");
        assert_eq!(day("2025-07-04").weekday(), 4, "a Friday");
        assert_eq!(day("2026-01-11").weekday(), 6, "a Sunday");
        assert_eq!(day("2026-01-01").add_days(-1), Some(day("2025-12-31")));
        assert_eq!(day("2026-01-08").iso_week(), (2026, 2));
        assert_eq!(day("2025-07-03").iso_week(), (2025, 27));
        assert_eq!(day("2021-01-03").iso_week(), (2020, 53));
        assert_eq!(day("2024-12-30").iso_week(), (2025, 1));
        assert_eq!(day("1700-01-01").add_days(-1), None);
    }

    #[test]
    fn days_validate_and_print() {
        assert_eq!(day("2024-02-29").to_string(), "2024-02-29");
        assert!(Day::new(2100, 2, 29).is_none(), "2100 is not a leap year");
        assert!(Day::new(2000, 2, 29).is_some(), "2000 is");
        assert!(Day::new(1699, 1, 1).is_none());
        assert!(Day::parse_iso("2026-1-07").is_none());
        assert!(day("2025-12-31") < day("2026-01-01"));
    }
}
