/// A generated enum of the v1 protocol. Its value names are the words acsd stores for the
/// domain's closed set of the same name (`HOLD_KIND_BREATHING_SPACE` is `breathing_space`),
/// so the proto is the one list of each set's wire values.
public protocol ProtoEnum: CaseIterable, Hashable, Sendable {
    /// The value's proto name without the enum's prefix, lower-cased; `unspecified` for the zero value.
    var name: String { get }
}

extension ProtoEnum {
    /// The value whose proto name (without prefix, lower-cased) is `name`; nil when none is.
    public init?(name: String) {
        guard let value = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = value
    }
}

extension ProtoEnum {
    /// Writes the value as its name (`breathing_space`), as `acsctl --json` shows it.
    public func encodeName(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }

    /// Reads a value written by its name, or by its number.
    public static func decoded(from decoder: any Decoder, number: (Int) -> Self?) throws -> Self {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self), let value = Self(name: text) { return value }
        if let raw = try? container.decode(Int.self), let value = number(raw) { return value }
        throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a value of \(Self.self)")
    }
}
