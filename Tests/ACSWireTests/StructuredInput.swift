import ACSTesting
import CACSProto
import CProtobufC

/// Protobuf bytes built from a message descriptor's own fields: field numbers that
/// exist, mostly their own wire types, values at the edges (empty, huge, invalid
/// UTF-8, unknown enum numbers), nested messages a few levels deep, and now and
/// then a wrong wire type or a length that lies. Unlike random bytes, most of
/// these get past the wire parser into the decoders behind it.
struct StructuredInput {
    var generator: SeededGenerator

    mutating func message(_ descriptor: UnsafePointer<ProtobufCMessageDescriptor>, depth: Int = 0) -> [UInt8] {
        var out: [UInt8] = []
        let fields = descriptor.pointee.n_fields
        guard fields > 0 else { return out }
        for _ in 0..<(1 + next() % 8) {
            let field = descriptor.pointee.fields[Int(next() % UInt64(fields))]
            let wireType = next() % 16 == 0 ? next() % 8 : Self.wireType(of: field.type)
            Self.varint(UInt64(field.id) << 3 | wireType, into: &out)
            switch wireType {
            case 0: Self.varint(edgeNumber(), into: &out)
            case 1: out += bytes(8)
            case 5: out += bytes(4)
            case 2:
                var payload = field.type == PROTOBUF_C_TYPE_MESSAGE && depth < 3 && next() % 4 != 0
                    ? message(field.descriptor.assumingMemoryBound(to: ProtobufCMessageDescriptor.self), depth: depth + 1)
                    : text()
                if next() % 16 == 0 { payload += bytes(Int(next() % 4)) }
                let lie = next() % 16 == 0 ? Int(next() % 8) : 0
                Self.varint(UInt64(payload.count + lie), into: &out)
                out += payload
            default: out += bytes(Int(next() % 8))
            }
        }
        return out
    }

    private mutating func next() -> UInt64 { generator.next() }

    private mutating func bytes(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) }
    }

    /// 0, 1, the largest values of each width, negative numbers as varints, or anything.
    private mutating func edgeNumber() -> UInt64 {
        let edges: [UInt64] = [0, 1, 2, 127, 128, UInt64(Int32.max), UInt64(UInt32.max), UInt64(Int64.max), UInt64.max, UInt64(bitPattern: -1_000)]
        return next() % 2 == 0 ? edges[Int(next() % UInt64(edges.count))] : next() >> (next() % 64)
    }

    /// Empty, ASCII, a control character, invalid UTF-8, or bytes.
    private mutating func text() -> [UInt8] {
        switch next() % 5 {
        case 0: return []
        case 1: return Array("USD".utf8)
        case 2: return Array("a\u{0}b\u{7}c\n".utf8)
        case 3: return [0xC3, 0x28, 0xFF, 0xFE]
        default: return bytes(Int(next() % 40))
        }
    }

    private static func wireType(of type: ProtobufCType) -> UInt64 {
        switch type {
        case PROTOBUF_C_TYPE_STRING, PROTOBUF_C_TYPE_BYTES, PROTOBUF_C_TYPE_MESSAGE: 2
        case PROTOBUF_C_TYPE_FIXED64, PROTOBUF_C_TYPE_SFIXED64, PROTOBUF_C_TYPE_DOUBLE: 1
        case PROTOBUF_C_TYPE_FIXED32, PROTOBUF_C_TYPE_SFIXED32, PROTOBUF_C_TYPE_FLOAT: 5
        default: 0
        }
    }

    static func varint(_ value: UInt64, into out: inout [UInt8]) { ProtoVarint.append(value, to: &out) }
}
