//! The corpus: every article of every input file, with its day.
//!
//! [`Corpus::from_files`] runs decode → segment → date for each file and
//! gives each article a publication day from the strongest source that has
//! one: its header date line (`text`), an ISO date in the file name
//! (`file_name`), a `corpus.toml` entry (`manifest`), or none (`none`: the
//! article is kept and reported as undated, never put on a guessed day).
//! A file that cannot be read yields a warning naming it; the others load.
//! Nothing here reads the file system: callers pass bytes.

pub use crate::read::dates::DateSource;
use crate::read::dates::{self, Day, Published};
use crate::read::manifest::{self, Entry};
use crate::read::{self as read, Buffers};
use serde::Serialize;

/// An input file: a display name (a path with `/` separators) and its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceFile {
    /// Path as shown to the user, e.g. `seeds/001.txt` or `class/a.html`.
    pub name: String,
    /// Raw content.
    pub bytes: Vec<u8>,
}

/// One article with its day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    /// `source#ordinal`, stable for the same input.
    pub id: String,
    /// The file it came from.
    pub source: String,
    /// 1-based position in that file.
    pub ordinal: usize,
    /// Headline.
    pub title: String,
    /// True when the title is the shortened first sentence of the text
    /// (then it is not counted as extra text).
    pub title_derived: bool,
    /// Article text, clutter removed.
    pub paragraphs: Vec<String>,
    /// Publication day, if any source gives one.
    pub date: Option<Day>,
    /// Where `date` came from.
    pub date_source: DateSource,
    /// The evidence for the date as the source gives it: the header line,
    /// the meta tag or JSON-LD field with its value, the URL's date, the
    /// part of the file name.
    pub printed_date: Option<String>,
    /// For manifest dates, the evidence noted in corpus.toml.
    pub date_note: Option<String>,
    /// Words in title and text (see [`crate::read::tokens`]); a title made from
    /// the first sentence is not counted twice.
    pub words: usize,
    /// Who wrote it, as a web page names its author.
    pub byline: Option<String>,
    /// The language a web page declares (`en-GB`, `de`).
    pub language: Option<String>,
}

/// A problem that did not stop the corpus from loading.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// The file concerned.
    pub source: String,
    /// What is wrong and, where possible, what to do.
    pub message: String,
}

/// Every article of the input, in input order, and the warnings.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Corpus {
    /// Articles in file order, then position.
    pub articles: Vec<Article>,
    /// Problems, in the order met.
    pub warnings: Vec<Warning>,
    /// The entities.toml files among the inputs (see [`crate::analyse::entities`]).
    pub entity_files: Vec<SourceFile>,
    /// Per source file, the words of the page that are in none of its
    /// articles: navigation, captions, title copies, header dates and
    /// bylines, lists of other stories — what was removed and never counted.
    pub removed_words: std::collections::BTreeMap<String, usize>,
}

fn base_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// The extensions of the files a folder's texts are read from: plain
/// text, Markdown and web pages. The one list: the CLI's folder walk, the
/// page's folder drop (through the engine's `isTextFile`) and, checked by
/// a test, the page's file picker and the build's baked corpus follow it.
pub const TEXT_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm", "xhtml"];

/// Whether a file in a folder is one of its texts, by its extension (any
/// case).
pub fn is_text_file(path: &str) -> bool {
    base_name(path).rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty() && TEXT_EXTENSIONS.iter().any(|e| ext.eq_ignore_ascii_case(e))
    })
}

/// Whether a file is a sidecar (corpus.toml, entities.toml) rather than text.
pub fn is_sidecar(path: &str) -> bool {
    matches!(base_name(path), "corpus.toml" | "entities.toml")
}

