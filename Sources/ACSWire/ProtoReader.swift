import ACSCore
import CACSProto
import CProtobufC

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
            // The words of Swift's RawRepresentable decoding, which JSON input uses too.
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
