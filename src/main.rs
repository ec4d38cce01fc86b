//! The `dateline` command line: reads files and folders, prints reports.
//!
//! This file does the I/O the core never does: it walks folders, reads
//! bytes and prints. Every number comes from the library.

use dateline::analyse::events::EventsReport;
use dateline::analyse::mentions::{CountsReport, SeriesSet};
use dateline::analyse::sentiment::SentimentReport;
use dateline::analyse::{analysis, discover, entities, keyness, query};
use dateline::read::corpus::{self, SourceFile, Warning};
use dateline::show::chart::{self, Lens, MentionMode, Theme, View};
use dateline::show::file;
use dateline::{Corpus, Summary};
use serde::Serialize;
use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::Path;
use std::process::ExitCode;

/// The allocator of the native command line (see Cargo.toml): the
/// analyses' many small lists cost less with it than with the system's.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "\
dateline — dated articles, mentions, tone and events from news pages

Usage:
  dateline summary [PATH…] [--json]   list the articles and their days
  dateline counts [--terms LIST] [--entities] [PATH…] [--json]
                                      mentions per day: each query in LIST
                                      (comma-separated) and/or each entity
  dateline sentiment [PATH…] [--json]  tone (VADER words, with negation) and
                                      conflict vs cooperation per day
  dateline events [PATH…] [--json]     dated events: sentences that report
                                      something on a date the text gives
  dateline chart mentions|sentiment|timeline [PATH…] [--out FILE]
        [--terms L] [--series A,B] [--mode raw|per_10k|share]
        [--lens tone|diplomacy] [--theme light|dark] [--day DAY|WEEK|MONTH|YEAR]
        [--by auto|day|week|month|year] [--width PX] [--height PX]
                                      the chart as an SVG file, the same
                                      as the page's download; --by: what a
                                      point stands for (auto: the finest
                                      that fits the width)
  dateline entities [PATH…] [--json|--toml]
                                      the people, places and organisations:
                                      the folder's entities.toml and the
                                      names found in the text, with kind,
                                      aliases, mentions, articles and days
                                      (--toml: as an entities.toml to edit)
  dateline keywords --day DAY|WEEK|MONTH|YEAR [--terms L] [PATH…] [--json]
                                      the words and names that stand out
                                      in that period against the rest of
                                      the corpus (log-likelihood keyness)
  dateline text [PATH…] [--json]      print each article's text as read
                                      (clutter removed), to audit the reader

Queries: Petro (a word), \"White House\" (a phrase), diplom* (a prefix),
coup|putsch (alternatives, one series). Case and accents are ignored, except
that a word in capitals (US, ELN) only matches capitals. Without --terms,
counts the entities (the folder's entities.toml, and the names found in
its texts).

PATH is a file or a folder (read recursively: .txt .md .html .htm, plus
corpus.toml for curated dates). With no PATH, the bundled seed corpus.

Options:
  --json      print the report as JSON (fields documented in README.md)
  --terms L   comma-separated queries for 'counts'
  --entities  also count the entities (default when --terms is absent)
  -h, --help  show this help
  -V, --version

Exit status: 0 all read and written; 1 some input could not be read (the
rest was) or the output not written; 2 a usage error.
";

/// The largest file read, as in the page: news pages are far smaller, and
/// a bigger file is almost certainly not a page.
const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Exit status: 0 when every input was read and the output written; 1 when
/// some input could not be read (the rest was) or the output could not be
/// written; 2 for a usage error.
fn main() -> ExitCode {
    let mut err = Terminal::new(std::io::stderr().lock());
    match run(lexopt::Parser::from_env()) {
        Ok(()) if UNREADABLE.load(std::sync::atomic::Ordering::Relaxed) => ExitCode::from(1),
        Ok(()) => ExitCode::SUCCESS,
        // (Every write error is made with this prefix.)
        Err(msg) if msg.starts_with(WRITE_ERROR) => {
            let _ = writeln!(err, "dateline: {msg}");
            ExitCode::from(1)
        }
        Err(msg) => {
            let _ = writeln!(err, "dateline: {msg}");
            let _ = writeln!(err, "Try 'dateline --help'.");
            ExitCode::from(2)
        }
    }
}

/// How every error of writing the output begins (exit status 1, not 2).
const WRITE_ERROR: &str = "cannot write";

