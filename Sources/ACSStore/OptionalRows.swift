import GRDB

/// Which accounts of a cycle batch have rows in the tables most accounts have none in
/// (consent overrides, holds, preferences, contact attempts, tasks, placements, charges,
/// pending promises, active plans). A batch asks each table once, by index, and reading
/// an account then skips the questions whose answer is known to be empty. `everything`
/// (an account read on its own) asks every question.
struct OptionalRows {
    /// The tables asked.
    enum Table: CaseIterable {
        case consentOverride, hold, channelPreference, contactAttempt, task, placement, charge, promise, paymentPlan

        /// The batch's question. It asks for the rows an account's own question reads, or
        /// more, and each uses an index on `account_id` (for holds, promises and plans a
        /// partial one, whose condition it repeats).
        var sql: String {
            let (table, condition) = switch self {
            case .consentOverride: ("consent_override", "")
            case .hold: ("hold", "cleared_at IS NULL AND ")
            case .channelPreference: ("channel_preference", "opted_out AND ")
            case .contactAttempt: ("contact_attempt", "")
            case .task: ("task", "")
            case .placement: ("placement", "")
            case .charge: ("charge", "")
            case .promise: ("promise", "status = 'pending' AND ")
            case .paymentPlan: ("payment_plan", "status = 'active' AND ")
            }
            return "SELECT DISTINCT account_id FROM \(table) WHERE \(condition)account_id IN (SELECT value FROM json_each(?))"
        }
    }

    /// Per table, the accounts with rows; nil: every account may have some.
    private let accounts: [Table: Set<Int64>]?

    /// Every account may have rows anywhere.
    static let everything = OptionalRows(accounts: nil)

    private init(accounts: [Table: Set<Int64>]?) {
        self.accounts = accounts
    }

    /// Asks each table once which of `ids` have rows.
    static func read(for ids: [Int64], in db: Database) throws -> OptionalRows {
        let list = "[" + ids.map(String.init).joined(separator: ",") + "]"
        var accounts: [Table: Set<Int64>] = [:]
        for table in Table.allCases {
            accounts[table] = Set(try db.rawRows(table.sql, bind: { try $0.bind(1, list) }) { $0.int64(0) })
        }
        return OptionalRows(accounts: accounts)
    }

    /// False only when `accountID` is known to have no row in `table`.
    func mayHave(_ table: Table, _ accountID: Int64) -> Bool {
        accounts?[table]?.contains(accountID) ?? true
    }
}
