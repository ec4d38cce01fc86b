//! Real web pages of other sites and languages, saved as the web served
//! them (`tests/pages/`: eleven of Mozilla Readability's test pages, Apache
//! License 2.0, see `LICENSE-readability.md`), read as the CLI reads them:
//! the article's title without the site's name, its day and where it came
//! from, its language, its first and last paragraphs — and none of the
//! navigation, login, subscription, footer or copyright lines around it.
//! Six pages of newspaper3k's tests (MIT License, `LICENSE-newspaper.md`)
//! check the publication day where the page gives it in a way of its own;
//! three German pages of Fundus's tests (MIT License, `LICENSE-fundus.md`)
//! check an h3-headed article's day and articles cut into many boxes, and a
//! Spanish one a page whose whole text is only in its JSON-LD; an English
//! one without its markup dates, the day printed in a "widget"; a British
//! one, a body's name with "for" in it; an Austrian one, a pope's name
//! with its number, and another, a name German runs on into a noun; a South
//! African and a German one, the people named after a role; a Chinese
//! one, the length of a text without spaces.
#![cfg(feature = "html")]

use dateline::{Corpus, DateSource, SourceFile};

struct Expect {
    file: &'static str,
    title: &'static str,
    day: Option<&'static str>,
    source: DateSource,
    language: &'static str,
    first: &'static str,
    last: &'static str,
    /// Lines of the page that are not the article's.
    absent: &'static [&'static str],
}