/// Options that take a value.
const VALUE_OPTIONS: &[&str] = &[
    "--terms", "--series", "--mode", "--lens", "--theme", "--day", "--by", "--width", "--height",
    "--out",
];

/// Reads the command line with lexopt (`--opt value`, `--opt=value`, `--`
/// before a path that starts with a dash; a path need not be UTF-8), then
/// runs the command.
fn run(mut parser: lexopt::Parser) -> Result<(), String> {
    use lexopt::Arg::{Long, Short, Value};
    let mut json = false;
    let mut toml = false;
    let mut paths: Vec<OsString> = Vec::new();
    let mut command = None;
    let mut with_entities = false;
    let mut values: std::collections::BTreeMap<&str, String> = std::collections::BTreeMap::new();
    let utf8 = |v: OsString| {
        v.into_string()
            .map_err(|v| format!("'{}' is not UTF-8 text", v.to_string_lossy()))
    };
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long(name) if VALUE_OPTIONS.contains(&format!("--{name}").as_str()) => {
                let opt = VALUE_OPTIONS
                    .iter()
                    .find(|o| o[2..] == *name)
                    .expect("listed");
                let v = parser.value().map_err(|_| format!("{opt} needs a value"))?;
                values.insert(opt, utf8(v)?);
            }
            Long("entities") => with_entities = true,
            Short('h') | Long("help") => {
                print!("{USAGE}");
                return Ok(());
            }
            Short('V') | Long("version") => {
                println!("dateline {}", env!("CARGO_PKG_VERSION"));
                return Ok(());
            }
            Long("json") => json = true,
            Long("toml") => toml = true,
            Long(name) => return Err(format!("unknown option '--{name}'")),
            Short(c) => return Err(format!("unknown option '-{c}'")),
            Value(v) if command.is_none() => command = Some(utf8(v)?),
            Value(v) => paths.push(v),
        }
    }
    // An option the command does not take is a usage error, not ignored.
    if let Some(cmd) = command.as_deref()
        && let Some(takes) = takes(cmd)
    {
        let given = values
            .keys()
            .copied()
            .chain(with_entities.then_some("--entities"))
            .chain(json.then_some("--json"))
            .chain(toml.then_some("--toml"));
        if let Some(opt) = given.into_iter().find(|o| !takes.contains(o)) {
            return Err(format!("{cmd} does not take {opt}"));
        }
    }
    let terms = values.get("--terms").cloned();
    match command.as_deref() {
        Some("summary") => {
            let corpus = load(&paths);
            print_summary(&Summary::of(&corpus), json)
        }
        Some("text") if json => {
            let texts = dateline::show::report::Texts::of(&load(&paths));
            emit(&texts, true, &texts.warnings, |_| Ok(()))
        }
        Some("text") => print_text(&load(&paths)),
        Some("chart") => {
            let Some(kind) =
                (!paths.is_empty()).then(|| paths.remove(0).to_string_lossy().into_owned())
            else {
                return Err("chart needs a kind: mentions, sentiment or timeline".into());
            };
            chart_command(&kind, &paths, terms.as_deref(), &values)
        }
        Some("entities") => {
            let corpus = load(&paths);
            let report = discover::report(&corpus);
            if toml {
                let (ents, _) = discover::of_corpus(&corpus);
                let text = entities::to_toml(&ents, &entities::hidden(&corpus));
                let mut out = buffered_stdout();
                return match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
                    Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                    other => other.map_err(|e| format!("{WRITE_ERROR} output: {e}")),
                };
            }
            emit(&report, json, &report.warnings, |out| {
                entities_table(out, &report)
            })
        }
        Some("keywords") => {
            let Some(day) = values.get("--day") else {
                return Err(
                    "keywords needs --day: a day 2026-01-07, ISO week 2026-W02 or month 2026-01"
                        .into(),
                );
            };
            let corpus = load(&paths);
            let queries = match &terms {
                Some(t) => query::parse_list(t).map_err(|e| e.to_string())?,
                None => Vec::new(),
            };
            let (ents, mut warnings) = discover::of_corpus(&corpus);
            let (set, w) = SeriesSet::new(&queries, &ents);
            warnings.extend(w);
            let counts = analysis::count_mentions(&corpus, &set, &ents);
            let totals = keyness::WordTotals::of(&corpus);
            let Some(mut report) = keyness::keywords(&corpus, &counts, &totals, day, KEYWORDS)
            else {
                return Err(format!(
                    "--day '{day}' is not a day (2026-01-07), ISO week (2026-W02), month (2026-01) or year (2026)"
                ));
            };
            report.warnings = corpus.warnings.iter().cloned().chain(warnings).collect();
            emit(&report, json, &report.warnings, |out| {
                keywords_table(out, &report)
            })
        }
        Some("events") => {
            let (corpus, ents, warnings) = load_with_entities(&paths);
            let mut report = analysis::find_events(&corpus, &ents);
            report.warnings = warnings;
            emit(&report, json, &report.warnings, |out| {
                events_table(out, &report)
            })
        }
        Some("sentiment") => {
            let (corpus, ents, warnings) = load_with_entities(&paths);
            let mut report = analysis::tally_sentiment(&corpus, &ents);
            report.warnings = warnings;
            emit(&report, json, &report.warnings, |out| {
                sentiment_table(out, &report)
            })
        }
        Some("counts") => {
            let corpus = load(&paths);
            let queries = match &terms {
                Some(t) => query::parse_list(t).map_err(|e| e.to_string())?,
                None => Vec::new(),
            };
            let (ents, mut warnings) = if with_entities || terms.is_none() {
                discover::of_corpus(&corpus)
            } else {
                (Vec::new(), Vec::new())
            };
            let (set, w) = SeriesSet::new(&queries, &ents);
            let mut report = analysis::count_mentions(&corpus, &set, &ents);
            warnings.extend(w);
            report.warnings = corpus.warnings.iter().cloned().chain(warnings).collect();
            emit(&report, json, &report.warnings, |out| {
                counts_table(out, &report)
            })
        }
        Some(other) => Err(format!("unknown command '{other}'")),
        None => Err("no command given".into()),
    }
}

