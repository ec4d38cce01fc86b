//! One pass over the bytes of a line for what the reader asks of every
//! line: its words as [`crate::read::tokens::words`] finds them (without building
//! them), its spaces, whether it has a digit, and whether it is already
//! collapsed (single spaces between words, no other white space).
//!
//! Counting through the `tokens::words` iterator was a fifth of the read
//! time. [`scan`] reads eight bytes at a time (a `u64`, so it is the same
//! on every target): the words of plain ASCII text are its runs of letters
//! and digits. Only where a word may be joined — an apostrophe, dot or
//! comma before a letter, digit or non-ASCII byte (`U.S.`, `6,000`,
//! `Petro's`) or a non-ASCII character other than general punctuation
//! (dashes, quotes), such as `’` or `é` — is the space-delimited piece
//! around it counted with the full rules, the same as `tokens` uses (words
//! never cross a space, so the pieces add up). The tests compare both on
//! text of every kind.

use crate::read::tokens::{HI, LO, at_least, in_range, is_word_char, word_end, word_end_full};

/// What one pass over a line found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct LineScan {
    /// Words, equal to `crate::read::tokens::count_words` of the line.
    pub words: usize,
    /// Space bytes (`' '`).
    pub spaces: usize,
    /// Whether the line has an ASCII digit.
    pub digit: bool,
    /// Whether the line is not empty and has no white space (nor zero-width
    /// space or byte-order mark) but single spaces between words.
    pub collapsed: bool,
}

/// Per byte of `x`, the high bit set when it equals `c`.
pub(crate) fn equal(x: u64, c: u8) -> u64 {
    let t = x ^ (LO * u64::from(c));
    !(((t & !HI) + !HI) | t | !HI)
}

/// How many bytes of a mask of high bits are set.
fn count(mask: u64) -> usize {
    ((mask >> 7).wrapping_mul(LO) >> 56) as usize
}

/// The eight bytes of `b` from `at`, and past its end `!`: a byte that is
/// no letter, digit, space, control, joiner or non-ASCII byte, so that it
/// changes none of the masks of [`scan`].
fn load(b: &[u8], at: usize) -> u64 {
    if let Some(&eight) = b.get(at..).and_then(|rest| rest.first_chunk::<8>()) {
        return u64::from_le_bytes(eight);
    }
    let mut buf = [b'!'; 8];
    let part = &b[at..];
    buf[..part.len()].copy_from_slice(part);
    u64::from_le_bytes(buf)
}

/// White space between words, as the reader collapses it.
pub(crate) fn is_separator(c: char) -> bool {
    c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}'
}

/// Scans `text` (a line: `\n` is white space like any other).
pub(crate) fn scan(text: &str) -> LineScan {
    let b = text.as_bytes();
    let mut runs = 0;
    let mut spaces = 0;
    let mut digit = 0;
    // Control white space (tab to CR) and a space after a space.
    let mut odd = 0;
    let (mut alnum_before, mut space_before) = (0, 0);
    // Words of the pieces counted with the full rules, less their runs.
    let mut fixed: isize = 0;
    let mut collapsed = b.first().is_some_and(|&c| c != b' ') && b.last() != Some(&b' ');
    let mut done_to = 0;
    for at in (0..b.len()).step_by(8) {
        let x = load(b, at);
        let digits = in_range(x, b'0', b'9');
        let alnum = digits | in_range(x | (LO * 0x20), b'a', b'z');
        runs += count(alnum & !((alnum << 8) | alnum_before));
        alnum_before = alnum >> 56;
        let space = equal(x, b' ');
        spaces += count(space);
        // Below 0x20: control white space, or a control to check below.
        let controls = !at_least(x, 0x20) & !x & HI;
        odd |= space & ((space << 8) | space_before) | controls;
        space_before = space >> 56;
        digit |= digits;
        // Bytes followed by one with which a word may go on (a letter,
        // digit or non-ASCII byte); the last byte's follower is checked
        // below.
        let continues = ((alnum | (x & HI)) >> 8) | (1 << 63);
        // '\'' to '.' (0x27–0x2E) holds the three joiners: the others
        // ('(' ')' '*' '+' '-') are let go below.
        let joiners = in_range(x, b'\'', b'.') & continues;
        let non_ascii_starts = x & (x << 1) & HI;
        let mut special = joiners | non_ascii_starts;
        while special != 0 {
            let p = at + special.trailing_zeros() as usize / 8;
            special &= special - 1;
            if b[p] < 0x80 {
                let next = b.get(p + 1).copied().unwrap_or(b' ');
                if !matches!(b[p], b'\'' | b'.' | b',')
                    || (next < 0x80 && !next.is_ascii_alphanumeric())
                {
                    continue;
                }
            }
            // Every character is checked for white space, also in a piece
            // already counted.
            let c = if b[p] >= 0x80 {
                let c = text[p..].chars().next().unwrap_or(' ');
                // The lead bytes of the separators outside ASCII.
                if matches!(b[p], 0xc2 | 0xe1 | 0xe2 | 0xe3 | 0xef) && is_separator(c) {
                    collapsed = false;
                }
                Some(c)
            } else {
                None
            };
            if p < done_to {
                continue;
            }
            if let Some(c) = c {
                // General punctuation (dashes, quotes, bullets) holds no
                // letter or digit and only '’' joins words: the others
                // separate like a space.
                if ('\u{2000}'..='\u{206f}').contains(&c) && c != '’' {
                    done_to = p + c.len_utf8();
                    continue;
                }
            }
            let start = b[..p].iter().rposition(|&c| c == b' ').map_or(0, |s| s + 1);
            let end = b[p..]
                .iter()
                .position(|&c| c == b' ')
                .map_or(b.len(), |e| p + e);
            let piece = &text[start..end];
            fixed += full_count(piece) as isize - scan_runs(piece.as_bytes()) as isize;
            done_to = end;
        }
    }
    // A control byte is white space only from tab to carriage return.
    let odd = odd != 0 && (text.contains("  ") || b.iter().any(|c| (b'\t'..=b'\r').contains(c)));
    LineScan {
        words: (runs as isize + fixed) as usize,
        spaces,
        digit: digit != 0,
        collapsed: collapsed && !odd,
    }
}

