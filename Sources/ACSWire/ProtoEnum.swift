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
