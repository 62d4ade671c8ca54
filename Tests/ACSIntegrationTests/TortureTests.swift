import ACSClient
import ACSCore
import ACSStore
import ACSTesting
import ACSWire
import Foundation
import GRDB
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Crash consistency: clients post payments, sync accounts and deliver reminders while
/// acsd is killed with SIGKILL at a random moment, round after round on one state
/// directory. After every kill: every acknowledged write is there exactly once, nothing
/// is half-applied, balances equal their allocations, and `integrity_check` passes.
/// `make test` runs 3 rounds; `make torture` runs ACS_TORTURE_ROUNDS (default 50).
@Suite("Torture: kill -9 under load")
struct TortureTests {
    static let rounds = Int(ProcessInfo.processInfo.environment["ACS_TORTURE_ROUNDS"] ?? "") ?? 3
    static let seed = UInt64(ProcessInfo.processInfo.environment["ACS_TORTURE_SEED"] ?? "") ?? UInt64.random(in: 1...UInt64.max)

    /// What clients were told succeeded.
    struct Acknowledged: Sendable {
        var payments: [String] = []
        var accounts: [String] = []
        var delivered: [String] = []
    }

    @Test("every acknowledged payment, account and delivery survives kill -9, exactly once; balances match; integrity_check ok")
    func torture() async throws {
        print("torture: \(Self.rounds) rounds, seed \(Self.seed) (replay with ACS_TORTURE_SEED=\(Self.seed))")
        var random = SeededGenerator(seed: Self.seed)
        let directory = try TestDaemon.makeScratchDirectory()
        let config = try TestPolicies.write(in: directory, policies: ["test.yaml": CollectionEngineRPCTests.policy])
        let acknowledged = Locked(Acknowledged())
        for round in 0..<Self.rounds {
            let daemon = try await TestDaemon.start(arguments: ["--config", config, "--simulated-clock", "2026-03-02T12:00:00Z"], directory: directory)
            let stop = Locked(false)
            let workers = [
                Task { await Self.sync(daemon, round: round, acknowledged, stop) },
                Task { await Self.post(daemon, round: round, acknowledged, stop) },
                Task { await Self.post(daemon, round: round + 1_000, acknowledged, stop) },
                Task { await Self.deliver(daemon, acknowledged, stop) },
            ]
            let before = acknowledged.withLock { $0.payments.count }
            try await waitUntil { acknowledged.withLock { $0.payments.count } >= before + 40 }
            try await Task.sleep(for: .milliseconds(Int.random(in: 0...250, using: &random)))
            daemon.signal(SIGKILL)
            stop.withLock { $0 = true }
            for worker in workers { await worker.value }
            _ = try await daemon.waitForExit()
            try await Self.verify(daemon.stateDirectory, acknowledged.withLock { $0 }, round: round)
        }
    }

    static func sync(_ daemon: TestDaemon, round: Int, _ acknowledged: Locked<Acknowledged>, _ stop: Locked<Bool>) async {
        guard let client = try? await daemon.connect() else { return }
        for batch in 0..<1_000 where !stop.withLock({ $0 }) {
            let ids = (0..<10).map { "T\(round)-\(batch)-\($0)" }
            let request = V1.SyncAccountsRequest(accounts: ids.map { CollectionEngineRPCTests.record($0, zone: "UTC") })
            guard let response = try? await client.call(Methods.Accounts.syncAccounts, request) else { return }
            acknowledged.withLock { $0.accounts += zip(ids, response.results).filter { $0.1.outcome == .created }.map(\.0) }
        }
    }

    static func post(_ daemon: TestDaemon, round: Int, _ acknowledged: Locked<Acknowledged>, _ stop: Locked<Bool>) async {
        guard let client = try? await daemon.connect() else { return }
        for index in 0..<100_000 where !stop.withLock({ $0 }) {
            let target = acknowledged.withLock { $0.accounts.isEmpty ? nil : $0.accounts[index % $0.accounts.count] }
            guard let target else { try? await Task.sleep(for: .milliseconds(5)); continue }
            let key = "p\(round)-\(index)"
            let payment = V1.NewPayment(idempotencyKey: key, account: V1.AccountRef(source: "billing", externalId: target),
                                        amount: V1.Money(amountMinor: 3, currency: "USD"))
            guard (try? await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: payment))) != nil else { return }
            acknowledged.withLock { $0.payments.append(key) }
        }
    }

    static func deliver(_ daemon: TestDaemon, _ acknowledged: Locked<Acknowledged>, _ stop: Locked<Bool>) async {
        guard let client = try? await daemon.connect() else { return }
        while !stop.withLock({ $0 }) {
            guard (try? await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())) != nil,
                  let claimed = try? await client.call(Methods.Reminders.claimReminders, V1.ClaimRemindersRequest(channel: .email, maxCount: 20)) else { return }
            for reminder in claimed.reminders {
                let request = V1.CompleteReminderRequest(id: reminder.id, leaseToken: reminder.leaseToken, outcome: .delivered)
                guard (try? await client.call(Methods.Reminders.completeReminder, request)) != nil else { return }
                acknowledged.withLock { $0.delivered.append(reminder.id) }
            }
        }
    }

    static func verify(_ stateDirectory: String, _ acknowledged: Acknowledged, round: Int) async throws {
        let database = try ACSDatabase.open(stateDirectory: stateDirectory)
        defer { try? database.close() }
        try await database.writer.read { db in
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok", "round \(round)")
            let keys = try String.fetchAll(db, sql: "SELECT idempotency_key FROM payment")
            #expect(Set(keys).count == keys.count)
            #expect(Set(acknowledged.payments).isSubset(of: Set(keys)), "round \(round): \(Set(acknowledged.payments).subtracting(keys).count) acknowledged payments missing")
            let accounts = Set(try String.fetchAll(db, sql: "SELECT external_id FROM account"))
            #expect(Set(acknowledged.accounts).isSubset(of: accounts), "round \(round): acknowledged accounts missing")
            let delivered = Set(try String.fetchAll(db, sql: "SELECT CAST(id AS TEXT) FROM reminder WHERE status = 'delivered'"))
            #expect(Set(acknowledged.delivered).isSubset(of: delivered), "round \(round): acknowledged deliveries missing")
            let unbalanced = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM obligation o
                WHERE o.amount_minor - o.open_minor != (SELECT coalesce(sum(amount_minor), 0) FROM allocation WHERE obligation_id = o.id)
                """)
            #expect(unbalanced == 0, "round \(round): obligations whose open amount does not match their allocations")
            let halfApplied = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM payment p
                WHERE p.amount_minor != p.credit_minor + (SELECT coalesce(sum(amount_minor), 0) FROM allocation WHERE payment_id = p.id)
                """)
            #expect(halfApplied == 0, "round \(round): payments not wholly allocated or credited")
        }
    }
}
