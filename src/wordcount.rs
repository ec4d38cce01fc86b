//! Counting words fast: the number of words [`crate::tokens::words`] finds
//! in a text, without building them.
//!
//! The reader counts every line of every page once; `tokens::words` is an
//! iterator built for matching, and counting through it was a fifth of the
//! read time. [`count_words`] runs the same rules over plain bytes: a word
//! starts at the first letter or digit after a separator, and a run of
//! ASCII letters and digits ends it unless an apostrophe, dot, comma or a
//! non-ASCII character follows, when the word's end is found with the full
//! rules, the same as `tokens` uses. The tests compare both on text of
//! every kind.

/// Number of words in `text`, equal to `crate::tokens::count_words(text)`.
pub(crate) fn count_words(text: &str) -> usize {
    let b = text.as_bytes();
    let mut count = 0;
    let mut pos = 0;
    while pos < b.len() {
        let c = b[pos];
        if c.is_ascii_alphanumeric() {
            count += 1;
            pos = word_end(text, pos);
        } else if c < 0x80 {
            pos += 1;
        } else {
            // A character outside ASCII: a word starts here if it is a
            // letter or digit (its end then takes the full rules).
            let ch = text[pos..].chars().next().unwrap_or(' ');
            if ch.is_alphanumeric() {
                count += 1;
                pos = word_end_full(text, pos);
            } else {
                pos += ch.len_utf8();
            }
        }
    }
    count
}

/// The end of the word starting at `start`, as in `tokens`: a plain ASCII
/// run ends at the first byte that cannot continue a word; anything else
/// takes the full rules.
fn word_end(text: &str, start: usize) -> usize {
    let b = text.as_bytes();
    let mut i = start;
    while i < b.len() && b[i].is_ascii_alphanumeric() {
        i += 1;
    }
    let next = b.get(i + 1).copied().unwrap_or(b' ');
    let joiner = match b.get(i) {
        None => false,
        Some(&c) if c >= 0x80 => true,
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

/// The full rules for the end of a word, as in `tokens`: apostrophes
/// between letters, dots and commas between digits, and single letters
/// joined by dots (U.S.) continue it.
fn word_end_full(text: &str, start: usize) -> usize {
    let mut chars = text[start..].char_indices().peekable();
    let mut end = start;
    let mut prev: Option<char> = None;
    // Single letters joined by dots: U.S., a.m., U.S.A.
    let abbreviation = {
        let mut it = text[start..].chars();
        matches!(
            (it.next(), it.next(), it.next(), it.next()),
            (Some(a), Some('.'), Some(c), Some('.')) if a.is_alphabetic() && c.is_alphabetic()
        )
    };
    if abbreviation {
        let mut it = text[start..].char_indices();
        let mut last = start;
        loop {
            match (it.next(), it.next()) {
                (Some((_, l)), Some((j, '.'))) if l.is_alphabetic() => last = start + j + 1,
                _ => break,
            }
            // Stop when the next letter is not followed by a dot.
            let mut peek = text[last..].chars();
            if !matches!((peek.next(), peek.next()), (Some(l), Some('.')) if l.is_alphabetic()) {
                break;
            }
        }
        if last > start && !text[last..].starts_with(char::is_alphanumeric) {
            return last;
        }
    }
    while let Some((i, c)) = chars.next() {
        let at = start + i;
        if c.is_alphanumeric() {
            end = at + c.len_utf8();
            prev = Some(c);
            continue;
        }
        let next = chars.peek().map(|&(_, n)| n);
        let joins = match c {
            '\'' | '’' => {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens;

    #[test]
    fn counts_as_tokens_does_on_text_of_every_kind() {
        for t in [
            "",
            "   ",
            "one two\nthree",
            "Petro's and Petro’s don’t l'été é'été",
            "Petro–Trump U.S.-Colombia U.S.A U.S.A. a.b.c a.b.c. a.b.1,2",
            "6,000 people, 2.5% and 55 minutes. x,1 ab.cd 1.2.3 ,5 .5",
            "at 3 a.m. today; EE. UU. y Bogotá; Ñandú, naïve café",
            "‘quoted’ 'words' “more” «más» ¿qué? ¡sí!",
            "٣٤ ² Ⅻ ① x\u{301}y 🙂 İstanbul straße ǅemal",
            "trailing apostrophe' and dot. and comma, end'",
            "a'b'c a''b a.'b 1.,2 1,.2 U.S.'s A.B.C.d",
        ] {
            assert_eq!(count_words(t), tokens::count_words(t), "{t:?}");
        }
    }

    #[test]
    fn counts_every_seed_line_as_tokens_does() {
        for f in crate::seeds::files() {
            let text = String::from_utf8_lossy(&f.bytes);
            for line in text.lines() {
                assert_eq!(count_words(line), tokens::count_words(line), "{line:?}");
            }
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn counts_any_text_as_tokens_does(s in "[\\PC]{0,40}", t in "[a-zA-Z0-9 .,'’é\u{301}-]{0,40}") {
            proptest::prop_assert_eq!(count_words(&s), tokens::count_words(&s));
            proptest::prop_assert_eq!(count_words(&t), tokens::count_words(&t));
        }
    }
}
