//! Hard-wrapped text back to paragraphs.
//!
//! Wire copy, e-mail and old archives break every paragraph into lines of
//! about 65–80 characters. Read a line at a time, such a text gives
//! half-sentences as paragraphs, and a wrapped line that happens to hold a
//! date ("1630 EST/2130 gmt, March 30, 1987.") looks like a header.
//! [`join_wrapped`] first decides whether a text is hard-wrapped: most of
//! its lines end near one width, and some end in the middle of a sentence
//! with the next one going on in lower case. If so, a line is joined to
//! the next when it was cut there — it ends within a word's length of the
//! width, so the next line's first word did not fit — unless the next line
//! starts a paragraph (indented, after a blank line) or one of them is a
//! header (a short line, one in capitals). A word hyphenated at the end of a
//! line keeps its hyphen. Text that is not hard-wrapped is returned as it
//! is, borrowed.

use std::borrow::Cow;

/// Lines of at least this many characters count when the width is measured.
const LONG: usize = 30;

/// The width a text is wrapped at, if it is hard-wrapped.
fn wrap_width(lines: &[&str]) -> Option<usize> {
    let mut lengths: Vec<usize> = lines
        .iter()
        .map(|l| l.trim_end().chars().count())
        .filter(|&n| n > 0)
        .collect();
    if lengths.len() < 6 {
        return None;
    }
    lengths.sort_unstable();
    // The width: what the longest lines reach, a few outliers aside.
    let width = lengths[(lengths.len() * 95 / 100).min(lengths.len() - 1)];
    if !(40..=110).contains(&width) {
        return None;
    }
    let near = lengths
        .iter()
        .filter(|&&n| n >= LONG && n <= width && n + 20 >= width)
        .count();
    let longer = lengths.iter().filter(|&&n| n > width + 10).count();
    // Most lines end near the width, and hardly any go far past it.
    (near * 2 >= lengths.len() && longer * 20 <= lengths.len()).then_some(width)
}

fn first_word(line: &str) -> &str {
    line.split_whitespace().next().unwrap_or("")
}

