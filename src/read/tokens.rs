//! Words: how text is cut into the tokens that are counted and matched.
//!
//! A word is a run of letters and digits (any script). Inside a word an
//! apostrophe (straight or curly) between letters is kept (Petro's, don’t),
//! but ends a French or Italian word cut short before a vowel (`l’`
//! `Ukraine`, `d’` `après`, `dell’` `Europa`); a dot or comma between
//! digits is kept (6,000; 2.5), and single letters joined by dots stay one
//! word (U.S., a.m.). Hyphens, dashes, slashes and
//! everything else split.
//!
//! For matching, [`fold`] gives a word's key: lower case, diacritics removed
//! (Bogotá = Bogota, written composed or decomposed), a possessive 's or ’s dropped (Petro's = Petro), as
//! is a Turkish case ending written after a name's apostrophe (Türkiye'de,
//! İzmir'in = Türkiye, İzmir; see [`case_ending_at`]), and the curly
//! apostrophe made straight. [`sentences`] cuts text into
//! sentences without ending one at an abbreviation (U.S., EE. UU., Sen.).

use crate::read::dates;
use std::borrow::Cow;

/// The words of `text` with their byte offsets, borrowed from it.
pub fn words(text: &str) -> impl Iterator<Item = (usize, &str)> + '_ {
    let mut pos = 0;
    let b = text.as_bytes();
    std::iter::from_fn(move || {
        // Skip separators: ASCII ones byte by byte, others by char.
        loop {
            while pos < b.len() && BYTE_CLASS[usize::from(b[pos])] == ASCII_SEPARATOR {
                pos += 1;
            }
            if pos >= b.len() {
                return None;
            }
            if b[pos] < 0x80 {
                break;
            }
            let c = text.get(pos..)?.chars().next()?;
            if is_word_char(c) {
                break;
            }
            pos += c.len_utf8();
        }
        let start = pos;
        let end = word_end(text, start);
        pos = end;
        Some((start, &text[start..end]))
    })
}

/// Number of words in `text` (in a script written without spaces, each
/// character is a word: see [`in_unspaced_script`]).
pub fn count_words(text: &str) -> usize {
    words(text).count()
}

/// Whether `c` is of a script written without spaces between words:
/// Chinese characters, Japanese kana, Thai, Lao, Khmer and Burmese.
/// (Korean has spaces.)
pub fn in_unspaced_script(c: char) -> bool {
    matches!(c,
        '\u{0e00}'..='\u{0eff}' // Thai, Lao
        | '\u{1000}'..='\u{109f}' // Myanmar
        | '\u{1780}'..='\u{17ff}' // Khmer
        | '\u{3040}'..='\u{30ff}' // Hiragana, Katakana
        | '\u{31f0}'..='\u{31ff}'
        | '\u{3400}'..='\u{4dbf}' // CJK Extension A
        | '\u{4e00}'..='\u{9fff}' // CJK Unified Ideographs
        | '\u{f900}'..='\u{faff}'
        | '\u{ff66}'..='\u{ff9f}' // half-width katakana
        | '\u{20000}'..='\u{3134f}')
}

/// The full stop, exclamation and question marks of Chinese and Japanese,
/// which end a sentence with no space after them.
fn full_width_stop(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡')
}

/// A mark that may end a sentence: `.`, `!`, `?`, `…` or a full-width
/// stop (whether it does is [`ends_sentence`]'s to say).
pub(crate) fn sentence_mark(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…') || full_width_stop(c)
}

/// A word of a text: where it is, what it says and its matching key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    /// Byte offset in the text.
    pub start: usize,
    /// The word as written.
    pub text: &'a str,
    /// Its key for matching (see [`fold`]).
    pub key: Cow<'a, str>,
    /// Written in capitals, with at least two letters (US, ELN, U.S.).
    pub caps: bool,
}

/// The tokens of `text`.
pub fn tokens(text: &str) -> impl Iterator<Item = Token<'_>> + '_ {
    words(text).map(|(start, w)| Token {
        start,
        text: w,
        key: fold(w),
        // Most words start with a lower-case ASCII letter: not capitals.
        caps: !w.as_bytes()[0].is_ascii_lowercase() && is_caps(w),
    })
}

/// True for a word of at least two letters, all of them capitals, but for
/// a possessive 's after them (`NATO’s`, `ELN's`: the alias `NATO`, which
/// matches only as written, counts them).
pub fn is_caps(word: &str) -> bool {
    let word = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word);
    let mut letters = 0;
    for c in word.chars() {
        if c.is_alphabetic() {
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
        }
    }
    letters >= 2
}

/// The endings Turkish writes after an apostrophe on a proper name (case,
/// plural, "of", "-ian", "is"), folded as [`fold`] folds (`ı` as `i`, `ü`
/// as `u`): `Samsun'un`, `Türkiye'de`, `Ankara'ya`, `AB'nin`, `İzmir'deki`.
const CASE_ENDINGS: &[&str] = &[
    "a", "e", "i", "u", "ya", "ye", "yi", "yu", "in", "un", "nin", "nun", "na", "ne", "da", "de",
    "ta", "te", "nda", "nde", "dan", "den", "tan", "ten", "ndan", "nden", "la", "le", "yla", "yle",
    "daki", "deki", "taki", "teki", "ndaki", "ndeki", "lar", "ler", "lari", "leri", "li", "lu",
    "dir", "dur", "tir", "tur",
];

