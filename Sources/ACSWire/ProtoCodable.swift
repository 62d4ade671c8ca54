public import ACSCore
import CACSProto
import CProtobufC
#if canImport(Glibc)
import Glibc
#endif

/// A `ProtoMessage` with generated field-by-field code (`Generated/*.pb.swift`, written by
/// scripts/proto/gen-swift.py from the compiled proto descriptors): it fills and reads the protobuf-c
/// struct directly, without the Codable bridge and its lookups by property name.
///
/// The Codable bridge stays for messages without generated code (the tests' own) and
/// as the oracle the tests compare this code with.
public protocol ProtoCodable: ProtoMessage {
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
        let layout = Self.protoLayout
        self = try ProtoUnpacking.unpack(bytes, layout.descriptor) { (message) throws(ACSError) -> Self in
            do throws(ProtoFieldError) {
                return try Self(protoReader: ProtoReader(base: message, layout: layout))
            } catch {
                throw error.acsError
            }
        }
    }

    /// The serialized message.
    public func wireBytes() -> [UInt8] {
        let layout = Self.protoLayout
        return ProtoEncoding.pack(layout.descriptor) { message, arena in
            protoStore(ProtoWriter(base: message, layout: layout, arena: arena))
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

    /// The field path as the Codable bridge writes it: `payments[3].status`.
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

/// Fills one protobuf-c message struct; fields left alone keep their defaults.
public struct ProtoWriter {
    let base: UnsafeMutableRawPointer
    let layout: ProtoLayout
    let arena: CArena

    private func address(_ index: Int) -> UnsafeMutableRawPointer { base.advanced(by: layout.fields[index].offset) }

    /// A `string` field.
    public func string(_ index: Int, _ value: String) {
        guard !value.isEmpty else { return }
        address(index).storeBytes(of: UnsafePointer(arena.string(value)), as: UnsafePointer<CChar>.self)
    }

    /// A `bytes` field.
    public func bytes(_ index: Int, _ value: [UInt8]) {
        guard !value.isEmpty else { return }
        address(index).storeBytes(of: arena.bytes(value), as: ProtobufCBinaryData.self)
    }

    /// A `bool` field.
    public func bool(_ index: Int, _ value: Bool) {
        if value { address(index).storeBytes(of: 1, as: protobuf_c_boolean.self) }
    }

    /// An integer field of the C type `T` (`int32`, `uint32`, `int64`, `uint64` and their kin).
    public func integer<T: FixedWidthInteger>(_ index: Int, _ value: T) {
        if value != 0 { address(index).storeBytes(of: value, as: T.self) }
    }

    /// A `double` field.
    public func double(_ index: Int, _ value: Double) {
        if value != 0 { address(index).storeBytes(of: value, as: Double.self) }
    }

    /// An enum field.
    public func enumeration<E: RawRepresentable>(_ index: Int, _ value: E) where E.RawValue == Int {
        integer(index, Int32(truncatingIfNeeded: value.rawValue))
    }

    /// A singular message field; nil leaves it absent.
    public func message<M: ProtoCodable>(_ index: Int, _ value: M?) {
        guard let value else { return }
        address(index).storeBytes(of: UnsafeRawPointer(store(value)), as: UnsafeRawPointer.self)
    }

    /// A repeated message field.
    public func messages<M: ProtoCodable>(_ index: Int, _ values: [M]) {
        array(index, values) { element, value in element.storeBytes(of: UnsafeRawPointer(store(value)), as: UnsafeRawPointer.self) }
    }

    /// A repeated `string` field.
    public func strings(_ index: Int, _ values: [String]) {
        array(index, values) { element, value in element.storeBytes(of: UnsafePointer(arena.string(value)), as: UnsafePointer<CChar>.self) }
    }

    /// A repeated integer field of the C type `T`.
    public func integers<T: FixedWidthInteger>(_ index: Int, _ values: [T]) {
        array(index, values) { element, value in element.storeBytes(of: value, as: T.self) }
    }

    /// A repeated enum field.
    public func enumerations<E: RawRepresentable>(_ index: Int, _ values: [E]) where E.RawValue == Int {
        array(index, values) { element, value in element.storeBytes(of: Int32(truncatingIfNeeded: value.rawValue), as: Int32.self) }
    }

    private func store<M: ProtoCodable>(_ value: M) -> UnsafeMutableRawPointer {
        let layout = M.protoLayout
        let message = arena.message(layout.descriptor)
        value.protoStore(ProtoWriter(base: message, layout: layout, arena: arena))
        return message
    }

    private func array<V>(_ index: Int, _ values: [V], _ store: (UnsafeMutableRawPointer, V) -> Void) {
        guard !values.isEmpty else { return }
        let field = layout.fields[index]
        let storage = UnsafeMutableRawPointer(arena.allocate(UInt8.self, count: values.count * field.elementSize))
        for (offset, value) in values.enumerated() { store(storage.advanced(by: offset * field.elementSize), value) }
        base.advanced(by: field.countOffset).storeBytes(of: values.count, as: Int.self)
        base.advanced(by: field.offset).storeBytes(of: UnsafeRawPointer(storage), as: UnsafeRawPointer.self)
    }
}

/// Reads one unpacked protobuf-c message struct; an absent message (NULL) reads as
/// every field at its default.
public struct ProtoReader {
    let base: UnsafeRawPointer?
    let layout: ProtoLayout

    private func value<T>(_ index: Int, as type: T.Type) -> T? {
        base?.advanced(by: layout.fields[index].offset).loadUnaligned(as: T.self)
    }

    /// A `string` field.
    public func string(_ index: Int) -> String {
        (value(index, as: UnsafePointer<CChar>?.self) ?? nil).map { String(cString: $0) } ?? ""
    }

    /// A `bytes` field.
    public func bytes(_ index: Int) -> [UInt8] {
        value(index, as: ProtobufCBinaryData.self).map([UInt8].init(protobuf:)) ?? []
    }

    /// A `bool` field.
    public func bool(_ index: Int) -> Bool {
        (value(index, as: protobuf_c_boolean.self) ?? 0) != 0
    }

    /// An integer field of the C type `T`.
    public func integer<T: FixedWidthInteger>(_ index: Int) -> T {
        value(index, as: T.self) ?? 0
    }

    /// A `double` field.
    public func double(_ index: Int) -> Double {
        value(index, as: Double.self) ?? 0
    }

    /// An enum field; a number the mirror does not know is an error.
    public func enumeration<E: RawRepresentable>(_ index: Int) throws(ProtoFieldError) -> E where E.RawValue == Int {
        try Self.within(layout.fields[index]) { () throws(ProtoFieldError) -> E in try Self.enumeration(Int(integer(index) as Int32)) }
    }

    /// A singular message field; nil when absent.
    public func message<M: ProtoCodable>(_ index: Int) throws(ProtoFieldError) -> M? {
        guard let pointer = value(index, as: UnsafeRawPointer?.self) ?? nil else { return nil }
        return try Self.within(layout.fields[index]) { () throws(ProtoFieldError) -> M in
            try M(protoReader: ProtoReader(base: pointer, layout: M.protoLayout))
        }
    }

    /// A repeated message field.
    public func messages<M: ProtoCodable>(_ index: Int) throws(ProtoFieldError) -> [M] {
        let field = layout.fields[index]
        return try array(index) { (element, offset) throws(ProtoFieldError) -> M in
            try Self.within(field, at: offset) { () throws(ProtoFieldError) -> M in
                try M(protoReader: ProtoReader(base: element.loadUnaligned(as: UnsafeRawPointer?.self), layout: M.protoLayout))
            }
        }
    }

    /// A repeated `string` field.
    public func strings(_ index: Int) -> [String] {
        array(index) { element, _ in element.loadUnaligned(as: UnsafePointer<CChar>?.self).map { String(cString: $0) } ?? "" }
    }

    /// A repeated integer field of the C type `T`.
    public func integers<T: FixedWidthInteger>(_ index: Int) -> [T] {
        array(index) { element, _ in element.loadUnaligned(as: T.self) }
    }

    /// A repeated enum field.
    public func enumerations<E: RawRepresentable>(_ index: Int) throws(ProtoFieldError) -> [E] where E.RawValue == Int {
        let field = layout.fields[index]
        return try array(index) { (element, offset) throws(ProtoFieldError) -> E in
            try Self.within(field, at: offset) { () throws(ProtoFieldError) -> E in try Self.enumeration(Int(element.loadUnaligned(as: Int32.self))) }
        }
    }

    /// `body`'s value; an error it throws gets `field` (and element `index` of it) added to its path.
    private static func within<T>(_ field: ProtoField, at index: Int? = nil,
                                  _ body: () throws(ProtoFieldError) -> T) throws(ProtoFieldError) -> T {
        do throws(ProtoFieldError) {
            return try body()
        } catch {
            throw (index.map { error.within("[\($0)]") } ?? error).within(field.name)
        }
    }

    private static func enumeration<E: RawRepresentable>(_ number: Int) throws(ProtoFieldError) -> E where E.RawValue == Int {
        guard let value = E(rawValue: number) else {
            // The words of the Codable bridge (Swift's RawRepresentable decoding).
            throw ProtoFieldError(path: [], reason: "Cannot initialize \(E.self) from invalid Int value \(number)")
        }
        return value
    }

    private func array<V, Failure: Error>(_ index: Int, _ element: (UnsafeRawPointer, Int) throws(Failure) -> V) throws(Failure) -> [V] {
        guard let base else { return [] }
        let field = layout.fields[index]
        let count = base.advanced(by: field.countOffset).loadUnaligned(as: Int.self)
        guard count > 0, let storage = base.advanced(by: field.offset).loadUnaligned(as: UnsafeRawPointer?.self) else { return [] }
        var values: [V] = []
        values.reserveCapacity(count)
        for offset in 0..<count { values.append(try element(storage.advanced(by: offset * field.elementSize), offset)) }
        return values
    }
}
