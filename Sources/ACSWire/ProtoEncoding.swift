import CACSProto
import CProtobufC

/// Encodes Codable structs as protobuf-c messages (see `ProtoMessage`).
///
/// A mismatch between a Swift type and its proto message (a property with no
/// field, a value that does not fit) is a programming error and stops the
/// process with a message naming both; the round-trip tests catch them.
enum ProtoEncoding {
    static func encode<T: ProtoMessage>(_ value: T) -> [UInt8] {
        guard let descriptor = ProtoRegistry.descriptor(named: T.protoName) else {
            preconditionFailure("\(T.protoName) is not a message of the v1 protocol")
        }
        return pack(descriptor) { message, arena in
            do {
                try value.encode(to: MessageEncoder(base: message, descriptor: descriptor, arena: arena, codingPath: []))
            } catch {
                preconditionFailure("cannot encode \(T.self) as \(T.protoName): \(error)")
            }
        }
    }

    /// The bytes of a `descriptor` message that `fill` fills (its strings and sub-messages
    /// in the arena, which lives until the bytes are packed).
    static func pack(_ descriptor: UnsafePointer<ProtobufCMessageDescriptor>,
                     _ fill: (UnsafeMutableRawPointer, CArena) -> Void) -> [UInt8] {
        let arena = CArena()
        let message = arena.message(descriptor)
        return withExtendedLifetime(arena) {
            fill(message, arena)
            return pack(message)
        }
    }

    private static func pack(_ message: UnsafeMutableRawPointer) -> [UInt8] {
        let base = UnsafePointer(message.assumingMemoryBound(to: ProtobufCMessage.self))
        let size = protobuf_c_message_get_packed_size(base)
        // An empty message: no array storage is made (writing a count into the shared empty
        // array from several threads is what ThreadSanitizer saw).
        guard size > 0 else { return [] }
        return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = protobuf_c_message_pack(base, buffer.baseAddress!)
        }
    }

    /// Writes `value` as `field` stores it at `address`.
    static func store<T: Encodable>(_ value: T, at address: UnsafeMutableRawPointer, field: ProtoField, arena: CArena, path: [any CodingKey]) throws {
        if field.isMessage {
            let message = arena.message(field.messageDescriptor)
            address.storeBytes(of: UnsafeRawPointer(message), as: UnsafeRawPointer.self)
            try value.encode(to: MessageEncoder(base: message, descriptor: field.messageDescriptor, arena: arena, codingPath: path))
        } else if let scalar = ProtoScalar(value) {
            guard scalar.store(at: address, field: field, arena: arena) else {
                throw EncodingError.invalidValue(value, .init(codingPath: path, debugDescription: "\(field.name) cannot hold \(value)"))
            }
        } else {
            try value.encode(to: ValueEncoder(address: address, field: field, arena: arena, codingPath: path))
        }
    }
}

extension CArena {
    /// A zero-filled message of `descriptor`'s type, initialised by its `…__init`.
    func message(_ descriptor: UnsafePointer<ProtobufCMessageDescriptor>) -> UnsafeMutableRawPointer {
        let size = descriptor.pointee.sizeof_message
        let message = UnsafeMutableRawPointer(allocate(UInt8.self, count: size))
        message.initializeMemory(as: UInt8.self, repeating: 0, count: size)
        descriptor.pointee.message_init(message.assumingMemoryBound(to: ProtobufCMessage.self))
        return message
    }
}

/// Arrays encode as repeated fields.
protocol ProtoEncodableArray {
    var protoElements: [any Encodable] { get }
}

extension Array: ProtoEncodableArray where Element: Encodable {
    var protoElements: [any Encodable] { map { $0 } }
}

/// Encodes one message: a keyed container over its fields.
struct MessageEncoder: Encoder {
    let base: UnsafeMutableRawPointer
    let descriptor: UnsafePointer<ProtobufCMessageDescriptor>
    let arena: CArena
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(MessageEncodingContainer<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        preconditionFailure("a message is not a list (at \(codingPath.map(\.stringValue)))")
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        preconditionFailure("a message is not a scalar (at \(codingPath.map(\.stringValue)))")
    }
}

/// Encodes the value of one non-message field (an enum's raw value).
struct ValueEncoder: Encoder, SingleValueEncodingContainer {
    let address: UnsafeMutableRawPointer
    let field: ProtoField
    let arena: CArena
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        preconditionFailure("\(field.name) is not a message")
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        preconditionFailure("\(field.name) is not repeated")
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    mutating func encodeNil() throws {}

    mutating func encode<T: Encodable>(_ value: T) throws {
        guard let scalar = ProtoScalar(value), scalar.store(at: address, field: field, arena: arena) else {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath, debugDescription: "\(field.name) cannot hold \(value)"))
        }
    }
}

/// The fields of one message, by Swift property name.
struct MessageEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: MessageEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    private func field(_ key: Key) throws -> ProtoField {
        guard let field = ProtoRegistry.field(forProperty: key.stringValue, of: encoder.descriptor) else {
            let name = String(cString: encoder.descriptor.pointee.name)
            throw EncodingError.invalidValue(key.stringValue, .init(codingPath: codingPath, debugDescription: "\(name) has no field \(key.stringValue.protoFieldName)"))
        }
        return field
    }

    mutating func encodeNil(forKey key: Key) throws {}

    // Scalars take these overloads (synthesized `encode(to:)` calls them), which skip the casts of the generic path.
    mutating func encode(_ value: String, forKey key: Key) throws { try scalar(.string(value), value, forKey: key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try scalar(.bool(value), value, forKey: key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try scalar(.signed(value), value, forKey: key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try scalar(.signed(Int64(value)), value, forKey: key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try scalar(.signed(Int64(value)), value, forKey: key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try scalar(.unsigned(value), value, forKey: key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try scalar(.unsigned(UInt64(value)), value, forKey: key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try scalar(.double(value), value, forKey: key) }

    private func scalar(_ scalar: ProtoScalar, _ value: Any, forKey key: Key) throws {
        let field = try field(key)
        guard !field.isRepeated, scalar.store(at: encoder.base.advanced(by: field.offset), field: field, arena: encoder.arena) else {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath + [key], debugDescription: "\(field.name) cannot hold \(value)"))
        }
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        let field = try field(key)
        let path = codingPath + [key]
        let address = encoder.base.advanced(by: field.offset)
        guard field.isRepeated else {
            return try ProtoEncoding.store(value, at: address, field: field, arena: encoder.arena, path: path)
        }
        guard let elements = (value as? any ProtoEncodableArray)?.protoElements else {
            throw EncodingError.invalidValue(value, .init(codingPath: path, debugDescription: "\(field.name) is repeated: encode an array"))
        }
        let array = UnsafeMutableRawPointer(encoder.arena.allocate(UInt8.self, count: elements.count * field.elementSize))
        encoder.base.advanced(by: field.countOffset).storeBytes(of: elements.count, as: Int.self)
        address.storeBytes(of: UnsafeRawPointer(array), as: UnsafeRawPointer.self)
        for (index, element) in elements.enumerated() {
            try ProtoEncoding.store(element, at: array.advanced(by: index * field.elementSize), field: field,
                                    arena: encoder.arena, path: path + [ProtoIndexKey(index)])
        }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        preconditionFailure("encode nested messages as structs")
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        preconditionFailure("encode repeated fields as arrays")
    }

    mutating func superEncoder() -> any Encoder { encoder }

    mutating func superEncoder(forKey key: Key) -> any Encoder { encoder }
}
