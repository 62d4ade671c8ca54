// proto/acs/v1/system.proto in Swift: its enums and messages as `V1` mirrors with their protobuf-c
// code (`ProtoCodable`), and the typed methods of its services.
// Generated from the compiled descriptors by scripts/proto/gen-swift.py: do not edit; run 'make proto'.

extension V1 {
    /// Asks whether acsd serves.
    public struct HealthRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.HealthRequest"

        /// Creates the empty message.
        public init() {}
    }

    /// Whether acsd serves.
    public struct HealthResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.HealthResponse"

        /// Whether acsd accepts calls.
        public enum ServingStatus: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
            /// Not set.
            case unspecified = 0
            /// Accepting and answering calls.
            case serving = 1
            /// Shutting down: in-flight calls finish, new work is refused.
            case draining = 2
    
            /// The value's proto name without the enum's prefix, lower-cased.
            public var name: String {
                switch self {
                case .unspecified: "unspecified"
                case .serving: "serving"
                case .draining: "draining"
                }
            }
    
            /// Encodes as its name, e.g. in `acsctl --json`.
            public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }
    
            /// Decodes its name, or its number.
            public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
        }

        /// The serving status.
        public var status: HealthResponse.ServingStatus = .unspecified

        /// Creates a message; every field defaults to its proto default.
        public init(status: HealthResponse.ServingStatus = .unspecified) {
            self.status = status
        }
    }

    /// Bytes to echo.
    public struct PingRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.PingRequest"

        /// Opaque bytes echoed back unchanged.
        public var data: [UInt8] = []

        /// Creates a message; every field defaults to its proto default.
        public init(data: [UInt8] = []) {
            self.data = data
        }
    }

    /// The bytes of the PingRequest, echoed.
    public struct PingResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.PingResponse"

        /// The request's data, unchanged.
        public var data: [UInt8] = []

        /// Creates a message; every field defaults to its proto default.
        public init(data: [UInt8] = []) {
            self.data = data
        }
    }

    /// Asks for the versions.
    public struct VersionRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.VersionRequest"

        /// Creates the empty message.
        public init() {}
    }

    /// Versions of acsd, its protocol, SQLite and the schema.
    public struct VersionResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.VersionResponse"

        /// acsd's release version, e.g. "0.1.0".
        public var version: String = ""
        /// The wire protocol version: "acs.v1".
        public var `protocol`: String = ""
        /// The SQLite library version in use.
        public var sqliteVersion: String = ""
        /// The database schema's latest migration identifier.
        public var schemaVersion: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(version: String = "", `protocol`: String = "", sqliteVersion: String = "", schemaVersion: String = "") {
            self.version = version
            self.`protocol` = `protocol`
            self.sqliteVersion = sqliteVersion
            self.schemaVersion = schemaVersion
        }
    }

    /// Asks for the operational status.
    public struct StatusRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.StatusRequest"

        /// Creates the empty message.
        public init() {}
    }

    /// acsd's operational status.
    public struct StatusResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.StatusResponse"

        /// Seconds since the daemon started (on the monotonic clock).
        public var uptimeSeconds: UInt64 = 0
        /// Absolute path of the SQLite database file.
        public var databasePath: String = ""
        /// Size in bytes of the database file plus its WAL.
        public var databaseSizeBytes: UInt64 = 0
        /// Number of accounts stored.
        public var accountCount: UInt64 = 0
        /// Reminders not yet finished (scheduled, deferred or claimed).
        public var openReminderCount: UInt64 = 0
        /// Calls being handled right now, over all connections.
        public var inFlightCalls: UInt64 = 0
        /// Client connections open right now.
        public var openConnections: UInt64 = 0
        /// Audit entries journald refused since start.
        public var auditWriteFailures: UInt64 = 0
        /// Audit entries written since start.
        public var auditWrites: UInt64 = 0
        /// The daemon's current time, RFC 3339 UTC.
        public var now: String = ""
        /// True when the daemon runs on a simulated clock.
        public var clockSimulated: Bool = false
        /// How many times the configuration was loaded (1 at start, +1 per successful reload).
        public var configGeneration: UInt64 = 0
        /// The configuration file in force, empty when running on defaults.
        public var configPath: String = ""
        /// The daemon's process id.
        public var pid: UInt32 = 0
        /// The calls answered since start.
        public var callsTotal: UInt64 = 0
        /// Connections refused since start: past max_connections or max_connections_per_user, or closed because a frame stopped arriving (frame_timeout_seconds).
        public var refusedConnections: UInt64 = 0
        /// Times accepting failed since start because acsd ran out of file descriptors (it backs off and tries again; each is also a journal warning).
        public var acceptFailures: UInt64 = 0

        /// Creates a message; every field defaults to its proto default.
        public init(
            uptimeSeconds: UInt64 = 0,
            databasePath: String = "",
            databaseSizeBytes: UInt64 = 0,
            accountCount: UInt64 = 0,
            openReminderCount: UInt64 = 0,
            inFlightCalls: UInt64 = 0,
            openConnections: UInt64 = 0,
            auditWriteFailures: UInt64 = 0,
            auditWrites: UInt64 = 0,
            now: String = "",
            clockSimulated: Bool = false,
            configGeneration: UInt64 = 0,
            configPath: String = "",
            pid: UInt32 = 0,
            callsTotal: UInt64 = 0,
            refusedConnections: UInt64 = 0,
            acceptFailures: UInt64 = 0
        ) {
            self.uptimeSeconds = uptimeSeconds
            self.databasePath = databasePath
            self.databaseSizeBytes = databaseSizeBytes
            self.accountCount = accountCount
            self.openReminderCount = openReminderCount
            self.inFlightCalls = inFlightCalls
            self.openConnections = openConnections
            self.auditWriteFailures = auditWriteFailures
            self.auditWrites = auditWrites
            self.now = now
            self.clockSimulated = clockSimulated
            self.configGeneration = configGeneration
            self.configPath = configPath
            self.pid = pid
            self.callsTotal = callsTotal
            self.refusedConnections = refusedConnections
            self.acceptFailures = acceptFailures
        }
    }

    /// Asks for the daemon's clock.
    public struct GetClockRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.GetClockRequest"

        /// Creates the empty message.
        public init() {}
    }

    /// Sets the simulated clock.
    public struct SetClockRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.SetClockRequest"

        /// The new time, RFC 3339 (e.g. "2026-03-01T09:00:00Z").
        public var time: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(time: String = "") {
            self.time = time
        }
    }

    /// Moves the simulated clock forward.
    public struct AdvanceClockRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.AdvanceClockRequest"

        /// How far to move the clock forward, in seconds (> 0).
        public var seconds: UInt64 = 0

        /// Creates a message; every field defaults to its proto default.
        public init(seconds: UInt64 = 0) {
            self.seconds = seconds
        }
    }

    /// The daemon's clock.
    public struct ClockResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ClockResponse"

        /// The daemon's current time, RFC 3339 UTC.
        public var now: String = ""
        /// True when the clock is simulated and can be set.
        public var simulated: Bool = false

        /// Creates a message; every field defaults to its proto default.
        public init(now: String = "", simulated: Bool = false) {
            self.now = now
            self.simulated = simulated
        }
    }

    /// Request of System.Backup.
    public struct BackupRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.BackupRequest"

        /// Creates the empty message.
        public init() {}
    }

    /// One chunk of a backup (one ResponseFrame of the stream).
    public struct BackupResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.BackupResponse"

        /// The next bytes of the copy (at most 1 MiB per chunk).
        public var data: [UInt8] = []
        /// True only on the last chunk.
        public var done: Bool = false
        /// On the last chunk: the copy's size in bytes.
        public var sizeBytes: UInt64 = 0
        /// On the last chunk: its newest migration.
        public var schemaVersion: String = ""
        /// On the last chunk: the accounts it holds.
        public var accountCount: UInt64 = 0
        /// On the last chunk: the payments it holds.
        public var paymentCount: UInt64 = 0
        /// On the last chunk: the instant of the snapshot, RFC 3339 UTC (acsd's clock).
        public var takenAt: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            data: [UInt8] = [],
            done: Bool = false,
            sizeBytes: UInt64 = 0,
            schemaVersion: String = "",
            accountCount: UInt64 = 0,
            paymentCount: UInt64 = 0,
            takenAt: String = ""
        ) {
            self.data = data
            self.done = done
            self.sizeBytes = sizeBytes
            self.schemaVersion = schemaVersion
            self.accountCount = accountCount
            self.paymentCount = paymentCount
            self.takenAt = takenAt
        }
    }

    /// Request of System.Metrics.
    public struct MetricsRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.MetricsRequest"

        /// Creates the empty message.
        public init() {}
    }

    /// acsd's metrics.
    public struct MetricsResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.MetricsResponse"

        /// The Prometheus text exposition format, version 0.0.4.
        public var text: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(text: String = "") {
            self.text = text
        }
    }
}