/// A line that is a header of its own: short, or written in capitals
/// ("NEW YORK -- FEBRUARY 26, 1987", "BAHIA COCOA REVIEW").
fn is_header(line: &str) -> bool {
    let t = line.trim();
    let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty() && letters.iter().all(|c| !c.is_lowercase()) && letters.len() >= 3
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// Whether line `a` was cut before line `b` (see the module notes).
fn ends_sentence(t: &str) -> bool {
    t.ends_with(['.', '!', '?', '"', '”', '»'])
}

fn continues(
    a: &str,
    b: &str,
    last_of_paragraph: bool,
    width: usize,
    paragraph_indent: bool,
) -> bool {
    let (ta, tb) = (a.trim_end(), b.trim());
    if ta.trim().is_empty() || tb.is_empty() || is_header(ta) || is_header(tb) {
        return false;
    }
    if paragraph_indent && indent(b) > indent(a) {
        return false;
    }
    // A sentence ended, and the paragraph's last line does not end one: a
    // sign-off ("Reuter", "-- AP"), not the rest of a sentence.
    if ends_sentence(ta) && last_of_paragraph && !ends_sentence(tb) {
        return false;
    }
    let len = ta.chars().count();
    let next = first_word(tb).chars().count();
    // The next word would not have fitted on this line.
    len + 1 + next > width || len + 10 >= width && len >= LONG
}

/// The text with its hard-wrapped lines joined into paragraphs, one per
/// line (see the module notes); the text itself when it is not
/// hard-wrapped.
pub fn join_wrapped(text: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = text.lines().collect();
    let Some(width) = wrap_width(&lines) else {
        return Cow::Borrowed(text);
    };
    // Paragraphs start indented when more lines start so after a line
    // that ends a sentence than after one that does not.
    let paragraph_indent = lines
        .windows(2)
        .filter(|w| indent(w[1]) > indent(w[0]))
        .count()
        >= 2;
    // Wrapped mid-sentence: a line goes on in lower case on the next.
    let mid_sentence = lines
        .windows(2)
        .filter(|w| {
            let end = w[0].trim_end();
            end.chars().count() + 20 >= width
                && !end.ends_with(['.', '!', '?', ':', '"', '”'])
                && w[1]
                    .trim_start()
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
        })
        .count();
    if mid_sentence < 2 {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut open = false;
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim();
        if open {
            if out.ends_with('-') && !out.ends_with(" -") && !out.ends_with("--") {
                // A hyphenated word goes on without a space.
            } else {
                out.push(' ');
            }
            out.push_str(trimmed);
        } else {
            if i > 0 {
                out.push('\n');
            }
            // Keep the indent of a paragraph's first line (it may mark a
            // header or a dateline for the next stage).
            out.push_str(line.trim_end());
        }
        let last_of_paragraph = lines.get(i + 2).is_none_or(|l| l.trim().is_empty());
        open = lines
            .get(i + 1)
            .is_some_and(|next| continues(line, next, last_of_paragraph, width, paragraph_indent));
    }
    if text.ends_with('\n') {
        out.push('\n');
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// AP wire copy of 1987 as archives keep it: a headline, a dateline, and
    /// paragraphs wrapped at 65 characters, each indented.
    const WIRE: &str = "Lawmakers Approve Budget After Long Night
NEW YORK -- FEBRUARY 26, 1987

   The House of Representatives on Thursday approved a budget that
would cut spending by $10 billion over the next three years, after
a debate that ran past midnight and split both parties.
   The White House welcomed the vote in a statement issued late at
1630 EST/2130 gmt, March 30, 1987.
   Budget officials called the decision a first step toward a
balanced budget and said more cuts would follow in the spring.
   Republican leaders said they would offer amendments next week to
restore money for defense programs that the plan cuts.
";

    #[test]
    fn wire_copy_is_joined_into_its_paragraphs() {
        let joined = join_wrapped(WIRE);
        let lines: Vec<&str> = joined.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(lines.len(), 6, "{lines:#?}");
        assert_eq!(lines[0], "Lawmakers Approve Budget After Long Night");
        assert_eq!(lines[1], "NEW YORK -- FEBRUARY 26, 1987");
        assert!(
            lines[2].trim_start().starts_with("The House")
                && lines[2].ends_with("split both parties.")
        );
        assert!(
            lines[3].ends_with("issued late at 1630 EST/2130 gmt, March 30, 1987."),
            "{}",
            lines[3]
        );
        assert!(lines[5].ends_with("that the plan cuts."));
    }

    #[test]
    fn paragraphs_separated_by_blank_lines_and_hyphens_are_kept() {
        let text = "Port strike ends after three weeks of talks\n\n\
                    The dockers' union and the port authority signed a deal on\n\
                    Tuesday that raises wages by five percent and ends a three-\n\
                    week strike that had stranded dozens of ships in the bay.\n\n\
                    Shipping companies said it would take at least ten days to\n\
                    clear the backlog of containers waiting on the quays and in\n\
                    the yards around the port, and some customers would wait.\n";
        let joined = join_wrapped(text);
        let paras: Vec<&str> = joined.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(paras.len(), 3, "{paras:#?}");
        assert!(
            paras[1].contains("ends a three-week strike"),
            "{}",
            paras[1]
        );
        assert!(paras[2].ends_with("some customers would wait."));
    }

    #[test]
    fn a_sign_off_under_a_paragraph_stays_a_line_of_its_own() {
        // Two stories of a wire digest, each under a date line and a
        // headline, each ending in the agency's sign-off.
        let page = "26-FEB-1987 15:01:01.79\n\nBAHIA COCOA REVIEW\n\n    \
                    SALVADOR, Feb 26 - Showers continued throughout the week in\n\
                    the Bahia cocoa zone, alleviating the drought since early\n\
                    January and improving prospects for the coming harvest,\n\
                    although normal humidity levels have not been restored,\n\
                    the weekly review said.\n    \
                    The dry period means the harvest will be late this year.\n Reuter\n\n\
                    26-FEB-1987 15:02:20.00\n\nSTEEL MAKERS TO FORM FINANCIAL UNIT\n\n    \
                    CLEVELAND, Feb 26 - Two steel makers said they plan to form\n\
                    a venture to manage the money market borrowing and the\n\
                    investments of both companies.\n Reuter\n";
        let joined = join_wrapped(page);
        let lines: Vec<&str> = joined.lines().map(str::trim).collect();
        assert!(
            lines.contains(&"The dry period means the harvest will be late this year."),
            "{joined}"
        );
        assert_eq!(
            lines.iter().filter(|l| **l == "Reuter").count(),
            2,
            "{joined}"
        );
        // A paragraph whose last line ends a sentence is still joined.
        assert!(
            lines
                .iter()
                .any(|l| l.ends_with("investments of both companies.")),
            "{joined}"
        );
        let found = crate::read::segment::segment(&joined);
        let heads: Vec<(String, Option<String>)> = found
            .iter()
            .map(|s| {
                (
                    s.title.clone(),
                    s.header_date.as_ref().map(|d| d.printed.clone()),
                )
            })
            .collect();
        assert_eq!(heads.len(), 2, "{heads:?}");
        assert_eq!(heads[0].0, "BAHIA COCOA REVIEW");
        assert_eq!(heads[1].0, "STEEL MAKERS TO FORM FINANCIAL UNIT");
        assert!(
            found[0]
                .paragraphs
                .iter()
                .any(|p| p.starts_with("The dry period")),
            "{found:#?}"
        );
    }

    #[test]
    fn text_that_is_not_hard_wrapped_is_left_alone() {
        // One paragraph a line (a scraped page, the seeds).
        let page = "Rally in the square\nJanuary 5, 2026\n\
                    The council voted on the new budget after a long debate that lasted all night and ended with a narrow majority for the mayor's plan.\n\
                    Opposition members said they would appeal the decision in court, arguing that the session had not been called properly.\n\
                    Share\nMore stories\n";
        assert!(matches!(join_wrapped(page), Cow::Borrowed(_)));
        // A list of short lines (a poem, an address) is not wrapped prose.
        let poem = "Roses are red\nviolets are blue\nsugar is sweet\nand so are you\nthe end\nof the poem\n";
        assert!(matches!(join_wrapped(poem), Cow::Borrowed(_)));
        for s in ["", "\n\n", "one line"] {
            assert_eq!(join_wrapped(s), s);
        }
    }
}
