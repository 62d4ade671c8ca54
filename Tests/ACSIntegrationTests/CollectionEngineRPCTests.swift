import ACSClient
import ACSCore
import ACSJournal
import ACSTesting
import ACSWire
import Foundation
import Testing

/// The collection engine through a real acsd: socket, SQLite file, journald, a simulated clock.
@Suite("Collection engine over RPC")
struct CollectionEngineRPCTests {
    /// The engine's test policy; its validation notice is off (ValidationTests covers VALIDATION).
    static let policy = """
        id: test
        segments: [retail]
        default: true
        profile: us
        validation_notice: none
        stages:
          - name: overdue
            days_past_due: 1
            actions:
              - { type: remind, channel: email, template: overdue }
              - { type: remind, channel: sms, template: overdue }
          - name: day-3
            days_past_due: 3
            actions:
              - { type: remind, channel: email, template: final-notice, urgency: final }
              - { type: remind, channel: sms, template: overdue, urgency: high }
        """

    static func record(_ id: String, zone: String, due: String = "2026-03-01") -> V1.AccountRecord {
        V1.AccountRecord(
            source: "billing", externalId: id, sourceVersion: 1, name: "Debtor \(id)", emails: ["\(id.lowercased())@example.com"],
            phones: [V1.Phone(number: "+1202555\(id.count)000", smsConsent: true)], timeZone: zone, locale: "en_US", segment: "retail",
            obligations: [V1.ObligationRecord(externalId: "INV-\(id)", kind: .invoice, amount: V1.Money(amountMinor: 10_000, currency: "USD"),
                                              openAmount: V1.Money(amountMinor: 10_000, currency: "USD"), dueOn: due)])
    }

    static func reminders(_ client: ACSClient, account: String, statuses: [V1.ReminderStatus] = []) async throws -> [V1.Reminder] {
        try await client.call(Methods.Reminders.listDueReminders,
                              V1.ListDueRemindersRequest(account: V1.AccountRef(id: account), statuses: statuses.isEmpty ? V1.ReminderStatus.allCases.filter { $0 != .unspecified } : statuses)).reminders
    }

    /// A real acsd with `policy` (default: the test policy), its simulated clock at `clock`.
    static func start(policy: String = policy, clock: String = "2026-03-02T12:00:00Z") async throws -> (TestDaemon, ACSClient) {
        TestJournal.ensureRunning()
        let directory = try TestDaemon.makeScratchDirectory()
        let config = try TestPolicies.write(in: directory, policies: ["test.yaml": policy])
        let daemon = try await TestDaemon.start(arguments: ["--config", config, "--simulated-clock", clock], directory: directory)
        do {
            return (daemon, try await daemon.connect())
        } catch {
            daemon.kill()
            throw error
        }
    }