extension Methods {
    /// The `acs.v1.System` methods.
    public enum System {
        private static let service = "acs.v1.System"
        /// Cheap liveness check; answers SERVING once the database is open and migrated.
        public static let health = RPCMethod<V1.HealthRequest, V1.HealthResponse>(service: service, name: "Health")
        /// Echoes a payload back; used by acs-bench to measure the transport.
        public static let ping = RPCMethod<V1.PingRequest, V1.PingResponse>(service: service, name: "Ping")
        /// Version of the daemon and of the protocol.
        public static let version = RPCMethod<V1.VersionRequest, V1.VersionResponse>(service: service, name: "Version")
        /// Operational status: uptime, database, counts, in-flight calls, audit failures.
        public static let status = RPCMethod<V1.StatusRequest, V1.StatusResponse>(service: service, name: "Status")
        /// The daemon's current time and whether its clock is simulated.
        public static let getClock = RPCMethod<V1.GetClockRequest, V1.ClockResponse>(service: service, name: "GetClock")
        /// Sets the simulated clock to an instant (never backwards).
        public static let setClock = RPCMethod<V1.SetClockRequest, V1.ClockResponse>(service: service, name: "SetClock")
        /// Moves the simulated clock forward by a duration.
        public static let advanceClock = RPCMethod<V1.AdvanceClockRequest, V1.ClockResponse>(service: service, name: "AdvanceClock")
        /// A consistent copy of the database while acsd keeps serving: SQLite's online backup of one snapshot (the database as one committed transaction left it) into the state directory, checked with integrity_check, streamed to the caller in chunks, then removed.
        public static let backup = RPCMethod<V1.BackupRequest, V1.BackupResponse>(service: service, name: "Backup")
        /// acsd's metrics in the Prometheus text exposition format (version 0.0.4): calls by method and status with latency histograms, payments, reminders, cycles, the audit trail, connections, the database and the process.
        public static let metrics = RPCMethod<V1.MetricsRequest, V1.MetricsResponse>(service: service, name: "Metrics")
    }
}

