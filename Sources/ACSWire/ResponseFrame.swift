public import ACSCore
import CACSProto
import CProtobufC
public import NIOCore

/// An answer from server to client (`acs.v1.ResponseFrame`).
public struct ResponseFrame: Sendable, Hashable {
    /// The call answered.
    public var callID: UInt64
    /// The failure, or nil for OK.
    public var error: ACSError?
    /// The serialized response message (empty on failure).
    public var payload: [UInt8]
    /// True on the last frame of the call.
    public var endOfStream: Bool
    /// acsd's id of the call (`ACS_REQUEST_ID` in the journal); empty for connection-level errors.
    public var requestID: String

    /// Creates a response frame.
    public init(callID: UInt64, error: ACSError? = nil, payload: [UInt8] = [], endOfStream: Bool = true, requestID: String = "") {
        self.callID = callID
        self.error = error
        self.payload = payload
        self.endOfStream = endOfStream
        self.requestID = requestID
    }

    /// The final frame of a call: `result`'s bytes or its error.
    public init(callID: UInt64, result: Result<[UInt8], ACSError>, requestID: String = "") {
        switch result {
        case .success(let payload): self.init(callID: callID, payload: payload, requestID: requestID)
        case .failure(let error): self.init(callID: callID, error: error, requestID: requestID)
        }
    }

    /// Decodes a frame body; malformed bytes throw INVALID_ARGUMENT.
    public init(body: ByteBuffer) throws(ACSError) {
        self = try body.withUnsafeReadableBytes { bytes in
            Result { () throws(ACSError) -> ResponseFrame in try Acs__V1__ResponseFrame.decode(bytes) { frame in
                ResponseFrame(
                    callID: frame.pointee.call_id,
                    error: frame.pointee.status.flatMap { ACSError(status: $0.pointee) },
                    payload: [UInt8](protobuf: frame.pointee.payload),
                    endOfStream: frame.pointee.end_of_stream != 0,
                    requestID: String(protobuf: frame.pointee.request_id))
            } }
        }.get()
    }

    /// Appends the length prefix and the encoded frame to `buffer`.
    public func write(to buffer: inout ByteBuffer) {
        var frame = Acs__V1__ResponseFrame.initialized()
        frame.call_id = callID
        frame.end_of_stream = endOfStream.protobuf
        var status = Acs__V1__Status.initialized()
        // The arena (an allocation) is only needed for an error's strings.
        let arena = error.map { error in
            let arena = CArena()
            status.fill(from: error, arena: arena)
            return arena
        }
        defer { withExtendedLifetime(arena) {} }
        withUnsafeMutablePointer(to: &status) { status in
            frame.status = status
            requestID.withCString { requestID in
                if !self.requestID.isEmpty { frame.request_id = UnsafeMutablePointer(mutating: requestID) }
                payload.withUnsafeBufferPointer { payload in
                    frame.payload = ProtobufCBinaryData(len: payload.count, data: UnsafeMutablePointer(mutating: payload.baseAddress))
                    writeFramed(&frame, to: &buffer)
                }
            }
        }
    }
}

extension ACSError {
    /// The error a non-OK `Status` carries, or nil for OK.
    init?(status: Acs__V1__Status) {
        let code = ACSError.Code(rawValue: Int(status.code.rawValue))
        guard code != .ok else { return nil }
        let violations = (0..<status.n_violations).compactMap { index in
            status.violations[index].map {
                FieldViolation(field: String(protobuf: $0.pointee.field), description: String(protobuf: $0.pointee.description))
            }
        }
        self.init(code, String(protobuf: status.message), violations: violations)
    }
}

extension Acs__V1__Status {
    /// Sets code, message and violations from `error`.
    mutating func fill(from error: ACSError, arena: CArena) {
        code = Acs__V1__Code(rawValue: numericCast(error.code.rawValue))
        message = arena.string(error.message)
        n_violations = error.violations.count
        violations = arena.messages(error.violations.map { violation in
            var value = Acs__V1__FieldViolation.initialized()
            value.field = arena.string(violation.field)
            value.description = arena.string(violation.description)
            return value
        })
    }
}

extension Acs__V1__ResponseFrame: CProtoMessage {
    static func cInit(_ message: UnsafeMutablePointer<Self>) { acs__v1__response_frame__init(message) }
}

extension Acs__V1__Status: CProtoMessage {
    static func cInit(_ message: UnsafeMutablePointer<Self>) { acs__v1__status__init(message) }
}

extension Acs__V1__FieldViolation: CProtoMessage {
    static func cInit(_ message: UnsafeMutablePointer<Self>) { acs__v1__field_violation__init(message) }
}