    @Test("an opt-out or a revoked consent cancels that channel's unclaimed reminders, and only those")
    func preferencesCancel() async throws {
        let (daemon, client) = try await Self.start()
        defer { daemon.kill() }
        let sync = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [Self.record("NY", zone: "America/New_York")]))
        let ny = sync.results[0].accountId
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        #expect(try await Self.reminders(client, account: ny).map(\.status) == [.deferred, .deferred])
        let ref = V1.AccountRef(id: ny)
        let optOut = try await client.call(Methods.Accounts.setContactPreference, V1.SetContactPreferenceRequest(
            account: ref, change: .optOut, channel: .email, source: "letter", reason: "asked in writing"))
        #expect(optOut.remindersCancelled == 1)
        var reminders = try await Self.reminders(client, account: ny)
        #expect(reminders.first { $0.channel == .email }?.cancelReason == .optOut)
        #expect(reminders.first { $0.channel == .sms }?.status == .deferred)
        let revoked = try await client.call(Methods.Accounts.setContactPreference, V1.SetContactPreferenceRequest(
            account: ref, change: .revokeConsent, channel: .sms, source: "STOP reply", reason: "texted STOP"))
        #expect(revoked.remindersCancelled == 1)
        reminders = try await Self.reminders(client, account: ny)
        #expect(reminders.first { $0.channel == .sms }?.cancelReason == .consentRevoked)
        let times = try await client.call(Methods.Accounts.setContactPreference, V1.SetContactPreferenceRequest(
            account: ref, change: .setInconvenientTimes, inconvenientTimes: [V1.InconvenientTime(startTime: "12:00", endTime: "13:30", weekdays: [1])]))
        #expect(times.remindersCancelled == 0)
    }

    @Test("reminders by stage inside each debtor's window; claims, payments, STOP and holds")
    func lifecycle() async throws {
        let (daemon, client) = try await Self.start()
        defer { daemon.kill() }
        let sync = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [
            Self.record("NY", zone: "America/New_York"), Self.record("KOL", zone: "Asia/Kolkata"), Self.record("LA", zone: "America/Los_Angeles"),
        ]))
        let (ny, kol, la) = (sync.results[0].accountId, sync.results[1].accountId, sync.results[2].accountId)

        // 12:00Z: 07:00 in New York, 04:00 in Los Angeles, 17:30 in Kolkata.
        let first = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest()).summary!
        #expect(first.accountsEvaluated == 3 && first.remindersScheduled == 6 && first.remindersDeferred == 4)
        let second = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest()).summary!
        #expect(second.accountsEvaluated == 0 && second.remindersScheduled == 0, "a second cycle does nothing")
        let nyReminders = try await Self.reminders(client, account: ny)
        #expect(nyReminders.map(\.status) == [.deferred, .deferred])
        #expect(nyReminders.allSatisfy { $0.windowStart == "2026-03-02T13:00:00Z" && $0.ruleId == "TIME-WINDOW" && $0.stage == "overdue" })
        #expect(nyReminders.first { $0.channel == .email }?.bodyText.contains("$100.00") == true)
        #expect(try await Self.reminders(client, account: la).allSatisfy { $0.windowStart == "2026-03-02T16:00:00Z" })

        let early = try await client.call(Methods.Reminders.claimReminders, V1.ClaimRemindersRequest(channel: .email, maxCount: 10, claimer: "t1"))
        #expect(early.reminders.map(\.accountId) == [kol], "only Kolkata's window is open at 12:00Z")
        let kolEmail = try #require(early.reminders.first)
        #expect(!kolEmail.leaseToken.isEmpty)

        _ = try await client.call(Methods.System.advanceClock, V1.AdvanceClockRequest(seconds: 4 * 3600 + 1800))
        // 16:30Z: a payment before LA's reminders are claimed cancels them.
        _ = try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: V1.NewPayment(
            idempotencyKey: "pay-la", account: V1.AccountRef(id: la), amount: V1.Money(amountMinor: 10_000, currency: "USD"))))
        let laReminders = try await Self.reminders(client, account: la)
        #expect(laReminders.map(\.status) == [.cancelled, .cancelled] && laReminders.allSatisfy { $0.cancelReason == .payment })

        // Two claimers at once never get the same reminder; Kolkata (22:00) is deferred at the claim.
        async let claimA = client.call(Methods.Reminders.claimReminders, V1.ClaimRemindersRequest(channel: .sms, maxCount: 10, claimer: "a"))
        async let claimB = client.call(Methods.Reminders.claimReminders, V1.ClaimRemindersRequest(channel: .sms, maxCount: 10, claimer: "b"))
        let smsClaims = try await claimA.reminders + claimB.reminders
        #expect(smsClaims.map(\.accountId) == [ny])
        let kolSMS = try #require(try await Self.reminders(client, account: kol).first { $0.channel == .sms })
        #expect(kolSMS.status == .deferred && kolSMS.ruleId == "TIME-WINDOW" && kolSMS.windowStart == "2026-03-03T02:30:00Z")

        let done = try await client.call(Methods.Reminders.completeReminder, V1.CompleteReminderRequest(
            id: kolEmail.id, leaseToken: kolEmail.leaseToken, outcome: .delivered, detail: "250 OK"))
        #expect(done.reminder?.status == .delivered)
        let again = try await client.call(Methods.Reminders.completeReminder, V1.CompleteReminderRequest(
            id: kolEmail.id, leaseToken: kolEmail.leaseToken, outcome: .delivered, detail: "250 OK"))
        #expect(again.reminder?.status == .delivered, "reporting the same outcome again answers the same result")
        await #expect { try await client.call(Methods.Reminders.completeReminder, V1.CompleteReminderRequest(
            id: kolEmail.id, leaseToken: "forged", outcome: .delivered)) } throws: { ($0 as? ACSError)?.code == .failedPrecondition }

        let stop = try await client.call(Methods.Reminders.completeReminder, V1.CompleteReminderRequest(
            id: smsClaims[0].id, leaseToken: smsClaims[0].leaseToken, outcome: .optedOut, detail: "STOP"))
        #expect(stop.reminder?.status == .failed && stop.reminder?.outcome == .optedOut)
        let nyAccount = try await client.call(Methods.Accounts.getAccount, V1.GetAccountRequest(account: V1.AccountRef(id: ny))).account
        #expect(nyAccount?.channelPreferences.contains { $0.channel == .sms && $0.optedOut } == true)

        let cured = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest()).summary!
        #expect(cured.accountsCured == 1, "LA paid in full and left the policy")

        let hold = try await client.call(Methods.Accounts.setHold, V1.SetHoldRequest(account: V1.AccountRef(id: kol), kind: .cease, reason: "letter"))
        #expect(hold.remindersCancelled == 1, "the hold cancels Kolkata's deferred SMS")

        // Day 3 (15:00Z: 10:00 New York, 20:30 Kolkata).
        _ = try await client.call(Methods.System.setClock, V1.SetClockRequest(time: "2026-03-04T15:00:00Z"))
        let day3 = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest()).summary!
        #expect(day3.accountsEvaluated == 2)
        let nyDay3 = try await Self.reminders(client, account: ny).filter { $0.stage == "day-3" }
        #expect(nyDay3.first { $0.channel == .email }?.status == .scheduled)
        let nySMS = try #require(nyDay3.first { $0.channel == .sms })
        #expect(nySMS.status == .suppressed && nySMS.ruleId == "OPTOUT-ELECTRONIC", "STOP stopped the channel")
        let kolDay3 = try await Self.reminders(client, account: kol).filter { $0.stage == "day-3" }
        #expect(kolDay3.count == 2 && kolDay3.allSatisfy { $0.status == .suppressed && $0.ruleId == "HOLD-CEASE" }, "a hold stops everything")
        let detail = try await client.call(Methods.Reminders.getReminder, V1.GetReminderRequest(id: kolDay3[0].id)).reminder
        #expect(detail?.gateDecisions.map(\.verdict) == [.suppress])

        let pid = String(daemon.process.processIdentifier)
        let deferred = try await TestJournal.waitForEntries(matching: ["_PID": pid, "ACS_ACCOUNT": ny, "ACS_EVENT": "reminder.deferred"], count: 2)
        #expect(deferred.allSatisfy { $0.fields["ACS_RULE"] == "TIME-WINDOW" && $0.fields["ACS_CHANNEL"] != nil && $0.fields["ACS_STAGE"] == "overdue" })
        let suppressed = try await TestJournal.waitForEntries(matching: ["_PID": pid, "ACS_ACCOUNT": kol, "ACS_EVENT": "reminder.suppressed"], count: 2)
        #expect(suppressed.count == 2 && suppressed.allSatisfy { $0.fields["ACS_RULE"] == "HOLD-CEASE" })
    }

    @Test("an invalid policy stops start-up; a reload with one is refused and the old set stays")
    func invalidPolicies() async throws {
        let directory = try TestDaemon.makeScratchDirectory()
        let config = try TestPolicies.write(in: directory, policies: ["bad.yaml": "id: bad\nprofile: us\nstages: []\n"])
        let refused = try await TestBinaries.run("acsd", ["--socket", directory.appendingPathComponent("x.sock").path,
                                                          "--state-dir", directory.appendingPathComponent("state").path, "--config", config])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("bad.yaml:") && refused.stderr.contains("stages"), "names the file and the error: \(refused.stderr)")

        let good = directory.appendingPathComponent("etc/policies/bad.yaml")
        try Self.policy.write(to: good, atomically: true, encoding: .utf8)
        let daemon = try await TestDaemon.start(arguments: ["--config", config], directory: directory)
        defer { daemon.kill() }
        let client = try await daemon.connect()
        let before = try await client.call(Methods.Policies.listPolicies, V1.ListPoliciesRequest())
        #expect(before.policies.map(\.id) == ["test"])
        try "id: test\nprofile: mars\n".write(to: good, atomically: true, encoding: .utf8)
        let reload = try await client.call(Methods.Policies.reloadPolicies, V1.ReloadPoliciesRequest())
        #expect(!reload.applied && reload.version == before.version && reload.errors.contains { $0.line == 2 && $0.path == "profile" })
        daemon.signal(SIGHUP)
        let after = try await client.call(Methods.Policies.listPolicies, V1.ListPoliciesRequest())
        #expect(after.version == before.version && after.policies.map(\.id) == ["test"])
        let check = try await client.call(Methods.Policies.checkPolicy, V1.CheckPolicyRequest(text: Self.policy, file: "x.yaml"))
        #expect(check.valid && check.policy?.stages.count == 2)
    }
}
