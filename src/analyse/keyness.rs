//! What stands out in a period: the words and names used more in its
//! articles than in the rest of the corpus, ranked by log-likelihood (the
//! G² keyness of corpus linguistics, as AntConc and WordSmith compute it:
//! Dunning 1993, Rayson and Garside 2000).
//!
//! For a term met `a` times in the period's `c` words and `b` times in the
//! rest's `d` words, with expected counts `E1 = c(a+b)/(c+d)` and
//! `E2 = d(a+b)/(c+d)`, G² = 2 (a ln(a/E1) + b ln(b/E2)) (a zero count adds
//! nothing). Only terms used more in the period than in the rest are
//! listed, with G² of at least 3.84 (p < 0.05 for one degree of freedom)
//! and two uses in the period at least.
//!
//! Words are counted in lower case: a word written with a capital (at the
//! start of a sentence) counts as the same word when the corpus also
//! writes it in lower case, and a word always capitalised is a name (one
//! of the corpus's entities, not a word) — except in German, which
//! capitalises every noun: a capitalised word of a German article is a word
//! as written, unless it is a word of a name (`Trump`, `Trumps` of `Donald
//! Trump`). Words have three letters or
//! more, no digit, and are not in the list of function words (`data/stopwords.txt`,
//! English and Spanish). Names are the series of the mentions report: its
//! entities and queries, counted as the mentions chart counts them.
//!
//! It does not judge what a word means, and says nothing of a period with
//! no article.

use crate::analyse::mentions::CountsReport;
use crate::read::corpus::{Article, Corpus};
use crate::read::dates::{self, Day};
use crate::read::tokens;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;
use std::sync::OnceLock;

/// G² for p < 0.05 at one degree of freedom.
pub const MIN_LOG_LIKELIHOOD: f64 = 3.84;

/// The fewest uses in the period of a term listed.
const MIN_COUNT: u64 = 2;

/// The word counts of a corpus, by day: worked out once, after which a
/// period's counts are the sum of its days' (a month is some thirty short
/// lists, not the text of its articles read again).
#[derive(Clone, Debug, Default)]
pub struct WordTotals {
    /// The words counted, by id.
    words: Vec<Box<str>>,
    /// Uses of each word in the whole corpus (undated articles too).
    totals: Vec<u64>,
    /// Each day with articles, in order, with the ids and uses of its
    /// words.
    days: Vec<(Day, Vec<(u32, u32)>)>,
}

/// What stands out in one period (`dateline keywords --day`).
#[derive(Clone, Debug, Serialize)]
pub struct KeywordsReport {
    /// The period asked for: a day, ISO week, month or year label.
    pub period: String,
    /// Its first and last day.
    pub first_day: Day,
    /// See `first_day`.
    pub last_day: Day,
    /// Articles of the period.
    pub articles: usize,
    /// Their words, and those of the rest of the corpus.
    pub words: u64,
    /// See `words`.
    pub rest_words: u64,
    /// Words, most distinctive first.
    pub keywords: Vec<Keyword>,
    /// Entities and queries, most distinctive first.
    pub names: Vec<Keyword>,
    /// Problems reading the files and the entity lists.
    pub warnings: Vec<crate::read::corpus::Warning>,
}

/// One term that stands out.
#[derive(Clone, Debug, Serialize)]
pub struct Keyword {
    /// The word as written, or the series label.
    pub term: String,
    /// Uses in the period.
    pub count: u64,
    /// Uses in the rest of the corpus.
    pub rest: u64,
    /// Per 10,000 words, in the period and in the rest.
    pub per_10k: f64,
    /// See `per_10k`.
    pub rest_per_10k: f64,
    /// G², see the module notes.
    pub log_likelihood: f64,
}

fn stopwords() -> &'static FxHashSet<&'static str> {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        include_str!("data/stopwords.txt")
            .lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .flat_map(str::split_whitespace)
            .collect()
    })
}

/// Whether a word as written is counted: lower case, three letters or
/// more, no digit, not a function word nor one cut short (`qu’`).
fn counted(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_lowercase)
        && word.chars().nth(2).is_some()
        && !word.bytes().any(|b| b.is_ascii_digit())
        && !stopwords().contains(word)
        && !word.ends_with(['\'', '’'])
        && !calendar_word(word)
}

