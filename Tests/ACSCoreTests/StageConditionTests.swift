import ACSCore
import Testing

/// Stage and action conditions beyond days past due, at their edges.
@Suite("Stage conditions")
struct StageConditionTests {
    static func facts(_ minor: Int64, _ currency: String = "USD", segment: String = "retail", holds: Set<HoldKind> = [], score: Int? = nil)
        -> StageCondition.Facts {
        StageCondition.Facts(balance: Money(minorUnits: minor, currency: currency), segment: segment, activeHolds: holds, score: score)
    }

    @Test("balances at their edges, per currency; segments; holds; a score band with no score")
    func edges() {
        let band = StageCondition(minBalance: [Money(minorUnits: 2_500, currency: "USD")], maxBalance: [Money(minorUnits: 100_000, currency: "USD")])
        #expect(band.isMet(by: Self.facts(2_500)) && band.isMet(by: Self.facts(100_000)))
        #expect(!band.isMet(by: Self.facts(2_499)) && !band.isMet(by: Self.facts(100_001)) && !band.isMet(by: Self.facts(1)))
        #expect(band.isMet(by: Self.facts(1, "EUR")), "a currency the condition does not name is not limited")
        #expect(!band.isMet(by: Self.facts(.max)), "a balance past Int64 counts as the largest")
        let segment = StageCondition(segments: ["vip"], holdFree: true)
        #expect(segment.isMet(by: Self.facts(1, segment: "vip")) && !segment.isMet(by: Self.facts(1)))
        #expect(!segment.isMet(by: Self.facts(1, segment: "vip", holds: [.cease])))
        let scored = StageCondition(scoreBand: 300...650)
        #expect(scored.isMet(by: Self.facts(1, score: 300)) && scored.isMet(by: Self.facts(1, score: 650)))
        #expect(!scored.isMet(by: Self.facts(1, score: 651)) && !scored.isMet(by: Self.facts(1)), "no score: outside every band")
    }

    @Test("an action whose condition fails is not owed, and is owed later in the stage once it holds")
    func engine() {
        let minimum = StageCondition(minBalance: [Money(minorUnits: 2_500, currency: "USD")])
        let policy = DunningPolicy(id: "p", stages: [
            PolicyStage(name: "agency", daysPastDue: 60, actions: [.escalateAgency(agency: "a", coCollect: false), .remind(.init(channel: .letter, template: "demand"))],
                        actionConditions: [minimum, nil]),
            PolicyStage(name: "vip", daysPastDue: 90, actions: [.escalatePerson(queue: "q", taskDueDays: 1)], condition: StageCondition(segments: ["vip"])),
        ])
        let anchor = LocalDate("2026-01-01")!
        let small = CollectionEngine.evaluate(policy: policy, anchor: anchor, today: LocalDate("2026-03-05")!, done: [], facts: Self.facts(1))
        #expect(small.owed.map(\.key) == ["p/2026-01-01/agency/1/0"], "the letter, not the agency")
        let grown = CollectionEngine.evaluate(policy: policy, anchor: anchor, today: LocalDate("2026-03-10")!, done: Set(small.owed.map(\.key)),
                                              facts: Self.facts(3_000))
        #expect(grown.owed.map(\.key) == ["p/2026-01-01/agency/0/0"])
        let vip = CollectionEngine.evaluate(policy: policy, anchor: anchor, today: LocalDate("2026-04-05")!, done: [], facts: Self.facts(3_000))
        #expect(vip.owed.isEmpty && vip.stage?.name == "vip", "a stage whose condition fails owes nothing")
    }
}
