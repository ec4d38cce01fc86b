//! `cargo bench --bench pipeline` (run by `./build.sh bench`): the native
//! pipeline over a deterministic synthetic corpus made of the seed pages with
//! shifted dates, in MB/s per stage and for the whole analysis. Figures, not
//! assertions.
//!
//! DATELINE_BENCH_MB (default 100) sets the corpus size and
//! DATELINE_BENCH_RUNS (default 3) the runs; the median is reported.

use dateline::analysis::{self, Want};
use dateline::mentions::{self, SeriesSet};
use dateline::{Corpus, SourceFile, entities, events, query, seeds, sentiment};
use std::time::Instant;

/// About `target` bytes of seed pages. Copy `n` has its years shifted back
/// by `n % 40` (so the days spread over decades) and a dated file name.
fn synthetic(target: usize) -> Vec<SourceFile> {
    let pages: Vec<(String, String)> = seeds::files()
        .into_iter()
        .filter(|f| f.name.ends_with(".txt"))
        .map(|f| (f.name, String::from_utf8_lossy(&f.bytes).into_owned()))
        .collect();
    let mut out = Vec::new();
    let mut total = 0;
    let mut n = 0usize;
    while total < target {
        let (name, text) = &pages[n % pages.len()];
        let shift = (n % 40) as i32;
        let text = text
            .replace("2026", &(2026 - shift).to_string())
            .replace("2025", &(2025 - shift).to_string());
        let day = 1 + (n % 28);
        out.push(SourceFile {
            name: format!("copy{n:06}/{}-02-{day:02}-{name}", 2026 - shift),
            bytes: text.into_bytes(),
        });
        total += out.last().map_or(0, |f| f.bytes.len());
        n += 1;
    }
    out
}

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
        .max(1)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let mb = env("DATELINE_BENCH_MB", 100);
    let runs = env("DATELINE_BENCH_RUNS", 3);
    let files = synthetic(mb * 1_000_000);
    let bytes: usize = files.iter().map(|f| f.bytes.len()).sum();
    let megabytes = bytes as f64 / 1e6;
    let (ents, _) = entities::parse("entities.toml", seeds::ENTITIES);
    let queries = query::parse_list("Petro,Trump,coup|putsch,diplom*").expect("valid queries");
    let (series, _) = SeriesSet::new(&queries, &ents);
    let mut stages: Vec<(&str, Vec<f64>)> = [
        "read (decode, segment, date)",
        "mentions alone",
        "sentiment alone",
        "events alone",
        "all three, one thread",
        "all three (`analysis::run`)",
    ]
    .into_iter()
    .map(|s| (s, Vec::new()))
    .collect();
    let mut summary = String::new();
    for _ in 0..runs {
        let t = Instant::now();
        let corpus = Corpus::from_files(&files);
        stages[0].1.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        let counts = mentions::count(&corpus, &series, &ents);
        stages[1].1.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        let tone = sentiment::analyse(&corpus, &ents);
        stages[2].1.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        let ev = events::find(&corpus, &ents);
        stages[3].1.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        let single = analysis::run_in_parts(&corpus, &series, &ents, Want::all(), 1);
        stages[4].1.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        let all = analysis::run(&corpus, &series, &ents, Want::all());
        stages[5].1.push(t.elapsed().as_secs_f64());
        assert!(single == all, "the threads change nothing");
        assert_eq!(all.events.map(|e| e.events.len()), Some(ev.events.len()));
        summary = format!(
            "{} files, {} articles, {} days, {} events",
            files.len(),
            corpus.articles.len(),
            counts.days.len().max(tone.days.len()),
            ev.events.len()
        );
    }
    println!("synthetic corpus: {megabytes:.1} MB, {summary}; median of {runs} runs");
    let medians: Vec<(&str, f64)> = stages.into_iter().map(|(n, t)| (n, median(t))).collect();
    for (name, m) in &medians {
        println!(
            "  {name:<30} {:>8.0} ms  {:>7.1} MB/s",
            m * 1e3,
            megabytes / m
        );
    }
    for (name, analysis) in [
        ("whole, one thread", medians[4].1),
        ("whole (read + `analysis::run`)", medians[5].1),
    ] {
        let whole = medians[0].1 + analysis;
        println!(
            "  {name:<30} {:>8.0} ms  {:>7.1} MB/s",
            whole * 1e3,
            megabytes / whole
        );
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!("  (`analysis::run` cuts a corpus this size into {cores} parts, one thread each)");
}
