public import ACSCore
public import NIOCore

extension V1.RequestFrame {
    /// Decodes a frame body; malformed bytes, or a method path that is not valid UTF-8 or
    /// holds a NUL, throw INVALID_ARGUMENT.
    public init(body: ByteBuffer) throws(ACSError) {
        self = try body.withUnsafeReadableBytes { bytes in
            Result { () throws(ACSError) -> Self in
                try RequestInputCheck.check(bytes, ProtoRegistry.requestFrame, stringsOnly: true)
                return try Self(wire: bytes)
            }
        }.get()
    }
}
