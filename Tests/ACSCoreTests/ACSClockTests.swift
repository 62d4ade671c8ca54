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