/// The files without the later copies of a text given twice (a folder
/// given again under another name, a copy in a subfolder): each is skipped
/// with a warning naming the file it repeats, as the page does. Files are
/// compared byte for byte, only with files of the same size and hash.
pub fn without_copies(files: Vec<SourceFile>, warnings: &mut Vec<Warning>) -> Vec<SourceFile> {
    use std::hash::{BuildHasher, BuildHasherDefault};
    let hasher = BuildHasherDefault::<rustc_hash::FxHasher>::default();
    // (Only files that share their size with another are hashed.)
    let mut sizes: rustc_hash::FxHashMap<usize, u32> = Default::default();
    for f in &files {
        *sizes.entry(f.bytes.len()).or_default() += 1;
    }
    let mut seen: rustc_hash::FxHashMap<(usize, u64), Vec<usize>> = Default::default();
    let mut kept = Vec::with_capacity(files.len());
    for f in files {
        if f.bytes.is_empty() || is_sidecar(&f.name) || sizes[&f.bytes.len()] < 2 {
            kept.push(f);
            continue;
        }
        let key = (f.bytes.len(), hasher.hash_one(&f.bytes));
        let same = seen.entry(key).or_default();
        if let Some(&k) = same
            .iter()
            .find(|&&k| kept.get(k).is_some_and(|g: &SourceFile| g.bytes == f.bytes))
        {
            warnings.push(Warning {
                source: f.name,
                message: format!("skipped: the same text as {}, read once", kept[k].name),
            });
            continue;
        }
        same.push(kept.len());
        kept.push(f);
    }
    kept
}

/// Whether a file is a manifest (`corpus.toml`).
pub fn is_manifest(path: &str) -> bool {
    base_name(path) == "corpus.toml"
}

impl Article {
    /// The text that is counted and matched: the title (unless it was made
    /// from the first sentence) and the paragraphs.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        let title = (!self.title_derived).then_some(self.title.as_str());
        title
            .into_iter()
            .chain(self.paragraphs.iter().map(String::as_str))
    }
}

impl Corpus {
    /// Reads every file. `corpus.toml` files are manifests (their entries
    /// refer to files in their folder); `entities.toml` is left to the
    /// analyses; every other file is read as text.
    pub fn from_files(files: &[SourceFile]) -> Corpus {
        let texts: Vec<&SourceFile> = files.iter().filter(|f| !is_sidecar(&f.name)).collect();
        let sidecars: Vec<&SourceFile> = files.iter().filter(|f| is_sidecar(&f.name)).collect();
        Corpus::assemble(read_in_parts(&texts, parts_for(&texts)), &sidecars)
    }

    /// Reads text files (not sidecars) into a part of a corpus, for
    /// [`Corpus::assemble`]: a caller may read a corpus a batch of files at a
    /// time.
    pub fn read_part(files: &[SourceFile]) -> Corpus {
        let texts: Vec<&SourceFile> = files.iter().filter(|f| !is_sidecar(&f.name)).collect();
        Corpus::read(&texts)
    }

    /// The corpus of parts read in order (see [`Corpus::read_part`]) and the
    /// sidecar files: the same corpus as [`Corpus::from_files`] of all the
    /// files at once.
    pub fn assemble(parts: Vec<Corpus>, sidecars: &[&SourceFile]) -> Corpus {
        let mut corpus = Corpus::assemble_marked(parts, sidecars).0;
        let days = corpus.dated_days();
        corpus.date_wire_copy(&days);
        corpus
    }

    /// As [`Corpus::assemble`], and the number of warnings before those of
    /// applying the manifest: where the warnings of files read later
    /// belong (see [`crate::load`]).
    pub(crate) fn assemble_marked(parts: Vec<Corpus>, sidecars: &[&SourceFile]) -> (Corpus, usize) {
        let mut corpus = Corpus::default();
        let mut entries: Vec<Entry> = Vec::new();
        for f in sidecars.iter().filter(|f| is_manifest(&f.name)) {
            let text = String::from_utf8_lossy(&f.bytes);
            let (e, problems) = manifest::parse(&f.name, &text);
            entries.extend(e);
            corpus.warn_all(&f.name, problems);
        }
        corpus.entity_files = sidecars
            .iter()
            .filter(|f| base_name(&f.name) == "entities.toml")
            .map(|f| (*f).clone())
            .collect();
        for part in parts {
            corpus.append(part);
        }
        let read = corpus.warnings.len();
        corpus.apply_manifest(&entries);
        (corpus, read)
    }

    /// Adds the articles, warnings and removed words of a part read after
    /// this corpus's own files (see [`Corpus::read_part`]).
    pub fn append(&mut self, part: Corpus) {
        self.articles.extend(part.articles);
        self.warnings.extend(part.warnings);
        self.removed_words.extend(part.removed_words);
    }

    /// The articles, warnings and removed words of `files`, in order.
    fn read(files: &[&SourceFile]) -> Corpus {
        let mut part = Corpus::default();
        let mut buffers = Buffers::default();
        for f in files {
            part.add_file(f, &mut buffers);
        }
        part
    }

