import NIOCore

/// Runs the jobs of the tasks that prefer it on one event loop's thread.
///
/// A task of an `RPCHandler.onEventLoop` method starts on the loop that read its request and
/// comes back to it when the writer or the database answers, so that its answer is written
/// without a wake-up of the loop's thread from the cooperative pool.
final class EventLoopTaskExecutor: TaskExecutor {
    private let loop: any EventLoop

    /// An executor of `loop`.
    init(_ loop: any EventLoop) {
        self.loop = loop
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        loop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
