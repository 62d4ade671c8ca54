import ACSClient
import ACSCore
import ACSJournal
import ACSTesting
import ACSWire
import Foundation
import Testing

/// VALIDATION through a real acsd with the simulated clock (us profile): the first
/// collection contact makes the validation notice with its itemization and period; the
/// period skips weekends and federal holidays; a dispute inside it is a validation dispute.
@Suite("Validation notice and period (VALIDATION)")
struct ValidationTests {
    /// A fee at day 1, the first reminder at day 3: the notice itemizes the fee.
    static let policy = """
        id: validation
        segments: [retail]
        default: true
        profile: us
        stages:
          - name: late-fee
            days_past_due: 1
            actions:
              - { type: fee, fixed: { USD: "15.00" } }
          - name: overdue
            days_past_due: 3
            actions:
              - { type: remind, channel: email, template: overdue, repeat_every_days: 7, max_times: 20 }
        """

    /// An account in New York with a postal address; 100.00 charged, 10.00 credited by the source.
    static func record(_ id: String, address: Bool = true) -> V1.AccountRecord {
        var record = CollectionEngineRPCTests.record(id, zone: "America/New_York", due: "2026-05-18")
        record.obligations[0].openAmount = V1.Money(amountMinor: 9_000, currency: "USD")
        if address { record.address = V1.PostalAddress(lines: ["1 Main St"], locality: "New York", region: "NY", postalCode: "10001", country: "US") }
        return record
    }

    /// acsd at Tuesday 2026-05-19 12:00 New York (day 1 of a debt due Monday 2026-05-18).
    static func start() async throws -> (TestDaemon, ACSClient) {
        try await CollectionEngineRPCTests.start(policy: policy, clock: "2026-05-19T16:00:00Z")
    }

    static func advance(_ client: ACSClient, days: Int) async throws {
        _ = try await client.call(Methods.System.advanceClock, V1.AdvanceClockRequest(seconds: UInt64(days) * 86_400))
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
    }

    static func dispute(_ client: ACSClient, _ id: String) async throws -> V1.SetHoldResponse {
        try await client.call(Methods.Accounts.setHold, V1.SetHoldRequest(account: V1.AccountRef(id: id), kind: .dispute, reason: "debtor called"))
    }

