import ACSClient
import ACSCore
import ACSJournal
import ACSStore
import ACSTesting
import ACSWire
import Foundation
import GRDB
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Accounts and payments through a real acsd: socket, SQLite file, journald.
@Suite("Accounts and payments over RPC")
struct PaymentsRPCTests {
    static func record(_ id: String, version: UInt64 = 1, obligations: [(String, Int64, String)] = [("INV-1", 10_000, "2026-01-31"), ("INV-2", 5_000, "2026-02-28")]) -> V1.AccountRecord {
        V1.AccountRecord(
            source: "billing", externalId: id, sourceVersion: version, name: "Grace Hopper \(id)",
            emails: ["grace@example.com"], phones: [V1.Phone(number: "+12025550123", smsConsent: true)],
            timeZone: "America/New_York", locale: "en_US", segment: "retail",
            obligations: obligations.map { external, amount, due in
                V1.ObligationRecord(externalId: external, kind: .invoice, amount: V1.Money(amountMinor: amount, currency: "USD"),
                                    openAmount: V1.Money(amountMinor: amount, currency: "USD"), dueOn: due)
            })
    }

    static func payment(_ key: String, account: String, minor: Int64) -> V1.NewPayment {
        V1.NewPayment(idempotencyKey: key, account: V1.AccountRef(source: "billing", externalId: account),
                      amount: V1.Money(amountMinor: minor, currency: "USD"))
    }