    /// A corpus from (file name, text) pairs: pasted texts, and tests.
    pub fn from_texts(texts: &[(&str, &str)]) -> Corpus {
        let files: Vec<SourceFile> = texts
            .iter()
            .map(|(name, text)| SourceFile {
                name: (*name).to_string(),
                bytes: text.as_bytes().to_vec(),
            })
            .collect();
        Corpus::from_files(&files)
    }

    fn warn(&mut self, source: &str, message: String) {
        self.warnings.push(Warning {
            source: source.to_string(),
            message,
        });
    }

    fn warn_all(&mut self, source: &str, messages: Vec<String>) {
        for m in messages {
            self.warn(source, m);
        }
    }

    fn add_file(&mut self, f: &SourceFile, buffers: &mut Buffers) {
        let page = match read::read_file(&f.name, &f.bytes, buffers) {
            Ok(p) => p,
            Err(refusal) => return self.warn(&f.name, refusal.to_string()),
        };
        self.add_page(&f.name, page);
    }

    /// Adds the articles of a file read to its [`read::Page`].
    pub(crate) fn add_page(&mut self, name: &str, page: read::Page) {
        self.warn_all(name, page.warnings);
        if page.articles.is_empty() {
            if !self
                .warnings
                .iter()
                .any(|w| w.source == name && w.message.starts_with("no main text"))
            {
                self.warn(
                    name,
                    "no article text found (only navigation or clutter)".into(),
                );
            }
            return;
        }
        let from_name = dates::date_in_file_name(name);
        for (i, d) in page.articles.into_iter().enumerate() {
            let ordinal = i + 1;
            let mut a = Article {
                id: format!("{name}#{ordinal}"),
                source: name.to_string(),
                ordinal,
                words: d.words,
                title: d.title,
                title_derived: d.title_derived,
                paragraphs: d.paragraphs,
                date: None,
                date_source: DateSource::None,
                printed_date: None,
                date_note: None,
                byline: d.byline,
                language: d.language,
            };
            match d.published {
                Published::Day {
                    day,
                    source,
                    evidence,
                } => {
                    a.date = Some(day);
                    a.date_source = source;
                    a.printed_date = Some(evidence);
                }
                Published::Unsure(why) => {
                    self.warn(name, format!("article {ordinal} (\"{}\"): {why}", a.title));
                }
                Published::None => {}
            }
            if let (None, Some((d, printed))) = (a.date, &from_name) {
                a.date = Some(*d);
                a.date_source = DateSource::FileName;
                a.printed_date = Some(printed.clone());
            }
            self.articles.push(a);
        }
        self.removed_words
            .insert(name.to_string(), page.removed_words);
    }

    fn apply_manifest(&mut self, entries: &[Entry]) {
        for e in entries {
            let title_prefix = e.title.as_deref().map(str::to_lowercase);
            let matches: Vec<usize> = self
                .articles
                .iter()
                .enumerate()
                .filter(|(_, a)| a.source == e.source)
                .filter(|(_, a)| e.ordinal.is_none_or(|n| a.ordinal == n))
                .filter(|(_, a)| {
                    title_prefix
                        .as_ref()
                        .is_none_or(|p| a.title.to_lowercase().starts_with(p.as_str()))
                })
                .map(|(i, _)| i)
                .collect();
            if matches.is_empty() {
                self.warn(
                    "corpus.toml",
                    format!(
                        "the entry for {} matches no article; not used",
                        e.describe()
                    ),
                );
                continue;
            }
            for i in matches {
                let a = &self.articles[i];
                if a.date_source != DateSource::None {
                    let (id, by) = (a.id.clone(), a.printed_date.clone().unwrap_or_default());
                    let source = a.date_source;
                    self.warn(
                        "corpus.toml",
                        format!(
                            "the entry for {} is not used for {id}: it is already dated by {} ('{by}')",
                            e.describe(),
                            source.describe()
                        ),
                    );
                    continue;
                }
                let a = &mut self.articles[i];
                a.date = Some(e.day);
                a.date_source = DateSource::Manifest;
                a.date_note = Some(e.note.clone());
            }
        }
    }

