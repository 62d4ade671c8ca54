import ACSClient
import ACSCore
import ACSTesting
import ACSWire
import Foundation
import Testing

/// Edges of the engine found in review.
@Suite("Engine edges")
struct EngineEdgeTests {
    @Test("a fee is charged once per obligation and stage even when a payment moves the anchor")
    func feeAfterAnchorMoves() async throws {
        let (daemon, client, _) = try await EscalationRPCTests.start()
        defer { daemon.kill() }
        let id = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [
            ReportsRPCTests.account("TWO", segment: "retail", [("T1", 10_000, "USD", "2026-01-01", "2026-02-25"), ("T2", 10_000, "USD", "2026-01-01", "2026-02-27")]),
        ])).results[0].accountId
        let first = try await EscalationRPCTests.at(client, "2026-03-09T15:00:00Z")  // T1 12 days past due: day-10 charges both
        #expect(first.feesCharged >= 2)
        try await EscalationRPCTests.pay(client, id, 10_000, key: "t1")            // T1 paid: the anchor moves to T2 (10 days)
        _ = try await EscalationRPCTests.at(client, "2026-03-09T16:00:00Z")
        _ = try await EscalationRPCTests.at(client, "2026-03-10T15:00:00Z")
        let fees = try await client.call(Methods.Accounts.getAccount, V1.GetAccountRequest(account: V1.AccountRef(id: id))).account!
            .obligations.filter { $0.kind == .fee }
        #expect(fees.count == 2, "one fee for T1 and one for T2, never a second for T2")
    }

    @Test("a reminder for an account the source reports paid is cancelled at the claim, not sent")
    func paidAtSource() async throws {
        let directory = try TestDaemon.makeScratchDirectory()
        let config = try TestPolicies.write(in: directory, policies: ["test.yaml": CollectionEngineRPCTests.policy])
        let daemon = try await TestDaemon.start(arguments: ["--config", config, "--simulated-clock", "2026-03-02T12:00:00Z"], directory: directory)
        defer { daemon.kill() }
        let client = try await daemon.connect()
        var record = CollectionEngineRPCTests.record("SRC", zone: "UTC")
        _ = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [record]))
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        record.sourceVersion = 2
        record.obligations[0].openAmount?.amountMinor = 0
        _ = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [record]))
        let claimed = try await client.call(Methods.Reminders.claimReminders, V1.ClaimRemindersRequest(channel: .email, maxCount: 10)).reminders
        #expect(claimed.isEmpty)
        let reminders = try await client.call(Methods.Reminders.listDueReminders, V1.ListDueRemindersRequest(channel: .email, statuses: [.cancelled])).reminders
        #expect(reminders.count == 1)
    }
}
