public import Foundation

extension LocalDate {
    /// The instant this day reaches `minute` minutes after midnight on the wall clock of
    /// `zone`. Daylight-saving changes are honoured; a wall time that does not exist (in
    /// a spring-forward gap) maps to the instant just after the gap.
    public func instant(atMinute minute: Int, in zone: TimeZone) -> Date {
        let local = daysSinceEpoch * 86_400 + minute * 60
        // The offsets just before and after the wanted wall time (they differ around a change).
        let early = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local - 86_400)))
        let late = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local + 86_400)))
        for offset in [early, late] {
            let instant = Date(timeIntervalSince1970: Double(local - offset))
            if zone.secondsFromGMT(for: instant) == offset { return instant }
        }
        // In a gap (the wall time does not exist): the instant just after it, at the earlier offset.
        return Date(timeIntervalSince1970: Double(local - min(early, late)))
    }

    /// Local midnight of this day in `zone`.
    public func start(in zone: TimeZone) -> Date { instant(atMinute: 0, in: zone) }

    /// ISO weekday: 1 Monday … 7 Sunday.
    public var isoWeekday: Int { ((daysSinceEpoch + 3) % 7 + 7) % 7 + 1 }

    /// Minutes after local midnight at `instant` in `zone` (0 … 1439).
    public static func minuteOfDay(_ instant: Date, in zone: TimeZone) -> Int {
        let local = Int(instant.timeIntervalSince1970.rounded(.down)) + zone.secondsFromGMT(for: instant)
        return ((local % 86_400) + 86_400) % 86_400 / 60
    }
}
