public import ACSCore
import CACSProto
import CProtobufC

/// Stands for every message with no fields (`HealthRequest`, `VersionRequest`,
/// `StatusRequest`, `GetClockRequest`): they share one encoding.
public struct EmptyMessage: WireMessage, Hashable {
    /// Creates the empty message.
    public init() {}
    /// Accepts any well-formed protobuf (unknown fields are ignored).
    public init(wire bytes: [UInt8]) throws(ACSError) {
        try Acs__V1__HealthRequest.decode(bytes) { _ in }
    }
    /// The empty encoding.
    public func wireBytes() -> [UInt8] { [] }
}

/// `acs.v1.HealthResponse`.
public struct HealthResponse: WireMessage, Hashable {
    /// Whether the daemon serves.
    public enum ServingStatus: Int, Sendable {
        /// Not set.
        case unspecified = 0
        /// Accepting and answering calls.
        case serving = 1
        /// Shutting down.
        case draining = 2
    }
    /// The serving status.
    public var status: ServingStatus

    /// Creates a response.
    public init(status: ServingStatus) { self.status = status }

    /// Decodes the message.
    public init(wire bytes: [UInt8]) throws(ACSError) {
        status = try Acs__V1__HealthResponse.decode(bytes) { message in
            ServingStatus(rawValue: Int(message.pointee.status.rawValue)) ?? .unspecified
        }
    }

    /// Encodes the message.
    public func wireBytes() -> [UInt8] {
        Acs__V1__HealthResponse.encode { message, _ in
            message.status = Acs__V1__HealthResponse__ServingStatus(rawValue: numericCast(status.rawValue))
        }
    }
}

/// `acs.v1.PingRequest` and `acs.v1.PingResponse`: opaque bytes echoed back.
public struct PingMessage: WireMessage, Hashable {
    /// The bytes to echo.
    public var data: [UInt8]

    /// Creates a ping.
    public init(data: [UInt8] = []) { self.data = data }

    /// Decodes the message.
    public init(wire bytes: [UInt8]) throws(ACSError) {
        data = try Acs__V1__PingRequest.decode(bytes) { [UInt8](protobuf: $0.pointee.data) }
    }

    /// Encodes the message.
    public func wireBytes() -> [UInt8] {
        Acs__V1__PingRequest.encode { message, arena in message.data = arena.bytes(data) }
    }
}

/// `acs.v1.VersionResponse`.
public struct VersionResponse: WireMessage, Hashable {
    /// acsd's release version.
    public var version: String
    /// The wire protocol, `acs.v1`.
    public var protocolName: String
    /// The SQLite library version.
    public var sqliteVersion: String
    /// The latest applied migration.
    public var schemaVersion: String

    /// Creates a response.
    public init(version: String, protocolName: String, sqliteVersion: String, schemaVersion: String) {
        self.version = version
        self.protocolName = protocolName
        self.sqliteVersion = sqliteVersion
        self.schemaVersion = schemaVersion
    }

    /// Decodes the message.
    public init(wire bytes: [UInt8]) throws(ACSError) {
        self = try Acs__V1__VersionResponse.decode(bytes) { message in
            let m = message.pointee
            return VersionResponse(
                version: String(protobuf: m.version), protocolName: String(protobuf: m.protocol),
                sqliteVersion: String(protobuf: m.sqlite_version), schemaVersion: String(protobuf: m.schema_version))
        }
    }

    /// Encodes the message.
    public func wireBytes() -> [UInt8] {
        Acs__V1__VersionResponse.encode { message, arena in
            message.version = arena.string(version)
            message.protocol = arena.string(protocolName)
            message.sqlite_version = arena.string(sqliteVersion)
            message.schema_version = arena.string(schemaVersion)
        }
    }
}

