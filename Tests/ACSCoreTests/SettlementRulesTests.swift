import ACSCore
import Foundation
import Testing

/// The arithmetic of a settlement offer at its edges.
@Suite("Settlement rules")
struct SettlementRulesTests {
    @Test("a percentage rounds the amount up and the discount up; both stay exact at the largest balance")
    func rounding() throws {
        #expect(SettlementRules.amount(percentBP: 6_000, of: 10_000) == 6_000)
        #expect(SettlementRules.amount(percentBP: 3_333, of: 100) == 34, "33.33% of 1.00 is 0.34, never 0.33")
        #expect(SettlementRules.discountBP(amount: 7_499, balance: 10_000) == 2_501)
        #expect(SettlementRules.discountBP(amount: 2, balance: 3) == 3_334, "a third off is 33.34%, a hair over 33.33%")
        let most = Money.maxMinorUnits
        #expect(SettlementRules.amount(percentBP: 9_999, of: most) <= most)
        #expect(SettlementRules.discountBP(amount: 1, balance: most) == 10_000)
        #expect(SettlementRules.discountBP(amount: most, balance: most) == 0)
        #expect(SettlementRules.percent(2_500) == "25%" && SettlementRules.percent(2_501) == "25.01%" && SettlementRules.percent(5) == "0.05%")
    }

    @Test("an offer is checked against the balance, the days and the authority")
    func check() throws {
        let today = LocalDate("2026-03-02")!
        let usd = { Money(minorUnits: $0, currency: "USD") }
        try SettlementRules.check(amount: usd(7_500), balance: 10_000, expiresOn: today, today: today, authorityBP: 2_500)
        let refusals: [(Money, Int64, LocalDate, ACSError.Code)] = [
            (usd(7_499), 10_000, today, .permissionDenied), (usd(10_000), 10_000, today, .invalidArgument), (usd(0), 10_000, today, .invalidArgument),
            (usd(1), 0, today, .invalidArgument), (usd(7_500), 10_000, today.adding(days: -1), .invalidArgument),
            (usd(7_500), 10_000, today.adding(days: 366), .invalidArgument), (usd(Int64.max), Int64.max, today, .invalidArgument),
        ]
        for (amount, balance, day, code) in refusals {
            do {
                try SettlementRules.check(amount: amount, balance: balance, expiresOn: day, today: today, authorityBP: 2_500)
                Issue.record("\(amount) on \(balance) by \(day) was allowed")
            } catch {
                #expect(error.code == code, "\(amount) on \(balance) by \(day)")
            }
        }
    }
}
