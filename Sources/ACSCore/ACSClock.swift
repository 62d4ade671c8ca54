public import Foundation

/// The one source of time in the daemon: every component asks it, never `Date()`.
///
/// It is either the real clock or a simulated one that tests and demos move
/// forward, so a test can live through weeks of collections in seconds.
public final class ACSClock: Sendable {
    /// The simulated time (unused on the real clock).
    private let simulatedNow: Locked<Date>
    /// True when this clock is simulated and can be set.
    public let isSimulated: Bool

    /// How far after this clock's now an instant a client sends may be (a payment's received_at): the skew
    /// of two machines' clocks, not a day in the future.
    public static let clientSkew: TimeInterval = 300

    /// The real wall clock.
    public static func real() -> ACSClock { ACSClock(start: Date(), simulated: false) }

    /// A simulated clock that starts at `start` and moves only when told.
    public static func simulated(startingAt start: Date) -> ACSClock {
        ACSClock(start: start, simulated: true)
    }

    private init(start: Date, simulated: Bool) {
        simulatedNow = Locked(start)
        isSimulated = simulated
    }

    /// The current time.
    public func now() -> Date {
        isSimulated ? simulatedNow.withLock { $0 } : Date()
    }

    /// Moves a simulated clock to `time`; refuses the real clock and going backwards.
    @discardableResult
    public func set(to time: Date) throws(ACSError) -> Date {
        guard isSimulated else { throw Self.notSimulated }
        return try simulatedNow.withLock { (now: inout Date) throws(ACSError) -> Date in
            guard time >= now else {
                throw ACSError(.failedPrecondition,
                               "the clock never goes backwards: \(Self.format(time)) is before \(Self.format(now))")
            }
            now = time
            return now
        }
    }

    /// Moves a simulated clock forward by `seconds` (> 0).
    @discardableResult
    public func advance(bySeconds seconds: UInt64) throws(ACSError) -> Date {
        guard isSimulated else { throw Self.notSimulated }
        guard seconds > 0, seconds <= 100 * 366 * 86_400 else {
            throw ACSError.invalidArgument(field: "seconds", "must be between 1 and 100 years")
        }
        return simulatedNow.withLock { now in
            now = now.addingTimeInterval(TimeInterval(seconds))
            return now
        }
    }

    private static let notSimulated = ACSError(
        .failedPrecondition, "the daemon runs on the real clock; start it with --simulated-clock to set time")

    /// RFC 3339 in UTC with whole seconds (`2026-03-01T09:00:00Z`), the form time takes on the wire.
    ///
    /// Fast path, with `parseUTCSeconds` and `LocalDate.description`: written and read byte by
    /// byte rather than by Foundation's ISO 8601 styles. `acs-bench post` makes 7,820
    /// payments/s with them and 7,440 with Foundation's (5%; median of 8 runs each,
    /// 2026-12-03), `acs-bench sync` 3% more accounts/s. `ACSClockTests` holds them equal.
    public static func format(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let (days, rest) = seconds.quotientAndRemainder(dividingBy: 86_400)
        let dayShift = rest < 0 ? -1 : 0
        let secondOfDay = rest < 0 ? rest + 86_400 : rest
        let day = LocalDate(daysSinceEpoch: days + dayShift).description
        guard day.utf8.count == 10 else {
            let two = { (value: Int) in value < 10 ? "0\(value)" : String(value) }
            return day + "T\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))Z"
        }
        return String(unsafeUninitializedCapacity: 20) { text in
            for (index, byte) in day.utf8.enumerated() { text[index] = byte }
            text[10] = UInt8(ascii: "T")
            LocalDate.digits(secondOfDay / 3600, 2, into: text, at: 11)
            text[13] = UInt8(ascii: ":")
            LocalDate.digits(secondOfDay / 60 % 60, 2, into: text, at: 14)
            text[16] = UInt8(ascii: ":")
            LocalDate.digits(secondOfDay % 60, 2, into: text, at: 17)
            text[19] = UInt8(ascii: "Z")
            return 20
        }
    }

    /// Parses RFC 3339 / ISO 8601 (`2026-03-01T09:00:00Z`, with optional fraction or offset).
    /// Impossible dates and times (`2026-02-30`, `24:00:00`) are nil, never rolled over.
    public static func parse(_ text: String) -> Date? {
        if text.utf8.count == 20, text.hasSuffix("Z") { return parseUTCSeconds(text) }
        if let date = try? Date(text, strategy: .iso8601) { return date }
        let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        return try? withFraction.parse(text)
    }

    /// The common case, `YYYY-MM-DDTHH:MM:SSZ`, without Foundation's parser.
    private static func parseUTCSeconds(_ text: String) -> Date? {
        let utf8 = Array(text.utf8)
        guard utf8.count == 20, utf8[10] == UInt8(ascii: "T"), utf8[19] == UInt8(ascii: "Z"),
              utf8[13] == UInt8(ascii: ":"), utf8[16] == UInt8(ascii: ":"),
              let day = LocalDate(String(decoding: utf8[0..<10], as: UTF8.self)) else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            utf8[range].allSatisfy { (48...57).contains($0) } ? utf8[range].reduce(0) { $0 * 10 + Int($1 - 48) } : nil
        }
        guard let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              hour < 24, minute < 60, second < 60 else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(day.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + second))
    }
}
