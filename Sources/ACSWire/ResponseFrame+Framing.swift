public import ACSCore
public import NIOCore

extension V1.ResponseFrame {
    /// The last frame of a call that failed with `error`.
    public init(callId: UInt64, error: ACSError, requestId: String = "") {
        self.init(callId: callId, status: V1.Status(error), endOfStream: true, requestId: requestId)
    }

    /// The last frame of a call: `result`'s bytes or its error.
    public init(callId: UInt64, result: Result<[UInt8], ACSError>, requestId: String = "") {
        switch result {
        case .success(let payload): self.init(callId: callId, payload: payload, endOfStream: true, requestId: requestId)
        case .failure(let error): self.init(callId: callId, error: error, requestId: requestId)
        }
    }

    /// Decodes a frame body; malformed bytes throw INVALID_ARGUMENT.
    public init(body: ByteBuffer) throws(ACSError) {
        self = try body.withUnsafeReadableBytes { bytes in
            Result { () throws(ACSError) -> Self in try Self(wire: bytes) }
        }.get()
    }

    /// The failure the frame carries, or nil for OK (an absent status means OK).
    public var error: ACSError? {
        guard let status, status.code != .ok else { return nil }
        let code = ACSError.Code(rawValue: status.code.rawValue)
        return ACSError(code, status.message, violations: status.violations.map {
            ACSError.FieldViolation(field: $0.field, description: $0.description)
        })
    }
}

extension V1.Status {
    /// The status that carries `error`: its code, message and violations.
    public init(_ error: ACSError) {
        self.init(
            code: V1.Code(rawValue: error.code.rawValue) ?? .unknown, message: error.message,
            violations: error.violations.map { V1.FieldViolation(field: $0.field, description: $0.description) })
    }
}
