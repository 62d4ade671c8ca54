/// The legal public holidays of 5 U.S.C. 6103(a), for counting business days
/// (VALIDATION: Regulation F assumes receipt 5 days after sending, not counting
/// Saturdays, Sundays and these holidays).
///
/// A fixed-date holiday on a weekend is also observed on the Friday before or the Monday
/// after; both days count as holidays here, which can only move a period's end later,
/// in the debtor's favour.
public enum USFederalHolidays {
    /// True when `day` is a legal public holiday or the day one is observed.
    public static func contains(_ day: LocalDate) -> Bool {
        let (year, _, _) = day.civil
        return holidays(year).contains(day) || holidays(year + 1).contains(day)
    }

    /// True on a weekday that is not a holiday.
    public static func isBusinessDay(_ day: LocalDate) -> Bool {
        (1...5).contains(day.weekday) && !contains(day)
    }

    /// The `count`th business day after `day`.
    public static func businessDays(_ count: Int, after day: LocalDate) -> LocalDate {
        var date = day
        var counted = 0
        while counted < count {
            date = date.adding(days: 1)
            if isBusinessDay(date) { counted += 1 }
        }
        return date
    }

    /// The holidays of `year`, with the observed days of those on a weekend.
    static func holidays(_ year: Int) -> Set<LocalDate> {
        var fixed = [(1, 1), (7, 4), (11, 11), (12, 25)]
        if year >= 2021 { fixed.append((6, 19)) }  // Juneteenth, since 2021
        var days = Set<LocalDate>()
        for (month, day) in fixed {
            let date = LocalDate(year: year, month: month, day: day)
            days.insert(date)
            if date.weekday == 6 { days.insert(date.adding(days: -1)) }
            if date.weekday == 0 { days.insert(date.adding(days: 1)) }
        }
        // Weekday holidays: (month, weekday, nth; -1 the last).
        for (month, weekday, nth) in [(1, 1, 3), (2, 1, 3), (5, 1, -1), (9, 1, 1), (10, 1, 2), (11, 4, 4)] {
            days.insert(nthWeekday(nth, weekday, month: month, year: year))
        }
        return days
    }

    /// The `nth` `weekday` (0 Sunday) of a month; `nth` -1 is the last.
    static func nthWeekday(_ nth: Int, _ weekday: Int, month: Int, year: Int) -> LocalDate {
        if nth < 0 {
            let next = month == 12 ? LocalDate(year: year + 1, month: 1, day: 1) : LocalDate(year: year, month: month + 1, day: 1)
            let last = next.adding(days: -1)
            return last.adding(days: -((last.weekday - weekday + 7) % 7))
        }
        let first = LocalDate(year: year, month: month, day: 1)
        return first.adding(days: (weekday - first.weekday + 7) % 7 + (nth - 1) * 7)
    }
}
