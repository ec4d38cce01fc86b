//! Nothing panics on any input: deterministic pseudo-random bytes and
//! mixtures of the fragments the parser reacts to, through the whole
//! pipeline. (A coverage-guided fuzz target is a separate, longer run.)

use dateline::{Corpus, SourceFile};

struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

const FRAGMENTS: &[&str] = &[
    "<p>",
    "</p>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<div hidden>",
    "&amp;",
    "&#x",
    "&",
    "<",
    ">",
    "\"",
    "'",
    "’",
    "January 3, 2026",
    "3 de enero de 2026",
    "02/03/1987",
    "31/02/2026",
    "2026-01-07T",
    "at 17:53",
    "\n",
    "\n\n",
    "\r\n",
    " — ",
    "ALEPPO, Syria (AP) — ",
    "BOGOTÁ — ",
    "Share\n",
    "MORE STORIES\n",
    "(AP Photo/X)",
    "Title Line Here\n",
    "Sentence with words here. ",
    "U.S.",
    "6,000",
    "🙂",
    "\u{200b}",
    "\u{feff}",
    "é",
    "99999",
    "6th",
    "of",
    "Sept.",
    ",",
    ".",
];

#[test]
fn random_bytes_and_fragment_soup_never_panic() {
    let mut rng = Lcg(0x5eed);
    let mut files = Vec::new();
    for n in 0..600 {
        let len = (rng.next() % 400) as usize;
        let bytes: Vec<u8> = if n % 3 == 0 {
            (0..len).map(|_| rng.next() as u8).collect()
        } else {
            let mut s = String::new();
            for _ in 0..len / 4 {
                s.push_str(FRAGMENTS[(rng.next() as usize) % FRAGMENTS.len()]);
            }
            s.into_bytes()
        };
        let ext = ["txt", "html", "md"][n % 3];
        let file = SourceFile {
            name: format!("f{n}.{ext}"),
            bytes,
        };
        // Each file alone, then all together.
        let c = Corpus::from_files(std::slice::from_ref(&file));
        for a in &c.articles {
            assert!(!a.title.is_empty());
        }
        files.push(file);
    }
    let c = Corpus::from_files(&files);
    assert!(c.articles.len() + c.warnings.len() > 0);
}

#[test]
fn long_lines_and_deep_nesting_are_handled() {
    let line = "word ".repeat(200_000);
    let deep = format!(
        "{}Deep nesting still yields this sentence of text.{}",
        "<div>".repeat(50_000),
        "</div>".repeat(50_000)
    );
    let c = Corpus::from_files(&[
        SourceFile {
            name: "long.txt".into(),
            bytes: line.into_bytes(),
        },
        SourceFile {
            name: "deep.html".into(),
            bytes: deep.into_bytes(),
        },
    ]);
    assert_eq!(c.articles.len(), 2);
    assert_eq!(c.articles[0].words, 200_000);
}

/// Reads one web page, as the CLI does; the time it took.
fn read_page(html: &str) -> std::time::Duration {
    let t = std::time::Instant::now();
    let c = Corpus::from_files(&[SourceFile {
        name: "page.html".into(),
        bytes: html.as_bytes().to_vec(),
    }]);
    assert!(c.articles.len() + c.warnings.len() > 0);
    t.elapsed()
}

/// A page of `n` units of `unit`, the article's text in the innermost.
fn nested(unit: &str, n: usize) -> String {
    format!(
        "<html><body>{}<p>Deep nesting still yields this sentence of text, with a comma.</p></body></html>",
        unit.repeat(n)
    )
}

#[test]
fn a_hundred_thousand_nested_tags_are_read_in_time_linear_in_their_number() {
    // The tree builder looks through the open elements for many tags: with
    // 20,000 nested divs that took 10 s before elements deeper than 256
    // were dropped. Doubled input, about doubled time (quadratic would be
    // four times); the largest has 100,000 tags.
    for unit in [
        "<div>",
        "<ul><li>",
        "<b>",
        "<table><tr><td>",
        "<p><span>",
        "<a href=x>",
    ] {
        let small = read_page(&nested(unit, 25_000));
        let large = read_page(&nested(unit, 100_000));
        assert!(
            large < small * 8 + std::time::Duration::from_millis(500),
            "{unit}: 25,000 in {small:?}, 100,000 in {large:?}"
        );
    }
}

