//! `cargo bench --bench pipeline` (run by `./build.sh bench`): the native
//! read pipeline (decode → segment → date) over a deterministic synthetic
//! corpus made of the seed pages, in MB/s. Figures, not assertions.

use dateline::{Corpus, SourceFile, seeds};
use std::time::Instant;

/// About `target` bytes of seed pages, each copy under its own file name
/// (with an ISO date, so the file-name path is exercised too).
fn synthetic(target: usize) -> Vec<SourceFile> {
    let seeds: Vec<SourceFile> = seeds::files()
        .into_iter()
        .filter(|f| f.name.ends_with(".txt"))
        .collect();
    let mut out = Vec::new();
    let mut total = 0;
    let mut n = 0usize;
    while total < target {
        let s = &seeds[n % seeds.len()];
        let day = 1 + (n % 28);
        out.push(SourceFile {
            name: format!("copy{n:06}/2026-02-{day:02}-{}", s.name),
            bytes: s.bytes.clone(),
        });
        total += s.bytes.len();
        n += 1;
    }
    out
}

fn main() {
    // DATELINE_BENCH_MB=1 DATELINE_BENCH_RUNS=1 for a quick run under a
    // profiler (valgrind --tool=callgrind).
    let sizes: Vec<usize> = std::env::var("DATELINE_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .map_or(vec![1, 10], |mb| vec![mb]);
    let runs: usize = std::env::var("DATELINE_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5)
        .max(1);
    for mb in sizes {
        let files = synthetic(mb * 1_000_000);
        let bytes: usize = files.iter().map(|f| f.bytes.len()).sum();
        let mut times = Vec::new();
        let mut articles = 0;
        for _ in 0..runs {
            let t = Instant::now();
            let c = Corpus::from_files(&files);
            times.push(t.elapsed().as_secs_f64());
            articles = c.articles.len();
        }
        times.sort_by(f64::total_cmp);
        let median = times[times.len() / 2];
        println!(
            "pipeline {:>5.1} MB, {:>6} files, {:>6} articles: median {:>7.1} ms = {:>6.1} MB/s ({runs} runs)",
            bytes as f64 / 1e6,
            files.len(),
            articles,
            median * 1e3,
            bytes as f64 / 1e6 / median
        );
    }
}
