import ACSCore
import Foundation
import GRDB
import GRDBSQLite

/// Commits many concurrent writes in one transaction (group commit), so that
/// `synchronous=FULL` durability costs one fsync per group, not per request.
///
/// Each job runs in its own savepoint: a job that throws rolls back only its
/// own changes and gets its own error. No job learns its result before the
/// transaction holding it has committed, so an acknowledged write is durable.
///
/// A write that finds nothing committing or waiting is committed at once on its caller's
/// thread (`commitAlone`). Others wait for the writer's own thread, which commits them in
/// groups with GRDB's synchronous `write` (libdispatch runs it on the calling thread): one
/// wake-up of that thread and one of each waiting task. Committing from a task of the
/// cooperative pool through GRDB's `async` write, as before, cost four hand-offs: a drain task,
/// GRDB's queue and two resumptions (`acs-bench post --concurrency 1` p50 with journald
/// running: 600–677 µs then, 540–594 µs through this thread; issue 19's note).
final class GroupCommitWriter: Sendable {
    private let queue = JobQueue()
    private let database: ACSDatabase
    /// The most jobs committed together.
    let maxGroupSize: Int
    private let path: String

    /// A writer over `database`, and its thread (which ends when the writer does).
    init(database: ACSDatabase, maxGroupSize: Int = 512) {
        self.database = database
        self.maxGroupSize = maxGroupSize
        path = database.path
        let thread = Thread { [queue] in
            while let jobs = queue.take(max: maxGroupSize) {
                Self.commit(jobs, to: database)
                queue.finished()
            }
        }
        thread.name = "acs-writer"
        thread.start()
    }

    deinit { queue.stop() }

    /// Runs `work` in the next group's transaction and returns its result once committed.
    /// When nothing is being committed or waiting, the caller's thread commits it at once.
    func write<T: Sendable>(_ work: @escaping @Sendable (Database) throws -> T) async throws(ACSError) -> T {
        let path = path
        let deadline = CallDeadline.current
        let job: @Sendable (Database) throws(ACSError) -> T = { db throws(ACSError) in
            if let deadline, ContinuousClock.now >= deadline { throw Self.deadlinePassed }
            return try mapDatabaseErrors(path: path) { try db.inSavepointReturning(work) }
        }
        if queue.beginAlone() {
            defer { queue.endAlone() }
            if let result = try Self.commitAlone(job, to: database) { return result }
        }
        let result: Result<T, ACSError> = await withCheckedContinuation { continuation in
            queue.append(Job<T>(work: job, continuation: continuation))
        }
        return try result.get()
    }

    /// A group of one, committed on the caller's thread (an event loop's, for PostPayment), or
    /// nil, not run, when another connection holds SQLite's write lock: the caller's thread
    /// never waits for a lock, so a loop is never held longer than one commit.
    ///
    /// Fast path: the writer's thread would cost two wake-ups more. `acs-bench post --concurrency 1`
    /// p50 with journald running, release build, three runs each: 540–594 µs through the
    /// writer's thread, 439–457 µs alone.
    private static func commitAlone<T>(_ job: (Database) throws(ACSError) -> T, to database: ACSDatabase) throws(ACSError) -> T? {
        var outcome: Result<T, ACSError>?
        do {
            try database.writer.writeWithoutTransaction { db in
                let connection = db.sqliteConnection
                sqlite3_busy_timeout(connection, 0)
                defer { sqlite3_busy_timeout(connection, ACSDatabase.busyTimeoutMilliseconds) }
                try db.inTransaction(.immediate) {
                    outcome = Result { () throws(ACSError) -> T in try job(db) }
                    return .commit
                }
            }
        } catch {
            // Not begun (SQLITE_BUSY): the writer's thread runs it, waiting for the lock.
            guard outcome != nil else { return nil }
            throw ACSError(databaseError: error, path: database.path)
        }
        return try outcome?.get()
    }

    /// A write whose call's deadline passed before its turn in a transaction came: not written.
    static let deadlinePassed = ACSError(.deadlineExceeded, "the call's deadline passed before its write began; nothing was written")

    /// One transaction for the whole group; every job hears the outcome after it.
    private static func commit(_ jobs: [any GroupJob], to database: ACSDatabase) {
        do {
            try database.writer.write { db in
                for job in jobs { job.execute(db) }
            }
            for job in jobs { job.complete(commitError: nil) }
        } catch {
            let failure = ACSError(databaseError: error, path: database.path)
            for job in jobs { job.complete(commitError: failure) }
        }
    }
}

/// The jobs waiting for the writer's thread, whether a group is being committed (by that
/// thread, or alone by a caller's), and the condition the thread waits on.
private final class JobQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var pending: [any GroupJob] = []
    private var committing = false
    private var stopped = false

    func append(_ job: any GroupJob) {
        condition.lock()
        pending.append(job)
        condition.signal()
        condition.unlock()
    }

    /// True when nothing is committed or waiting: the caller commits alone, then calls `endAlone`.
    func beginAlone() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard !committing, pending.isEmpty, !stopped else { return false }
        committing = true
        return true
    }

    /// The caller's commit is done: the writer's thread takes what came meanwhile.
    func endAlone() {
        finished()
    }

    /// A commit is done.
    func finished() {
        condition.lock()
        committing = false
        if !pending.isEmpty { condition.signal() }
        condition.unlock()
    }

    /// The writer is gone: its thread commits what is pending, then ends.
    func stop() {
        condition.lock()
        stopped = true
        condition.signal()
        condition.unlock()
    }

    /// The next group (at most `max` jobs, oldest first) once no other commit runs, waiting for
    /// one; nil once stopped and empty.
    func take(max: Int) -> [any GroupJob]? {
        condition.lock()
        defer { condition.unlock() }
        while pending.isEmpty ? !stopped : committing { condition.wait() }
        guard !pending.isEmpty else { return nil }
        committing = true
        let group = Array(pending.prefix(max))
        pending.removeFirst(group.count)
        return group
    }
}

private protocol GroupJob: Sendable {
    func execute(_ db: Database)
    func complete(commitError: ACSError?)
}

/// One request: its work, its outcome inside the transaction, and who waits for it.
/// `execute` and `complete` run one after the other, never at once.
private final class Job<T: Sendable>: GroupJob, @unchecked Sendable {
    private let work: @Sendable (Database) throws(ACSError) -> T
    private let continuation: CheckedContinuation<Result<T, ACSError>, Never>
    private var outcome: Result<T, ACSError>?

    init(work: @escaping @Sendable (Database) throws(ACSError) -> T, continuation: CheckedContinuation<Result<T, ACSError>, Never>) {
        self.work = work
        self.continuation = continuation
    }

    func execute(_ db: Database) {
        outcome = Result { () throws(ACSError) -> T in try work(db) }
    }

    func complete(commitError: ACSError?) {
        if let commitError {
            continuation.resume(returning: .failure(commitError))
        } else {
            continuation.resume(returning: outcome ?? .failure(ACSError(.internal, "a write was not executed")))
        }
    }
}

