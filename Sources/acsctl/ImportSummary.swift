import ACSWire
import Foundation

/// What an import did, for people or as JSON.
struct ImportSummary: Encodable {
    var created = 0
    var updated = 0
    var unchanged = 0
    var stale = 0
    var rejected = 0
    var refusedBeforeSending = 0
    var rejectedRows: [RejectedRow] = []

    /// Counts one account's outcome; a rejection names the lines it came from.
    mutating func count(_ result: V1.SyncResult, lines: [Int]) {
        switch result.outcome {
        case .created: created += 1
        case .updated: updated += 1
        case .unchanged: unchanged += 1
        case .stale: stale += 1
        default:
            rejected += 1
            for violation in result.violations {
                rejectedRows.append(RejectedRow(line: Self.line(for: violation.field, lines: lines), field: violation.field, reason: violation.description))
            }
        }
    }

    /// The file line a violation points at: the obligation's own row when it names one.
    private static func line(for field: String, lines: [Int]) -> Int {
        if field.hasPrefix("obligations["), let close = field.firstIndex(of: "]"),
           let index = Int(field[field.index(field.startIndex, offsetBy: 12)..<close]), lines.indices.contains(index) {
            return lines[index]
        }
        return lines.first ?? 0
    }

    func print(json: Bool) throws {
        if json { return try Terminal.json(self) }
        Swift.print("accounts: \(created) created, \(updated) updated, \(unchanged) unchanged, \(stale) stale, \(rejected) rejected")
        if refusedBeforeSending > 0 { Swift.print("rows refused before sending: \(refusedBeforeSending)") }
        for row in rejectedRows {
            Swift.print("  line \(row.line): \(row.field): \(row.reason)")
        }
    }
}