/// Runs of ASCII letters and digits in `b`.
fn scan_runs(b: &[u8]) -> usize {
    let mut runs = 0;
    let mut before = 0;
    for at in (0..b.len()).step_by(8) {
        let x = load(b, at);
        let alnum = in_range(x, b'0', b'9') | in_range(x | (LO * 0x20), b'a', b'z');
        runs += count(alnum & !((alnum << 8) | before));
        before = alnum >> 56;
    }
    runs
}

/// Number of words in `text` by the rules of `tokens::words`, word by word.
fn full_count(text: &str) -> usize {
    let b = text.as_bytes();
    let mut count = 0;
    let mut pos = 0;
    while pos < b.len() {
        let c = b[pos];
        if c.is_ascii_alphanumeric() {
            let end = word_end(text, pos);
            count += 1;
            pos = end;
        } else if c < 0x80 {
            pos += 1;
        } else {
            // A character outside ASCII: a word starts here if it is a
            // letter or digit (its end then takes the full rules).
            let ch = text[pos..].chars().next().unwrap_or(' ');
            if is_word_char(ch) {
                let end = word_end_full(text, pos);
                count += 1;
                pos = end;
            } else {
                pos += ch.len_utf8();
            }
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::tokens;

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
            assert_eq!(scan(t).words, tokens::count_words(t), "{t:?}");
        }
    }

    #[test]
    fn counts_every_seed_line_as_tokens_does() {
        for f in crate::seeds::files() {
            let text = String::from_utf8_lossy(&f.bytes);
            for line in text.lines() {
                assert_eq!(scan(line).words, tokens::count_words(line), "{line:?}");
            }
        }
    }

    #[test]
    fn general_punctuation_holds_no_letter_or_digit() {
        // scan relies on it.
        for c in '\u{2000}'..='\u{206f}' {
            assert!(!c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn spaces_digits_and_collapsed_lines() {
        let s = scan("Port strike ends 12 March – “talks” go on");
        assert_eq!((s.spaces, s.digit, s.collapsed), (8, true, true));
        assert_eq!(s.words, 8);
        for t in [
            "",
            " a",
            "a ",
            "a  b",
            "a\tb",
            "a\u{a0}b",
            "a\u{2028}b",
            "a\u{200b}",
            "\u{feff}a",
            "long line of text\r",
        ] {
            assert!(!scan(t).collapsed, "{t:?}");
        }
        assert!(!scan("no digits here, only words").digit);
        // Other control characters are not white space.
        assert!(scan("a\u{1}b").collapsed && scan("bell\u{7}").collapsed);
        assert!(!scan("eight by\t").collapsed && !scan("sixteen bytes \u{b}").collapsed);
        assert_eq!(scan_runs(b"U.S. 6,000 l'ete x"), 7);
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn counts_any_text_as_tokens_does(
            s in "[\\PC]{0,40}",
            t in "[a-zA-Z0-9 .,'’é\u{301}-]{0,40}",
            w in "[ \t\r\n\u{a0}\u{2028}\u{200b}\u{feff}a-z0-9.,'’“—]{0,40}",
        ) {
            for x in [&s, &t, &w] {
                proptest::prop_assert_eq!(scan(x).words, tokens::count_words(x));
                proptest::prop_assert_eq!(full_count(x), tokens::count_words(x));
                let collapsed = x.split(is_separator).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
                proptest::prop_assert_eq!(scan(x).collapsed, !x.is_empty() && collapsed == **x);
            }
        }
    }
}
