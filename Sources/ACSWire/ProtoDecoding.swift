import ACSCore
import CACSProto
import CProtobufC

/// Decodes Codable structs from protobuf-c messages (see `ProtoMessage`).
enum ProtoDecoding {
    static func decode<T: ProtoMessage>(_ type: T.Type, from bytes: [UInt8]) throws(ACSError) -> T {
        guard let descriptor = ProtoRegistry.descriptor(named: T.protoName) else {
            throw ACSError(.internal, "\(T.protoName) is not a message of the v1 protocol")
        }
        return try ProtoUnpacking.unpack(bytes, descriptor) { (message) throws(ACSError) -> T in
            do {
                return try T(from: MessageDecoder(base: message, descriptor: descriptor, codingPath: []))
            } catch let error as DecodingError {
                throw ACSError(decoding: error)
            } catch {
                throw ACSError(from: error)
            }
        }
    }

    /// Decodes the value of `field` stored at `address` as `T`.
    static func value<T: Decodable>(_ type: T.Type, at address: UnsafeRawPointer?, field: ProtoField, path: [any CodingKey]) throws -> T {
        if !field.isMessage {
            if let value = ProtoScalar(at: address, field: field).value(as: T.self) { return value }
            if isPrimitive(T.self) {
                throw DecodingError.typeMismatch(T.self, .init(codingPath: path, debugDescription: "\(field.name) does not fit a \(T.self)"))
            }
        }
        return try T(from: ValueDecoder(address: address, field: field, codingPath: path))
    }

    private static func isPrimitive<T>(_ type: T.Type) -> Bool {
        [Int.self, Int64.self, Int32.self, UInt.self, UInt64.self, UInt32.self, Bool.self, String.self, Double.self]
            .contains { $0 == type as Any.Type } || type == [UInt8].self
    }
}

/// protobuf-c's unpacking, its memory taken from an arena.
enum ProtoUnpacking {
    /// Unpacks `bytes` as a `descriptor` message and hands it to `body`; bytes protobuf-c
    /// refuses are INVALID_ARGUMENT.
    static func unpack<R>(_ bytes: [UInt8], _ descriptor: UnsafePointer<ProtobufCMessageDescriptor>,
                          _ body: (UnsafeRawPointer) throws(ACSError) -> R) throws(ACSError) -> R {
        try CArena().withAllocator { (allocator) throws(ACSError) -> R in
            try bytes.withUnsafeBytes { raw in
                Result { () throws(ACSError) -> R in
                    let data = raw.baseAddress?.assumingMemoryBound(to: UInt8.self)
                    guard let message = protobuf_c_message_unpack(descriptor, allocator, raw.count, data ?? UnsafePointer(emptyByte)) else {
                        throw ACSError(.invalidArgument, "payload is not a valid \(String(cString: descriptor.pointee.name))")
                    }
                    return try body(UnsafeRawPointer(message))
                }
            }.get()
        }
    }
}

/// A non-NULL pointer for unpacking zero bytes.
nonisolated(unsafe) private let emptyByte = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)

extension ACSError {
    /// INVALID_ARGUMENT naming the field a decoding error points at.
    init(decoding error: DecodingError) {
        let (path, reason): ([any CodingKey], String) = switch error {
        case .dataCorrupted(let context): (context.codingPath, context.debugDescription)
        case .keyNotFound(let key, let context): (context.codingPath + [key], "missing")
        case .typeMismatch(_, let context): (context.codingPath, context.debugDescription)
        case .valueNotFound(_, let context): (context.codingPath, context.debugDescription)
        @unknown default: ([], "\(error)")
        }
        let field = path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue.protoFieldName)" }.joined()
        self = .invalidArgument(field: field.hasPrefix(".") ? String(field.dropFirst()) : field, reason)
    }
}

/// Arrays decode from repeated fields.
protocol ProtoDecodableArray {
    static func protoDecode(count: Int, element: (any Decodable.Type, Int) throws -> any Decodable) throws -> Self
}

extension Array: ProtoDecodableArray where Element: Decodable {
    static func protoDecode(count: Int, element: (any Decodable.Type, Int) throws -> any Decodable) throws -> [Element] {
        try (0..<count).map { try element(Element.self, $0) as! Element }
    }
}