    /// The days of the articles dated by their own evidence (not by a day
    /// set by hand, nor a year from the corpus), sorted, each once: what
    /// gives wire copy its year ([`Corpus::date_wire_copy`]).
    pub fn dated_days(&self) -> Vec<Day> {
        let mut days: Vec<Day> = self
            .articles
            .iter()
            .filter(|a| !matches!(a.date_source, DateSource::Manual | DateSource::Wire))
            .filter_map(|a| a.date)
            .collect();
        days.sort_unstable();
        days.dedup();
        days
    }

    /// Dates the undated articles whose text opens with a wire dateline
    /// without a year (`SEVILLA, 5 mar (EFE) –`, `WASHINGTON, March 5
    /// (Reuters) -`: agencies print none) in the year that puts that day
    /// nearest to one of `days`, the days of the corpus's dated articles
    /// ([`Corpus::dated_days`]; with the days of a second instance's
    /// articles, see [`crate::load`]). With no dated article, they stay
    /// undated. The evidence names the day the year came from.
    pub fn date_wire_copy(&mut self, days: &[Day]) {
        if days.is_empty() {
            return;
        }
        let mut years: Vec<i64> = days
            .iter()
            .flat_map(|d| {
                let y = i64::from(d.year());
                [y - 1, y, y + 1]
            })
            .collect();
        years.sort_unstable();
        years.dedup();
        let nearest = |day: Day| -> (i64, Day) {
            let at = days.partition_point(|d| *d < day);
            [at.checked_sub(1), Some(at)]
                .into_iter()
                .flatten()
                .filter_map(|i| days.get(i))
                .map(|d| ((d.to_days() - day.to_days()).abs(), *d))
                .min()
                .unwrap_or((i64::MAX, day))
        };
        for a in &mut self.articles {
            if a.date_source != DateSource::None {
                continue;
            }
            let Some((month, day, printed)) = a
                .paragraphs
                .iter()
                .take(2)
                .find_map(|p| crate::read::segment::yearless_dateline(p))
            else {
                continue;
            };
            let best = years
                .iter()
                .filter_map(|&y| Day::new(y, month.into(), day.into()))
                .map(|d| (nearest(d), d))
                .min_by_key(|((distance, _), d)| (*distance, *d));
            if let Some(((_, from), d)) = best {
                a.printed_date = Some(format!(
                    "{printed} (no year printed: that of the nearest dated article, {from})"
                ));
                a.date = Some(d);
                a.date_source = DateSource::Wire;
            }
        }
    }

    /// Number of articles without a day.
    pub fn undated(&self) -> usize {
        self.articles.iter().filter(|a| a.date.is_none()).count()
    }

    /// Gives an undated article a day by hand (`Some`), or takes a hand-set
    /// day back (`None`). Only articles no source dates can be set: a
    /// printed, file-name or curated date is never overridden.
    pub fn set_date(&mut self, id: &str, day: Option<Day>) -> Result<(), String> {
        let at = self
            .articles
            .iter()
            .position(|a| a.id == id)
            .ok_or_else(|| format!("no article '{id}'"))?;
        self.set_date_at(at, day)
    }

    /// Each article's position by its id, for setting many days by hand
    /// (see [`Corpus::set_date_at`]).
    pub fn positions(&self) -> std::collections::HashMap<&str, usize> {
        self.articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.as_str(), i))
            .collect()
    }

    /// [`Corpus::set_date`] for the article at position `at`.
    pub fn set_date_at(&mut self, at: usize, day: Option<Day>) -> Result<(), String> {
        let a = self
            .articles
            .get_mut(at)
            .ok_or_else(|| format!("no article at position {at}"))?;
        let id = &a.id;
        if !matches!(
            a.date_source,
            DateSource::None | DateSource::Manual | DateSource::Wire
        ) {
            return Err(format!(
                "'{id}' is dated by {}; only undated articles take a date by hand",
                a.date_source.describe()
            ));
        }
        a.date = day;
        a.date_source = if day.is_some() {
            DateSource::Manual
        } else {
            DateSource::None
        };
        a.printed_date = None;
        a.date_note = day.map(|_| "set by hand".to_string());
        // (A hand-set day taken back from wire copy: its year from the
        // corpus again.)
        if day.is_none() {
            let days = self.dated_days();
            self.date_wire_copy(&days);
        }
        Ok(())
    }
}

/// Bytes of files per part below which one thread is quicker than two.
const PART_BYTES: usize = 4_000_000;

