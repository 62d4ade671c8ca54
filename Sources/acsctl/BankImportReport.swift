import ACSClient
import ACSCore
import ACSWire
import Foundation

/// What a bank statement import did: per statement, the outcome of its entries and the totals
/// per currency (which the reader already held to the file's own control totals).
struct BankImportReport: Encodable {
    /// One statement's reconciliation.
    struct Statement: Encodable {
        var bankAccount: String
        var statementID: String
        var entries = 0
        var matched = 0
        var posted = 0
        var alreadyPosted = 0
        var reversed = 0
        var alreadyReversed = 0
        var unmatched = 0
        var alreadyQueued = 0
        /// Queued by an earlier import and resolved by hand since (assigned or ignored).
        var resolvedByHand = 0
        var notPayments = 0
        var refused = 0
        var notBooked = 0
        /// What of the file's own totals was checked.
        var checked: [String] = []
        /// Per currency: booked credits and debits, count and amount.
        var totals: [String: String] = [:]
        /// Lines for people: what was refused or queued, and why.
        var notes: [String] = []
    }

    var format: String
    var statements: [Statement] = []

    /// Sends `file`'s statements to acsd, `batch` entries per call.
    static func send(_ file: BankStatementFile, batch: Int, client: ACSClient, deadline: Duration?) async throws(ACSError) -> BankImportReport {
        var report = BankImportReport(format: file.format.rawValue)
        for statement in file.statements {
            var summary = Statement(bankAccount: statement.bankAccount, statementID: statement.statementID, entries: statement.entries.count,
                                    notBooked: statement.notBooked, checked: statement.checked)
            for start in stride(from: 0, to: statement.entries.count, by: batch) {
                let chunk = Array(statement.entries[start..<min(start + batch, statement.entries.count)])
                let response = try await client.call(Methods.Payments.importBankStatement, V1.ImportBankStatementRequest(
                    bankAccount: statement.bankAccount, statementId: statement.statementID, entries: chunk), timeout: deadline)
                for result in response.results { summary.count(result, entry: chunk[Int(result.index)]) }
            }
            for (currency, total) in BankStatementFile.totals(statement.entries).sorted(by: { $0.key < $1.key }) {
                summary.totals[currency] = "credits \(total.credits.count) = \(Money(minorUnits: total.credits.minor, currency: currency)), "
                    + "debits \(total.debits.count) = \(Money(minorUnits: total.debits.minor, currency: currency))"
            }
            report.statements.append(summary)
        }
        return report
    }

    /// True when any entry was refused.
    var anyRefused: Bool { statements.contains { $0.refused > 0 } }

    func print(json: Bool) throws {
        if json { return try Terminal.json(self) }
        for statement in statements {
            Swift.print("\(format) statement \(statement.statementID) (\(statement.bankAccount)): \(statement.entries) entries booked"
                        + (statement.notBooked > 0 ? ", \(statement.notBooked) not booked (not sent)" : ""))
            Swift.print("  matched \(statement.matched): posted \(statement.posted), already posted \(statement.alreadyPosted), "
                        + "reversed \(statement.reversed), already reversed \(statement.alreadyReversed)")
            Swift.print("  unmatched \(statement.unmatched) (already queued \(statement.alreadyQueued)), resolved by hand \(statement.resolvedByHand), "
                        + "not payments \(statement.notPayments), refused \(statement.refused)")
            for (currency, total) in statement.totals.sorted(by: { $0.key < $1.key }) { Swift.print("  \(currency): \(total)") }
            Swift.print(statement.checked.isEmpty ? "  the file states no totals of its own: nothing to check them against"
                        : "  the file's own totals agree: \(statement.checked.joined(separator: ", "))")
            for note in statement.notes { Swift.print("  \(note)") }
        }
    }
}

extension BankImportReport.Statement {
    mutating func count(_ result: V1.BankEntryResult, entry: V1.BankEntry) {
        switch result.outcome {
        case .posted: posted += 1; matched += 1
        case .alreadyPosted: alreadyPosted += 1; matched += 1
        case .reversed: reversed += 1; matched += 1
        case .alreadyReversed: alreadyReversed += 1; matched += 1
        case .unmatched:
            unmatched += 1
            notes.append("entry \(entry.reference): unmatched (queue id \(result.unmatchedId)): \(result.reason)")
        case .alreadyQueued where result.unmatchedStatus == .open: alreadyQueued += 1; unmatched += 1
        case .alreadyQueued: resolvedByHand += 1
        case .notAPayment: notPayments += 1
        default:
            refused += 1
            let field = result.status?.violations.first?.field ?? ""
            notes.append("entry \(entry.reference): refused: \(field.isEmpty ? "" : "\(field): ")\(result.status?.message ?? "")")
        }
    }
}
