import ACSCore
public import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child process the tests start with `posix_spawn` and reap with `waitpid` themselves.
///
/// Foundation's `Process` learns of a child's exit through its own monitor thread and run
/// loops; `waitUntilExit()` called off the main thread can miss the wake-up and park its thread
/// for good after many children. Two parked cooperative threads stop a 2-core test run
/// whole: CI was killed at 90 minutes that way (stop 28) while every test passed here.
/// Nothing here waits on a run loop: the exit is read with `waitpid`, and the child's
/// output goes to files, so no pipe's end can be held open by another child.
public final class ChildProcess: Sendable {
    /// Where the child's standard output or error goes.
    public enum Output: Sendable {
        /// `/dev/null`.
        case discarded
        /// Appended to the file at this path (created if missing).
        case file(String)
    }

    /// The child's process id.
    public let processIdentifier: Int32
    private let reaped = Locked<Int32?>(nil)

    /// Starts `executable` with `arguments` and `environment`; its standard input is `/dev/null`,
    /// every other descriptor of this process is closed in it, and its signals are at their defaults.
    public init(_ executable: String, _ arguments: [String], environment: [String: String],
                standardOutput: Output, standardError: Output) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        Self.redirect(&actions, 1, standardOutput)
        if case .file(let path) = standardError, case .file(path) = standardOutput {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        } else {
            Self.redirect(&actions, 2, standardError)
        }
        guard Self.addCloseFrom(&actions, 3) == 0 else { throw POSIXError(.ENOSYS) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t(), none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        processIdentifier = pid
    }

    /// True until the child has exited (and then it is reaped, once).
    public var isRunning: Bool {
        reaped.withLock { status in
            if status != nil { return false }
            var raw: Int32 = 0
            guard waitpid(processIdentifier, &raw, WNOHANG) == processIdentifier else { return true }
            status = Self.status(raw)
            return false
        }
    }

    /// The exit code, or the number of the signal that ended it (as Foundation's `Process` gives it);
    /// -1 while running.
    public var terminationStatus: Int32 {
        _ = isRunning
        return reaped.withLock { $0 } ?? -1
    }

    /// Sends `signal` to the child, unless it has been reaped (its pid may be another's by then).
    public func signal(_ signal: Int32) {
        reaped.withLock { status in
            if status == nil { _ = Glibc.kill(processIdentifier, signal) }
        }
    }

    /// Waits on this thread for the exit and returns the status. Only for a child about to exit
    /// (after SIGKILL) or on a thread of its own: it blocks.
    /// The wait (WNOWAIT: the child stays unreaped, its pid its own) is outside the lock, so `isRunning` and `signal`
    /// never wait behind it; the reaping is under the lock, so `signal` never reaches a pid another process may have by then.
    @discardableResult
    public func waitBlocking() -> Int32 {
        if let status = reaped.withLock({ $0 }) { return status }
        var info = siginfo_t()
        while waitid(P_PID, id_t(processIdentifier), &info, WEXITED | WNOWAIT) == -1 && errno == EINTR {}
        _ = isRunning
        return reaped.withLock { $0 } ?? -1
    }

    /// Polls for the exit every 20 ms, up to `timeout`; nil when still running then.
    public func wait(timeout: Duration) async throws -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while isRunning {
            guard ContinuousClock.now < deadline else { return nil }
            try await Task.sleep(for: .milliseconds(20))
        }
        return terminationStatus
    }

    /// Runs `executable` to its end on a thread of its own (never the tests' cooperative pool), its
    /// output and error through scratch files; returns its status, output and error.
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String]) async throws -> (status: Int32, stdout: String, stderr: String) {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try runBlocking(executable, arguments, environment: environment) }) }.start()
        }
    }

    /// As `run`, on the calling thread.
    public static func runBlocking(_ executable: String, _ arguments: [String], environment: [String: String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let base = NSTemporaryDirectory() + "acs-child-\(UUID().uuidString)"
        let outPath = base + ".out", errPath = base + ".err"
        defer { unlink(outPath); unlink(errPath) }
        let child = try ChildProcess(executable, arguments, environment: environment, standardOutput: .file(outPath), standardError: .file(errPath))
        let status = child.waitBlocking()
        let read = { (path: String) in (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
        return (status, read(outPath), read(errPath))
    }

    private static func redirect(_ actions: inout posix_spawn_file_actions_t, _ descriptor: Int32, _ output: Output) {
        switch output {
        case .discarded: posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", O_WRONLY, 0)
        case .file(let path): posix_spawn_file_actions_addopen(&actions, descriptor, path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        }
    }

    private static func status(_ raw: Int32) -> Int32 {
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Glibc's Swift module does not bring.
        raw & 0x7f == 0 ? (raw >> 8) & 0xff : raw & 0x7f
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which Swift's Glibc
    /// module does not declare: the child keeps no descriptor of the test process but 0, 1 and 2,
    /// so no socket or file of another test stays open in it.
    private static let addCloseFrom: @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32 = {
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else {
            fatalError("glibc 2.34 or later is needed: posix_spawn_file_actions_addclosefrom_np is missing")
        }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
    }()
}
