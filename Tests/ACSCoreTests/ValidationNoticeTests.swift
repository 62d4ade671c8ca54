@testable import ACSCore
import Testing

/// VALIDATION's calendar and itemization, at their edges.
@Suite("Validation notice")
struct ValidationNoticeTests {
    static func day(_ text: String) -> LocalDate { LocalDate(text)! }

    @Test("the 2026 and 2027 federal holidays as OPM lists them, with the observed days of those on a weekend")
    func holidays() {
        let listed2026 = ["2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-03", "2026-09-07",
                          "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25"]
        let days2026 = (0..<365).map { Self.day("2026-01-01").adding(days: $0) }
        // July 4 is a Saturday in 2026: it and its observed Friday both count.
        #expect(days2026.filter(USFederalHolidays.contains).map(\.description) == (listed2026 + ["2026-07-04"]).sorted())
        // 2027: New Year's Day on a Friday; Juneteenth on a Saturday (observed Friday 18); Christmas on a Saturday
        // (observed Friday 24); and 2028's New Year's Day on a Saturday is observed on Friday 2027-12-31.
        for text in ["2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31", "2027-06-18", "2027-07-05", "2027-09-06",
                     "2027-10-11", "2027-11-11", "2027-11-25", "2027-12-24", "2027-12-31"] {
            #expect(USFederalHolidays.contains(Self.day(text)), "\(text)")
        }
        #expect(!USFederalHolidays.contains(Self.day("2027-07-02")) && !USFederalHolidays.contains(Self.day("2020-06-19")),
                "no Juneteenth before 2021")
    }

    @Test("receipt is 5 business days after sending, not counting weekends and holidays; the period ends 30 days later")
    func period() {
        let lines = [ValidationNotice.Line(kind: .invoice, currency: "USD", amount: 100, open: 100, paid: 0, dueOn: Self.day("2026-05-01"))]
        let cases = [
            ("2026-05-18", "2026-05-26"),  // Monday: Tue to Fri, then (weekend, Memorial Day) Tuesday
            ("2026-05-21", "2026-05-29"),  // Thursday: Fri, Tue, Wed, Thu, Fri
            ("2026-05-23", "2026-06-01"),  // Saturday: Memorial Day, then Tue to Fri, then Monday
            ("2026-12-24", "2027-01-04"),  // Christmas and New Year's Day
            ("2026-07-02", "2026-07-10"),  // Friday 3 observed, Saturday 4 the day itself
        ]
        for (sent, receipt) in cases {
            let notice = ValidationNotice.itemize(lines, currency: "USD", itemizationDate: Self.day("2026-05-01"), sentOn: Self.day(sent))
            #expect(notice?.receiptOn.description == receipt, "sent \(sent)")
            #expect(notice?.periodEndsOn == Self.day(receipt).adding(days: 30))
        }
    }

    @Test("the itemization adds up; paid beyond what is charged counts as what each line absorbed; sums past Int64 give no notice")
    func itemization() {
        let due = Self.day("2026-05-01")
        let lines = [
            ValidationNotice.Line(kind: .invoice, currency: "USD", amount: 10_000, open: 6_000, paid: 3_000, dueOn: due),
            ValidationNotice.Line(kind: .fee, currency: "USD", amount: 1_500, open: 1_500, paid: 0, dueOn: due.adding(days: 1)),
            ValidationNotice.Line(kind: .interest, currency: "USD", amount: 42, open: 42, paid: 0, dueOn: due.adding(days: 5)),
            ValidationNotice.Line(kind: .invoice, currency: "EUR", amount: 999, open: 999, paid: 0, dueOn: due),  // another currency
            ValidationNotice.Line(kind: .invoice, currency: "USD", amount: 500, open: 0, paid: 500, dueOn: due.adding(days: -30)),  // paid before
        ]
        let notice = ValidationNotice.itemize(lines, currency: "USD", itemizationDate: due, sentOn: due.adding(days: 10))
        #expect(notice?.amountThen == 10_000 && notice?.fees == 1_500 && notice?.interest == 42)
        #expect(notice?.payments == 3_000 && notice?.credits == 1_000 && notice?.amountNow == 7_542)

        let max = ValidationNotice.Line(kind: .invoice, currency: "USD", amount: .max, open: .max, paid: 0, dueOn: due)
        #expect(ValidationNotice.itemize([max], currency: "USD", itemizationDate: due, sentOn: due) != nil)
        #expect(ValidationNotice.itemize([max, max], currency: "USD", itemizationDate: due, sentOn: due) == nil)
        let odd = ValidationNotice.Line(kind: .invoice, currency: "USD", amount: 0, open: .max, paid: .max, dueOn: due)
        #expect(ValidationNotice.itemize([odd], currency: "USD", itemizationDate: due, sentOn: due) == nil, "open beyond the amount")
        let negative = ValidationNotice.Line(kind: .invoice, currency: "USD", amount: 0, open: -1, paid: 0, dueOn: due)
        #expect(ValidationNotice.itemize([negative], currency: "USD", itemizationDate: due, sentOn: due) == nil, "open below zero")

        // Paid beyond what is charged now (a credit note after the payment; allocations at 10^15): a line's
        // payments are what it absorbed, and the figures still add up with no negative credits.
        let lowered = ValidationNotice.Line(kind: .invoice, currency: "USD", amount: 2_000, open: 0, paid: 3_000, dueOn: due)
        let piled = ValidationNotice.Line(kind: .invoice, currency: "USD", amount: 10_000, open: 4_000, paid: 1_000_000_000_000_000, dueOn: due)
        let credited = ValidationNotice.Line(kind: .fee, currency: "USD", amount: 700, open: 200, paid: 300, dueOn: due)
        let overpaid = ValidationNotice.itemize([lowered, piled, credited], currency: "USD", itemizationDate: due, sentOn: due)
        #expect(overpaid?.amountThen == 12_000 && overpaid?.fees == 700 && overpaid?.payments == 2_000 + 6_000 + 300)
        #expect(overpaid?.credits == 200 && overpaid?.amountNow == 4_200)
    }
}