/// `acs.v1.StatusResponse`: the daemon's operational status.
public struct StatusResponse: WireMessage, Hashable, Codable {
    /// Seconds since start.
    public var uptimeSeconds: UInt64 = 0
    /// The database file.
    public var databasePath: String = ""
    /// Database plus WAL size in bytes.
    public var databaseSizeBytes: UInt64 = 0
    /// Accounts stored.
    public var accountCount: UInt64 = 0
    /// Reminders not yet finished.
    public var openReminderCount: UInt64 = 0
    /// Calls being handled now.
    public var inFlightCalls: UInt64 = 0
    /// Client connections open now.
    public var openConnections: UInt64 = 0
    /// Audit entries journald refused.
    public var auditWriteFailures: UInt64 = 0
    /// Audit entries written.
    public var auditWrites: UInt64 = 0
    /// The daemon's current time, RFC 3339.
    public var now: String = ""
    /// True on a simulated clock.
    public var clockSimulated: Bool = false
    /// Configuration loads so far.
    public var configGeneration: UInt64 = 0
    /// The configuration file in force.
    public var configPath: String = ""
    /// The daemon's process id.
    public var pid: UInt32 = 0
    /// Calls answered since start.
    public var callsTotal: UInt64 = 0
    /// Connections refused since start (over a limit, or a frame that stopped arriving).
    public var refusedConnections: UInt64 = 0
    /// Accepts that failed for want of file descriptors since start.
    public var acceptFailures: UInt64 = 0

    /// An all-zero status.
    public init() {}

    /// Decodes the message.
    public init(wire bytes: [UInt8]) throws(ACSError) {
        self = try Acs__V1__StatusResponse.decode(bytes) { message in
            let m = message.pointee
            var status = StatusResponse()
            status.uptimeSeconds = m.uptime_seconds
            status.databasePath = String(protobuf: m.database_path)
            status.databaseSizeBytes = m.database_size_bytes
            status.accountCount = m.account_count
            status.openReminderCount = m.open_reminder_count
            status.inFlightCalls = m.in_flight_calls
            status.openConnections = m.open_connections
            status.auditWriteFailures = m.audit_write_failures
            status.auditWrites = m.audit_writes
            status.now = String(protobuf: m.now)
            status.clockSimulated = m.clock_simulated != 0
            status.configGeneration = m.config_generation
            status.configPath = String(protobuf: m.config_path)
            status.pid = m.pid
            status.callsTotal = m.calls_total
            status.refusedConnections = m.refused_connections
            status.acceptFailures = m.accept_failures
            return status
        }
    }

    /// Encodes the message.
    public func wireBytes() -> [UInt8] {
        Acs__V1__StatusResponse.encode { m, arena in
            m.uptime_seconds = uptimeSeconds
            m.database_path = arena.string(databasePath)
            m.database_size_bytes = databaseSizeBytes
            m.account_count = accountCount
            m.open_reminder_count = openReminderCount
            m.in_flight_calls = inFlightCalls
            m.open_connections = openConnections
            m.audit_write_failures = auditWriteFailures
            m.audit_writes = auditWrites
            m.now = arena.string(now)
            m.clock_simulated = clockSimulated.protobuf
            m.config_generation = configGeneration
            m.config_path = arena.string(configPath)
            m.pid = pid
            m.calls_total = callsTotal
            m.refused_connections = refusedConnections
            m.accept_failures = acceptFailures
        }
    }
}

/// `acs.v1.SetClockRequest`.
public struct SetClockRequest: WireMessage, Hashable {
    /// The new time, RFC 3339.
    public var time: String

    /// Creates a request.
    public init(time: String) { self.time = time }

    /// Decodes the message.
    public init(wire bytes: [UInt8]) throws(ACSError) {
        time = try Acs__V1__SetClockRequest.decode(bytes) { String(protobuf: $0.pointee.time) }
    }

    /// Encodes the message.
    public func wireBytes() -> [UInt8] {
        Acs__V1__SetClockRequest.encode { message, arena in message.time = arena.string(time) }
    }
}

/// `acs.v1.AdvanceClockRequest`.
public struct AdvanceClockRequest: WireMessage, Hashable {
    /// Seconds to move forward.
    public var seconds: UInt64

