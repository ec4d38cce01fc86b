//! Time linear in the input: each test doubles an input that once took
//! time growing with its square (Markdown brackets, events of one day and
//! name, many queries, people met by their initials) or might (printed
//! dates, web pages) and fails when the time more than triples. In a test binary of its own, so that the
//! property tests of `tests/fuzz.rs` do not run beside the timings.
#![cfg(not(target_arch = "wasm32"))]

use dateline::analyse::analysis::{self, Want};
use dateline::analyse::mentions::SeriesSet;
use dateline::analyse::{entities, query};
use dateline::read::dates;
use dateline::{Corpus, SourceFile, seeds};

/// One timing of `f` on an input of `n` units, in seconds.
fn time(n: usize, f: &dyn Fn(usize)) -> f64 {
    let t = std::time::Instant::now();
    f(n);
    t.elapsed().as_secs_f64()
}

/// Fails when doubling the input more than triples the time (linear time
/// doubles it; the square of the input would quadruple it). The two sizes
/// are timed in turn, five times each, and the least of each is compared,
/// so that a busy moment of the machine weighs on both; a millisecond is
/// added to both, so that timer noise on tiny times cannot fail it. Up to
/// three tries: an input of quadratic time fails every one.
fn assert_linear(what: &str, n: usize, f: &dyn Fn(usize)) {
    f(n); // warm-up
    let mut last = (0.0, 0.0);
    for _ in 0..3 {
        let (mut once, mut twice) = (f64::INFINITY, f64::INFINITY);
        for _ in 0..5 {
            once = once.min(time(n, f));
            twice = twice.min(time(2 * n, f));
        }
        if twice + 0.001 <= 3.0 * (once + 0.001) {
            return;
        }
        last = (once, twice);
    }
    panic!(
        "{what}: {n} units in {:.1} ms, {} in {:.1} ms, in each of three tries",
        last.0 * 1e3,
        2 * n,
        last.1 * 1e3
    );
}

#[test]
fn markdown_with_many_brackets_is_read_in_linear_time() {
    // `Title\n\nx [[[[…`: each `[` used to look for `](` to the end of the
    // line (100,000 took 4.9 s).
    for pattern in ["[", "[a](", "![", "[x] "] {
        assert_linear(&format!("markdown {pattern:?}"), 20_000, &|n| {
            let text = format!("Title\n\nx {}\n", pattern.repeat(n));
            let files = [SourceFile {
                name: "a.md".into(),
                bytes: text.into_bytes(),
            }];
            std::hint::black_box(Corpus::from_files(&files));
        });
    }
}

#[test]
fn events_of_one_day_and_one_name_are_merged_in_linear_time() {
    let (ents, _) = entities::parse("entities.toml", seeds::ENTITIES);
    let events_of = |files: Vec<SourceFile>| {
        let corpus = Corpus::from_files(&files);
        std::hint::black_box(analysis::find_events(&corpus, &ents));
    };
    // One article of n sentences that all report the same day and name
    // (4 MB took 6 s; 17 MB did not finish in two minutes).
    assert_linear("one article", 12_000, &|n| {
        let mut text = String::from("Petro and the day\n\n");
        for i in 0..n {
            text.push_str(&format!(
                "Petro spoke on January 7, 2026 about topic{i} and plan{i}. "
            ));
        }
        events_of(vec![SourceFile {
            name: "2026-01-07-a.txt".into(),
            bytes: text.into_bytes(),
        }]);
    });
    // One sentence of n date words (weekdays, months, "last week" run
    // together with no full stop): each date looked through the whole
    // sentence (564 KB took 97 s).
    assert_linear("one sentence of dates", 1_500, &|n| {
        let mut text = String::from("Dates\n\nJanuary 7, 2026\n\n");
        for i in 0..n {
            text.push_str(&format!(
                "Monday Tuesday last week on June 23 and {} May word ",
                1 + i % 28
            ));
        }
        events_of(vec![SourceFile {
            name: "2026-01-07-b.txt".into(),
            bytes: text.into_bytes(),
        }]);
    });
    // n small files of the same day and name, each telling its own
    // happening (16,000 took 14.8 s).
    assert_linear("small files", 2_000, &|n| {
        events_of(
            (0..n)
                .map(|i| SourceFile {
                    name: format!("2026-01-07-{i:05}.txt"),
                    bytes: format!(
                        "Note {i}\n\nOn January 7, 2026 Petro spoke about topic{i} and plan{i}.\n"
                    )
                    .into_bytes(),
                })
                .collect(),
        )
    });
}

