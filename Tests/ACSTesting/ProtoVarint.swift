/// Protobuf's base-128 varint, for tests that build wire bytes by hand.
public enum ProtoVarint {
    /// Appends `value` as a varint to `out`.
    public static func append(_ value: UInt64, to out: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            out.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        out.append(UInt8(value))
    }
}
