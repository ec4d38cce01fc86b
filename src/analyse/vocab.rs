//! The distinct words of a text collection, each examined once.
//!
//! Running text repeats a few thousand words millions of times. A
//! [`Vocab`] gives each distinct word (as written) an id the first time it
//! is seen and keeps what every analysis asks of it: its matching key, its
//! capitals flag, what the sentiment lexicons say of it, what the date
//! finder asks of it, its stem for comparing wording, and which patterns of
//! a [`Matcher`] have it as their first word. Every later occurrence costs
//! one hash look-up of the word.
//!
//! It holds no rules of its own: each answer comes from the function that
//! defines it ([`tokens::fold`], [`tokens::is_caps`],
//! [`sentiment::word_info`], [`events::word_class`],
//! [`events::content_stem`], [`Matcher::candidates_into`] and
//! [`Matcher::first_word_matches`]), so the answers equal those functions'.

use crate::analyse::events::{self, WordClass};
use crate::analyse::names::Names;
use crate::analyse::query::Matcher;
use crate::analyse::sentiment::{self, WordInfo};
use crate::read::tokens::{self, Token};
use rustc_hash::FxHashMap;
use std::borrow::Cow;

/// What the analyses need to know of one distinct word.
#[derive(Clone, Debug)]
pub(crate) struct Entry {
    /// Matching key ([`tokens::fold`]).
    pub key: Box<str>,
    /// The key's id in the vocabulary's names (words with the same key
    /// share it).
    pub key_id: u32,
    /// Written in capitals ([`tokens::is_caps`]).
    pub caps: bool,
    /// What the sentiment lexicons say of the key.
    pub info: WordInfo,
    /// What the date finder asks of it ([`events::word_class`]).
    pub class: WordClass,
    /// Its stem for comparing the wording of reports
    /// ([`events::content_stem`], interned), or [`events::NO_STEM`].
    pub stem: u32,
    /// Patterns of the matcher whose first word is this word.
    pub candidates: Box<[u32]>,
}

/// `b` (at most `N` bytes) zero-padded to `N` bytes.
fn padded<const N: usize>(b: &[u8]) -> [u8; N] {
    let mut out = [0u8; N];
    out[..b.len()].copy_from_slice(b);
    out
}

/// A word of eight bytes or fewer as one number: its bytes, zero-padded
/// (words hold no zero byte, so the padding is unambiguous). Most words are
/// that short, and a number hashes and compares in one step.
fn short_key(word: &str) -> Option<u64> {
    (word.len() <= 8).then(|| u64::from_le_bytes(padded(word.as_bytes())))
}

/// A word of nine to sixteen bytes as one number, as [`short_key`] makes
/// one of a shorter word: most of the longer words of prose
/// (`government`, `administration`) are that long, and a number compares
/// without a call to compare bytes.
fn middle_key(word: &str) -> Option<u128> {
    (word.len() > 8 && word.len() <= 16).then(|| u128::from_le_bytes(padded(word.as_bytes())))
}

/// The low `len` bytes (1 to 8) of a little-endian number: what
/// [`short_key`] keeps of eight bytes read from a longer text.
#[inline]
fn short_mask(len: usize) -> u64 {
    u64::MAX >> (8 * (8 - len))
}

/// [`short_mask`] for [`middle_key`] (`len` 9 to 16).
#[inline]
fn middle_mask(len: usize) -> u128 {
    u128::MAX >> (8 * (16 - len))
}

/// Distinct words (borrowed from the texts, which outlive it) and their
/// entries.
pub(crate) struct Vocab<'t, 'm> {
    /// Words of up to eight bytes, by their bytes as a number.
    short_ids: FxHashMap<u64, u32>,
    /// Words of nine to sixteen bytes, likewise.
    middle_ids: FxHashMap<u128, u32>,
    /// Longer words.
    ids: FxHashMap<&'t str, u32>,
    entries: Vec<Entry>,
    stems: Names,
    /// Keys (and whatever else the run names by id).
    pub names: Names,
    matcher: &'m Matcher,
    buffer: Vec<u32>,
    lexicons: bool,
}

