import ACSTesting
import CACSProto
import CProtobufC
@testable import ACSWire

/// Raw protobuf bytes that set one field, found by name from the protoc-c descriptors, to a
/// value the Swift mirrors cannot carry (a NUL inside a string, invalid UTF-8, any varint).
/// Appended to a valid message, it overrides that field (protobuf's last-one-wins merge).
enum ProtoPatch {
    /// A value for one field.
    enum Leaf {
        case varint(UInt64)
        case bytes([UInt8])
    }

    /// `message` with the field at `path` (field names, outermost first) set to `leaf`.
    static func set(_ path: [String], in message: String, to leaf: Leaf) -> [UInt8] {
        let descriptor = ProtoRegistry.descriptor(named: message)!
        return encode(path[...], descriptor, leaf)
    }

    /// The bytes of a message of `descriptor` with the field at `path` set to `leaf`.
    static func encode(_ path: ArraySlice<String>, _ descriptor: UnsafePointer<ProtobufCMessageDescriptor>, _ leaf: Leaf) -> [UInt8] {
        let field = protobuf_c_message_descriptor_get_field_by_name(descriptor, path.first!)!
        var out: [UInt8] = []
        if path.count > 1 {
            let inner = encode(path.dropFirst(), field.pointee.descriptor.assumingMemoryBound(to: ProtobufCMessageDescriptor.self), leaf)
            varint(UInt64(field.pointee.id) << 3 | 2, into: &out)
            varint(UInt64(inner.count), into: &out)
            return out + inner
        }
        switch leaf {
        case .varint(let value):
            varint(UInt64(field.pointee.id) << 3, into: &out)
            varint(value, into: &out)
        case .bytes(let bytes):
            varint(UInt64(field.pointee.id) << 3 | 2, into: &out)
            varint(UInt64(bytes.count), into: &out)
            out += bytes
        }
        return out
    }

    /// Every field reachable from `descriptor` that holds a value (not a message), as paths of
    /// field descriptors, down to `depth` levels of sub-messages.
    static func leaves(of descriptor: UnsafePointer<ProtobufCMessageDescriptor>, depth: Int = 3)
        -> [[UnsafePointer<ProtobufCFieldDescriptor>]] {
        (0..<Int(descriptor.pointee.n_fields)).flatMap { index -> [[UnsafePointer<ProtobufCFieldDescriptor>]] in
            let field = descriptor.pointee.fields + index
            guard field.pointee.type == PROTOBUF_C_TYPE_MESSAGE else { return [[field]] }
            guard depth > 0 else { return [] }
            let inner = field.pointee.descriptor.assumingMemoryBound(to: ProtobufCMessageDescriptor.self)
            return leaves(of: inner, depth: depth - 1).map { [field] + $0 }
        }
    }

    static func varint(_ value: UInt64, into out: inout [UInt8]) { ProtoVarint.append(value, to: &out) }
}