/// Where the apostrophe of a Turkish case ending on a name stands in
/// `word`: a capitalised word, two letters or more before the apostrophe
/// and a Turkish case ending after it (`Samsun'un` → 6). None for an
/// English contraction (`Don't`, `We're`, `I'm`: no such ending), a short
/// stem (Italian `C'è`), a capital or a letter Turkish does not write
/// after it (`O'Neill`, `Dov'è`) or one vowel after a vowel (`Hawai'i`,
/// `Sana'a`).
pub fn case_ending_at(word: &str) -> Option<usize> {
    // (Most words have no apostrophe: a look at their bytes turns them
    // away. `’` is E2 80 99.)
    if !word.bytes().any(|b| b == b'\'' || b == 0xE2) {
        return None;
    }
    let (q, mark) = word
        .char_indices()
        .rev()
        .find(|&(_, c)| c == '\'' || c == '’')?;
    let tail = &word[q + mark.len_utf8()..];
    if tail.is_empty()
        || tail.len() > 12
        || !word.chars().next().is_some_and(char::is_uppercase)
        || word[..q].chars().filter(|c| c.is_alphanumeric()).count() < 2
        || !tail
            .chars()
            .all(|c| "abcçdefgğhıijklmnoöprsştuüvyz".contains(c))
    {
        return None;
    }
    let mut folded = String::with_capacity(tail.len());
    for c in tail.chars() {
        folded.push(strip_diacritic(c).unwrap_or(c));
    }
    // (An ending of one vowel follows a consonant: Turkish puts `y` or `n`
    // between two vowels, `Ankara'ya`. Hawaiian's ʻokina written as an
    // apostrophe stands between two vowels: `Hawai'i`, `Kaua'i`, and so
    // does Arabic's `Sana'a`.)
    let after_vowel = matches!(
        word[..q]
            .chars()
            .next_back()
            .map(|c| strip_diacritic(c).unwrap_or(c).to_ascii_lowercase()),
        Some('a' | 'e' | 'i' | 'o' | 'u')
    );
    (CASE_ENDINGS.contains(&folded.as_str()) && !(folded.len() == 1 && after_vowel)).then_some(q)
}

/// The matching key of a word: lower case, Latin diacritics removed,
/// curly apostrophes straight, a trailing possessive 's dropped, as is a
/// name's Turkish case ending ([`case_ending_at`]). Borrows when nothing
/// changes.
pub fn fold(word: &str) -> Cow<'_, str> {
    let plain = word
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b',');
    if plain {
        return Cow::Borrowed(word);
    }
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    Cow::Owned(out)
}

/// [`fold`], written at the end of `out` (no allocation of its own: keys
/// of several words are put together this way).
pub fn fold_into(word: &str, out: &mut String) {
    let from = out.len();
    let word = if word.bytes().any(|b| b == b'\'' || b == 0x99) {
        case_ending_at(word).map_or(word, |q| &word[..q])
    } else {
        word
    };
    for c in word.chars() {
        match c {
            '’' | '\'' => out.push('\''),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            // A combining accent goes, as a precomposed letter's does.
            '\u{300}'..='\u{36f}' => {}
            c => match strip_diacritic(c) {
                Some(base) => out.push(base),
                None => out.extend(c.to_lowercase()),
            },
        }
    }
    if out.len() - from > 2 && out.ends_with("'s") {
        out.truncate(out.len() - 2);
    }
}

/// The base letter of an accented Latin letter, lower-cased.
fn strip_diacritic(c: char) -> Option<char> {
    Some(match c {
        'À'..='Å' | 'à'..='å' | 'Ā' | 'ā' | 'Ă' | 'ă' | 'Ą' | 'ą' => 'a',
        'Ç' | 'ç' | 'Ć' | 'ć' | 'Č' | 'č' | 'Ĉ' | 'ĉ' | 'Ċ' | 'ċ' => 'c',
        'Ď' | 'ď' | 'Đ' | 'đ' => 'd',
        'È'..='Ë' | 'è'..='ë' | 'Ē' | 'ē' | 'Ė' | 'ė' | 'Ę' | 'ę' | 'Ě' | 'ě' => 'e',
        'Ğ' | 'ğ' | 'Ġ' | 'ġ' | 'Ģ' | 'ģ' => 'g',
        'Ì'..='Ï' | 'ì'..='ï' | 'Ī' | 'ī' | 'Į' | 'į' | 'İ' | 'ı' => 'i',
        'Ł' | 'ł' | 'Ľ' | 'ľ' | 'Ĺ' | 'ĺ' => 'l',
        'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ň' | 'ň' => 'n',
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō' | 'ō' | 'Ő' | 'ő' => 'o',
        'Ŕ' | 'ŕ' | 'Ř' | 'ř' => 'r',
        'Ś' | 'ś' | 'Š' | 'š' | 'Ş' | 'ş' | 'Ș' | 'ș' => 's',
        'Ť' | 'ť' | 'Ţ' | 'ţ' | 'Ț' | 'ț' => 't',
        'Ù'..='Ü' | 'ù'..='ü' | 'Ū' | 'ū' | 'Ů' | 'ů' | 'Ű' | 'ű' | 'Ų' | 'ų' => 'u',
        'Ý' | 'ý' | 'ÿ' | 'Ÿ' => 'y',
        'Ź' | 'ź' | 'Ż' | 'ż' | 'Ž' | 'ž' => 'z',
        _ => return None,
    })
}