const PAGES: &[Expect] = &[
    // Its markup dates taken away: the day is the one its `<time>`
    // prints, in parts ("March 7, 2024", "7:55 AM UTC") that read
    // "20247:55" glued together; a teaser's "March 6, 2024" is not it.
    Expect {
        file: "fundus-reuters-printed.html",
        title: "Israeli tank 'likely' fired machine gun at reporters after deadly shelling, report finds",
        day: Some("2024-03-07"),
        source: DateSource::Time,
        language: "en",
        first: "BEIRUT/THE HAGUE, March 7 (Reuters) - An Israeli tank crew killed a Reuters reporter",
        last: "The day after the attack, Israel's military said it had visuals",
        absent: &[
            "South Africa asks World Court for more measures against Israel",
            "Reporting by Maya Gebeilly in Beirut",
        ],
    },
    // Its markup dates taken away: the day is the one printed under the
    // headline ("By Lance Ulanoff published 19 May 2026"), found though
    // the site names every box a "widget", the headline's as well; the
    // request to follow the site on Google News is not the last paragraph.
    Expect {
        file: "fundus-techradar-printed.html",
        title: "'This new search box does not mean that you'll only get AI responses': Google's Search makeover incorporates yet more AI, but Google promises to leave room for classic results",
        day: Some("2026-05-19"),
        source: DateSource::Text,
        language: "en",
        first: "Google has been synonymous with search for more than 25 years",
        last: "What about you? Share your thoughts on Google's new Intelligent Search Box",
        absent: &[
            "Follow TechRadar on Google News",
            "Sign up for breaking news",
        ],
    },
    // The printed headline (its h1, the JSON-LD headline's words), not an
    // editor's og:title for sharing; the date line under the last
    // paragraph ("5 gennaio 2025 ( modifica il 6 gennaio 2025 | 15:24)")
    // is the page's.
    Expect {
        file: "fundus-corriere.html",
        title: "Giorgia Meloni da Donald Trump a Mar-a-Lago: «Bella serata, pronti a lavorare insieme». Il Nyt: «Su Cecilia Sala la premier ha premuto aggressivamente»",
        day: Some("2025-01-05"),
        source: DateSource::JsonLd,
        language: "it-IT",
        first: "La premier italiana Giorgia Meloni è partita (a sorpresa)",
        last: "Soddisfatto per l'iniziativa della premier si è detto Matteo Salvini.",
        absent: &["modifica il 6 gennaio 2025"],
    },
    Expect {
        file: "heise.html",
        title: "1Password für Mac generiert Einmal-Passwörter",
        day: Some("2015-04-08"),
        source: DateSource::Meta,
        language: "de",
        first: "Das in der iOS-Version bereits enthaltene TOTP-Feature",
        last: "1Password kostet aktuell knapp 50 Euro im Mac App Store",
        absent: &[
            "Einloggen",
            "Registrieren",
            "Impressum",
            "Mediadaten",
            "Copyright © 2015 Heise Medien",
        ],
    },
    Expect {
        file: "lemonde-1.html",
        title: "Le projet de loi sur le renseignement massivement approuvé à l'Assemblée",
        day: Some("2015-05-04"),
        source: DateSource::Time,
        language: "fr",
        first: "Les députés ont, sans surprise, adopté à une large majorité",
        last: "La loi prévoit également une forme de protection pour les agents",
        absent: &[
            "S'abonner au Monde",
            "Qui sommes-nous",
            "Charte groupe",
            "Le Monde | 04.05.2015",
        ],
    },
    Expect {
        file: "tumblr.html",
        title: "Minecraft 1.8 - The Bountiful Update",
        day: Some("2014-09-02"),
        source: DateSource::JsonLd,
        language: "en",
        first: "+ Added Granite, Andesite, and Diorite stone blocks",
        last: "- Removed Herobrine",
        absent: &[
            "Powered by Tumblr",
            "Bug tracker",
            "Mojang on Twitter",
            "Minecraft Forums",
        ],
    },
    Expect {
        file: "liberation-1.html",
        title: "Un troisième Français mort dans le séisme au Népal",
        day: Some("2015-04-30"),
        source: DateSource::Meta,
        language: "fr",
        first: "Un troisième Français a été tué dans le tremblement de terre samedi au Népal",
        last: "Le séisme a fait près de 5 500 morts",
        absent: &[
            "Se connecter",
            "Le club abonnés",
            "Anciens Numéros",
            "Site hébergé par Pilot Systems",
        ],
    },
    Expect {
        file: "yahoo-4.html",
        title: "トレンドマイクロ、公衆無線LANを安全に使うためのアプリ「フリーWi-Fiプロテクション」（CNET Japan）",
        // Its "3/9(木) 18:45配信" has no year; its address
        // (`hl?a=20170309-35097838-cnetj-sci`) starts the story's id with
        // the day.
        day: Some("2017-03-09"),
        source: DateSource::Url,
        language: "ja",
        first: "トレンドマイクロは3月9日、Wi-Fi利用時の通信を暗号化し保護する",
        last: "また、フリーWi-Fiプロテクションインフラと、莫大なセキュリティ情報のビッグデータ",
        absent: &[
            "ログイン",
            "プライバシーポリシー",
            "利用規約",
            "ヘルプ・お問い合わせ",
        ],
    },
    Expect {
        file: "herald-sun-1.html",
        title: "Angry media won’t buckle over new surveillance laws",
        day: Some("2015-03-13"),
        // (Its `article:publicationdate` and its printed byline agree.)
        source: DateSource::Meta,
        language: "en-au",
        first: "A HIGH-powered federal government team has been doing the rounds",
        last: "LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR",
        absent: &[
            "Breaking News",
            "Law & Order",
            "Cookie Policy",
            "Subscription Terms",
        ],
    },
    Expect {
        // A how-to cut into steps, each in a box of its own and most of
        // them wrapped in further boxes, with ads between.
        file: "ehow-1.html",
        title: "How to Build a Terrarium",
        day: Some("2007-05-29"),
        source: DateSource::Meta,
        language: "en-US",
        first: "Glass cloche terrariums are not only appealing to the eye",
        last: "Displayed alone or in a group, these pretty arrangements",
        absent: &[
            "Browse Articles & Videos By Category",
            "Other People Are Reading",
            "How to Make a Ballet Tutu",
            "© 1999-2015 Demand Media",
            "Privacy Policy",
        ],
    },
];

