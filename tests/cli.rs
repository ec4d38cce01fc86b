//! The `dateline` binary on folders and pages that are not the seeds: the
//! JSON contract, folders of dated files, HTML, a page with two articles and
//! a caption date, bad files next to good ones.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn dateline(args: &[&str]) -> (String, String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(args)
        .output()
        .expect("run dateline");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

/// The keys of a JSON object, sorted.
fn keys_of(v: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = v
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    keys
}

fn json(args: &[&str]) -> Value {
    let (out, err, code) = dateline(args);
    assert_eq!(code, 0, "stderr: {err}");
    serde_json::from_str(&out).expect("valid JSON")
}

/// A fresh folder under the target directory, removed first if present.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch folder");
    dir
}

fn write(dir: &Path, rel: &str, bytes: &[u8]) {
    let p = dir.join(rel);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::write(p, bytes).expect("write");
}

/// A report's warnings as "source | message", with the folder `root` cut
/// out of both.
fn warnings_of(v: &Value, root: &str) -> Vec<String> {
    v["warnings"]
        .as_array()
        .expect("array")
        .iter()
        .map(|w| {
            format!(
                "{} | {}",
                w["source"].as_str().unwrap_or(""),
                w["message"].as_str().unwrap_or("")
            )
            .replace(root, "")
        })
        .collect()
}

const PARA: &str =
    "The regional council approved the water plan on a narrow vote after hours of debate.";

#[test]
fn summary_json_has_exactly_the_documented_fields() {
    let v = json(&["summary", "--json"]);
    assert_eq!(keys_of(&v), ["articles", "warnings"]);
    let articles = v["articles"].as_array().expect("array");
    assert_eq!(articles.len(), 9);
    for a in articles {
        assert_eq!(
            keys_of(a),
            [
                "byline",
                "date",
                "date_note",
                "date_source",
                "id",
                "language",
                "printed_date",
                "source",
                "title",
                "words"
            ]
        );
        let src = a["date_source"].as_str().expect("string");
        assert!(
            ["text", "file_name", "manifest", "none"].contains(&src),
            "{src}"
        );
        assert!(a["words"].as_u64().expect("number") > 100);
    }
    assert_eq!(articles[0]["date"], "2025-07-04");
    assert_eq!(articles[0]["date_source"], "text");
    assert_eq!(articles[0]["id"], "000_fcf66e28ab17d17e.txt#1");
    assert_eq!(articles[0]["source"], "000_fcf66e28ab17d17e.txt");
}