#[test]
fn a_large_page_is_read_in_time_linear_in_its_size() {
    // `./build.sh fuzz` reads 50 MB (DATELINE_BIG_MB); the test run a
    // tenth of it. A page of real-looking markup: navigation, paragraphs
    // with links, a script, a table.
    let mb: usize = std::env::var("DATELINE_BIG_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5);
    let block = "<div class='row'><nav><a href='/a'>Home</a> <a href='/b'>World</a></nav>\
                 <p>The council voted on Tuesday to rebuild the <a href='/x'>old bridge</a>, after two years of debate.</p>\
                 <script>var x = '<p>not text</p>';</script><table><tr><td>1</td><td>2</td></tr></table></div>\n";
    let page = |bytes: usize| {
        format!(
            "<html><body>{}</body></html>",
            block.repeat(bytes / block.len())
        )
    };
    let half = read_page(&page(mb * 500_000));
    let whole = read_page(&page(mb * 1_000_000));
    assert!(
        whole < half * 3 + std::time::Duration::from_millis(500),
        "{} MB in {half:?}, {mb} MB in {whole:?}",
        mb as f64 / 2.0
    );
}

/// Makes a text of about `n` units.
type Maker = Box<dyn Fn(usize) -> String>;

/// Finds the names of one text, as `dateline entities` does; the time it
/// took.
fn discover_in(text: &str) -> std::time::Duration {
    let c = Corpus::from_files(&[SourceFile {
        name: "t.txt".into(),
        bytes: text.as_bytes().to_vec(),
    }]);
    let t = std::time::Instant::now();
    let found = dateline::analyse::discover::discover(&c);
    assert!(found.entities.len() <= dateline::analyse::discover::MAX_ENTITIES);
    t.elapsed()
}

#[test]
fn entity_discovery_takes_time_linear_in_the_text() {
    // Texts made to be slow: every word a capital (a name run that never
    // ends), a capital after each sentence end, a long run of punctuation
    // before many capitals, distinct names by the thousand, one long word.
    let cases: Vec<(&str, Maker)> = vec![
        (
            "capitals",
            Box::new(|n| format!("T\n\n{}.\n", "Alpha Beta Gamma ".repeat(n))),
        ),
        (
            "sentences",
            Box::new(|n| format!("T\n\n{}\n", "Petro met Trump in Bogotá. ".repeat(n))),
        ),
        (
            "punctuation",
            Box::new(|n| {
                format!(
                    "T\n\n{}{}\n",
                    "- ".repeat(n),
                    "Ana Ruiz said. ".repeat(n / 4)
                )
            }),
        ),
        (
            "distinct",
            Box::new(|n| {
                // Letters for a number: a distinct name per i.
                let name = |mut i: usize| {
                    let mut s = String::from("K");
                    loop {
                        s.push(char::from(b'a' + (i % 26) as u8));
                        i /= 26;
                        if i == 0 {
                            break s;
                        }
                    }
                };
                let mut s = String::from("T\n\n");
                for i in 0..n / 4 {
                    s.push_str(&format!(
                        "Then {} {} met Mr. {} in {}. ",
                        name(i % 997),
                        name(i),
                        name(i % 13),
                        name(i % 101)
                    ));
                }
                s
            }),
        ),
        (
            "long word",
            Box::new(|n| format!("T\n\nA{} B.\n", "x".repeat(n * 8))),
        ),
    ];
    for (what, text) in cases {
        let small = discover_in(&text(25_000));
        let large = discover_in(&text(100_000));
        assert!(
            large < small * 8 + std::time::Duration::from_millis(300),
            "{what}: {small:?} for n, {large:?} for 4n"
        );
    }
}