/// Whether a lower-case word is the name of a weekday or a month in one of
/// the languages dates are read in ("lunes", "martes", "Montag" as
/// `montag`, "juillet"): every day's articles name their days, so a
/// weekday "stands out" on the day it falls on and says nothing. (Not the
/// short forms and the names that are also words: "march", "may", "mar",
/// "sun".)
fn calendar_word(lower: &str) -> bool {
    lower.chars().nth(3).is_some()
        && !matches!(lower, "march" | "may")
        && (dates::is_weekday_any(lower) || dates::month_number_any(lower).is_some())
}

/// The function words of `article`'s language (as its page states it, or
/// as its first 3,000 bytes of text say), unless it is English or Spanish:
/// the commonest, and [`more_function_words`].
/// (And whether the language capitalises every noun: German.)
type OwnWords = (&'static [&'static str], &'static [&'static str], bool);

fn own_function_words(article: &Article) -> OwnWords {
    let lang = match article.language.as_deref() {
        Some(l) => Some(l),
        None => {
            let mut sample = String::new();
            for p in &article.paragraphs {
                if sample.len() >= 3000 {
                    break;
                }
                sample.push_str(p);
                sample.push('\n');
            }
            crate::read::language::guess(&sample)
        }
    };
    match lang {
        Some(l) if !(l.starts_with("en") || l.starts_with("es")) => (
            crate::read::language::function_words(l),
            more_function_words(l.split(['-', '_']).next().unwrap_or(l)),
            l.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("de")),
        ),
        _ => (&[], &[], false),
    }
}

