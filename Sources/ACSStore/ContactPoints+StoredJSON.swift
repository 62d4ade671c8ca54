import ACSCore

extension ContactPoints {
    /// The contact points in `text` when it is exactly what `json` writes and no string in
    /// it needs an escape; nil otherwise.
    init?(storedJSON text: String) {
        var reader = StoredJSONReader(text)
        guard reader.take("{") else { return nil }
        var address: PostalAddress?
        if reader.take("\"address\":{\"country\":") {
            guard let country = reader.string(), reader.take(",\"lines\":"), let lines = reader.strings(),
                  reader.take(",\"locality\":"), let locality = reader.string(), reader.take(",\"postalCode\":"), let postalCode = reader.string(),
                  reader.take(",\"region\":"), let region = reader.string(), reader.take(",\"timeZone\":"), let timeZone = reader.string(),
                  reader.take("},") else { return nil }
            address = PostalAddress(lines: lines, locality: locality, region: region, postalCode: postalCode, country: country, timeZone: timeZone)
        }
        guard reader.take("\"emails\":"), let emails = reader.strings(), reader.take(",\"phones\":["), let phones = reader.phones(),
              reader.take("}"), reader.isAtEnd else { return nil }
        self.init(emails: emails, phones: phones, address: address)
    }
}

/// A cursor over the stored JSON of contact points: literal text, strings without
/// escapes, arrays of strings, booleans, phones.
private struct StoredJSONReader {
    private let bytes: [UInt8]
    private var index = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    var isAtEnd: Bool { index == bytes.count }

    /// Moves past `literal` when the text goes on with it.
    mutating func take(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let matches = literal.withUTF8Buffer { literal in
            (0..<count).allSatisfy { bytes[index + $0] == literal[$0] }
        }
        if matches { index += count }
        return matches
    }

    /// A string literal with nothing escaped and no control character; nil for any other.
    mutating func string() -> String? {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        var end = index + 1
        while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
            guard bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 else { return nil }
            end += 1
        }
        guard end < bytes.count else { return nil }
        defer { index = end + 1 }
        return String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
    }

    /// `[` strings separated by `,` `]`.
    mutating func strings() -> [String]? {
        guard take("[") else { return nil }
        var values: [String] = []
        if take("]") { return values }
        repeat {
            guard let value = string() else { return nil }
            values.append(value)
        } while take(",")
        return take("]") ? values : nil
    }

    mutating func bool() -> Bool? {
        if take("true") { return true }
        if take("false") { return false }
        return nil
    }

    /// The phones after `"phones":[`, up to and past the closing `]`.
    mutating func phones() -> [PhoneContact]? {
        var phones: [PhoneContact] = []
        if take("]") { return phones }
        repeat {
            guard take("{\"consentSource\":"), let source = string(), take(",\"number\":"), let number = string(),
                  take(",\"smsConsent\":"), let sms = bool(), take(",\"timeZone\":"), let zone = string(),
                  take(",\"voiceConsent\":"), let voice = bool(), take("}") else { return nil }
            phones.append(PhoneContact(number: number, smsConsent: sms, voiceConsent: voice, consentSource: source, timeZone: zone))
        } while take(",")
        return take("]") ? phones : nil
    }
}
