#if canImport(Glibc)
import Glibc
#endif

/// A value shared between threads, guarded by a pthread mutex.
///
/// acs uses this rather than `Synchronization.Mutex`. On Linux a contended
/// `Mutex` hands the lock over with a futex inside the standard library, which
/// ThreadSanitizer does not see, so it reports the guarded value as raced.
/// ThreadSanitizer intercepts `pthread_mutex_lock`, so `make test-sanitize`
/// checks these locks for real.
public final class Locked<Value>: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var value: Value

    /// A lock around `value`.
    public init(_ value: sending Value) {
        self.value = value
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        let status = pthread_mutex_init(mutex, nil)
        precondition(status == 0, "pthread_mutex_init failed: \(status)")
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    /// Runs `body` with the value while holding the lock.
    public func withLock<Result, Failure: Error>(
        _ body: (inout sending Value) throws(Failure) -> sending Result
    ) throws(Failure) -> sending Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }
}