/// More function words of the languages whose texts the reader knows but
/// does not score (`language::function_words` holds the twenty commonest,
/// enough to tell the language, not to keep "aus" and "werde" from standing
/// out on a day of German articles). Three letters or more: shorter words
/// are never counted.
fn more_function_words(language: &str) -> &'static [&'static str] {
    match language.to_ascii_lowercase().as_str() {
        "de" => &[
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem",
            "einen", "und", "oder", "aber", "sondern", "nicht", "auch", "noch", "schon", "nur",
            "sehr", "mehr", "als", "wie", "wenn", "dass", "weil", "für", "mit", "von", "aus",
            "bei", "nach", "seit", "über", "unter", "vor", "zwischen", "durch", "gegen", "ohne",
            "bis", "zum", "zur", "vom", "beim", "mich", "mir", "wir", "uns", "ihr", "euch", "sie",
            "ihn", "ihm", "ihnen", "sein", "seine", "seiner", "seinen", "seinem", "ihre", "ihren",
            "ihrem", "ihrer", "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden",
            "werde", "worden", "hat", "haben", "hatte", "hatten", "kann", "können", "konnte",
            "muss", "müssen", "soll", "sollen", "will", "wollen", "sagte", "sagt", "man", "sich",
            "diese", "dieser", "dieses", "diesen", "diesem", "jetzt", "hier", "dort", "dann",
            "denn", "doch", "immer", "alle", "allen", "aller", "alles", "andere", "anderen",
        ],
        "pt" => &[
            "uma", "uns", "umas", "dos", "das", "nos", "nas", "num", "numa", "pelo", "pela",
            "pelos", "pelas", "ele", "ela", "eles", "elas", "seu", "sua", "seus", "suas", "meu",
            "minha", "nosso", "nossa", "isso", "isto", "esse", "essa", "este", "esta", "não",
            "mas", "também", "mais", "muito", "muita", "muitos", "muitas", "como", "quando",
            "onde", "quem", "qual", "quais", "foi", "foram", "ser", "sido", "está", "estão",
            "estava", "estavam", "estar", "tem", "têm", "tinha", "ter", "disse", "diz", "dizem",
            "até", "sem", "sobre", "entre", "após", "desde", "durante", "contra", "todo", "toda",
            "todos", "todas", "outro", "outra", "outros", "outras", "mesmo", "mesma", "ainda",
            "feira", "segunda", "terça", "quarta", "quinta", "sexta", "que", "para", "com",
        ],
        "fr" => &[
            "les", "des", "une", "est", "sont", "était", "étaient", "été", "être", "avoir", "ont",
            "avait", "aux", "avec", "pour", "par", "sur", "dans", "sans", "sous", "entre", "vers",
            "chez", "mais", "aussi", "plus", "moins", "très", "tout", "tous", "toute", "toutes",
            "que", "qui", "quoi", "dont", "cette", "ces", "son", "ses", "leur", "leurs", "nous",
            "vous", "ils", "elles", "lui", "elle", "même", "comme", "quand", "ainsi", "encore",
            "déjà", "selon", "après", "avant", "depuis", "pendant", "fait", "faire", "dit",
        ],
        "it" => &[
            "della", "delle", "dello", "degli", "dei", "del", "nel", "nella", "nelle", "negli",
            "nei", "sul", "sulla", "sui", "con", "per", "tra", "fra", "una", "uno", "gli", "che",
            "non", "più", "anche", "come", "quando", "dove", "chi", "cui", "questo", "questa",
            "questi", "queste", "quello", "quella", "sono", "era", "erano", "stato", "stata",
            "essere", "hanno", "aveva", "avere", "suo", "sua", "suoi", "sue", "loro", "ancora",
            "già", "dopo", "prima", "secondo", "detto",
        ],
        "nl" => &[
            "het", "een", "van", "voor", "met", "niet", "ook", "maar", "dat", "die", "deze", "dit",
            "wordt", "werd", "zijn", "was", "waren", "heeft", "hebben", "had", "door", "naar",
            "bij", "over", "onder", "tegen", "tussen", "zonder", "tot", "nog", "wel", "zij", "hij",
            "haar", "hem", "hun", "ons", "jullie", "wat", "wie", "waar", "hoe", "zoals", "als",
            "dan", "omdat", "zei", "aan", "uit", "gaat", "gaan", "geen", "kan", "kunnen", "zal",
            "zullen", "zou", "zouden", "moet", "moeten", "wil", "worden", "werden", "zich", "mijn",
            "onze", "veel", "meer", "andere", "alle", "alleen", "daar", "hier", "toen", "want",
            "dus", "echter", "komt", "volgens", "sinds", "tijdens", "iets", "niets", "ten",
        ],
        "pl" => &[
            "nie",
            "się",
            "jest",
            "był",
            "była",
            "było",
            "byli",
            "były",
            "ale",
            "lub",
            "oraz",
            "czy",
            "przy",
            "nad",
            "pod",
            "przez",
            "dla",
            "bez",
            "tym",
            "tego",
            "tej",
            "ten",
            "tych",
            "temu",
            "jak",
            "już",
            "jego",
            "jej",
            "ich",
            "nim",
            "niej",
            "nich",
            "który",
            "która",
            "które",
            "którzy",
            "których",
            "którym",
            "także",
            "też",
            "tak",
            "sobie",
            "może",
            "będzie",
            "będą",
            "został",
            "została",
            "zostało",
            "zostały",
            "mają",
            "jako",
            "tylko",
            "przed",
            "między",
            "aby",
            "żeby",
            "jeszcze",
            "bardzo",
            "jednak",
            "gdy",
            "kiedy",
            "gdzie",
            "tam",
            "swoje",
            "swoich",
            "swój",
            "nas",
            "was",
            "mnie",
            "powiedział",
            "według",
            "podczas",
            "wszystko",
            "wszystkich",
            "więc",
            "jednym",
            "nawet",
            "zwłaszcza",
            "gdyż",
            "bowiem",
            "właśnie",
            "również",
        ],
        "ru" => &[
            "что",
            "как",
            "это",
            "его",
            "она",
            "они",
            "был",
            "была",
            "было",
            "были",
            "для",
            "при",
            "или",
            "так",
            "уже",
            "все",
            "всё",
            "них",
            "ним",
            "также",
            "который",
            "которая",
            "которые",
            "которых",
            "после",
            "более",
            "может",
            "будет",
            "этого",
            "этом",
            "этой",
            "эти",
            "этих",
            "того",
            "чтобы",
            "когда",
            "только",
            "если",
            "сказал",
            "заявил",
            "через",
            "между",
            "против",
            "около",
            "свой",
            "своей",
            "своих",
            "этот",
            "эта",
            "там",
            "где",
            "еще",
            "ещё",
            "нет",
            "без",
            "под",
            "над",
            "перед",
        ],
        "tr" => &[
            "bir",
            "için",
            "ile",
            "olarak",
            "olan",
            "daha",
            "çok",
            "gibi",
            "kadar",
            "sonra",
            "önce",
            "ancak",
            "ama",
            "veya",
            "ise",
            "değil",
            "var",
            "yok",
            "her",
            "bazı",
            "tüm",
            "bütün",
            "olduğunu",
            "olduğu",
            "dedi",
            "şekilde",
            "bunu",
            "buna",
            "onun",
            "onlar",
            "kendi",
            "göre",
            "karşı",
            "arasında",
            "yani",
            "hem",
            "hiç",
            "nasıl",
            "neden",
            "etti",
            "oldu",
            "olacak",
            "ediyor",
            "den",
            "dan",
        ],
        _ => &[],
    }
}

