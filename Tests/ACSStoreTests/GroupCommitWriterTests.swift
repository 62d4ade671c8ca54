import ACSCore
@testable import ACSStore
import ACSTesting
import Foundation
import GRDB
import Testing

/// The group-commit writer on a real SQLite file: writes one at a time and in groups, a lock
/// held by another connection, and the writer's thread's end.
@Suite("Group-commit writer")
struct GroupCommitWriterTests {
    private let actor = ChangeActor(caller: CallerIdentity(uid: 1000, gid: 1000, pid: 42), at: ACSClock.parse("2026-03-15T12:00:00Z")!)

    private func account(_ ledger: Ledger) async throws {
        _ = try await ledger.accounts.sync([AccountSnapshot(
            source: "billing", externalID: "A-1", sourceVersion: 1, name: "Ada Lovelace", contacts: ContactPoints(),
            timeZone: "UTC", locale: "en_US", segment: "retail",
            obligations: [ObligationSnapshot(externalID: "INV-1", amount: Money(minorUnits: 10_000, currency: "USD"),
                                             openAmount: Money(minorUnits: 10_000, currency: "USD"), dueOn: LocalDate("2026-01-31")!)])],
                                           at: actor.at)
    }

    private func post(_ ledger: Ledger, key: String) async throws -> PostingResult {
        let prepared = try PaymentStore.prepare(NewPaymentRecord(
            idempotencyKey: key, account: .external(source: "billing", externalID: "A-1"), amount: Money(minorUnits: 100, currency: "USD")))
        return try await ledger.write { try $0.payments.record(prepared, by: actor) }
    }

    @Test("a write while another connection holds SQLite's write lock waits for it (never SQLITE_BUSY) and commits once")
    func lockHeldElsewhere() async throws {
        let database = try ACSDatabase.open(stateDirectory: TestDaemon.makeScratchDirectory().path)
        let ledger = Ledger(database: database)
        try await account(ledger)
        var unsafe = Configuration()
        unsafe.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: database.path, configuration: unsafe)
        try other.inDatabase { try $0.execute(sql: "BEGIN IMMEDIATE") }
        let waiting = Task { try await post(ledger, key: "while-locked") }
        try await Task.sleep(for: .milliseconds(300))
        try other.inDatabase { try $0.execute(sql: "ROLLBACK") }
        try other.close()
        #expect(try await waiting.value.replayed == false)
        #expect(try await post(ledger, key: "while-locked").replayed, "committed once: the same key replays")
        let count = try await database.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM payment") }
        #expect(count == 1)
    }

    @Test("writes one at a time and in groups, mixed, are each committed once, with its own error")
    func aloneAndGrouped() async throws {
        let database = try ACSDatabase.open(stateDirectory: TestDaemon.makeScratchDirectory().path)
        let ledger = Ledger(database: database)
        try await account(ledger)
        for round in 0..<5 {
            _ = try await post(ledger, key: "alone-\(round)")
            try await withThrowingTaskGroup(of: Bool.self) { group in
                for index in 0..<40 {
                    group.addTask {
                        // Every fifth names no account: refused alone, its neighbours in the group still commit.
                        guard index % 5 != 0 else {
                            let prepared = try PaymentStore.prepare(NewPaymentRecord(
                                idempotencyKey: "none-\(round)-\(index)", account: .external(source: "billing", externalID: "A-404"),
                                amount: Money(minorUnits: 100, currency: "USD")))
                            do { _ = try await ledger.write { try $0.payments.record(prepared, by: actor) } } catch { return (error as? ACSError)?.code == .notFound }
                            return false
                        }
                        return try await !post(ledger, key: "group-\(round)-\(index)").replayed
                    }
                }
                for try await ok in group { #expect(ok) }
            }
        }
        let count = try await database.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM payment") }
        #expect(count == 5 * (1 + 32))
    }

    @Test("the writer's thread ends with its ledger, and lets the database go")
    func threadEnds() async throws {
        weak var writer: GroupCommitWriter?
        weak var pool: DatabasePool?
        do {
            let database = try ACSDatabase.open(stateDirectory: TestDaemon.makeScratchDirectory().path)
            let ledger = Ledger(database: database)
            try await account(ledger)
            _ = try await post(ledger, key: "one")
            writer = ledger.writer
            pool = database.writer
        }
        #expect(writer == nil)
        // The thread holds the database until it has ended.
        try await waitUntil { pool == nil }
    }
}