/// The options a command takes (`None`: no such command).
fn takes(command: &str) -> Option<&'static [&'static str]> {
    Some(match command {
        "summary" | "text" | "events" | "sentiment" => &["--json"],
        "entities" => &["--json", "--toml"],
        "counts" => &["--terms", "--entities", "--json"],
        "keywords" => &["--day", "--terms", "--json"],
        // (Every option that takes a value is a chart's.)
        "chart" => VALUE_OPTIONS,
        _ => return None,
    })
}

/// Terms of each kind `dateline keywords` lists.
const KEYWORDS: usize = 30;

fn keywords_table(out: &mut dyn Write, r: &keyness::KeywordsReport) -> std::io::Result<()> {
    writeln!(
        out,
        "{} ({} to {}): {} {}, {} words; the rest: {} words",
        r.period,
        r.first_day,
        r.last_day,
        r.articles,
        if r.articles == 1 {
            "article"
        } else {
            "articles"
        },
        r.words,
        r.rest_words
    )?;
    for (what, list) in [("words", &r.keywords), ("names", &r.names)] {
        writeln!(out)?;
        writeln!(
            out,
            "{:<32} {:>7} {:>7} {:>9} {:>9} {:>8}",
            what, "count", "rest", "per 10k", "rest 10k", "G2"
        )?;
        if list.is_empty() {
            writeln!(out, "(none stands out)")?;
        }
        for k in list {
            writeln!(
                out,
                "{:<32} {:>7} {:>7} {:>9.1} {:>9.1} {:>8.1}",
                clip(&k.term, 32),
                k.count,
                k.rest,
                k.per_10k,
                k.rest_per_10k,
                k.log_likelihood
            )?;
        }
    }
    Ok(())
}

