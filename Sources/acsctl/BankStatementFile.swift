import ACSCore
import ACSWire
import Foundation

/// A bank statement file read into acsd's terms: one statement per bank account, each with its
/// entries and the totals the file itself states, checked before anything is sent.
struct BankStatementFile {
    /// The formats `acsctl payments import --format` reads.
    enum Format: String, CaseIterable {
        case csv, camt053, bai2
    }

    /// One account's statement.
    struct Statement {
        var bankAccount: String
        var statementID: String
        /// Booked entries, in file order.
        var entries: [V1.BankEntry] = []
        /// Entries not booked (pending, information only): counted, never sent.
        var notBooked = 0
        /// What of the file's own totals was checked (e.g. "transaction summary", "booked balances").
        var checked: [String] = []
        /// How often each fallback reference was made: identical entries get 1, 2, ...
        var fallbacks: [String: Int] = [:]

        /// A reference for an entry the bank gave none: `scope` (the statement and day), a hash
        /// of what the entry says, and its occurrence among identical ones. The same entry in a
        /// file sent again gets the same reference wherever it stands; another day's never does.
        mutating func fallbackReference(scope: String, content: [String]) -> String {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in content.joined(separator: "\u{1F}").utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            let key = "\(scope)/\(String(hash, radix: 16))"
            let occurrence = (fallbacks[key] ?? 0) + 1
            fallbacks[key] = occurrence
            return "\(key)-\(occurrence)"
        }
    }

    /// Credits or debits in one currency: how many and how much.
    struct Total: Equatable {
        var count = 0
        var minor: Int64 = 0
    }

    var format: Format
    var statements: [Statement]

    /// The booked credits and debits per currency, as sent.
    static func totals(_ entries: [V1.BankEntry]) -> [String: (credits: Total, debits: Total)] {
        var totals: [String: (credits: Total, debits: Total)] = [:]
        for entry in entries {
            guard let amount = entry.amount else { continue }
            var total = totals[amount.currency] ?? (Total(), Total())
            if entry.debit {
                total.debits.count += 1
                total.debits.minor += amount.amountMinor
            } else {
                total.credits.count += 1
                total.credits.minor += amount.amountMinor
            }
            totals[amount.currency] = total
        }
        return totals
    }

    /// Adds amounts of a file's control totals, refusing one past the money range (never a trap).
    static func add(_ total: inout Int64, _ amount: Int64, what: String) throws(ACSError) {
        let (sum, overflow) = total.addingReportingOverflow(amount)
        guard !overflow, sum.magnitude <= UInt64(totalLimit) else { throw ACSError(.invalidArgument, "\(what): the amounts pass the range acs keeps") }
        total = sum
    }

    /// The largest control total or balance a file may state: twice that still fits Int64.
    static let totalLimit = Int64.max / 2

    /// Parses one amount of `currency` given as a decimal (camt.053) into minor units; a total
    /// or a balance (`total`) may pass the largest single amount acs keeps.
    static func minorUnits(_ text: String, currency code: String, what: String, total: Bool = false) throws(ACSError) -> Int64 {
        guard let currency = Currency(code: code) else { throw ACSError(.invalidArgument, "\(what): \"\(code.prefix(8))\" is not an ISO 4217 currency") }
        do {
            return try Money.parseMinorUnits(text.trimmingCharacters(in: .whitespaces), currency: currency,
                                             limit: total ? totalLimit : Money.maxMinorUnits)
        } catch {
            throw ACSError(.invalidArgument, "\(what): \(error.message)")
        }
    }
}