impl<'t, 'm> Vocab<'t, 'm> {
    /// An empty vocabulary whose entries list the candidates of `matcher`;
    /// without `lexicons`, entries hold only the key and the candidates:
    /// what the sentiment lexicons say, the date finder's class, the
    /// wording stem and the key's id serve sentiment and events, which
    /// mention counts alone do not run.
    pub(crate) fn new(matcher: &'m Matcher, lexicons: bool) -> Self {
        Vocab {
            lexicons,
            short_ids: FxHashMap::default(),
            middle_ids: FxHashMap::default(),
            ids: FxHashMap::default(),
            entries: Vec::new(),
            stems: Names::default(),
            names: Names::default(),
            matcher,
            buffer: Vec::new(),
        }
    }

    /// The id of `word` (as written), adding it on first sight.
    pub(crate) fn id(&mut self, word: &'t str) -> u32 {
        if let Some(id) = self.find(word) {
            return id;
        }
        self.add(word)
    }

    /// The id of the word `text[start..end]`: [`Vocab::id`], with the
    /// short or middle key read straight from the text when eight or
    /// sixteen bytes follow `start`.
    #[inline]
    pub(crate) fn id_in(&mut self, text: &'t str, start: usize, end: usize) -> u32 {
        let len = end - start;
        let from = &text.as_bytes()[start..];
        let found = if len <= 8
            && let Some(&eight) = from.first_chunk::<8>()
        {
            self.short_ids
                .get(&(u64::from_le_bytes(eight) & short_mask(len)))
        } else if len > 8
            && len <= 16
            && let Some(&sixteen) = from.first_chunk::<16>()
        {
            self.middle_ids
                .get(&(u128::from_le_bytes(sixteen) & middle_mask(len)))
        } else {
            return self.id(&text[start..end]);
        };
        match found {
            Some(&id) => id,
            None => self.add(&text[start..end]),
        }
    }

    /// Adds a word not seen before.
    #[cold]
    fn add(&mut self, word: &'t str) -> u32 {
        let id = self.entries.len() as u32;
        let entry = self.examine(word);
        self.entries.push(entry);
        if let Some(k) = short_key(word) {
            self.short_ids.insert(k, id);
        } else if let Some(k) = middle_key(word) {
            self.middle_ids.insert(k, id);
        } else {
            self.ids.insert(word, id);
        }
        id
    }

    /// The id of a word seen before.
    fn find(&self, word: &str) -> Option<u32> {
        if let Some(k) = short_key(word) {
            self.short_ids.get(&k).copied()
        } else if let Some(k) = middle_key(word) {
            self.middle_ids.get(&k).copied()
        } else {
            self.ids.get(word).copied()
        }
    }

    fn examine(&mut self, word: &str) -> Entry {
        let key = tokens::fold(word);
        let caps = !word.as_bytes()[0].is_ascii_lowercase() && tokens::is_caps(word);
        let token = Token {
            start: 0,
            text: word,
            key: Cow::Borrowed(key.as_ref()),
            caps,
        };
        self.buffer.clear();
        self.matcher.candidates_into(&key, &mut self.buffer);
        let matcher = self.matcher;
        self.buffer
            .retain(|&idx| matcher.first_word_matches(idx, &token));
        let candidates = self.buffer.as_slice().into();
        if !self.lexicons {
            // Mention counts alone (the page's first chart, a new query)
            // need the key and the candidates; the rest serves sentiment
            // and events, which do not run.
            return Entry {
                info: WordInfo::default(),
                class: events::WordClass::default(),
                stem: events::NO_STEM,
                candidates,
                key_id: u32::MAX,
                key: key.as_ref().into(),
                caps,
            };
        }
        let stem = match events::content_stem(&key) {
            Some(st) => self.stems.id(&st),
            None => events::NO_STEM,
        };
        Entry {
            info: sentiment::word_info(&key),
            class: events::word_class(&token),
            stem,
            candidates,
            key_id: self.names.id(&key),
            key: key.as_ref().into(),
            caps,
        }
    }

    /// The tables of word keys and wording stems the entries' ids refer to.
    pub(crate) fn into_names(self) -> (Names, Names) {
        (self.names, self.stems)
    }

    /// The entry of an id this vocabulary gave.
    pub(crate) fn entry(&self, id: u32) -> &Entry {
        &self.entries[id as usize]
    }

    /// Number of distinct words seen.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::query;

