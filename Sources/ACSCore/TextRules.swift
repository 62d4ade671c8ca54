import Foundation

/// Rules for text fields: bounded length, no control characters.
public enum TextRules {
    /// 1–200 printable characters, no control characters.
    public static func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty && isText(text, max: 200)
    }

    /// Whether two texts are the same bytes, as SQLite compares them. Swift's `==` equates
    /// canonically equal text (NFC and NFD, combining marks in another order), so a replay check
    /// with it would answer one stored request for another that SQLite keeps apart.
    public static func sameBytes(_ a: String, _ b: String) -> Bool {
        a.utf8.elementsEqual(b.utf8)
    }

    /// At most `max` characters and no control characters (audit entries stay one line).
    public static func isText(_ text: String, max: Int) -> Bool {
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return utf8.count <= max }
        return text.count <= max && !text.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    /// A plausible email address: `local@domain.tld`, at most 254 characters.
    public static func isEmail(_ text: String) -> Bool {
        let bytes = text.utf8
        guard isText(text, max: 254), !bytes.contains(0x20), let at = bytes.firstIndex(of: 0x40), at != bytes.startIndex else { return false }
        let domain = bytes[bytes.index(after: at)...]
        return !domain.contains(0x40) && domain.contains(0x2E) && domain.first != 0x2E && domain.last != 0x2E
    }

    /// An IANA zone name such as `America/New_York` (or `UTC`).
    public static func isTimeZone(_ name: String) -> Bool {
        (name == "UTC" || name.contains("/")) && name.count <= 64 && TimeZones.named(name) != nil
    }

    /// E.164: `+` and 8–15 digits.
    public static func isPhone(_ text: String) -> Bool {
        text.first == "+" && (8...15).contains(text.count - 1) && text.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A name that goes into ids, keys and file names (a bureau, an agency): 1–64 ASCII
    /// letters, digits, '-' and '_'.
    public static func isName(_ name: String) -> Bool {
        (1...64).contains(name.utf8.count)
            && name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
    }
}
