//! The day a moment stated in UTC falls on where a page was published.
//!
//! Markup often declares the publication moment in UTC
//! (`"datePublished": "2022-05-04T00:44:52Z"`), while the page, its
//! readers and its own printed date go by the publisher's clock (the
//! evening of May 3 in São Paulo). The page's language tag names the
//! place well enough to tell the day when every time zone of that place
//! gives the same one: `pt-BR` at 00:44 UTC is the evening before
//! anywhere in Brazil; `es-MX` at 05:30 UTC is the evening before in
//! Tijuana but not in Mexico City, so nothing is said. A tag without a region
//! names a place only where its language is spoken in one band of time
//! zones (German, Japanese); Spanish, Portuguese, English, Arabic and
//! Russian without a region name none.

use super::dates::Day;

/// How a place sets its clocks: minutes east of UTC.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Zone {
    /// One offset all year.
    Fixed(i32),
    /// Standard time, and an hour more from the last Sunday of March to the
    /// last Sunday of October at 01:00 UTC (the European Union's rule since
    /// 1996).
    European(i32),
    /// Anywhere between the two offsets, summer time included.
    Band(i32, i32),
}

/// The zone of a place named by a language tag (`de-AT`, `pt-BR`, `ja`).
fn zone(tag: &str) -> Option<Zone> {
    let tag = tag.trim().replace('_', "-").to_ascii_lowercase();
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or("");
    // The region: the first part of two letters (past a script, `zh-Hant-TW`),
    // before any extension (`th-u-nu-thai`).
    let region = parts
        .take_while(|p| p.len() != 1)
        .find(|p| p.len() == 2)
        .unwrap_or("");
    use Zone::*;
    let by_region = match region {
        "" => None,
        "gb" | "ie" | "pt" => Some(European(0)),
        "de" | "at" | "ch" | "li" | "fr" | "it" | "es" | "nl" | "be" | "lu" | "pl" | "cz"
        | "sk" | "hu" | "si" | "hr" | "dk" | "se" | "no" | "ba" | "rs" | "me" | "mk" | "al"
        | "mt" | "ad" | "mc" | "sm" | "va" => Some(European(60)),
        "fi" | "ee" | "lv" | "lt" | "ro" | "bg" | "gr" | "cy" | "ua" => Some(European(120)),
        // (Not `en-US`: publishing tools write it for English wherever
        // the site is, a Filipino food blog's included.)
        "ca" => Some(Band(-480, -150)),
        "mx" => Some(Band(-480, -300)),
        "gt" | "sv" | "hn" | "ni" | "cr" => Some(Fixed(-360)),
        "co" | "pe" | "ec" | "pa" => Some(Fixed(-300)),
        "cu" => Some(Band(-300, -240)),
        "ve" => Some(Band(-270, -240)),
        "do" | "pr" | "bo" => Some(Fixed(-240)),
        "cl" | "py" => Some(Band(-240, -180)),
        // (Summer time until 2009 and 2015.)
        "ar" | "uy" => Some(Band(-180, -120)),
        "br" => Some(Band(-240, -120)),
        "za" | "eg" => Some(Band(120, 180)),
        "il" => Some(Band(120, 180)),
        // (Turkey: +2 in winter until 2016.)
        "tr" => Some(Band(120, 180)),
        "sa" | "ke" | "qa" | "kw" | "bh" => Some(Fixed(180)),
        "ae" | "om" => Some(Fixed(240)),
        "pk" => Some(Fixed(300)),
        "in" => Some(Fixed(330)),
        "bd" => Some(Fixed(360)),
        "th" | "vn" => Some(Fixed(420)),
        "cn" | "hk" | "mo" | "tw" | "sg" | "my" | "ph" => Some(Fixed(480)),
        "jp" | "kr" => Some(Fixed(540)),
        "au" => Some(Band(480, 660)),
        "nz" => Some(Band(720, 780)),
        _ => None,
    };
    if !region.is_empty() {
        return by_region;
    }
    match language {
        // (Not French or Dutch alone: Quebec, West Africa, the Antilles,
        // Suriname.)
        "de" | "it" | "pl" | "cs" | "sk" | "hu" | "sl" | "hr" | "da" | "sv" | "nb" | "nn"
        | "no" | "lb" => Some(European(60)),
        "fi" | "et" | "lv" | "lt" | "ro" | "bg" | "el" | "uk" => Some(European(120)),
        "tr" => Some(Band(120, 180)),
        "hi" => Some(Fixed(330)),
        "zh" => Some(Fixed(480)),
        "ja" | "ko" => Some(Fixed(540)),
        _ => None,
    }
}