/// Abbreviations whose dot does not end a sentence (compared folded,
/// without the dot).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "gen", "rep", "gov", "amb", "st", "lt", "col", "sgt", "capt",
    "cmdr", "adm", "maj", "pres", "prof", "jr", "sr", "no", "vs", "etc", "inc", "corp", "co",
    "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "ee", "uu", "sra", "sres", "dra", "ky", "fla", "calif", "ariz", "mass", "wash",
];

/// The most words a sentence holds: a run of words without a sentence end
/// (a transcript without full stops, a list of names, a file of one line)
/// is cut after this many, so that the work and memory spent on one
/// sentence stay bounded whatever the text. Real sentences stay whole
/// (long ones in prose have a few hundred words).
pub const MAX_SENTENCE_WORDS: usize = 1000;

/// The sentences of a paragraph, trimmed, with their byte offsets. A
/// sentence ends at `.`, `!`, `?` or `…` (with closing quotes or brackets)
/// followed by a space and a capital, digit or opening quote — but not after
/// an abbreviation (Sen., Gen., EE. UU.) or a single capital (J. Doe, U.S.).
/// A sentence of more than [`MAX_SENTENCE_WORDS`] words is cut after each
/// such run, at the end of its last word.
pub fn sentences(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    for (offset, s) in sentences_uncut(text) {
        push_cut_to_length(offset, s, &mut out);
    }
    out
}

/// A sentence, cut after every [`MAX_SENTENCE_WORDS`] words when it has
/// more (pieces trimmed). Only a sentence of at least
/// `2 × MAX_SENTENCE_WORDS - 1` bytes can have that many words.
fn push_cut_to_length<'a>(offset: usize, s: &'a str, out: &mut Vec<(usize, &'a str)>) {
    if s.len() < 2 * MAX_SENTENCE_WORDS - 1 {
        out.push((offset, s));
        return;
    }
    let mut start = 0;
    let mut count = 0;
    let mut last_end = 0;
    for (at, w) in words(s) {
        if count == MAX_SENTENCE_WORDS {
            push_trimmed(offset, s, start, last_end, out);
            start = last_end;
            count = 0;
        }
        count += 1;
        last_end = at + w.len();
    }
    push_trimmed(offset, s, start, s.len(), out);
}

fn push_trimmed<'a>(
    offset: usize,
    s: &'a str,
    start: usize,
    end: usize,
    out: &mut Vec<(usize, &'a str)>,
) {
    let raw = &s[start..end];
    let t = raw.trim();
    if !t.is_empty() {
        out.push((offset + start + (raw.len() - raw.trim_start().len()), t));
    }
}

/// [`sentences`] before long ones are cut.
fn sentences_uncut(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < text.len() {
        // Jump to the next '.', '!', '?' or the first byte of '…' (E2 80 A6)
        // or of a full stop of Chinese and Japanese (E3, EF: see
        // [`full_width_stop`]); every other byte is skipped without decoding.
        match bytes[i..]
            .iter()
            .position(|&b| matches!(b, b'.' | b'!' | b'?' | 0xE2 | 0xE3 | 0xEF))
        {
            Some(p) => i += p,
            None => break,
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        let len = c.len_utf8();
        if sentence_mark(c) {
            let end = closing_quotes_end(text, i + len);
            if ends_sentence(text, start, i, end, c) {
                let s = text[start..end].trim();
                if !s.is_empty() {
                    out.push((
                        start + (text[start..end].len() - text[start..end].trim_start().len()),
                        s,
                    ));
                }
                start = end;
            }
            i = end;
            continue;
        }
        i += len;
    }
    let s = text[start..].trim();
    if !s.is_empty() && start < bytes.len() {
        out.push((
            start + (text[start..].len() - text[start..].trim_start().len()),
            s,
        ));
    }
    out
}

/// A paragraph cut into sentences and words in one pass over its bytes:
/// the same sentences as [`sentences`] and, in each, the same words as
/// [`words`] of that sentence, with offsets in the paragraph.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cut {
    /// Byte ranges of the words in the paragraph.
    pub words: Vec<(usize, usize)>,
    /// The sentences, in order.
    pub sentences: Vec<CutSentence>,
}

/// One sentence of a [`Cut`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CutSentence {
    /// Byte range of the sentence (trimmed) in the paragraph.
    pub start: usize,
    /// End of that range.
    pub end: usize,
    /// Its words: `Cut::words[first_word..end_word]`.
    pub first_word: usize,
    /// End of its words.
    pub end_word: usize,
}

