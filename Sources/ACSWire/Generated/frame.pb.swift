// proto/acs/v1/frame.proto in Swift: its enums and messages as `V1` mirrors with their protobuf-c
// code (`ProtoCodable`), and the typed methods of its services.
// Generated from the compiled descriptors by scripts/proto/gen-swift.py: do not edit; run 'make proto'.

extension V1 {
    /// Status codes: gRPC's codes with the same numbers and meanings.
    public enum Code: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        /// Success.
        case ok = 0
        /// The call was cancelled, typically by the caller.
        case cancelled = 1
        /// An error with no better code.
        case unknown = 2
        /// The request is malformed; see Status.violations.
        case invalidArgument = 3
        /// The call's deadline (timeout_ms) passed first.
        case deadlineExceeded = 4
        /// A named entity (account, payment, ...) does not exist.
        case notFound = 5
        /// The entity to create exists already.
        case alreadyExists = 6
        /// The caller's role does not allow this method.
        case permissionDenied = 7
        /// A limit was hit: frame size, disk space, quota.
        case resourceExhausted = 8
        /// The system is not in a state that allows the call.
        case failedPrecondition = 9
        /// A conflict, e.g. an idempotency key reused with other content.
        case aborted = 10
        /// A value lies outside its valid range.
        case outOfRange = 11
        /// The method is unknown or not implemented by this server.
        case unimplemented = 12
        /// An invariant broke inside the server.
        case `internal` = 13
        /// The server cannot serve now (shutting down, storage down); retry later.
        case unavailable = 14
        /// Unrecoverable data loss or corruption.
        case dataLoss = 15
        /// The caller could not be identified.
        case unauthenticated = 16

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .ok: "ok"
            case .cancelled: "cancelled"
            case .unknown: "unknown"
            case .invalidArgument: "invalid_argument"
            case .deadlineExceeded: "deadline_exceeded"
            case .notFound: "not_found"
            case .alreadyExists: "already_exists"
            case .permissionDenied: "permission_denied"
            case .resourceExhausted: "resource_exhausted"
            case .failedPrecondition: "failed_precondition"
            case .aborted: "aborted"
            case .outOfRange: "out_of_range"
            case .unimplemented: "unimplemented"
            case .`internal`: "internal"
            case .unavailable: "unavailable"
            case .dataLoss: "data_loss"
            case .unauthenticated: "unauthenticated"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// One invalid field of a request.
    public struct FieldViolation: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.FieldViolation"

        /// Path of the field in the request message, e.g. "accounts[3].obligations[0].currency".
        public var field: String = ""
        /// Why the value was refused, for a person to read.
        public var description: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(field: String = "", description: String = "") {
            self.field = field
            self.description = description
        }
    }

    /// The outcome of a call.
    public struct Status: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.Status"

        /// The status code (see Code).
        public var code: Code = .ok
        /// A message for a person: what went wrong and, where it helps, what to do.
        public var message: String = ""
        /// For INVALID_ARGUMENT: every field that was refused.
        public var violations: [FieldViolation] = []

        /// Creates a message; every field defaults to its proto default.
        public init(code: Code = .ok, message: String = "", violations: [FieldViolation] = []) {
            self.code = code
            self.message = message
            self.violations = violations
        }
    }

    /// A call from client to server.
    public struct RequestFrame: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.RequestFrame"

        /// Chosen by the client, unique among the calls it has in flight on this connection; the server echoes it in every ResponseFrame of the call. 0 is reserved for connection-level errors: number calls from 1.
        public var callId: UInt64 = 0
        /// The method, gRPC style: "/acs.v1.System/Health".
        public var method: String = ""
        /// The serialized request message of the method.
        public var payload: [UInt8] = []
        /// Deadline in milliseconds from receipt; 0 means no deadline.
        public var timeoutMs: UInt32 = 0

        /// Creates a message; every field defaults to its proto default.
        public init(callId: UInt64 = 0, method: String = "", payload: [UInt8] = [], timeoutMs: UInt32 = 0) {
            self.callId = callId
            self.method = method
            self.payload = payload
            self.timeoutMs = timeoutMs
        }
    }

    /// An answer from server to client.
    public struct ResponseFrame: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ResponseFrame"

        /// The call_id of the RequestFrame answered.
        public var callId: UInt64 = 0
        /// The call's status.
        public var status: Status? = nil
        /// The serialized response message (empty when status is not OK).
        public var payload: [UInt8] = []
        /// True on the last frame of the call.
        public var endOfStream: Bool = false
        /// acsd's id for this call, unique on the machine (e.g. "6f3b1c2a-42").
        public var requestId: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            callId: UInt64 = 0,
            status: Status? = nil,
            payload: [UInt8] = [],
            endOfStream: Bool = false,
            requestId: String = ""
        ) {
            self.callId = callId
            self.status = status
            self.payload = payload
            self.endOfStream = endOfStream
            self.requestId = requestId
        }
    }
}

extension V1.FieldViolation: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.FieldViolation", fields: ["field", "description"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.field)
        cMessage.string(1, self.description)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.field = cMessage.string(0)
        self.description = cMessage.string(1)
    }
}

extension V1.Status: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Status", fields: ["code", "message", "violations"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.enumeration(0, self.code)
        cMessage.string(1, self.message)
        cMessage.messages(2, self.violations)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.code = try cMessage.enumeration(0)
        self.message = cMessage.string(1)
        self.violations = try cMessage.messages(2)
    }
}

extension V1.RequestFrame: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.RequestFrame", fields: [
        "call_id", "method", "payload", "timeout_ms"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.integer(0, self.callId)
        cMessage.string(1, self.method)
        cMessage.bytes(2, self.payload)
        cMessage.integer(3, self.timeoutMs)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.callId = cMessage.integer(0)
        self.method = cMessage.string(1)
        self.payload = cMessage.bytes(2)
        self.timeoutMs = cMessage.integer(3)
    }
}

extension V1.ResponseFrame: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ResponseFrame", fields: [
        "call_id", "status", "payload", "end_of_stream", "request_id"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.integer(0, self.callId)
        cMessage.message(1, self.status)
        cMessage.bytes(2, self.payload)
        cMessage.bool(3, self.endOfStream)
        cMessage.string(4, self.requestId)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.callId = cMessage.integer(0)
        self.status = try cMessage.message(1)
        self.payload = cMessage.bytes(2)
        self.endOfStream = cMessage.bool(3)
        self.requestId = cMessage.string(4)
    }
}
