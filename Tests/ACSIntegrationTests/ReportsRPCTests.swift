import ACSClient
import ACSCore
import ACSJournal
import ACSTesting
import ACSWire
import Foundation
import Testing

/// Aging and KPIs through a real acsd, against figures computed by hand (the comments
/// show the arithmetic; docs/REPORTS.md the formulas).
@Suite("Reports over RPC")
struct ReportsRPCTests {
    static let policy = """
        id: test
        segments: [retail, smb]
        profile: us
        validation_notice: none
        stages:
          - { name: overdue, days_past_due: 1, actions: [{ type: remind, channel: email, template: overdue }] }
          - { name: late, days_past_due: 45, actions: [{ type: remind, channel: email, template: final-notice }] }
        """

    static func account(_ id: String, segment: String, zone: String = "UTC", _ obligations: [(String, Int64, String, String, String)]) -> V1.AccountRecord {
        V1.AccountRecord(
            source: "erp", externalId: id, sourceVersion: 1, name: "Debtor \(id)", emails: ["\(id.lowercased())@example.com"], timeZone: zone,
            locale: "en_US", segment: segment,
            obligations: obligations.map { external, minor, currency, issued, due in
                V1.ObligationRecord(externalId: external, kind: .invoice, amount: V1.Money(amountMinor: minor, currency: currency),
                                    openAmount: V1.Money(amountMinor: minor, currency: currency), issuedOn: issued, dueOn: due)
            })
    }

    /// Moves the simulated clock, runs a cycle and delivers every email whose window is open.
    static func day(_ client: ACSClient, _ time: String) async throws {
        _ = try await client.call(Methods.System.setClock, V1.SetClockRequest(time: time))
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        for reminder in try await client.call(Methods.Reminders.claimReminders, V1.ClaimRemindersRequest(channel: .email, maxCount: 100)).reminders {
            _ = try await client.call(Methods.Reminders.completeReminder, V1.CompleteReminderRequest(
                id: reminder.id, leaseToken: reminder.leaseToken, outcome: .delivered))
        }
    }

