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
/// max_connections: 1024             # connections open at once; more are refused (start-up only)
/// max_connections_per_user: 256     # connections one uid may hold open (start-up only)
/// frame_timeout_seconds: 30         # a frame must arrive whole this long after its first byte (start-up only)
/// drain_timeout_seconds: 10         # SIGTERM: how long in-flight calls may take to finish
/// log_level: info                   # trace, debug, info, notice, warning, error, critical
/// audit: best_effort                # or required: refuse changes while journald cannot take entries
/// policies_dir: policies             # dunning policies (*.yaml), relative to this file's directory; must exist
/// allow_empty_policies: false        # true: start (or reload) with no policy files, i.e. no collection at all
/// templates_dir: templates           # reminder templates (NAME.CHANNEL[.LOCALE].mustache)
/// cycle_interval_seconds: 300        # the engine runs a cycle this often; 0: only on RunCycle
/// creditor_name: Example Lending     # {{creditor}} in templates
/// payment_link_base: https://pay.example.com/p/   # {{payment_link}} = base + the account's token
/// lease_seconds: 300                 # ClaimReminders' lease when the claimer names none
/// max_delivery_attempts: 3           # a temporary failure is retried until this many attempts
/// retry_backoff_seconds: 900         # first retry after this long, doubling each time
/// eu_reference_rate_bp: 215          # the eu profile charges this + 800 bp a year on overdue principal
/// agencies:                          # collection agencies accounts may be placed with
///   northwind-recoveries: { commission_bp: 2500 }   # their commission, recorded per agency payment
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
    /// Connections open at once over all users.
    public var maxConnections: Int = WireLimits.defaultMaxConnections
    /// Connections one user may hold open at once.
    public var maxConnectionsPerUser: Int = WireLimits.defaultMaxConnectionsPerUser
    /// Seconds the rest of a frame may take once its first byte came.
    public var frameTimeoutSeconds: Int = WireLimits.defaultFrameTimeoutSeconds
    /// Bound on finishing in-flight calls at shutdown; keep it below systemd's TimeoutStopSec.
    public var drainTimeoutSeconds: Int = 10
    /// The log level.
    public var logLevel: String = "info"
    /// Users and groups per role.
    public var access: [String: AccessPolicy.Grants] = [:]
    /// `best_effort`: serve on when journald refuses entries (counted in Status);
    /// `required`: refuse calls that change state while journald cannot take entries.
    public var audit: String = "best_effort"
    /// Directory of the policy files, relative to the configuration file's directory.
    public var policiesDir: String = "policies"
    /// True when a policy folder without policy files is acceptable (no account is collected);
    /// otherwise an empty set is refused like a broken file, at start and on reload.
    public var allowEmptyPolicies: Bool = false
    /// Directory of the templates, relative to the configuration file's directory.
    public var templatesDir: String = "templates"
    /// Seconds between engine cycles; 0: cycles run only on `Collections.RunCycle`.
    public var cycleIntervalSeconds: Int = 300
    /// The creditor's name in templates.
    public var creditorName: String = ""
    /// Payment links are this base followed by the account's token.
    public var paymentLinkBase: String = ""
    /// The lease of a claim that names none.
    public var leaseSeconds: Int = 300
    /// Delivery attempts before a temporary failure is final.
    public var maxDeliveryAttempts: Int = 3
    /// Wait before the first retry, doubled for each further attempt.
    public var retryBackoffSeconds: Int = 900
    /// The collection agencies, by name.
    public var agencies: [String: Agency] = [:]
    /// The reference rate (basis points a year) of the eu profile's late-payment interest,
    /// which charges it plus 800.
    public var euReferenceRateBP: Int = 0
    /// Where acsd serves its metrics over HTTP (`GET /metrics`): empty (off), a Unix socket path,
    /// or a loopback `HOST:PORT` (127.0.0.1, [::1] or localhost). Start-up only.
    public var metricsListen: String = ""
    /// Seconds a metrics connection may take to send its request and be answered before acsd
    /// closes it. Start-up only.
    public var metricsTimeoutSeconds: Int = 5

    /// A collection agency.
    public struct Agency: Sendable, Hashable, Codable {
        /// Its commission on what it collects, in basis points (2500 is 25 %).
        public var commissionBP: Int

        enum CodingKeys: String, CodingKey { case commissionBP = "commission_bp" }
    }

    /// The configured agency of that name, byte for byte. Names are ASCII (`TextRules.isName`);
    /// a dictionary lookup alone would also match text only canonically equal to one (U+212A
    /// KELVIN SIGN for "K"), and what a placement stores would not be the configured name.
    public static func agency(named name: String, in agencies: [String: Agency]) -> Agency? {
        TextRules.isName(name) ? agencies[name] : nil
    }

    /// True when calls that change state need a working audit trail.
    public var auditRequired: Bool { audit == "required" }

    /// The access policy the `access` section describes.
    public var accessPolicy: AccessPolicy {
        AccessPolicy(grants: Dictionary(uniqueKeysWithValues: access.compactMap { name, grants in Role(rawValue: name).map { ($0, grants) } }))
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case maxFrameBytes = "max_frame_bytes"
        case maxInFlightPerConnection = "max_in_flight_per_connection"
        case maxConnections = "max_connections"
        case maxConnectionsPerUser = "max_connections_per_user"
        case frameTimeoutSeconds = "frame_timeout_seconds"
        case drainTimeoutSeconds = "drain_timeout_seconds"
        case logLevel = "log_level"
        case access
        case audit
        case policiesDir = "policies_dir"
        case allowEmptyPolicies = "allow_empty_policies"
        case templatesDir = "templates_dir"
        case cycleIntervalSeconds = "cycle_interval_seconds"
        case creditorName = "creditor_name"
        case paymentLinkBase = "payment_link_base"
        case leaseSeconds = "lease_seconds"
        case maxDeliveryAttempts = "max_delivery_attempts"
        case retryBackoffSeconds = "retry_backoff_seconds"
        case agencies
        case euReferenceRateBP = "eu_reference_rate_bp"
        case metricsListen = "metrics_listen"
        case metricsTimeoutSeconds = "metrics_timeout_seconds"
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
        maxConnections = try container.decodeIfPresent(Int.self, forKey: .maxConnections) ?? defaults.maxConnections
        maxConnectionsPerUser = try container.decodeIfPresent(Int.self, forKey: .maxConnectionsPerUser) ?? defaults.maxConnectionsPerUser
        frameTimeoutSeconds = try container.decodeIfPresent(Int.self, forKey: .frameTimeoutSeconds) ?? defaults.frameTimeoutSeconds
        drainTimeoutSeconds = try container.decodeIfPresent(Int.self, forKey: .drainTimeoutSeconds)
            ?? defaults.drainTimeoutSeconds
        logLevel = try container.decodeIfPresent(String.self, forKey: .logLevel) ?? defaults.logLevel
        access = try container.decodeIfPresent([String: AccessPolicy.Grants].self, forKey: .access) ?? [:]
        audit = try container.decodeIfPresent(String.self, forKey: .audit) ?? defaults.audit
        policiesDir = try container.decodeIfPresent(String.self, forKey: .policiesDir) ?? defaults.policiesDir
        allowEmptyPolicies = try container.decodeIfPresent(Bool.self, forKey: .allowEmptyPolicies) ?? defaults.allowEmptyPolicies
        templatesDir = try container.decodeIfPresent(String.self, forKey: .templatesDir) ?? defaults.templatesDir
        cycleIntervalSeconds = try container.decodeIfPresent(Int.self, forKey: .cycleIntervalSeconds) ?? defaults.cycleIntervalSeconds
        creditorName = try container.decodeIfPresent(String.self, forKey: .creditorName) ?? defaults.creditorName
        paymentLinkBase = try container.decodeIfPresent(String.self, forKey: .paymentLinkBase) ?? defaults.paymentLinkBase
        leaseSeconds = try container.decodeIfPresent(Int.self, forKey: .leaseSeconds) ?? defaults.leaseSeconds
        maxDeliveryAttempts = try container.decodeIfPresent(Int.self, forKey: .maxDeliveryAttempts) ?? defaults.maxDeliveryAttempts
        retryBackoffSeconds = try container.decodeIfPresent(Int.self, forKey: .retryBackoffSeconds) ?? defaults.retryBackoffSeconds
        agencies = try container.decodeIfPresent([String: Agency].self, forKey: .agencies) ?? [:]
        euReferenceRateBP = try container.decodeIfPresent(Int.self, forKey: .euReferenceRateBP) ?? defaults.euReferenceRateBP
        metricsListen = try container.decodeIfPresent(String.self, forKey: .metricsListen) ?? defaults.metricsListen
        metricsTimeoutSeconds = try container.decodeIfPresent(Int.self, forKey: .metricsTimeoutSeconds) ?? defaults.metricsTimeoutSeconds
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
        try check((1...65_536).contains(maxConnections), .maxConnections, "must be between 1 and 65536")
        try check((1...maxConnections).contains(maxConnectionsPerUser), .maxConnectionsPerUser, "must be between 1 and max_connections")
        try check((1...3_600).contains(frameTimeoutSeconds), .frameTimeoutSeconds, "must be between 1 and 3600")
        try check((0...3_600).contains(drainTimeoutSeconds), .drainTimeoutSeconds, "must be between 0 and 3600")
        try check(Self.logLevels.contains(logLevel), .logLevel, "must be one of \(Self.logLevels.joined(separator: ", "))")
        try check(["best_effort", "required"].contains(audit), .audit, "must be best_effort or required")
        try check((0...86_400).contains(cycleIntervalSeconds), .cycleIntervalSeconds, "must be between 0 and 86400")
        try check((1...86_400).contains(leaseSeconds), .leaseSeconds, "must be between 1 and 86400")
        try check((1...100).contains(maxDeliveryAttempts), .maxDeliveryAttempts, "must be between 1 and 100")
        try check((1...86_400).contains(retryBackoffSeconds), .retryBackoffSeconds, "must be between 1 and 86400")
        try check((0...5_000).contains(euReferenceRateBP), .euReferenceRateBP, "must be between 0 and 5000")
        if case .failure(let reason) = LocalEndpoint.parse(metricsListen) { try check(false, .metricsListen, reason.reason) }
        try check((1...300).contains(metricsTimeoutSeconds), .metricsTimeoutSeconds, "must be between 1 and 300")
        for (name, agency) in agencies {
            // The name goes into placement export ids and agency payments' idempotency keys.
            try check(TextRules.isName(name), .agencies, "agency \"\(name.prefix(70))\": letters, digits, '-' and '_' only, at most 64")
            try check((0...10_000).contains(agency.commissionBP), .agencies, "agency \(name): commission_bp must be between 0 and 10000")
        }
        for role in access.keys {
            try check(Role(rawValue: role) != nil, .access, "unknown role \"\(role)\"; roles are \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    /// `path` resolved against the directory of the configuration file at `configurationPath`
    /// (the working directory when there is none).
    public static func resolve(_ path: String, relativeTo configurationPath: String?) -> String {
        guard !path.hasPrefix("/") else { return path }
        let base = configurationPath.map { ($0 as NSString).deletingLastPathComponent } ?? "."
        return (base.isEmpty ? "." : base) + "/" + path
    }

    static let logLevels = ["trace", "debug", "info", "notice", "warning", "error", "critical"]
}
