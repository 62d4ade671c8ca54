import ACSCore
import GRDB

/// Commits many concurrent writes in one transaction (group commit), so that
/// `synchronous=FULL` durability costs one fsync per group, not per request.
///
/// Each job runs in its own savepoint: a job that throws rolls back only its
/// own changes and gets its own error. No job learns its result before the
/// transaction holding it has committed, so an acknowledged write is durable.
final class GroupCommitWriter: Sendable {
    private let database: ACSDatabase
    private let state = Locked(State())
    /// The most jobs committed together.
    let maxGroupSize: Int

    private struct State {
        var pending: [any GroupJob] = []
        var draining = false
    }

    /// A writer over `database`.
    init(database: ACSDatabase, maxGroupSize: Int = 512) {
        self.database = database
        self.maxGroupSize = maxGroupSize
    }

    /// Runs `work` in the next group's transaction and returns its result once committed.
    func write<T: Sendable>(_ work: @escaping @Sendable (Database) throws -> T) async throws(ACSError) -> T {
        let path = database.path
        let deadline = CallDeadline.current
        let result: Result<T, ACSError> = await withCheckedContinuation { continuation in
            let job = Job<T>(
                work: { (db: Database) throws(ACSError) -> T in
                    if let deadline, ContinuousClock.now >= deadline { throw Self.deadlinePassed }
                    return try mapDatabaseErrors(path: path) { try db.inSavepointReturning(work) }
                },
                continuation: continuation)
            let startDrain = state.withLock { state in
                state.pending.append(job)
                defer { state.draining = true }
                return !state.draining
            }
            if startDrain { Task { await drain() } }
        }
        return try result.get()
    }

    /// A write whose call's deadline passed before its turn in a transaction came: not written.
    static let deadlinePassed = ACSError(.deadlineExceeded, "the call's deadline passed before its write began; nothing was written")

    private func drain() async {
        while true {
            let jobs = state.withLock { state in
                let group = Array(state.pending.prefix(maxGroupSize))
                state.pending.removeFirst(group.count)
                if group.isEmpty { state.draining = false }
                return group
            }
            guard !jobs.isEmpty else { return }
            await commit(jobs)
        }
    }

    /// One transaction for the whole group; every job hears the outcome after it.
    private func commit(_ jobs: [any GroupJob]) async {
        do {
            try await database.writer.write { db in
                for job in jobs { job.execute(db) }
            }
            for job in jobs { job.complete(commitError: nil) }
        } catch {
            let failure = ACSError(databaseError: error, path: database.path)
            for job in jobs { job.complete(commitError: failure) }
        }
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