#[test]
fn queries_are_matched_in_time_linear_in_their_number_and_the_text() {
    let (ents, _) = entities::parse("entities.toml", seeds::ENTITIES);
    let text = |paragraphs: usize| {
        let mut t = String::from("Harbor notes\n\n");
        for i in 0..paragraphs {
            t.push_str(&format!(
                "The harbor board met on budget item{i} and the mayor praised volunteer{i}, \
                 while Petro and Trump talked about trade, tariffs and plan{i}.\n\n"
            ));
        }
        t
    };
    let count = |corpus: &Corpus, n: usize| {
        let list: Vec<String> = (0..n)
            .map(|i| format!("item{i}|plan{i} OR \"the harbor\" OR volunteer{i}*"))
            .collect();
        let queries: Vec<query::Query> = list.iter().filter_map(|q| query::parse(q).ok()).collect();
        let (set, _) = SeriesSet::new(&queries, &ents);
        let want = Want {
            counts: true,
            sentiment: false,
            events: false,
            lean_articles: true,
        };
        std::hint::black_box(analysis::run(corpus, &set, &ents, want));
    };
    // The number of queries doubled (up to the page's limit of 200) on
    // the same text: each query used to be compared with every other.
    let corpus = Corpus::from_texts(&[("2026-01-07-a.txt", text(2_000).as_str())]);
    assert_linear("queries", query::MAX_QUERIES / 2, &|n| count(&corpus, n));
    // The text doubled under the same 50 queries.
    assert_linear("text under 50 queries", 2_000, &|n| {
        let t = text(n);
        count(&Corpus::from_texts(&[("2026-01-07-a.txt", t.as_str())]), 50)
    });
}

#[test]
fn printed_dates_are_found_in_linear_time() {
    // Lines of dates in every form, and runs that look like the start of
    // one without ending it (digits and dots, month names, day numbers).
    for piece in [
        "On 12.03.2020, 1 March 2020 and March 2, 2020 (2020-03-03) ",
        "1.1.1.1.1.1.1.1.",
        "March March March ",
        "12 12 12 12 2020 ",
        "lunes 3 de marzo de 2020, ",
    ] {
        assert_linear(&format!("dates in {piece:?}"), 4_000, &|n| {
            let line = piece.repeat(n);
            std::hint::black_box(dates::find_dates(&line));
        });
    }
}

#[test]
fn web_pages_are_read_in_linear_time() {
    // Paragraphs after paragraphs, boxes inside boxes (capped in depth),
    // and attributes in every tag.
    for (what, open, close) in [
        (
            "paragraphs",
            "<p class=\"body-text\">The council met on the water plan, again. ",
            "</p>",
        ),
        ("nested boxes", "<div class=\"wrap\"><span>a ", ""),
        // Each box asks about what it holds: a teaser's paragraphs, a
        // sentence's links.
        (
            "nested teasers",
            "<div class=\"teaser\"><div class=\"article-body\"><p>Text of it. ",
            "",
        ),
        (
            "spans in a sentence",
            "<p>The council met <span><a href=\"/x\">on the plan</a></span> again. <span><span>",
            "",
        ),
        (
            "list items",
            "<li><a href=\"/x\" class=\"link\">A story</a> ",
            "",
        ),
        // Under the headline, each footer is asked whether it is a
        // byline's; each box named for comments whether it holds them.
        ("nested footers", "<footer class=\"meta\"><span>", ""),
        (
            "nested comment boxes",
            "<div class=\"comments\"><blockquote>",
            "",
        ),
    ] {
        assert_linear(&format!("html {what}"), 4_000, &|n| {
            let page = format!(
                "<!doctype html><html><head><title>T</title></head><body><h1>The headline</h1>{}</body></html>",
                format!("{open}{close}").repeat(n)
            );
            let files = [SourceFile {
                name: "page.html".into(),
                bytes: page.into_bytes(),
            }];
            std::hint::black_box(Corpus::from_files(&files));
        });
    }
}

#[test]
fn names_are_found_in_linear_time_in_the_number_of_people() {
    // Every person is met by full name and by initial (`Juan Dorkelomi
    // said`, `J. Dorkelomi`): each initial used to be compared with every
    // person's full name (a quarter of the settling of 100 MB of speeches).
    let syllables = ["ba", "ke", "lo", "mi", "nu", "ra", "se", "ti", "vo", "za"];
    let surname = |mut i: usize| {
        let mut s = String::from("Dor");
        for _ in 0..4 {
            s.push_str(syllables[i % 10]);
            i /= 10;
        }
        s
    };
    assert_linear("people with initials", 1_500, &|n| {
        let mut text = String::from("The town hall\n\n");
        for i in 0..n {
            let s = surname(i);
            text.push_str(&format!(
                "Juan {s} said the plan works. The mayor and J. {s} agreed.\n\n"
            ));
        }
        let files = [SourceFile {
            name: "town.txt".into(),
            bytes: text.into_bytes(),
        }];
        let corpus = Corpus::from_files(&files);
        std::hint::black_box(dateline::analyse::discover::discover(&corpus));
    });
}