    #[test]
    fn entries_equal_what_the_rules_say_and_words_are_examined_once() {
        let mut m = Matcher::new();
        m.add(&query::parse("Petro").expect("ok").alternatives, 0);
        m.add(&query::parse("diplom*").expect("ok").alternatives, 1);
        let text = "Petro’s diplomats met Petro on Thursday; the US was not happy. Petro";
        let mut v = Vocab::new(&m, true);
        let ids: Vec<u32> = tokens::words(text).map(|(_, w)| v.id(w)).collect();
        assert_eq!(ids.len(), 12);
        assert_eq!(v.len(), 11, "the second and third Petro are one entry");
        assert_eq!(ids[3..5], [v.id("Petro"), v.id("on")]);
        assert_eq!(ids[3], ids[11]);
        // Long words (over eight bytes) and short ones never share an id.
        let long = v.id("diplomatically");
        assert_ne!(long, v.id("diplomat"));
        assert_eq!(v.id("diplomatically"), long);
        for (w, id) in tokens::words(text).map(|(_, w)| w).zip(&ids) {
            let e = v.entry(*id);
            assert_eq!(&*e.key, tokens::fold(w));
            assert_eq!(&*v.names.get(e.key_id), &*e.key);
            assert_eq!(e.caps, tokens::is_caps(w), "{w}");
            assert_eq!(e.info, sentiment::word_info(&tokens::fold(w)), "{w}");
            let t = tokens::tokens(w).next().expect("a word");
            assert_eq!(e.class, events::word_class(&t), "{w}");
            let mut want = Vec::new();
            m.candidates_into(&tokens::fold(w), &mut want);
            let t = tokens::tokens(w).next().expect("a word");
            want.retain(|&i| m.first_word_matches(i, &t));
            assert_eq!(&*e.candidates, want.as_slice(), "{w}");
        }
        // Read from the text (eight bytes at a time where they follow the
        // word, or at its end), a word gets the same id.
        let mut w = Vocab::new(&m, true);
        let from_text: Vec<u32> = tokens::words(text)
            .map(|(s, word)| w.id_in(text, s, s + word.len()))
            .collect();
        let by_word: Vec<u32> = tokens::words(text).map(|(_, word)| w.id(word)).collect();
        assert_eq!(from_text, by_word);
        assert_eq!(w.len(), v.len() - 2, "all but the two long words above");
        assert_eq!(w.id_in("at Petro", 3, 8), w.id("Petro"));
        assert_eq!(w.id_in("Petro went", 0, 5), w.id("Petro"));
        assert_ne!(w.id_in("Petrol went", 0, 5), w.id("Petrol"));
        assert_eq!(w.id_in("diplomatically so", 0, 14), w.id("diplomatically"));
        // Words of nine to sixteen bytes, read sixteen bytes at a time where
        // they follow, or at the end, and longer words: one id each.
        let line = "the administrations of administration and internationalisation";
        let mut by_text = Vec::new();
        for (s, word) in tokens::words(line) {
            by_text.push(w.id_in(line, s, s + word.len()));
        }
        assert_eq!(by_text[1], w.id("administrations"));
        assert_eq!(by_text[3], w.id("administration"));
        assert_ne!(by_text[1], by_text[3], "a prefix is another word");
        assert_eq!(by_text[5], w.id("internationalisation"));
        assert_eq!(
            w.id_in("administrationsX", 0, 15),
            by_text[1],
            "sixteen bytes follow: the one past the word is masked off"
        );
        assert_eq!(
            w.id_in("x administrations", 2, 17),
            by_text[1],
            "at the end"
        );
        assert_ne!(w.id("abcdefghijklmnop"), w.id("abcdefghijklmnopq"));
        assert_ne!(w.id("abcdefghi"), w.id("abcdefgh"));
        let diplomacy = v.id("diplomacy");
        let e = |w: &str| v.entry(v.find(w).expect("seen")).clone();
        assert!(e("Thursday").class.date_start && !e("met").class.date_start);
        assert_eq!(e("diplomats").stem, v.entry(diplomacy).stem, "diplom");
        assert_eq!(e("the").stem, events::NO_STEM);
        assert_eq!(e("Thursday").stem, events::NO_STEM);
        assert!(e("US").caps && !e("the").caps);
        assert!(e("happy").info.valence().is_some() && e("not").info.negator());
        assert_eq!(e("Petro’s").candidates.len(), 1);
        assert_eq!(e("diplomats").candidates.len(), 1);
    }
}