/// The corpus of one page of `tests/pages/`, read as the CLI reads it.
fn read_page(file: &str) -> Corpus {
    let path = format!("{}/tests/pages/{file}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|err| panic!("{path}: {err}"));
    Corpus::from_files(&[SourceFile {
        name: file.into(),
        bytes,
    }])
}

#[test]
fn real_pages_of_other_sites_and_languages_give_their_article_title_day_and_text() {
    for e in PAGES {
        let c = read_page(e.file);
        assert!(c.warnings.is_empty(), "{}: {:?}", e.file, c.warnings);
        assert_eq!(c.articles.len(), 1, "{}: one article per page", e.file);
        let a = &c.articles[0];
        assert_eq!(a.title, e.title, "{}", e.file);
        assert_eq!(
            a.date.map(|d| d.to_string()).as_deref(),
            e.day,
            "{}",
            e.file
        );
        assert_eq!(a.date_source, e.source, "{}", e.file);
        assert_eq!(a.language.as_deref(), Some(e.language), "{}", e.file);
        let first = a.paragraphs.first().expect("a paragraph");
        let last = a.paragraphs.last().expect("a paragraph");
        assert!(
            first.starts_with(e.first),
            "{}: first paragraph {first:?}",
            e.file
        );
        assert!(
            last.starts_with(e.last),
            "{}: last paragraph {last:?}",
            e.file
        );
        let text = a.paragraphs.join("\n");
        for line in e.absent {
            assert!(
                !text.contains(line),
                "{}: {line:?} is not the article's",
                e.file
            );
        }
        assert!(a.words > 100 && c.removed_words[e.file] > 0, "{}", e.file);
    }
}

/// Pages of newspaper3k's tests (and four of Readability's): the day, where
/// it comes from, and what it was read from.
const DAYS: &[(&str, &str, DateSource, &str)] = &[
    (
        "np-livescience2.html",
        "2014-10-31",
        DateSource::Text,
        "by Stephanie Pappas, Live Science Contributor | October 31, 2014",
    ),
    (
        "np-uproxx1.html",
        "2014-12-29",
        DateSource::Text,
        "By Jason Tabrys • 12.29.14",
    ),
    (
        "np-foxnews1.html",
        "2014-12-29",
        DateSource::Url,
        "2014/12/29",
    ),
    (
        "np-nypost1.html",
        "2014-12-18",
        DateSource::Url,
        "2014/12/18",
    ),
    (
        "np-recipe2.html",
        "2014-12-22",
        DateSource::Text,
        "Diana Yen | December 22, 2014",
    ),
    (
        "np-graziadaily2.html",
        "2014-12-19",
        DateSource::Text,
        "By Alya Mooro - 19 December 2014",
    ),
    // A WordPress blog whose day is only in its post footer's sentence
    // (the page's markup dates and the day in its addresses taken out).
    (
        "np-pixelmonkey1.html",
        "2012-12-30",
        DateSource::Text,
        "This entry was posted on Sunday, December 30th, 2012 at 3:00 pm and is filed under Personal, Technology",
    ),
    // Readability's: a Blogger post whose day is only in hAtom's `<abbr
    // class="published" title="…">` in the post's footer, and a Jekyll
    // blog's "Tuesday 15 October 2019 by Bradley M. Kuhn" under its h1.
    (
        "links-in-tables.html",
        "2016-12-06",
        DateSource::Time,
        "<abbr> 2016-12-06T12:06:00-08:00",
    ),
    (
        "ebb-org.html",
        "2019-10-15",
        DateSource::Text,
        "Tuesday 15 October 2019 by Bradley M. Kuhn",
    ),
    // A Blogger post inside a box named `widget Blog`, and WebMD's
    // dateline opening the first paragraph ("April 17, 2015 -- …").
    (
        "blogger.html",
        "2016-05-08",
        DateSource::Time,
        "<abbr> 2016-05-08T00:55:00-07:00",
    ),
    (
        "webmd-2.html",
        "2015-04-17",
        DateSource::Text,
        "April 17, 2015",
    ),
];

#[test]
fn real_pages_give_the_day_their_byline_or_address_holds() {
    for &(file, day, source, printed) in DAYS {
        let c = read_page(file);
        assert_eq!(c.articles.len(), 1, "{file}: one article per page");
        let a = &c.articles[0];
        assert_eq!(
            a.date.map(|d| d.to_string()).as_deref(),
            Some(day),
            "{file}"
        );
        assert_eq!(a.date_source, source, "{file}");
        assert!(
            a.printed_date
                .as_deref()
                .is_some_and(|p| p.starts_with(printed)),
            "{file}: {:?}",
            a.printed_date
        );
        assert!(a.words > 100, "{file}");
    }
}

/// Pages of Fundus's tests: the day (and where it was read) and a
/// paragraph of the article's first part and of its last.
const GERMAN: &[(&str, &str, &str, &str, &str)] = &[
    (
        "fundus-rbb24.html",
        "2024-04-25",
        "Do 25.04.24 | 14:07 Uhr",
        "Das Hotel Lunik gehört zu Eisenhüttenstadt",
        "Doch jetzt zieht wieder Leben ein.",
    ),
    (
        "fundus-wdr.html",
        "2024-04-22",
        "",
        "Bislang gehen Beamte der Feuerwehr mit 60 in den Ruhestand.",
        "Auch der Leiter der Feuerwehr in Essen, Thomas Lembeck,",
    ),
    (
        "fundus-rheinischepost.html",
        "",
        "",
        "Lehrer Andreas Heller hat vorher festgelegt,",
        "Die Chat-GPT-Version, die in der Argumentationsübung",
    ),
];

#[test]
fn german_articles_in_many_boxes_are_read_whole_and_an_h3_headline_s_date_is_read() {
    for &(file, day, printed, first, later) in GERMAN {
        let c = read_page(file);
        assert_eq!(c.articles.len(), 1, "{file}: one article per page");
        let a = &c.articles[0];
        if !day.is_empty() {
            assert_eq!(
                a.date.map(|d| d.to_string()).as_deref(),
                Some(day),
                "{file}"
            );
        }
        if !printed.is_empty() {
            assert!(
                a.printed_date
                    .as_deref()
                    .is_some_and(|p| p.starts_with(printed)),
                "{file}: {:?}",
                a.printed_date
            );
        }
        let text = a.paragraphs.join("\n");
        for part in [first, later] {
            assert!(text.contains(part), "{file}: {part:?} is the article's");
        }
    }
}

/// heise prints its day above the headline, in the `<article>`
/// (`<p class="news_datum">08.04.2015 12:46</p>` over the `h1`): without
/// its `date` meta tag, that line dates the page.
#[test]
fn a_date_line_above_the_headline_in_the_article_dates_it() {
    let page = |file: &str, tag: &str| {
        let path = format!("{}/tests/pages/{file}", env!("CARGO_MANIFEST_DIR"));
        let html = std::fs::read_to_string(&path).unwrap();
        assert_eq!(html.matches(tag).count(), 1, "{file}: {tag}");
        Corpus::from_files(&[SourceFile {
            name: file.into(),
            bytes: html.replace(tag, "").into_bytes(),
        }])
    };
    let c = page(
        "heise.html",
        r#"<meta content="2015-04-08T12:46:00" name="date" />"#,
    );
    let a = &c.articles[0];
    assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2015-04-08"));
    assert_eq!(a.date_source, DateSource::Text);
    assert_eq!(a.printed_date.as_deref(), Some("08.04.2015 12:46"));
}

/// ABC (Fundus's tests): the page shows the article's first paragraph and
/// a teaser of the next; its JSON-LD `articleBody` holds the whole text,
/// which is read in its place.
#[test]
fn a_page_showing_only_its_start_is_read_whole_from_its_json_ld_body() {
    let c = read_page("fundus-abc.html");
    assert_eq!(c.articles.len(), 1, "one article per page");
    let a = &c.articles[0];
    assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2026-04-25"));
    assert_eq!(a.language.as_deref(), Some("es"));
    let text = a.paragraphs.join("\n");
    for part in [
        "Tras seis derrotas consecutivas",
        "Koeman habilitó el desmarque",
    ] {
        assert!(text.contains(part), "{part:?} is the article's: {text}");
    }
    assert!(a.words > 800, "{} words", a.words);
}

/// Asserts that a page's discovered entity `name` is of `kind` and
/// counts `alias` among its names.
fn assert_entity(file: &str, name: &str, kind: &str, alias: &str) {
    let found = dateline::analyse::discover::discover(&read_page(file));
    let e = found
        .entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("{file}: {name} in {:?}", discovered(file)));
    assert_eq!(e.kind, kind, "{file}: {name}");
    assert!(
        e.aliases.iter().any(|a| a == alias),
        "{file}: {name} {:?}",
        e.aliases
    );
}

