//! The bundled seed pages, end to end: which articles the parser finds, their
//! days and where those came from, and that no clutter survives.

use dateline::{DateSource, seed_corpus};

#[test]
fn the_seed_pages_hold_nine_articles_with_their_days() {
    let c = seed_corpus();
    let got: Vec<(&str, String, DateSource, &str)> = c
        .articles
        .iter()
        .map(|a| {
            (
                a.id.as_str(),
                a.date.map(|d| d.to_string()).unwrap_or_default(),
                a.date_source,
                a.title.as_str(),
            )
        })
        .collect();
    use DateSource::*;
    let want: Vec<(&str, String, DateSource, &str)> = vec![
        (
            "000_fcf66e28ab17d17e.txt#1",
            "2025-07-04".into(),
            Text,
            "US recalls top diplomat in Colombia as tensions with President Petro escalate",
        ),
        (
            "000_fcf66e28ab17d17e.txt#2",
            "2026-01-11".into(),
            Manifest,
            "First responders on Sunday entered a contested neighborhood in Syria’ s northern city of…",
        ),
        (
            "001_d64706cff6155e23.txt#1",
            "2026-01-08".into(),
            Text,
            "Petro–Trump Phone Call Defuses U.S.–Colombia Tensions",
        ),
        (
            "001_d64706cff6155e23.txt#2",
            "2026-01-07".into(),
            Text,
            "Petro Calls Colombians to the Streets After Trump Raises Military Option",
        ),
        (
            "001_d64706cff6155e23.txt#3",
            "2026-01-05".into(),
            Text,
            "Trump floats U.S. military action against Colombia after Maduro capture",
        ),
        (
            "001_d64706cff6155e23.txt#4",
            "2026-01-03".into(),
            Text,
            "US strikes in Venezuela: what does it mean for Colombia and what happens next?",
        ),
        (
            "002_5054c4fb9e4911b4.txt#1",
            "2025-07-10".into(),
            Manifest,
            "Petro Trump Apology Follows Coup Claim Backlash",
        ),
        (
            "003_d266aa3ed433b410.txt#1",
            "2026-01-08".into(),
            Manifest,
            "Trump appears to back away from threats to Colombia’s president",
        ),
        (
            "004_a1e41ab944e51419.txt#1",
            "2026-01-08".into(),
            Manifest,
            "Trump and Petro Open Channel After Diplomatic Standoff",
        ),
    ];
    assert_eq!(got, want);
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
}

#[test]
fn printed_dates_are_the_header_lines() {
    let c = seed_corpus();
    let printed: Vec<Option<&str>> = c
        .articles
        .iter()
        .map(|a| a.printed_date.as_deref())
        .collect();
    assert_eq!(
        printed,
        [
            Some("2025-07-04 06:00 Last Updated At:06:10"),
            None,
            Some("8 January 2026 at 17:53"),
            Some("7 January 2026 at 15:39"),
            Some("5 January 2026 at 17:52"),
            Some("3 January 2026 at 14:17"),
            None,
            None,
            None,
        ]
    );
    for a in c
        .articles
        .iter()
        .filter(|a| a.date_source == DateSource::Manifest)
    {
        assert!(
            a.date_note.as_deref().is_some_and(|n| n.len() > 40),
            "{}",
            a.id
        );
    }
}

#[test]
fn no_clutter_survives_in_article_text() {
    let c = seed_corpus();
    let clutter = [
        "Skip to",
        "Normal view",
        "(AP Photo",
        "Read more",
        "MORE STORIES",
        "Recommended Articles",
        "Related Stories",
        "No stories found",
        "appeared first on",
        "Photo courtesy",
        "FRANZ AG",
        "interbellumnews.com",
        "Inter Bellum News",
        "Updated on",
        "2 min read",
        "Feature Image",
        "Nov. 29, 2022",
        "Jan. 11, 2026",
        "Petro temía",
        "Colombia’s President Feared",
        "The conversation appeared to defuse",
        "Santiago Saldarriaga",
        "Follow AP’s coverage",
        "Colombia Braces for Border Strain",
        "❌",
    ];
    for a in &c.articles {
        for p in &a.paragraphs {
            for bad in clutter {
                assert!(!p.contains(bad), "{}: '{bad}' in {p:?}", a.id);
            }
            assert_ne!(p, &a.title, "{}: title repeated in the text", a.id);
            assert_ne!(p, "News", "{}", a.id);
        }
    }
}

#[test]
fn the_glued_agency_story_is_its_own_article() {
    let c = seed_corpus();
    let recall = &c.articles[0];
    let aleppo = &c.articles[1];
    assert!(recall.paragraphs[0].starts_with("BOGOTA, Colombia (AP) — The Trump administration"));
    // Each story ends with its last paragraph; the agency's credit line
    // after it ("… contributed to this report.") is not article text.
    assert!(recall.paragraphs.last().is_some_and(|p| {
        p.starts_with("In January, Petro aggravated U.S. President Donald Trump")
    }));
    assert!(
        recall
            .paragraphs
            .iter()
            .all(|p| !p.contains("Aleppo") && !p.contains("Kurdish"))
    );
    assert!(aleppo.paragraphs[0].starts_with("ALEPPO, Syria (AP) — First responders"));
    assert_eq!(
        aleppo.paragraphs.last().map(String::as_str),
        Some("“I want to go back to my home, I beg you,” said Hoda Alnasiri.")
    );
    assert!(
        c.articles
            .iter()
            .flat_map(|a| &a.paragraphs)
            .all(|p| !p.contains("contributed to this report"))
    );
}

#[test]
fn feed_articles_end_where_the_next_begins_and_keep_their_own_text() {
    let c = seed_corpus();
    let first = &c.articles[2];
    assert!(
        first
            .paragraphs
            .last()
            .is_some_and(|p| p.starts_with("What was intended as a show of defiance"))
    );
    let second = &c.articles[3];
    assert!(
        second
            .paragraphs
            .last()
            .is_some_and(|p| p.starts_with("Editor’s Note:"))
    );
    // Subheadings and an embedded Spanish post are article text.
    let fourth = &c.articles[5];
    assert!(
        fourth
            .paragraphs
            .iter()
            .any(|p| p == "What is Colombia’s position?")
    );
    assert!(
        fourth
            .paragraphs
            .iter()
            .any(|p| p.starts_with("Acabamos de terminar consejo"))
    );
    assert!(
        fourth
            .paragraphs
            .last()
            .is_some_and(|p| p.starts_with("Given the surprise"))
    );
    // The subtitle is kept, the trailing headline list is not.
    let last = &c.articles[8];
    assert_eq!(
        last.paragraphs[0],
        "Phone call signals tentative de-escalation after months of public hostility"
    );
    assert!(
        last.paragraphs
            .last()
            .is_some_and(|p| p.starts_with("The exchange highlights"))
    );
    let third = &c.articles[7];
    assert_eq!(
        third.paragraphs[0],
        "An abrupt change in tone came when the two leaders agreed to meet during a friendly phone call."
    );
    assert!(
        third.paragraphs[1].starts_with("BOGOTÁ — Two days after"),
        "caption printed twice is gone"
    );
}
