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

    @Test("`then` runs once per committed write, after its commit and before the write returns: alone on the writer's thread, in a group off it; never for a refused write")
    func thenAfterCommit() async throws {
        let database = try ACSDatabase.open(stateDirectory: TestDaemon.makeScratchDirectory().path)
        let ledger = Ledger(database: database)
        try await account(ledger)
        let observer = try DatabaseQueue(path: database.path)
        // Per key: the thread `then` ran on, and whether the payment was committed (seen by another connection) by then.
        let seen = Locked([String: (thread: String, committed: Bool)]())
        let write = { @Sendable (key: String, account: String) async throws -> Void in
            let prepared = try PaymentStore.prepare(NewPaymentRecord(
                idempotencyKey: key, account: .external(source: "billing", externalID: account), amount: Money(minorUnits: 100, currency: "USD")))
            _ = try await ledger.write({ try $0.payments.record(prepared, by: actor) }, then: { _ in
                let thread = (try? String(contentsOfFile: "/proc/thread-self/comm", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                let committed = (try? observer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM payment WHERE idempotency_key = ?", arguments: [key]) }) == 1
                seen.withLock { $0[key] = (thread, committed) }
            })
            let ran = seen.withLock { $0[key] != nil }
            #expect(ran, "\(key): `then` ran before the write returned")
        }
        try await write("alone", "A-1")
        let alone = seen.withLock { $0["alone"] }
        #expect(alone?.thread == "acs-writer" && alone?.committed == true, "\(String(describing: alone))")
        // A write holds the writer's thread until all 20 are queued behind it: they are one group.
        let hold = WriterHold()
        let holding = Task { try await ledger.write { _ in hold.block() } }
        try await waitUntil { hold.began }
        let writes = Task {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<20 {
                    group.addTask { do { try await write("g-\(index)", index % 5 == 4 ? "A-404" : "A-1") } catch let error as ACSError where error.code == .notFound {} }
                }
                try await group.waitForAll()
            }
        }
        try await waitUntil { ledger.writer.waiting == 20 }
        hold.release()
        try await holding.value
        try await writes.value
        let grouped = seen.withLock { $0.filter { $0.key.hasPrefix("g-") } }
        #expect(grouped.count == 16, "once per committed write; none for the four refused")
        #expect(grouped.values.allSatisfy { $0.committed })
        #expect(grouped.values.allSatisfy { $0.thread != "acs-writer" }, "a group's run off the writer's thread: \(grouped)")
    }

    @Test("a transaction that fails at its commit (a deferred foreign key) fails every write in it and runs no `then`, alone or in a group")
    func thenNotOnFailedCommit() async throws {
        let database = try ACSDatabase.open(stateDirectory: TestDaemon.makeScratchDirectory().path)
        let writer = GroupCommitWriter(database: database)
        let ran = Locked(Set<String>())
        // Valid in its savepoint; SQLite refuses it only at COMMIT.
        let orphan = { @Sendable (db: Database) throws in
            try db.execute(sql: """
                CREATE TEMP TABLE IF NOT EXISTS parent (id INTEGER PRIMARY KEY);
                CREATE TEMP TABLE IF NOT EXISTS child (parent_id INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED);
                INSERT INTO child VALUES (1);
                """)
        }
        let write = { @Sendable (name: String, work: @escaping @Sendable (Database) throws -> Void) async -> (any Error)? in
            do {
                try await writer.write(work, then: { _ in ran.withLock { _ = $0.insert(name) } })
                return nil
            } catch { return error }
        }
        #expect(await write("alone", orphan) != nil)
        // "first" holds the writer's thread until the other two are queued: they are one group, which fails at its commit.
        let hold = WriterHold()
        async let first = write("first", { _ in hold.block() })
        try await waitUntil { hold.began }
        async let poisoned = write("poisoned", orphan)
        async let innocent = write("innocent", { _ in })
        try await waitUntil { writer.waiting == 2 }
        hold.release()
        #expect(await first == nil, "the write committed before the group")
        let (failedPoisoned, failedInnocent) = await (poisoned, innocent)
        #expect(failedPoisoned != nil && failedInnocent != nil, "one transaction: no write in it is acknowledged")
        #expect(ran.withLock { $0 } == ["first"], "`then` only for the committed write")
        // The writer goes on.
        #expect(await write("after", { _ in }) == nil && ran.withLock { $0.contains("after") })
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

/// Holds the writer's thread inside a write until released, so that a test knows which writes
/// queue behind it as the next group.
private final class WriterHold: Sendable {
    private let started = Locked(false)
    private let gate = DispatchSemaphore(value: 0)

    /// True once the held write runs.
    var began: Bool { started.withLock { $0 } }

    /// Called in the write: marks it begun and waits for `release`.
    func block() {
        started.withLock { $0 = true }
        gate.wait()
    }

    /// Lets the held write finish.
    func release() { gate.signal() }
}