/// Cuts `text` into `out` (cleared first; its buffers are reused).
pub fn cut(text: &str, out: &mut Cut) {
    out.words.clear();
    out.sentences.clear();
    let b = text.as_bytes();
    let mut pos = 0;
    let mut start = 0;
    let mut first_word = 0;
    loop {
        // The separators up to the next word, noting whether one of them
        // can end a sentence (words never end one: see `sentences`).
        let sep = pos;
        let mut ender = false;
        loop {
            while pos < b.len() && BYTE_CLASS[usize::from(b[pos])] == ASCII_SEPARATOR {
                ender |= matches!(b[pos], b'.' | b'!' | b'?');
                pos += 1;
            }
            if pos >= b.len() || b[pos] < 0x80 {
                break;
            }
            let Some(c) = text.get(pos..).and_then(|t| t.chars().next()) else {
                break;
            };
            if is_word_char(c) {
                break;
            }
            ender |= c == '…' || full_width_stop(c);
            pos += c.len_utf8();
        }
        if ender {
            let mut i = sep;
            while i < pos {
                let Some(c) = text.get(i..).and_then(|t| t.chars().next()) else {
                    break;
                };
                if !sentence_mark(c) {
                    i += c.len_utf8();
                    continue;
                }
                let end = closing_quotes_end(text, i + c.len_utf8());
                if ends_sentence(text, start, i, end, c) {
                    push_sentence(text, start, end, first_word, out);
                    start = end;
                    first_word = out.words.len();
                }
                i = end;
            }
        }
        if pos >= b.len() {
            break;
        }
        // A sentence of MAX_SENTENCE_WORDS words ends at its last word.
        if out.words.len() - first_word == MAX_SENTENCE_WORDS {
            push_sentence(text, start, sep, first_word, out);
            start = sep;
            first_word = out.words.len();
        }
        let end = word_end(text, pos);
        out.words.push((pos, end));
        pos = end;
    }
    if start < b.len() {
        push_sentence(text, start, b.len(), first_word, out);
    }
}

fn push_sentence(text: &str, start: usize, end: usize, first_word: usize, out: &mut Cut) {
    let raw = &text[start..end];
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return;
    }
    let s = start + (raw.len() - raw.trim_start().len());
    out.sentences.push(CutSentence {
        start: s,
        end: s + trimmed.len(),
        first_word,
        end_word: out.words.len(),
    });
}

/// Past the closing quotes and brackets that follow a sentence's last mark.
fn closing_quotes_end(text: &str, mut end: usize) -> usize {
    while let Some(q) = text[end..].chars().next() {
        if matches!(q, '"' | '”' | '’' | '\'' | ')' | ']' | '»') {
            end += q.len_utf8();
        } else {
            break;
        }
    }
    end
}

/// Whether the mark `c` at `i` (its closing quotes end at `end`) ends the
/// sentence that began at `start`.
fn ends_sentence(text: &str, start: usize, i: usize, end: usize, c: char) -> bool {
    if full_width_stop(c) {
        return true;
    }
    let next_starts = text[end..].starts_with(' ')
        && text[end..].trim_start().chars().next().is_some_and(|n| {
            n.is_uppercase() || n.is_ascii_digit() || matches!(n, '"' | '“' | '‘' | '¿' | '¡' | '(')
        });
    next_starts
        && !(c == '.'
            && (before_is_abbreviation(&text[start..i]) || ordinal(&text[start..i], &text[end..])))
}

/// Whether the dot after `before` makes its last word, a number, an
/// ordinal as German and other languages write one ("am 2. Juni", "die 2.
/// Bundesliga", "zum 75. Geburtstag"): a day before a month's name in any
/// language, or a number after a German article or preposition.
fn ordinal(before: &str, after: &str) -> bool {
    let mut words = before.rsplit(char::is_whitespace);
    let number = words.next().unwrap_or("");
    if !(1..=3).contains(&number.len()) || !number.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let next: String = after
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    if number.len() <= 2 && dates::month_number_any(&next).is_some() {
        return true;
    }
    let word = words.next().unwrap_or("").to_lowercase();
    // ("am" is not one of them: "I am 30. Then …"; "am 2. Juni" has its
    // month.)
    matches!(
        word.as_str(),
        "vom"
            | "zum"
            | "zur"
            | "beim"
            | "im"
            | "der"
            | "die"
            | "das"
            | "den"
            | "dem"
            | "des"
            | "bis"
            | "ab"
            | "seit"
            | "ihr"
            | "ihre"
            | "ihrem"
            | "ihren"
            | "sein"
            | "seine"
            | "seinem"
            | "seinen"
    )
}

pub(crate) fn before_is_abbreviation(before: &str) -> bool {
    let last = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or("");
    let word = last.trim_end_matches('.');
    if word.is_empty() {
        return false;
    }
    // A single capital (J. Doe), or dotted initials (U.S., a.m.).
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let single_capital = match (letters.next(), letters.next()) {
        (Some(l), None) => l.is_uppercase(),
        _ => false,
    };
    // Dotted initials have a letter or two between the dots (`Ph.D`), or
    // end in single letters joined by dots (`U.S`, which `word_end` keeps
    // as one word, dots and all, even glued to another: `Sen.U.S`); a web
    // address (`Vulture.com`) or a number (`2.1`) ends a sentence like any
    // word.
    let letters = |part: &str| part.chars().filter(|c| c.is_alphabetic()).count();
    let single =
        |part: Option<&str>| part.is_some_and(|p| p.chars().count() == 1 && letters(p) == 1);
    // (What follows the last mark that is neither a letter, a digit nor a
    // dot: `U.S` of `2.5’U.S`.)
    let dotted = word
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(word, |(i, c)| &word[i + c.len_utf8()..]);
    let mut tail = dotted.rsplit('.');
    let initials = word.contains('.')
        && (word.split('.').all(|part| (1..=2).contains(&letters(part)))
            || (single(tail.next()) && single(tail.next())));
    if initials || single_capital {
        return true;
    }
    // Most words are plain ASCII letters: compare without folding.
    if word.bytes().all(|b| b.is_ascii_alphabetic()) {
        return ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word));
    }
    ABBREVIATIONS.contains(&fold(word).as_ref())
}