#[test]
fn a_folder_of_dated_files_html_and_bad_files() {
    let dir = scratch("class");
    write(
        &dir,
        "2026-01-07-rally.txt",
        format!("Rally in the square\n\n{PARA}\n").as_bytes(),
    );
    write(
        &dir,
        "sub/2026-01-09_notes.md",
        format!("# Notes on the vote\n\n{PARA}\n").as_bytes(),
    );
    write(
        &dir,
        "page.html",
        format!(
            "<!DOCTYPE html><html><head><title>ignored</title><script>var d='January 1, 2000';</script></head>\
             <body><nav><a href='/'>Home</a> <a>Share</a></nav><article><h1>Water plan passes &amp; protests grow</h1>\
             <p class='byline'>By Ana Ruiz</p><p><time>Published March 4, 2024</time></p>\
             <figure><img src='x.jpg'><figcaption>Protesters outside the council, Feb. 2, 2019. (AP Photo/J. Doe)</figcaption></figure>\
             <p>{PARA}</p><p>Farmers said the plan came too late for this year&rsquo;s harvest in the valley.</p></article>\
             <footer>Related Stories</footer></body></html>"
        )
        .as_bytes(),
    );
    write(
        &dir,
        "two.txt",
        format!(
            "Port strike ends\n\n2024-05-02 10:00\n\nLIMA, Peru (AP) — {PARA}\n\n\
             Dockers return to work in Lima, Peru, Monday, April 29, 2024. (AP Photo/Jane Roe)\n\n\
             Dockers return to work in Lima, Peru, Monday, April 29, 2024. (AP Photo/Jane Roe)\n\n\
             QUITO, Ecuador (AP) — Farmers in the north have waited for the new roads for more than a decade now.\n\n\
             Recommended Articles\n"
        )
        .as_bytes(),
    );
    write(&dir, "scan.txt", b"%PDF-1.4\n%binary");
    write(&dir, "empty.txt", b"");
    write(&dir, "photo.png", b"\x89PNG\r\n\x1a\n");
    write(&dir, ".hidden.txt", b"never read");
    write(
        &dir,
        "corpus.toml",
        b"[[article]]\nfile = \"two.txt\"\ntitle = \"Farmers in the north\"\ndate = \"2024-05-01\"\nnote = \"the story is dated Wednesday in its text\"\n",
    );
    let root = dir.to_string_lossy().into_owned();
    let v = json(&["summary", &root, "--json"]);
    let rows: Vec<(String, String, String, String)> = v["articles"]
        .as_array()
        .expect("array")
        .iter()
        .map(|a| {
            let rel = a["id"].as_str().unwrap_or("").replacen(&root, "", 1);
            (
                rel,
                a["date"].as_str().unwrap_or("null").to_string(),
                a["date_source"].as_str().unwrap_or("").to_string(),
                a["title"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let row = |id: &str, date: &str, src: &str, title: &str| {
        (
            id.to_string(),
            date.to_string(),
            src.to_string(),
            title.to_string(),
        )
    };
    assert_eq!(
        rows,
        [
            row(
                "/2026-01-07-rally.txt#1",
                "2026-01-07",
                "file_name",
                "Rally in the square"
            ),
            row(
                "/page.html#1",
                "2024-03-04",
                "time",
                "Water plan passes & protests grow"
            ),
            row(
                "/sub/2026-01-09_notes.md#1",
                "2026-01-09",
                "file_name",
                "Notes on the vote"
            ),
            row("/two.txt#1", "2024-05-02", "text", "Port strike ends"),
            row(
                "/two.txt#2",
                "2024-05-01",
                "manifest",
                "Farmers in the north have waited for the new roads for more than a decade now."
            ),
        ]
    );
    let a = &v["articles"][1];
    assert_eq!(a["printed_date"], "<time> Published March 4, 2024");
    assert_eq!(
        a["source"].as_str().map(|s| s.ends_with("/page.html")),
        Some(true)
    );
    // 5 title words ("&" is none) + 15 + 14 body words: no nav, byline,
    // caption or footer.
    assert_eq!(a["words"], 5 + 15 + 14);
    let warnings = warnings_of(&v, &root);
    assert_eq!(warnings.len(), 3, "{warnings:?}");
    assert!(
        warnings[0].starts_with(" | 1 file(s) skipped") && warnings[0].contains("photo.png"),
        "{warnings:?}"
    );
    assert!(
        warnings[1].starts_with("/empty.txt | skipped: the file is empty"),
        "{warnings:?}"
    );
    assert!(
        warnings[2].starts_with("/scan.txt | skipped: this is a PDF file"),
        "{warnings:?}"
    );
}

#[test]
fn a_folder_is_walked_in_name_order_without_hidden_entries_or_links() {
    let dir = scratch("walk");
    let text = |title: &str| format!("{title}\n\n{PARA}\n");
    write(&dir, "b/2026-02-02-two.txt", text("Second").as_bytes());
    write(
        &dir,
        "b/deep/x/y/2026-02-03-three.md",
        text("Third").as_bytes(),
    );
    write(&dir, "b/deep/chart.svg", b"<svg/>");
    write(&dir, "a-2026-02-01-one.txt", text("First").as_bytes());
    write(&dir, "c.txt", text("Fourth").as_bytes());
    write(&dir, "notes.docx", b"PK");
    write(&dir, ".git/HEAD.txt", b"a hidden folder is never read");
    write(&dir, "b/.cache/x.txt", b"nor one inside a folder");
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.join("b"), dir.join("d-link")).expect("a link to a folder");
    let root = dir.to_string_lossy().into_owned();
    let v = json(&["summary", &root, "--json"]);
    let sources: Vec<String> = v["articles"]
        .as_array()
        .expect("articles")
        .iter()
        .map(|a| a["source"].as_str().unwrap_or("").replace(&root, ""))
        .collect();
    // Each folder's entries by name, folders where they fall among them;
    // the link to b/ is not walked (b's files would come twice).
    assert_eq!(
        sources,
        [
            "/a-2026-02-01-one.txt",
            "/b/2026-02-02-two.txt",
            "/b/deep/x/y/2026-02-03-three.md",
            "/c.txt"
        ]
    );
    let warnings = warnings_of(&v, &root);
    // A folder's skipped files are said after what it holds: b/deep's
    // before the top folder's.
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(
        warnings[0].starts_with("/b/deep | 1 file(s) skipped") && warnings[0].contains("chart.svg"),
        "{warnings:?}"
    );
    assert!(
        warnings[1].starts_with(" | 2 file(s) skipped")
            && warnings[1].contains("d-link, notes.docx"),
        "{warnings:?}"
    );
}

/// A text given twice (a folder given again, a copy in a subfolder) is
/// read once, as the page reads it, and the copy is named; files of the
/// same size that differ are both read.
#[test]
fn a_text_given_twice_is_read_once_and_the_copy_is_named() {
    let dir = scratch("copies");
    let one = format!("Council backs bridge\n\n{PARA}\n");
    let other = one.replace("bridge", "tunnel");
    assert_eq!(one.len(), other.len());
    write(&dir, "a-2026-02-01.txt", one.as_bytes());
    write(&dir, "b-2026-02-01.txt", other.as_bytes());
    write(&dir, "old/a-2026-02-01.txt", one.as_bytes());
    let root = dir.to_string_lossy().into_owned();
    let v = json(&["summary", &root, "--json"]);
    assert_eq!(v["articles"].as_array().map(Vec::len), Some(2), "{v}");
    assert_eq!(
        warnings_of(&v, &root),
        ["/old/a-2026-02-01.txt | skipped: the same text as /a-2026-02-01.txt, read once"]
    );
    // The status says everything was read: nothing was lost.
    assert_eq!(dateline(&["summary", &root]).2, 0);
}

#[test]
fn files_are_read_as_given_and_missing_paths_are_warned_about() {
    let dir = scratch("single");
    write(
        &dir,
        "story.txt",
        format!("Story\nSunday, Jan. 11, 2026\n{PARA}\n").as_bytes(),
    );
    let file = dir.join("story.txt").to_string_lossy().into_owned();
    let missing = dir.join("nope.txt").to_string_lossy().into_owned();
    let (out, err, code) = dateline(&["summary", &file, &missing]);
    assert_eq!(
        code, 1,
        "some input could not be read: 1, after reading the rest"
    );
    assert!(!err.contains("Try 'dateline --help'"), "{err}");
    assert!(out.starts_with("ID"), "{out}");
    assert!(out.contains("2026-01-11  text"), "{out}");
    assert!(out.contains("1 article, 0 undated, 1 warning"), "{out}");
    assert!(err.contains("nope.txt: cannot read"), "{err}");
}

#[test]
fn text_command_prints_what_was_kept() {
    let (out, _, code) = dateline(&["text"]);
    assert_eq!(code, 0);
    assert!(out.contains("=== 000_fcf66e28ab17d17e.txt#2 | 2026-01-11 (manifest)"));
    assert!(!out.contains("(AP Photo"));
    // --json: each article's summary and its text, one paragraph a line.
    let v = json(&["text", "--json"]);
    assert_eq!(keys_of(&v), ["articles", "warnings"]);
    let a = &v["articles"][0];
    assert_eq!(a["id"], "000_fcf66e28ab17d17e.txt#1");
    let text = a["text"].as_str().expect("text");
    assert!(
        text.starts_with("BOGOTA, Colombia (AP) — The Trump administration"),
        "{text}"
    );
    assert!(!text.contains("Last Updated"), "{text}");
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_read_and_shown() {
    use std::os::unix::ffi::OsStrExt;
    // Latin-1 "café" as the file's name, as an old archive names files.
    let dir = scratch("not-utf8-name");
    let name = std::ffi::OsStr::from_bytes(b"2026-02-01-caf\xe9.txt");
    std::fs::write(
        dir.join(name),
        "Council backs water plan\n\nThe council voted for the water plan on Monday, and the mayor welcomed it.\n",
    )
    .expect("write");
    // Named on the command line (before lexopt, std panicked on it) …
    let out = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .arg("summary")
        .arg(dir.join(name))
        .output()
        .expect("run dateline");
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{text} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.contains("2026-02-01-caf\u{fffd}.txt#1  2026-02-01"),
        "{text}"
    );
    // … or found in its folder.
    let (text, _, code) = dateline(&["summary", dir.to_str().expect("a UTF-8 scratch path")]);
    assert_eq!(code, 0);
    assert!(text.contains("Council backs water plan"), "{text}");
    // A path that starts with a dash, after `--`.
    let dashed = scratch("dashed");
    write(
        &dashed,
        "-notes.txt",
        b"Notes\n\nThe board met on Monday and agreed on the plan for the summer.\n",
    );
    let out = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .current_dir(&dashed)
        .args(["summary", "--", "-notes.txt"])
        .output()
        .expect("run dateline");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("-notes.txt#1"));
}

#[test]
fn usage_errors_exit_2_with_a_message() {
    let (_, err, code) = dateline(&["sumary"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown command 'sumary'"), "{err}");
    let (_, err, code) = dateline(&["summary", "--jsn"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown option '--jsn'"), "{err}");
    let (_, err, code) = dateline(&["summary", "-x"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown option '-x'"), "{err}");
    // An option the command does not take is refused, not ignored (no
    // SVG was written and nothing was said).
    for (args, opt) in [
        (
            &["summary", "--terms", "x"][..],
            "summary does not take --terms",
        ),
        (
            &["summary", "--out", "x.svg"][..],
            "summary does not take --out",
        ),
        (
            &["events", "--entities"][..],
            "events does not take --entities",
        ),
        (
            &["chart", "mentions", "--json"][..],
            "chart does not take --json",
        ),
        (&["counts", "--toml"][..], "counts does not take --toml"),
    ] {
        let (out, err, code) = dateline(args);
        assert_eq!(code, 2, "{args:?}");
        assert!(
            err.contains(opt) && err.contains("Try 'dateline --help'"),
            "{err}"
        );
        assert!(out.is_empty(), "{out}");
    }
    // `--opt=value` is `--opt value`.
    let (a, _, _) = dateline(&["counts", "--terms=coup|putsch", "--json"]);
    let (b, _, _) = dateline(&["counts", "--terms", "coup|putsch", "--json"]);
    assert_eq!(a, b);
    let (out, _, code) = dateline(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("dateline summary [PATH…] [--json]"));
    // A query list has limits, stated: 200 queries of 200 characters.
    let many: Vec<String> = (0..201).map(|i| format!("w{i}")).collect();
    let (_, err, code) = dateline(&["counts", "--terms", &many.join(",")]);
    assert_eq!(code, 2);
    assert!(
        err.contains("201 queries: a list holds at most 200"),
        "{err}"
    );
    let (_, err, code) = dateline(&["counts", "--terms", &"x".repeat(2000)]);
    assert_eq!(code, 2);
    assert!(
        err.contains("it is 2000 characters long; a query has at most 200"),
        "{err}"
    );
}

#[test]
fn counts_json_for_the_seeds_matches_the_hand_checked_figures() {
    let v = json(&["counts", "--terms", "Petro,Trump,coup|putsch", "--json"]);
    assert_eq!(
        v["terms"],
        serde_json::json!(["Petro", "Trump", "coup|putsch"])
    );
    // Petro and Trump per day, checked against the cleaned texts
    // (`dateline text`) with an independent whole-word count.
    let want = [
        ("2025-07-04", 1, 13, 2),
        ("2025-07-10", 1, 12, 3),
        ("2026-01-03", 1, 7, 8),
        ("2026-01-05", 1, 14, 15),
        ("2026-01-07", 1, 13, 8),
        ("2026-01-08", 3, 52, 42),
        ("2026-01-11", 1, 0, 0),
    ];
    let days = v["days"].as_array().expect("days");
    assert_eq!(days.len(), want.len());
    for (d, (date, articles, petro, trump)) in days.iter().zip(want) {
        assert_eq!(d["date"], date);
        assert_eq!(d["articles"], articles);
        assert_eq!(d["counts"]["Petro"], petro, "{date}");
        assert_eq!(d["counts"]["Trump"], trump, "{date}");
        let words = d["words"].as_f64().expect("words");
        let per = d["per_10k"]["Petro"].as_f64().expect("per_10k");
        assert!((per - petro as f64 * 10_000.0 / words).abs() < 1e-9);
        let share = d["article_share"]["Trump"].as_f64().expect("share");
        assert!((0.0..=1.0).contains(&share));
    }
    assert_eq!(v["undated"]["articles"], 0);
    assert_eq!(v["undated"]["date"], Value::Null);
    let keys = keys_of(&v["days"][0]);
    assert_eq!(
        keys,
        [
            "article_share",
            "articles",
            "counts",
            "date",
            "per_10k",
            "words"
        ]
    );
    let a = &v["articles"][0];
    assert_eq!(a["id"], "000_fcf66e28ab17d17e.txt#1");
    assert_eq!(a["counts"]["coup|putsch"], 2);
    // Entities by default, with the bundled list.
    let e = json(&["counts", "--json"]);
    let terms = e["terms"].as_array().expect("terms");
    assert!(terms.iter().any(|t| t == "Gustavo Petro") && terms.len() > 20);
    let total: u64 = e["articles"]
        .as_array()
        .expect("a")
        .iter()
        .map(|a| a["counts"]["Gustavo Petro"].as_u64().unwrap_or(0))
        .sum();
    assert_eq!(total, 112, "111 'Petro' plus the @petrogustavo handle");
}

#[test]
fn bad_queries_are_usage_errors() {
    let (_, err, code) = dateline(&["counts", "--terms", "di*plom"]);
    assert_eq!(code, 2);
    assert!(err.contains("error parsing query 'di*plom'"), "{err}");
}

#[test]
fn sentiment_json_has_the_documented_fields_and_sums() {
    let v = json(&["sentiment", "--json"]);
    let days = v["days"].as_array().expect("days");
    assert_eq!(days.len(), 7);
    let keys = keys_of(&days[0]);
    assert_eq!(
        keys,
        [
            "articles",
            "conflict",
            "cooperation",
            "date",
            "drivers",
            "goldstein",
            "negative",
            "net",
            "other_words_skipped",
            "positive",
            "spanish_words_skipped",
            "words"
        ]
    );
    let dkeys = keys_of(&days[0]["drivers"][0]);
    assert_eq!(
        dkeys,
        ["count", "lens", "negated", "side", "weight", "word"]
    );
    // Days are the sums of their articles.
    let articles = v["articles"].as_array().expect("articles");
    for field in [
        "positive",
        "negative",
        "conflict",
        "cooperation",
        "spanish_words_skipped",
        "other_words_skipped",
    ] {
        let by_days: u64 = days.iter().map(|d| d[field].as_u64().unwrap_or(0)).sum();
        let by_articles: u64 = articles
            .iter()
            .map(|a| a[field].as_u64().unwrap_or(0))
            .sum();
        assert_eq!(by_days, by_articles, "{field}");
    }
    for d in days {
        let (p, n) = (
            d["positive"].as_f64().unwrap_or(0.0),
            d["negative"].as_f64().unwrap_or(0.0),
        );
        let net = d["net"].as_f64().expect("net");
        assert!((net - (p - n) / (p + n)).abs() < 1e-12);
    }
    // "Trump is not foolish": a negated negative in the phone-call story.
    let call = articles
        .iter()
        .find(|a| a["id"] == "001_d64706cff6155e23.txt#1")
        .expect("article");
    let foolish = call["drivers"]
        .as_array()
        .expect("d")
        .iter()
        .find(|d| d["word"] == "foolish")
        .expect("foolish");
    assert_eq!(
        (foolish["side"].as_str(), foolish["negated"].as_u64()),
        (Some("negative"), Some(1))
    );
    // The embedded Spanish post on 3 January is skipped, not tallied.
    assert!(days[2]["spanish_words_skipped"].as_u64().unwrap_or(0) > 20);
}

#[test]
fn events_of_the_seeds_are_the_ones_a_careful_reader_dates() {
    let v = json(&["events", "--json"]);
    let events = v["events"].as_array().expect("events");
    assert_eq!(
        keys_of(&events[0]),
        [
            "date",
            "entities",
            "expression",
            "precision",
            "sentence",
            "sources"
        ]
    );
    let find = |date: &str, needle: &str| {
        events
            .iter()
            .find(|e| {
                e["date"] == date && e["sentence"].as_str().is_some_and(|s| s.contains(needle))
            })
            .unwrap_or_else(|| panic!("no event on {date} with '{needle}'"))
    };
    let recall = find("2025-07-03", "recalled its top diplomat");
    assert_eq!(recall["expression"], "on Thursday");
    assert_eq!(
        recall["sources"],
        serde_json::json!(["000_fcf66e28ab17d17e.txt#1"])
    );
    let af1 = find("2026-01-04", "Air Force One");
    assert_eq!(
        af1["sources"],
        serde_json::json!(["001_d64706cff6155e23.txt#2", "001_d64706cff6155e23.txt#3"])
    );
    assert!(
        af1["entities"]
            .as_array()
            .expect("e")
            .iter()
            .any(|e| e == "Donald Trump")
    );
    assert_eq!(
        find("2026-01-04", "diplomatic note of protest")["expression"],
        "on January 4"
    );
    let rally = find("2026-01-07", "mobilise nationwide");
    assert_eq!(
        rally["sources"],
        serde_json::json!(["001_d64706cff6155e23.txt#2", "003_d266aa3ed433b410.txt#1"])
    );
    assert_eq!(
        find("2026-01-07", "call it off")["expression"],
        "on Wednesday night"
    );
    assert_eq!(
        find("2025-06-23", "letter dated June 23")["precision"],
        "day"
    );
    assert_eq!(find("2025-W27", "resigned last week")["precision"], "week");
    assert_eq!(find("2025-01", "deportation flights")["precision"], "month");
    assert_eq!(
        find("2026-01-11", "First responders")["expression"],
        "on Sunday"
    );
    // A caption's date never makes an event: captions are not article text.
    assert!(events.iter().all(|e| e["date"] != "2022-11-29"));
    // Sorted by the first day of each period.
    let starts: Vec<String> = events
        .iter()
        .map(|e| {
            let d = e["date"].as_str().unwrap_or("");
            match e["precision"].as_str() {
                Some("year") => format!("{d}-01-01"),
                Some("month") => format!("{d}-01"),
                _ => d.to_string(),
            }
        })
        .collect();
    // ISO weeks sort by their Monday, which the labels do not show; compare
    // the day and month events only.
    let plain: Vec<&String> = starts.iter().filter(|s| !s.contains('W')).collect();
    let mut plain_sorted = plain.clone();
    plain_sorted.sort();
    assert_eq!(plain, plain_sorted);
}

#[test]
fn chart_writes_an_svg_file_and_explains_bad_options() {
    let dir = scratch("charts");
    let out = dir.join("m.svg");
    let out_s = out.to_string_lossy().into_owned();
    let (_, err, code) = dateline(&[
        "chart",
        "mentions",
        "--terms",
        "coup|putsch",
        "--mode",
        "per_10k",
        "--out",
        &out_s,
    ]);
    assert_eq!(code, 0, "{err}");
    let svg = std::fs::read_to_string(&out).expect("written");
    assert!(svg.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg"));
    assert!(svg.ends_with("</svg>\n"));
    assert!(svg.contains("Mentions per day: coup|putsch"));
    assert_eq!(svg.matches("class=\"day-hit\"").count(), 7);
    // The file says what it shows: title, legend, caption.
    assert!(svg.contains(">Mentions per day (per 10,000 words)</text>"));
    assert!(svg.contains(">coup|putsch</text>"));
    assert!(svg.contains(" · made with dateline</text>"));
    // (The caption names the corpus: with no folder, the bundled one.)
    assert!(svg.contains(">“United States–Colombia, 2025–2026”: 9 articles, "));
    let (stdout, _, code) = dateline(&[
        "chart",
        "timeline",
        "--theme",
        "dark",
        "--day",
        "2026-01-07",
    ]);
    assert_eq!(code, 0);
    assert!(stdout.contains("Event timeline"));
    // Per week and per month: the seven days fall in four weeks and three
    // months; a selection may name a week.
    let (stdout, _, code) = dateline(&["chart", "mentions", "--by", "week", "--day", "2026-W02"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("Mentions per week"));
    let weeks: Vec<&str> = stdout
        .match_indices("data-date=\"")
        .map(|(i, _)| &stdout[i + 11..i + 19])
        .collect();
    assert_eq!(weeks, ["2025-W27", "2025-W28", "2026-W01", "2026-W02"]);
    let (stdout, _, code) = dateline(&["chart", "sentiment", "--by", "month"]);
    assert_eq!(code, 0);
    assert_eq!(
        stdout.matches("class=\"day-hit\"").count(),
        2,
        "July 2025 and January 2026"
    );
    assert!(stdout.contains("data-date=\"2026-01\""));
    for (args, why) in [
        (
            vec!["chart", "mentions", "--by", "fortnight"],
            "--by is auto, day, week, month or year",
        ),
        (vec!["chart"], "chart needs a kind"),
        (vec!["chart", "pie"], "unknown chart 'pie'"),
        (
            vec!["chart", "mentions", "--day", "2026-02-31"],
            "--day needs a day (2026-01-08), ISO week (2026-W02), month (2026-01) or year",
        ),
        (
            vec!["chart", "mentions", "--theme", "blue"],
            "--theme is light or dark",
        ),
        (
            vec!["chart", "mentions", "--width", "wide"],
            "--width needs a number",
        ),
        (vec!["chart", "mentions", "--out"], "--out needs a value"),
    ] {
        let (_, err, code) = dateline(&args);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.contains(why), "{args:?}: {err}");
    }
}

#[test]
fn limits_get_a_message_or_a_sane_result() {
    let dir = scratch("limits");
    // A file over 64 MB is refused by name (sparse: no disk is used).
    let big = std::fs::File::create(dir.join("huge.txt")).expect("create");
    big.set_len(1024 * 1024 * 1024).expect("a 1 GB sparse file");
    // One line of 50 MB.
    let line = "word ".repeat(10 * 1024 * 1024);
    write(&dir, "one-line.txt", line.as_bytes());
    write(&dir, "ok.txt", format!("Fine story\n{PARA}\n").as_bytes());
    let root = dir.to_string_lossy().into_owned();
    let (out, _, code) = dateline(&["summary", &root, "--json"]);
    assert_eq!(code, 1, "a file over the limit could not be read");
    let v: Value = serde_json::from_str(&out).expect("valid JSON");
    let warnings = v["warnings"].as_array().expect("warnings");
    assert!(
        warnings.iter().any(|w| w["source"]
            .as_str()
            .is_some_and(|s| s.ends_with("huge.txt"))
            && w["message"]
                .as_str()
                .is_some_and(|m| m.starts_with("skipped: too large (1024.0 MB"))),
        "{warnings:?}"
    );
    let articles = v["articles"].as_array().expect("articles");
    assert_eq!(articles.len(), 2, "the 50 MB line and the good file load");
    assert!(articles.iter().any(|a| a["words"] == 10 * 1024 * 1024));
    // 100,000 tiny files in nested folders.
    let many = scratch("many");
    for i in 0..100_000 {
        write(
            &many,
            &format!("d{}/{i}.txt", i / 1000),
            format!("Note {i}\nThe council met again on the water plan, item {i}.\n").as_bytes(),
        );
    }
    let v = json(&["summary", &many.to_string_lossy(), "--json"]);
    assert_eq!(v["articles"].as_array().map(Vec::len), Some(100_000));
    let _ = std::fs::remove_dir_all(&many);
    let _ = std::fs::remove_dir_all(&dir);
    // No input at all: an empty folder is an empty corpus, with no error.
    let empty = scratch("empty-folder");
    let v = json(&["summary", &empty.to_string_lossy(), "--json"]);
    assert_eq!(v["articles"].as_array().map(Vec::len), Some(0));
}

/// The output is buffered (one write per 64 KB, not per line): a write
/// error still reaches the user, from the final flush as from any write.
#[test]
fn an_output_that_cannot_be_written_is_an_error_not_silence() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        eprintln!("no /dev/full here: skipped");
        return;
    };
    for args in [
        &["counts", "--terms", "Petro", "--json"][..],
        &["sentiment"][..],
        &["text"][..],
        &["summary", "--json"][..],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_dateline"))
            .args(args)
            .stdout(full.try_clone().expect("clone /dev/full"))
            .output()
            .expect("run dateline");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(err.contains("cannot write output"), "{args:?}: {err}");
        assert!(!err.contains("--help"), "not a usage error: {err}");
    }
}

/// One rule for the exit status: 0 all read and written, 1 some input could
/// not be read or the output not written, 2 a usage error.
#[test]
fn the_exit_status_says_whether_everything_was_read_and_written() {
    let dir = scratch("exit-status");
    write(&dir, "ok.txt", format!("Fine story\n{PARA}\n").as_bytes());
    let path = dir.to_string_lossy().into_owned();
    assert_eq!(dateline(&["summary", &path]).2, 0);
    let (_, err, code) = dateline(&["summary", &format!("{path}/missing")]);
    assert_eq!(code, 1);
    assert!(err.contains("missing: cannot read"), "{err}");
    let (_, err, code) = dateline(&[
        "chart",
        "mentions",
        &path,
        "--out",
        &format!("{path}/no/such/dir.svg"),
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("cannot write") && !err.contains("--help"),
        "{err}"
    );
    assert_eq!(dateline(&["summary", "--nope"]).2, 2);
    // A list that does not parse is an input not read: said, and status 1,
    // while the texts are still read (with the names found in them).
    let listed = scratch("exit-status-list");
    write(
        &listed,
        "ok.txt",
        format!("Fine story\n{PARA}\n").as_bytes(),
    );
    write(
        &listed,
        "entities.toml",
        b"[[entity]]\nname = \"Petro\nkind = 1\n",
    );
    let (out, err, code) = dateline(&["counts", &listed.to_string_lossy()]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("entities.toml: not read: TOML parse error"),
        "{err}"
    );
    assert!(out.contains("total:"), "the texts are read: {out}");
    #[cfg(unix)]
    {
        // A link inside a folder is not followed, and said so; a device
        // or a pipe given by name is refused by name.
        std::os::unix::fs::symlink(dir.join("ok.txt"), dir.join("link.txt")).expect("symlink");
        let (_, err, code) = dateline(&["summary", &path]);
        assert_eq!(code, 0, "a link not followed is no read error");
        assert!(err.contains("link.txt: skipped: a symbolic link"), "{err}");
        let (out, err, code) = dateline(&["summary", "/dev/zero", &path]);
        assert_eq!(code, 1);
        assert!(
            err.contains("/dev/zero: skipped: not a regular file"),
            "{err}"
        );
        assert!(out.contains("1 article"), "the rest is read: {out}");
    }
}

#[test]
fn entities_lists_a_folders_own_names_and_writes_a_list_that_reads_back() {
    let dir = scratch("entities-own");
    write(
        &dir,
        "2024-05-02-summit.txt",
        b"Leaders meet\n\nFrench President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday. \
          Macron said the European Union (EU) must act. Scholz told reporters in Berlin that Germany agreed.\n",
    );
    write(
        &dir,
        "2024-05-09-vote.txt",
        b"A vote\n\nIn Brussels, Mr. Macron and Olaf Scholz backed the plan. Emmanuel Macron said France would pay.\n",
    );
    let path = dir.to_string_lossy().into_owned();
    let v = json(&["entities", &path, "--json"]);
    assert_eq!(keys_of(&v), ["ambiguous", "entities", "hidden", "warnings"]);
    let rows = v["entities"].as_array().expect("entities");
    let names: Vec<&str> = rows.iter().filter_map(|r| r["name"].as_str()).collect();
    for n in ["Emmanuel Macron", "Olaf Scholz", "Berlin", "European Union"] {
        assert!(names.contains(&n), "{n} in {names:?}");
    }
    // No name of the bundled corpus's list.
    for n in ["Gustavo Petro", "Donald Trump", "Colombia", "United States"] {
        assert!(!names.contains(&n), "{n} in {names:?}");
    }
    let macron = rows
        .iter()
        .find(|r| r["name"] == "Emmanuel Macron")
        .expect("Macron");
    assert_eq!(
        keys_of(macron),
        [
            "aliases",
            "articles",
            "days",
            "first_day",
            "kind",
            "last_day",
            "mentions",
            "name",
            "source"
        ]
    );
    assert_eq!(macron["kind"], "person");
    assert_eq!(macron["source"], "discovered");
    assert_eq!(macron["mentions"], 4);
    assert_eq!(macron["first_day"], "2024-05-02");
    assert_eq!(macron["last_day"], "2024-05-09");
    // The list as an entities.toml, put in the folder, gives the same counts.
    let (toml, _, code) = dateline(&["entities", &path, "--toml"]);
    assert_eq!(code, 0);
    write(&dir, "entities.toml", toml.as_bytes());
    let again = json(&["entities", &path, "--json"]);
    let counts = |v: &Value| -> Vec<(String, u64)> {
        let mut c: Vec<(String, u64)> = v["entities"]
            .as_array()
            .expect("entities")
            .iter()
            .map(|r| {
                (
                    r["name"].as_str().unwrap_or("").to_string(),
                    r["mentions"].as_u64().unwrap_or(0),
                )
            })
            .collect();
        c.sort();
        c
    };
    assert_eq!(counts(&v), counts(&again));
    assert!(
        again["entities"]
            .as_array()
            .expect("rows")
            .iter()
            .all(|r| r["source"] == "entities.toml")
    );
    // `counts` counts the same entities.
    let c = json(&["counts", &path, "--json"]);
    let terms: Vec<&str> = c["terms"]
        .as_array()
        .expect("terms")
        .iter()
        .filter_map(|t| t.as_str())
        .collect();
    assert!(
        terms.contains(&"Emmanuel Macron") && !terms.contains(&"Gustavo Petro"),
        "{terms:?}"
    );
}

#[test]
fn keywords_lists_what_stands_out_in_a_period_and_needs_one() {
    let dir = scratch("keywords");
    let ordinary = "The council met to discuss the budget, the park and the library. \
                    Residents asked about the budget and the library at the meeting.";
    for day in ["2024-03-01", "2024-03-02", "2024-03-04", "2024-03-05"] {
        write(
            &dir,
            &format!("{day}-news.txt"),
            // (Each day's text its own: the same bytes twice are read once.)
            format!("Town news of {day}\n\n{ordinary} {ordinary}\n").as_bytes(),
        );
    }
    write(
        &dir,
        "2024-03-03-flood.txt",
        b"Flood in town\n\nThe river flooded the park. Floodwater reached the library and the streets. \
          Mayor Ana Ruiz said the river would fall. The river rose again at night and floodwater closed the bridge.\n",
    );
    let path = dir.to_string_lossy().into_owned();
    let v = json(&["keywords", "--day", "2024-03-03", &path, "--json"]);
    assert_eq!(
        keys_of(&v),
        [
            "articles",
            "first_day",
            "keywords",
            "last_day",
            "names",
            "period",
            "rest_words",
            "warnings",
            "words"
        ]
    );
    let words: Vec<&str> = v["keywords"]
        .as_array()
        .expect("keywords")
        .iter()
        .filter_map(|k| k["term"].as_str())
        .collect();
    assert_eq!(words.first(), Some(&"river"), "{words:?}");
    assert!(
        words.contains(&"floodwater") && !words.contains(&"the"),
        "{words:?}"
    );
    let (out, _, code) = dateline(&["keywords", "--day", "2024-03", &path]);
    assert_eq!(code, 0);
    assert!(out.contains("(none stands out)"), "{out}");
    let (_, err, code) = dateline(&["keywords", &path]);
    assert_eq!(code, 2);
    assert!(err.contains("keywords needs --day"), "{err}");
    let (_, err, code) = dateline(&["keywords", "--day", "soon", &path]);
    assert_eq!(code, 2);
    assert!(err.contains("'soon' is not a day"), "{err}");
}

#[test]
fn text_output_shows_control_characters_instead_of_sending_them() {
    // A scraped page can hold ESC and BEL (erase the screen, rename the
    // window) in its title, body or file name; a C1 control (U+009B) too.
    let dir = scratch("controls");
    write(
        &dir,
        "a\u{1b}[2Jb.txt",
        "Title \u{1b}]0;pwned\u{7} here\n\nPetro met Trump in Bogota on January 7, 2026. The bell \u{7} rang and \u{9b}2J the screen.\n"
            .as_bytes(),
    );
    write(&dir, "empty\u{7}.txt", b"");
    let path = dir.to_str().expect("utf-8 path");
    for cmd in ["summary", "text", "counts", "events", "entities"] {
        let out = Command::new(env!("CARGO_BIN_EXE_dateline"))
            .args([cmd, path])
            .output()
            .expect("run dateline");
        for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            let text = String::from_utf8_lossy(bytes);
            assert!(
                !text
                    .chars()
                    .any(|c| c.is_control() && c != '\n' && c != '\t'),
                "{cmd} {stream}: {text:?}"
            );
        }
        let all = String::from_utf8_lossy(&out.stdout) + String::from_utf8_lossy(&out.stderr);
        assert!(all.contains("empty^G.txt"), "{cmd}: {all}");
        if cmd == "summary" || cmd == "text" {
            assert!(all.contains("Title ^[]0;pwned^G here"), "{cmd}: {all}");
        }
        if cmd == "text" {
            assert!(all.contains("rang and \u{fffd}2J"), "{all}");
        }
    }
    // JSON escapes them itself.
    let v = json(&["summary", path, "--json"]);
    assert_eq!(v["articles"][0]["title"], "Title \u{1b}]0;pwned\u{7} here");
}

/// A day of articles in other languages only was not scored: the table
/// says so instead of a neutral +0.00.
#[test]
fn sentiment_table_marks_days_it_did_not_score() {
    let dir = scratch("sentiment-unscored");
    write(
        &dir,
        "2024-11-22-fr.txt",
        "Le conseil\n\nLe conseil municipal a voté mardi la reconstruction du pont, et les habitants \
         sont contents de la décision qui a été prise après deux ans de débat dans la ville. Le maire \
         a dit que les travaux commenceront au printemps et que le pont sera ouvert pour les écoles. \
         Les commerçants du quartier ont salué le vote, mais ils demandent que la circulation reste \
         possible pendant les travaux, car la rue est la seule entrée du marché."
            .as_bytes(),
    );
    write(
        &dir,
        "2024-11-23-en.txt",
        b"The council\n\nThe council met on Saturday and the vote went well; residents were happy.",
    );
    let (out, err, code) = dateline(&["sentiment", dir.to_str().expect("path")]);
    assert_eq!(code, 0, "{err}");
    let fr = out
        .lines()
        .find(|l| l.starts_with("2024-11-22"))
        .expect("French day");
    let en = out
        .lines()
        .find(|l| l.starts_with("2024-11-23"))
        .expect("English day");
    assert!(
        fr.split_whitespace().nth(3) == Some("-")
            && fr.contains("not scored:")
            && fr.contains("other languages"),
        "{fr}"
    );
    assert!(
        en.split_whitespace()
            .nth(3)
            .is_some_and(|n| n.starts_with('+')),
        "{en}"
    );
}
