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

    @Test("what acsd stores reads back equal, without JSONDecoder unless a string needs an escape")
    func storedForm() throws {
        var generator = SeededGenerator(seed: 2026)
        var plain = 0
        for _ in 0..<2_000 {
            let points = Self.random(&generator)
            let json = points.json
            let oracle = try JSONDecoder().decode(ContactPoints.self, from: Data(json.utf8))
            #expect(oracle == points)
            #expect(try ContactPoints.decode(stored: json) == points, "\(json)")
            if json.contains("\\") {
                #expect(ContactPoints(storedJSON: json) == nil, "\(json)")
            } else {
                #expect(ContactPoints(storedJSON: json) == points, "\(json) was not read without JSONDecoder")
                plain += 1
            }
        }
        #expect(plain > 100)
    }

    @Test("other JSON, or text that is not JSON, goes to JSONDecoder, which reads it or refuses it as before")
    func otherForms() throws {
        let encoded = String(decoding: try JSONEncoder().encode(ContactPoints(emails: ["a@b.c"], phones: [PhoneContact(number: "+1")])), as: UTF8.self)
        for text in [encoded, "{ \"emails\": [\"a@b.c\"], \"phones\": [] }", "{\"phones\":[],\"emails\":[\"x@y.z\"]}"] {
            #expect(ContactPoints(storedJSON: text) == nil || text == encoded)
            #expect(try ContactPoints.decode(stored: text) == JSONDecoder().decode(ContactPoints.self, from: Data(text.utf8)))
        }
        for text in ["", "{", "{\"emails\":[\"a\"],\"phones\":[]", "{\"emails\":[\"a\"],\"phones\":[]}x", "{\"emails\":[\"a\",],\"phones\":[]}",
                     "{\"emails\":[\"a\u{1}\"],\"phones\":[]}", "{\"emails\":[\"a],\"phones\":[]}",
                     "{\"emails\":[],\"phones\":[{\"consentSource\":\"\",\"number\":\"1\",\"smsConsent\":maybe,\"timeZone\":\"\",\"voiceConsent\":true}]}"] {
            #expect(ContactPoints(storedJSON: text) == nil, "\(text)")
            let before = Result { try JSONDecoder().decode(ContactPoints.self, from: Data(text.utf8)) }.map(Optional.some)
            let now = Result { try ContactPoints.decode(stored: text) }.map(Optional.some)
            #expect((try? before.get()) == (try? now.get()), "\(text)")
        }
    }
}
