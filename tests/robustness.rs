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