    @Test("sync, post, replay, conflict, reverse and list, each audited with the caller")
    func lifecycle() async throws {
        let daemon = try await TestDaemon.start(arguments: ["--simulated-clock", "2026-03-15T12:00:00Z"])
        defer { daemon.kill() }
        let client = try await daemon.connect()
        var bad = Self.record("BAD")
        bad.obligations[0].dueOn = "31/01/2026"
        let sync = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [Self.record("A-1"), bad]))
        #expect(sync.results.map(\.outcome) == [.created, .rejected])
        #expect(sync.results[1].violations.map(\.field) == ["obligations[0].due_on"])
        #expect(sync.createdCount == 1 && sync.rejectedCount == 1)
        let accountID = sync.results[0].accountId

        let posted = try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: Self.payment("k-1", account: "A-1", minor: 12_000)))
        #expect(!posted.replayed)
        #expect(posted.payment?.allocations.map(\.amount?.amountMinor) == [10_000, 2_000])
        #expect(posted.balances.first?.outstanding?.amountMinor == 3_000)
        let replay = try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: Self.payment("k-1", account: "A-1", minor: 12_000)))
        #expect(replay.replayed && replay.payment?.id == posted.payment?.id)
        await #expect {
            try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: Self.payment("k-1", account: "A-1", minor: 12_001)))
        } throws: { ($0 as? ACSError)?.code == .aborted }

        let reversed = try await client.call(Methods.Payments.reversePayment,
                                             V1.ReversePaymentRequest(paymentId: posted.payment!.id, reason: .returned, note: "NSF"))
        #expect(reversed.reopened.map(\.amount?.amountMinor) == [10_000, 2_000])
        #expect(reversed.payment?.status == .reversed)
        let account = try await client.call(Methods.Accounts.getAccount, V1.GetAccountRequest(account: V1.AccountRef(id: accountID)))
        #expect(account.account?.balances.first?.outstanding?.amountMinor == 15_000)
        #expect(account.account?.daysPastDue == 43)
        #expect(account.account?.recentPayments.count == 1)
        let list = try await client.call(Methods.Payments.listPayments, V1.ListPaymentsRequest(account: V1.AccountRef(id: accountID)))
        #expect(list.payments.map(\.idempotencyKey) == ["k-1"])

        let pid = String(daemon.process.processIdentifier)
        let entries = try await TestJournal.waitForEntries(matching: ["_PID": pid, "ACS_ACCOUNT": accountID], count: 3)
        #expect(entries.compactMap(\.event) == ["payment.posted", "payment.replayed", "payment.reversed"])
        let first = try #require(entries.first?.fields)
        #expect(first["ACS_AMOUNT_MINOR"] == "12000")
        #expect(first["ACS_CURRENCY"] == "USD")
        #expect(first["ACS_CALLER_UID"] == String(getuid()))
        #expect(first["ACS_CALLER_PID"] == String(getpid()))
        let synced = try await TestJournal.waitForEntries(matching: ["_PID": pid, "ACS_EVENT": "account.synced"])
        #expect(synced.first?.fields["ACS_REJECTED"] == "1")
        await client.close()
    }

    @Test("the answer's request id finds the call's journal entries")
    func requestID() async throws {
        let daemon = try await TestDaemon.start()
        defer { daemon.kill() }
        let client = try await daemon.connect()
        _ = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [Self.record("Q-1")]))
        let (posted, requestID) = try await client.callWithRequestID(
            Methods.Payments.postPayment, V1.PostPaymentRequest(payment: Self.payment("rid-1", account: "Q-1", minor: 100)))
        #expect(!requestID.isEmpty)
        let entries = try await TestJournal.waitForEntries(matching: ["ACS_REQUEST_ID": requestID])
        #expect(entries.compactMap(\.event) == ["payment.posted"])
        #expect(entries.first?.fields["ACS_PAYMENT"] == posted.payment?.id)
        let (_, another) = try await client.callWithRequestID(Methods.System.health, V1.HealthRequest())
        #expect(another != requestID)
        await client.close()
    }

    @Test("a batch posts the valid payments and refuses the others, each with its status")
    func batch() async throws {
        let daemon = try await TestDaemon.start()
        defer { daemon.kill() }
        let client = try await daemon.connect()
        _ = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [Self.record("A-1")]))
        var noCurrency = Self.payment("b-2", account: "A-1", minor: 100)
        noCurrency.amount?.currency = "usd"
        let response = try await client.call(Methods.Payments.postPayments, V1.PostPaymentsRequest(payments: [
            Self.payment("b-1", account: "A-1", minor: 100), noCurrency, Self.payment("b-3", account: "NOBODY", minor: 100),
            Self.payment("b-1", account: "A-1", minor: 100),
        ]))
        #expect(response.results.map(\.status?.code) == [.ok, .invalidArgument, .notFound, .ok])
        #expect(response.results[1].status?.violations.first?.field == "amount.currency")
        #expect(response.postedCount == 1 && response.replayedCount == 1 && response.refusedCount == 2)
        await client.close()
    }

    @Test("a payment received after acsd's clock, by more than a client's clock skew, is refused, alone in a batch")
    func receivedInTheFuture() async throws {
        let (daemon, client) = try await CollectionEngineRPCTests.start(clock: "2026-03-02T12:00:00Z")
        defer { daemon.kill() }
        let id = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(
            accounts: [CollectionEngineRPCTests.record("F", zone: "America/New_York")])).results[0].accountId
        func payment(_ key: String, _ receivedAt: String) -> V1.NewPayment {
            V1.NewPayment(idempotencyKey: key, account: V1.AccountRef(id: id), amount: V1.Money(amountMinor: 100, currency: "USD"), receivedAt: receivedAt)
        }
        let skewed = try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: payment("F-1", "2026-03-02T12:05:00Z")))
        #expect(skewed.payment?.receivedAt == "2026-03-02T12:05:00Z", "a client's clock 5 minutes ahead is taken")
        for (key, at) in [("F-2", "2026-03-02T12:05:01Z"), ("F-3", "2026-03-03T12:00:00Z"), ("F-4", "9999-12-31T23:59:59Z")] {
            await #expect {
                try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: payment(key, at)))
            } throws: { error in
                let error = error as? ACSError
                return error?.code == .invalidArgument && error?.violations.first?.field == "payment.received_at"
            }
        }
        let batch = try await client.call(Methods.Payments.postPayments, V1.PostPaymentsRequest(payments: [
            payment("F-5", "2026-03-01T09:00:00Z"), payment("F-6", "2027-03-01T09:00:00Z"), payment("F-1", "2026-03-02T12:05:00Z")]))
        #expect(batch.results.map(\.status?.code) == [.ok, .invalidArgument, .ok] && batch.results[2].replayed)
        #expect(batch.results[1].status?.violations.first?.field == "payments[1].received_at")
        let posted = try await client.call(Methods.Payments.listPayments, V1.ListPaymentsRequest(account: V1.AccountRef(id: id))).payments
        #expect(posted.map(\.idempotencyKey).sorted() == ["F-1", "F-5"])
    }

    @Test("holds are set and cleared over RPC and filter ListAccounts")
    func holds() async throws {
        let daemon = try await TestDaemon.start()
        defer { daemon.kill() }
        let client = try await daemon.connect()
        _ = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [Self.record("A-1"), Self.record("A-2")]))
        let ref = V1.AccountRef(source: "billing", externalId: "A-2")
        let set = try await client.call(Methods.Accounts.setHold, V1.SetHoldRequest(account: ref, kind: .bankruptcy, reason: "chapter 7"))
        #expect(set.created && set.hold?.active == true)
        #expect(set.hold?.setBy?.caller?.uid == getuid())
        let held = try await client.call(Methods.Accounts.listAccounts, V1.ListAccountsRequest(hold: .bankruptcy))
        #expect(held.accounts.map(\.externalId) == ["A-2"])
        _ = try await client.call(Methods.Accounts.clearHold, V1.ClearHoldRequest(account: ref, holdId: set.hold!.id, reason: "dismissed"))
        #expect(try await client.call(Methods.Accounts.listAccounts, V1.ListAccountsRequest(hold: .bankruptcy)).accounts.isEmpty)
        let page = try await client.call(Methods.Accounts.listAccounts, V1.ListAccountsRequest(pageSize: 1))
        let next = try await client.call(Methods.Accounts.listAccounts, V1.ListAccountsRequest(pageSize: 1, pageToken: page.nextPageToken))
        #expect((page.accounts + next.accounts).map(\.externalId) == ["A-1", "A-2"])
        #expect(next.nextPageToken.isEmpty)
        await client.close()
    }

    @Test("opt-outs, consent and inconvenient times are recorded with who and why, and a sync never undoes them")
    func contactPreferences() async throws {
        let daemon = try await TestDaemon.start()
        defer { daemon.kill() }
        let client = try await daemon.connect()
        _ = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [Self.record("A-1")]))
        let ref = V1.AccountRef(source: "billing", externalId: "A-1")
        let revoked = try await client.call(Methods.Accounts.setContactPreference, V1.SetContactPreferenceRequest(
            account: ref, change: .revokeConsent, channel: .sms, source: "STOP reply", reason: "texted STOP"))
        #expect(revoked.account?.phones.first?.smsConsent == false)
        _ = try await client.call(Methods.Accounts.setContactPreference, V1.SetContactPreferenceRequest(
            account: ref, change: .optOut, channel: .email, source: "letter", reason: "asked in writing"))
        _ = try await client.call(Methods.Accounts.setContactPreference, V1.SetContactPreferenceRequest(
            account: ref, change: .setInconvenientTimes, inconvenientTimes: [V1.InconvenientTime(startTime: "12:00", endTime: "13:30", weekdays: [1, 2, 3, 4, 5])]))
        // The source still claims SMS consent in a newer version: acsd's revocation stands.
        let resync = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [Self.record("A-1", version: 2)]))
        #expect(resync.results.first?.outcome == .updated)
        let account = try #require(try await client.call(Methods.Accounts.getAccount, V1.GetAccountRequest(account: ref)).account)
        #expect(account.phones.first?.smsConsent == false)
        #expect(account.channelPreferences.map(\.channel) == [.email])
        #expect(account.channelPreferences.first?.optedOut == true)
        #expect(account.channelPreferences.first?.changedBy?.reason == "asked in writing")
        #expect(account.channelPreferences.first?.changedBy?.caller?.uid == getuid())
        #expect(account.inconvenientTimes == [V1.InconvenientTime(startTime: "12:00", endTime: "13:30", weekdays: [1, 2, 3, 4, 5])])
        await #expect {
            try await client.call(Methods.Accounts.setContactPreference, V1.SetContactPreferenceRequest(account: ref, change: .grantConsent, channel: .email))
        } throws: { ($0 as? ACSError)?.violations.first?.field == "channel" }
        await #expect {
            try await client.call(Methods.Accounts.setContactPreference, V1.SetContactPreferenceRequest(
                account: ref, change: .revokeConsent, channel: .voice, phoneNumber: "+19999999999"))
        } throws: { ($0 as? ACSError)?.violations.first?.field == "phone_number" }
        let entries = try await TestJournal.waitForEntries(
            matching: ["_PID": String(daemon.process.processIdentifier), "ACS_EVENT": "consent.changed"], count: 3)
        #expect(entries.compactMap { $0.fields["ACS_CHANGE"] } == ["revoke_consent", "opt_out", "set_inconvenient_times"])
        #expect(entries.first?.fields["ACS_SOURCE"] == "STOP reply")
        await client.close()
    }

    @Test("every acknowledged payment survives kill -9 exactly once, and balances match their allocations")
    func crash() async throws {
        let daemon = try await TestDaemon.start()
        let setup = try await daemon.connect()
        _ = try await setup.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: (0..<20).map { Self.record("C-\($0)") }))
        await setup.close()
        let acknowledged = Locked<[String]>([])
        let writers = (0..<4).map { writer in
            Task {
                guard let client = try? await daemon.connect() else { return }
                for index in 0..<100_000 {
                    let key = "w\(writer)-\(index)"
                    let payment = Self.payment(key, account: "C-\(index % 20)", minor: 7)
                    guard (try? await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: payment))) != nil else { return }
                    acknowledged.withLock { $0.append(key) }
                }
            }
        }
        try await waitUntil { acknowledged.withLock { $0.count } >= 300 }
        daemon.signal(SIGKILL)
        for writer in writers { await writer.value }
        _ = try await daemon.waitForExit()
        let keys = acknowledged.withLock { $0 }

        let database = try ACSDatabase.open(stateDirectory: daemon.stateDirectory)
        let (stored, mismatched, integrity) = try await database.writer.read { db in
            (Set(try String.fetchAll(db, sql: "SELECT idempotency_key FROM payment")),
             try Int.fetchOne(db, sql: """
                SELECT count(*) FROM obligation o
                WHERE o.amount_minor - o.open_minor != (SELECT coalesce(sum(amount_minor), 0) FROM allocation WHERE obligation_id = o.id)
                """)!,
             try String.fetchOne(db, sql: "PRAGMA integrity_check"))
        }
        try database.close()
        #expect(keys.allSatisfy(stored.contains), "every acknowledged payment is stored")
        #expect(mismatched == 0)
        #expect(integrity == "ok")

        let restarted = try await TestDaemon.start(directory: daemon.directory)
        defer { restarted.kill() }
        let client = try await restarted.connect()
        let replay = try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: Self.payment(keys[0], account: "C-0", minor: 7)))
        #expect(replay.replayed)
        await client.close()
    }
}