/// How many parts to read `files` in: one per core, at most one per
/// [`PART_BYTES`], and one in WebAssembly (no threads there).
fn parts_for(files: &[&SourceFile]) -> usize {
    let total: usize = files.iter().map(|f| f.bytes.len()).sum();
    let cores = if cfg!(target_arch = "wasm32") {
        1
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    };
    cores.min(total / PART_BYTES).max(1)
}

/// Reads `files` in (at most) `parts` consecutive parts, one thread each,
/// and returns the parts in order: files are independent of each other, so
/// the result is the same as reading them one by one.
fn read_in_parts(files: &[&SourceFile], parts: usize) -> Vec<Corpus> {
    let total: usize = files.iter().map(|f| f.bytes.len()).sum();
    if parts <= 1 || files.len() < 2 {
        return vec![Corpus::read(files)];
    }
    let per = total / parts + 1;
    let mut chunks: Vec<&[&SourceFile]> = Vec::new();
    let (mut start, mut bytes) = (0, 0);
    for (i, f) in files.iter().enumerate() {
        bytes += f.bytes.len();
        if bytes >= per && chunks.len() + 1 < parts && i + 1 < files.len() {
            chunks.push(&files[start..=i]);
            start = i + 1;
            bytes = 0;
        }
    }
    chunks.push(&files[start..]);
    std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .iter()
            .map(|c| scope.spawn(move || Corpus::read(c)))
            .collect();
        handles
            .into_iter()
            .zip(&chunks)
            // A part whose thread panicked is read again here, so the
            // panic surfaces on the caller's thread with its message.
            .map(|(h, c)| h.join().unwrap_or_else(|_| Corpus::read(c)))
            .collect()
    })
}

