//! Periods a calendar axis can count by: days, ISO weeks, months or years.
//!
//! A corpus that spans years has more days than a chart has pixels for;
//! its counts and tallies are then shown per week, month or year. A period
//! is named by its first day (Monday of the ISO week, first of the month,
//! 1 January) and labelled the way events are (`2026-01-08`, `2026-W02`,
//! `2026-01`, `2026`).
//! [`Period::fitting`] picks the finest period whose periods fit the space.

use crate::read::dates::Day;

/// What one point of a calendar axis stands for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    /// A calendar day.
    #[default]
    Day,
    /// An ISO week (Monday to Sunday).
    Week,
    /// A calendar month.
    Month,
    /// A calendar year.
    Year,
}

impl Period {
    /// `day`, `week`, `month` or `year`.
    pub fn named(s: &str) -> Option<Period> {
        match s {
            "day" => Some(Period::Day),
            "week" => Some(Period::Week),
            "month" => Some(Period::Month),
            "year" => Some(Period::Year),
            _ => None,
        }
    }

    /// The period's name: `day`, `week`, `month` or `year`.
    pub fn name(self) -> &'static str {
        match self {
            Period::Day => "day",
            Period::Week => "week",
            Period::Month => "month",
            Period::Year => "year",
        }
    }

    /// The first day of the period holding `d`.
    pub fn start(self, d: Day) -> Day {
        match self {
            Period::Day => d,
            Period::Week => d.add_days(-i64::from(d.weekday())).unwrap_or(d),
            Period::Month => Day::new(d.year().into(), d.month().into(), 1).unwrap_or(d),
            Period::Year => Day::new(d.year().into(), 1, 1).unwrap_or(d),
        }
    }

    /// Number of days in the period that starts on `start`.
    pub fn length(self, start: Day) -> i64 {
        match self {
            Period::Day => 1,
            Period::Week => 7,
            Period::Month => {
                let (y, m) = (i64::from(start.year()), i64::from(start.month()));
                let next = if m == 12 {
                    Day::new(y + 1, 1, 1)
                } else {
                    Day::new(y, m + 1, 1)
                };
                next.map_or(31, |n| n.to_days() - start.to_days())
            }
            Period::Year => Day::new(i64::from(start.year()) + 1, 1, 1)
                .map_or(365, |n| n.to_days() - start.to_days()),
        }
    }

    /// The last day of the period holding `d`.
    pub fn end(self, d: Day) -> Day {
        let s = self.start(d);
        s.add_days(self.length(s) - 1).unwrap_or(s)
    }

    /// The label of the period holding `d`: `2026-01-08`, `2026-W02`,
    /// `2026-01` or `2026`.
    pub fn label(self, d: Day) -> String {
        match self {
            Period::Day => d.to_string(),
            Period::Week => {
                let (y, w) = d.iso_week();
                format!("{y:04}-W{w:02}")
            }
            Period::Month => format!("{:04}-{:02}", d.year(), d.month()),
            Period::Year => format!("{:04}", d.year()),
        }
    }

    /// The period a label names (as [`Period::label`] writes them), with
    /// its first day.
    pub fn parse(label: &str) -> Option<(Period, Day)> {
        if let Some(d) = Day::parse_iso(label) {
            return Some((Period::Day, d));
        }
        if let Some((y, w)) = label.split_once("-W") {
            let (y, w): (i64, i64) = (y.parse().ok()?, w.parse().ok()?);
            // ISO week 1 holds 4 January.
            let jan4 = Day::new(y, 1, 4)?;
            let monday = Period::Week.start(jan4).add_days((w - 1) * 7)?;
            return (monday.iso_week() == (y, w as u8)).then_some((Period::Week, monday));
        }
        if label.len() == 4 && label.bytes().all(|b| b.is_ascii_digit()) {
            return Some((Period::Year, Day::new(label.parse().ok()?, 1, 1)?));
        }
        let (y, m) = label.split_once('-')?;
        if y.len() != 4 || m.len() != 2 {
            return None;
        }
        Some((
            Period::Month,
            Day::new(y.parse().ok()?, m.parse().ok()?, 1)?,
        ))
    }

    /// The first and last day of the period a label names.
    pub fn range(label: &str) -> Option<(Day, Day)> {
        let (p, start) = Period::parse(label)?;
        Some((start, p.end(start)))
    }

    /// Whether `date` falls within `range` (first and last day); any date,
    /// an undated one included, when there is no range.
    pub fn holds(range: Option<(Day, Day)>, date: Option<Day>) -> bool {
        range.is_none_or(|(first, last)| date.is_some_and(|d| d >= first && d <= last))
    }

    /// Longest run of days without a point that an axis still draws as
    /// one stretch rather than a break.
    pub fn max_gap_days(self) -> i64 {
        match self {
            Period::Day => 14,
            Period::Week => 28,
            Period::Month => 92,
            Period::Year => 3 * 366,
        }
    }

    /// The first days of the periods holding `days`, sorted, without
    /// repeats.
    pub fn starts(self, days: &[Day]) -> Vec<Day> {
        let mut out: Vec<Day> = days.iter().map(|&d| self.start(d)).collect();
        out.sort();
        out.dedup();
        out
    }

    /// The finest period (day, then week, month, year) with at most
    /// `slots` periods over `days`; years when none fits.
    pub fn fitting(days: &[Day], slots: usize) -> Period {
        [Period::Day, Period::Week, Period::Month]
            .into_iter()
            .find(|p| p.starts(days).len() <= slots)
            .unwrap_or(Period::Year)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Day {
        Day::parse_iso(s).expect("valid")
    }

    #[test]
    fn periods_start_end_and_label_like_events() {
        let d = day("2026-01-08"); // a Thursday
        assert_eq!(Period::Week.start(d), day("2026-01-05"));
        assert_eq!(Period::Week.end(d), day("2026-01-11"));
        assert_eq!(Period::Week.label(d), "2026-W02");
        assert_eq!(Period::Month.start(d), day("2026-01-01"));
        assert_eq!(Period::Month.end(day("2024-02-10")), day("2024-02-29"));
        assert_eq!(Period::Month.end(day("2025-12-31")), day("2025-12-31"));
        assert_eq!(Period::Month.label(d), "2026-01");
        assert_eq!(Period::Year.label(d), "2026");
        assert_eq!(Period::Year.start(d), day("2026-01-01"));
        assert_eq!(Period::Year.end(day("2024-02-10")), day("2024-12-31"));
        assert_eq!(Period::Year.length(day("2024-01-01")), 366);
        assert_eq!(Period::Year.length(day("1900-01-01")), 365);
        assert_eq!(Period::Day.label(d), "2026-01-08");
        // A week that starts in one year and belongs to the next.
        assert_eq!(Period::Week.label(day("2024-12-31")), "2025-W01");
        assert_eq!(Period::Week.start(day("2025-01-01")), day("2024-12-30"));
    }

    #[test]
    fn labels_parse_back_to_their_first_day() {
        for s in ["2026-01-08", "2025-02-28", "2024-12-31", "2021-01-03"] {
            let d = day(s);
            for p in [Period::Day, Period::Week, Period::Month, Period::Year] {
                assert_eq!(
                    Period::parse(&p.label(d)),
                    Some((p, p.start(d))),
                    "{p:?} {s}"
                );
            }
        }
        assert_eq!(
            Period::range("2026-W02"),
            Some((day("2026-01-05"), day("2026-01-11")))
        );
        assert_eq!(
            Period::range("2026-01-08"),
            Some((day("2026-01-08"), day("2026-01-08")))
        );
        let week = Period::range("2026-W02");
        assert!(Period::holds(week, Some(day("2026-01-11"))));
        assert!(!Period::holds(week, Some(day("2026-01-12"))) && !Period::holds(week, None));
        assert!(Period::holds(None, None));
        assert_eq!(Period::parse("2026-W54"), None);
        assert_eq!(Period::parse("2026-13"), None);
        assert_eq!(Period::parse("soon"), None);
        assert_eq!(Period::named("week"), Some(Period::Week));
        assert_eq!(Period::named("fortnight"), None);
        assert_eq!(Period::named("year"), Some(Period::Year));
        assert_eq!(
            Period::range("1790"),
            Some((day("1790-01-01"), day("1790-12-31")))
        );
        assert_eq!(Period::parse("179"), None);
        assert_eq!(Period::parse("17a0"), None);
    }

    #[test]
    fn the_finest_period_that_fits_is_chosen() {
        let every_day: Vec<Day> = (0..800)
            .filter_map(|n| day("2024-01-01").add_days(n))
            .collect();
        assert_eq!(Period::fitting(&every_day, 1000), Period::Day);
        assert_eq!(Period::fitting(&every_day, 200), Period::Week);
        assert_eq!(Period::fitting(&every_day, 60), Period::Month);
        assert_eq!(Period::fitting(&every_day, 5), Period::Year);
        assert_eq!(Period::Year.starts(&every_day).len(), 3);
        assert_eq!(Period::Month.starts(&every_day).len(), 27);
        assert_eq!(Period::fitting(&[], 10), Period::Day);
    }
}