/// The names discovered on a page, with their kinds.
fn discovered(file: &str) -> Vec<(String, String)> {
    dateline::analyse::discover::discover(&read_page(file))
        .entities
        .into_iter()
        .map(|e| (e.name, e.kind))
        .collect()
}

/// Names on two pages of Fundus's tests: a South African page whose
/// sentences start with a role (`Author Rushdiyah Narker, from Kensington,
/// said …`, `Novelist Jo Watson`), and a German one whose name is followed
/// by an article (`der sudanesische Journalist Ahmed Kaballo den Spuren …
/// nachgeht`): the role is cut off and vouches for a person; the article
/// is not part of the name.
#[test]
fn a_role_before_a_name_is_cut_off_and_vouches_for_a_person() {
    for (file, people, never) in [
        (
            "fundus-durbanlocal.html",
            &[
                "Rushdiyah Narker",
                "Nuhaa Bardien",
                "Qarnita Loxton",
                "Jo Watson",
            ][..],
            &["Author", "Novelist"][..],
        ),
        (
            "fundus-jungewelt.html",
            &["Ahmed Kaballo"][..],
            &["Spuren"][..],
        ),
    ] {
        let found = discovered(file);
        let names: Vec<(&str, &str)> = found
            .iter()
            .map(|(n, k)| (n.as_str(), k.as_str()))
            .collect();
        for p in people {
            assert!(names.contains(&(p, "person")), "{file}: {p} in {names:?}");
        }
        for bad in never {
            assert!(
                !names.iter().any(|(n, _)| n.contains(bad)),
                "{file}: {bad} in {names:?}"
            );
        }
    }
}