fn entities_table(out: &mut dyn Write, r: &discover::EntitiesReport) -> std::io::Result<()> {
    writeln!(
        out,
        "{:<32} {:<12} {:>8} {:>8} {:>5}  {:<10} {:<10}  aliases",
        "entity", "kind", "mentions", "articles", "days", "first", "last"
    )?;
    for e in &r.entities {
        let day =
            |d: Option<dateline::read::dates::Day>| d.map_or("-".to_string(), |d| d.to_string());
        let aliases: Vec<String> = e
            .aliases
            .iter()
            .filter(|a| a.mentions > 0)
            .map(|a| format!("{} {}", a.alias, a.mentions))
            .collect();
        writeln!(
            out,
            "{:<32} {:<12} {:>8} {:>8} {:>5}  {:<10} {:<10}  {}",
            clip(&e.name, 32),
            e.kind,
            e.mentions,
            e.articles,
            e.days,
            day(e.first_day),
            day(e.last_day),
            aliases.join(" · ")
        )?;
    }
    if !r.ambiguous.is_empty() {
        writeln!(
            out,
            "\nambiguous (two full names share them, counted on their own): {}",
            r.ambiguous.join(", ")
        )?;
    }
    Ok(())
}

/// The corpus, its entities, and the warnings of both.
fn load_with_entities(paths: &[OsString]) -> (Corpus, Vec<entities::Entity>, Vec<Warning>) {
    let corpus = load(paths);
    let (ents, more) = discover::of_corpus(&corpus);
    let warnings = corpus.warnings.iter().cloned().chain(more).collect();
    (corpus, ents, warnings)
}

/// The corpus of the given paths, or the seeds when there are none.
/// The corpus's name a chart file's caption gives: the folder's (or the
/// file's) name, the names of a few, or the bundled corpus's subject.
fn corpus_name(paths: &[OsString]) -> String {
    if paths.is_empty() {
        return "United States–Colombia, 2025–2026".to_string();
    }
    let names: Vec<String> = paths
        .iter()
        .map(|p| {
            let p = Path::new(p);
            let name = if p.is_dir() {
                p.canonicalize()
                    .ok()
                    .and_then(|c| c.file_name().map(|n| n.to_owned()))
            } else {
                p.file_stem().map(|n| n.to_owned())
            };
            name.map_or_else(
                || p.to_string_lossy().into_owned(),
                |n| n.to_string_lossy().into_owned(),
            )
        })
        .collect();
    if names.len() > 3 {
        format!("{} and {} more", names[..2].join(", "), names.len() - 2)
    } else {
        names.join(", ")
    }
}

fn load(paths: &[OsString]) -> Corpus {
    if paths.is_empty() {
        return dateline::seed_corpus();
    }
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    for p in paths {
        collect(
            Path::new(p),
            &display(&p.to_string_lossy()),
            &mut files,
            &mut warnings,
        );
    }
    let files = corpus::without_copies(files, &mut warnings);
    let mut corpus = Corpus::from_files(&files);
    warnings.append(&mut corpus.warnings);
    corpus.warnings = warnings;
    corpus
}

/// A path as shown: as the user typed it, with `/` separators.
fn display(p: &str) -> String {
    let s = p.replace('\\', "/");
    let t = s.trim_end_matches('/');
    if t.is_empty() { s } else { t.to_string() }
}

fn warn(warnings: &mut Vec<Warning>, source: &str, message: String) {
    warnings.push(Warning {
        source: source.to_string(),
        message,
    });
}