/// The last Sunday of `month` in `year`.
fn last_sunday(year: i64, month: i64) -> Option<Day> {
    let next = if month == 12 {
        Day::new(year + 1, 1, 1)?
    } else {
        Day::new(year, month + 1, 1)?
    };
    let last = next.add_days(-1)?;
    // weekday: 0 = Monday … 6 = Sunday.
    last.add_days(-i64::from((last.weekday() + 1) % 7))
}

/// The offsets `zone` may have at `minute` (of `day`, UTC).
fn offsets(zone: Zone, day: Day, minute: i64) -> (i32, i32) {
    match zone {
        Zone::Fixed(o) => (o, o),
        Zone::Band(a, b) => (a, b),
        Zone::European(o) => {
            let year = i64::from(day.year());
            if year < 1996 {
                return (o, o + 60);
            }
            let (Some(start), Some(end)) = (last_sunday(year, 3), last_sunday(year, 10)) else {
                return (o, o + 60);
            };
            // Minutes since 1970 of the moment and of the two changes.
            let at = |d: Day, m: i64| d.to_days() * 1440 + m;
            let now = at(day, minute);
            if now >= at(start, 60) && now < at(end, 60) {
                (o + 60, o + 60)
            } else {
                (o, o)
            }
        }
    }
}

/// The hour and minute of a moment written as stated in UTC: an ISO 8601
/// time ending in `Z` or `+00:00`, or a printed stamp ending in `GMT` or
/// `UTC` (`Wed, 04 May 2022 00:25:56 GMT`). `None` for a moment with a
/// local offset or none (then the day as written is the place's own).
pub fn utc_time(value: &str) -> Option<(u8, u8)> {
    let v = value.trim();
    let upper = v.to_ascii_uppercase();
    let utc = (upper.ends_with('Z') && upper.contains('T'))
        || ["+00:00", "+0000", "+00", " GMT", " UTC", "-00:00"]
            .iter()
            .any(|z| upper.ends_with(z))
        || upper.ends_with("+0000 (UTC)");
    if !utc {
        return None;
    }
    // The first `HH:MM` or `H:MM` (`T7:23:00Z`): one or two digits after
    // a non-digit.
    let b = v.as_bytes();
    let colon = (1..b.len().saturating_sub(2)).find(|&i| {
        b[i] == b':' && b[i + 1..i + 3].iter().all(u8::is_ascii_digit) && {
            let n = b[..i]
                .iter()
                .rev()
                .take_while(|c| c.is_ascii_digit())
                .count();
            (1..=2).contains(&n)
        }
    })?;
    let n = b[..colon]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let hour: u8 = v[colon - n..colon].parse().ok()?;
    let minute: u8 = v[colon + 1..colon + 3].parse().ok()?;
    (hour < 24 && minute < 60).then_some((hour, minute))
}

