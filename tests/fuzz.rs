//! No input panics: property tests over arbitrary bytes and strings for
//! decoding, segmentation, date parsing, query parsing and the whole
//! pipeline. `./build.sh test` runs the default number of cases (bounded,
//! about a minute in all); `./build.sh fuzz` runs many more
//! (PROPTEST_CASES). Every crash found is kept below as a regression test.
#![cfg(not(target_arch = "wasm32"))]

use dateline::analyse::analysis::{self, Want};
use dateline::analyse::mentions::SeriesSet;
use dateline::analyse::{entities, events, query};
use dateline::read::tokens;
use dateline::read::{dates, decode, segment};
use dateline::{Corpus, SourceFile, seeds};
use proptest::prelude::*;

/// Text made of the pieces the parsers react to, in any order.
fn soup() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<script>".to_string()),
        Just("<!--".to_string()),
        Just("&amp;".to_string()),
        Just("&#x1F600;".to_string()),
        Just("January 3, 2026".to_string()),
        Just("3 de enero de 2026".to_string()),
        Just("02/03/1987".to_string()),
        Just("31/02/2026".to_string()),
        Just("2026-01-07T06:00".to_string()),
        Just("on Thursday".to_string()),
        Just("last week".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just(" — ".to_string()),
        Just("ALEPPO, Syria (AP) — ".to_string()),
        Just("Share\n".to_string()),
        Just("MORE STORIES\n".to_string()),
        Just("(AP Photo/X)".to_string()),
        Just("Petro's ".to_string()),
        Just("U.S. ".to_string()),
        Just("EE. UU. ".to_string()),
        Just("not ".to_string()),
        Just("sanctions ".to_string()),
        Just("\u{200b}\u{202e}\u{feff}".to_string()),
        "[\\PC]{0,12}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

/// Sentence-like text: words, abbreviations, numbers, quotes and the marks
/// that may or may not end a sentence, in any order.
fn prose() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("The ".to_string()),
        Just("said".to_string()),
        Just(". ".to_string()),
        Just(".".to_string()),
        Just("! ".to_string()),
        Just("? ".to_string()),
        Just("… ".to_string()),
        Just("...".to_string()),
        Just("?!".to_string()),
        Just(" ".to_string()),
        Just("  ".to_string()),
        Just("\u{a0}".to_string()),
        Just("\u{2003}".to_string()),
        Just("\"".to_string()),
        Just("”".to_string()),
        Just("“".to_string()),
        Just("’".to_string()),
        Just("'".to_string()),
        Just(")".to_string()),
        Just("(".to_string()),
        Just("»".to_string()),
        Just("¿".to_string()),
        Just("U.S.".to_string()),
        Just("a.m.".to_string()),
        Just("EE. UU.".to_string()),
        Just("Sen.".to_string()),
        Just("Gén.".to_string()),
        Just("Sen's.".to_string()),
        Just("J.".to_string()),
        Just("2.5".to_string()),
        Just("6,000".to_string()),
        Just("Petro’s".to_string()),
        Just("Bogotá".to_string()),
        Just("Ñandú".to_string()),
        Just("—".to_string()),
        Just("3".to_string()),
        Just("x".to_string()),
        "[a-zA-Z]{1,6}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn decoding_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..600), name in "[a-z./]{0,12}") {
        if let Ok(d) = decode::decode(&name, &bytes) {
            prop_assert!(!d.text.contains('\r'));
        }
    }

    #[test]
    fn html_and_markdown_never_panic(s in soup()) {
        #[cfg(feature = "html")]
        for a in &dateline::read::html::read(&s).articles {
            prop_assert!(!a.title.is_empty() && !a.paragraphs.is_empty());
        }
        let _ = decode::markdown_text(&s);
    }

    #[test]
    fn segmentation_never_panics_and_titles_are_never_empty(s in soup()) {
        for seg in segment::segment(&s) {
            prop_assert!(!seg.title.is_empty());
        }
    }

    #[test]
    fn date_finding_never_panics_and_spans_are_char_boundaries(s in soup()) {
        for m in dates::find_dates(&s) {
            prop_assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end) && m.start < m.end);
        }
        let _ = dates::date_line(&s);
        let _ = dates::date_in_file_name(&s);
    }

    #[test]
    fn text_without_four_digits_in_a_row_holds_no_day(s in soup()) {
        if !dates::may_hold_a_day(&s) {
            for m in dates::find_dates(&s) {
                prop_assert!(!matches!(m.value, dates::DateValue::Day(_)), "{:?} in {:?}", m, s);
            }
        }
    }

    #[test]
    fn events_never_panic(s in soup(), days in 0i64..150_000) {
        let day = dates::Day::from_days(days - 100_000);
        for f in events::find_in_sentence(&s, day) {
            prop_assert!(s.is_char_boundary(f.start) && s.is_char_boundary(f.end));
        }
    }

    #[test]
    fn query_parsing_never_panics(q in "[\\PC]{0,40}") {
        let _ = query::parse(&q);
        let _ = query::parse_list(&q);
    }

    #[test]
    fn tokens_and_sentences_never_panic(s in soup()) {
        for (offset, sentence) in tokens::sentences(&s) {
            prop_assert!(s[offset..].starts_with(sentence));
        }
        // A word counts once; in a script written without spaces a word
        // is one character.
        prop_assert_eq!(tokens::count_words(&s), tokens::tokens(&s).count());
        for t in tokens::tokens(&s) {
            if t.text.chars().any(tokens::in_unspaced_script) {
                prop_assert_eq!(t.text.chars().count(), 1, "{:?}", t.text);
            }
        }
    }

    #[test]
    fn one_pass_cut_equals_sentences_then_words(s in prose()) {
        let mut cut = tokens::Cut::default();
        tokens::cut(&s, &mut cut);
        let want: Vec<(usize, Vec<(usize, &str)>)> = tokens::sentences(&s)
            .into_iter()
            .map(|(off, sentence)| (off, tokens::words(sentence).map(|(i, w)| (off + i, w)).collect()))
            .collect();
        let got: Vec<(usize, Vec<(usize, &str)>)> = cut
            .sentences
            .iter()
            .map(|c| {
                let words = cut.words[c.first_word..c.end_word].iter().map(|&(a, b)| (a, &s[a..b])).collect();
                (c.start, words)
            })
            .collect();
        prop_assert_eq!(got, want);
        let texts: Vec<&str> = cut.sentences.iter().map(|c| &s[c.start..c.end]).collect();
        let want_texts: Vec<&str> = tokens::sentences(&s).into_iter().map(|(_, t)| t).collect();
        prop_assert_eq!(texts, want_texts);
    }

    #[test]
    fn the_whole_pipeline_never_panics(
        files in prop::collection::vec((soup(), "[a-z0-9_-]{1,8}\\.(txt|html|md)"), 0..6),
        queries in "[\\PC]{0,30}",
    ) {
        let files: Vec<SourceFile> = files
            .into_iter()
            .map(|(t, n)| SourceFile { name: n, bytes: t.into_bytes() })
            .collect();
        let corpus = Corpus::from_files(&files);
        let (ents, _) = entities::parse("entities.toml", seeds::ENTITIES);
        let queries = query::parse_list(&queries).unwrap_or_default();
        let (set, _) = SeriesSet::new(&queries, &ents);
        let all = analysis::run(&corpus, &set, &ents, Want::all());
        let counts = all.counts.expect("asked for");
        for t in &counts.terms {
            let by_days: usize = counts.days.iter().map(|d| d.counts[t]).sum::<usize>() + counts.undated.counts[t];
            let by_articles: usize = counts.articles.iter().map(|a| a.counts[t]).sum();
            prop_assert_eq!(by_days, by_articles);
        }
    }
}
