import ACSCore
public import ACSJournal
public import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A real journald for tests: uses the running one, or starts
/// `systemd-journald` when none listens on its socket.
public enum TestJournal {
    private static let started = Locked(false)

    /// Makes sure journald accepts entries; starts it once per process when needed.
    public static func ensureRunning() {
        started.withLock { started in
            guard !started else { return }
            started = true
            guard !isListening() else { return }
            _ = try? ChildProcess("/lib/systemd/systemd-journald", [], environment: ProcessInfo.processInfo.environment,
                                  standardOutput: .discarded, standardError: .discarded)
            for _ in 0..<100 where !isListening() { usleep(50_000) }
        }
    }

    /// True when a datagram can reach journald's socket (acsd's own probe).
    public static func isListening() -> Bool {
        AuditJournal().isAvailable
    }

    /// Polls the journal until entries matching `matches` number at least `count`. Only
    /// entries written since this test process started count: PIDs are reused (pid_max can
    /// be 32768) and the journal keeps the entries of earlier runs.
    public static func waitForEntries(
        matching matches: [String: String], count: Int = 1, timeout: Duration = .seconds(30)
    ) async throws -> [JournalEntry] {
        let deadline = ContinuousClock.now + timeout
        while true {
            let entries = try JournalReader.entries(matching: matches, since: processStart)
            if entries.count >= count || ContinuousClock.now > deadline { return entries }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// When this process started, from /proc (boot time plus the process's start in clock ticks).
    public static let processStart: Date = {
        guard let stat = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
              let boot = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
              let btime = boot.split(separator: "\n").first(where: { $0.hasPrefix("btime ") }).flatMap({ Double($0.dropFirst(6)) }),
              let afterName = stat.lastIndex(of: ")") else { return Date(timeIntervalSince1970: 0) }
        // Fields after the command name start at field 3; starttime is field 22.
        let fields = stat[stat.index(after: afterName)...].split(separator: " ")
        guard fields.count > 19, let ticks = Double(fields[19]) else { return Date(timeIntervalSince1970: 0) }
        return Date(timeIntervalSince1970: btime + ticks / Double(sysconf(Int32(_SC_CLK_TCK))) - 1)
    }()
}
