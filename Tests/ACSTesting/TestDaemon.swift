public import ACSClient
import ACSCore
public import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A real `acsd` process on its own socket and state directory, for one test.
///
/// ```swift
/// let daemon = try await TestDaemon.start()
/// defer { daemon.kill() }
/// let client = try await daemon.connect()
/// ```
public final class TestDaemon: Sendable {
    /// The scratch directory holding the socket, state and logs.
    public let directory: URL
    /// The socket acsd listens on.
    public let socketPath: String
    /// The state directory (the database lives here).
    public let stateDirectory: String
    /// The process.
    public let process: ChildProcess
    /// Where acsd's stderr goes.
    public let logPath: String

    private init(directory: URL, process: ChildProcess, logPath: String) {
        self.directory = directory
        self.socketPath = directory.appendingPathComponent("acsd.sock").path
        self.stateDirectory = directory.appendingPathComponent("state").path
        self.process = process
        self.logPath = logPath
    }

    /// Starts acsd with `arguments` added to `--socket` and `--state-dir`, waits
    /// until it answers, and returns it. `directory` reuses a previous state;
    /// `launcher` (a command that ends by exec'ing its arguments) wraps the
    /// process; `serveAt` is where to wait for it when not at `--socket`.
    public static func start(
        arguments: [String] = [], directory: URL? = nil, environment: [String: String] = [:],
        launcher: [String] = [], serveAt: String? = nil
    ) async throws -> TestDaemon {
        TestJournal.ensureRunning()
        let directory = try directory ?? makeScratchDirectory()
        let logPath = directory.appendingPathComponent("acsd-\(UUID().uuidString.prefix(8)).log").path
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NOTIFY_SOCKET")
        env.removeValue(forKey: "LISTEN_FDS")
        env.merge(environment) { _, new in new }
        let process = try ChildProcess("/usr/bin/env", launcher + [TestBinaries.url("acsd").path] + [
            "--socket", directory.appendingPathComponent("acsd.sock").path,
            "--state-dir", directory.appendingPathComponent("state").path,
        ] + arguments, environment: env, standardOutput: .file(logPath), standardError: .file(logPath))
        let daemon = TestDaemon(directory: directory, process: process, logPath: logPath)
        try await daemon.waitUntilServing(at: serveAt ?? daemon.socketPath)
        return daemon
    }

    /// A fresh directory with a short path (Unix socket paths are limited to 107 bytes),
    /// removed when the test process exits; `ACS_KEEP_TEST_DIRS=1` keeps them, to look into a
    /// failure. (Kept, a full run left about 150 MB in /tmp each time.)
    public static func makeScratchDirectory() throws -> URL {
        let url = URL(fileURLWithPath: "/tmp/acs-test-\(UUID().uuidString.prefix(12))", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        scratchDirectories.withLock { paths in
            if paths.isEmpty && ProcessInfo.processInfo.environment["ACS_KEEP_TEST_DIRS"] == nil {
                atexit { TestDaemon.removeScratchDirectories() }
            }
            paths.append(url.path)
        }
        return url
    }

    private static let scratchDirectories = Locked<[String]>([])

    private static func removeScratchDirectories() {
        for path in scratchDirectories.withLock({ $0 }) { try? FileManager.default.removeItem(atPath: path) }
    }

    private func waitUntilServing(at socketPath: String) async throws {
        for _ in 0..<600 {
            guard process.isRunning else {
                throw ACSError(.unavailable, "acsd exited with \(process.terminationStatus) before serving: \(log)")
            }
            if let client = try? await ACSClient.connect(socketPath: socketPath) {
                let healthy = (try? await client.health()) != nil
                await client.close()
                if healthy { return }
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        kill()
        throw ACSError(.deadlineExceeded, "acsd did not serve within 30 s: \(log)")
    }

    /// A new client connection.
    public func connect() async throws -> ACSClient {
        try await ACSClient.connect(socketPath: socketPath)
    }

    /// What acsd wrote to stderr and stdout.
    public var log: String {
        (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
    }

    /// Sends `signal` to the process.
    public func signal(_ signal: Int32) {
        process.signal(signal)
    }

    /// SIGTERM, then waits (up to `timeout`) for the exit status.
    public func stop(timeout: Duration = .seconds(30)) async throws -> Int32 {
        signal(SIGTERM)
        return try await waitForExit(timeout: timeout)
    }

    /// Waits for the process to exit and returns its status.
    public func waitForExit(timeout: Duration = .seconds(30)) async throws -> Int32 {
        guard let status = try await process.wait(timeout: timeout) else { throw ACSError(.deadlineExceeded, "acsd did not exit in time") }
        return status
    }

    /// The launcher that runs acsd with journald gone: a private mount namespace
    /// with an empty tmpfs over `/run/systemd/journal`.
    public static let withoutJournald = [
        "unshare", "--mount", "--propagation", "private", "sh", "-c",
        "mount -t tmpfs tmpfs /run/systemd/journal && exec \"$0\" \"$@\"",
    ]

    /// The launcher that runs acsd beside a dead journald: a socket file is at
    /// journald's path but nobody listens, so sends fail with ECONNREFUSED.
    public static func withStaleJournald() throws -> [String] {
        let directory = try makeScratchDirectory().appendingPathComponent("journal")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try RawConnection.bindAndAbandonDatagramSocket(at: directory.appendingPathComponent("socket").path)
        return [
            "unshare", "--mount", "--propagation", "private", "sh", "-c",
            "mount --bind '\(directory.path)' /run/systemd/journal && exec \"$0\" \"$@\"",
        ]
    }

    /// SIGKILL, if still running.
    public func kill() {
        process.signal(SIGKILL)
        process.waitBlocking()
    }
}