/// Adds the file at `path` (a link given by name is followed), or the
/// text files under the folder at `path`: walked by walkdir, each folder's
/// entries sorted by name, hidden entries skipped, symbolic links inside
/// the folder not followed (they may lead out of it or round in a circle).
/// Each folder's files that are not texts are listed in one warning, after
/// the warnings of what the folder holds.
fn collect(path: &Path, name: &str, files: &mut Vec<SourceFile>, warnings: &mut Vec<Warning>) {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            unreadable();
            return warn(warnings, name, format!("cannot read: {e}"));
        }
    };
    if !meta.is_dir() {
        return read_file(path, name, &meta, files, warnings);
    }
    // The folders being walked, outermost first: each one's display name,
    // depth and skipped files, warned about when the walk leaves it.
    let mut open: Vec<(String, usize, Vec<String>)> = Vec::new();
    let leave = |open: &mut Vec<(String, usize, Vec<String>)>,
                 warnings: &mut Vec<Warning>,
                 depth: usize| {
        while open.last().is_some_and(|(_, d, _)| *d >= depth) {
            let Some((folder, _, skipped)) = open.pop() else {
                break;
            };
            if skipped.is_empty() {
                continue;
            }
            let list = skipped
                .iter()
                .take(5)
                .cloned()
                .collect::<Vec<_>>()
                .join(", ");
            let more = if skipped.len() > 5 { ", …" } else { "" };
            warn(
                warnings,
                &folder,
                format!(
                    "{} file(s) skipped: not .txt, .md or .html ({list}{more})",
                    skipped.len()
                ),
            );
        }
    };
    let shown = |p: &Path| -> String {
        match p.strip_prefix(path) {
            Ok(rel) if rel.as_os_str().is_empty() => name.to_string(),
            Ok(rel) => {
                let parts: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                format!("{name}/{}", parts.join("/"))
            }
            Err(_) => display(&p.to_string_lossy()),
        }
    };
    let walk = walkdir::WalkDir::new(path)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walk {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                unreadable();
                let at = e.path().map_or_else(|| name.to_string(), shown);
                let why = e
                    .io_error()
                    .map_or_else(|| e.to_string(), ToString::to_string);
                warn(warnings, &at, format!("cannot list folder: {why}"));
                continue;
            }
        };
        leave(&mut open, warnings, entry.depth());
        let child = shown(entry.path());
        let kind = entry.file_type();
        if kind.is_dir() {
            open.push((child, entry.depth(), Vec::new()));
            continue;
        }
        let file_name = entry.file_name().to_string_lossy();
        let wanted = corpus::is_text_file(&file_name) || corpus::is_sidecar(&child);
        if !wanted {
            if (kind.is_file() || kind.is_symlink())
                && let Some((_, _, skipped)) = open.last_mut()
            {
                skipped.push(file_name.into_owned());
            }
        } else if kind.is_symlink() {
            warn(
                warnings,
                &child,
                "skipped: a symbolic link (links inside a folder are not followed; name the file itself to read it)".into(),
            );
        } else {
            match entry.metadata() {
                Ok(meta) => read_file(entry.path(), &child, &meta, files, warnings),
                Err(e) => {
                    unreadable();
                    warn(warnings, &child, format!("cannot read: {e}"));
                }
            }
        }
    }
    leave(&mut open, warnings, 0);
}

/// Adds the file at `path` (its metadata `meta`) as `name`: a regular file
/// up to the size limit.
fn read_file(
    path: &Path,
    name: &str,
    meta: &std::fs::Metadata,
    files: &mut Vec<SourceFile>,
    warnings: &mut Vec<Warning>,
) {
    if !meta.is_file() {
        unreadable();
        return warn(
            warnings,
            name,
            "skipped: not a regular file (a device, a pipe or a socket)".into(),
        );
    }
    let too_large = |warnings: &mut Vec<Warning>, bytes: u64| {
        unreadable();
        warn(
            warnings,
            name,
            format!(
                "skipped: too large ({:.1} MB; the limit is 64 MB per file)",
                bytes as f64 / 1_048_576.0
            ),
        );
    };
    if meta.len() > MAX_FILE_BYTES {
        return too_large(warnings, meta.len());
    }
    // Read at most one byte past the limit: a file that grew since its size
    // was looked at is refused, not read whole.
    // (Room for the size looked at, and the one byte that finds the end:
    // grown a doubling at a time, a folder's files took twice their size
    // in fresh memory, which the system clears page by page.)
    let mut bytes = Vec::with_capacity(meta.len() as usize + 1);
    let read =
        std::fs::File::open(path).and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes));
    match read {
        Ok(_) if bytes.len() as u64 > MAX_FILE_BYTES => too_large(warnings, bytes.len() as u64),
        Ok(_) => files.push(SourceFile {
            name: name.to_string(),
            bytes,
        }),
        Err(e) => {
            unreadable();
            warn(warnings, name, format!("cannot read: {e}"));
        }
    }
}

/// Set when an input could not be read (a path that does not exist, an
/// unreadable file or folder, a file over the limit, a device): the
/// command then exits with status 1, after reading everything else.
static UNREADABLE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