extension V1.HealthRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.HealthRequest", fields: [])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
    }
}

extension V1.HealthResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.HealthResponse", fields: ["status"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.enumeration(0, self.status)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.status = try cMessage.enumeration(0)
    }
}

extension V1.PingRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.PingRequest", fields: ["data"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.bytes(0, self.data)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.data = cMessage.bytes(0)
    }
}

extension V1.PingResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.PingResponse", fields: ["data"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.bytes(0, self.data)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.data = cMessage.bytes(0)
    }
}

extension V1.VersionRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.VersionRequest", fields: [])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
    }
}

extension V1.VersionResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.VersionResponse", fields: [
        "version", "protocol", "sqlite_version", "schema_version"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.version)
        cMessage.string(1, self.protocol)
        cMessage.string(2, self.sqliteVersion)
        cMessage.string(3, self.schemaVersion)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.version = cMessage.string(0)
        self.protocol = cMessage.string(1)
        self.sqliteVersion = cMessage.string(2)
        self.schemaVersion = cMessage.string(3)
    }
}

extension V1.StatusRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.StatusRequest", fields: [])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
    }
}

extension V1.StatusResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.StatusResponse", fields: [
        "uptime_seconds", "database_path", "database_size_bytes", "account_count", "open_reminder_count",
        "in_flight_calls", "open_connections", "audit_write_failures", "audit_writes", "now", "clock_simulated",
        "config_generation", "config_path", "pid", "calls_total", "refused_connections", "accept_failures"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.integer(0, self.uptimeSeconds)
        cMessage.string(1, self.databasePath)
        cMessage.integer(2, self.databaseSizeBytes)
        cMessage.integer(3, self.accountCount)
        cMessage.integer(4, self.openReminderCount)
        cMessage.integer(5, self.inFlightCalls)
        cMessage.integer(6, self.openConnections)
        cMessage.integer(7, self.auditWriteFailures)
        cMessage.integer(8, self.auditWrites)
        cMessage.string(9, self.now)
        cMessage.bool(10, self.clockSimulated)
        cMessage.integer(11, self.configGeneration)
        cMessage.string(12, self.configPath)
        cMessage.integer(13, self.pid)
        cMessage.integer(14, self.callsTotal)
        cMessage.integer(15, self.refusedConnections)
        cMessage.integer(16, self.acceptFailures)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.uptimeSeconds = cMessage.integer(0)
        self.databasePath = cMessage.string(1)
        self.databaseSizeBytes = cMessage.integer(2)
        self.accountCount = cMessage.integer(3)
        self.openReminderCount = cMessage.integer(4)
        self.inFlightCalls = cMessage.integer(5)
        self.openConnections = cMessage.integer(6)
        self.auditWriteFailures = cMessage.integer(7)
        self.auditWrites = cMessage.integer(8)
        self.now = cMessage.string(9)
        self.clockSimulated = cMessage.bool(10)
        self.configGeneration = cMessage.integer(11)
        self.configPath = cMessage.string(12)
        self.pid = cMessage.integer(13)
        self.callsTotal = cMessage.integer(14)
        self.refusedConnections = cMessage.integer(15)
        self.acceptFailures = cMessage.integer(16)
    }
}

