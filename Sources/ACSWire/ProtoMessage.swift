public import ACSCore

/// A request or response message as a plain Codable Swift struct, encoded with
/// libprotobuf-c through the message's descriptor: property `amountMinor` is
/// proto field `amount_minor`; nested structs are messages; arrays are repeated
/// fields; `[UInt8]` is `bytes`; `Int`-backed enums are proto enums.
///
/// The mirrors of `proto/` are also `ProtoCodable` (generated code, no Codable on the
/// hot path); any other conforming struct goes through the Codable bridge.
///
/// Conform a struct, name its proto type, and `WireMessage` comes for free:
/// ```swift
/// struct Money: ProtoMessage { static let protoName = "acs.v1.Money"; var amountMinor: Int64; var currency: String }
/// ```
public protocol ProtoMessage: WireMessage, Codable {
    /// The full protobuf name, e.g. `acs.v1.PostPaymentRequest`.
    static var protoName: String { get }
}

extension ProtoMessage {
    /// Decodes the serialized message; malformed bytes or values throw INVALID_ARGUMENT.
    public init(wire bytes: [UInt8]) throws(ACSError) {
        self = try ProtoDecoding.decode(Self.self, from: bytes)
    }

    /// The serialized message.
    public func wireBytes() -> [UInt8] {
        ProtoEncoding.encode(self)
    }
}
