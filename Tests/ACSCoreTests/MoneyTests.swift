import ACSCore
import Foundation
import Testing

@Suite("Money and currencies")
struct MoneyTests {
    @Test("decimal strings parse exactly into minor units", arguments: [
        ("12.34", "USD", Int64(1234)), ("12.3", "USD", 1230), ("12", "USD", 1200), ("0.01", "USD", 1),
        ("1000", "JPY", 1000), ("1.234", "BHD", 1234), ("0.5", "BHD", 500),
        ("10000000000000.00", "USD", Money.maxMinorUnits),
    ])
    func parses(text: String, code: String, expected: Int64) throws {
        #expect(try Money.parseMinorUnits(text, currency: Currency(code: code)!) == expected)
    }

    @Test("malformed or over-precise amounts are refused", arguments: [
        ("12.345", "USD"), ("1.5", "JPY"), ("1.2345", "BHD"), ("-1", "USD"), ("+1", "USD"), ("1,000", "USD"),
        ("", "USD"), (".5", "USD"), ("5.", "USD"), ("1e3", "USD"), ("١٢", "USD"), ("92233720368547758.08", "USD"), ("92233720368547758.07", "USD"), ("10000000000000.01", "USD"), (" 1", "USD"),
    ])
    func refuses(text: String, code: String) {
        #expect { try Money.parseMinorUnits(text, currency: Currency(code: code)!) } throws: {
            ($0 as? ACSError)?.code == .invalidArgument
        }
    }

    @Test("minor units print with the currency's decimals")
    func formats() {
        #expect(Money(minorUnits: 1234, currency: "USD").description == "12.34 USD")
        #expect(Money(minorUnits: 5, currency: "USD").description == "0.05 USD")
        #expect(Money(minorUnits: -1234, currency: "BHD").description == "-1.234 BHD")
        #expect(Money(minorUnits: 1000, currency: "JPY").description == "1000 JPY")
    }

    @Test("currencies know their exponents; unknown codes are nil")
    func currencies() {
        #expect(Currency(code: "USD")?.exponent == 2)
        #expect(Currency(code: "JPY")?.exponent == 0)
        #expect(Currency(code: "KWD")?.exponent == 3)
        #expect(Currency(code: "usd") == nil)
        #expect(Currency(code: "XYZ") == nil)
    }
}

@Suite("Local dates")
struct LocalDateTests {
    @Test("parse and print round-trip; impossible dates are nil")
    func parse() {
        for text in ["1970-01-01", "2024-02-29", "2026-12-31", "1969-07-20", "2400-02-29"] {
            #expect(LocalDate(text)?.description == text)
        }
        for text in ["2026-02-29", "2026-13-01", "2026-1-01", "26-01-01", "2026-01-32", "2100-02-29", "2026/01/01"] {
            #expect(LocalDate(text) == nil)
        }
        #expect(LocalDate("1970-01-02")?.daysSinceEpoch == 1)
    }

    @Test("days between dates, across a leap day")
    func days() {
        #expect(LocalDate("2024-02-28")!.days(to: LocalDate("2024-03-01")!) == 2)
        #expect(LocalDate("2026-03-01")!.adding(days: -1).description == "2026-02-28")
    }
}

@Suite("Payment allocation")
struct PaymentAllocationTests {
    private let jan = LocalDate("2026-01-31")!
    private let feb = LocalDate("2026-02-28")!

    @Test("oldest due first; the rest is credit")
    func oldestFirst() {
        let result = PaymentAllocation.allocate(1500, to: [
            OpenItem(id: 2, dueOn: feb, openMinorUnits: 1000), OpenItem(id: 1, dueOn: jan, openMinorUnits: 1000),
        ])
        #expect(result.parts.map(\.id) == [1, 2])
        #expect(result.parts.map(\.minorUnits) == [1000, 500])
        #expect(result.creditMinorUnits == 0)
    }

    @Test("overpayment becomes credit")
    func overpayment() {
        let result = PaymentAllocation.allocate(2500, to: [OpenItem(id: 1, dueOn: jan, openMinorUnits: 1000)])
        #expect(result.parts.map(\.minorUnits) == [1000])
        #expect(result.creditMinorUnits == 1500)
    }

    @Test("fees are paid after principal, even when older")
    func feesLast() {
        let result = PaymentAllocation.allocate(1000, to: [
            OpenItem(id: 9, dueOn: jan, isCharge: true, openMinorUnits: 300), OpenItem(id: 3, dueOn: feb, openMinorUnits: 900),
        ])
        #expect(result.parts.map(\.id) == [3, 9])
        #expect(result.parts.map(\.minorUnits) == [900, 100])
    }

    @Test("nothing open: all credit")
    func nothingOpen() {
        #expect(PaymentAllocation.allocate(700, to: []).creditMinorUnits == 700)
    }
}

@Suite("Text rules")
struct TextRulesTests {
    @Test("text rules: length in characters, no control characters")
    func textRules() {
        #expect(TextRules.isText("plain ascii", max: 11))
        #expect(!TextRules.isText("plain ascii", max: 10))
        #expect(TextRules.isText("naïve café", max: 10))
        #expect(!TextRules.isText("bell\u{7}", max: 100))
        #expect(!TextRules.isText("nul\u{0}", max: 100))
        #expect(!TextRules.isText("c1\u{85}", max: 100))
    }
}

@Suite("Email rule")
struct EmailRuleTests {
    @Test("plausible addresses pass; malformed ones do not", arguments: [
        ("ada@example.com", true), ("a.b+c@sub.example.co.uk", true), ("ü@exämple.de", true),
        ("@example.com", false), ("ada@", false), ("ada@example", false), ("ada@@example.com", false), ("a@b@c.com", false),
        ("ada @example.com", false), ("ada@.example.com", false), ("ada@example.com.", false), ("", false),
    ])
    func email(text: String, valid: Bool) {
        #expect(TextRules.isEmail(text) == valid)
    }
}
