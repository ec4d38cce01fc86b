//! `cargo bench --bench pipeline` (run by `./build.sh bench`): the native
//! pipeline over deterministic synthetic corpora made from the seed pages,
//! in MB/s per stage and for the whole pipeline. Figures, not assertions.
//!
//! The corpora: copies of the seed pages with their years shifted back by
//! `copy % 40` and the sentences of each long paragraph shuffled (a seeded
//! generator, so every run reads the same bytes), at each size of
//! DATELINE_BENCH_MB (default `10,100,400`); and DATELINE_BENCH_SMALL
//! (default 20000, 0 to skip) small files of about 5 KB each, the first
//! lines of a seed page. DATELINE_BENCH_RUNS (default 3; 1 above 200 MB)
//! sets the runs; the median is reported. DATELINE_BENCH_DIR=path[:path…]
//! adds folders of files, analysed with the names discovery finds in them
//! (such as the real-text corpora of `tests/tools/realtext.py`, or the
//! browser benchmark's corpus).
//!
//! The whole pipeline (read, then `analysis::run`) is timed first, each run
//! with nothing else alive, as the command line runs it, after one
//! warm-up run (printed on its own: a command line run is always such a
//! first run); the stages alone follow, each dropping its result before
//! the next. (Timing `analysis::run` while the results of the stages
//! before it were alive cost it some 15%.)

use dateline::analyse::analysis::{self, Want};
use dateline::analyse::mentions::SeriesSet;
use dateline::analyse::{discover, entities, keyness, query};
use dateline::{Corpus, SourceFile, seeds};
use std::time::Instant;

/// The allocator of the native command line (see Cargo.toml): the
/// analyses' many small lists cost less with it than with the system's.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// A small deterministic generator (xorshift64*), so the corpora are the
/// same on every machine without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// The seed pages (the text files), as text.
fn pages() -> Vec<(String, String)> {
    seeds::files()
        .into_iter()
        .filter(|f| f.name.ends_with(".txt"))
        .map(|f| (f.name, String::from_utf8_lossy(&f.bytes).into_owned()))
        .collect()
}