fn unreadable() {
    UNREADABLE.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Text for a terminal: the control characters a title, a body or a file
/// name may hold (ESC, BEL… which could erase lines or rename the window)
/// are shown as `^[`, `^G` (C0 and DEL) or U+FFFD (C1), not sent; line ends
/// and tabs pass. JSON output is escaped by JSON itself.
struct Terminal<W: Write> {
    inner: W,
    /// The last byte written was 0xC2, which starts a C1 control when a
    /// byte 0x80–0x9F follows.
    after_c2: bool,
}

impl<W: Write> Terminal<W> {
    fn new(inner: W) -> Self {
        Terminal {
            inner,
            after_c2: false,
        }
    }
}

impl<W: Write> Write for Terminal<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut from = 0;
        for (i, &b) in buf.iter().enumerate() {
            let c1 = self.after_c2 && (0x80..=0x9F).contains(&b);
            let c0 = (b < 0x20 && b != b'\n' && b != b'\t') || b == 0x7F;
            if c0 || c1 {
                // (A C1 control's 0xC2 was written already when it ended
                // the buffer before: it is then followed by the mark.)
                let start = if c1 && i > 0 { i - 1 } else { i };
                self.inner.write_all(&buf[from..start])?;
                if c1 {
                    self.inner.write_all("\u{FFFD}".as_bytes())?;
                } else {
                    self.inner
                        .write_all(&[b'^', if b == 0x7F { b'?' } else { b + 0x40 }])?;
                }
                from = i + 1;
            }
            self.after_c2 = b == 0xC2;
        }
        self.inner.write_all(&buf[from..])?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// A warning on standard error, its control characters shown (see
/// [`Terminal`]).
fn print_warning(w: &Warning) {
    let mut err = Terminal::new(std::io::stderr().lock());
    let _ = writeln!(err, "warning: {}: {}", w.source, w.message);
}

/// Standard output behind a large buffer: stdout alone is line-buffered,
/// a write call per line of JSON (a 200 MB report spent most of its time
/// in them). Callers flush it, so a write error is not lost.
fn buffered_stdout() -> std::io::BufWriter<std::io::StdoutLock<'static>> {
    std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock())
}

fn print_summary(s: &Summary, json: bool) -> Result<(), String> {
    let mut out = buffered_stdout();
    let result = if json {
        serde_json::to_writer_pretty(&mut out, s)
            .map_err(|e| e.to_string())
            .and_then(|()| writeln!(out).map_err(|e| e.to_string()))
    } else {
        write_table(&mut Terminal::new(&mut out), s).map_err(|e| e.to_string())
    }
    .and_then(|()| out.flush().map_err(|e| e.to_string()));
    if !json {
        for w in &s.warnings {
            print_warning(w);
        }
    }
    match result {
        Err(e) if e.contains("Broken pipe") => Ok(()),
        other => other.map_err(|e| format!("{WRITE_ERROR} output: {e}")),
    }
}

/// `dateline chart KIND`: the same SVG file as the page's download.
fn chart_command(
    kind: &str,
    paths: &[OsString],
    terms: Option<&str>,
    values: &std::collections::BTreeMap<&str, String>,
) -> Result<(), String> {
    let number = |name: &str, default: u32| -> Result<u32, String> {
        match values.get(name) {
            Some(v) => v
                .parse()
                .map_err(|_| format!("{name} needs a number of pixels, not '{v}'")),
            None => Ok(default),
        }
    };
    let (default_w, default_h) = match kind {
        "mentions" => (900, 300),
        "sentiment" => (900, 260),
        "timeline" => (900, 70),
        other => {
            return Err(format!(
                "unknown chart '{other}' (mentions, sentiment or timeline)"
            ));
        }
    };
    let day = match values.get("--day") {
        Some(d) => Some(dateline::analyse::period::Period::range(d).ok_or(format!(
            "--day needs a day (2026-01-08), ISO week (2026-W02), month (2026-01) or year (2026), not '{d}'"
        ))?),
        None => None,
    };
    let by = match values.get("--by").map(String::as_str) {
        None | Some("auto") => None,
        Some(p) => Some(
            dateline::analyse::period::Period::named(p)
                .ok_or(format!("--by is auto, day, week, month or year, not '{p}'"))?,
        ),
    };
    let theme = match values.get("--theme").map(String::as_str) {
        None | Some("light") => Theme::light(),
        Some("dark") => Theme::dark(),
        Some(other) => return Err(format!("--theme is light or dark, not '{other}'")),
    };
    let queries = match terms {
        Some(t) => query::parse_list(t).map_err(|e| e.to_string())?,
        None => Vec::new(),
    };
    let (corpus, ents, warnings) = load_with_entities(paths);
    let (set, _) = SeriesSet::new(&queries, &ents);
    let all = analysis::run(&corpus, &set, &ents, analysis::Want::all());
    let view = View::of_corpus(
        &corpus,
        number("--width", default_w)?,
        number("--height", default_h)?,
        theme,
        day,
    )
    .by(by)
    .named(&corpus_name(paths));
    let file = match kind {
        "mentions" => {
            let counts = all.counts.as_ref().ok_or("no counts")?;
            let picks = match values.get("--series") {
                Some(list) => chart::picks(
                    counts,
                    &list
                        .split(',')
                        .map(|s| s.trim().to_string())
                        .collect::<Vec<_>>(),
                ),
                None if !queries.is_empty() => {
                    chart::picks(counts, &set.labels[..set.labels.len() - ents.len()])
                }
                None => chart::top_series(counts, 4),
            };
            let mode = MentionMode::named(values.get("--mode").map_or("raw", String::as_str));
            file::mentions(counts, &picks, mode, &view)
        }
        "sentiment" => {
            let lens = Lens::named(values.get("--lens").map_or("tone", String::as_str));
            file::sentiment(all.sentiment.as_ref().ok_or("no sentiment")?, lens, &view)
        }
        _ => chart::standalone(&chart::timeline(
            all.events.as_ref().ok_or("no events")?,
            &view,
        )),
    };
    for w in &warnings {
        print_warning(w);
    }
    match values.get("--out") {
        Some(out) => std::fs::write(out, file).map_err(|e| format!("{WRITE_ERROR} {out}: {e}")),
        None => std::io::stdout()
            .write_all(file.as_bytes())
            .map_err(|e| format!("{WRITE_ERROR} output: {e}")),
    }
}

