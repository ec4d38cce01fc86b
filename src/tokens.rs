//! Words: how text is cut into the tokens that are counted and matched.
//!
//! A word is a run of letters and digits (any script). Inside a word an
//! apostrophe (straight or curly) between letters is kept (Petro's, don’t),
//! a dot or comma between digits is kept (6,000; 2.5), and single letters
//! joined by dots stay one word (U.S., a.m.). Hyphens, dashes, slashes and
//! everything else split. This module does not fold case or diacritics.

/// The words of `text` with their byte offsets, borrowed from it.
pub fn words(text: &str) -> impl Iterator<Item = (usize, &str)> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || {
        let rest = text.get(pos..)?;
        let start = pos + rest.find(char::is_alphanumeric)?;
        let end = word_end(text, start);
        pos = end;
        Some((start, &text[start..end]))
    })
}

/// Number of words in `text`.
pub fn count_words(text: &str) -> usize {
    words(text).count()
}

fn word_end(text: &str, start: usize) -> usize {
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

    fn list(t: &str) -> Vec<&str> {
        words(t).map(|(_, w)| w).collect()
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
    }
}
