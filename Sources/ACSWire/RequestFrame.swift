public import ACSCore
import CACSProto
import CProtobufC
public import NIOCore

/// A call from client to server (`acs.v1.RequestFrame`).
public struct RequestFrame: Sendable, Hashable {
    /// Chosen by the client; echoed in the answer.
    public var callID: UInt64
    /// The method path, e.g. `/acs.v1.System/Health`.
    public var method: String
    /// The serialized request message.
    public var payload: [UInt8]
    /// Deadline in milliseconds from receipt; 0 means none.
    public var timeoutMilliseconds: UInt32

    /// Creates a request frame.
    public init(callID: UInt64, method: String, payload: [UInt8], timeoutMilliseconds: UInt32 = 0) {
        self.callID = callID
        self.method = method
        self.payload = payload
        self.timeoutMilliseconds = timeoutMilliseconds
    }

    /// Decodes a frame body; malformed bytes throw INVALID_ARGUMENT.
    public init(body: ByteBuffer) throws(ACSError) {
        self = try body.withUnsafeReadableBytes { bytes in
            Result { () throws(ACSError) -> RequestFrame in
                try RequestInputCheck.check(bytes, Acs__V1__RequestFrame.descriptor, stringsOnly: true)
                return try Acs__V1__RequestFrame.decode(bytes) { frame in
                RequestFrame(
                    callID: frame.pointee.call_id,
                    method: String(protobuf: frame.pointee.method),
                    payload: [UInt8](protobuf: frame.pointee.payload),
                    timeoutMilliseconds: frame.pointee.timeout_ms)
            } }
        }.get()
    }

    /// Appends the length prefix and the encoded frame to `buffer`.
    public func write(to buffer: inout ByteBuffer) {
        var frame = Acs__V1__RequestFrame.initialized()
        frame.call_id = callID
        frame.timeout_ms = timeoutMilliseconds
        method.withCString { method in
            payload.withUnsafeBufferPointer { payload in
                frame.method = UnsafeMutablePointer(mutating: method)
                frame.payload = ProtobufCBinaryData(len: payload.count, data: UnsafeMutablePointer(mutating: payload.baseAddress))
                writeFramed(&frame, to: &buffer)
            }
        }
    }
}

/// Writes `message` with its 4-byte big-endian length prefix.
func writeFramed<M: CProtoMessage>(_ message: inout M, to buffer: inout ByteBuffer) {
    withUnsafePointer(to: &message) { pointer in
        let size = M.packedSize(pointer)
        buffer.writeInteger(UInt32(size))
        guard size > 0 else { return }
        buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: size) { out in
            M.pack(pointer, into: out.baseAddress!)
        }
    }
}

extension Acs__V1__RequestFrame: CProtoMessage {
    static func cInit(_ message: UnsafeMutablePointer<Self>) { acs__v1__request_frame__init(message) }
}