/// Wire copy prints no year in its dateline: Reuters' page with its
/// `<time>` elements taken away as well is dated by "BEIRUT/THE HAGUE,
/// March 7 (Reuters) -" in the year of another article of the folder, and
/// is undated alone.
#[test]
fn a_wire_dateline_without_a_year_takes_the_year_of_the_folder() {
    let path = format!(
        "{}/tests/pages/fundus-reuters-printed.html",
        env!("CARGO_MANIFEST_DIR")
    );
    let page = std::fs::read_to_string(&path).expect("the page");
    let mut wire = String::with_capacity(page.len());
    let mut rest = page.as_str();
    while let Some(at) = rest.find("<time") {
        wire.push_str(&rest[..at]);
        let end = rest[at..].find("</time>").expect("a closed <time>") + "</time>".len();
        rest = &rest[at + end..];
    }
    wire.push_str(rest);
    let other = "Talks in The Hague\n\nFriday, 1 March 2024\n\nThe court heard both sides.\n";
    let files = |with_other: bool| {
        let mut f = vec![SourceFile {
            name: "wire/reuters.html".into(),
            bytes: wire.clone().into_bytes(),
        }];
        if with_other {
            f.push(SourceFile {
                name: "wire/hague.txt".into(),
                bytes: other.as_bytes().to_vec(),
            });
        }
        f
    };
    let alone = Corpus::from_files(&files(false));
    assert_eq!(
        alone.articles[0].date, None,
        "{:?}",
        alone.articles[0].printed_date
    );
    let c = Corpus::from_files(&files(true));
    let a = &c.articles[0];
    assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2024-03-07"));
    assert_eq!(a.date_source, DateSource::Wire);
    assert!(
        a.printed_date
            .as_deref()
            .is_some_and(|p| p.contains("BEIRUT/THE HAGUE, March 7 (Reuters)")),
        "{:?}",
        a.printed_date
    );
}

/// A surname joins the full name with a given name though it also starts
/// a building's name, on a page of Fundus's tests (Corriere della Sera,
/// Italian): "Trump" beside "Donald Trump" and "Trump Tower" was a name of
/// its own.
#[test]
fn a_surname_beside_a_building_s_name_joins_its_person() {
    assert_entity("fundus-corriere.html", "Donald Trump", "person", "Trump");
    assert!(
        !discovered("fundus-corriere.html")
            .iter()
            .any(|(n, _)| n == "Trump")
    );
}