/// [`BYTE_CLASS`] of an ASCII letter or digit.
const ASCII_WORD: u8 = 0;
/// [`BYTE_CLASS`] of any other ASCII byte.
const ASCII_SEPARATOR: u8 = 1;
/// [`BYTE_CLASS`] of a byte of a multi-byte character.
const NOT_ASCII: u8 = 2;

/// The class of each byte value: one load per byte while scanning.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [NOT_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = if (b as u8).is_ascii_alphanumeric() {
            ASCII_WORD
        } else {
            ASCII_SEPARATOR
        };
        b += 1;
    }
    t
};

/// `c.is_alphanumeric()`, without the Unicode table search for the
/// characters a news text has most outside ASCII: Latin letters (U+00C0 to
/// U+024F, all letters but × and ÷) and the General Punctuation block
/// (dashes, curly quotes, ellipsis, thin spaces: none a letter or digit).
pub(crate) fn is_word_char(c: char) -> bool {
    match c {
        '\u{c0}'..='\u{24f}' => c != '×' && c != '÷',
        // Combining accents: text in decomposed form ("Gru\u{308}nder",
        // as some pages and macOS file names write it) is one word.
        '\u{300}'..='\u{36f}' => true,
        '\u{2000}'..='\u{206f}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// The end of the word starting at `start`: a plain ASCII run ends at the
/// first byte that cannot continue a word; anything else takes the full
/// rules.
#[inline]
pub(crate) fn word_end(text: &str, start: usize) -> usize {
    let b = text.as_bytes();
    let mut i = start;
    // Eight bytes at a time while eight remain, then byte by byte.
    while let Some(eight) = b.get(i..i + 8) {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(eight);
        let others = not_ascii_alphanumeric(u64::from_le_bytes(bytes));
        if others != 0 {
            i += (others.trailing_zeros() / 8) as usize;
            break;
        }
        i += 8;
    }
    while i < b.len() && BYTE_CLASS[usize::from(b[i])] == ASCII_WORD {
        i += 1;
    }
    let next = b.get(i + 1).copied().unwrap_or(b' ');
    let joiner = match b.get(i) {
        None => false,
        // Only a letter or digit, or a curly apostrophe, can continue a word.
        Some(&c) if c >= 0x80 => text
            .get(i..)
            .and_then(|t| t.chars().next())
            .is_some_and(|c| c == '’' || is_word_char(c)),
        Some(b'\'') => next.is_ascii_alphabetic(),
        Some(b'.') => next.is_ascii_alphanumeric(),
        Some(b',') => next.is_ascii_digit(),
        Some(_) => false,
    };
    if !joiner {
        return i;
    }
    word_end_full(text, start)
}

/// One in each byte.
pub(crate) const LO: u64 = 0x0101_0101_0101_0101;
/// The high bit of each byte.
pub(crate) const HI: u64 = 0x8080_8080_8080_8080;

/// Per byte of `x`, the high bit set when its low seven bits are at least
/// `lo` (callers mask out the bytes above 0x7f).
#[inline]
pub(crate) fn at_least(x: u64, lo: u8) -> u64 {
    // No carry leaves a byte: each is below 0x80 once masked, and lo is at
    // most 0x80.
    (x & !HI) + LO * u64::from(0x80 - lo)
}

/// Per byte of `x`, the high bit set when it is in `lo..=hi` (ASCII).
#[inline]
pub(crate) fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
    at_least(x, lo) & !at_least(x, hi + 1) & !x & HI
}

/// The high bit of each byte of `x` (little-endian) that is not an ASCII
/// letter or digit: the test of [`BYTE_CLASS`] on eight bytes at once.
#[inline]
fn not_ascii_alphanumeric(x: u64) -> u64 {
    let letter = in_range(x | (LO * 0x20), b'a', b'z');
    let digit = in_range(x, b'0', b'9');
    !(letter | digit) & HI
}

#[inline(never)]
pub(crate) fn word_end_full(text: &str, start: usize) -> usize {
    let mut chars = text[start..].char_indices().peekable();
    let mut end = start;
    let mut prev: Option<char> = None;
    if let Some(c) = text[start..]
        .chars()
        .next()
        .filter(|&c| in_unspaced_script(c))
    {
        return start + c.len_utf8();
    }
    // Single letters joined by dots: U.S., a.m., U.S.A. (Not a character
    // of a script without spaces, a word of its own: `ﶒ.𬺰.`.)
    let initial = |l: char| l.is_alphabetic() && !in_unspaced_script(l);
    let abbreviation = {
        let mut it = text[start..].chars();
        matches!(
            (it.next(), it.next(), it.next(), it.next()),
            (Some(a), Some('.'), Some(c), Some('.')) if initial(a) && initial(c)
        )
    };
    if abbreviation {
        let mut it = text[start..].char_indices();
        let mut last = start;
        loop {
            match (it.next(), it.next()) {
                (Some((_, l)), Some((j, '.'))) if initial(l) => last = start + j + 1,
                _ => break,
            }
            // Stop when the next letter is not followed by a dot.
            let mut peek = text[last..].chars();
            if !matches!((peek.next(), peek.next()), (Some(l), Some('.')) if initial(l)) {
                break;
            }
        }
        if last > start && !text[last..].starts_with(is_word_char) {
            return last;
        }
    }
    while let Some((i, c)) = chars.next() {
        let at = start + i;
        // A character of a script written without spaces is a word of its
        // own (a query of several is a phrase of them).
        if in_unspaced_script(c) {
            return at;
        }
        if is_word_char(c) {
            end = at + c.len_utf8();
            prev = Some(c);
            continue;
        }
        let next = chars.peek().map(|&(_, n)| n);
        let joins = match c {
            '\'' | '’' => {
                if let Some(n) = next
                    && elided(&text[start..at], n)
                {
                    // "l’Ukraine": the article is a word, apostrophe and
                    // all, and the noun another.
                    return at + c.len_utf8();
                }
                prev.is_some_and(char::is_alphabetic) && next.is_some_and(char::is_alphabetic)
            }
            '.' | ',' => {
                prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit())
            }
            _ => false,
        };
        if !joins {
            break;
        }
        prev = Some(c);
    }
    end
}

