//! How fast web pages are read, natively, on one core: decoding, parsing
//! (html5ever), the main text and what the page says about itself — what
//! `read::read_file` does for a `.html` file.
//!
//!   cargo bench --bench reading [-- DEVSET]
//!
//! DEVSET is a folder of test pages laid out as Mozilla Readability's test
//! suite (`*/source.html`; default `../shared/devsets/readability-test-pages`,
//! or `DATELINE_DEVSET`). Prints, for the dev set and for a 100 MB folder
//! made of its pages (cycled until 100 MB; `DATELINE_READING_MB` changes the
//! size), pages per second and MB per second on one thread, the median of
//! three runs after a warm-up run, with the spread. The pages are in memory
//! before the clock starts (no file reading is timed).

use std::time::{Duration, Instant};

// The CLI's allocator (see src/main.rs), so that the figures are the CLI's.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn pages(dir: &str) -> Vec<(String, Vec<u8>)> {
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {dir}: {e}"))
        .flatten()
        .map(|e| e.path().join("source.html"))
        .filter(|p| p.exists())
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).expect("a readable page");
            (p.to_string_lossy().into_owned(), bytes)
        })
        .collect()
}

/// Reads every page once; the number of articles found, so that nothing
/// is optimised away.
fn read_all(pages: &[(String, Vec<u8>)]) -> usize {
    let mut articles = 0;
    for (name, bytes) in pages {
        if let Ok(d) = dateline::read::decode::decode(name, bytes) {
            articles += dateline::read::html::read(&d.text).articles.len();
        }
    }
    articles
}

fn median_of_three(pages: &[(String, Vec<u8>)]) -> (Duration, Duration, Duration) {
    read_all(pages);
    let mut times: Vec<Duration> = (0..3)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(read_all(pages));
            t.elapsed()
        })
        .collect();
    times.sort();
    (times[1], times[0], times[2])
}

fn report(label: &str, pages: &[(String, Vec<u8>)]) {
    let bytes: usize = pages.iter().map(|(_, b)| b.len()).sum();
    let (median, low, high) = median_of_three(pages);
    let secs = median.as_secs_f64();
    println!(
        "{label}: {} pages, {:.1} MB: {:.0} ms (median of 3; {:.0}-{:.0}), {:.0} pages/s, {:.1} MB/s, {:.2} ms/page, one thread",
        pages.len(),
        bytes as f64 / 1e6,
        secs * 1e3,
        low.as_secs_f64() * 1e3,
        high.as_secs_f64() * 1e3,
        pages.len() as f64 / secs,
        bytes as f64 / 1e6 / secs,
        secs * 1e3 / pages.len() as f64
    );
}

fn main() {
    let dir = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .or_else(|| std::env::var("DATELINE_DEVSET").ok())
        .unwrap_or_else(|| "../shared/devsets/readability-test-pages".into());
    if !std::path::Path::new(&dir).is_dir() {
        println!("reading benchmark skipped: no dev set at {dir} (set DATELINE_DEVSET)");
        return;
    }
    let dev = pages(&dir);
    report("HTML reading, dev set", &dev);
    let mb: usize = std::env::var("DATELINE_READING_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100);
    let mut folder = Vec::new();
    let mut bytes = 0;
    while bytes < mb * 1_000_000 && !dev.is_empty() {
        let (name, page) = &dev[folder.len() % dev.len()];
        bytes += page.len();
        folder.push((format!("{}/{name}", folder.len()), page.clone()));
    }
    report(
        &format!("HTML reading, {mb} MB folder of the dev set's pages"),
        &folder,
    );
}
