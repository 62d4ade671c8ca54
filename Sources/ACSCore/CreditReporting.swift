public import Foundation

/// Credit bureau reporting (furnishing) and the rule that holds it back.
public enum CreditReporting {
    /// Days a notice must stay out with no undeliverable return before a debt may be
    /// reported when no conversation took place (CREDIT-REPORT-WAIT; Regulation F, 12 CFR 1006.30(a)).
    public static let noticeWaitDays = 14

    /// The first instant the debt may be reported (CREDIT-REPORT-WAIT): at once after a
    /// conversation with the debtor, else once 14 whole days in the debtor's `zone` have passed
    /// after the day of the first notice (a letter, email or text the delivery service handed
    /// over) that did not come back undeliverable; nil while neither happened. A notice
    /// returned undeliverable is `failed_permanently` and does not count. `history` holds the
    /// contacts about this debt.
    public static func earliest(_ history: [ContactAttempt], zone: TimeZone) -> Date? {
        if let talked = history.filter(\.conversation).map(\.at).min() { return talked }
        let notices = history.filter { [.letter, .email, .sms].contains($0.channel) && $0.outcome == .delivered }
        return notices.map(\.at).min().map { LocalDate($0, in: zone).adding(days: noticeWaitDays + 1).start(in: zone) }
    }

    /// True for a bureau's name: 1 to 64 ASCII letters, digits, '-' and '_' (it names run ids and files).
    public static func isBureauName(_ name: String) -> Bool { TextRules.isName(name) }

    /// The Metro 2 account status code of a debt: 13 paid, 11 current, then 71, 78, 80,
    /// 82, 83 and 84 for 30, 60, 90, 120, 150 and 180 or more days past due.
    public static func statusCode(balance: Int64, daysPastDue: Int) -> String {
        guard balance > 0 else { return "13" }
        let codes = [(180, "84"), (150, "83"), (120, "82"), (90, "80"), (60, "78"), (30, "71")]
        return codes.first { daysPastDue >= $0.0 }?.1 ?? "11"
    }
}

/// One account's record in a bureau run: the fields a furnisher sends.
public struct FurnishingRecord: Sendable, Hashable {
    /// acsd's account id.
    public var accountID: Int64
    /// The source's account id.
    public var externalID: String
    /// The debtor's name.
    public var name: String
    /// The Metro 2 account status code (`CreditReporting.statusCode`).
    public var statusCode: String
    /// What is owed.
    public var balance: Money
    /// What is owed and past its due date.
    public var pastDue: Money
    /// The oldest unpaid due date: the date of first delinquency; nil when nothing is unpaid.
    public var firstDelinquencyOn: LocalDate?
    /// True while the debtor disputes the debt (reported as disputed: Metro 2 compliance condition XB).
    public var disputed: Bool

    /// Creates a record.
    public init(accountID: Int64, externalID: String, name: String, statusCode: String, balance: Money, pastDue: Money,
                firstDelinquencyOn: LocalDate?, disputed: Bool) {
        self.accountID = accountID
        self.externalID = externalID
        self.name = name
        self.statusCode = statusCode
        self.balance = balance
        self.pastDue = pastDue
        self.firstDelinquencyOn = firstDelinquencyOn
        self.disputed = disputed
    }
}
