//! `corpus.toml`: curated dates for articles whose text prints none.
//!
//! ```toml
//! [[article]]
//! file = "003_d266aa3ed433b410.txt"   # relative to this corpus.toml
//! title = "Trump appears to back away" # optional: title starts with this
//! ordinal = 1                          # optional: the n-th article of the file
//! date = "2026-01-08"
//! note = "Why: the evidence in the text for this day."
//! ```
//!
//! An entry with neither `title` nor `ordinal` applies to every article of
//! the file. A manifest date is the weakest source: it never overrides a
//! date printed in the article's header or given by the file name. This
//! module parses and validates; `corpus` applies the entries.

use crate::read::dates::Day;
use serde::Deserialize;

/// One curated date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Path of the source file as the corpus names it (manifest folder +
    /// `file`).
    pub source: String,
    /// Case-insensitive prefix of the article's title, if given.
    pub title: Option<String>,
    /// 1-based position of the article in its file, if given.
    pub ordinal: Option<usize>,
    /// The day.
    pub day: Day,
    /// The evidence for the day.
    pub note: String,
}

impl Entry {
    /// How the entry names its article, for messages.
    pub fn describe(&self) -> String {
        match (&self.title, self.ordinal) {
            (Some(t), _) => format!("{} (title \"{t}\")", self.source),
            (None, Some(n)) => format!("{} (article {n})", self.source),
            (None, None) => self.source.clone(),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    article: Vec<RawEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    file: String,
    title: Option<String>,
    ordinal: Option<usize>,
    date: String,
    note: String,
}

/// Parses the manifest at `path` (its folder is the base of `file`
/// entries). Returns the valid entries and one message per problem; a
/// syntax error yields no entries and a message with its line.
pub fn parse(path: &str, text: &str) -> (Vec<Entry>, Vec<String>) {
    let dir = match path.rfind('/') {
        Some(i) => &path[..=i],
        None => "",
    };
    let file: File = match toml::from_str(text) {
        Ok(f) => f,
        Err(e) => {
            let msg = e.to_string();
            let msg = msg.trim().replace('\n', " ");
            return (Vec::new(), vec![format!("not read: {msg}")]);
        }
    };
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    for (n, raw) in file.article.into_iter().enumerate() {
        let which = format!("[[article]] #{} ({})", n + 1, raw.file);
        let Some(day) = Day::parse_iso(raw.date.trim()) else {
            problems.push(format!(
                "{which}: date \"{}\" is not a calendar day written YYYY-MM-DD between 1700 and 2100",
                raw.date
            ));
            continue;
        };
        if raw.note.trim().is_empty() {
            problems.push(format!(
                "{which}: the note is empty; say what in the text supports {day}"
            ));
            continue;
        }
        if raw.ordinal == Some(0) {
            problems.push(format!("{which}: ordinal counts from 1"));
            continue;
        }
        entries.push(Entry {
            source: format!("{dir}{}", raw.file.trim_start_matches("./")),
            title: raw.title.filter(|t| !t.trim().is_empty()),
            ordinal: raw.ordinal,
            day,
            note: raw.note.trim().to_string(),
        });
    }
    (entries, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_resolve_against_the_manifest_folder() {
        let (e, p) = parse(
            "class/corpus.toml",
            "[[article]]\nfile = \"a.txt\"\ntitle = \"Rally\"\ndate = \"2026-01-07\"\nnote = \"says Wednesday\"\n\
             [[article]]\nfile = \"./sub/b.txt\"\nordinal = 2\ndate = \"2025-07-10\"\nnote = \"n\"\n",
        );
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].source, "class/a.txt");
        assert_eq!(e[0].title.as_deref(), Some("Rally"));
        assert_eq!(e[1].source, "class/sub/b.txt");
        assert_eq!(e[1].ordinal, Some(2));
        assert_eq!(e[1].day.to_string(), "2025-07-10");
    }

    #[test]
    fn bad_entries_are_reported_and_good_ones_kept() {
        let (e, p) = parse(
            "corpus.toml",
            "[[article]]\nfile = \"a.txt\"\ndate = \"2026-02-31\"\nnote = \"x\"\n\
             [[article]]\nfile = \"b.txt\"\ndate = \"2026-02-03\"\nnote = \" \"\n\
             [[article]]\nfile = \"c.txt\"\ndate = \"2026-02-03\"\nnote = \"ok\"\n",
        );
        assert_eq!(e.len(), 1);
        assert_eq!(p.len(), 2);
        assert!(
            p[0].contains("#1 (a.txt)") && p[0].contains("2026-02-31"),
            "{p:?}"
        );
        assert!(p[1].contains("note is empty"), "{p:?}");
    }

    #[test]
    fn syntax_errors_and_unknown_fields_name_the_problem() {
        let (e, p) = parse("corpus.toml", "[[article]\nfile = 1");
        assert!(e.is_empty());
        assert!(
            p[0].starts_with("not read:") && p[0].contains("line"),
            "{p:?}"
        );
        let (_, p) = parse(
            "corpus.toml",
            "[[article]]\nfile = \"a\"\ndat = \"2026-01-01\"\ndate = \"2026-01-01\"\nnote = \"n\"\n",
        );
        assert!(p[0].contains("dat"), "{p:?}");
    }
}
