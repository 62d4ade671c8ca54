import ACSClient
import ACSCore
import ACSTesting
import ACSWire
import Foundation
import Testing

/// Interest, the EU late-payment rules and fees-first allocation, through a real acsd.
@Suite("Interest and fees over RPC")
struct InterestRPCTests {
    static let policies = [
        "consumer.yaml": """
            id: consumer
            segments: [retail]
            profile: us
            validation_notice: none
            interest_rate_bp: 3650
            stages: [{ name: overdue, days_past_due: 1, actions: [{ type: escalate_person, queue: q }] }]
            """,
        "slow.yaml": """
            id: slow
            segments: [slow]
            profile: us
            validation_notice: none
            interest_rate_bp: 100
            fees_first: true
            stages: [{ name: overdue, days_past_due: 1, actions: [{ type: fee, fixed: { USD: "5.00" } }] }]
            """,
        "b2b.yaml": """
            id: b2b
            segments: [b2b]
            profile: eu
            stages: [{ name: late, days_past_due: 5, actions: [{ type: fee, fixed: { EUR: "10.00" } }] }]
            """,
    ]

    static func obligations(_ client: ACSClient, _ id: String) async throws -> [String: (amount: Int64, open: Int64)] {
        let account = try await client.call(Methods.Accounts.getAccount, V1.GetAccountRequest(account: V1.AccountRef(id: id))).account!
        return Dictionary(uniqueKeysWithValues: account.obligations.map { ($0.externalId, ($0.amount?.amountMinor ?? 0, $0.openAmount?.amountMinor ?? 0)) })
    }

    @Test("daily interest on overdue principal with the fraction carried; none under bankruptcy; EU compensation once and reference + 8 points; fees first")
    func interest() async throws {
        let directory = try TestDaemon.makeScratchDirectory()
        let config = try TestPolicies.write(in: directory, policies: Self.policies, configuration: "eu_reference_rate_bp: 200\n")
        let daemon = try await TestDaemon.start(arguments: ["--config", config, "--simulated-clock", "2026-03-02T12:00:00Z"], directory: directory)
        defer { daemon.kill() }
        let client = try await daemon.connect()
        let ids = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [
            ReportsRPCTests.account("A", segment: "retail", [("A1", 1_000_000, "USD", "2026-02-01", "2026-03-01")]),
            ReportsRPCTests.account("B", segment: "retail", [("B1", 1_000_000, "USD", "2026-02-01", "2026-03-01")]),
            ReportsRPCTests.account("C", segment: "slow", [("C1", 100_000, "USD", "2026-02-01", "2026-03-01")]),
            ReportsRPCTests.account("E", segment: "b2b", [("E1", 100_000, "EUR", "2026-02-01", "2026-03-01")]),
        ])).results.map(\.accountId)
        _ = try await client.call(Methods.Accounts.setHold, V1.SetHoldRequest(account: V1.AccountRef(id: ids[1]), kind: .bankruptcy, reason: "ch. 7"))
        _ = try await EscalationRPCTests.at(client, "2026-03-02T12:00:00Z")  // C: the 5.00 fee

        // 36.5 % a year is 0.1 % a day: 1,000 a day on 1,000,000; 2 to 10 March are 9 days.
        _ = try await EscalationRPCTests.at(client, "2026-03-11T12:00:00Z")
        #expect(try await Self.obligations(client, ids[0])["INTEREST-USD"]?.amount == 9_000)
        #expect(try await Self.obligations(client, ids[1])["INTEREST-USD"] == nil, "no interest under a bankruptcy hold")
        _ = try await client.call(Methods.System.setClock, V1.SetClockRequest(time: "2026-03-15T12:00:00Z"))
        try await EscalationRPCTests.pay(client, ids[0], 500_000, key: "a-half")  // principal first: A1 500,000 open
        _ = try await EscalationRPCTests.at(client, "2026-03-15T13:00:00Z")  // 11 to 14 March: 4 days at 1,000
        _ = try await EscalationRPCTests.at(client, "2026-03-21T12:00:00Z")  // 15 to 20 March: 6 days at 500
        #expect(try await Self.obligations(client, ids[0])["INTEREST-USD"]?.amount == 9_000 + 4_000 + 3_000)
        _ = try await EscalationRPCTests.at(client, "2026-03-21T13:00:00Z")
        #expect(try await Self.obligations(client, ids[0])["INTEREST-USD"]?.amount == 16_000, "a second cycle the same day adds nothing")

        // C: 1 % a year on 100,000 is 2.7397... a day; 2 to 20 March are 19 days: 52.05, the fraction carried, never rounded up.
        let c = try await Self.obligations(client, ids[2])
        #expect(c["INTEREST-USD"]?.amount == 52)
        // Fees first: C's 10.00 pays the 5.00 fee and the 0.52 interest before principal (4.48).
        try await EscalationRPCTests.pay(client, ids[2], 1_000, key: "c-fee")
        let paid = try await Self.obligations(client, ids[2])
        #expect(paid.first { $0.key.hasPrefix("FEE-") }?.value.open == 0 && paid["INTEREST-USD"]?.open == 0 && paid["C1"]?.open == 99_552)

        // EU: the 10.00 fee plus the 40.00 compensation once; interest at 2 % + 8 points = 10 % a year:
        // 27.397... a day on 1,000.00 for 19 days is 520.5.
        let e = try await Self.obligations(client, ids[3])
        #expect(e.filter { $0.key.hasPrefix("FEE-") }.map(\.value.amount).sorted() == [1_000, 4_000])
        #expect(e["INTEREST-EUR"]?.amount == 520)
    }
}
