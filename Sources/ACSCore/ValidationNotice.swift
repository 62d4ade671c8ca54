/// The validation notice of a debt (VALIDATION, us profile; Regulation F, 12 CFR 1006.34):
/// the itemization of what is owed and the validation period the notice states. All
/// amounts are minor units of `currency`.
public struct ValidationNotice: Sendable, Hashable, Codable {
    /// The itemization date: the oldest unpaid due date when the notice was made.
    public var itemizationDate: LocalDate
    /// The currency of every amount.
    public var currency: String
    /// What was owed on the itemization date: the principal (invoices and instalments).
    public var amountThen: Int64
    /// Interest charged since.
    public var interest: Int64
    /// Fees charged since.
    public var fees: Int64
    /// Payments applied since.
    public var payments: Int64
    /// Credits and other reductions since (the source's own adjustments).
    public var credits: Int64
    /// What is owed now: then + interest + fees − payments − credits.
    public var amountNow: Int64
    /// The day the notice is sent (the day the gate let it out, in the debtor's zone).
    public var sentOn: LocalDate
    /// When the debtor is assumed to receive it: 5 business days after sending.
    public var receiptOn: LocalDate
    /// The validation period's last day: 30 days after receipt.
    public var periodEndsOn: LocalDate

    /// The template every validation notice is rendered from.
    public static let template = "validation-notice"
    /// Business days from sending to assumed receipt.
    public static let receiptBusinessDays = 5
    /// Days from assumed receipt to the period's end.
    public static let periodDays = 30

    /// One obligation of the account as the itemization reads it.
    public struct Line: Sendable, Hashable {
        /// invoice, instalment, fee or interest.
        public var kind: ObligationKind
        /// The currency.
        public var currency: String
        /// The amount charged.
        public var amount: Int64
        /// What is still open.
        public var open: Int64
        /// What payments have paid of it.
        public var paid: Int64
        /// The due date.
        public var dueOn: LocalDate

        /// Creates a line.
        public init(kind: ObligationKind, currency: String, amount: Int64, open: Int64, paid: Int64, dueOn: LocalDate) {
            self.kind = kind
            self.currency = currency
            self.amount = amount
            self.open = open
            self.paid = paid
            self.dueOn = dueOn
        }
    }

    /// The notice of the debt in `currency` from `itemizationDate` on (obligations due
    /// before it are paid), sent on `sentOn`; nil when a sum would pass Int64 or a line is
    /// open below zero or beyond its amount.
    ///
    /// A line's payments count only up to what it absorbed (its amount less what is open):
    /// when the source lowered a paid obligation (a credit note after the payment), the
    /// surplus is the account's credit, not a payment towards this debt, and the notice
    /// itemizes what is charged now.
    public static func itemize(_ lines: [Line], currency: String, itemizationDate: LocalDate, sentOn: LocalDate) -> ValidationNotice? {
        let receipt = USFederalHolidays.businessDays(receiptBusinessDays, after: sentOn)
        var notice = ValidationNotice(itemizationDate: itemizationDate, currency: currency, amountThen: 0, interest: 0, fees: 0, payments: 0,
                                      credits: 0, amountNow: 0, sentOn: sentOn, receiptOn: receipt, periodEndsOn: receipt.adding(days: periodDays))
        var charged: Int64 = 0
        for line in lines where line.currency == currency && line.dueOn >= itemizationDate {
            switch line.kind {
            case .invoice, .instalment: guard add(line.amount, to: &notice.amountThen) else { return nil }
            case .interest: guard add(line.amount, to: &notice.interest) else { return nil }
            case .fee: guard add(line.amount, to: &notice.fees) else { return nil }
            }
            guard line.open >= 0, line.open <= line.amount else { return nil }
            let paid = max(0, min(line.paid, line.amount - line.open))
            guard add(line.amount, to: &charged), add(paid, to: &notice.payments), add(line.open, to: &notice.amountNow) else { return nil }
        }
        // What charges lost besides payments: the source's credits and adjustments. Every line
        // has 0 ≤ open ≤ amount and 0 ≤ paid ≤ amount − open, so this is 0 ≤ credits ≤ charged.
        notice.credits = charged - notice.amountNow - notice.payments
        return notice
    }

    private static func add(_ value: Int64, to total: inout Int64) -> Bool {
        let (sum, overflow) = total.addingReportingOverflow(value)
        total = sum
        return !overflow
    }
}
