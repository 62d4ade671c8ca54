import ACSClient
import ACSCore
import ACSTesting
import ACSWire
import Foundation
import Testing

/// Stage conditions through a real acsd: a small balance never reaches the agency.
@Suite("Stage conditions over RPC")
struct StageConditionRPCTests {
    static let policy = """
        id: cond
        segments: [retail]
        profile: us
        validation_notice: none
        stages:
          - name: agency
            days_past_due: 1
            actions:
              - { type: escalate_agency, agency: acme, when: { min_balance: { USD: "25.00" } } }
              - { type: escalate_person, queue: vip, when: { segments: [vip] } }
        """

    @Test("0.01 owed is not placed, 100.00 is; the condition shows in GetPolicy")
    func smallBalanceStays() async throws {
        let directory = try TestDaemon.makeScratchDirectory()
        let config = try TestPolicies.write(in: directory, policies: ["cond.yaml": Self.policy],
                                            configuration: "agencies:\n  acme: { commission_bp: 2000 }\n")
        let daemon = try await TestDaemon.start(arguments: ["--config", config, "--simulated-clock", "2026-03-02T15:00:00Z"], directory: directory)
        defer { daemon.kill() }
        let client = try await daemon.connect()
        let sync = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [
            ReportsRPCTests.account("BIG", segment: "retail", [("BIG1", 10_000, "USD", "2026-02-01", "2026-03-01")]),
            ReportsRPCTests.account("TINY", segment: "retail", [("TINY1", 1, "USD", "2026-02-01", "2026-03-01")]),
        ]))
        let summary = try #require(try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest()).summary)
        #expect(summary.accountsPlaced == 1 && summary.tasksCreated == 0, "\(summary)")
        let placements = try await client.call(Methods.Collections.listPlacements, V1.ListPlacementsRequest(agency: "acme")).placements
        #expect(placements.map(\.accountId) == [sync.results[0].accountId])

        let policy = try #require(try await client.call(Methods.Policies.getPolicy, V1.GetPolicyRequest(id: "cond")).policy)
        let when = try #require(policy.stages.first?.actions.first?.when)
        #expect(when.minBalance.map(\.amountMinor) == [2_500] && policy.stages.first?.actions.last?.when?.segments == ["vip"])
    }
}