/// A name in another case is the same name where the language declines
/// names, on a page of Fundus's tests (Kommersant, Russian): "Владимира
/// Путина" (genitive) with "Владимир Путин", "Малайзией" (instrumental)
/// with "Малайзии", "Стамбуле" (prepositional) with "Стамбул" were names of
/// their own, each with its own count. Malaysia, met only in other cases,
/// is the list's place.
#[test]
fn a_declined_name_counts_with_the_name() {
    let file = "fundus-kommersant.html";
    assert_entity(file, "Владимир Путин", "person", "Владимира Путина");
    assert_entity(file, "Стамбул", "other", "Стамбуле");
    assert_entity(file, "Malaysia", "place", "Малайзией");
    assert_entity(file, "Malaysia", "place", "Малайзии");
    // (A Russian given name makes a person: `Андрей`, `Игорь`, `Леонид`.)
    for name in ["Андрей Колесников", "Игорь Сечин", "Леонид Слуцкий"]
    {
        assert_entity(file, name, "person", name);
    }
    let names: Vec<String> = discovered(file).into_iter().map(|(n, _)| n).collect();
    for form in ["Владимира Путина", "Стамбуле", "Малайзией"] {
        assert!(!names.iter().any(|n| n == form), "{form} in {names:?}");
    }
    // (A place in the genitive before a given name and a surname is a
    // name of its own: "президент России Владимир Путин", "России Сергей
    // Лавров"; Russia, the list's place.)
    assert_entity(file, "Сергей Лавров", "person", "Сергей Лавров");
    assert_entity(file, "Russia", "place", "России");
    let found = dateline::analyse::discover::discover(&read_page(file));
    let putin = found.entities.iter().find(|e| e.name == "Владимир Путин");
    assert!(
        putin.is_some_and(|e| e.aliases.iter().all(|a| !a.starts_with("России"))),
        "{putin:?}"
    );
}

/// A Belgian party written with an ampersand (`CD&V`) is one name, on a
/// page of Fundus's tests (Het Nieuwsblad, Dutch): it was `CD`.
#[test]
fn a_party_written_with_an_ampersand_is_one_name() {
    let found = discovered("fundus-nieuwsblad.html");
    let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    assert!(names.contains(&"CD&V"), "{names:?}");
    assert!(!names.contains(&"CD"), "{names:?}");
    assert!(
        found.contains(&("Joachim Coens".to_string(), "person".to_string())),
        "{found:?}"
    );
}

/// Places named by a word of their kind, on two pages of Fundus's tests:
/// Taiwanese and Philippine islands, seas and forts (Taipei Times), and a
/// cape and a sea beside a company's founders (Rest of World); a role before
/// a name (`co-founder Seif Zahran`) vouches for a person.
#[test]
fn a_place_s_kind_word_makes_it_a_place() {
    for (file, places, people) in [
        (
            "fundus-taipeitimes.html",
            &[
                "South China Sea",
                "Thitu Island",
                "Fort Bonifacio",
                "West Philippine Sea",
            ][..],
            &[][..],
        ),
        (
            "fundus-restofworld.html",
            &["Cape Canaveral", "Arabian Sea"][..],
            &["Seif Zahran"][..],
        ),
    ] {
        let found = discovered(file);
        let names: Vec<(&str, &str)> = found
            .iter()
            .map(|(n, k)| (n.as_str(), k.as_str()))
            .collect();
        for p in places {
            assert!(names.contains(&(p, "place")), "{file}: {p} in {names:?}");
        }
        for p in people {
            assert!(names.contains(&(p, "person")), "{file}: {p} in {names:?}");
        }
    }
}

/// A place named in French, German, Italian or Portuguese is the place of
/// the table (data/places.txt, its names from Debian's iso-codes): on a
/// German page of junge Welt, `Frankreich` is France and `Europa` Europe,
/// which a German text (every noun capitalised) yields only from the table.
/// It is named as the texts write it when they never write the table's
/// name (`Frankreich`), else by the table (`China` for a `Chine` and a
/// `Cina`).
#[test]
fn places_named_in_other_languages_join_their_entity() {
    for (name, alias) in [("Frankreich", "Frankreich"), ("Europa", "Europa")] {
        assert_entity("fundus-jungewelt.html", name, "place", alias);
    }
    // French and Italian texts of one's own.
    let c = dateline::Corpus::from_texts(&[
        (
            "2024-07-18-fr.txt",
            "La Russie et la Chine\n\nLa Russie a répondu à Moscou. Selon Paris, la Chine et la Russie ont parlé à Pékin.\n",
        ),
        (
            "2025-01-05-it.txt",
            "Gli Stati Uniti\n\nGli Stati Uniti e la Cina hanno parlato a Mosca con la Russia.\n",
        ),
    ]);
    let found = dateline::analyse::discover::discover(&c);
    for (name, alias) in [
        ("Russia", "Russie"),
        ("China", "Chine"),
        ("China", "Cina"),
        ("Moscow", "Moscou"),
        ("Moscow", "Mosca"),
        ("Stati Uniti", "Stati Uniti"),
    ] {
        let e = found.entities.iter().find(|e| e.name == name);
        assert!(
            e.is_some_and(|e| e.kind == "place" && e.aliases.iter().any(|a| a == alias)),
            "{name} with {alias}: {:?}",
            found
                .entities
                .iter()
                .map(|e| (&e.name, &e.aliases))
                .collect::<Vec<_>>()
        );
    }
}