extension V1.GetClockRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.GetClockRequest", fields: [])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
    }
}

extension V1.SetClockRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.SetClockRequest", fields: ["time"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.time)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.time = cMessage.string(0)
    }
}

extension V1.AdvanceClockRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.AdvanceClockRequest", fields: ["seconds"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.integer(0, self.seconds)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.seconds = cMessage.integer(0)
    }
}

extension V1.ClockResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ClockResponse", fields: ["now", "simulated"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.now)
        cMessage.bool(1, self.simulated)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.now = cMessage.string(0)
        self.simulated = cMessage.bool(1)
    }
}

extension V1.BackupRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.BackupRequest", fields: [])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
    }
}

extension V1.BackupResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.BackupResponse", fields: [
        "data", "done", "size_bytes", "schema_version", "account_count", "payment_count", "taken_at"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.bytes(0, self.data)
        cMessage.bool(1, self.done)
        cMessage.integer(2, self.sizeBytes)
        cMessage.string(3, self.schemaVersion)
        cMessage.integer(4, self.accountCount)
        cMessage.integer(5, self.paymentCount)
        cMessage.string(6, self.takenAt)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.data = cMessage.bytes(0)
        self.done = cMessage.bool(1)
        self.sizeBytes = cMessage.integer(2)
        self.schemaVersion = cMessage.string(3)
        self.accountCount = cMessage.integer(4)
        self.paymentCount = cMessage.integer(5)
        self.takenAt = cMessage.string(6)
    }
}

extension V1.MetricsRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.MetricsRequest", fields: [])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
    }
}

extension V1.MetricsResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.MetricsResponse", fields: ["text"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.text)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.text = cMessage.string(0)
    }
}
