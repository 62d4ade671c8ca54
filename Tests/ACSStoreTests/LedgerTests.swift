import ACSCore
@testable import ACSStore
import ACSTesting
import Foundation
import GRDB
import Testing

/// The ledger on a real SQLite file.
@Suite("Ledger")
struct LedgerTests {
    private let now = ACSClock.parse("2026-03-15T12:00:00Z")!
    private let actor = ChangeActor(caller: CallerIdentity(uid: 1000, gid: 1000, pid: 42), at: ACSClock.parse("2026-03-15T12:00:00Z")!)

    private func ledger() throws -> (Ledger, ACSDatabase) {
        let database = try ACSDatabase.open(stateDirectory: TestDaemon.makeScratchDirectory().path)
        return (Ledger(database: database), database)
    }

    private func usd(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: "USD") }

    /// Records a payment in its own ledger transaction (what the daemon's posting sets off is not the store's).
    private func post(_ ledger: Ledger, _ payment: NewPaymentRecord, by actor: ChangeActor) async throws -> PostingResult {
        let prepared = try PaymentStore.prepare(payment)
        return try await ledger.write { try $0.payments.record(prepared, by: actor) }
    }

    /// Inserts a hold in its own ledger transaction.
    private func setHold(_ ledger: Ledger, _ kind: HoldKind, on lookup: AccountLookup, obligationExternalID: String = "",
                         by actor: ChangeActor) async throws -> (hold: HoldView, accountID: Int64, created: Bool) {
        try await ledger.write { try $0.accounts.insertHold(kind, on: lookup, obligationExternalID: obligationExternalID, by: actor) }
    }

    private func snapshot(_ id: String = "A-1", version: UInt64 = 1, name: String = "Ada Lovelace",
                          obligations: [ObligationSnapshot]? = nil) -> AccountSnapshot {
        AccountSnapshot(
            source: "billing", externalID: id, sourceVersion: version, name: name,
            contacts: ContactPoints(emails: ["ada@example.com"], phones: [PhoneContact(number: "+12125550100", smsConsent: true)]),
            timeZone: "America/New_York", locale: "en_US", segment: "retail",
            obligations: obligations ?? [
                ObligationSnapshot(externalID: "INV-1", amount: usd(10_000), openAmount: usd(10_000), dueOn: LocalDate("2026-01-31")!),
                ObligationSnapshot(externalID: "INV-2", amount: usd(5_000), openAmount: usd(5_000), dueOn: LocalDate("2026-02-28")!),
            ])
    }

    @Test("sync answers created, unchanged, updated, stale and rejected; replay changes nothing")
    func syncOutcomes() async throws {
        let (ledger, _) = try ledger()
        let first = try await ledger.accounts.sync([snapshot(), snapshot("A-2")], at: now)
        #expect(first.map(\.kind) == [.created, .created])
        let replay = try await ledger.accounts.sync([snapshot(), snapshot("A-2")], at: now)
        #expect(replay.map(\.kind) == [.unchanged, .unchanged])
        let second = try await ledger.accounts.sync([
            snapshot(version: 2, name: "Ada King"), snapshot("A-2", version: 0), snapshot("A-3", version: 1, name: ""),
            snapshot("A-2", version: 1, name: "Someone Else"),
        ], at: now)
        #expect(second.map(\.kind) == [.updated, .rejected, .rejected, .rejected])
        #expect(second[1].violations.map(\.field) == ["source_version"])
        #expect(second[2].violations.map(\.field) == ["name"])
        #expect(second[3].violations.map(\.field) == ["source_version"])
        let stale = try await ledger.accounts.sync([snapshot(version: 1)], at: now)
        #expect(stale.first?.kind == .stale)
        #expect(stale.first?.storedVersion == 2)
        #expect(try await ledger.accounts.account(.external(source: "billing", externalID: "A-1"), at: now).snapshot.name == "Ada King")
    }

    @Test("records the database itself refuses are rejected alone, however many; the others are applied once",
          arguments: [1, 2, 5])
    func databaseRefusals(refusals: Int) async throws {
        let (ledger, database) = try ledger()
        // Validation cannot foresee this refusal: only the database knows.
        try await database.writer.write { db in
            try db.execute(sql: """
                CREATE TEMP TRIGGER refuse BEFORE INSERT ON account WHEN NEW.external_id LIKE 'REFUSED-%'
                BEGIN SELECT RAISE(ABORT, 'refused for the test'); END
                """)
        }
        var batch = (0..<8).map { snapshot("OK-\($0)") }
        for index in 0..<refusals { batch.insert(snapshot("REFUSED-\(index)"), at: 1 + 2 * index) }
        let outcomes = try await ledger.accounts.sync(batch, at: now)
        for (record, outcome) in zip(batch, outcomes) {
            if record.externalID.hasPrefix("REFUSED") {
                #expect(outcome.kind == .rejected)
                #expect(outcome.violations.first?.description.contains("refused for the test") == true)
            } else {
                #expect(outcome.kind == .created, "\(record.externalID)")
            }
        }
        let stored = try await database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT external_id, (SELECT count(*) FROM obligation o WHERE o.account_id = a.id) FROM account a ORDER BY id")
        }
        #expect(stored.map { $0[0] as String } == (0..<8).map { "OK-\($0)" }, "each good record once, no refused one")
        #expect(stored.allSatisfy { ($0[1] as Int) == 2 })
    }

    @Test("a cycle batch: accounts whose writes the database refuses are postponed alone, however many; the others are written once",
          arguments: [1, 2, 5])
    func cycleRefusals(refusals: Int) async throws {
        let (ledger, database) = try ledger()
        let names = (0..<8).map { "OK-\($0)" } + (0..<refusals).map { "REFUSED-\($0)" }
        _ = try await ledger.accounts.sync(names.map { snapshot($0) }, at: now)
        try await database.writer.write { db in
            try db.execute(sql: "UPDATE account SET next_action_at = 0")
            try db.execute(sql: """
                CREATE TEMP TRIGGER refuse BEFORE UPDATE OF policy_id ON account WHEN NEW.external_id LIKE 'REFUSED-%'
                BEGIN SELECT RAISE(ABORT, 'refused for the test'); END
                """)
        }
        let later = now.addingTimeInterval(86_400)
        let batch = try await ledger.reminders.collectDue(at: now, limit: 100, reading: CycleReading()) { candidates in
            candidates.map { _ in CollectionPlan(drafts: [], nextActionAt: later, policyID: "tested", cured: false) }
        }
        #expect(batch.evaluated == 8)
        #expect(batch.failures.count == refusals)
        #expect(batch.failures.allSatisfy { $0.message.contains("refused for the test") })
        let stored = try await database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT external_id, policy_id, next_action_at FROM account ORDER BY external_id")
        }
        for row in stored {
            let name: String = row[0]
            if name.hasPrefix("REFUSED") {
                #expect(row[1] as String == "", "\(name) keeps no write of its own")
                #expect(row[2] as Int64 == Int64(now.timeIntervalSince1970) + 3_600, "\(name) is tried again in an hour")
            } else {
                #expect(row[1] as String == "tested", "\(name)")
                #expect(row[2] as Int64 == Int64(later.timeIntervalSince1970), "\(name)")
            }
        }
    }

    @Test("the engine's view of an account reads each table that may hold its rows")
    func batchReadsLikeOne() async throws {
        let (ledger, database) = try ledger()
        let names = (0..<10).map { "B-\($0)" }
        _ = try await ledger.accounts.sync(names.map { snapshot($0) }, at: now)
        let clock = Int64(now.timeIntervalSince1970)
        // One table each, by account: B-0 consent_override … B-8 payment_plan; B-9 has nothing.
        try await database.writer.write { db in
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM account ORDER BY external_id")
            try db.execute(sql: "INSERT INTO consent_override VALUES (?, '+12125550100', 'sms', 0, 'test', 'revoked', '2026-03-01', 0)", arguments: [ids[0]])
            for (kind, obligation) in [("dispute", "INV-1"), ("cease", "")] {
                try db.execute(sql: "INSERT INTO hold (account_id, kind, obligation_external_id, reason, set_at, set_by_uid, set_by_pid) VALUES (?, ?, ?, 'test', '2026-03-01', 0, 0)",
                               arguments: [ids[1], kind, obligation])
            }
            try db.execute(sql: "INSERT INTO channel_preference VALUES (?, 'sms', 1, 'test', 'stop', '2026-03-01', 0, 0)", arguments: [ids[2]])
            try db.execute(sql: "INSERT INTO reminder (account_id, channel, status, action_key) VALUES (?, 'voice', 'delivered', 'called')", arguments: [ids[3]])
            try db.execute(sql: "INSERT INTO contact_attempt (account_id, reminder_id, channel, at, outcome) VALUES (?, ?, 'voice', ?, 'conversation')",
                           arguments: [ids[3], db.lastInsertedRowID, clock - 86_400])
            try db.execute(sql: "INSERT INTO task (account_id, queue, status, action_key, stage, reason, due_on, created_at) VALUES (?, 'q', 'open', 'task-key', 's', 'r', '2026-03-20', ?)",
                           arguments: [ids[4], clock])
            try db.execute(sql: """
                INSERT INTO placement (account_id, agency, status, automatic, action_key, stage, co_collect, reason, placed_at, placed_by_uid, placed_balances)
                VALUES (?, 'northwind', 'active', 1, 'place-key', 's', 1, 'r', ?, 0, 'USD:15000')
                """, arguments: [ids[5], clock])
            try db.execute(sql: "INSERT INTO charge (account_id, base_external_id, action_key, charged_at) VALUES (?, 'INV-1', 'fee-key', ?)", arguments: [ids[6], clock])
            try db.execute(sql: """
                INSERT INTO promise (account_id, currency, amount_minor, promised_on, grace_days, status, source, note, recorded_at, recorded_by_uid)
                VALUES (?, 'USD', 5000, '2026-04-01', 2, 'pending', 'phone', '', ?, 0)
                """, arguments: [ids[7], clock])
            try db.execute(sql: "INSERT INTO payment_plan (account_id, currency, total_minor, status, grace_days, note, created_at, created_by_uid) VALUES (?, 'USD', 15000, 'active', 3, '', ?, 0)",
                           arguments: [ids[8], clock])
            try db.execute(sql: "INSERT INTO instalment VALUES (?, 1, 7500, '2026-04-01'), (?, 2, 7500, '2026-05-01')", arguments: [db.lastInsertedRowID, db.lastInsertedRowID])
        }
        try await database.writer.write { db in
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM account ORDER BY external_id")
            // What each account's own row changes is read.
            let alone = try ids.map { try ReminderStore.candidate(accountID: $0, at: now, in: db) }
            #expect(alone[0].contactState.contacts.phones.first?.smsConsent == false)
            #expect(alone[1].contactState.activeHolds == [.cease] && alone[1].obligations.first { $0.externalID == "INV-1" }?.disputed == true)
            #expect(alone[2].contactState.optedOut == [.sms])
            #expect(alone[3].contactState.history.count == 1)
            #expect(alone[4].done.contains("task-key") && alone[5].done.contains("place-key") && alone[6].done.contains("fee-key"))
            #expect(alone[5].placementCoCollect == true && alone[7].pendingPromise != nil && alone[8].activePlan != nil)
            #expect(alone[9].done.isEmpty && alone[9].pendingPromise == nil && alone[9].activePlan == nil)
        }
    }

    @Test("one bad record is rejected with every field named; the others are applied")
    func perRecordRejection() async throws {
        let (ledger, _) = try ledger()
        var bad = snapshot("BAD")
        bad.timeZone = "Mars/Olympus"
        bad.obligations[0].amount.currency = "XXQ"
        bad.obligations[1].openAmount = usd(9_999_999)
        bad.contacts.emails = ["not-an-email"]
        let outcomes = try await ledger.accounts.sync([snapshot("OK-1"), bad, snapshot("OK-2")], at: now)
        #expect(outcomes.map(\.kind) == [.created, .rejected, .created])
        #expect(Set(outcomes[1].violations.map(\.field)) == [
            "time_zone", "obligations[0].amount.currency", "obligations[0].open_amount.currency",
            "obligations[1].open_amount.amount_minor", "emails[0]",
        ])
        await #expect { try await ledger.accounts.account(.external(source: "billing", externalID: "BAD"), at: now) } throws: {
            ($0 as? ACSError)?.code == .notFound
        }
    }

    @Test("balances and days past due are counted in the account's time zone")
    func daysPastDue() async throws {
        let (ledger, _) = try ledger()
        _ = try await ledger.accounts.sync([snapshot()], at: now)
        // 2026-03-01 03:00 UTC is still 2026-02-28 in New York: INV-2 is due that day, not yet past due.
        let early = try await ledger.accounts.account(.external(source: "billing", externalID: "A-1"), at: ACSClock.parse("2026-03-01T03:00:00Z")!)
        #expect(early.daysPastDue == 28)
        #expect(early.balances.first?.overdue == 10_000)
        #expect(early.balances.first?.outstanding == 15_000)
        let later = try await ledger.accounts.account(.external(source: "billing", externalID: "A-1"), at: ACSClock.parse("2026-03-01T06:00:00Z")!)
        #expect(later.balances.first?.overdue == 15_000)
    }

    @Test("a posting's balances list a currency whose obligations are all paid, as the account's own do")
    func balancesOfPaidCurrency() async throws {
        let (ledger, _) = try ledger()
        _ = try await ledger.accounts.sync([snapshot()], at: now)
        let paid = try await post(ledger, NewPaymentRecord(idempotencyKey: "u1", account: .external(source: "billing", externalID: "A-1"), amount: usd(15_000)), by: actor)
        #expect(paid.balances == [BalanceView(currency: "USD", outstanding: 0, overdue: 0, credit: 0)])
        let euros = try await post(ledger, NewPaymentRecord(idempotencyKey: "e1", account: .id(paid.payment.accountID),
                                                            amount: Money(minorUnits: 500, currency: "EUR")), by: actor)
        #expect(euros.balances == [BalanceView(currency: "EUR", outstanding: 0, overdue: 0, credit: 500),
                                   BalanceView(currency: "USD", outstanding: 0, overdue: 0, credit: 0)])
        #expect(try await ledger.accounts.account(.id(paid.payment.accountID), at: now).balances == euros.balances)
    }

    @Test("a payment pays the oldest obligation first; the rest becomes credit")
    func allocation() async throws {
        let (ledger, _) = try ledger()
        _ = try await ledger.accounts.sync([snapshot()], at: now)
        let partial = try await post(ledger, NewPaymentRecord(idempotencyKey: "p1", account: .external(source: "billing", externalID: "A-1"), amount: usd(12_000)), by: actor)
        #expect(partial.payment.allocations.map(\.obligationExternalID) == ["INV-1", "INV-2"])
        #expect(partial.payment.allocations.map(\.amount.minorUnits) == [10_000, 2_000])
        #expect(partial.balances == [BalanceView(currency: "USD", outstanding: 3_000, overdue: 3_000, credit: 0)])
        let over = try await post(ledger, NewPaymentRecord(idempotencyKey: "p2", account: .id(partial.payment.accountID), amount: usd(4_000)), by: actor)
        #expect(over.payment.credit.minorUnits == 1_000)
        #expect(over.balances == [BalanceView(currency: "USD", outstanding: 0, overdue: 0, credit: 1_000)])
        let account = try await ledger.accounts.account(.id(partial.payment.accountID), at: now)
        #expect(account.oldestUnpaidDueOn == nil)
        #expect(account.daysPastDue == 0)
        #expect(account.recentPayments.map(\.idempotencyKey) == ["p2", "p1"])
    }

    @Test("payments stay within their currency")
    func currencies() async throws {
        let (ledger, _) = try ledger()
        _ = try await ledger.accounts.sync([snapshot(obligations: [
            ObligationSnapshot(externalID: "EUR-1", amount: Money(minorUnits: 5_000, currency: "EUR"),
                               openAmount: Money(minorUnits: 5_000, currency: "EUR"), dueOn: LocalDate("2025-12-31")!),
            ObligationSnapshot(externalID: "JPY-1", amount: Money(minorUnits: 3_000, currency: "JPY"),
                               openAmount: Money(minorUnits: 3_000, currency: "JPY"), dueOn: LocalDate("2026-01-31")!),
        ])], at: now)
        let result = try await post(ledger, NewPaymentRecord(idempotencyKey: "jpy", account: .external(source: "billing", externalID: "A-1"),
                                                            amount: Money(minorUnits: 1_000, currency: "JPY")), by: actor)
        #expect(result.payment.allocations.map(\.obligationExternalID) == ["JPY-1"])
        #expect(result.balances.map(\.currency) == ["EUR", "JPY"])
        #expect(result.balances.map(\.outstanding) == [5_000, 2_000])
    }

    @Test("the same key replays; the same key with other content is ABORTED; nothing posts twice")
    func idempotency() async throws {
        let (ledger, database) = try ledger()
        _ = try await ledger.accounts.sync([snapshot()], at: now)
        let request = NewPaymentRecord(idempotencyKey: "k", account: .external(source: "billing", externalID: "A-1"), amount: usd(1_000), note: "first")
        let first = try await post(ledger, request, by: actor)
        var again = request
        again.note = "notes do not count"
        let replay = try await post(ledger, again, by: actor)
        #expect(!first.replayed && replay.replayed)
        #expect(replay.payment == first.payment)
        var other = request
        other.amount = usd(1_001)
        await #expect { try await post(ledger, other, by: actor) } throws: { ($0 as? ACSError)?.code == .aborted }
        let count = try await database.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM payment") }
        #expect(count == 1)
    }

    @Test("the same key with content equal to Swift but not byte for byte (combining marks in another order) is ABORTED, not a replay")
    func idempotencyByBytes() async throws {
        let (ledger, database) = try ledger()
        _ = try await ledger.accounts.sync([snapshot()], at: now)
        let (first, second) = ("ref-a\u{323}\u{301}", "ref-a\u{301}\u{323}")
        #expect(first == second && first.utf8.count == second.utf8.count && Array(first.utf8) != Array(second.utf8))
        var request = NewPaymentRecord(idempotencyKey: "k", account: .external(source: "billing", externalID: "A-1"), amount: usd(1_000))
        request.reference = first
        _ = try await post(ledger, request, by: actor)
        request.reference = second
        await #expect { try await post(ledger, request, by: actor) } throws: { ($0 as? ACSError)?.code == .aborted }
        let stored = try await database.writer.read { try String.fetchOne($0, sql: "SELECT reference FROM payment") }
        #expect(stored.map { Array($0.utf8) } == Array(first.utf8))
    }

    @Test("bad payments are refused naming the field, and store nothing", arguments: [
        ("", Money(minorUnits: 100, currency: "USD"), "idempotency_key"),
        ("k", Money(minorUnits: 0, currency: "USD"), "amount.amount_minor"),
        ("k", Money(minorUnits: -5, currency: "USD"), "amount.amount_minor"),
        ("k", Money(minorUnits: 5, currency: "ZZZ"), "amount.currency"),
        ("k\u{7}", Money(minorUnits: 5, currency: "USD"), "idempotency_key"),
    ])
    func refused(key: String, amount: Money, field: String) async throws {
        let (ledger, _) = try ledger()
        _ = try await ledger.accounts.sync([snapshot()], at: now)
        await #expect {
            try await post(ledger, NewPaymentRecord(idempotencyKey: key, account: .external(source: "billing", externalID: "A-1"), amount: amount), by: actor)
        } throws: { ($0 as? ACSError)?.violations.first?.field == field }
        await #expect {
            try await post(ledger, NewPaymentRecord(idempotencyKey: "k2", account: .external(source: "billing", externalID: "nobody"), amount: usd(1)), by: actor)
        } throws: { ($0 as? ACSError)?.code == .notFound }
    }

    @Test("a reversal reopens exactly what the payment paid, and is idempotent")
    func reversal() async throws {
        let (ledger, _) = try ledger()
        _ = try await ledger.accounts.sync([snapshot()], at: now)
        let posted = try await post(ledger, NewPaymentRecord(idempotencyKey: "r", account: .external(source: "billing", externalID: "A-1"), amount: usd(16_000)), by: actor)
        #expect(posted.balances.first?.credit == 1_000)
        let reversed = try await ledger.payments.reverse(paymentID: posted.payment.id, reason: .chargeback, note: "bank says no", by: actor)
        #expect(!reversed.replayed)
        #expect(reversed.reopened.map(\.amount.minorUnits) == [10_000, 5_000])
        #expect(reversed.balances == [BalanceView(currency: "USD", outstanding: 15_000, overdue: 15_000, credit: 0)])
        #expect(reversed.payment.reversalReason == .chargeback)
        let again = try await ledger.payments.reverse(paymentID: posted.payment.id, reason: .chargeback, note: "", by: actor)
        #expect(again.replayed)
        #expect(again.balances == reversed.balances)
        let account = try await ledger.accounts.account(.id(posted.payment.accountID), at: now)
        #expect(account.obligations.map(\.openAmount.minorUnits) == [10_000, 5_000])
        #expect(account.oldestUnpaidDueOn == LocalDate("2026-01-31"))
    }

    @Test("a sync never reopens what a payment posted here paid; the source may lower what is open; a reversal reopens")
    func syncKeepsPayments() async throws {
        let (ledger, database) = try ledger()
        _ = try await ledger.accounts.sync([snapshot()], at: now)
        let posted = try await post(ledger, NewPaymentRecord(idempotencyKey: "p1", account: .external(source: "billing", externalID: "A-1"), amount: usd(4_000)), by: actor)
        func open() async throws -> [Int64] {
            try await ledger.accounts.account(.id(posted.payment.accountID), at: now).obligations.map(\.openAmount.minorUnits)
        }
        #expect(try await open() == [6_000, 5_000])
        // The source has not seen the payment: it sends INV-1 fully open again.
        _ = try await ledger.accounts.sync([snapshot(version: 2)], at: now)
        #expect(try await open() == [6_000, 5_000], "the payment posted here still counts")
        // It has, and took a credit note of 1,000 too: lower, as it says.
        let lowered = [ObligationSnapshot(externalID: "INV-1", amount: usd(10_000), openAmount: usd(5_000), dueOn: LocalDate("2026-01-31")!),
                       ObligationSnapshot(externalID: "INV-2", amount: usd(5_000), openAmount: usd(5_000), dueOn: LocalDate("2026-02-28")!)]
        _ = try await ledger.accounts.sync([snapshot(version: 3, obligations: lowered)], at: now)
        #expect(try await open() == [5_000, 5_000])
        _ = try await ledger.payments.reverse(paymentID: posted.payment.id, reason: .returned, note: "R01", by: actor)
        #expect(try await open() == [9_000, 5_000], "the reversal reopens what the payment paid")
        _ = try await ledger.accounts.sync([snapshot(version: 4)], at: now)
        #expect(try await open() == [10_000, 5_000], "reversed, the payment no longer counts")
        // A write-off made here counts as a payment does.
        _ = try await database.writer.write { db in
            let id = try Int64.fetchOne(db, sql: "SELECT id FROM obligation WHERE external_id = 'INV-2'")!
            return try SettlementStore.writeOff(obligationID: id, amount: 2_000, reason: .uncollectible, note: "", uid: 0, at: now, in: db)
        }
        _ = try await ledger.accounts.sync([snapshot(version: 5)], at: now)
        #expect(try await open() == [10_000, 3_000])
        // The source moves INV-1 to another currency after a payment in USD: only what was paid in EUR would count.
        _ = try await post(ledger, NewPaymentRecord(idempotencyKey: "p2", account: .external(source: "billing", externalID: "A-1"), amount: usd(3_000)), by: actor)
        #expect(try await open() == [7_000, 3_000])
        let euro = [ObligationSnapshot(externalID: "INV-1", amount: Money(minorUnits: 10_000, currency: "EUR"), openAmount: Money(minorUnits: 10_000, currency: "EUR"),
                                       dueOn: LocalDate("2026-01-31")!),
                    ObligationSnapshot(externalID: "INV-2", amount: usd(5_000), openAmount: usd(5_000), dueOn: LocalDate("2026-02-28")!)]
        for version in [UInt64(6), 7] {
            _ = try await ledger.accounts.sync([snapshot(version: version, obligations: euro)], at: now)
            #expect(try await open() == [10_000, 3_000], "sync \(version): USD paid is no EUR paid")
        }
    }

    @Test("what a payment settled counts for its own obligation only, byte for byte: an id that is canonically equal (NFC, NFD) is another obligation here")
    func syncSettledByBytes() async throws {
        let (ledger, _) = try ledger()
        let (composed, decomposed) = ("INV-\u{E9}", "INV-e\u{301}")
        #expect(composed == decomposed && Array(composed.utf8) != Array(decomposed.utf8), "Swift equates them; SQLite, which keys the rows, does not")
        func invoice(_ id: String) -> ObligationSnapshot {
            ObligationSnapshot(externalID: id, amount: usd(10_000), openAmount: usd(10_000), dueOn: LocalDate("2026-01-31")!)
        }
        _ = try await ledger.accounts.sync([snapshot(obligations: [invoice(composed)])], at: now)
        let posted = try await post(ledger, NewPaymentRecord(idempotencyKey: "p1", account: .external(source: "billing", externalID: "A-1"), amount: usd(4_000)), by: actor)
        // The source sends the id decomposed, twice: SQLite stores a second obligation, which no payment here touched,
        // then updates it.
        _ = try await ledger.accounts.sync([snapshot(version: 2, obligations: [invoice(decomposed)])], at: now)
        _ = try await ledger.accounts.sync([snapshot(version: 3, name: "Ada King", obligations: [invoice(decomposed)])], at: now)
        let obligations = try await ledger.accounts.account(.id(posted.payment.accountID), at: now).obligations
        let open = Dictionary(obligations.map { (Array($0.externalID.utf8), $0.openAmount.minorUnits) }, uniquingKeysWith: { $1 })
        #expect(open[Array(decomposed.utf8)] == 10_000, "the 4,000 paid the other row: \(obligations)")
    }

    @Test("an obligation id twice in one account is refused; its NFC and NFD forms are two ids, as SQLite keys them, and both are stored")
    func syncRepeatedIDsByBytes() async throws {
        let (ledger, _) = try ledger()
        func invoice(_ id: String) -> ObligationSnapshot {
            ObligationSnapshot(externalID: id, amount: usd(10_000), openAmount: usd(10_000), dueOn: LocalDate("2026-01-31")!)
        }
        let twice = try await ledger.accounts.sync([snapshot(obligations: [invoice("INV-1"), invoice("INV-1")])], at: now)
        #expect(twice.map(\.kind) == [.rejected] && twice.first?.violations.map(\.field) == ["obligations[1].external_id"])
        let forms = try await ledger.accounts.sync([snapshot(obligations: [invoice("INV-\u{E9}"), invoice("INV-e\u{301}")])], at: now)
        #expect(forms.map(\.kind) == [.created], "\(forms)")
        let stored = try await ledger.accounts.account(.external(source: "billing", externalID: "A-1"), at: now).obligations
        #expect(Set(stored.map { Array($0.externalID.utf8) }).count == 2)
    }

    @Test("the same version with content equal to Swift but not byte for byte (combining marks in another order) is rejected, not unchanged")
    func syncSameVersionByBytes() async throws {
        let (ledger, _) = try ledger()
        func invoice(_ id: String) -> ObligationSnapshot {
            ObligationSnapshot(externalID: id, amount: usd(10_000), openAmount: usd(10_000), dueOn: LocalDate("2026-01-31")!)
        }
        _ = try await ledger.accounts.sync([snapshot(obligations: [invoice("INV-a\u{323}\u{301}")])], at: now)
        let again = try await ledger.accounts.sync([snapshot(obligations: [invoice("INV-a\u{301}\u{323}")])], at: now)
        #expect(again.map(\.kind) == [.rejected] && again.first?.violations.map(\.field) == ["source_version"])
    }

    @Test("allocations to one obligation summing past Int64 (an older acsd let re-syncs pile them up) do not fail a sync")
    func syncAllocationsPastInt64() async throws {
        let (ledger, database) = try ledger()
        _ = try await ledger.accounts.sync([snapshot(), snapshot("A-2")], at: now)
        // 9,300 payments of 10^15 allocated to A-1's INV-1, as an older acsd's re-syncs that reopened it allowed.
        try await database.writer.write { db in
            let obligation = try Int64.fetchOne(db, sql: "SELECT id FROM obligation WHERE external_id = 'INV-1' AND account_id = 1")!
            for n in 0..<9_300 {
                try db.execute(sql: """
                    INSERT INTO payment (idempotency_key, request_hash, account_id, currency, amount_minor, credit_minor, received_at, method,
                                         reference, note, posted_at, posted_by_uid, posted_by_gid, posted_by_pid, agency, commission_bp)
                    VALUES (?, '', 1, 'USD', ?, 0, '2026-03-01T00:00:00Z', '', '', '', '2026-03-01T00:00:00Z', 0, 0, 0, '', 0)
                    """, arguments: ["old-\(n)", Money.maxMinorUnits])
                try db.execute(sql: "INSERT INTO allocation (payment_id, obligation_id, amount_minor) VALUES (?, ?, ?)",
                               arguments: [db.lastInsertedRowID, obligation, Money.maxMinorUnits])
            }
        }
        let outcomes = try await ledger.accounts.sync([snapshot(version: 2), snapshot("A-2", version: 2)], at: now)
        #expect(outcomes.map(\.kind) == [.updated, .updated], "\(outcomes)")
        let open = try await ledger.accounts.account(.external(source: "billing", externalID: "A-1"), at: now).obligations.map(\.openAmount.minorUnits)
        #expect(open == [0, 5_000])
    }

    @Test("concurrent posts are all committed exactly once, and balances equal their allocations")
    func concurrentPosts() async throws {
        let (ledger, database) = try ledger()
        _ = try await ledger.accounts.sync((0..<20).map { snapshot("A-\($0)") }, at: now)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<400 {
                group.addTask {
                    _ = try await post(ledger, NewPaymentRecord(idempotencyKey: "c\(index)", account: .external(source: "billing", externalID: "A-\(index % 20)"),
                                                               amount: usd(100)), by: actor)
                }
            }
            try await group.waitForAll()
        }
        let (payments, allocated, open) = try await database.writer.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM payment")!,
             try Int64.fetchOne(db, sql: "SELECT sum(amount_minor) FROM allocation")!,
             try Int64.fetchOne(db, sql: "SELECT sum(open_minor) FROM obligation")!)
        }
        #expect(payments == 400)
        #expect(allocated == 40_000)
        #expect(open == 20 * 15_000 - 40_000)
    }

    @Test("holds are set once, listed, and cleared with who and why")
    func holds() async throws {
        let (ledger, _) = try ledger()
        _ = try await ledger.accounts.sync([snapshot(), snapshot("A-2")], at: now)
        let lookup = AccountLookup.external(source: "billing", externalID: "A-1")
        let set = try await setHold(ledger, .dispute, on: lookup, obligationExternalID: "INV-1", by: ChangeActor(caller: actor.caller, at: now, reason: "says paid"))
        #expect(set.created)
        #expect(try await !setHold(ledger, .dispute, on: lookup, obligationExternalID: "INV-1", by: actor).created)
        var filter = AccountFilter()
        filter.hold = .dispute
        #expect(try await ledger.accounts.list(filter, limit: 10, at: now).map(\.snapshot.externalID) == ["A-1"])
        let cleared = try await ledger.accounts.clearHold(id: set.hold.id, on: lookup, by: ChangeActor(caller: actor.caller, at: now, reason: "verified"))
        #expect(cleared.clearedBy?.reason == "verified")
        #expect(try await ledger.accounts.list(filter, limit: 10, at: now).isEmpty)
        await #expect { try await ledger.accounts.clearHold(id: set.hold.id, on: lookup, by: actor) } throws: { ($0 as? ACSError)?.code == .notFound }
    }

    @Test("closed sets are read back as enums: a stored word outside the set is DATA_LOSS, never a guess", arguments: [
        ("hold", "kind", "cease_contact"), ("placement", "status", "archived"), ("placement", "recall_reason", "agency_request"),
        ("promise", "status", "paused"), ("task", "status", "waiting"), ("task", "outcome", "maybe"),
    ])
    func unknownStoredWords(table: String, column: String, word: String) async throws {
        let (ledger, database) = try ledger()
        _ = try await ledger.accounts.sync([snapshot()], at: now)
        let lookup = AccountLookup.external(source: "billing", externalID: "A-1")
        let reasoned = ChangeActor(caller: actor.caller, at: now, reason: "for the test")
        _ = try await ledger.escalations.placeAccount(lookup, agency: "northwind", coCollect: false, by: reasoned)
        _ = try await ledger.write {
            try $0.escalations.insertPromise(lookup, amount: usd(1_000), promisedOn: LocalDate("2026-03-20")!, graceDays: 3,
                                             source: "collector", note: "", by: reasoned)
        }
        try await database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO task (account_id, queue, status, action_key, stage, reason, due_on, created_at)
                VALUES ((SELECT id FROM account), 'phone', 'open', 'k', 'late', 'call', '2026-03-15', 0)
                """)
        }
        _ = try await setHold(ledger, .cease, on: lookup, by: reasoned)
        // Every value as stored reads back.
        #expect(try await ledger.accounts.account(lookup, at: now).holds.first?.kind == .cease)
        #expect(try await ledger.escalations.placements(agency: "", account: lookup, status: .active, unexportedOnly: false, limit: 10, beforeID: nil).count == 1)
        #expect(try await ledger.escalations.promises(account: lookup, status: .pending, limit: 10, beforeID: nil).counts.pending == 1)
        #expect(try await ledger.escalations.tasks(queue: "", statuses: [], account: lookup, assignee: "", dueBy: nil, limit: 10, after: nil).map(\.status) == [.open])
        try await database.writer.write { db in try db.execute(sql: "UPDATE \(table) SET \(column) = ?", arguments: [word]) }
        await #expect {
            switch table {
            case "hold": _ = try await ledger.accounts.account(lookup, at: now)
            case "placement": _ = try await ledger.escalations.placements(agency: "", account: lookup, status: nil, unexportedOnly: false, limit: 10, beforeID: nil)
            case "task" where column == "status": _ = try await ledger.escalations.claimTask(id: 1, queue: "", assignee: "ada", by: actor)
            case "task": _ = try await ledger.escalations.tasks(queue: "", statuses: [], account: lookup, assignee: "", dueBy: nil, limit: 10, after: nil)
            default: _ = try await ledger.escalations.promises(account: lookup, status: nil, limit: 10, beforeID: nil)
            }
        } throws: { error in
            let error = error as? ACSError
            return error?.code == .dataLoss && error?.message.contains(word) == true
        }
    }

    @Test("list filters by segment and days past due, and pages by id")
    func list() async throws {
        let (ledger, _) = try ledger()
        var fresh = snapshot("FRESH")
        fresh.segment = "smb"
        fresh.obligations = [ObligationSnapshot(externalID: "X", amount: usd(1), openAmount: usd(1), dueOn: LocalDate("2026-03-10")!)]
        _ = try await ledger.accounts.sync([snapshot("A-1"), snapshot("A-2"), fresh], at: now)
        var filter = AccountFilter()
        filter.minDaysPastDue = 30
        #expect(try await ledger.accounts.list(filter, limit: 10, at: now).map(\.snapshot.externalID) == ["A-1", "A-2"])
        filter = AccountFilter()
        filter.segment = "smb"
        #expect(try await ledger.accounts.list(filter, limit: 10, at: now).map(\.snapshot.externalID) == ["FRESH"])
        let page = try await ledger.accounts.list(AccountFilter(), limit: 2, at: now)
        #expect(page.count == 2)
        let next = try await ledger.accounts.list(AccountFilter(), limit: 2, afterID: page.last!.id, at: now)
        #expect(next.map(\.snapshot.externalID) == ["FRESH"])
    }
}