/// German names on four German pages of Fundus's tests, where every noun
/// is capitalised: a given name vouches for the name it starts (`Thomas
/// Lembeck`, `Annika Poestges`), the surname alone then joins it (also
/// where it starts a sentence, `Langhoff`), a name in the genitive
/// (`Macrons Aussagen`, `Frankreichs`) is the name, and an acronym (`DDR`,
/// `NRW`) is a name.
#[test]
fn german_names_are_found_by_their_given_names_and_genitives_join_them() {
    for (file, person, surname) in [
        ("fundus-wdr.html", "Thomas Lembeck", "Lembeck"),
        // (Its surname met only where a sentence starts.)
        ("fundus-wdr.html", "Thomas Langhoff", "Langhoff"),
        ("fundus-rheinischepost.html", "Annika Poestges", "Poestges"),
        ("fundus-rheinischepost.html", "Sabine Mistler", "Mistler"),
        ("fundus-jungewelt.html", "Emmanuel Macron", "Macrons"),
    ] {
        assert_entity(file, person, "person", surname);
    }
    // An acronym is a name, though no given name vouches for it.
    for (file, acronym) in [("fundus-rbb24.html", "DDR"), ("fundus-wdr.html", "NRW")] {
        assert!(
            discovered(file).iter().any(|(n, _)| n == acronym),
            "{file}: {acronym} in {:?}",
            discovered(file)
        );
    }
    let found = dateline::analyse::discover::discover(&read_page("fundus-jungewelt.html"));
    let france = found.entities.iter().find(|e| e.name == "Frankreich");
    assert!(
        france.is_some_and(|e| e.aliases.iter().any(|a| a == "Frankreichs")),
        "{france:?}"
    );
}

/// BBC (Fundus's tests, 2024): a British body's "for" after its kind is
/// part of its name, and the acronym the text introduces joins it (it was
/// "OBR" 22, "Office" 3 and "Budget Responsibility" 2).
#[test]
fn a_british_body_s_name_with_for_is_one_name_with_its_acronym() {
    assert_entity(
        "fundus-bbc.html",
        "Office for Budget Responsibility",
        "organisation",
        "OBR",
    );
    assert!(
        !discovered("fundus-bbc.html")
            .iter()
            .any(|(n, _)| n == "Office" || n == "Budget Responsibility"),
        "{:?}",
        discovered("fundus-bbc.html")
    );
}

/// Die Presse (Fundus's tests, 2025): a pope's name with its number
/// (`Leo XIV`) is met by its first word alone (`Leo`), which joins it.
#[test]
fn a_regnal_name_is_met_by_its_first_word_alone() {
    assert_entity("fundus-diepresse.html", "Leo XIV", "person", "Leo");
    assert!(
        !discovered("fundus-diepresse.html")
            .iter()
            .any(|(n, _)| n == "Leo")
    );
}

/// Der Standard (Fundus's tests, 2024), read with a short German text of
/// my own: a person's name that German runs on into a noun (`auf Guido
/// Steinberg Bezug`) ends at that noun, which the other text writes after
/// an article (`in Bezug auf`).
#[test]
fn a_german_name_ends_before_a_noun_the_texts_write_after_an_article() {
    let path = format!(
        "{}/tests/pages/fundus-derstandard.html",
        env!("CARGO_MANIFEST_DIR")
    );
    let page = std::fs::read(&path).expect("the page");
    let c = Corpus::from_files(&[
        SourceFile {
            name: "fundus-derstandard.html".into(),
            bytes: page,
        },
        SourceFile {
            name: "2024-05-04-notiz.txt".into(),
            bytes: "Notiz\n\nIn Bezug auf die Prozesse schwieg das Gericht, und die Anwälte sind nicht \
                    überrascht. Der Bezug zur Szene ist bekannt, und das Gericht ist nicht zuständig.\n"
                .as_bytes()
                .to_vec(),
        },
    ]);
    let names: Vec<String> = dateline::analyse::discover::discover(&c)
        .entities
        .into_iter()
        .map(|e| e.name)
        .collect();
    assert!(names.iter().any(|n| n == "Guido Steinberg"), "{names:?}");
    assert!(!names.iter().any(|n| n.contains("Bezug")), "{names:?}");
}

