import NIOCore

/// Runs the jobs of the tasks that prefer it on one event loop's thread.
///
/// A task of an `RPCHandler.onEventLoop` method that is its connection's only call in flight
/// starts on the loop that read its request and comes back to it when the database answers,
/// so that its answer is written without a wake-up of the loop's thread from the cooperative
/// pool. Its child tasks inherit the preference: such a handler must not fan out.
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