    static func pay(_ client: ACSClient, _ key: String, _ account: String, _ minor: Int64, _ currency: String) async throws -> String {
        try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: V1.NewPayment(
            idempotencyKey: key, account: V1.AccountRef(source: "erp", externalId: account),
            amount: V1.Money(amountMinor: minor, currency: currency)))).payment!.id
    }

    /// Bucket amounts of a row, current first.
    static func buckets(_ row: V1.AgingRow?) -> [Int64] { row?.buckets.map { $0.amount?.amountMinor ?? 0 } ?? [] }

    static func ratio(_ numerator: Int64, _ denominator: Int64) -> V1.Ratio { V1.Ratio(numerator: numerator, denominator: denominator) }

    @Test("a month of collections: aging at three dates, every KPI, and one account's audit history")
    func month() async throws {
        TestJournal.ensureRunning()
        let directory = try TestDaemon.makeScratchDirectory()
        let config = try TestPolicies.write(in: directory, policies: ["test.yaml": Self.policy])
        let daemon = try await TestDaemon.start(arguments: ["--config", config, "--simulated-clock", "2026-03-01T12:00:00Z"], directory: directory)
        defer { daemon.kill() }
        let client = try await daemon.connect()
        let sync = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [
            Self.account("A", segment: "retail", [("A1", 10_000, "USD", "2026-01-01", "2026-01-31"), ("A2", 5_000, "USD", "2026-02-01", "2026-03-03")]),
            Self.account("B", segment: "smb", [("B1", 20_000, "USD", "2025-10-01", "2025-10-31")]),
            Self.account("C", segment: "retail", [("C1", 8_000, "EUR", "2026-02-10", "2026-02-20")]),
            Self.account("D", segment: "retail", zone: "America/New_York", [("D1", 3_000, "USD", "2026-03-05", "2026-03-20")]),
        ]))
        let accountC = sync.results[2].accountId

        // 1 March: A1 is 29 days past due, A2 current, B1 121 days, C1 9 days; D1 is not issued yet.
        let march1 = try await client.call(Methods.Reports.aging, V1.AgingRequest())
        #expect(march1.asOf == "2026-03-01")
        #expect(march1.rows.map(\.currency) == ["EUR", "USD"])
        #expect(Self.buckets(march1.rows.last) == [5_000, 10_000, 0, 0, 0, 20_000] && march1.rows.last?.total?.amountMinor == 35_000)
        #expect(Self.buckets(march1.rows.first) == [0, 8_000, 0, 0, 0, 0])
        let bySegment = try await client.call(Methods.Reports.aging, V1.AgingRequest(currency: "USD", bySegment: true))
        #expect(bySegment.rows.map(\.segment) == ["retail", "smb"] && bySegment.rows.map { $0.total?.amountMinor } == [15_000, 20_000])

        try await Self.day(client, "2026-03-01T12:00:00Z")        // A and C enter "overdue", B "late": 3 emails
        _ = try await client.call(Methods.System.setClock, V1.SetClockRequest(time: "2026-03-10T12:00:00Z"))
        _ = try await Self.pay(client, "p1", "A", 6_000, "USD")       // all to A1 (oldest): A1 open 4,000
        _ = try await client.call(Methods.System.setClock, V1.SetClockRequest(time: "2026-03-15T12:00:00Z"))
        _ = try await Self.pay(client, "p2", "C", 8_000, "EUR")       // C paid in full
        try await Self.day(client, "2026-03-17T12:00:00Z")        // A1 45 days past due: A enters "late"; C leaves its policy
        _ = try await client.call(Methods.System.setClock, V1.SetClockRequest(time: "2026-03-20T12:00:00Z"))
        let p3 = try await Self.pay(client, "p3", "B", 5_000, "USD")  // B1 open 15,000 ...
        _ = try await client.call(Methods.System.setClock, V1.SetClockRequest(time: "2026-03-21T11:00:00Z"))
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())  // 07:00 in New York: D's email deferred
        try await Self.day(client, "2026-03-21T12:00:00Z")        // 08:00 in New York: delivered
        _ = try await client.call(Methods.System.setClock, V1.SetClockRequest(time: "2026-03-25T12:00:00Z"))
        _ = try await client.call(Methods.Payments.reversePayment, V1.ReversePaymentRequest(paymentId: p3, reason: .returned))  // ... and 20,000 again
        _ = try await client.call(Methods.System.setClock, V1.SetClockRequest(time: "2026-04-02T12:00:00Z"))

        // As of 12 March: A1 4,000 (40 days), A2 5,000 (9), B1 20,000 (132), D1 3,000 current; C1 8,000 EUR (20).
        let march12 = try await client.call(Methods.Reports.aging, V1.AgingRequest(asOf: "2026-03-12"))
        #expect(Self.buckets(march12.rows.last) == [3_000, 5_000, 4_000, 0, 0, 20_000])
        #expect(Self.buckets(march12.rows.first) == [0, 8_000, 0, 0, 0, 0])
        // As of 22 March p3 stood (reversed on the 25th): B1 15,000.
        let march22 = try await client.call(Methods.Reports.aging, V1.AgingRequest(asOf: "2026-03-22", currency: "USD"))
        #expect(Self.buckets(march22.rows.first) == [0, 8_000, 4_000, 0, 0, 15_000])
        // As of 31 March: A2 5,000 + D1 3,000 in 1-30 (2 accounts), A1 4,000 in 31-60, B1 20,000; C is paid.
        let march31 = try await client.call(Methods.Reports.aging, V1.AgingRequest(asOf: "2026-03-31", byStage: true))
        // By stage on 31 March: A (oldest A1, 59 days) and B (151) are "late", D (11) "overdue".
        #expect(march31.rows.map(\.stage) == ["late", "overdue"])
        #expect(march31.rows.map(Self.buckets) == [[0, 5_000, 4_000, 0, 0, 20_000], [0, 3_000, 0, 0, 0, 0]])
        let usd = try await client.call(Methods.Reports.aging, V1.AgingRequest(asOf: "2026-03-31")).rows
        #expect(usd.count == 1 && Self.buckets(usd.first) == [0, 8_000, 4_000, 0, 0, 20_000])
        #expect(usd.first?.buckets[1].obligationCount == 2 && usd.first?.buckets[1].accountCount == 2)

        let kpis = try await client.call(Methods.Reports.kpis, V1.KpisRequest(periodStart: "2026-03-01", periodEnd: "2026-03-31"))
        let eur = try #require(kpis.currencies.first { $0.currency == "EUR" })
        let dollars = try #require(kpis.currencies.first { $0.currency == "USD" })
        // USD: collected 6,000 + 5,000 − 5,000 (reversed in the period); opening A1+A2+B1 = 35,000; closing A1 4,000 + A2 + B1 + D1 = 32,000.
        #expect(dollars.collected?.amountMinor == 6_000 && dollars.openingBalance?.amountMinor == 35_000 && dollars.closingBalance?.amountMinor == 32_000)
        // Recovery: 6,000 / (overdue at start A1 10,000 + B1 20,000, plus falling due A2 5,000 + D1 3,000).
        #expect(dollars.recoveryRate == Self.ratio(6_000, 38_000))
        // DSO: closing 32,000 × 31 days / invoiced D1 3,000. CEI: (35,000 + 3,000 − 32,000) / (35,000 + 3,000 − 0 current).
        #expect(dollars.dsoDays == Self.ratio(992_000, 3_000) && dollars.cei == Self.ratio(6_000, 38_000))
        #expect(eur.collected?.amountMinor == 8_000 && eur.recoveryRate == Self.ratio(8_000, 8_000) && eur.cei == Self.ratio(8_000, 8_000))
        #expect(eur.dsoDays == Self.ratio(0, 0), "nothing invoiced: undefined, not a division by zero")
        // Rolls: A2 current → 1-30 (5,000 of 5,000), A1 1-30 → 31-60 (4,000 of 10,000), B1 91-120 → >120; EUR C1 paid.
        let rolls = { (currency: String) in kpis.rollRates.filter { $0.currency == currency }.map(\.rate) }
        #expect(rolls("USD") == [Self.ratio(5_000, 5_000), Self.ratio(4_000, 10_000), Self.ratio(0, 0), Self.ratio(0, 0), Self.ratio(20_000, 20_000)])
        #expect(rolls("EUR") == [Self.ratio(0, 0), Self.ratio(0, 8_000), Self.ratio(0, 0), Self.ratio(0, 0), Self.ratio(0, 0)])
        // Stages: A, C and D entered "overdue" (C was cured; A went on to "late"); B and A entered "late".
        #expect(kpis.stageCures.map { [$0.stage, "\($0.accountsCured)/\($0.accountsEntered)"] } == [["overdue", "1/3"], ["late", "0/2"]])
        let email = try #require(kpis.reminders.first { $0.channel == .email })
        #expect(email.sent == 5 && email.deferred == 1 && email.suppressed == 0 && email.cancelled == 0 && email.failed == 0)
        #expect(kpis.rules.map { [$0.ruleId, "\($0.deferred)", "\($0.suppressed)"] } == [["TIME-WINDOW", "1", "0"]])

        // C's history in the journal is exactly what happened to it, in order.
        let pid = String(daemon.process.processIdentifier)
        let history = try await TestJournal.waitForEntries(matching: ["_PID": pid, "ACS_ACCOUNT": accountC], count: 4)
        #expect(history.compactMap { $0.fields["ACS_EVENT"] } == ["reminder.scheduled", "reminder.claimed", "reminder.delivered", "payment.posted"])
    }

    @Test("acsctl report prints tables with bars, CSV, and an SVG chart")
    func cli() async throws {
        let directory = try TestDaemon.makeScratchDirectory()
        let config = try TestPolicies.write(in: directory, policies: ["test.yaml": Self.policy])
        let daemon = try await TestDaemon.start(arguments: ["--config", config, "--simulated-clock", "2026-03-01T12:00:00Z"], directory: directory)
        defer { daemon.kill() }
        let client = try await daemon.connect()
        _ = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [
            Self.account("A", segment: "retail", [("A1", 10_000, "USD", "2026-01-01", "2026-01-31"), ("A2", 5_000, "USD", "2026-02-01", "2026-03-03")]),
        ]))
        let table = try await TestBinaries.run("acsctl", ["report", "aging", "--socket", daemon.socketPath, "--svg", directory.appendingPathComponent("aging.svg").path])
        #expect(table.status == 0 && table.stdout.contains("USD: total 150.00 USD") && table.stdout.contains("1-30") && table.stdout.contains("█"))
        let svg = try String(contentsOf: directory.appendingPathComponent("aging.svg"), encoding: .utf8)
        #expect(svg.hasPrefix("<svg") && svg.contains("<rect") && svg.contains("100.00 USD"))
        let csv = try await TestBinaries.run("acsctl", ["report", "aging", "--csv", "--socket", daemon.socketPath])
        #expect(csv.stdout.split(separator: "\n").contains("2026-03-01,USD,,,1-30,100.00,1,1"))
        let kpis = try await TestBinaries.run("acsctl", ["report", "kpis", "--from", "2026-02-01", "--socket", daemon.socketPath])
        #expect(kpis.status == 0 && kpis.stdout.contains("recovery rate") && kpis.stdout.contains("reminders by channel"))
        let bad = try await TestBinaries.run("acsctl", ["report", "kpis", "--from", "March", "--socket", daemon.socketPath])
        #expect(bad.status == 1 && bad.stderr.contains("INVALID_ARGUMENT"))
    }
}
