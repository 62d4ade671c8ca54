@testable import ACSCore
import ACSTesting
import Foundation
import Testing

@Suite("Stored contact points")
struct ContactPointsJSONTests {
    /// Text that needs escaping, text outside ASCII, and plain text.
    static let texts = ["", "a", "debtor1000@example.com", "+12125550100", "Zoë \"Ørsted\"", "back\\slash", "line\nbreak", "tab\t",
                        "\u{1}", "日本語", "America/New_York", "{\"emails\":[]}", "]", ",", "😀",
                        "\u{7F}", "\u{2028}", "lone\rreturn", "trailing ", " "]

    static func random(_ generator: inout SeededGenerator) -> ContactPoints {
        func text() -> String { texts.randomElement(using: &generator)! }
        let phones = (0..<Int.random(in: 0...3, using: &generator)).map { _ in
            PhoneContact(number: text(), smsConsent: .random(using: &generator), voiceConsent: .random(using: &generator),
                         consentSource: text(), timeZone: text())
        }
        let address = Bool.random(using: &generator) ? PostalAddress(
            lines: (0..<Int.random(in: 0...3, using: &generator)).map { _ in text() }, locality: text(), region: text(),
            postalCode: text(), country: text(), timeZone: text()) : nil
        return ContactPoints(emails: (0..<Int.random(in: 0...3, using: &generator)).map { _ in text() }, phones: phones, address: address)
    }

    @Test("what acsd stores (written by hand, keys sorted) reads back equal through JSONDecoder")
    func storedForm() throws {
        var generator = SeededGenerator(seed: 2026)
        for _ in 0..<2_000 {
            let points = Self.random(&generator)
            #expect(try ContactPoints.decode(stored: points.json) == points, "\(points.json)")
        }
    }

    @Test("text that is not the stored form's JSON is refused")
    func notJSON() {
        for text in ["", "{", "{\"emails\":[\"a\"],\"phones\":[]", "{\"emails\":[\"a\"],\"phones\":[]}x"] {
            #expect(throws: (any Error).self, "\(text)") { try ContactPoints.decode(stored: text) }
        }
    }
}
