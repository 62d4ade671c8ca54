import CACSProto
import CProtobufC

/// A scalar as protobuf-c stores it, read from or written to a C struct.
enum ProtoScalar {
    case signed(Int64)
    case unsigned(UInt64)
    case bool(Bool)
    case double(Double)
    case string(String)
    case bytes([UInt8])

    /// Reads the value of `field` at `address`; a NULL address (absent message) reads the default.
    init(at address: UnsafeRawPointer?, field: ProtoField) {
        guard let address else {
            self = Self.defaultValue(field.type)
            return
        }
        switch field.type {
        case PROTOBUF_C_TYPE_INT32, PROTOBUF_C_TYPE_SINT32, PROTOBUF_C_TYPE_SFIXED32, PROTOBUF_C_TYPE_ENUM:
            self = .signed(Int64(address.loadUnaligned(as: Int32.self)))
        case PROTOBUF_C_TYPE_UINT32, PROTOBUF_C_TYPE_FIXED32:
            self = .unsigned(UInt64(address.loadUnaligned(as: UInt32.self)))
        case PROTOBUF_C_TYPE_INT64, PROTOBUF_C_TYPE_SINT64, PROTOBUF_C_TYPE_SFIXED64:
            self = .signed(address.loadUnaligned(as: Int64.self))
        case PROTOBUF_C_TYPE_UINT64, PROTOBUF_C_TYPE_FIXED64:
            self = .unsigned(address.loadUnaligned(as: UInt64.self))
        case PROTOBUF_C_TYPE_BOOL:
            self = .bool(address.loadUnaligned(as: Int32.self) != 0)
        case PROTOBUF_C_TYPE_DOUBLE:
            self = .double(address.loadUnaligned(as: Double.self))
        case PROTOBUF_C_TYPE_FLOAT:
            self = .double(Double(address.loadUnaligned(as: Float.self)))
        case PROTOBUF_C_TYPE_STRING:
            self = .string(address.loadUnaligned(as: UnsafePointer<CChar>?.self).map { String(cString: $0) } ?? "")
        case PROTOBUF_C_TYPE_BYTES:
            let data = address.loadUnaligned(as: ProtobufCBinaryData.self)
            self = .bytes(data.len > 0 && data.data != nil ? Array(UnsafeBufferPointer(start: data.data, count: data.len)) : [])
        default:
            self = .signed(0)
        }
    }

    private static func defaultValue(_ type: ProtobufCType) -> ProtoScalar {
        switch type {
        case PROTOBUF_C_TYPE_STRING: return .string("")
        case PROTOBUF_C_TYPE_BYTES: return .bytes([])
        case PROTOBUF_C_TYPE_BOOL: return .bool(false)
        default: return .signed(0)
        }
    }

    /// The value as a Swift primitive of type `T`, or nil when `T` is not a
    /// primitive or the value does not fit.
    func value<T>(as type: T.Type) -> T? {
        switch (self, type) {
        case (.string(let value), is String.Type): return value as? T
        case (.bool(let value), is Bool.Type): return value as? T
        case (.bytes(let value), is [UInt8].Type): return value as? T
        case (.double(let value), is Double.Type): return value as? T
        case (.signed(let value), _): return Self.integer(value, as: type)
        case (.unsigned(let value), _): return Self.integer(value, as: type)
        default: return nil
        }
    }

    private static func integer<T, V: BinaryInteger>(_ value: V, as type: T.Type) -> T? {
        switch type {
        case is Int.Type: return Int(exactly: value) as? T
        case is Int64.Type: return Int64(exactly: value) as? T
        case is Int32.Type: return Int32(exactly: value) as? T
        case is UInt64.Type: return UInt64(exactly: value) as? T
        case is UInt32.Type: return UInt32(exactly: value) as? T
        case is UInt.Type: return UInt(exactly: value) as? T
        default: return nil
        }
    }

    /// A Swift primitive as a scalar, or nil when `value` is not one.
    init?(_ value: Any) {
        switch value {
        case let value as String: self = .string(value)
        case let value as Bool: self = .bool(value)
        case let value as [UInt8]: self = .bytes(value)
        case let value as Double: self = .double(value)
        case let value as Int: self = .signed(Int64(value))
        case let value as Int64: self = .signed(value)
        case let value as Int32: self = .signed(Int64(value))
        case let value as UInt64: self = .unsigned(value)
        case let value as UInt32: self = .unsigned(UInt64(value))
        case let value as UInt: self = .unsigned(UInt64(value))
        default: return nil
        }
    }

    /// Writes the value as `field` stores it at `address`; strings and bytes go into `arena`.
    /// Returns false when the value does not fit the field's type.
    func store(at address: UnsafeMutableRawPointer, field: ProtoField, arena: CArena) -> Bool {
        switch (field.type, self) {
        case (PROTOBUF_C_TYPE_INT32, _), (PROTOBUF_C_TYPE_SINT32, _), (PROTOBUF_C_TYPE_SFIXED32, _), (PROTOBUF_C_TYPE_ENUM, _):
            guard let value = integer(Int32.self) else { return false }
            address.storeBytes(of: value, as: Int32.self)
        case (PROTOBUF_C_TYPE_UINT32, _), (PROTOBUF_C_TYPE_FIXED32, _):
            guard let value = integer(UInt32.self) else { return false }
            address.storeBytes(of: value, as: UInt32.self)
        case (PROTOBUF_C_TYPE_INT64, _), (PROTOBUF_C_TYPE_SINT64, _), (PROTOBUF_C_TYPE_SFIXED64, _):
            guard let value = integer(Int64.self) else { return false }
            address.storeBytes(of: value, as: Int64.self)
        case (PROTOBUF_C_TYPE_UINT64, _), (PROTOBUF_C_TYPE_FIXED64, _):
            guard let value = integer(UInt64.self) else { return false }
            address.storeBytes(of: value, as: UInt64.self)
        case (PROTOBUF_C_TYPE_BOOL, .bool(let value)):
            address.storeBytes(of: value ? 1 : 0, as: Int32.self)
        case (PROTOBUF_C_TYPE_DOUBLE, .double(let value)):
            address.storeBytes(of: value, as: Double.self)
        case (PROTOBUF_C_TYPE_STRING, .string(let value)):
            address.storeBytes(of: UnsafePointer(arena.string(value)), as: UnsafePointer<CChar>.self)
        case (PROTOBUF_C_TYPE_BYTES, .bytes(let value)):
            address.storeBytes(of: arena.bytes(value), as: ProtobufCBinaryData.self)
        default:
            return false
        }
        return true
    }

    private func integer<T: FixedWidthInteger>(_ type: T.Type) -> T? {
        switch self {
        case .signed(let value): return T(exactly: value)
        case .unsigned(let value): return T(exactly: value)
        default: return nil
        }
    }
}