    /// Creates a request.
    public init(seconds: UInt64) { self.seconds = seconds }

    /// Decodes the message.
    public init(wire bytes: [UInt8]) throws(ACSError) {
        seconds = try Acs__V1__AdvanceClockRequest.decode(bytes) { $0.pointee.seconds }
    }

    /// Encodes the message.
    public func wireBytes() -> [UInt8] {
        Acs__V1__AdvanceClockRequest.encode { message, _ in message.seconds = seconds }
    }
}

/// `acs.v1.ClockResponse`.
public struct ClockResponse: WireMessage, Hashable, Codable {
    /// The daemon's time, RFC 3339 UTC.
    public var now: String
    /// True when the clock is simulated.
    public var simulated: Bool

    /// Creates a response.
    public init(now: String, simulated: Bool) {
        self.now = now
        self.simulated = simulated
    }

    /// Decodes the message.
    public init(wire bytes: [UInt8]) throws(ACSError) {
        self = try Acs__V1__ClockResponse.decode(bytes) {
            ClockResponse(now: String(protobuf: $0.pointee.now), simulated: $0.pointee.simulated != 0)
        }
    }

    /// Encodes the message.
    public func wireBytes() -> [UInt8] {
        Acs__V1__ClockResponse.encode { message, arena in
            message.now = arena.string(now)
            message.simulated = simulated.protobuf
        }
    }
}

extension Methods {
    /// The `acs.v1.System` methods.
    public enum System {
        private static let service = "acs.v1.System"
        /// Liveness.
        public static let health = RPCMethod<EmptyMessage, HealthResponse>(service: service, name: "Health")
        /// Echo, for benchmarks.
        public static let ping = RPCMethod<PingMessage, PingMessage>(service: service, name: "Ping")
        /// Versions.
        public static let version = RPCMethod<EmptyMessage, VersionResponse>(service: service, name: "Version")
        /// Operational status.
        public static let status = RPCMethod<EmptyMessage, StatusResponse>(service: service, name: "Status")
        /// The daemon's clock.
        public static let getClock = RPCMethod<EmptyMessage, ClockResponse>(service: service, name: "GetClock")
        /// Set the simulated clock.
        public static let setClock = RPCMethod<SetClockRequest, ClockResponse>(service: service, name: "SetClock")
        /// Advance the simulated clock.
        public static let advanceClock = RPCMethod<AdvanceClockRequest, ClockResponse>(service: service, name: "AdvanceClock")
    }
}

extension Acs__V1__HealthRequest: CProtoMessage {
    static func cInit(_ message: UnsafeMutablePointer<Self>) { acs__v1__health_request__init(message) }
}
extension Acs__V1__HealthResponse: CProtoMessage {
    static func cInit(_ message: UnsafeMutablePointer<Self>) { acs__v1__health_response__init(message) }
}
extension Acs__V1__PingRequest: CProtoMessage {
    static func cInit(_ message: UnsafeMutablePointer<Self>) { acs__v1__ping_request__init(message) }
}
extension Acs__V1__VersionResponse: CProtoMessage {
    static func cInit(_ message: UnsafeMutablePointer<Self>) { acs__v1__version_response__init(message) }
}
extension Acs__V1__StatusResponse: CProtoMessage {
    static func cInit(_ message: UnsafeMutablePointer<Self>) { acs__v1__status_response__init(message) }
}
extension Acs__V1__SetClockRequest: CProtoMessage {
    static func cInit(_ message: UnsafeMutablePointer<Self>) { acs__v1__set_clock_request__init(message) }
}
extension Acs__V1__AdvanceClockRequest: CProtoMessage {
    static func cInit(_ message: UnsafeMutablePointer<Self>) { acs__v1__advance_clock_request__init(message) }
}
extension Acs__V1__ClockResponse: CProtoMessage {
    static func cInit(_ message: UnsafeMutablePointer<Self>) { acs__v1__clock_response__init(message) }
}
