import ACSClient
import ACSCore
import ACSJournal
import ACSTesting
import ACSWire
import Foundation
import Testing

/// Credit reporting through a real acsd with the simulated clock: `report_to_bureau`
/// waits for CREDIT-REPORT-WAIT, a bureau run furnishes what the accounts owe, disputed as
/// disputed, and a paid account is reported once as paid.
@Suite("Credit reporting (CREDIT-REPORT-WAIT)")
struct CreditReportingTests {
    static let policy = """
        id: bureau
        segments: [retail]
        default: true
        profile: us
        validation_notice: none
        stages:
          - name: overdue
            days_past_due: 1
            actions:
              - { type: remind, channel: email, template: overdue }
              - { type: remind, channel: voice, template: call }
          - name: report
            days_past_due: 5
            actions:
              - { type: report_to_bureau, bureau: equifax }
        """

    /// Claims the account's reminder on `channel` and reports `outcome`.
    static func deliver(_ client: ACSClient, _ channel: V1.Channel, account: String, outcome: V1.ReminderOutcome) async throws {
        let claimed = try await client.call(Methods.Reminders.claimReminders, V1.ClaimRemindersRequest(channel: channel, maxCount: 10, claimer: "t"))
        let reminder = try #require(claimed.reminders.first { $0.accountId == account })
        _ = try await client.call(Methods.Reminders.completeReminder, V1.CompleteReminderRequest(
            id: reminder.id, leaseToken: reminder.leaseToken, outcome: outcome))
    }

    static func run(_ client: ACSClient, dryRun: Bool = false) async throws -> [V1.RunBureauResponse] {
        try await client.callStream(Methods.Reports.runBureau, V1.RunBureauRequest(bureau: "equifax", dryRun: dryRun), timeout: .seconds(10))
    }

    static func advance(_ client: ACSClient, seconds: UInt64) async throws {
        _ = try await client.call(Methods.System.advanceClock, V1.AdvanceClockRequest(seconds: seconds))
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
    }

    @Test("a bureau run waits 14 days after a notice, goes at once after a conversation; disputed and paid are reported as such")
    func waitThenReport() async throws {
        let (daemon, client) = try await CollectionEngineRPCTests.start(policy: Self.policy)
        defer { daemon.kill() }
        var talker = CollectionEngineRPCTests.record("TALK", zone: "America/New_York")
        talker.phones[0].voiceConsent = true
        let sync = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(
            accounts: [CollectionEngineRPCTests.record("MAIL", zone: "America/New_York"), talker]))
        let (mail, talk) = (sync.results[0].accountId, sync.results[1].accountId)

        // 2026-03-02 08:00 New York: the email of both goes out; the talker answers the call.
        try await Self.advance(client, seconds: 3_600)
        try await Self.deliver(client, .email, account: mail, outcome: .delivered)
        try await Self.deliver(client, .voice, account: talk, outcome: .conversation)

        // Day 5 (2026-03-06): the talker is reported at once; the email's 14 days have not passed.
        try await Self.advance(client, seconds: 4 * 86_400)
        var records = try await Self.run(client).flatMap(\.records)
        #expect(records.map(\.accountId) == [talk])
        let first = try #require(records.first)
        #expect(first.statusCode == "11" && first.balance?.amountMinor == 10_000 && first.pastDue?.amountMinor == 10_000)
        #expect(first.firstDelinquencyOn == "2026-03-01" && !first.disputed)

        // The email went out on 2 March (New York): 3 to 16 March are the 14 days; 23:00 on the 16th still waits,
        // midnight on the 17th does not.
        try await Self.advance(client, seconds: 10 * 86_400 + 14 * 3_600)
        #expect(try await Self.run(client, dryRun: true).flatMap(\.records).map(\.accountId) == [talk], "the 14th day: still waiting")
        try await Self.advance(client, seconds: 3_600)
        _ = try await client.call(Methods.Accounts.setHold, V1.SetHoldRequest(account: V1.AccountRef(id: talk), kind: .dispute, reason: "letter"))
        let chunks = try await Self.run(client)
        records = chunks.flatMap(\.records)
        #expect(records.map(\.accountId) == [mail, talk])
        #expect(records.map(\.disputed) == [false, true], "a disputed account is reported as disputed")
        #expect(records.first?.statusCode == "11", "16 days past due: current in Metro 2's 30-day steps")
        let runID = try #require(chunks.last?.runId)

