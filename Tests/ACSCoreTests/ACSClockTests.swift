import ACSCore
import Foundation
import Testing

@Suite("Clock")
struct ACSClockTests {
    private let start = ACSClock.parse("2026-03-01T09:00:00Z")!

    @Test("a simulated clock stands still until moved")
    func standsStill() {
        let clock = ACSClock.simulated(startingAt: start)
        #expect(clock.now() == start)
        #expect(clock.isSimulated)
    }

    @Test("advance and set move it forward")
    func moves() throws {
        let clock = ACSClock.simulated(startingAt: start)
        try clock.advance(bySeconds: 86_400 * 90)
        #expect(ACSClock.format(clock.now()) == "2026-05-30T09:00:00Z")
        try clock.set(to: ACSClock.parse("2026-06-01T00:00:00Z")!)
        #expect(ACSClock.format(clock.now()) == "2026-06-01T00:00:00Z")
    }

    @Test("it never goes backwards")
    func notBackwards() {
        let clock = ACSClock.simulated(startingAt: start)
        #expect(throws: ACSError.self) { try clock.set(to: start.addingTimeInterval(-1)) }
        #expect(clock.now() == start)
    }

    @Test("the real clock refuses to be moved with FAILED_PRECONDITION")
    func realRefuses() {
        let clock = ACSClock.real()
        #expect(!clock.isSimulated)
        #expect { try clock.advance(bySeconds: 1) } throws: { ($0 as? ACSError)?.code == .failedPrecondition }
    }

    @Test("zero seconds is refused")
    func zero() {
        let clock = ACSClock.simulated(startingAt: start)
        #expect { try clock.advance(bySeconds: 0) } throws: { ($0 as? ACSError)?.code == .invalidArgument }
    }

    @Test("parses RFC 3339 with offsets and fractions")
    func parse() {
        #expect(ACSClock.parse("2026-03-01T10:00:00+01:00") == start)
        #expect(ACSClock.parse("2026-03-01T09:00:00.500Z") == start.addingTimeInterval(0.5))
        #expect(ACSClock.parse("yesterday") == nil)
    }
}

@Suite("Clock text")
struct ACSClockTextTests {
    @Test("format and parse agree with Foundation, before and after 1970")
    func agreesWithFoundation() {
        for seconds in [0, 1, 59, 86_399, 86_400, 951_782_400, 1_772_355_600, -1, -86_401, 4_102_444_799] {
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            #expect(ACSClock.format(date) == date.formatted(.iso8601))
            #expect(ACSClock.parse(ACSClock.format(date)) == date)
        }
        #expect(ACSClock.format(Date(timeIntervalSince1970: 1.9)) == "1970-01-01T00:00:01Z")
        #expect(ACSClock.parse("2026-02-29T00:00:00Z") == nil)
        #expect(ACSClock.parse("2026-03-01T24:00:00Z") == nil)
    }

    @Test("the local day follows the zone's offset, across daylight saving")
    func localDay() {
        let newYork = TimeZones.named("America/New_York")!
        #expect(LocalDate(ACSClock.parse("2026-03-08T04:59:59Z")!, in: newYork).description == "2026-03-07")
        #expect(LocalDate(ACSClock.parse("2026-03-08T05:00:00Z")!, in: newYork).description == "2026-03-08")
        #expect(LocalDate(ACSClock.parse("2026-07-01T03:59:59Z")!, in: newYork).description == "2026-06-30")
        #expect(LocalDate(ACSClock.parse("2026-01-01T18:29:59Z")!, in: TimeZones.named("Asia/Kolkata")!).description == "2026-01-01")
        #expect(LocalDate(ACSClock.parse("2026-01-01T18:30:00Z")!, in: TimeZones.named("Asia/Kolkata")!).description == "2026-01-02")
        #expect(LocalDate(Date(timeIntervalSince1970: -1), in: TimeZones.utc).description == "1969-12-31")
    }
}
