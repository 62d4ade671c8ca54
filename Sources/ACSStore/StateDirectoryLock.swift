public import ACSCore
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The exclusive claim of one acsd on a state directory: an `flock` on `acsd.lock`
/// (holding the owner's pid), kept for the life of the process. A second acsd on the
/// same directory stops at start-up instead of sharing the database.
public final class StateDirectoryLock: Sendable {
    /// The lock file's name inside the state directory.
    public static let fileName = "acsd.lock"
    private let descriptor: Int32
    private let released = Atomic<Bool>(false)

    /// Takes the lock, or throws naming the acsd that holds it.
    public init(directory: String) throws(ACSError) {
        let path = "\(directory)/\(Self.fileName)"
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw ACSError(.failedPrecondition, "cannot open \(path): \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let owner = (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            close(descriptor)
            throw ACSError(.failedPrecondition, "the state directory \(directory) is in use by another acsd\(owner.isEmpty ? "" : " (pid \(owner))"); "
                           + "stop it first (systemctl stop acsd), or give this one a state directory of its own (--state-dir)")
        }
        let pid = "\(getpid())\n"
        _ = ftruncate(descriptor, 0)
        _ = pid.withCString { write(descriptor, $0, strlen($0)) }
        self.descriptor = descriptor
    }

    /// Gives the directory up (once; also when the lock goes away).
    public func release() {
        guard !released.exchange(true, ordering: .relaxed) else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    deinit { release() }
}
