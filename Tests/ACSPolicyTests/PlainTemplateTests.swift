import ACSCore
@testable import ACSPolicy
import ACSTesting
import Foundation
import Testing

@Suite("Plain templates")
struct PlainTemplateTests {
    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// Values with the habits that change a rendering: locales, currencies, a debt not yet
    /// due, no payment link, text outside ASCII.
    static let samples: [TemplateValues] = [
        TemplateValues(name: "Ada Lovelace", creditor: "Northwind Utilities", amountDue: Money(minorUnits: 123_456, currency: "USD"),
                       balances: [Money(minorUnits: 123_456, currency: "USD"), Money(minorUnits: 99, currency: "EUR")],
                       dueDate: LocalDate("2026-03-01")!, daysPastDue: 45, paymentLink: "https://pay.example/t0k3n",
                       stage: "late", urgency: "high", accountID: "17", externalID: "CUST-17", locale: "en_US"),
        TemplateValues(name: "Zoë Ørsted-Ñúñez", creditor: "Crédit « Nord »", amountDue: Money(minorUnits: -5, currency: "EUR"),
                       balances: [], dueDate: LocalDate("2025-12-31")!, daysPastDue: -3, paymentLink: "",
                       stage: "courtesy", urgency: "normal", accountID: "9000000000", externalID: "{{name}}", locale: "fr_FR"),
        TemplateValues(name: "", creditor: "", amountDue: Money(minorUnits: 1_000_000, currency: "JPY"), balances: [Money(minorUnits: 7, currency: "JPY")],
                       dueDate: LocalDate("2026-02-28")!, daysPastDue: 0, paymentLink: "x", stage: "", urgency: "",
                       accountID: "", externalID: "", locale: "ja_JP"),
    ]

    private static func template(_ body: String, subject: String? = nil) throws -> TemplateLibrary.Template {
        let text = subject.map { "---\nsubject: \"\($0)\"\n---\n\(body)" } ?? body
        return try TemplateLibrary.load(file: "t.voice.mustache", text: text, path: "t.voice.mustache")
    }

    @Test("every shipped template renders without Mustache, and exactly as Mustache renders it")
    func shippedTemplates() throws {
        let library = try TemplateLibrary(directory: "\(Self.repository)/systemd/templates")
        #expect(library.all.count >= 9)
        for template in library.all {
            #expect(template.isPlain, "\(template.name).\(template.channel.rawValue)")
            for values in Self.samples {
                let (fast, mustache) = (template.render(values), template.renderWithMustache(values))
                #expect(fast.subject == mustache.subject && fast.body == mustache.body, "\(template.name).\(template.channel.rawValue)")
            }
        }
    }

    /// Text, blanks inside tags, braces that are not tags, unknown and differently cased
    /// names, line ends of both kinds, text outside ASCII.
    static let plainSources = [
        "", "no tags at all\n", "{{name}}", "{{ name }}", "{{\tname \t}}", "{{name}}{{creditor}}{{amount_due}}", "{{name}}}", "}} {{name}} }}",
        "a { b } c { d", "{{unknown}} and {{Name}}", "Dear {{name}},\r\n  {{balances}}\r\n", "  {{days_past_due}}  \n\t{{days_until_due}}\n",
        "{{payment_link}}{{stage}}{{urgency}}{{account_id}}{{external_id}}{{due_date}}", "Grüße, {{name}} — ✓ {{ creditor}}", "{ x", "}",
    ]

    @Test("a plain template renders exactly as Mustache renders it", arguments: plainSources)
    func plainSourcesMatchMustache(source: String) throws {
        let template = try Self.template(source)
        #expect(template.isPlain)
        for values in Self.samples {
            #expect(template.render(values).body == template.renderWithMustache(values).body)
        }
    }

    @Test("a subject is trimmed the same way both ways")
    func subjects() throws {
        // A brace next to a character that is not ASCII goes to Mustache, whose result is the same.
        for (subject, plain) in [("{{creditor}}: {{amount_due}}", true), ("  {{name}}  ", true), ("{{name}}\\t", true),
                                 ("\\u00a0{{name}}\\u2003", false), ("\\u00a0 {{name}} \\u2003", true), ("{{stage}}", true)] {
            let template = try Self.template("Reply STOP to opt out. {{name}}", subject: subject)
            #expect(template.isPlain == plain, "\(subject)")
            for values in Self.samples {
                #expect(template.render(values).subject == template.renderWithMustache(values).subject, "\(subject)")
            }
        }
    }

    /// Everything else Mustache can say goes through Mustache.
    static let otherSources = [
        "{{#name}}x{{/name}}", "{{^name}}x{{/name}}", "a {{! a comment }} b", "{{{name}}}", "{{&name}}", "{{a.b}}", "{{.}}",
        "{{uppercased(name)}}", "{{=<% %>=}}<% name %>", "{{> partial}}", "{{ }}", "{{ name\n}}", "{{-x}}", "{{name?}}", "{{% CONTENT_TYPE:TEXT}}",
        // Edges Mustache treats as more than text, and braces a character joins.
        "\nDear {{name}}", " \t\r\nDear {{name}}", "\u{2028}{{name}}", "Reply STOP.\n  ", "{{name}}\r\n\t", "  ", "\u{0600}{{name}}",
        "{{name}}\u{301}",
    ]

    @Test("a template with anything but plain variables renders through Mustache", arguments: otherSources)
    func otherSourcesUseMustache(source: String) throws {
        #expect(PlainTemplate(source) == nil)
        if let template = try? Self.template(source) {
            #expect(!template.isPlain)
            #expect(template.render(Self.samples[0]).body == template.renderWithMustache(Self.samples[0]).body)
        }
    }

    /// Pieces whose joins make the cases: line ends of every kind, blanks, braces that are
    /// and are not tags, characters that join with a brace, tags of every kind.
    static let fragments = [
        "Dear ", "{{name}}", "{{ amount_due }}", "{{\tdue_date}}", "{{unknown}}", "{{Name}}", "\n", "\r\n", "\r", "\u{0B}", "\u{85}", "\u{2028}",
        " ", "\t", "  \n", "{", "}", "}}", "{ {", "x", "é", "\u{0600}", "\u{301}", "日本", "{{#name}}", "{{/name}}", "{{^name}}",
        "{{{name}}}", "{{&name}}", "{{!c}}", "{{a.b}}", "{{> p}}",
    ]

    @Test("whenever a random template is plain it renders exactly as Mustache renders it")
    func randomTemplates() {
        var generator = SeededGenerator(seed: 30)
        var compared = 0
        for _ in 0..<20_000 {
            let source = (0..<Int.random(in: 1...9, using: &generator)).map { _ in Self.fragments.randomElement(using: &generator)! }.joined()
            guard let template = try? Self.template(source), template.isPlain else { continue }
            compared += 1
            for values in Self.samples.prefix(2) {
                #expect(template.render(values).body == template.renderWithMustache(values).body, "\(source.debugDescription)")
            }
        }
        #expect(compared > 2_000)
    }

    @Test("a tag left open is not plain")
    func openTag() {
        #expect(PlainTemplate("Dear {{name") == nil)
        #expect(PlainTemplate("Dear {{") == nil)
        #expect(PlainTemplate("{{name}} {{") == nil)
    }
}