/// Prints `value` as JSON, or as the table `table` writes, with the
/// warnings on stderr; a closed pipe is not an error.
fn emit<T: Serialize>(
    value: &T,
    json: bool,
    warnings: &[Warning],
    table: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), String> {
    let mut out = buffered_stdout();
    let result = if json {
        serde_json::to_writer_pretty(&mut out, value)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out))
    } else {
        table(&mut Terminal::new(&mut out))
    }
    .and_then(|()| out.flush());
    // A corpus.toml or entities.toml that does not parse is an input that
    // could not be read (its warning says "not read: …").
    if warnings.iter().any(|w| w.message.starts_with("not read:")) {
        unreadable();
    }
    if !json {
        for w in warnings {
            print_warning(w);
        }
    }
    match result {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(|e| format!("{WRITE_ERROR} output: {e}")),
    }
}

fn counts_table(out: &mut dyn Write, r: &CountsReport) -> std::io::Result<()> {
    writeln!(
        out,
        "{:<10}  {:>8}  {:>6}  MENTIONS (most first)",
        "DATE", "ARTICLES", "WORDS"
    )?;
    let rows = r
        .days
        .iter()
        .chain((r.undated.articles > 0).then_some(&r.undated));
    for b in rows {
        let mut top: Vec<(&str, usize)> = b.counts.iter().filter(|&(_, c)| c > 0).collect();
        top.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        let list: Vec<String> = top
            .iter()
            .take(8)
            .map(|(t, c)| format!("{t} {c}"))
            .collect();
        let date = b.date.map_or("undated".to_string(), |d| d.to_string());
        writeln!(
            out,
            "{date:<10}  {:>8}  {:>6}  {}",
            b.articles,
            b.words,
            list.join(" · ")
        )?;
    }
    let mut totals: Vec<(String, usize)> = r
        .terms
        .iter()
        .map(|t| (t.clone(), r.articles.iter().map(|a| a.counts[t]).sum()))
        .collect();
    totals.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let list: Vec<String> = totals.iter().map(|(t, c)| format!("{t} {c}")).collect();
    writeln!(out, "total: {}", list.join(" · "))
}

fn events_table(out: &mut dyn Write, r: &EventsReport) -> std::io::Result<()> {
    for e in &r.events {
        writeln!(out, "{:<10}  {}  [{}]", e.date, e.sentence, e.expression)?;
        writeln!(out, "{:<10}  sources: {}", "", e.sources.join(", "))?;
        if !e.entities.is_empty() {
            writeln!(out, "{:<10}  entities: {}", "", e.entities.join(", "))?;
        }
    }
    writeln!(out, "{} events", r.events.len())
}