crate::wire::wire_struct!(Article {
    id,
    source,
    ordinal,
    title,
    title_derived,
    paragraphs,
    date,
    date_source,
    printed_date,
    date_note,
    words,
    byline,
    language,
});
crate::wire::wire_enum!(DateSource {
    JsonLd,
    Meta,
    Time,
    Url,
    Text,
    FileName,
    Manifest,
    Manual,
    None,
    Wire
});
crate::wire::wire_struct!(Warning { source, message });
crate::wire::wire_struct!(SourceFile { name, bytes });
crate::wire::wire_struct!(Corpus {
    articles,
    warnings,
    entity_files,
    removed_words,
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_corpus_read_a_batch_at_a_time_is_the_same() {
        let mut files = crate::seeds::files();
        files.push(SourceFile {
            name: "notes/2026-02-01-a.txt".into(),
            bytes: b"Council backs plan\n\nThe council backed the water plan on Monday.\n".to_vec(),
        });
        let whole = Corpus::from_files(&files);
        let parts: Vec<Corpus> = files.chunks(2).map(Corpus::read_part).collect();
        let sidecars: Vec<&SourceFile> = files.iter().filter(|f| is_sidecar(&f.name)).collect();
        assert!(
            !sidecars.is_empty(),
            "the seeds have corpus.toml and entities.toml"
        );
        assert_eq!(Corpus::assemble(parts, &sidecars), whole);
    }

    /// Agencies print no year in their datelines: the corpus's dated
    /// articles give it, the year that puts the day nearest to one of
    /// them (across a new year too); with no dated article, none.
    #[test]
    fn wire_copy_takes_the_year_of_the_nearest_dated_article() {
        let story = |dateline: &str| {
            format!(
                "Farmers march on the capital\n\n{dateline} Some three thousand farmers \
                 marched on Thursday against the cuts in water for their fields.\n"
            )
        };
        let dated = "Alert over the drought\n\nMonday, 2 March 2026\n\nSEVILLA, 2 mar (EFE) – \
                     The basin authority declared an alert over the drought on Monday.\n";
        let files = [
            ("a/01.txt", dated.to_string()),
            ("a/02.txt", story("ÉCIJA (Sevilla), 5 mar (EFE) –")),
            ("a/03.txt", story("WASHINGTON, Dec 30 (Reuters) -")),
            ("a/04.txt", story("PARIS, 12 févr. (AFP) -")),
            ("a/05.txt", story("Farmers said on Thursday -")),
        ];
        let texts: Vec<(&str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
        let c = Corpus::from_texts(&texts);
        let day = |i: usize| c.articles[i].date.map(|d| d.to_string());
        assert_eq!(day(0).as_deref(), Some("2026-03-02"));
        assert_eq!(day(1).as_deref(), Some("2026-03-05"));
        // (30 December of the year before is nearer to 2 March 2026.)
        assert_eq!(day(2).as_deref(), Some("2025-12-30"));
        assert_eq!(day(3).as_deref(), Some("2026-02-12"));
        assert_eq!(day(4), None);
        assert_eq!(c.articles[1].date_source, DateSource::Wire);
        let evidence = c.articles[1].printed_date.as_deref().unwrap_or("");
        assert!(
            evidence.contains("5 mar (EFE)") && evidence.contains("2026-03-02"),
            "{evidence}"
        );
        // A guessed year may be wrong: a day set by hand overrides it.
        let mut c = c;
        let id = c.articles[2].id.clone();
        c.set_date(&id, Day::parse_iso("2026-12-30"))
            .expect("set by hand");
        assert_eq!(c.articles[2].date_source, DateSource::Manual);
        // Taken back, the year comes from the corpus again.
        c.set_date(&id, None).expect("taken back");
        assert_eq!(
            c.articles[2].date.map(|d| d.to_string()).as_deref(),
            Some("2025-12-30")
        );
        assert_eq!(c.articles[2].date_source, DateSource::Wire);
        // Without a dated article, wire copy stays undated.
        let alone = Corpus::from_texts(&texts[1..]);
        assert_eq!(alone.undated(), alone.articles.len());
    }

    #[test]
    fn reading_in_parts_gives_the_same_corpus() {
        let mut files = crate::seeds::files();
        files.push(SourceFile {
            name: "notes/2026-02-01-a.txt".into(),
            bytes: b"Council backs plan\n\nThe council backed the water plan on Monday after a long debate.\n".to_vec(),
        });
        files.push(SourceFile {
            name: "notes/bad.txt".into(),
            bytes: vec![0xff, 0xfe, 0, 0, 0x89, 0x50],
        });
        let texts: Vec<&SourceFile> = files.iter().filter(|f| !is_sidecar(&f.name)).collect();
        let one = Corpus::read(&texts);
        for parts in 2..=4 {
            let many = read_in_parts(&texts, parts);
            assert!(many.len() > 1 && many.len() <= parts);
            let mut joined = Corpus::default();
            for p in many {
                joined.articles.extend(p.articles);
                joined.warnings.extend(p.warnings);
                joined.removed_words.extend(p.removed_words);
            }
            assert_eq!(joined, one, "{parts} parts");
        }
    }

    fn file(name: &str, text: &str) -> SourceFile {
        SourceFile {
            name: name.into(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    const BODY: &str =
        "The council voted on the new budget after a long debate that lasted all night.";

    #[test]
    fn date_sources_rank_text_then_file_name_then_manifest() {
        let files = [
            file(
                "in/2026-01-07-a.txt",
                &format!("Vote held\nJanuary 5, 2026\n{BODY}\n"),
            ),
            file("in/2026-01-07-b.txt", &format!("Vote held again\n{BODY}\n")),
            file("in/c.txt", &format!("Third vote\n{BODY}\n")),
            file("in/d.txt", &format!("Fourth vote\n{BODY}\n")),
            file(
                "in/corpus.toml",
                "[[article]]\nfile = \"c.txt\"\ndate = \"2026-01-09\"\nnote = \"the text says Friday\"\n\
                 [[article]]\nfile = \"2026-01-07-a.txt\"\ndate = \"2026-01-01\"\nnote = \"wrong\"\n\
                 [[article]]\nfile = \"missing.txt\"\ndate = \"2026-01-01\"\nnote = \"x\"\n",
            ),
        ];
        let c = Corpus::from_files(&files);
        let got: Vec<(Option<String>, DateSource)> = c
            .articles
            .iter()
            .map(|a| (a.date.map(|d| d.to_string()), a.date_source))
            .collect();
        assert_eq!(
            got,
            [
                (Some("2026-01-05".into()), DateSource::Text),
                (Some("2026-01-07".into()), DateSource::FileName),
                (Some("2026-01-09".into()), DateSource::Manifest),
                (None, DateSource::None),
            ]
        );
        assert_eq!(
            c.articles[2].date_note.as_deref(),
            Some("the text says Friday")
        );
        assert_eq!(c.articles[1].printed_date.as_deref(), Some("2026-01-07"));
        assert_eq!(c.undated(), 1);
        let msgs: Vec<&str> = c.warnings.iter().map(|w| w.message.as_str()).collect();
        assert_eq!(msgs.len(), 2, "{msgs:?}");
        assert!(msgs.iter().any(|m| m.contains("already dated by its text")));
        assert!(
            msgs.iter()
                .any(|m| m.contains("missing.txt") && m.contains("matches no article"))
        );
    }

    #[test]
    fn one_bad_file_never_stops_the_others() {
        let files = [
            file("a.txt", &format!("First story\n{BODY}\n")),
            SourceFile {
                name: "scan.pdf".into(),
                bytes: b"%PDF-1.4 binary".to_vec(),
            },
            file("empty.txt", ""),
            SourceFile {
                name: "latin1.txt".into(),
                bytes: b"Caf\xe9 story\nThe caf\xe9 reopened on the square after months of repairs and new rules.\n".to_vec(),
            },
            file("nav.html", "<nav>Share</nav><p>Read more</p>"),
        ];
        let c = Corpus::from_files(&files);
        assert_eq!(c.articles.len(), 2);
        assert_eq!(c.articles[0].id, "a.txt#1");
        assert_eq!(c.articles[1].id, "latin1.txt#1");
        let w: Vec<(&str, &str)> = c
            .warnings
            .iter()
            .map(|w| (w.source.as_str(), w.message.as_str()))
            .collect();
        assert_eq!(w.len(), 4, "{w:?}");
        assert!(w[0].0 == "scan.pdf" && w[0].1.contains("PDF"));
        assert!(w[1].0 == "empty.txt" && w[1].1.contains("empty"));
        assert!(w[2].0 == "latin1.txt" && w[2].1.contains("UTF-8"));
        // (An engine without the HTML reader says that it has none.)
        let why = if cfg!(feature = "html") {
            "no main text"
        } else {
            "HTML reader"
        };
        assert!(w[3].0 == "nav.html" && w[3].1.contains(why), "{w:?}");
    }

    #[test]
    fn ambiguous_and_impossible_header_dates_are_reported_not_used() {
        let c = Corpus::from_files(&[
            file("a.txt", &format!("Vote held\n02/03/1987\n{BODY}\n")),
            file("b.txt", &format!("Vote held\nFebruary 31, 2026\n{BODY}\n")),
        ]);
        assert!(c.articles.iter().all(|a| a.date.is_none()));
        assert!(
            c.warnings[0].message.contains("ambiguous"),
            "{:?}",
            c.warnings
        );
        assert!(c.warnings[0].message.contains("1987-02-03 or 1987-03-02"));
        assert!(
            c.warnings[1].message.contains("not a calendar day"),
            "{:?}",
            c.warnings
        );
    }

    #[test]
    fn only_undated_articles_take_a_date_by_hand_and_it_can_be_undone() {
        let mut c = Corpus::from_texts(&[
            ("notes.txt", &format!("Vote held\n{BODY}\n")),
            ("2026-01-07-a.txt", &format!("Other vote\n{BODY}\n")),
        ]);
        let d = Day::parse_iso("2026-01-09");
        c.set_date("notes.txt#1", d).expect("undated");
        assert_eq!(
            (c.articles[0].date, c.articles[0].date_source),
            (d, DateSource::Manual)
        );
        assert_eq!(c.articles[0].date_note.as_deref(), Some("set by hand"));
        c.set_date("notes.txt#1", None).expect("undo");
        assert_eq!(
            (c.articles[0].date, c.articles[0].date_source),
            (None, DateSource::None)
        );
        let e = c
            .set_date("2026-01-07-a.txt#1", d)
            .expect_err("dated by name");
        assert!(e.contains("file name"), "{e}");
        assert!(c.set_date("nope#1", d).is_err());
    }

    #[test]
    fn removed_words_are_what_the_page_had_beyond_its_articles() {
        let c = Corpus::from_texts(&[(
            "a.txt",
            &format!(
                "Skip to content\nVote held\nJanuary 5, 2026\n{BODY}\nShare\nMORE STORIES\nAnother story here\n"
            ),
        )]);
        // Skip to content (3), the date line (3), Share (1), MORE STORIES (2),
        // Another story here (3).
        assert_eq!(c.removed_words["a.txt"], 12);
        assert_eq!(c.articles[0].words, 2 + 15);
    }

    #[test]
    fn words_count_title_and_text() {
        let c = Corpus::from_files(&[file("a.txt", &format!("Vote held\n{BODY}\n"))]);
        assert_eq!(c.articles[0].words, 2 + 15);
    }
}
