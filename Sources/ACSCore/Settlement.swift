/// Where a settlement is: offered, then paid (the rest written off), or it ends unpaid.
public enum SettlementStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Offered to the debtor; payments since the offer count towards it.
    case offered
    /// The debtor accepted: a promise to pay the amount by the expiry stands for it.
    case accepted
    /// Paid by its expiry: what was left of the debt it covers is written off. Final unless
    /// a payment that paid it comes back.
    case paid
    /// Its expiry passed before it was paid. Final.
    case expired
    /// An operator withdrew it. Final.
    case withdrawn
    /// A payment that paid it came back: its write-offs are reversed. Final.
    case broken

    /// True while payments still count towards it.
    public var isOpen: Bool { self == .offered || self == .accepted }
}

/// Why an amount was written off.
public enum WriteOffReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// The rest of a debt a paid settlement covered.
    case settlement
    /// A balance too small to collect (a policy stage's `write_off` action).
    case smallBalance = "small_balance"
    /// A dispute decided in the debtor's favour.
    case disputeUpheld = "dispute_upheld"
    /// Judged uncollectible by an operator.
    case uncollectible
    /// Discharged in bankruptcy.
    case bankruptcy
    /// The debtor died and the estate cannot pay.
    case deceased
    /// Forgiven as goodwill.
    case goodwill
}

/// The rules of a settlement offer: the amount a percentage gives, the discount it grants,
/// and whether the offering role may grant it (SETTLEMENT-AUTHORITY).
public enum SettlementRules {
    /// The amount to pay for `percentBP` (basis points, 1–10,000) of `balance`, rounded up
    /// to the minor unit: a percentage never settles for less than it says.
    public static func amount(percentBP: Int, of balance: Int64) -> Int64 {
        Int64((Int128(balance) * Int128(percentBP) + 9_999) / 10_000)
    }

    /// The discount `amount` grants on `balance`, in basis points rounded up: a discount a
    /// hair over a limit is over it.
    public static func discountBP(amount: Int64, balance: Int64) -> Int {
        guard balance > 0, amount < balance else { return 0 }
        return Int((Int128(balance - amount) * 10_000 + Int128(balance) - 1) / Int128(balance))
    }

    /// Checks an offer of `amount` on a `balance` in force on `today`, expiring on
    /// `expiresOn` (inclusive), by a caller whose roles allow `authorityBP` of discount.
    /// INVALID_ARGUMENT or PERMISSION_DENIED with the figures.
    public static func check(amount: Money, balance: Int64, expiresOn: LocalDate, today: LocalDate, authorityBP: Int) throws(ACSError) {
        guard balance > 0 else { throw .invalidArgument(field: "amount", "the account owes nothing in \(amount.currency) to settle") }
        guard amount.minorUnits > 0 else { throw .invalidArgument(field: "amount", "must be more than 0") }
        guard amount.minorUnits < balance else {
            throw .invalidArgument(field: "amount", "\(amount) is not less than the \(Money(minorUnits: balance, currency: amount.currency)) owed; post a payment instead")
        }
        guard expiresOn >= today, today.days(to: expiresOn) <= maxDays else {
            throw .invalidArgument(field: "expires_on", "must be from today (\(today)) to \(maxDays) days ahead")
        }
        let discount = discountBP(amount: amount.minorUnits, balance: balance)
        guard discount <= authorityBP else {
            throw ACSError(.permissionDenied, "a settlement of \(amount) on \(Money(minorUnits: balance, currency: amount.currency)) is a "
                           + "\(percent(discount)) discount; your roles may grant at most \(percent(authorityBP)) under this account's policy "
                           + "(settlement_authority_bp)")
        }
    }

    /// The longest an offer may stand.
    public static let maxDays = 365

    /// Basis points as a percentage for people: 2500 → "25%", 1234 → "12.34%".
    public static func percent(_ bp: Int) -> String {
        let cents = bp % 100
        return cents == 0 ? "\(bp / 100)%" : "\(bp / 100).\(cents < 10 ? "0" : "")\(cents)%"
    }
}