fn sentiment_table(out: &mut dyn Write, r: &SentimentReport) -> std::io::Result<()> {
    writeln!(
        out,
        "{:<10}  {:>4}  {:>4}  {:>6}  {:>8}  {:>5}  {:>9}  WORDS BEHIND THE TALLIES",
        "DATE", "POS", "NEG", "NET", "CONFLICT", "COOP", "GOLDSTEIN"
    )?;
    let rows = r
        .days
        .iter()
        .chain((r.undated.articles > 0).then_some(&r.undated));
    for t in rows {
        let date = t.date.map_or("undated".to_string(), |d| d.to_string());
        let goldstein = t.goldstein.map_or("-".to_string(), |g| format!("{g:+.2}"));
        let top = |lens: &str| -> String {
            t.drivers
                .iter()
                .filter(|d| d.lens.as_str() == lens)
                .take(4)
                .map(|d| {
                    let neg = if d.negated > 0 {
                        format!(" ({} negated)", d.negated)
                    } else {
                        String::new()
                    };
                    format!("{} {}{neg}", d.word, d.count)
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        // A day of articles in other languages only is not neutral: it
        // was not scored (as the page says under its tone chart).
        let skipped = t.spanish_words_skipped + t.other_words_skipped;
        let scored = t.words > skipped;
        let net = if scored {
            format!("{:+.2}", t.net)
        } else {
            "-".to_string()
        };
        let drivers = if scored {
            [
                format!("tone: {}", top("tone")),
                format!("diplomacy: {}", top("diplomacy")),
            ]
            .join(" | ")
        } else {
            let langs = match (t.spanish_words_skipped > 0, t.other_words_skipped > 0) {
                (true, true) => "Spanish and other languages",
                (true, false) => "Spanish",
                _ => "other languages",
            };
            format!("not scored: {skipped} words in {langs}")
        };
        writeln!(
            out,
            "{date:<10}  {:>4}  {:>4}  {net:>6}  {:>8}  {:>5}  {goldstein:>9}  {drivers}",
            t.positive, t.negative, t.conflict, t.cooperation,
        )?;
    }
    Ok(())
}

fn print_text(corpus: &Corpus) -> Result<(), String> {
    let mut out = Terminal::new(buffered_stdout());
    let mut write = || -> std::io::Result<()> {
        for a in &corpus.articles {
            let date = a.date.map_or("undated".to_string(), |d| d.to_string());
            writeln!(
                out,
                "=== {} | {} ({}) | {}",
                a.id,
                date,
                a.date_source.name(),
                a.title
            )?;
            for p in &a.paragraphs {
                writeln!(out, "{p}")?;
            }
            writeln!(out)?;
        }
        Ok(())
    };
    let result = write().and_then(|()| out.flush());
    for w in &corpus.warnings {
        print_warning(w);
    }
    match result {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(|e| format!("{WRITE_ERROR} output: {e}")),
    }
}

fn write_table(out: &mut impl Write, s: &Summary) -> std::io::Result<()> {
    let id_w = s
        .articles
        .iter()
        .map(|a| a.id.chars().count())
        .max()
        .unwrap_or(2)
        .max(2);
    writeln!(
        out,
        "{:<id_w$}  {:<10}  {:<9}  {:>6}  TITLE",
        "ID", "DATE", "FROM", "WORDS"
    )?;
    for a in &s.articles {
        let date = a.date.map_or("undated".to_string(), |d| d.to_string());
        let from = serde_json::to_value(a.date_source)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        writeln!(
            out,
            "{:<id_w$}  {:<10}  {:<9}  {:>6}  {}",
            a.id, date, from, a.words, a.title
        )?;
    }
    let totals = s.totals();
    let n = |k: usize, one: &str, many: &str| format!("{k} {}", if k == 1 { one } else { many });
    writeln!(
        out,
        "{}, {} undated, {}",
        n(totals.articles, "article", "articles"),
        totals.undated,
        n(s.warnings.len(), "warning", "warnings")
    )
}

/// `s` cut to `n` characters, with an ellipsis when cut.
fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let mut out: String = s.chars().take(n - 1).collect();
    out.push('…');
    out
}
