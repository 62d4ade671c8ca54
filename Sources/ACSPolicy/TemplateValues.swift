public import ACSCore
import Foundation

/// What a template can say: `{{name}}`, `{{creditor}}`, `{{amount_due}}` (the overdue
/// amount of the anchor's currency, formatted for the locale), `{{balances}}` (every
/// currency), `{{due_date}}`, `{{days_past_due}}`, `{{days_until_due}}`,
/// `{{payment_link}}`, `{{stage}}`, `{{urgency}}`, `{{account_id}}`, `{{external_id}}`,
/// `{{rf_reference}}` (the account's ISO 11649 reference, for bank transfers);
/// in a validation notice its itemization (`{{itemization_date}}`, `{{amount_then}}`,
/// `{{interest_since}}`, `{{fees_since}}`, `{{payments_since}}`, `{{credits_since}}`,
/// `{{amount_now}}`) and period (`{{validation_receipt_on}}`, `{{validation_ends_on}}`);
/// in an event message its event (`{{event_amount}}`, `{{event_date}}`: the payment received,
/// the promise and its day, the plan's total and first instalment).
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
    /// A validation notice's itemization and period; nil in other reminders (its variables are empty).
    public var validation: ValidationNotice?
    /// An event message's event; nil in other reminders (its variables are empty).
    public var event: EventNotice?

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

    /// The variables a template can use, by the name it uses.
    enum Variable: String, CaseIterable, Sendable {
        case name, creditor, balances, stage, urgency
        case amountDue = "amount_due"
        case dueDate = "due_date"
        case daysPastDue = "days_past_due"
        case daysUntilDue = "days_until_due"
        case paymentLink = "payment_link"
        case accountID = "account_id"
        case externalID = "external_id"
        case rfReference = "rf_reference"
        case itemizationDate = "itemization_date"
        case amountThen = "amount_then"
        case interestSince = "interest_since"
        case feesSince = "fees_since"
        case paymentsSince = "payments_since"
        case creditsSince = "credits_since"
        case amountNow = "amount_now"
        case validationReceiptOn = "validation_receipt_on"
        case validationEndsOn = "validation_ends_on"
        case eventAmount = "event_amount"
        case eventDate = "event_date"
    }

    /// The text of template variable `name`, or nil for a name templates cannot use.
    func text(of name: String) -> String? {
        Variable(rawValue: name).map(text(of:))
    }

    /// The text of `variable`. Computed when a template asks, not before: a template
    /// uses a few of these.
    func text(of variable: Variable) -> String {
        switch variable {
        case .name: name
        case .creditor: creditor
        case .amountDue: Self.format(amountDue, locale: locale)
        case .balances:
            // Nothing owed: zero in the event's currency (a receipt of the payment that paid it all).
            balances.isEmpty ? event?.amount.map { Self.format(Money(minorUnits: 0, currency: $0.currency), locale: locale) } ?? ""
                : balances.map { Self.format($0, locale: locale) }.joined(separator: ", ")
        case .dueDate: dueDate.description
        case .daysPastDue: String(max(0, daysPastDue))
        case .daysUntilDue: String(max(0, -daysPastDue))
        case .paymentLink: paymentLink
        case .stage: stage
        case .urgency: urgency
        case .accountID: accountID
        case .externalID: externalID
        // The account's ISO 11649 reference: a bank transfer that quotes it is matched to the account.
        case .rfReference: Int64(accountID).map(CreditorReference.forAccount) ?? ""
        case .eventAmount: event?.amount.map { Self.format($0, locale: locale) } ?? ""
        case .eventDate: event?.date?.description ?? ""
        default: validation.map { validationText(of: variable, $0) } ?? ""
        }
    }

    /// A validation notice's variable.
    private func validationText(of variable: Variable, _ notice: ValidationNotice) -> String {
        let money = { (minor: Int64) in Self.format(Money(minorUnits: minor, currency: notice.currency), locale: locale) }
        return switch variable {
        case .itemizationDate: notice.itemizationDate.description
        case .amountThen: money(notice.amountThen)
        case .interestSince: money(notice.interest)
        case .feesSince: money(notice.fees)
        case .paymentsSince: money(notice.payments)
        case .creditsSince: money(notice.credits)
        case .amountNow: money(notice.amountNow)
        case .validationReceiptOn: notice.receiptOn.description
        case .validationEndsOn: notice.periodEndsOn.description
        default: ""
        }
    }

    /// `amount` formatted for `locale` with the currency's exact number of decimals,
    /// from its minor units (no floating point).
    ///
    /// Each locale and currency is worked out once with a `NumberFormatter`: its affixes,
    /// separators and grouping, checked against the formatter itself on sample amounts.
    /// Those that pass are then formatted with integer arithmetic, without a lock; the
    /// others (digits other than ASCII, say) keep going through the formatter.
    public static func format(_ amount: Money, locale: String) -> String {
        let exponent = Currency(code: amount.currency)?.exponent ?? 2
        let key = StyleKey(locale: locale, currency: amount.currency)
        let style = styles.withLock { cache in
            cache[key] ?? {
                let style = MoneyStyle(locale: locale, currency: amount.currency, exponent: exponent)
                cache[key] = style
                return style
            }()
        }
        return style.format(amount.minorUnits)
    }

    private static let styles = Locked<[StyleKey: MoneyStyle]>([:])

    /// A locale and a currency: what a `MoneyStyle` is worked out for.
    private struct StyleKey: Hashable {
        let locale: String
        let currency: String
    }
}