/// Whether `word`, in lower case, is one of `list` (short lower-case words).
fn is_one_of(word: &str, list: &[&str]) -> bool {
    if word.len() > 16 {
        return false;
    }
    if word.chars().all(|c| !c.is_uppercase()) {
        return list.contains(&word);
    }
    list.contains(&word.to_lowercase().as_str())
}

/// Adds the counted words of `article` to `into` (the text the analyses
/// count: the title unless it was made from the first sentence, and the
/// paragraphs). Each distinct word is checked once.
/// The capitalised words of a German article (its nouns, and names) go to
/// `nouns` too.
fn count_article<'a>(
    article: &'a Article,
    into: &mut FxHashMap<&'a str, u64>,
    nouns: &mut FxHashSet<&'a str>,
) {
    let title = (!article.title_derived).then_some(article.title.as_str());
    // The function words of the article's own language, when it is one of
    // the others the reader knows ("die", "und" in a German article; "die"
    // in an English one is a verb): English and Spanish ones are left out
    // everywhere (see `counted`).
    let (own, more, capital_nouns) = own_function_words(article);
    for text in title
        .into_iter()
        .chain(article.paragraphs.iter().map(String::as_str))
    {
        for (_, word) in tokens::words(text) {
            if !own.is_empty() && (is_one_of(word, own) || is_one_of(word, more)) {
                continue;
            }
            if capital_nouns && word.starts_with(char::is_uppercase) && !tokens::is_caps(word) {
                nouns.insert(word);
            }
            *into.entry(word).or_default() += 1;
        }
    }
}

/// A day (none for the undated articles) and its words as written: (form
/// id, uses) pairs.
type DayForms = (Option<Day>, Vec<(u32, u32)>);

/// The counted word a form as written stands for, in lower case: a word
/// written with a capital (at the start of a sentence, in a headline) joins
/// the same word in lower case when the corpus writes it so (`lower`); a
/// word always capitalised is a name, not counted, unless German writes it
/// so (`nouns`: "Völkerrecht", "Festnahme").
fn word_of<'a>(
    form: &'a str,
    lower: &FxHashSet<&'a str>,
    nouns: &FxHashSet<&'a str>,
) -> Option<std::borrow::Cow<'a, str>> {
    if lower.contains(form) {
        return Some(form.into());
    }
    if form.chars().next().is_some_and(char::is_uppercase) && !tokens::is_caps(form) {
        let l = form.to_lowercase();
        if lower.contains(l.as_str()) {
            return Some(l.into());
        }
        if nouns.contains(form)
            && form.chars().nth(2).is_some()
            && !calendar_word(&l)
            && !form.bytes().any(|b| b.is_ascii_digit())
        {
            return Some(form.into());
        }
    }
    None
}

