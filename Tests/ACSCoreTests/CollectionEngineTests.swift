import ACSCore
import Testing

@Suite("Collection engine")
struct CollectionEngineTests {
    static let policy = DunningPolicy(id: "p", segments: ["retail"], stages: [
        PolicyStage(name: "pre-due", daysPastDue: -3, actions: [.remind(.init(channel: .email, template: "courtesy"))]),
        PolicyStage(name: "overdue", daysPastDue: 1, actions: [
            .remind(.init(channel: .email, template: "overdue", repeatEveryDays: 7, maxTimes: 3)),
            .remind(.init(channel: .sms, template: "overdue")),
        ]),
        PolicyStage(name: "day-30", daysPastDue: 30, actions: [.remind(.init(channel: .letter, template: "demand"))]),
    ])
    static let anchor = LocalDate("2026-03-01")!

    private func evaluate(_ today: String, done: Set<String> = [], anchor: LocalDate? = anchor) -> CollectionEvaluation {
        CollectionEngine.evaluate(policy: Self.policy, anchor: anchor, today: LocalDate(today)!, done: done)
    }

    @Test("before the first stage nothing is owed; the next look is the first stage's day")
    func beforeFirstStage() {
        let result = evaluate("2026-02-20")
        #expect(result.owed.isEmpty && result.stage == nil && !result.cured)
        #expect(result.nextEvaluationOn == LocalDate("2026-02-26"))
    }

    @Test("a stage owes each action once, then its repetitions on their days, never twice")
    func stagesAndRepeats() {
        let first = evaluate("2026-03-02")
        #expect(first.stage?.name == "overdue")
        #expect(first.owed.map(\.key) == ["p/2026-03-01/overdue/0/0", "p/2026-03-01/overdue/1/0"])
        #expect(first.nextEvaluationOn == LocalDate("2026-03-09"))
        let again = evaluate("2026-03-02", done: Set(first.owed.map(\.key)))
        #expect(again.owed.isEmpty, "running a cycle twice does nothing the second time")
        let week = evaluate("2026-03-09", done: Set(first.owed.map(\.key)))
        #expect(week.owed.map(\.key) == ["p/2026-03-01/overdue/0/1"])
        #expect(week.nextEvaluationOn == LocalDate("2026-03-16"))
        let third = evaluate("2026-03-16", done: Set(first.owed.map(\.key) + week.owed.map(\.key)))
        #expect(third.owed.map(\.occurrence) == [2])
        #expect(third.nextEvaluationOn == LocalDate("2026-03-31"), "no fourth repetition: the next look is the next stage")
    }

    @Test("an account that jumps ahead gets the current stage only, not a backlog")
    func noBacklog() {
        let late = evaluate("2026-04-05")
        #expect(late.stage?.name == "day-30")
        #expect(late.owed.map(\.key) == ["p/2026-03-01/day-30/0/0"])
        #expect(late.nextEvaluationOn == nil, "past the last action nothing more is owed")
    }

    @Test("a partial payment moves the anchor: stages start again from the next unpaid due date")
    func anchorMoves() {
        let moved = evaluate("2026-03-20", anchor: LocalDate("2026-03-15"))
        #expect(moved.owed.allSatisfy { $0.key.hasPrefix("p/2026-03-15/overdue/") })
    }

    @Test("nothing unpaid: cured, nothing owed, never evaluated again")
    func cured() {
        let result = evaluate("2026-03-20", anchor: nil)
        #expect(result.cured && result.owed.isEmpty && result.nextEvaluationOn == nil)
    }
}