/// The day the moment `day` `hour:minute` UTC falls on at the place the
/// language tag `tag` names, when every offset that place may have gives
/// the same day; `None` when the tag names no place or the places' days
/// differ (at midnight, the day for any tag). Midnight UTC itself is a day written without its time
/// (`2020-01-10T00:00:00+00:00`): its day stays.
pub fn local_day(tag: &str, day: Day, hour: u8, minute: u8) -> Option<Day> {
    let minute = i64::from(hour) * 60 + i64::from(minute);
    if minute == 0 {
        return Some(day);
    }
    let (a, b) = offsets(zone(tag)?, day, minute);
    let shift = |o: i32| (minute + i64::from(o)).div_euclid(1440);
    (shift(a) == shift(b))
        .then(|| day.add_days(shift(a)))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Day {
        Day::parse_iso(s).unwrap()
    }

    #[test]
    fn a_moment_in_utc_is_dated_by_the_clock_of_the_place_the_page_names() {
        let cases = [
            // Brazil, Argentina: three hours behind; after midnight UTC
            // is the evening before.
            ("pt-BR", "2022-05-04", 0, 44, Some("2022-05-03")),
            ("es-AR", "2022-05-04", 0, 25, Some("2022-05-03")),
            ("pt-BR", "2022-05-04", 14, 0, Some("2022-05-04")),
            // Austria in summer time (until 27 October 2019): two hours
            // ahead, so 22:04 UTC is past midnight.
            ("de-AT", "2019-10-18", 22, 4, Some("2019-10-19")),
            // After the clocks went back, one hour: 22:30 stays.
            ("de", "2019-11-18", 22, 30, Some("2019-11-18")),
            ("de", "2019-11-18", 23, 30, Some("2019-11-19")),
            // Mexico: before 05:00 UTC it is the evening before from
            // Cancún to Tijuana; at 05:30 only in some zones.
            ("es-MX", "2020-03-10", 4, 30, Some("2020-03-09")),
            ("es-MX", "2020-03-10", 5, 30, None),
            // A local midnight written in UTC (a German site's
            // "2022-11-06T23:00:00.000Z" for November 7) is the next day;
            // midnight UTC is a day written without its time.
            ("de-DE", "2022-11-06", 23, 0, Some("2022-11-07")),
            ("pt-BR", "2020-01-10", 0, 0, Some("2020-01-10")),
            // Wherever an English site is, its tools say `en-US`.
            ("en-US", "2018-01-28", 3, 38, None),
            ("ja", "2021-06-30", 16, 10, Some("2021-07-01")),
            // Turkey was two hours ahead in winter until 2016; French
            // alone is spoken from Quebec to Réunion.
            ("tr", "2015-01-10", 21, 30, None),
            ("fr", "2020-01-10", 23, 30, None),
            // An extension's subtag is no region (`nu` is no country).
            ("de-u-co-phonebk", "2019-11-18", 23, 30, Some("2019-11-19")),
            ("zh-Hant-TW", "2021-06-30", 16, 10, Some("2021-07-01")),
            // Spanish, English, Portuguese without a region: many places.
            ("es", "2022-05-04", 0, 44, None),
            ("en", "2022-05-04", 0, 44, None),
            ("pt", "2022-05-04", 0, 44, None),
            ("not a tag", "2022-05-04", 0, 44, None),
        ];
        for (tag, day, h, m, want) in cases {
            assert_eq!(
                local_day(tag, d(day), h, m),
                want.map(d),
                "{tag} {day} {h}:{m}"
            );
        }
    }

    #[test]
    fn summer_time_in_europe_runs_from_the_last_sunday_of_march_to_that_of_october() {
        assert_eq!(last_sunday(2019, 10), Some(d("2019-10-27")));
        assert_eq!(last_sunday(2024, 3), Some(d("2024-03-31")));
        assert_eq!(last_sunday(2023, 12), Some(d("2023-12-31")));
        let zone = Zone::European(60);
        // 2024-03-31 00:59 UTC: winter; 01:00: summer.
        assert_eq!(offsets(zone, d("2024-03-31"), 59), (60, 60));
        assert_eq!(offsets(zone, d("2024-03-31"), 60), (120, 120));
        assert_eq!(offsets(zone, d("2024-10-27"), 59), (120, 120));
        assert_eq!(offsets(zone, d("2024-10-27"), 60), (60, 60));
    }

    #[test]
    fn only_a_moment_stated_in_utc_has_a_utc_time() {
        assert_eq!(utc_time("2022-05-04T00:44:52.000Z"), Some((0, 44)));
        assert_eq!(utc_time("2019-10-18T22:04:00+00:00"), Some((22, 4)));
        assert_eq!(utc_time("Wed, 04 May 2022 00:25:56 GMT"), Some((0, 25)));
        // An hour of one digit.
        assert_eq!(utc_time("2022-05-04T7:23:00Z"), Some((7, 23)));
        assert_eq!(utc_time("Wed, 4 May 2022 9:05:30 GMT"), Some((9, 5)));
        assert_eq!(utc_time("2023-11-06T18:19+01:00"), None);
        assert_eq!(utc_time("2022-05-04 00:44:52"), None);
        assert_eq!(utc_time("2022-05-04"), None);
        // A `Z` with no time of day says nothing of the hour.
        assert_eq!(utc_time("2022-05-04Z"), None);
    }
}
