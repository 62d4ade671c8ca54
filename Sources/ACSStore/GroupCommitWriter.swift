import ACSCore
import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// Commits many concurrent writes in one transaction (group commit), so that
/// `synchronous=FULL` durability costs one fsync per group, not per request.
///
/// Each job runs in its own savepoint: a job that throws rolls back only its
/// own changes and gets its own error. No job learns its result before the
/// transaction holding it has committed, so an acknowledged write is durable.
///
/// The groups are committed by a thread of the writer's own with GRDB's synchronous `write`
/// (libdispatch runs it on the calling thread): a write costs one wake-up of that thread and
/// one of the task that waits for it. Committing from a task of the cooperative pool through
/// GRDB's `async` write cost four hand-offs: a drain task, GRDB's queue and two resumptions.
/// What a write does after its commit (`then`: a posting's journal entries) runs on that
/// thread too when the write was committed alone, and off it for a larger group (`commit`).
final class GroupCommitWriter: Sendable {
    private let queue = JobQueue()
    /// The most jobs committed together.
    let maxGroupSize: Int
    private let path: String

    /// A writer over `database`, and its thread (which ends when the writer does).
    init(database: ACSDatabase, maxGroupSize: Int = 512) {
        self.maxGroupSize = maxGroupSize
        path = database.path
        let thread = Thread { [queue] in
            Self.nameThisThread("acs-writer")
            while let jobs = queue.take(max: maxGroupSize) { Self.commit(jobs, to: database) }
        }
        thread.start()
    }

    deinit { queue.stop() }

    /// Writes waiting for the writer's thread, not yet in a transaction. Tests wait on it to know
    /// which writes will form the next group, instead of sleeping and hoping.
    var waiting: Int { queue.count }

    /// Names the calling thread for `top -H`, perf and /proc (Foundation's `Thread.name` does not
    /// reach the kernel here, and Swift's Glibc module leaves out `pthread_setname_np`).
    private static func nameThisThread(_ name: String) {
        let file = open("/proc/thread-self/comm", O_WRONLY)
        guard file >= 0 else { return }
        _ = name.withCString { Glibc.write(file, $0, strlen($0)) }
        close(file)
    }

    /// Runs `work` in the next group's transaction and returns its result once committed.
    /// `then`, if given, runs with that result after the commit and before this returns (a
    /// posting's journal entries): on the writer's thread when the write was committed alone,
    /// else on a thread of Dispatch's global queue. Never on the caller's, which may be an event
    /// loop; never when `work` threw or the transaction did not commit.
    func write<T: Sendable>(_ work: @escaping @Sendable (Database) throws -> T,
                            then afterCommit: (@Sendable (T) -> Void)? = nil) async throws(ACSError) -> T {
        let path = path
        let deadline = CallDeadline.current
        let job: @Sendable (Database) throws(ACSError) -> T = { db throws(ACSError) in
            if let deadline, ContinuousClock.now >= deadline { throw Self.deadlinePassed }
            return try mapDatabaseErrors(path: path) { try db.inSavepointReturning(work) }
        }
        let result: Result<T, ACSError> = await withCheckedContinuation { continuation in
            queue.append(Job<T>(work: job, afterCommit: afterCommit, continuation: continuation))
        }
        return try result.get()
    }

    /// A write whose call's deadline passed before its turn in a transaction came: not written.
    static let deadlinePassed = ACSError(.deadlineExceeded, "the call's deadline passed before its write began; nothing was written")

    /// One transaction for the whole group; every job hears the outcome after it.
    private static func commit(_ jobs: [any GroupJob], to database: ACSDatabase) {
        do {
            try database.writer.write { db in
                for job in jobs { job.execute(db) }
            }
            // A write alone (a webhook's payment, a teller's) runs its `then` here and wakes its task
            // once, on its event loop: `acs-bench post --concurrency 1` p50 577–614 µs before (journal
            // written by the task on the pool), 428–463 µs with. A larger group's `then`s run in parallel
            // off this thread, which goes on to commit the next group: all of them here cost
            // `acs-bench post` (c64) 20% (11,186–11,353 → 8,928–9,104 payments/s); off it, 12,498–12,517.
            if jobs.count == 1 {
                jobs[0].complete(commitError: nil)
            } else {
                for job in jobs {
                    if job.hasAfterCommit { DispatchQueue.global().async { job.complete(commitError: nil) } } else { job.complete(commitError: nil) }
                }
            }
        } catch {
            let failure = ACSError(databaseError: error, path: database.path)
            for job in jobs { job.complete(commitError: failure) }
        }
    }
}

/// The jobs waiting for the writer's thread, and the condition it waits on.
private final class JobQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var pending: [any GroupJob] = []
    private var stopped = false

    func append(_ job: any GroupJob) {
        condition.lock()
        pending.append(job)
        condition.signal()
        condition.unlock()
    }

    /// Jobs not yet taken.
    var count: Int {
        condition.lock()
        defer { condition.unlock() }
        return pending.count
    }

    /// The writer is gone: its thread commits what is pending, then ends.
    func stop() {
        condition.lock()
        stopped = true
        condition.signal()
        condition.unlock()
    }

    /// The next group (at most `max` jobs, oldest first), waiting for one; nil once stopped and empty.
    func take(max: Int) -> [any GroupJob]? {
        condition.lock()
        defer { condition.unlock() }
        while pending.isEmpty, !stopped { condition.wait() }
        guard !pending.isEmpty else { return nil }
        let group = Array(pending.prefix(max))
        pending.removeFirst(group.count)
        return group
    }
}

private protocol GroupJob: Sendable {
    /// True when `complete` has more to do than wake the caller: a `then` for a successful work.
    var hasAfterCommit: Bool { get }
    func execute(_ db: Database)
    func complete(commitError: ACSError?)
}

/// One request: its work, its outcome inside the transaction, and who waits for it.
/// `execute` and `complete` run one after the other, never at once.
private final class Job<T: Sendable>: GroupJob, @unchecked Sendable {
    private let work: @Sendable (Database) throws(ACSError) -> T
    private let afterCommit: (@Sendable (T) -> Void)?
    private let continuation: CheckedContinuation<Result<T, ACSError>, Never>
    private var outcome: Result<T, ACSError>?

    init(work: @escaping @Sendable (Database) throws(ACSError) -> T, afterCommit: (@Sendable (T) -> Void)?,
         continuation: CheckedContinuation<Result<T, ACSError>, Never>) {
        self.work = work
        self.afterCommit = afterCommit
        self.continuation = continuation
    }

    var hasAfterCommit: Bool {
        if afterCommit != nil, case .success = outcome { true } else { false }
    }

    func execute(_ db: Database) {
        outcome = Result { () throws(ACSError) -> T in try work(db) }
    }

    func complete(commitError: ACSError?) {
        if let commitError {
            continuation.resume(returning: .failure(commitError))
        } else {
            if let afterCommit, case .success(let value) = outcome { afterCommit(value) }
            continuation.resume(returning: outcome ?? .failure(ACSError(.internal, "a write was not executed")))
        }
    }
}