impl WordTotals {
    /// Counts the words of every article of `corpus`, day by day.
    ///
    /// A day at a time: its words are counted as written in one map, used
    /// again for the next day, and kept as (form, uses) pairs of eight
    /// bytes; once every form is known, each is folded into its counted
    /// word. (A map per day kept to the end took 194 MiB for 100 MB of
    /// real text, to build 31 MiB of totals.)
    pub fn of(corpus: &Corpus) -> WordTotals {
        let mut by_day: std::collections::BTreeMap<Option<Day>, Vec<&Article>> = Default::default();
        for a in &corpus.articles {
            by_day.entry(a.date).or_default().push(a);
        }
        let mut forms: FxHashMap<&str, u32> = FxHashMap::default();
        let mut written: Vec<&str> = Vec::new();
        let mut raw: FxHashMap<&str, u64> = FxHashMap::default();
        let mut nouns: FxHashSet<&str> = FxHashSet::default();
        let mut days: Vec<DayForms> = Vec::with_capacity(by_day.len());
        for (day, articles) in &by_day {
            for a in articles {
                count_article(a, &mut raw, &mut nouns);
            }
            let list = raw
                .drain()
                .map(|(w, n)| {
                    let id = *forms.entry(w).or_insert_with(|| {
                        written.push(w);
                        (written.len() - 1) as u32
                    });
                    (id, u32::try_from(n).unwrap_or(u32::MAX))
                })
                .collect();
            days.push((*day, list));
        }
        drop(forms);
        let lower: FxHashSet<&str> = written.iter().copied().filter(|w| counted(w)).collect();
        let mut ids: FxHashMap<std::borrow::Cow<'_, str>, u32> = FxHashMap::default();
        let mut out = WordTotals::default();
        let word_ids: Vec<Option<u32>> = written
            .iter()
            .map(|&form| {
                let w = word_of(form, &lower, &nouns)?;
                let next = out.words.len() as u32;
                Some(*ids.entry(w).or_insert_with_key(|w| {
                    out.words.push(Box::from(w.as_ref()));
                    out.totals.push(0);
                    next
                }))
            })
            .collect();
        for (day, list) in days {
            let mut kept: Vec<(u32, u32)> = list
                .into_iter()
                .filter_map(|(form, n)| word_ids[form as usize].map(|id| (id, n)))
                .collect();
            kept.sort_unstable();
            // The forms of one word ("Said", "said") are one entry.
            let mut joined: Vec<(u32, u32)> = Vec::with_capacity(kept.len());
            for (id, n) in kept {
                match joined.last_mut() {
                    Some((last, sum)) if *last == id => *sum = sum.saturating_add(n),
                    _ => joined.push((id, n)),
                }
            }
            for &(id, n) in &joined {
                out.totals[id as usize] += u64::from(n);
            }
            if let Some(d) = day {
                out.days.push((d, joined));
            }
        }
        out
    }

    /// Uses of each word in the days from `first` to `last`.
    fn between(&self, first: Day, last: Day) -> FxHashMap<u32, u64> {
        let start = self.days.partition_point(|(d, _)| *d < first);
        let mut sum: FxHashMap<u32, u64> = FxHashMap::default();
        for (_, list) in self.days[start..].iter().take_while(|(d, _)| *d <= last) {
            for &(id, n) in list {
                *sum.entry(id).or_default() += u64::from(n);
            }
        }
        sum
    }
}

/// G² of `a` uses in `c` words against `b` in `d` (see the module notes).
pub fn log_likelihood(a: u64, b: u64, c: u64, d: u64) -> f64 {
    let (a, b, c, d) = (a as f64, b as f64, c as f64, d as f64);
    if c + d == 0.0 {
        return 0.0;
    }
    let e1 = c * (a + b) / (c + d);
    let e2 = d * (a + b) / (c + d);
    let part = |o: f64, e: f64| {
        if o > 0.0 && e > 0.0 {
            o * (o / e).ln()
        } else {
            0.0
        }
    };
    2.0 * (part(a, e1) + part(b, e2))
}

fn per_10k(n: u64, words: u64) -> f64 {
    if words == 0 {
        0.0
    } else {
        n as f64 * 10_000.0 / words as f64
    }
}

/// A term, if it is used more in the period than in the rest and stands
/// out enough.
fn keyword(term: &str, a: u64, total: u64, c: u64, d: u64) -> Option<Keyword> {
    let b = total.saturating_sub(a);
    if a < MIN_COUNT || (a as f64) * (d as f64) <= (b as f64) * (c as f64) {
        return None;
    }
    let g = log_likelihood(a, b, c, d);
    (g >= MIN_LOG_LIKELIHOOD).then(|| Keyword {
        term: term.to_string(),
        count: a,
        rest: b,
        per_10k: per_10k(a, c),
        rest_per_10k: per_10k(b, d),
        log_likelihood: g,
    })
}

