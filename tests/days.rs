//! Publication days of 101 template-shaped pages written for these tests
//! (`tests/days/`, see its README): the day each gets, as the CLI reads a
//! `.html` file, against the day a careful reader finds (`gold.json`).
//! One page is known to differ, for the reason stated below; any other
//! difference fails.
#![cfg(feature = "html")]

use dateline::{Corpus, SourceFile};
use std::collections::BTreeMap;

/// Pages whose day dateline does not give, and why.
const KNOWN: &[(&str, &str)] = &[
    // The JSON-LD and the meta tag agree on a day four days after the
    // byline's: the markup is trusted (a migrated page's day, a reader
    // would say; most pages' markup is right where it disagrees with a
    // byline).
    ("byline_vs_jsonld.html", "2019-03-18"),
];

#[test]
fn template_shaped_pages_get_the_day_a_reader_finds() {
    let dir = format!("{}/tests/days", env!("CARGO_MANIFEST_DIR"));
    let gold: BTreeMap<String, Option<String>> = serde_json::from_str(
        &std::fs::read_to_string(format!("{dir}/gold.json")).expect("gold.json"),
    )
    .expect("gold.json is a map of days");
    assert_eq!(gold.len(), 101);
    let mut wrong = Vec::new();
    for (file, want) in &gold {
        let bytes = std::fs::read(format!("{dir}/{file}")).expect(file);
        let c = Corpus::from_files(&[SourceFile {
            name: file.clone(),
            bytes,
        }]);
        assert_eq!(c.articles.len(), 1, "{file}: one article");
        let got = c.articles[0].date.map(|d| d.to_string());
        if got != *want {
            wrong.push((file.as_str(), got.unwrap_or_default()));
        }
    }
    let known: Vec<(&str, String)> = KNOWN.iter().map(|&(f, d)| (f, d.to_string())).collect();
    assert_eq!(wrong, known, "pages whose day differs from the reader's");
}