    @Test("the first contact makes the notice: itemization, and a period across a weekend and Memorial Day, in the reminder and the journal")
    func noticeAndPeriod() async throws {
        let (daemon, client) = try await Self.start()
        defer { daemon.kill() }
        let id = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [Self.record("NY")])).results[0].accountId
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())  // day 1: the fee, no contact
        #expect(try await CollectionEngineRPCTests.reminders(client, account: id).isEmpty)
        _ = try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: PaymentsRPCTests.payment("P1", account: "NY", minor: 3_000)))

        try await Self.advance(client, days: 2)  // Thursday 2026-05-21: day 3, the first contact
        let reminders = try await CollectionEngineRPCTests.reminders(client, account: id)
        #expect(Set(reminders.map(\.templateName)) == ["overdue", "validation-notice"])
        let letter = try #require(reminders.first { $0.templateName == "validation-notice" })
        #expect(letter.channel == .letter && letter.status == .scheduled)
        let notice = try #require(letter.validation)
        // Sent Thursday 21 May; Friday 22 is business day 1, the weekend and Memorial Day (Monday 25) do not
        // count, so Tuesday 26 to Friday 29 are days 2 to 5: receipt on the 29th, the period ends 30 days later.
        #expect(notice.sentOn == "2026-05-21" && notice.receiptOn == "2026-05-29" && notice.periodEndsOn == "2026-06-28")
        #expect(notice.itemizationDate == "2026-05-18")
        #expect(notice.amountThen?.amountMinor == 10_000 && notice.fees?.amountMinor == 1_500 && notice.interest?.amountMinor == 0)
        #expect(notice.payments?.amountMinor == 3_000 && notice.credits?.amountMinor == 1_000 && notice.amountNow?.amountMinor == 7_500)
        #expect(letter.bodyText.contains("by 2026-06-28") && letter.bodyText.contains("$75.00") && letter.bodyText.contains("$15.00"))

        let pid = String(daemon.process.processIdentifier)
        let entry = try #require(try await TestJournal.waitForEntries(matching: ["_PID": pid, "ACS_ACCOUNT": id, "ACS_EVENT": "validation.notice"]).first)
        #expect(entry.fields["ACS_VALIDATION_ENDS_ON"] == "2026-06-28" && entry.fields["ACS_RECEIPT_ON"] == "2026-05-29")
        #expect(entry.fields["ACS_AMOUNT_MINOR"] == "7500" && entry.fields["ACS_FEES_MINOR"] == "1500" && entry.fields["ACS_CREDITS_MINOR"] == "1000")
        #expect(entry.fields["ACS_REMINDER"] == letter.id)

        // Later contacts make no second notice.
        try await Self.advance(client, days: 7)
        #expect(try await CollectionEngineRPCTests.reminders(client, account: id).filter { $0.templateName == "validation-notice" }.count == 1)
    }

    @Test("a fee charged by the evaluation that makes the notice is itemized in it")
    func sameDayFee() async throws {
        let stage = "  - name: overdue\n    days_past_due: 3\n    actions:\n"
        let policy = Self.policy.replacingOccurrences(of: stage, with: stage + "      - { type: fee, fixed: { USD: \"20.00\" } }\n")
        #expect(policy != Self.policy)
        let (daemon, client) = try await CollectionEngineRPCTests.start(policy: policy, clock: "2026-05-19T16:00:00Z")
        defer { daemon.kill() }
        let id = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [Self.record("SD")])).results[0].accountId
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())  // day 1: the late fee, no contact
        try await Self.advance(client, days: 2)  // day 3: the stage's fee and the first contact at once
        let notice = try #require(try await CollectionEngineRPCTests.reminders(client, account: id).first { $0.templateName == "validation-notice" }?.validation)
        #expect(notice.fees?.amountMinor == 3_500 && notice.credits?.amountMinor == 1_000 && notice.amountNow?.amountMinor == 12_500)
        let account = try await client.call(Methods.Accounts.getAccount, V1.GetAccountRequest(account: V1.AccountRef(id: id))).account
        #expect(account?.balances.first?.outstanding?.amountMinor == notice.amountNow?.amountMinor, "the notice says what the account owes")
    }

    @Test("interest accrued by the evaluation that makes the notice is itemized in it")
    func sameDayInterest() async throws {
        // 36.5 % a year: 0.1 % of the open principal a day.
        let policy = Self.policy.replacingOccurrences(of: "profile: us\n", with: "profile: us\ninterest_rate_bp: 3650\n")
        #expect(policy != Self.policy)
        let (daemon, client) = try await CollectionEngineRPCTests.start(policy: policy, clock: "2026-05-19T16:00:00Z")
        defer { daemon.kill() }
        let id = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [Self.record("SI")])).results[0].accountId
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())  // day 1: the late fee; interest starts
        try await Self.advance(client, days: 2)  // day 3: interest for the 19th and 20th (0.09 a day on 90.00), and the first contact
        let notice = try #require(try await CollectionEngineRPCTests.reminders(client, account: id).first { $0.templateName == "validation-notice" }?.validation)
        #expect(notice.interest?.amountMinor == 18 && notice.fees?.amountMinor == 1_500 && notice.amountNow?.amountMinor == 10_518)
        let account = try await client.call(Methods.Accounts.getAccount, V1.GetAccountRequest(account: V1.AccountRef(id: id))).account
        #expect(account?.balances.first?.outstanding?.amountMinor == notice.amountNow?.amountMinor, "the notice says what the account owes")
    }

    @Test("an obligation whose id equals a disputed one only canonically (marks in another order) is not disputed: the notice itemizes it, GetAccount does not flag it")
    func disputeByBytes() async throws {
        let (daemon, client) = try await Self.start()
        defer { daemon.kill() }
        let (held, twin) = ("INV-a\u{323}\u{301}", "INV-a\u{301}\u{323}")
        var record = Self.record("NF")
        record.obligations[0].externalId = held
        record.obligations.append(V1.ObligationRecord(externalId: twin, kind: .invoice, amount: V1.Money(amountMinor: 5_000, currency: "USD"),
                                                      openAmount: V1.Money(amountMinor: 5_000, currency: "USD"), dueOn: "2026-05-18"))
        let synced = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [record])).results[0]
        #expect(synced.outcome == .created, "two obligations, byte for byte: \(synced)")
        let id = synced.accountId
        _ = try await client.call(Methods.Accounts.setHold, V1.SetHoldRequest(account: V1.AccountRef(id: id), kind: .dispute,
                                                                         obligationExternalId: held, reason: "debtor called"))
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())  // day 1: the fee on what is not disputed
        try await Self.advance(client, days: 2)  // day 3: the first contact and its notice, for the twin alone
        let notice = try #require(try await CollectionEngineRPCTests.reminders(client, account: id).first { $0.templateName == "validation-notice" }?.validation)
        #expect(notice.amountThen?.amountMinor == 5_000 && notice.credits?.amountMinor == 0, "the twin is itemized, the disputed invoice is not")
        let account = try #require(try await client.call(Methods.Accounts.getAccount, V1.GetAccountRequest(account: V1.AccountRef(id: id))).account)
        let flags = account.obligations.filter { $0.kind == .invoice }.map { (Array($0.externalId.utf8), $0.disputed) }
        #expect(flags.count == 2 && flags.allSatisfy { $0.1 == ($0.0 == Array(held.utf8)) }, "\(account.obligations)")
    }

    @Test("a credit note that lowers a paid invoice below its payments still gives a notice: the surplus is not itemized as paid")
    func creditNoteAfterPayment() async throws {
        let (daemon, client) = try await Self.start()
        defer { daemon.kill() }
        var record = Self.record("CN")
        record.obligations.append(V1.ObligationRecord(externalId: "INV-CN-2", kind: .invoice, amount: V1.Money(amountMinor: 5_000, currency: "USD"),
                                                      openAmount: V1.Money(amountMinor: 5_000, currency: "USD"), dueOn: "2026-05-18"))
        let id = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [record])).results[0].accountId
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())  // day 1: the fee, no contact
        _ = try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: PaymentsRPCTests.payment("P1", account: "CN", minor: 3_000)))
        let paid = try #require(try await client.call(Methods.Accounts.getAccount, V1.GetAccountRequest(account: V1.AccountRef(id: id))).account)
        let lowered = try #require(paid.obligations.first { $0.openAmount?.amountMinor ?? 0 < ($0.amount?.amountMinor ?? 0) - 1_000 })
        // The source issues a credit note: the paid invoice is now 2,000, less than the 3,000 paid towards it.
        record.sourceVersion = 2
        let index = try #require(record.obligations.firstIndex { $0.externalId == lowered.externalId })
        record.obligations[index].amount = V1.Money(amountMinor: 2_000, currency: "USD")
        record.obligations[index].openAmount = V1.Money(amountMinor: 2_000, currency: "USD")
        _ = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [record]))

        try await Self.advance(client, days: 2)  // day 3: the first contact, with its notice
        let reminders = try await CollectionEngineRPCTests.reminders(client, account: id)
        #expect(Set(reminders.map(\.templateName)) == ["overdue", "validation-notice"], "\(reminders.map(\.templateName))")
        let notice = try #require(reminders.first { $0.templateName == "validation-notice" }?.validation)
        let other: Int64 = lowered.externalId == "INV-CN-2" ? 9_000 : 5_000  // open on the invoice not lowered
        #expect(notice.amountThen?.amountMinor == 2_000 + (lowered.externalId == "INV-CN-2" ? 10_000 : 5_000) && notice.fees?.amountMinor == 3_000, "a fee per invoice")
        #expect(notice.payments?.amountMinor == 2_000 && notice.credits?.amountMinor == 0, "what the lowered invoice absorbed, not the 3,000 paid")
        #expect(notice.amountNow?.amountMinor == other + 3_000)
        let then = (notice.amountThen?.amountMinor ?? 0) + (notice.fees?.amountMinor ?? 0) + (notice.interest?.amountMinor ?? 0)
        #expect(then - (notice.payments?.amountMinor ?? 0) - (notice.credits?.amountMinor ?? 0) == notice.amountNow?.amountMinor)
    }

    @Test("a dispute on the period's last day is a validation dispute; one the day after is not; both hold at once")
    func disputeAtTheEdge() async throws {
        let (daemon, client) = try await Self.start()
        defer { daemon.kill() }
        let sync = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [Self.record("A"), Self.record("B")]))
        let (a, b) = (sync.results[0].accountId, sync.results[1].accountId)
        try await Self.advance(client, days: 2)  // both noticed on Thursday 2026-05-21: the period ends 2026-06-28
        _ = try await client.call(Methods.System.advanceClock, V1.AdvanceClockRequest(seconds: 38 * 86_400))  // 2026-06-28 12:00 New York

        let last = try await Self.dispute(client, a)
        #expect(last.hold?.validationEndsOn == "2026-06-28", "the last day of the period is inside it")
        _ = try await client.call(Methods.System.advanceClock, V1.AdvanceClockRequest(seconds: 86_400))
        let after = try await Self.dispute(client, b)
        #expect(after.hold?.validationEndsOn == "", "the day after the period is outside it")
        #expect(last.created && after.created && last.hold?.active == true && after.hold?.active == true, "either way HOLD-DISPUTE is set at once")

        let pid = String(daemon.process.processIdentifier)
        let entry = try #require(try await TestJournal.waitForEntries(matching: ["_PID": pid, "ACS_ACCOUNT": a, "ACS_EVENT": "hold.set"]).first)
        #expect(entry.fields["ACS_VALIDATION_ENDS_ON"] == "2026-06-28")
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        let held = try await CollectionEngineRPCTests.reminders(client, account: a).filter { $0.createdAt >= "2026-06-28" }
        #expect(!held.isEmpty && held.allSatisfy { $0.status == .suppressed && $0.ruleId == "HOLD-DISPUTE" }, "\(held.map(\.ruleId))")
    }

    @Test("a notice not sent on the day its period counts from is cancelled as stale; the next cycle makes one with new dates")
    func staleNotice() async throws {
        let (daemon, client) = try await Self.start()
        defer { daemon.kill() }
        let id = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [Self.record("LATE")])).results[0].accountId
        try await Self.advance(client, days: 2)  // Thursday 2026-05-21: the notice counts from today
        _ = try await client.call(Methods.System.advanceClock, V1.AdvanceClockRequest(seconds: 86_400))
        let claimed = try await client.call(Methods.Reminders.claimReminders, V1.ClaimRemindersRequest(channel: .letter, maxCount: 10, claimer: "print"))
        #expect(claimed.reminders.isEmpty, "claimed a day late, its dates would be a day short")
        let first = try #require(try await CollectionEngineRPCTests.reminders(client, account: id).first { $0.templateName == "validation-notice" })
        #expect(first.status == .cancelled && first.cancelReason == .stale)

        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        let fresh = try #require(try await CollectionEngineRPCTests.reminders(client, account: id).first {
            $0.templateName == "validation-notice" && $0.status == .scheduled })
        // Friday 22 May: Memorial Day and the weekend do not count; receipt on Monday 1 June.
        #expect(fresh.validation?.sentOn == "2026-05-22" && fresh.validation?.receiptOn == "2026-06-01" && fresh.validation?.periodEndsOn == "2026-07-01")
        let letters = try await client.call(Methods.Reminders.claimReminders, V1.ClaimRemindersRequest(channel: .letter, maxCount: 10, claimer: "print"))
        #expect(letters.reminders.map(\.id) == [fresh.id])
    }

    @Test("no contact goes out without the notice: with no postal address the letter is suppressed and the email waits")
    func noNoticeNoContact() async throws {
        let (daemon, client) = try await Self.start()
        defer { daemon.kill() }
        let id = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [Self.record("NA", address: false)])).results[0].accountId
        try await Self.advance(client, days: 2)
        let reminders = try await CollectionEngineRPCTests.reminders(client, account: id)
        #expect(reminders.map(\.templateName) == ["validation-notice"])
        #expect(reminders.first?.status == .suppressed && reminders.first?.ruleId == "NO-RECIPIENT")

        // With an address the next evaluation sends both.
        var fixed = Self.record("NA")
        fixed.sourceVersion = 2
        _ = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [fixed]))
        try await Self.advance(client, days: 1)
        let later = try await CollectionEngineRPCTests.reminders(client, account: id).filter { $0.status != .suppressed }
        #expect(Set(later.map(\.templateName)) == ["overdue", "validation-notice"], "\(later.map(\.templateName))")
    }

    @Test("an event message is a contact too: a plan's and a promise's confirmation go with the notice, and wait while it cannot go")
    func eventMessagesGoWithTheNotice() async throws {
        let policy = Self.policy.replacingOccurrences(of: "profile: us\n", with: """
            profile: us
            promise_confirmation_template: promise-confirmation
            plan_confirmation_template: plan-confirmation

            """)
        let (daemon, client) = try await CollectionEngineRPCTests.start(policy: policy, clock: "2026-05-19T16:00:00Z")
        defer { daemon.kill() }
        let ids = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(
            accounts: [Self.record("PL"), Self.record("PR"), Self.record("NA", address: false)])).results.map(\.accountId)
        // Day 1, before any contact: a plan agreed on one account, a promise on the others.
        _ = try await EscalationRPCTests.plan(client, ids[0], [(4_500, "2026-05-26"), (4_500, "2026-06-05")])
        for id in ids.dropFirst() {
            _ = try await client.call(Methods.Collections.recordPromise, V1.RecordPromiseRequest(
                account: V1.AccountRef(id: id), amount: V1.Money(amountMinor: 9_000, currency: "USD"), promisedOn: "2026-05-29"))
        }
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        let plan = try await CollectionEngineRPCTests.reminders(client, account: ids[0])
        #expect(Set(plan.map(\.templateName)) == ["plan-confirmation", "validation-notice"], "\(plan.map(\.templateName))")
        let promise = try await CollectionEngineRPCTests.reminders(client, account: ids[1])
        #expect(Set(promise.map(\.templateName)) == ["promise-confirmation", "validation-notice"], "\(promise.map(\.templateName))")
        // No postal address: the letter is suppressed, and the confirmation waits with it.
        let waiting = try await CollectionEngineRPCTests.reminders(client, account: ids[2])
        #expect(waiting.map(\.templateName) == ["validation-notice"] && waiting.first?.status == .suppressed, "\(waiting.map(\.templateName))")
    }

    @Test("a plan's instalment reminder is a contact too: the first one goes with the notice")
    func instalmentReminderGoesWithTheNotice() async throws {
        let (daemon, client) = try await Self.start()
        defer { daemon.kill() }
        let id = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [Self.record("INS")])).results[0].accountId
        // Day 1, before any contact: a plan whose first instalment is due Friday 29 May (reminded from the 26th).
        _ = try await EscalationRPCTests.plan(client, id, [(4_500, "2026-05-29"), (4_500, "2026-06-12")])
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        #expect(try await CollectionEngineRPCTests.reminders(client, account: id).isEmpty, "no contact yet")
        try await Self.advance(client, days: 7)  // Tuesday 26 May
        let reminders = try await CollectionEngineRPCTests.reminders(client, account: id)
        #expect(Set(reminders.map(\.templateName)) == ["instalment-due", "validation-notice"], "\(reminders.map(\.templateName))")
    }
}
