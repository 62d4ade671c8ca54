public import ACSJournal
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A real journald for tests: uses the running one, or starts
/// `systemd-journald` when none listens on its socket.
public enum TestJournal {
    /// journald's native socket.
    public static let socketPath = "/run/systemd/journal/socket"
    private static let started = Mutex(false)

    /// Makes sure journald accepts entries; starts it once per process when needed.
    public static func ensureRunning() {
        started.withLock { started in
            guard !started else { return }
            started = true
            guard !isListening() else { return }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/lib/systemd/systemd-journald")
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try? process.run()
            for _ in 0..<100 where !isListening() { usleep(50_000) }
        }
    }

    /// True when a datagram can reach journald's socket.
    public static func isListening() -> Bool {
        let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let result = withUnixAddress(socketPath) { connect(descriptor, $0, $1) }
        return result == 0
    }

    /// Polls the journal until entries matching `matches` number at least `count`.
    public static func waitForEntries(
        matching matches: [String: String], count: Int = 1, timeout: Duration = .seconds(10)
    ) async throws -> [JournalEntry] {
        let deadline = ContinuousClock.now + timeout
        while true {
            let entries = try JournalReader.entries(matching: matches)
            if entries.count >= count || ContinuousClock.now > deadline { return entries }
            try await Task.sleep(for: .milliseconds(50))
        }
    }
}
