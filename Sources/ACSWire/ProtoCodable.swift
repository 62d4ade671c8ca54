public import ACSCore
import CACSProto
import CProtobufC
public import NIOCore

/// A message of `proto/acs/v1` as a Swift struct (`V1.PostPaymentRequest`) with generated
/// field-by-field code (`Generated/*.pb.swift`, written by scripts/proto/gen-swift.py from the
/// compiled proto descriptors) that fills and reads the protobuf-c struct directly; libprotobuf-c
/// packs and unpacks it.
public protocol ProtoCodable: Sendable {
    /// The full protobuf name, e.g. `acs.v1.PostPaymentRequest`.
    static var protoName: String { get }
    /// The message's fields as the generated code numbers them.
    static var protoLayout: ProtoLayout { get }
    /// Writes every field that differs from its default into `message`.
    func protoStore(_ message: ProtoWriter)
    /// Reads every field of `message`.
    init(protoReader message: ProtoReader) throws(ProtoFieldError)
}

extension ProtoCodable {
    /// Decodes the serialized message; malformed bytes or values throw INVALID_ARGUMENT.
    public init(wire bytes: [UInt8]) throws(ACSError) {
        self = try bytes.withUnsafeBytes { raw in Result { () throws(ACSError) -> Self in try Self(wire: raw) } }.get()
    }

    /// Decodes the serialized message in `bytes`, which it does not keep.
    public init(wire bytes: UnsafeRawBufferPointer) throws(ACSError) {
        let layout = Self.protoLayout
        self = try ProtobufC.unpack(bytes, layout.descriptor) { (message) throws(ACSError) -> Self in
            do throws(ProtoFieldError) {
                return try Self(protoReader: ProtoReader(base: message, layout: layout))
            } catch {
                throw error.acsError
            }
        }
    }

    /// The serialized message.
    public func wireBytes() -> [UInt8] { packed().bytes }

    /// The serialized message as a request: INVALID_ARGUMENT when a string holds a NUL byte,
    /// which a protobuf-c string cannot carry (it would be cut there, and two values become one).
    public func requestBytes() throws(ACSError) -> [UInt8] {
        let (bytes, cut) = packed()
        guard !cut else { throw ACSError(.invalidArgument, "a string field of \(Self.protoName) holds a NUL byte, which the protocol cannot carry") }
        return bytes
    }

    /// The serialized message, and whether a string was cut at a NUL byte.
    private func packed() -> (bytes: [UInt8], cutAtNUL: Bool) {
        withPacked { message, size, arena in
            // An empty message makes no array storage (writing a count into the shared empty
            // array from several threads is what ThreadSanitizer saw).
            guard size > 0 else { return ([], arena.cutAtNUL) }
            return ([UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = protobuf_c_message_pack(message, buffer.baseAddress!)
            }, arena.cutAtNUL)
        }
    }

    /// Appends the message to `buffer` as one frame: its 4-byte big-endian length, then its bytes.
    public func write(framedTo buffer: inout ByteBuffer) {
        withPacked { message, size, _ in
            buffer.writeInteger(UInt32(size))
            guard size > 0 else { return }
            buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: size) { out in
                protobuf_c_message_pack(message, out.baseAddress!.assumingMemoryBound(to: UInt8.self))
            }
        }
    }

    /// Builds the C message in an arena and hands it, with its packed size, to `body`.
    private func withPacked<R>(_ body: (UnsafePointer<ProtobufCMessage>, Int, CArena) -> R) -> R {
        let layout = Self.protoLayout
        let arena = CArena()
        let message = arena.message(layout.descriptor)
        return withExtendedLifetime(arena) {
            protoStore(ProtoWriter(base: message, layout: layout, arena: arena))
            let base = UnsafePointer(message.assumingMemoryBound(to: ProtobufCMessage.self))
            return body(base, protobuf_c_message_get_packed_size(base), arena)
        }
    }
}

/// The fields of one message type, resolved once from its descriptor in the order the
/// generated code numbers them.
public struct ProtoLayout: @unchecked Sendable {
    let descriptor: UnsafePointer<ProtobufCMessageDescriptor>
    let fields: [ProtoField]

    /// The layout of `protoName`, its fields named in proto spelling. Every field of the
    /// message must be named: a proto and its generated code that disagree stop the process.
    public init(_ protoName: String, fields names: [String]) {
        guard let descriptor = ProtoRegistry.descriptor(named: protoName) else {
            preconditionFailure("\(protoName) is not a message of the v1 protocol")
        }
        self.descriptor = descriptor
        fields = names.map { name in
            guard let field = ProtoRegistry.field(name, of: descriptor) else {
                preconditionFailure("\(protoName) has no field \(name): run 'make proto'")
            }
            return field
        }
        precondition(fields.count == Int(descriptor.pointee.n_fields), "\(protoName): generated code names \(fields.count) fields; run 'make proto'")
    }
}

/// A field that does not hold a value its Swift type can take (an enum number the
/// mirror does not know), with the path to it; INVALID_ARGUMENT on the wire.
public struct ProtoFieldError: Error {
    /// The field, innermost first: names in proto spelling, list indices as `[N]`.
    var path: [String]
    let reason: String

    /// The field path, e.g. `payments[3].status`.
    var acsError: ACSError {
        let field = path.reversed().map { $0.hasPrefix("[") ? $0 : "." + $0 }.joined()
        return .invalidArgument(field: field.hasPrefix(".") ? String(field.dropFirst()) : field, reason)
    }

    func within(_ component: String) -> ProtoFieldError {
        var error = self
        error.path.append(component)
        return error
    }
}