/// Whether `word`, followed by an apostrophe and `next`, is a French or
/// Italian word cut short before a vowel ("l’Ukraine", "d’après",
/// "qu’il", "dell’Europa", "un’altra"), not part of one word as in
/// English (don't, O'Brien). With a capital it is one only before a small
/// letter ("D’après", "Nell’ambito"), except "L’" that opens a French
/// sentence ("L’Ukraine"): "D’Alema" and "Dell’Utri" are surnames.
pub(crate) fn elided(word: &str, next: char) -> bool {
    if !next.is_alphabetic() {
        return false;
    }
    const CUT: &[&str] = &[
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
        "dell", "dall", "nell", "sull", "all", "coll", "quell", "quest", "un", "nessun",
    ];
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if first.is_lowercase() {
        return CUT.contains(&word);
    }
    let rest = chars.as_str();
    if !rest.chars().all(char::is_lowercase) {
        return false;
    }
    let lower = word.to_lowercase();
    CUT.contains(&lower.as_str()) && (next.is_lowercase() || word == "L")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_turkish_case_ending_on_a_name_is_not_part_of_its_key() {
        for (w, key) in [
            ("Türkiye'de", "turkiye"),
            ("İzmir’in", "izmir"),
            ("AB'nin", "ab"),
            ("Ankara'daki", "ankara"),
            ("Petro's", "petro"),
            // English contractions, a short stem, a capital after the
            // apostrophe, a lower-case word: as written.
            ("Don't", "don't"),
            ("We're", "we're"),
            ("C'è", "c'e"),
            ("O'Neill", "o'neill"),
            ("d'un", "d'un"),
            // One vowel after a vowel is no Turkish ending: Hawaiian's
            // ʻokina, Arabic's hamza ("Erdoğan'ı" has one, after a consonant).
            ("Hawai'i", "hawai'i"),
            ("Kaua’i", "kaua'i"),
            ("Sana'a", "sana'a"),
            ("Erdoğan'ı", "erdogan"),
            // Letters Turkish does not write: Italian "Dov'è", "Com'è".
            ("Dov'è", "dov'e"),
            ("Com’è", "com'e"),
        ] {
            assert_eq!(fold(w), key, "{w}");
        }
        assert_eq!(case_ending_at("Samsun'un"), Some(6));
        assert_eq!(case_ending_at("Samsun"), None);
    }

    #[test]
    fn capitals_with_a_possessive_are_capitals() {
        for w in ["NATO's", "ELN’s", "US", "U.S.", "BBC"] {
            assert!(is_caps(w), "{w}");
        }
        for w in ["A's", "Nato's", "NATOs's", "I", "Ma’s"] {
            assert!(!is_caps(w), "{w}");
        }
    }

    #[test]
    fn a_script_written_without_spaces_is_cut_a_character_a_word() {
        fn w(t: &str) -> Vec<&str> {
            words(t).map(|(_, w)| w).collect()
        }
        // (Numbers and Latin words stay whole beside them.)
        assert_eq!(
            w("市役所は2025年に新しい図書館を開く"),
            [
                "市", "役", "所", "は", "2025", "年", "に", "新", "し", "い", "図", "書", "館",
                "を", "開", "く"
            ]
        );
        assert_eq!(
            w("Googleの地図と北京市"),
            ["Google", "の", "地", "図", "と", "北", "京", "市"]
        );
        assert_eq!(w("ภาษาไทย"), ["ภ", "า", "ษ", "า", "ไ", "ท", "ย"]);
        assert_eq!(count_words("市役所は2025年"), 6);
        // Their full stops end sentences with no space after them.
        fn s(t: &str) -> Vec<&str> {
            sentences(t).into_iter().map(|(_, s)| s).collect()
        }
        assert_eq!(
            s("図書館が開いた。雨だった！誰が来た？最後の文"),
            ["図書館が開いた。", "雨だった！", "誰が来た？", "最後の文"]
        );
        let mut cut = Cut::default();
        let text = "図書館が開いた。雨だった！";
        super::cut(text, &mut cut);
        assert_eq!(cut.sentences.len(), 2);
        assert_eq!(cut.words.len(), 11);
    }

    #[test]
    fn eight_bytes_at_once_classify_as_the_table_does() {
        // Every byte value at every position, among fillers of each class.
        for filler in [b'a', b'Z', b'7', b' ', b'.', 0xC3, 0x80] {
            for pos in 0..8 {
                for v in 0..=255u8 {
                    let mut bytes = [filler; 8];
                    bytes[pos] = v;
                    let got = not_ascii_alphanumeric(u64::from_le_bytes(bytes));
                    for (k, &byte) in bytes.iter().enumerate() {
                        let other = BYTE_CLASS[usize::from(byte)] != ASCII_WORD;
                        assert_eq!(got >> (8 * k + 7) & 1 == 1, other, "{bytes:?} at {k}");
                    }
                }
            }
        }
    }

    fn list(t: &str) -> Vec<&str> {
        words(t).map(|(_, w)| w).collect()
    }

    #[test]
    fn folding_makes_matching_keys() {
        for (w, k) in [
            ("Bogotá", "bogota"),
            ("Nicolás", "nicolas"),
            ("Petro's", "petro"),
            ("Petro’s", "petro"),
            ("PETRO", "petro"),
            ("U.S.", "u.s."),
            ("don’t", "don't"),
            ("Ñandú", "nandu"),
            ("Müller", "muller"),
            ("colombia", "colombia"),
            ("Straße", "straße"),
        ] {
            assert_eq!(fold(w), k, "{w}");
        }
        assert!(matches!(fold("plain"), Cow::Borrowed(_)));
        // Folded onto a key already begun: the possessive of this word only
        // goes, and a short word's "'s" stays.
        let mut key = String::from("it's ");
        fold_into("Nicolás’s", &mut key);
        key.push(' ');
        fold_into("'s", &mut key);
        assert_eq!(key, "it's nicolas 's");
        assert!(is_caps("US") && is_caps("ELN") && is_caps("U.S.") && is_caps("EE"));
        assert!(!is_caps("Us") && !is_caps("us") && !is_caps("A") && !is_caps("M19"));
    }

    #[test]
    fn sentences_do_not_end_at_german_ordinals() {
        let t = "Am 2. Juni hatte der Wetterdienst gewarnt. Der Verein spielt in der 2. Bundesliga. \
                 Le 5. Mai fut calme. They scored 2. Then it rained. I am 30. Then I moved.";
        let got: Vec<&str> = sentences(t).into_iter().map(|(_, s)| s).collect();
        assert_eq!(
            got,
            [
                "Am 2. Juni hatte der Wetterdienst gewarnt.",
                "Der Verein spielt in der 2. Bundesliga.",
                "Le 5. Mai fut calme.",
                "They scored 2.",
                "Then it rained.",
                "I am 30.",
                "Then I moved."
            ]
        );
        let mut c = Cut::default();
        cut(t, &mut c);
        let cs: Vec<&str> = c.sentences.iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(cs, got, "cut agrees with sentences");
    }

    #[test]
    fn sentences_do_not_end_at_abbreviations() {
        let t = "The U.S. State Department spoke. Sen. Rand Paul (R., Ky.) called. \
                 Petro temía un ataque de EE. UU. a Colombia. “It was good,” he said. J. Doe agreed! Then 3 p.m. came… Done";
        let got: Vec<&str> = sentences(t).into_iter().map(|(_, s)| s).collect();
        assert_eq!(
            got,
            [
                "The U.S. State Department spoke.",
                "Sen. Rand Paul (R., Ky.) called.",
                "Petro temía un ataque de EE. UU. a Colombia.",
                "“It was good,” he said.",
                "J. Doe agreed!",
                "Then 3 p.m. came…",
                "Done"
            ]
        );
        // A web address ends a sentence like any word; dotted initials do not.
        let got: Vec<&str> = sentences(
            "Read it at Vulture.com. Retrieved 19 May. See section 2.1. Ask Ph.D. Jones.",
        )
        .into_iter()
        .map(|(_, s)| s)
        .collect();
        assert_eq!(
            got,
            [
                "Read it at Vulture.com.",
                "Retrieved 19 May.",
                "See section 2.1.",
                "Ask Ph.D. Jones."
            ]
        );
        let (off, s) = sentences("One here. Two there.")[1];
        assert_eq!(&"One here. Two there."[off..off + s.len()], "Two there.");
    }

    #[test]
    fn a_run_of_words_without_an_end_is_cut_after_the_most_a_sentence_holds() {
        // A real sentence of 3 words, then a run of 2,500 words without a
        // full stop (with "— «…»" here and there) that the next sentence
        // ends, then a last sentence.
        let mut run = String::new();
        for i in 0..1_400 {
            run.push_str(if i % 7 == 6 {
                "— «word» "
            } else {
                "Petro met "
            });
        }
        assert_eq!(words(&run).count(), 2_600);
        let t = format!("It began here. {run}The end came. Last one");
        let got = sentences(&t);
        let lens: Vec<usize> = got.iter().map(|(_, s)| words(s).count()).collect();
        assert_eq!(
            lens,
            [3, MAX_SENTENCE_WORDS, MAX_SENTENCE_WORDS, 600 + 3, 2],
            "{lens:?}"
        );
        assert!(got[3].1.ends_with("The end came."));
        // A piece ends at the end of its last word; the next starts after.
        assert!(got[1].1.ends_with("met") && got[2].1.starts_with("— «word» Petro"));
        assert!(got[2].1.ends_with("Petro") && got[3].1.starts_with("met — «word»"));
        assert_eq!(got[4].1, "Last one");
        for (off, s) in &got {
            assert_eq!(&t[*off..*off + s.len()], *s);
            assert_eq!(s.trim(), *s);
        }
        // The one-pass cut finds the same pieces and the same words.
        let mut c = Cut::default();
        cut(&t, &mut c);
        let pieces: Vec<(usize, &str)> = c
            .sentences
            .iter()
            .map(|s| (s.start, &t[s.start..s.end]))
            .collect();
        assert_eq!(pieces, got);
        for (s, (off, text)) in c.sentences.iter().zip(&got) {
            let want: Vec<(usize, usize)> = words(text)
                .map(|(i, w)| (off + i, off + i + w.len()))
                .collect();
            assert_eq!(c.words[s.first_word..s.end_word], want[..]);
        }
    }

    #[test]
    fn one_pass_cut_gives_the_sentences_and_their_words() {
        let t = "Sen. Rand Paul (R., Ky.) called the U.S. embassy at 3 a.m. “Why?” he asked. \
                 It cost 6,000 pesos… Bogotá’s mayor agreed! Fin";
        let mut c = Cut::default();
        cut(t, &mut c);
        let got: Vec<(&str, Vec<&str>)> = c
            .sentences
            .iter()
            .map(|s| {
                let w = c.words[s.first_word..s.end_word]
                    .iter()
                    .map(|&(a, b)| &t[a..b])
                    .collect();
                (&t[s.start..s.end], w)
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "Sen. Rand Paul (R., Ky.) called the U.S. embassy at 3 a.m. “Why?” he asked.",
                    vec![
                        "Sen", "Rand", "Paul", "R", "Ky", "called", "the", "U.S.", "embassy", "at",
                        "3", "a.m.", "Why", "he", "asked"
                    ]
                ),
                ("It cost 6,000 pesos…", vec!["It", "cost", "6,000", "pesos"]),
                (
                    "Bogotá’s mayor agreed!",
                    vec!["Bogotá’s", "mayor", "agreed"]
                ),
                ("Fin", vec!["Fin"]),
            ]
        );
        cut("  ", &mut c);
        assert!(c.sentences.is_empty() && c.words.is_empty());
    }

    #[test]
    fn the_fast_word_character_test_agrees_with_unicode() {
        // (But for the combining accents, which join a word.)
        for c in '\0'..=char::MAX {
            let accent = ('\u{300}'..='\u{36f}').contains(&c);
            assert_eq!(is_word_char(c), c.is_alphanumeric() || accent, "{c:?}");
        }
        assert_eq!(list("Petro’s “call” — done…"), ["Petro’s", "call", "done"]);
        assert_eq!(list("naïve\u{a0}café\u{2009}x"), ["naïve", "café", "x"]);
    }

    #[test]
    fn words_follow_the_documented_rules() {
        assert_eq!(list("Petro's and Petro’s"), ["Petro's", "and", "Petro’s"]);
        assert_eq!(
            list("Petro–Trump U.S.-Colombia"),
            ["Petro", "Trump", "U.S.", "Colombia"]
        );
        assert_eq!(list("the U.S. said"), ["the", "U.S.", "said"]);
        assert_eq!(list("EE. UU. y Bogotá"), ["EE", "UU", "y", "Bogotá"]);
        assert_eq!(
            list("6,000 people, 2.5% and 55 minutes."),
            ["6,000", "people", "2.5", "and", "55", "minutes"]
        );
        assert_eq!(list("at 3 a.m. today"), ["at", "3", "a.m.", "today"]);
        assert_eq!(list("‘quoted’ 'words'"), ["quoted", "words"]);
        assert_eq!(list("Ñandú, naïve café"), ["Ñandú", "naïve", "café"]);
        assert_eq!(count_words("  "), 0);
        assert_eq!(count_words("one two\nthree"), 3);
        // French and Italian words cut before a vowel are words of their
        // own; English contractions and Irish and Italian surnames are not
        // cut.
        assert_eq!(
            list("L’Ukraine et l'Europe, d’après qu’il dell’Europa un'altra"),
            [
                "L’", "Ukraine", "et", "l'", "Europe", "d’", "après", "qu’", "il", "dell’",
                "Europa", "un'", "altra"
            ]
        );
        assert_eq!(
            list("D’après Côte d'Ivoire"),
            ["D’", "après", "Côte", "d'", "Ivoire"]
        );
        // Decomposed accents are part of the word, and its key is the
        // composed word's.
        assert_eq!(
            list("Gru\u{308}nder der A\u{308}rztekammer"),
            ["Gru\u{308}nder", "der", "A\u{308}rztekammer"]
        );
        assert_eq!(fold("A\u{308}rztekammer"), fold("Ärztekammer"));
        assert_eq!(
            list("don't can't O'Brien D’Alema Dell'Utri c'mon"),
            [
                "don't",
                "can't",
                "O'Brien",
                "D’Alema",
                "Dell'Utri",
                "c'",
                "mon"
            ]
        );
    }
}
