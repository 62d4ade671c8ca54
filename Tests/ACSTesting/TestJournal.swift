public import ACSJournal
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A real journald for tests: uses the running one, or starts
/// `systemd-journald` when none listens on its socket.
public enum TestJournal {
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

    /// True when a datagram can reach journald's socket (acsd's own probe).
    public static func isListening() -> Bool {
        AuditJournal().isAvailable
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