/// The `n` terms of each kind that stand out most in the period `label`
/// (a day `2026-01-07`, ISO week `2026-W02` or month `2026-01`) of
/// `corpus`, against the rest of it: words from `totals` (the corpus's
/// [`WordTotals`], which must be of this corpus with these dates), names from `counts` (its mentions report). None when
/// the label is not a period.
pub fn keywords(
    corpus: &Corpus,
    counts: &CountsReport,
    totals: &WordTotals,
    label: &str,
    n: usize,
) -> Option<KeywordsReport> {
    let (first, last) = crate::analyse::period::Period::range(label)?;
    let inside = |d: Option<Day>| d.is_some_and(|d| first <= d && d <= last);
    let articles: Vec<&Article> = corpus.articles.iter().filter(|a| inside(a.date)).collect();
    let all_words: u64 = corpus.articles.iter().map(|a| a.words as u64).sum();
    let words: u64 = articles.iter().map(|a| a.words as u64).sum();
    let rest_words = all_words - words;
    let mut keywords: Vec<Keyword> = totals
        .between(first, last)
        .into_iter()
        .filter_map(|(id, a)| {
            let id = id as usize;
            keyword(&totals.words[id], a, totals.totals[id], words, rest_words)
        })
        .collect();
    // A German noun is a word; a name's word is the name's (`Trump`, and
    // `Trumps`, of `Donald Trump`).
    let name_words: FxHashSet<&str> = counts.terms.iter().flat_map(|t| t.split(' ')).collect();
    keywords.retain(|k| {
        !k.term.starts_with(char::is_uppercase)
            || !(name_words.contains(k.term.as_str())
                || k.term
                    .strip_suffix('s')
                    .is_some_and(|b| name_words.contains(b)))
    });
    let mut names: Vec<Keyword> = counts
        .terms
        .iter()
        .filter_map(|t| {
            let of =
                |b: &crate::analyse::mentions::Bucket| b.counts.get(t).copied().unwrap_or(0) as u64;
            let total: u64 = counts.days.iter().map(of).sum::<u64>() + of(&counts.undated);
            let a: u64 = counts.days.iter().filter(|b| inside(b.date)).map(of).sum();
            keyword(t, a, total, words, rest_words)
        })
        .collect();
    for list in [&mut keywords, &mut names] {
        // Ties are broken by the term: an unstable sort is deterministic
        // here, and much smaller in the page than a stable one.
        list.sort_unstable_by(|x, y| {
            y.log_likelihood
                .total_cmp(&x.log_likelihood)
                .then_with(|| x.term.cmp(&y.term))
        });
        list.truncate(n);
    }
    Some(KeywordsReport {
        period: label.to_string(),
        first_day: first,
        last_day: last,
        articles: articles.len(),
        words,
        rest_words,
        keywords,
        names,
        warnings: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_likelihood_follows_the_formula() {
        // 50 in 10,000 words against 20 in 20,000: E1 = 23.33, E2 = 46.67,
        // 2 (50 ln(50/23.33) + 20 ln(20/46.67)) = 42.32.
        let g = log_likelihood(50, 20, 10_000, 20_000);
        assert!((g - 42.322).abs() < 0.001, "{g}");
        // Equal rates: nothing stands out.
        assert!(log_likelihood(10, 20, 1_000, 2_000).abs() < 1e-9);
        assert_eq!(log_likelihood(0, 0, 0, 0), 0.0);
    }

    /// A week of a flood in a town's news: the flood's words stand out
    /// on its day; the words of every day do not.
    #[test]
    fn the_words_and_names_of_a_day_stand_out_against_the_rest() {
        let days = [
            (
                "2024-03-01",
                "The council met to discuss the budget and the library.",
            ),
            (
                "2024-03-02",
                "The council approved the budget for the library and the park.",
            ),
            (
                "2024-03-03",
                "The river flooded the park. Floodwater reached the library; the flooded streets closed. \
                 Mayor Ana Ruiz said the floodwater would recede. The river rose again at night, and the river bank gave way.",
            ),
            (
                "2024-03-04",
                "The council discussed the park and the budget again.",
            ),
            (
                "2024-03-05",
                "The library reopened and the council thanked volunteers.",
            ),
        ];
        // Each ordinary day says more of the same.
        let texts: Vec<(String, String)> = days
            .iter()
            .map(|(d, t)| {
                let more = if *d == "2024-03-03" {
                    ""
                } else {
                    " Residents asked about the budget, the park and the library at the meeting."
                };
                (
                    format!("{d}-news.txt"),
                    format!("Town news\n\n{t}{more}{more}\n"),
                )
            })
            .collect();
        let refs: Vec<(&str, &str)> = texts
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        let corpus = Corpus::from_texts(&refs);
        let (entities, _) = crate::analyse::discover::of_corpus(&corpus);
        let (series, _) = crate::analyse::mentions::SeriesSet::new(&[], &entities);
        let counts = crate::analyse::analysis::count_mentions(&corpus, &series, &entities);
        let totals = WordTotals::of(&corpus);
        let r = keywords(&corpus, &counts, &totals, "2024-03-03", 10).expect("a day");
        assert_eq!(r.articles, 1);
        let terms: Vec<&str> = r.keywords.iter().map(|k| k.term.as_str()).collect();
        assert_eq!(terms.first(), Some(&"river"), "{terms:?}");
        assert!(terms.contains(&"floodwater"), "{terms:?}");
        for never in ["the", "council", "budget", "said", "Mayor"] {
            assert!(!terms.contains(&never), "{never} in {terms:?}");
        }
        let river = &r.keywords[0];
        assert_eq!((river.count, river.rest), (3, 0));
        assert!(river.per_10k > river.rest_per_10k && river.log_likelihood >= MIN_LOG_LIKELIHOOD);
        // A month holding every day: nothing is over-represented against
        // an empty rest.
        let week = keywords(&corpus, &counts, &totals, "2024-03", 10).expect("a month");
        assert_eq!(week.articles, 5);
        assert!(week.keywords.is_empty() && week.names.is_empty());
        assert!(keywords(&corpus, &counts, &totals, "soon", 10).is_none());
        // Spanish function words are not keywords either.
        let pensions =
            "El gobierno anunció una reforma de las pensiones para los jubilados. ".repeat(4);
        let a = format!("Noticias\n\n{pensions}");
        let c = Corpus::from_texts(&[
            ("2024-05-01-a.txt", a.as_str()),
            (
                "2024-05-02-b.txt",
                "Noticias\n\nLa huelga de los mineros paralizó el martes las minas del norte; el martes los mineros exigen salarios. Los mineros marcharon el martes.",
            ),
        ]);
        let counts = crate::analyse::analysis::count_mentions(
            &c,
            &crate::analyse::mentions::SeriesSet::default(),
            &[],
        );
        let r = keywords(&c, &counts, &WordTotals::of(&c), "2024-05-02", 10).expect("a day");
        let terms: Vec<&str> = r.keywords.iter().map(|k| k.term.as_str()).collect();
        assert_eq!(terms, ["mineros"], "{terms:?}");
    }

    /// A German noun stands out as a word; a name's word (and its
    /// genitive) stands out as the name, not as a word too.
    #[test]
    fn german_nouns_are_words_and_names_stay_names() {
        let de = "Die Regierung von Donald Trump kündigte am Montag neue Zölle an, und die Zölle treffen \
                  die Industrie. Trumps Berater verteidigten die Zölle gegen jede Kritik. "
            .repeat(3);
        let other = "Der Rat beriet über den Haushalt der Stadt und die Schulen. ".repeat(12);
        let a = format!("Zölle\n\n{de}");
        let b = format!("Haushalt\n\n{other}");
        let c = Corpus::from_texts(&[
            ("2025-03-03-de.txt", a.as_str()),
            ("2025-03-04-de.txt", b.as_str()),
        ]);
        let found = crate::analyse::discover::discover(&c);
        let (series, _) = crate::analyse::mentions::SeriesSet::new(&[], &found.entities);
        let counts = crate::analyse::analysis::count_mentions(&c, &series, &found.entities);
        let r = keywords(&c, &counts, &WordTotals::of(&c), "2025-03-03", 20).expect("a day");
        let terms: Vec<&str> = r.keywords.iter().map(|k| k.term.as_str()).collect();
        for word in ["Zölle", "Industrie", "Berater"] {
            assert!(terms.contains(&word), "{word} not in {terms:?}");
        }
        for name in ["Trump", "Trumps", "Donald", "Montag"] {
            assert!(!terms.contains(&name), "{name} in {terms:?}");
        }
        assert!(
            r.names.iter().any(|k| k.term == "Donald Trump"),
            "{:?}",
            r.names
        );
    }

    #[test]
    fn dutch_and_polish_function_words_are_not_keywords() {
        let nl = "De boeren gaan morgen naar de markt, maar er komt geen regen uit de wolken \
                  en de oogst gaat aan de droogte ten onder. "
            .repeat(3);
        let pl = "Rolnicy nie mają wody, czy przy tej suszy przetrwają? Nad rzeką jest sucho \
                  i sobie nie poradzą tym razem. "
            .repeat(3);
        let en =
            "The river rose and the council met. Many feared the crops would fail. ".repeat(12);
        let c = Corpus::from_texts(&[
            ("2024-05-01-nl.txt", format!("Nieuws\n\n{nl}").as_str()),
            ("2024-05-01-pl.txt", format!("Wiadomości\n\n{pl}").as_str()),
            ("2024-05-02-en.txt", format!("News\n\n{en}").as_str()),
        ]);
        let terms = terms_of_day(&c, "2024-05-01", 40);
        for word in ["boeren", "droogte", "oogst", "suszy", "rzeką", "wody"] {
            assert!(terms.iter().any(|t| t == word), "{word} not in {terms:?}");
        }
        for never in [
            "aan", "uit", "gaat", "geen", "ten", "czy", "przy", "nad", "tym", "sobie",
        ] {
            assert!(!terms.iter().any(|t| t == never), "{never} in {terms:?}");
        }
    }

    /// The `n` words and names that stand out on `day` of `c`.
    fn terms_of_day(c: &Corpus, day: &str, n: usize) -> Vec<String> {
        let counts = crate::analyse::analysis::count_mentions(
            c,
            &crate::analyse::mentions::SeriesSet::default(),
            &[],
        );
        let totals = WordTotals::of(c);
        let r = keywords(c, &counts, &totals, day, n).expect("a day");
        r.keywords.into_iter().map(|k| k.term).collect()
    }

    #[test]
    fn function_words_of_an_article_s_own_language_are_not_keywords() {
        // A German article beside an English one: its "die", "und", "der"
        // do not stand out, its other words do; the English verb "die"
        // still counts in English.
        let de = "Die Regierung und die Gewerkschaft verhandeln über die Rente. \
                  Der Streik der Bergleute dauert an, und die Bergleute fordern mehr Lohn \
                  aus der Kasse, sagte er, und er werde weiter streiken. "
            .repeat(3);
        let en =
            "The river rose and the council met. Many feared the crops would die in the flood. "
                .repeat(12);
        let a = format!("Nachrichten\n\n{de}");
        let b = format!("News\n\n{en}");
        let c = Corpus::from_texts(&[
            ("2024-05-01-de.txt", a.as_str()),
            ("2024-05-02-en.txt", b.as_str()),
        ]);
        let terms = terms_of_day(&c, "2024-05-01", 20);
        let terms: Vec<&str> = terms.iter().map(String::as_str).collect();
        // German nouns are always capitalised, and words all the same:
        // they stand out, as its verbs do.
        for word in [
            "verhandeln",
            "fordern",
            "Gewerkschaft",
            "Bergleute",
            "Rente",
        ] {
            assert!(terms.contains(&word), "{word} not in {terms:?}");
        }
        for never in ["die", "und", "der", "aus", "werde", "sagte"] {
            assert!(!terms.contains(&never), "{never} in {terms:?}");
        }
        let english = terms_of_day(&c, "2024-05-02", 20);
        assert!(english.iter().any(|t| t == "die"), "{english:?}");
    }
}
