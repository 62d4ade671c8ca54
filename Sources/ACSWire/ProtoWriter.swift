import ACSCore
import CACSProto
import CProtobufC

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
