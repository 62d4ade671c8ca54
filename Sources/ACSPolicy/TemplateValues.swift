public import ACSCore
import Foundation

/// What a template can say: `{{name}}`, `{{creditor}}`, `{{amount_due}}` (the overdue
/// amount of the anchor's currency, formatted for the locale), `{{balances}}` (every
/// currency), `{{due_date}}`, `{{days_past_due}}`, `{{days_until_due}}`,
/// `{{payment_link}}`, `{{stage}}`, `{{urgency}}`, `{{account_id}}`, `{{external_id}}`.
public struct TemplateValues: Sendable, Hashable {
    /// The debtor's name.
    public var name: String
    /// The creditor's name (configuration).
    public var creditor: String
    /// The overdue (or, before the due date, outstanding) amount to ask for.
    public var amountDue: Money
    /// Outstanding per currency.
    public var balances: [Money]
    /// The anchor due date.
    public var dueDate: LocalDate
    /// Days past due (negative before).
    public var daysPastDue: Int
    /// The payment link.
    public var paymentLink: String
    /// The stage.
    public var stage: String
    /// The urgency.
    public var urgency: String
    /// acsd's account id.
    public var accountID: String
    /// The source's account id.
    public var externalID: String
    /// The locale for formatting.
    public var locale: String

    /// Creates values.
    public init(name: String, creditor: String, amountDue: Money, balances: [Money], dueDate: LocalDate, daysPastDue: Int,
                paymentLink: String, stage: String, urgency: String, accountID: String, externalID: String, locale: String) {
        self.name = name
        self.creditor = creditor
        self.amountDue = amountDue
        self.balances = balances
        self.dueDate = dueDate
        self.daysPastDue = daysPastDue
        self.paymentLink = paymentLink
        self.stage = stage
        self.urgency = urgency
        self.accountID = accountID
        self.externalID = externalID
        self.locale = locale
    }

    var dictionary: [String: Any] {
        [
            "name": name, "creditor": creditor, "amount_due": Self.format(amountDue, locale: locale),
            "balances": balances.map { Self.format($0, locale: locale) }.joined(separator: ", "),
            "due_date": dueDate.description, "days_past_due": String(max(0, daysPastDue)), "days_until_due": String(max(0, -daysPastDue)),
            "payment_link": paymentLink, "stage": stage, "urgency": urgency, "account_id": accountID, "external_id": externalID,
        ]
    }

    /// `amount` formatted for `locale` with the currency's exact number of decimals,
    /// from its minor units (no floating point).
    public static func format(_ amount: Money, locale: String) -> String {
        let exponent = Currency(code: amount.currency)?.exponent ?? 2
        let value = NSDecimalNumber(mantissa: amount.minorUnits.magnitude, exponent: Int16(-exponent), isNegative: amount.minorUnits < 0)
        let key = "\(locale)|\(amount.currency)"
        // Making a formatter costs far more than using one: one per locale and currency,
        // used under the lock (NumberFormatter is not thread-safe).
        let text = formatters.withLock { cache -> String? in
            let formatter = cache[key] ?? {
                let formatter = NumberFormatter()
                formatter.locale = Locale(identifier: locale.isEmpty ? "en_US" : locale.replacingOccurrences(of: "-", with: "_"))
                formatter.numberStyle = .currency
                formatter.currencyCode = amount.currency
                formatter.minimumFractionDigits = exponent
                formatter.maximumFractionDigits = exponent
                cache[key] = formatter
                return formatter
            }()
            return formatter.string(from: value)
        }
        return text ?? "\(amount.currency) \(Money.decimalString(amount.minorUnits, exponent: exponent))"
    }

    private static let formatters = Locked<[String: NumberFormatter]>([:])
}
