import ACSClient
import ACSCore
import ACSTesting
import ACSWire
import Foundation
import GRDB
import Testing

/// A property of the ledger over random sequences on a real acsd (issue 18): sync, payment,
/// return and reversal, credit application by the cycle, settlements (offered, paid,
/// broken by a return, expired), write-offs by hand, and days passing. After every step,
/// for every account and currency, amounts charged = open + what unreversed payments
/// allocated + what standing write-offs wrote off, unreversed payments = their
/// allocations + their credit, the credit held is that credit, nothing is negative; and a
/// replay of the same sequence gives the same ledger.
@Suite("Ledger property")
struct LedgerPropertyTests {
    static let seeds: [UInt64] = [2, 3, 4, 5, 6, 7, 8]
    static let steps = 90

    @Test("charged = open + allocated, paid = allocated + credit, nothing negative, and a replay is the same ledger", arguments: seeds)
    func invariants(seed: UInt64) async throws {
        let first = try await Self.run(seed: seed)
        let replay = try await Self.run(seed: seed)
        #expect(first.ledger == replay.ledger, "seed \(seed): the same sequence gave another ledger")
        // The sequence did what it is for: credit paid something, and a payment came back.
        #expect(first.creditApplied > 0 && first.ledger.contains { $0.hasPrefix("p ") && ($0.hasSuffix("returned") || $0.hasSuffix("posting_error")) },
                "seed \(seed): \(first.creditApplied) credit applications")
        #expect(first.ledger.contains { $0.hasPrefix("w ") } && first.ledger.contains { $0.hasPrefix("s ") },
                "seed \(seed): the sequence wrote something off and offered a settlement")
    }

    /// Runs the sequence of `seed` on a fresh acsd, checking the invariants after each step;
    /// answers the ledger at the end.
    static func run(seed: UInt64) async throws -> (ledger: [String], creditApplied: Int) {
        let (daemon, client) = try await CollectionEngineRPCTests.start()
        defer { daemon.kill() }
        var random = SeededGenerator(seed: seed)
        let accounts = ["P1", "P2", "P3"]
        var versions = [String: UInt64]()
        var next = 0
        var payments: [String] = []
        var creditApplied = 0
        let database = try DatabaseQueue(path: daemon.stateDirectory + "/acs.db", configuration: { var c = Configuration(); c.readonly = true; return c }())
        for step in 0..<steps {
            let account = accounts.randomElement(using: &random)!
            switch Int.random(in: 0..<13, using: &random) {
            case 0..<3:  // the source bills one more obligation; what it sent before is sent as acsd holds it
                next += 1
                let currency = ["USD", "EUR"].randomElement(using: &random)!
                let amount = Int64.random(in: 1...100_000, using: &random)
                let held = versions[account] == nil ? [] : try await client.call(
                    Methods.Accounts.getAccount, V1.GetAccountRequest(account: V1.AccountRef(source: "billing", externalId: account)))
                    .account?.obligations.filter { $0.kind == .invoice } ?? []
                let due = LocalDate("2026-02-01")!.adding(days: Int.random(in: 0...40, using: &random)).description
                versions[account, default: 0] += 1
                var record = CollectionEngineRPCTests.record(account, zone: "America/New_York")
                record.sourceVersion = versions[account]!
                record.obligations = held.map { V1.ObligationRecord(externalId: $0.externalId, kind: .invoice, amount: $0.amount, openAmount: $0.openAmount, dueOn: $0.dueOn) }
                    + [V1.ObligationRecord(externalId: "O\(next)", kind: .invoice, amount: V1.Money(amountMinor: amount, currency: currency),
                                           openAmount: V1.Money(amountMinor: amount, currency: currency), dueOn: due)]
                let result = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [record])).results[0]
                #expect(result.outcome == .created || result.outcome == .updated, "step \(step): \(result)")
            case 3..<6:  // a payment, often more than is owed
                guard versions[account] != nil else { continue }
                let currency = ["USD", "EUR"].randomElement(using: &random)!
                let key = "K\(seed)-\(step)"
                let posted = try? await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: V1.NewPayment(
                    idempotencyKey: key, account: V1.AccountRef(source: "billing", externalId: account),
                    amount: V1.Money(amountMinor: Int64.random(in: 1...150_000, using: &random), currency: currency))))
                if let id = posted?.payment?.id { payments.append(id) }
            case 6:  // a payment comes back (its credit may have been applied since)
                // Often the newest: the one most likely to have paid a settlement.
                guard let id = Bool.random(using: &random) ? payments.last : payments.randomElement(using: &random) else { continue }
                _ = try? await client.call(Methods.Payments.reversePayment, V1.ReversePaymentRequest(
                    paymentId: id, reason: Bool.random(using: &random) ? .returned : .postingError))
            case 7, 8:  // a cycle: credit pays what fell open
                let count = { try await database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM allocation") ?? 0 } }
                let before = try await count()
                _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
                creditApplied += try await count() - before
            case 10:  // a settlement of 50–95% of a balance owed, paid (or not) by later payments
                guard versions[account] != nil else { continue }
                let owed = try await client.call(Methods.Accounts.getAccount, V1.GetAccountRequest(account: V1.AccountRef(source: "billing", externalId: account)))
                    .account?.balances.filter { ($0.outstanding?.amountMinor ?? 0) > 1 }.map(\.currency) ?? []
                guard let currency = owed.randomElement(using: &random) else { continue }
                _ = try? await client.call(Methods.Collections.offerSettlement, V1.OfferSettlementRequest(
                    account: V1.AccountRef(source: "billing", externalId: account), percentBp: UInt32.random(in: 5_000...9_500, using: &random),
                    currency: currency, expiresOn: "2026-06-30"))
            case 11:  // a write-off by hand: part of one obligation, or everything in a currency
                let currency = ["USD", "EUR"].randomElement(using: &random)!
                let obligation = Bool.random(using: &random) ? "O\(Int.random(in: 1...max(1, next), using: &random))" : ""
                _ = try? await client.call(Methods.Payments.writeOff, V1.WriteOffRequest(
                    account: V1.AccountRef(source: "billing", externalId: account), obligationExternalId: obligation,
                    currency: obligation.isEmpty ? currency : "", amountMinor: obligation.isEmpty ? 0 : Int64.random(in: 1...20_000, using: &random),
                    reason: .uncollectible, note: "property"))
            default:
                _ = try await client.call(Methods.System.advanceClock, V1.AdvanceClockRequest(seconds: 86_400))
            }
            try await database.read { db in try Self.check(db, step: step, seed: seed) }
        }
        return (try await database.read { db in try Self.ledger(db) }, creditApplied)
    }

    /// The invariants, per account and currency.
    static func check(_ db: Database, step: Int, seed: UInt64) throws {
        let charged = try Self.sums(db, "SELECT account_id, currency, sum(amount_minor) FROM obligation GROUP BY 1, 2")
        let open = try Self.sums(db, "SELECT account_id, currency, sum(open_minor) FROM obligation GROUP BY 1, 2")
        let allocated = try Self.sums(db, """
            SELECT o.account_id, o.currency, sum(a.amount_minor) FROM allocation a JOIN obligation o ON o.id = a.obligation_id
            JOIN payment p ON p.id = a.payment_id WHERE p.reversal_reason IS NULL GROUP BY 1, 2
            """)
        let paid = try Self.sums(db, "SELECT account_id, currency, sum(amount_minor) FROM payment WHERE reversal_reason IS NULL GROUP BY 1, 2")
        let leftAsCredit = try Self.sums(db, "SELECT account_id, currency, sum(credit_minor) FROM payment WHERE reversal_reason IS NULL GROUP BY 1, 2")
        let held = try Self.sums(db, "SELECT account_id, currency, amount_minor FROM credit")
        let writtenOff = try Self.sums(db, "SELECT account_id, currency, sum(amount_minor) FROM write_off WHERE reversed_at IS NULL GROUP BY 1, 2")
        for key in Set(charged.keys).union(paid.keys).union(held.keys) {
            let where_ = "seed \(seed) step \(step) account \(key)"
            #expect(charged[key, default: 0] == open[key, default: 0] + allocated[key, default: 0] + writtenOff[key, default: 0],
                    "charged = open + allocated + written off: \(where_)")
            #expect(paid[key, default: 0] == allocated[key, default: 0] + leftAsCredit[key, default: 0], "paid = allocated + credit: \(where_)")
            #expect(held[key, default: 0] == leftAsCredit[key, default: 0], "credit held = payments' credit: \(where_)")
        }
        let negative = try Int.fetchOne(db, sql: """
            SELECT (SELECT count(*) FROM obligation WHERE open_minor < 0 OR open_minor > amount_minor)
                 + (SELECT count(*) FROM credit WHERE amount_minor < 0) + (SELECT count(*) FROM payment WHERE credit_minor < 0)
                 + (SELECT count(*) FROM write_off WHERE amount_minor <= 0)
                 + (SELECT count(*) FROM settlement WHERE status = 'paid' AND paid_minor < amount_minor)
            """) ?? 0
        #expect(negative == 0, "nothing negative, nothing open beyond its amount: seed \(seed) step \(step)")
    }

    static func sums(_ db: Database, _ sql: String) throws -> [String: Int64] {
        var sums: [String: Int64] = [:]
        for row in try Row.fetchAll(db, sql: sql) { sums["\(row[0] as Int64)/\(row[1] as String)"] = row[2] }
        return sums
    }

    /// The ledger as text: every obligation's open amount, every allocation, every payment and credit.
    static func ledger(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT 'o ' || account_id || ' ' || external_id || ' ' || open_minor FROM obligation
            UNION ALL SELECT 'a ' || payment_id || ' ' || obligation_id || ' ' || amount_minor FROM allocation
            UNION ALL SELECT 'p ' || id || ' ' || amount_minor || ' ' || credit_minor || ' ' || coalesce(reversal_reason, '') FROM payment
            UNION ALL SELECT 'c ' || account_id || ' ' || currency || ' ' || amount_minor FROM credit
            UNION ALL SELECT 'w ' || id || ' ' || obligation_id || ' ' || amount_minor || ' ' || reason || ' ' || (reversed_at IS NULL) FROM write_off
            UNION ALL SELECT 's ' || id || ' ' || account_id || ' ' || amount_minor || ' ' || balance_minor || ' ' || status FROM settlement
            ORDER BY 1
            """)
    }
}
