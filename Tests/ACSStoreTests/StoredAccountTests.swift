import ACSCore
@testable import ACSStore
import ACSTesting
import Foundation
import Testing

@Suite("Accounts as stored: contact points JSON and canonical content")
struct StoredAccountTests {
    private let contacts = ContactPoints(
        emails: ["a@example.com", "quote\"back\\slash@example.com"],
        phones: [PhoneContact(number: "+12125550100", smsConsent: true, voiceConsent: false, consentSource: "form\n2", timeZone: "America/New_York")],
        address: PostalAddress(lines: ["1 Main St", "Apt ☃"], locality: "Springfield", region: "IL", postalCode: "62701", country: "US", timeZone: ""))

    @Test("the hand-written JSON decodes back to the same contact points")
    func contactsRoundTrip() throws {
        let decoded = try JSONDecoder().decode(ContactPoints.self, from: Data(contacts.json.utf8))
        #expect(decoded == contacts)
        #expect(try JSONDecoder().decode(ContactPoints.self, from: Data(ContactPoints().json.utf8)) == ContactPoints())
    }

    @Test("canonical content ignores the version and sees every other change")
    func canonical() {
        let base = AccountSnapshot(source: "s", externalID: "e", sourceVersion: 1, name: "n", contacts: contacts, timeZone: "UTC",
                                   obligations: [ObligationSnapshot(externalID: "o", amount: Money(minorUnits: 5, currency: "USD"),
                                                                    openAmount: Money(minorUnits: 5, currency: "USD"), dueOn: LocalDate("2026-01-01")!)])
        var newer = base
        newer.sourceVersion = 9
        #expect(newer.canonicalContent == base.canonicalContent)
        var renamed = base
        renamed.name = "m"
        var paid = base
        paid.obligations[0].openAmount.minorUnits = 0
        var revoked = base
        revoked.contacts.phones[0].smsConsent = false
        #expect(Set([base, renamed, paid, revoked].map(\.canonicalContent)).count == 4)
    }

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
            #expect(try JSONDecoder().decode(ContactPoints.self, from: Data(json.utf8)) == points)
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

    @Test("other JSON, or text that is not JSON, goes to JSONDecoder, which reads it or refuses it")
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
            #expect((try? ContactPoints.decode(stored: text)) == (try? JSONDecoder().decode(ContactPoints.self, from: Data(text.utf8))), "\(text)")
        }
        #expect(throws: (any Error).self) { try ContactPoints.decode(stored: "{\"emails\":[\"a\"],\"phones\":[]}x") }
    }
}
