import ACSCore
import Testing

@Suite("Dated holds")
struct HoldDatesTests {
    let today = LocalDate("2026-03-02")!

    @Test("a breathing space lasts 60 days from the day it takes effect; other holds until cleared unless dated")
    func defaults() throws {
        let space = try HoldDates.new(.breathingSpace, effectiveOn: nil, endsOn: nil, mentalHealthCrisis: false, today: today)
        #expect(space.effectiveOn == today && space.endsOn == LocalDate("2026-05-01"), "day 61 is the first day without it")
        let backdated = try HoldDates.new(.breathingSpace, effectiveOn: LocalDate("2026-02-01"), endsOn: nil, mentalHealthCrisis: false, today: today)
        #expect(backdated.endsOn == LocalDate("2026-04-02"))
        let bankruptcy = try HoldDates.new(.bankruptcy, effectiveOn: LocalDate("2026-01-15"), endsOn: nil, mentalHealthCrisis: false, today: today)
        #expect(bankruptcy.effectiveOn == LocalDate("2026-01-15") && bankruptcy.endsOn == nil)
        let dated = try HoldDates.new(.cease, effectiveOn: nil, endsOn: LocalDate("2026-03-03"), mentalHealthCrisis: false, today: today)
        #expect(dated.endsOn == LocalDate("2026-03-03"))
    }

    @Test("refused: a hold from a future day, one already over, a crisis that is not a breathing space, a crisis with an end")
    func refused() {
        let cases: [(HoldKind, LocalDate?, LocalDate?, Bool, String)] = [
            (.dispute, LocalDate("2026-03-03"), nil, false, "effective_on"),
            (.cease, nil, LocalDate("2026-03-02"), false, "ends_on"),
            (.breathingSpace, LocalDate("2025-12-01"), nil, false, "ends_on"),
            (.cease, LocalDate("2026-02-01"), LocalDate("2026-02-01"), false, "ends_on"),
            (.attorney, nil, nil, true, "mental_health_crisis"),
            (.breathingSpace, nil, LocalDate("2026-06-01"), true, "ends_on"),
        ]
        for (kind, effective, ends, crisis, field) in cases {
            #expect {
                try HoldDates.new(kind, effectiveOn: effective, endsOn: ends, mentalHealthCrisis: crisis, today: today)
            } throws: { ($0 as? ACSError)?.violations.first?.field == field }
        }
    }

    @Test("a crisis breathing space has no end until the crisis ends, then 30 days")
    func crisis() throws {
        let crisis = try HoldDates.new(.breathingSpace, effectiveOn: nil, endsOn: nil, mentalHealthCrisis: true, today: today)
        #expect(crisis.endsOn == nil && crisis.mentalHealthCrisis)
        #expect(crisis.endOfCrisis(today: LocalDate("2026-04-10")!) == LocalDate("2026-05-10"))
        let standard = try HoldDates.new(.breathingSpace, effectiveOn: nil, endsOn: nil, mentalHealthCrisis: false, today: today)
        #expect(standard.endOfCrisis(today: today) == nil)
    }
}