        let pid = String(daemon.process.processIdentifier)
        let reported = try #require(try await TestJournal.waitForEntries(matching: ["_PID": pid, "ACS_ACCOUNT": mail, "ACS_EVENT": "account.reported"]).first)
        #expect(reported.fields["ACS_BUREAU"] == "equifax" && reported.fields["ACS_STAGE"] == "report")
        let run = try #require(try await TestJournal.waitForEntries(matching: ["_PID": pid, "ACS_RUN": runID, "ACS_EVENT": "bureau.run"]).first)
        #expect(run.fields["ACS_RECORDS"] == "2")

        // Paid in full: reported once as paid (13), then left out.
        _ = try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: PaymentsRPCTests.payment("PAY", account: "MAIL", minor: 10_000)))
        let paid = try await Self.run(client).flatMap(\.records)
        #expect(paid.first { $0.accountId == mail }?.statusCode == "13")
        #expect(try await Self.run(client).flatMap(\.records).map(\.accountId) == [talk])

        // acsctl writes the run to a file of its own.
        let folder = try TestDaemon.makeScratchDirectory()
        let file = folder.appendingPathComponent("run.csv").path
        let result = try await TestBinaries.run("acsctl", ["report", "bureau", "--bureau", "equifax", "--output", file, "--socket", daemon.socketPath])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "run_id,account_id,external_id,name,status_code,currency,balance,past_due,first_delinquency_on,disputed")
        #expect(lines.count == 2 && lines[1].hasSuffix(",11,USD,100.00,100.00,2026-03-01,true"), "\(lines)")
    }

    @Test("no notice, no report: a bounced email, or one delivered and returned undeliverable later, does not count")
    func neverReached() async throws {
        let (daemon, client) = try await CollectionEngineRPCTests.start(policy: Self.policy)
        defer { daemon.kill() }
        let sync = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [
            CollectionEngineRPCTests.record("GONE", zone: "America/New_York"), CollectionEngineRPCTests.record("BACK", zone: "America/New_York")]))
        let (gone, back) = (sync.results[0].accountId, sync.results[1].accountId)
        try await Self.advance(client, seconds: 3_600)
        let claimed = try await client.call(Methods.Reminders.claimReminders, V1.ClaimRemindersRequest(channel: .email, maxCount: 10, claimer: "t"))
        #expect(claimed.reminders.count == 2)
        for reminder in claimed.reminders {
            _ = try await client.call(Methods.Reminders.completeReminder, V1.CompleteReminderRequest(
                id: reminder.id, leaseToken: reminder.leaseToken, outcome: reminder.accountId == gone ? .failedPermanently : .delivered))
        }
        // Three days later the delivered one comes back; a second return, or a return of a bounce, changes nothing.
        _ = try await client.call(Methods.System.advanceClock, V1.AdvanceClockRequest(seconds: 3 * 86_400))
        let sent = try #require(claimed.reminders.first { $0.accountId == back })
        let returned = try await client.call(Methods.Reminders.completeReminder, V1.CompleteReminderRequest(
            id: sent.id, leaseToken: sent.leaseToken, outcome: .failedPermanently, detail: "return to sender"))
        #expect(returned.reminder?.status == .failed && returned.reminder?.outcomeDetail.hasPrefix("returned undeliverable") == true)
        await #expect { try await client.call(Methods.Reminders.completeReminder, V1.CompleteReminderRequest(
            id: sent.id, leaseToken: sent.leaseToken, outcome: .delivered)) } throws: { ($0 as? ACSError)?.code == .failedPrecondition }

        try await Self.advance(client, seconds: 30 * 86_400)
        #expect(try await Self.run(client).flatMap(\.records).isEmpty, "neither was reached")
        for bad in ["", "../equifax", "equi fax", "equifax\0x", String(repeating: "e", count: 65)] {
            await #expect { try await client.callStream(Methods.Reports.runBureau, V1.RunBureauRequest(bureau: bad)) } throws: {
                ($0 as? ACSError)?.code == .invalidArgument
            }
        }
    }
}
