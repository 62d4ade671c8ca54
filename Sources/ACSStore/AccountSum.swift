import ACSCore
import GRDB

/// `account_sum(x)`, the SQL aggregate for a figure about one account: the sum of its amounts,
/// held within ±`Money.maxMinorUnits`, the most an account may owe or hold. SQLite's `sum()` fails
/// the whole statement past Int64, and 9,224 payments of 10^15 on one account (a promise's window,
/// an agency's placement) get there; a figure about one account stops at the cap instead, which
/// every comparison acs makes with it (a promise, a plan, a settlement of at most that much) still
/// answers rightly. Reports over many accounts keep `sum()` and answer OUT_OF_RANGE.
struct AccountSum: DatabaseAggregate {
    /// The function every connection has (`ACSDatabase.configuration`).
    static let function = DatabaseFunction("account_sum", argumentCount: 1, pure: true, aggregate: AccountSum.self)

    private var total: Int64 = 0

    init() {}

    mutating func step(_ dbValues: [DatabaseValue]) throws {
        guard let amount = Int64.fromDatabaseValue(dbValues[0]) else { return }
        total = Self.clamped(total + Self.clamped(amount))
    }

    func finalize() throws -> (any DatabaseValueConvertible)? { total }

    /// Within ±cap, so the next addition cannot leave Int64.
    private static func clamped(_ value: Int64) -> Int64 { max(-Money.maxMinorUnits, min(Money.maxMinorUnits, value)) }
}
