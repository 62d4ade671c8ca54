import ACSClient
import ACSCore
import ACSJournal
import ACSTesting
import ACSWire
import Foundation
import Testing

/// HOLD-CEASE through a real acsd: only a `cease_notice` template goes out, once.
@Suite("Cease notice (HOLD-CEASE)")
struct CeaseNoticeTests {
    static let policy = """
        id: cease
        segments: [retail]
        default: true
        profile: us
        validation_notice: none
        stages:
          - name: overdue
            days_past_due: 1
            actions:
              - { type: remind, channel: email, template: overdue }
              - { type: remind, channel: email, template: cease-notice }
          - name: day-3
            days_past_due: 3
            actions:
              - { type: remind, channel: email, template: cease-notice }
        """

    @Test("without the hold no cease notice is owed; under it the notice goes out once and everything else is suppressed")
    func onceUnderCease() async throws {
        let (daemon, client) = try await CollectionEngineRPCTests.start(policy: Self.policy)
        defer { daemon.kill() }
        let id = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(
            accounts: [CollectionEngineRPCTests.record("NY", zone: "America/New_York")])).results[0].accountId

        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        let before = try await CollectionEngineRPCTests.reminders(client, account: id)
        #expect(before.map(\.templateName) == ["overdue"], "a cease notice is owed only under HOLD-CEASE")

        _ = try await client.call(Methods.Accounts.setHold, V1.SetHoldRequest(
            account: V1.AccountRef(id: id), kind: .cease, reason: "letter: stop contacting me"))
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        let held = try await CollectionEngineRPCTests.reminders(client, account: id)
        let notice = try #require(held.first { $0.templateName == "cease-notice" })
        #expect(notice.status == .deferred && notice.ruleId == "TIME-WINDOW", "the window still applies: 07:00 in New York")
        #expect(notice.subject.contains("stopped contacting you"))
        #expect(held.filter { $0.templateName == "overdue" && $0.status == .suppressed }.allSatisfy { $0.ruleId == "HOLD-CEASE" })
        #expect(held.contains { $0.templateName == "overdue" && $0.status == .suppressed })

        _ = try await client.call(Methods.System.advanceClock, V1.AdvanceClockRequest(seconds: 2 * 3600))
        let claimed = try await client.call(Methods.Reminders.claimReminders, V1.ClaimRemindersRequest(channel: .email, maxCount: 10, claimer: "t"))
        #expect(claimed.reminders.map(\.templateName) == ["cease-notice"])

        // Day 3 owes another cease notice: the hold allows one, so it is suppressed.
        _ = try await client.call(Methods.System.advanceClock, V1.AdvanceClockRequest(seconds: 2 * 86_400))
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        let second = try #require(try await CollectionEngineRPCTests.reminders(client, account: id).first { $0.stage == "day-3" })
        #expect(second.status == .suppressed && second.ruleId == "HOLD-CEASE", "\(second.status) \(second.ruleId)")
        let detail = try await client.call(Methods.Reminders.getReminder, V1.GetReminderRequest(id: second.id)).reminder
        #expect(detail?.gateDecisions.first?.detail == "the cease notice already went out")
    }
}
