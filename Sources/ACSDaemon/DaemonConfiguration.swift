public import ACSCore
import ACSWire
import Foundation
import Yams

/// acsd's configuration file (YAML). Every key is optional; unknown keys are
/// refused so that a typo never passes silently.
///
/// ```yaml
/// max_frame_bytes: 4194304          # largest frame body (start-up only)
/// max_in_flight_per_connection: 256 # calls per connection before reading pauses (start-up only)
/// drain_timeout_seconds: 10         # SIGTERM: how long in-flight calls may take to finish
/// log_level: info                   # trace, debug, info, notice, warning, error, critical
/// audit: best_effort                # or required: refuse changes while journald cannot take entries
/// access:                           # who may call what (root is always admin); reloaded on SIGHUP
///   reader:   { groups: [acs-readers] }
///   delivery: { users: [acs-mailer] }
///   operator: { groups: [acs] }
///   admin:    { users: [alice] }
/// ```
public struct DaemonConfiguration: Sendable, Hashable, Codable {
    /// Largest frame body accepted.
    public var maxFrameBytes: Int = WireLimits.defaultMaxFrameBytes
    /// Calls in flight per connection before reading pauses.
    public var maxInFlightPerConnection: Int = WireLimits.defaultMaxInFlightPerConnection
    /// Bound on finishing in-flight calls at shutdown; keep it below systemd's TimeoutStopSec.
    public var drainTimeoutSeconds: Int = 10
    /// The log level.
    public var logLevel: String = "info"
    /// Users and groups per role.
    public var access: [String: AccessPolicy.Grants] = [:]
    /// `best_effort`: serve on when journald refuses entries (counted in Status);
    /// `required`: refuse calls that change state while journald cannot take entries.
    public var audit: String = "best_effort"

    /// True when calls that change state need a working audit trail.
    public var auditRequired: Bool { audit == "required" }

    /// The access policy the `access` section describes.
    public var accessPolicy: AccessPolicy {
        AccessPolicy(grants: Dictionary(uniqueKeysWithValues: access.compactMap { name, grants in Role(rawValue: name).map { ($0, grants) } }))
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case maxFrameBytes = "max_frame_bytes"
        case maxInFlightPerConnection = "max_in_flight_per_connection"
        case drainTimeoutSeconds = "drain_timeout_seconds"
        case logLevel = "log_level"
        case access
        case audit
    }

    /// The defaults.
    public init() {}

    /// Reads every key present, keeping defaults for the others.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = DaemonConfiguration()
        maxFrameBytes = try container.decodeIfPresent(Int.self, forKey: .maxFrameBytes) ?? defaults.maxFrameBytes
        maxInFlightPerConnection = try container.decodeIfPresent(Int.self, forKey: .maxInFlightPerConnection)
            ?? defaults.maxInFlightPerConnection
        drainTimeoutSeconds = try container.decodeIfPresent(Int.self, forKey: .drainTimeoutSeconds)
            ?? defaults.drainTimeoutSeconds
        logLevel = try container.decodeIfPresent(String.self, forKey: .logLevel) ?? defaults.logLevel
        access = try container.decodeIfPresent([String: AccessPolicy.Grants].self, forKey: .access) ?? [:]
        audit = try container.decodeIfPresent(String.self, forKey: .audit) ?? defaults.audit
    }

    /// Loads and validates the file at `path`.
    public static func load(path: String) throws(ACSError) -> DaemonConfiguration {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ACSError(.failedPrecondition, "cannot read configuration \(path): \(error.localizedDescription)")
        }
        return try parse(text, source: path)
    }

    /// Parses and validates configuration text; `source` names it in errors.
    public static func parse(_ text: String, source: String) throws(ACSError) -> DaemonConfiguration {
        let configuration: DaemonConfiguration
        do {
            try rejectUnknownKeys(text, source: source)
            configuration = try YAMLDecoder().decode(DaemonConfiguration.self, from: text.isEmpty ? "{}" : text)
        } catch let error as ACSError {
            throw error
        } catch {
            throw ACSError(.invalidArgument, "configuration \(source): \(error)")
        }
        try configuration.validate(source: source)
        return configuration
    }

    private static func rejectUnknownKeys(_ text: String, source: String) throws {
        guard let node = try Yams.compose(yaml: text) else { return }
        guard let mapping = node.mapping else {
            throw ACSError(.invalidArgument, "configuration \(source): the top level must be a mapping of keys to values")
        }
        let known = Set(CodingKeys.allCases.map(\.rawValue))
        for key in mapping.keys {
            guard let name = key.string, known.contains(name) else {
                let line = key.mark.map { " (line \($0.line))" } ?? ""
                throw ACSError(.invalidArgument, "configuration \(source)\(line): unknown key \"\(key.string ?? "?")\"; known keys: \(known.sorted().joined(separator: ", "))")
            }
        }
    }

    private func validate(source: String) throws(ACSError) {
        func check(_ ok: Bool, _ key: CodingKeys, _ rule: String) throws(ACSError) {
            guard ok else { throw ACSError.invalidArgument(field: key.rawValue, "in \(source): \(rule)") }
        }
        try check((1024...(64 << 20)).contains(maxFrameBytes), .maxFrameBytes, "must be between 1024 and 67108864")
        try check((1...65_536).contains(maxInFlightPerConnection), .maxInFlightPerConnection, "must be between 1 and 65536")
        try check((0...3_600).contains(drainTimeoutSeconds), .drainTimeoutSeconds, "must be between 0 and 3600")
        try check(Self.logLevels.contains(logLevel), .logLevel, "must be one of \(Self.logLevels.joined(separator: ", "))")
        try check(["best_effort", "required"].contains(audit), .audit, "must be best_effort or required")
        for role in access.keys {
            try check(Role(rawValue: role) != nil, .access, "unknown role \"\(role)\"; roles are \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    static let logLevels = ["trace", "debug", "info", "notice", "warning", "error", "critical"]
}