/// Copy `n` of a page: years shifted back by `n % 40`, the sentences of
/// each line longer than 200 bytes in a shuffled order.
fn copy_of(text: &str, n: usize, rng: &mut Rng) -> String {
    let shift = (n % 40) as i32;
    let text = text
        .replace("2026", &(2026 - shift).to_string())
        .replace("2025", &(2025 - shift).to_string());
    let mut out = String::with_capacity(text.len() + 64);
    for line in text.lines() {
        if line.len() > 200 {
            let mut sentences: Vec<&str> = line.split_inclusive(". ").collect();
            for i in (1..sentences.len()).rev() {
                sentences.swap(i, rng.below(i + 1));
            }
            for s in sentences {
                out.push_str(s.trim_end());
                out.push(' ');
            }
            out.pop();
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

/// About `target` bytes of shuffled, shifted copies of the seed pages,
/// each with a dated file name.
fn synthetic(target: usize) -> Vec<SourceFile> {
    let pages = pages();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let (mut out, mut total, mut n) = (Vec::new(), 0, 0usize);
    while total < target {
        let (name, text) = &pages[n % pages.len()];
        let bytes = copy_of(text, n, &mut rng).into_bytes();
        total += bytes.len();
        out.push(SourceFile {
            name: format!("copy{n:06}/{}-02-{:02}-{name}", 2026 - (n % 40), 1 + n % 28),
            bytes,
        });
        n += 1;
    }
    out
}

/// `count` small pages: the first lines of a shifted, shuffled seed copy,
/// up to about 5 KB each.
fn small_files(count: usize) -> Vec<SourceFile> {
    let pages = pages();
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    (0..count)
        .map(|n| {
            let (name, text) = &pages[n % pages.len()];
            let full = copy_of(text, n, &mut rng);
            let mut cut = 0;
            for line in full.split_inclusive('\n') {
                if cut + line.len() > 5_000 && cut > 0 {
                    break;
                }
                cut += line.len();
            }
            SourceFile {
                name: format!("small{n:05}/{name}"),
                bytes: full.as_bytes()[..cut].to_vec(),
            }
        })
        .collect()
}

fn env_list(name: &str, default: &str) -> Vec<usize> {
    std::env::var(name)
        .unwrap_or_else(|_| default.to_string())
        .split(',')
        .filter_map(|v| v.trim().parse().ok())
        .collect()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Runs every stage on `files` and prints one table.
/// Times the pipeline on `files`. With `own_entities` the entities are the
/// ones the corpus's own names give (discovery, as the command line does
/// for a folder with no `entities.toml`) and the queries are none; else the
/// bundled corpus's list and four queries.
fn measure(label: &str, files: &[SourceFile], own_entities: bool) {
    let bytes: usize = files.iter().map(|f| f.bytes.len()).sum();
    let megabytes = bytes as f64 / 1e6;
    let default_runs = if megabytes > 200.0 { 1 } else { 3 };
    let runs = env_list("DATELINE_BENCH_RUNS", &default_runs.to_string())
        .first()
        .copied()
        .unwrap_or(default_runs)
        .max(1);
    let (ents, queries) = if own_entities {
        let corpus = Corpus::from_files(files);
        (discover::of_corpus(&corpus).0, Vec::new())
    } else {
        let (ents, _) = entities::parse("entities.toml", seeds::ENTITIES);
        let queries = query::parse_list("Petro,Trump,coup|putsch,diplom*").expect("valid queries");
        (ents, queries)
    };
    let (series, _) = SeriesSet::new(&queries, &ents);
    let names = [
        "read (decode, segment, date)",
        "all three (`analysis::run`)",
        "mentions alone",
        "sentiment alone",
        "events alone",
        "all three, one thread",
        "read, one thread",
        "entity discovery (parts on threads)",
        "keyness: word counts by day, once",
        "keyness: one month, then",
        "keyness: one day, then",
        "whole, all on one thread",
    ];
    let mut times: Vec<Vec<f64>> = vec![Vec::new(); names.len()];
    let mut whole = Vec::new();
    let mut summary = String::new();
    let timed = |times: &mut Vec<f64>, f: &mut dyn FnMut()| {
        let t = Instant::now();
        f();
        times.push(t.elapsed().as_secs_f64());
    };
    // The pipeline as the command line runs it, `runs` times first: read,
    // then analyse, with nothing else alive. The stages alone follow, each
    // dropping its result before the next starts.
    // Run 0 is the warm-up (as criterion and divan do): the first run on a
    // heap the process has not used at this size yet, as every command
    // line run is. It is printed, not counted in the medians.
    let mut first = 0.0;
    for run in 0..=runs {
        let t = Instant::now();
        let corpus = Corpus::from_files(files);
        let read = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let all = analysis::run(&corpus, &series, &ents, Want::all());
        let analyse = t.elapsed().as_secs_f64();
        if run == 0 {
            first = read + analyse;
        } else {
            times[0].push(read);
            times[1].push(analyse);
            whole.push(read + analyse);
        }
        summary = format!(
            "{} files, {} articles, {} days, {} events",
            files.len(),
            corpus.articles.len(),
            all.counts.as_ref().map_or(0, |c| c.days.len()),
            all.events.as_ref().map_or(0, |e| e.events.len())
        );
    }
    let corpus = Corpus::from_files(files);
    let all = analysis::run(&corpus, &series, &ents, Want::all());
    // The thread count changes nothing (compared untimed).
    let single = analysis::run_in_parts(&corpus, &series, &ents, Want::all(), 1);
    assert!(single == all, "the number of threads changes nothing");
    drop(single);
    let counts = all.counts.expect("counts");
    // A month and a day of the corpus (the busiest day's month).
    let busiest = counts
        .days
        .iter()
        .max_by_key(|b| b.articles)
        .and_then(|b| b.date)
        .expect("a dated day");
    let day_label = busiest.to_string();
    let month_label = day_label[..7].to_string();
    for _ in 0..runs {
        timed(&mut times[2], &mut || {
            drop(analysis::count_mentions(&corpus, &series, &ents))
        });
        timed(&mut times[3], &mut || {
            drop(analysis::tally_sentiment(&corpus, &ents))
        });
        timed(&mut times[4], &mut || {
            drop(analysis::find_events(&corpus, &ents))
        });
        timed(&mut times[5], &mut || {
            drop(analysis::run_in_parts(
                &corpus,
                &series,
                &ents,
                Want::all(),
                1,
            ))
        });
        // Every file read on the calling thread (no sidecars here).
        timed(&mut times[6], &mut || drop(Corpus::read_part(files)));
        timed(&mut times[7], &mut || drop(discover::discover(&corpus)));
        let mut totals = None;
        timed(&mut times[8], &mut || {
            totals = Some(keyness::WordTotals::of(&corpus))
        });
        // What one core does, as one run: every file read and every
        // analysis on the calling thread (the page's worker has one core,
        // so this is the figure its WebAssembly is compared with).
        timed(&mut times[11], &mut || {
            let corpus = Corpus::assemble(vec![Corpus::read_part(files)], &[]);
            drop(analysis::run_in_parts(
                &corpus,
                &series,
                &ents,
                Want::all(),
                1,
            ))
        });
        let totals = totals.expect("word totals");
        for (slot, label) in [(9, &month_label), (10, &day_label)] {
            timed(&mut times[slot], &mut || {
                drop(keyness::keywords(&corpus, &counts, &totals, label, 30))
            });
        }
    }
    println!("{label}: {megabytes:.1} MB, {summary}; median of {runs} run(s)");
    let medians: Vec<f64> = times.into_iter().map(median).collect();
    let row = |name: &str, secs: f64| {
        println!(
            "  {name:<34} {:>8.0} ms  {:>7.1} MB/s",
            secs * 1e3,
            megabytes / secs
        );
    };
    for (name, m) in names.iter().zip(&medians) {
        if name.ends_with(", then") {
            // A period's answer reads no text: a rate would mean nothing.
            println!("  {name:<34} {:>8.1} ms", m * 1e3);
        } else {
            row(name, *m);
        }
    }

    let each: Vec<String> = whole
        .iter()
        .map(|secs| format!("{:.0}", megabytes / secs))
        .collect();
    let whole_median = median(whole.clone());
    row("whole (read + `analysis::run`)", whole_median);
    println!(
        "  entity discovery adds {:.0}% to the whole (both on threads)",
        100.0 * medians[7] / whole_median
    );
    println!("  whole, each timed run: {} MB/s", each.join(", "));
    row("whole, warm-up run (as the CLI)", first);
}

fn main() {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "native pipeline, {cores} core(s); `analysis::run` uses one thread per core above 2 MB of text per core"
    );
    for mb in env_list("DATELINE_BENCH_MB", "10,100,400") {
        measure(
            &format!("{mb} MB of seed copies"),
            &synthetic(mb * 1_000_000),
            false,
        );
    }
    let small = env_list("DATELINE_BENCH_SMALL", "20000")
        .first()
        .copied()
        .unwrap_or(0);
    if small > 0 {
        measure(&format!("{small} small files"), &small_files(small), false);
    }
    // A folder of your own, or the one the browser benchmark used
    // (target/bench/page-corpus-100mb/corpus after `./build.sh bench`),
    // so that native and WebAssembly read the same files.
    // Folders (separated by ':') are analysed with their own names, as the
    // command line analyses a folder with no entities.toml.
    if let Ok(dirs) = std::env::var("DATELINE_BENCH_DIR") {
        for dir in dirs.split(':').filter(|d| !d.is_empty()) {
            let files = folder(std::path::Path::new(dir));
            let words = distinct_words(&files);
            measure(
                &format!("{dir} ({} files, {words} distinct words)", files.len()),
                &files,
                true,
            );
        }
    }
}

/// The distinct words of the files (runs of letters and digits, as
/// written), the figure that tells real text from copies.
fn distinct_words(files: &[SourceFile]) -> usize {
    let mut seen = std::collections::HashSet::new();
    for f in files {
        for w in String::from_utf8_lossy(&f.bytes).split(|c: char| !c.is_alphanumeric()) {
            if !w.is_empty() && !seen.contains(w) {
                seen.insert(w.to_string());
            }
        }
    }
    seen.len()
}

/// Every file under `dir`, named by its path below it, in path order.
fn folder(dir: &std::path::Path) -> Vec<SourceFile> {
    let mut paths = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        let entries =
            std::fs::read_dir(&d).unwrap_or_else(|e| panic!("cannot read {}: {e}", d.display()));
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                todo.push(path);
            } else {
                paths.push(path);
            }
        }
    }
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| {
            let bytes = std::fs::read(&p).ok()?;
            let name = p
                .strip_prefix(dir)
                .unwrap_or(&p)
                .to_string_lossy()
                .into_owned();
            Some(SourceFile { name, bytes })
        })
        .collect()
}
