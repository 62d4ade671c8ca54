/// An open amount a payment can pay: one obligation, in one currency.
public struct OpenItem: Hashable, Sendable {
    /// The obligation's row id.
    public var id: Int64
    /// Its due date.
    public var dueOn: LocalDate
    /// Fees and interest are paid after principal.
    public var isCharge: Bool
    /// What is still open, in minor units (> 0).
    public var openMinorUnits: Int64

    /// Creates an item.
    public init(id: Int64, dueOn: LocalDate, isCharge: Bool = false, openMinorUnits: Int64) {
        self.id = id
        self.dueOn = dueOn
        self.isCharge = isCharge
        self.openMinorUnits = openMinorUnits
    }
}

/// How a payment was spread: amounts per obligation, and the rest as credit.
public struct PaymentAllocation: Sendable {
    /// Obligation id → minor units applied, in the order applied.
    public var parts: [(id: Int64, minorUnits: Int64)]
    /// What was left over: a credit on the account.
    public var creditMinorUnits: Int64

    /// Allocates `amount` (> 0) oldest due first, principal before fees and interest
    /// (charges before principal when `chargesFirst`, as a policy may say), then by id so
    /// the order is total; the rest is credit.
    public static func allocate(_ amount: Int64, to items: [OpenItem], chargesFirst: Bool = false) -> PaymentAllocation {
        let rank = { (item: OpenItem) in item.isCharge == chargesFirst ? 0 : 1 }
        let ordered = items.filter { $0.openMinorUnits > 0 }.sorted {
            (rank($0), $0.dueOn, $0.id) < (rank($1), $1.dueOn, $1.id)
        }
        var remaining = amount
        var parts: [(id: Int64, minorUnits: Int64)] = []
        for item in ordered where remaining > 0 {
            let applied = min(remaining, item.openMinorUnits)
            parts.append((item.id, applied))
            remaining -= applied
        }
        return PaymentAllocation(parts: parts, creditMinorUnits: remaining)
    }
}
