import ACSCore
@testable import ACSPolicy
import Foundation
import Testing

@Suite("Amounts in templates")
struct MoneyStyleTests {
    /// The locales and currencies of the sample portfolio, and some with other habits
    /// (Indian grouping, a space or an apostrophe as the separator, the sign after the number).
    static let cases: [(String, String)] = [
        ("en_US", "USD"), ("en_GB", "GBP"), ("fr_FR", "EUR"), ("ja_JP", "JPY"), ("de_DE", "EUR"), ("en_IN", "INR"),
        ("en_AU", "AUD"), ("de_CH", "CHF"), ("nl_NL", "EUR"), ("es_ES", "EUR"), ("pt_BR", "BRL"), ("en_US", "BHD"),
        ("ar_BH", "BHD"), ("", "USD"), ("en-US", "EUR"), ("sv_SE", "SEK"), ("hi_IN", "INR"),
    ]

    /// Up to 15 digits: beyond, NumberFormatter rounds through Double and only the pattern is exact.
    @Test("every amount reads exactly as NumberFormatter writes it, whichever way it is computed")
    func matchesFormatter() {
        var generator = SystemRandomNumberGenerator()
        for (locale, currency) in Self.cases {
            let style = MoneyStyle(locale: locale, currency: currency, exponent: Currency(code: currency)?.exponent ?? 2)
            for _ in 0..<300 {
                let digits = Int.random(in: 1...15, using: &generator)
                let magnitude = Int64.random(in: 0...(Int64(pow(10, Double(digits))) - 1), using: &generator)
                let minor = Bool.random(using: &generator) ? -magnitude : magnitude
                #expect(style.format(minor) == style.formatterText(minor), "\(locale) \(currency) \(minor)")
            }
        }
    }

    @Test("the portfolio's locales are formatted without the formatter and its lock")
    func commonLocalesArePatterned() {
        for (locale, currency) in Self.cases.prefix(7) {
            let style = MoneyStyle(locale: locale, currency: currency, exponent: Currency(code: currency)?.exponent ?? 2)
            #expect(style.isPatterned, "\(locale) \(currency)")
        }
        #expect(TemplateValues.format(Money(minorUnits: 123_456_789, currency: "USD"), locale: "en_US") == "$1,234,567.89")
        #expect(TemplateValues.format(Money(minorUnits: -5, currency: "USD"), locale: "en_US") == "-$0.05")
        #expect(TemplateValues.format(Money(minorUnits: .max, currency: "USD"), locale: "en_US") == "$92,233,720,368,547,758.07")
    }
}
