public import ACSCore

/// A request or response message with its protobuf encoding.
public protocol WireMessage: Sendable {
    /// Decodes the serialized message; malformed bytes throw INVALID_ARGUMENT.
    init(wire bytes: [UInt8]) throws(ACSError)
    /// The serialized message.
    func wireBytes() -> [UInt8]
}
