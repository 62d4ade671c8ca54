import ACSCore
import ACSDaemon
import ArgumentParser
import Foundation

/// `acsd`: the acs collection daemon.
@main
struct ACSDCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "acsd",
        abstract: "The acs automated collection daemon.",
        discussion: """
            Serves the acs.v1 protocol on a Unix socket: the socket systemd passes \
            (socket activation) or --socket. State lives in an SQLite database in the \
            state directory. SIGTERM drains in-flight calls and stops; SIGHUP reloads \
            the configuration.
            """,
        version: DaemonOptions.version)

    @Option(help: "Unix socket to listen on when systemd passes none.")
    var socket: String = ProcessInfo.processInfo.environment["ACS_SOCKET"] ?? DaemonOptions.defaultSocketPath

    @Option(name: .customLong("state-dir"), help: "Directory of the database (default: $STATE_DIRECTORY or ./.acs).")
    var stateDirectory: String?

    @Option(help: "Configuration file (YAML; default: $CONFIGURATION_DIRECTORY/acsd.yaml when present).")
    var config: String?

    @Option(name: .customLong("simulated-clock"), help: "Run on a simulated clock starting at this ISO 8601 time; System RPCs may advance it.")
    var simulatedClock: String?

    @Option(help: "Restore the database from this backup copy (acsctl backup) into the state directory and exit; acsd must not be running there.")
    var restore: String?

    @Flag(name: .customLong("print-audit-catalog"), help: ArgumentHelp("Print the journald catalog of acsd's audit events and exit.", visibility: .hidden))
    var printAuditCatalog = false

    @Flag(name: .customLong("print-audit-doc"), help: ArgumentHelp("Print docs/AUDIT.md and exit.", visibility: .hidden))
    var printAuditDoc = false

    func validate() throws {
        if let simulatedClock, ACSClock.parse(simulatedClock) == nil {
            throw ValidationError("--simulated-clock: \"\(simulatedClock)\" is not an ISO 8601 time such as 2026-03-01T09:00:00Z")
        }
    }

    func run() async throws {
        if printAuditCatalog { return print(AuditCatalog.journaldCatalog(), terminator: "") }
        if printAuditDoc { return print(AuditCatalog.markdown(), terminator: "") }
        Self.raiseDescriptorLimit()
        let environment = ProcessInfo.processInfo.environment
        if let restore { return try Self.restore(restore, into: stateDirectory ?? Self.firstPath(environment["STATE_DIRECTORY"]) ?? ".acs") }
        let options = DaemonOptions(
            socketPath: socket,
            stateDirectory: stateDirectory ?? Self.firstPath(environment["STATE_DIRECTORY"]) ?? ".acs",
            configurationPath: config ?? Self.defaultConfig(environment),
            simulatedClockStart: simulatedClock.flatMap(ACSClock.parse))
        do {
            let daemon = try Daemon(options: options)
            try await daemon.run()
        } catch {
            FileHandle.standardError.write(Data("acsd: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }

    /// `--restore FILE`: the copy is checked and put in place of the database, whole or not at all.
    private static func restore(_ file: String, into directory: String) throws {
        do {
            let summary = try Daemon.restore(file, into: directory)
            print("restored \(file) into \(directory): \(summary.bytes) bytes, schema \(summary.schemaVersion), "
                  + "\(summary.accounts) accounts, \(summary.payments) payments; integrity ok")
        } catch {
            FileHandle.standardError.write(Data("acsd: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }

    /// Every connection is a descriptor: the soft limit (often 1024) goes up to the hard one.
    private static func raiseDescriptorLimit() {
        var limit = rlimit()
        guard getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < limit.rlim_max else { return }
        limit.rlim_cur = limit.rlim_max
        _ = setrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit)
    }

    /// systemd passes colon-separated lists; the first entry is ours.
    private static func firstPath(_ value: String?) -> String? {
        value?.split(separator: ":").first.map(String.init)
    }

    private static func defaultConfig(_ environment: [String: String]) -> String? {
        guard let directory = firstPath(environment["CONFIGURATION_DIRECTORY"]) else { return nil }
        let path = directory + "/acsd.yaml"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
}