/// Bradley Kuhn's post on ebb.org (Readability's tests): an acronym with
/// a possessive ("the FSF's Board") counts for its alias, which matches
/// only as written (its "'s" made it no word in capitals: 31 of the 37).
#[test]
fn an_acronym_counts_with_its_possessive() {
    let c = read_page("ebb-org.html");
    let a = &c.articles[0];
    let written = title_and_text(a)
        .flat_map(|p| dateline::read::tokens::words(p))
        .filter(|(_, w)| matches!(*w, "FSF" | "FSF's" | "FSF’s"))
        .count();
    let possessive = a
        .paragraphs
        .iter()
        .map(|p| p.matches("FSF's").count() + p.matches("FSF’s").count())
        .sum::<usize>();
    assert!(possessive >= 3, "{possessive}");
    let report = dateline::analyse::discover::report(&c);
    let fsf = report
        .entities
        .iter()
        .flat_map(|e| &e.aliases)
        .find(|a| a.alias == "FSF")
        .expect("FSF is a name");
    assert_eq!(fsf.mentions + fsf_in_longer(&report), written);
}

/// An article's title, then its paragraphs.
fn title_and_text(a: &dateline::Article) -> impl Iterator<Item = &String> {
    std::iter::once(&a.title).chain(&a.paragraphs)
}

/// Occurrences of FSF that a longer alias took ("FSF Board of Directors",
/// "Voting Member of the FSF").
fn fsf_in_longer(report: &dateline::analyse::discover::EntitiesReport) -> usize {
    report
        .entities
        .iter()
        .flat_map(|e| &e.aliases)
        .filter(|a| a.alias != "FSF" && a.alias.split(' ').any(|w| w == "FSF"))
        .map(|a| a.mentions)
        .sum()
}

/// CNET Japan on Yahoo (Readability's tests): Japanese has no spaces
/// between words, so each character is a word and a query of several is a
/// phrase of them, found inside the sentences (a whole clause was one
/// word, and "トレンドマイクロ", Trend Micro, was found only in the title,
/// where a space follows it); "。" ends a sentence with no space after it.
#[test]
fn a_query_in_japanese_is_found_inside_sentences() {
    use dateline::analyse::{analysis, mentions::SeriesSet, query};
    let c = read_page("yahoo-4.html");
    let a = &c.articles[0];
    let written = title_and_text(&c.articles[0])
        .map(|p| p.matches("トレンドマイクロ").count())
        .sum::<usize>();
    assert!(written >= 3, "{written}");
    let queries = query::parse_list("トレンドマイクロ,マイクロソフト").expect("queries");
    let (set, _) = SeriesSet::new(&queries, &[]);
    let counts = analysis::count_mentions(&c, &set, &[]);
    let got = |label: &str| counts.articles[0].counts.get(label).copied();
    assert_eq!(got("トレンドマイクロ"), Some(written));
    // (Its characters "マイクロ" alone are not the other query's.)
    assert_eq!(got("マイクロソフト"), Some(0));
    let sentences = dateline::read::tokens::sentences(&a.paragraphs[0]);
    assert!(sentences.len() >= 2, "{sentences:?}");
    assert!(
        sentences
            .iter()
            .all(|(_, s)| s.ends_with('。') || s == &sentences.last().unwrap().1)
    );
}

/// People's Daily (Fundus's tests, 2024): Chinese has no spaces between
/// words, so the article's length is its characters (it was 58 "words"
/// for 1,290 characters, and every rate per 10,000 words 20 times too
/// high); the page declares its language as "utf-8", so the text says it.
#[test]
fn a_chinese_article_is_measured_in_characters() {
    let c = read_page("fundus-people-cn.html");
    assert_eq!(c.articles.len(), 1);
    let a = &c.articles[0];
    assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2024-04-24"));
    let han = std::iter::once(&a.title)
        .chain(&a.paragraphs)
        .flat_map(|p| p.chars())
        .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
        .count();
    assert!(han > 1_000, "{han}");
    assert!(
        a.words >= han && a.words < han + han / 20,
        "{} words for {han} characters",
        a.words
    );
    assert_eq!(a.language.as_deref(), Some("zh"));
}