/// Decodes one message: a keyed container over its fields.
struct MessageDecoder: Decoder {
    let base: UnsafeRawPointer?
    let descriptor: UnsafePointer<ProtobufCMessageDescriptor>
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(MessageDecodingContainer<Key>(base: base, descriptor: descriptor, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([Any].self, .init(codingPath: codingPath, debugDescription: "a message is not a list"))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DecodingError.typeMismatch(Int.self, .init(codingPath: codingPath, debugDescription: "a message is not a scalar"))
    }
}

/// Decodes the value of one field (a sub-message, an enum or a scalar).
struct ValueDecoder: Decoder, SingleValueDecodingContainer {
    let address: UnsafeRawPointer?
    let field: ProtoField
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    private var messageBase: UnsafeRawPointer? {
        address?.loadUnaligned(as: UnsafeRawPointer?.self)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard field.isMessage else {
            throw DecodingError.typeMismatch(type, .init(codingPath: codingPath, debugDescription: "\(field.name) is not a message"))
        }
        return try MessageDecoder(base: messageBase, descriptor: field.messageDescriptor, codingPath: codingPath).container(keyedBy: type)
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([Any].self, .init(codingPath: codingPath, debugDescription: "\(field.name) is not repeated"))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func decodeNil() -> Bool { field.isMessage && messageBase == nil }

    func decode(_ type: Bool.Type) throws -> Bool { try decode(type as Bool.Type, generic: ()) }
    func decode(_ type: String.Type) throws -> String { try decode(type as String.Type, generic: ()) }
    func decode(_ type: Double.Type) throws -> Double { try decode(type as Double.Type, generic: ()) }
    func decode(_ type: Float.Type) throws -> Float { try decode(type as Float.Type, generic: ()) }
    func decode(_ type: Int.Type) throws -> Int { try decode(type as Int.Type, generic: ()) }
    func decode(_ type: Int8.Type) throws -> Int8 { try decode(type as Int8.Type, generic: ()) }
    func decode(_ type: Int16.Type) throws -> Int16 { try decode(type as Int16.Type, generic: ()) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decode(type as Int32.Type, generic: ()) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decode(type as Int64.Type, generic: ()) }
    func decode(_ type: UInt.Type) throws -> UInt { try decode(type as UInt.Type, generic: ()) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decode(type as UInt8.Type, generic: ()) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decode(type as UInt16.Type, generic: ()) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decode(type as UInt32.Type, generic: ()) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decode(type as UInt64.Type, generic: ()) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decode(type, generic: ()) }

    private func decode<T: Decodable>(_ type: T.Type, generic: Void) throws -> T {
        guard let value = ProtoScalar(at: address, field: field).value(as: T.self) else {
            throw DecodingError.typeMismatch(type, .init(codingPath: codingPath, debugDescription: "\(field.name) does not hold a \(type)"))
        }
        return value
    }
}

/// The fields of one message, by Swift property name.
struct MessageDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let base: UnsafeRawPointer?
    let descriptor: UnsafePointer<ProtobufCMessageDescriptor>
    let codingPath: [any CodingKey]
    var allKeys: [Key] { ProtoRegistry.fields(of: descriptor).compactMap { Key(stringValue: $0.name) } }

    private func field(_ key: Key) throws -> ProtoField {
        guard let field = ProtoRegistry.field(forProperty: key.stringValue, of: descriptor) else {
            let name = String(cString: descriptor.pointee.name)
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "\(name) has no field \(key.stringValue.protoFieldName)"))
        }
        return field
    }

    func contains(_ key: Key) -> Bool { (try? field(key)) != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
        let field = try field(key)
        return field.isMessage && !field.isRepeated && (base.map { $0.advanced(by: field.offset).loadUnaligned(as: UnsafeRawPointer?.self) } ?? nil) == nil
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decode(type, forKey: key, generic: ()) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decode(type, forKey: key, generic: ()) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decode(type, forKey: key, generic: ()) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decode(type, forKey: key, generic: ()) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decode(type, forKey: key, generic: ()) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decode(type, forKey: key, generic: ()) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decode(type, forKey: key, generic: ()) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decode(type, forKey: key, generic: ()) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decode(type, forKey: key, generic: ()) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decode(type, forKey: key, generic: ()) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decode(type, forKey: key, generic: ()) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decode(type, forKey: key, generic: ()) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decode(type, forKey: key, generic: ()) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decode(type, forKey: key, generic: ()) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decode(type, forKey: key, generic: ()) }

    private func decode<T: Decodable>(_ type: T.Type, forKey key: Key, generic: Void) throws -> T {
        let field = try field(key)
        let path = codingPath + [key]
        guard field.isRepeated else {
            return try ProtoDecoding.value(type, at: base?.advanced(by: field.offset), field: field, path: path)
        }
        guard let arrayType = type as? any ProtoDecodableArray.Type else {
            throw DecodingError.typeMismatch(type, .init(codingPath: path, debugDescription: "\(field.name) is repeated: decode an array"))
        }
        let count = base?.advanced(by: field.countOffset).loadUnaligned(as: Int.self) ?? 0
        let elements = base?.advanced(by: field.offset).loadUnaligned(as: UnsafeRawPointer?.self)
        let decoded = try arrayType.protoDecode(count: elements == nil ? 0 : count) { elementType, index in
            try ProtoDecoding.value(elementType, at: elements!.advanced(by: index * field.elementSize), field: field,
                                    path: path + [ProtoIndexKey(index)])
        }
        return decoded as! T
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try decodeNil(forKey: key) ? nil : decode(type, forKey: key)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try ValueDecoder(address: base?.advanced(by: field(key).offset), field: field(key), codingPath: codingPath + [key]).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([Any].self, .init(codingPath: codingPath + [key], debugDescription: "decode repeated fields as arrays"))
    }

    func superDecoder() throws -> any Decoder { MessageDecoder(base: base, descriptor: descriptor, codingPath: codingPath) }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        ValueDecoder(address: base?.advanced(by: try field(key).offset), field: try field(key), codingPath: codingPath + [key])
    }
}

/// The coding key of element `index` of a repeated field.
struct ProtoIndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}
