/// A pending promise to pay, as the engine weighs it.
public struct PendingPromise: Sendable, Hashable {
    /// acsd's id.
    public var id: Int64
    /// The amount promised.
    public var amount: Money
    /// The day it is promised by, in the account's zone.
    public var promisedOn: LocalDate
    /// Grace days after that day.
    public var graceDays: Int
    /// Paid in its currency since it was recorded (payments not reversed).
    public var paid: Int64

    /// Creates a promise.
    public init(id: Int64, amount: Money, promisedOn: LocalDate, graceDays: Int, paid: Int64) {
        self.id = id
        self.amount = amount
        self.promisedOn = promisedOn
        self.graceDays = graceDays
        self.paid = paid
    }

    /// The last day payments still keep it.
    public var lastDay: LocalDate { promisedOn.adding(days: graceDays) }

    /// What it is on `today`: kept once payments cover it (by its last day), broken the
    /// day after its last day when they do not, pending until then.
    public func state(on today: LocalDate) -> PromiseState {
        if paid >= amount.minorUnits { return .kept }
        return today > lastDay ? .broken : .pending
    }
}

/// Where a promise to pay is. The raw value is the word acsd stores.
public enum PromiseState: String, Sendable, Hashable, CaseIterable {
    /// Its last day has not passed and it is not yet paid.
    case pending
    /// Payments covered it by its last day.
    case kept
    /// Its last day passed without payments covering it.
    case broken
    /// Replaced by a newer promise or a payment plan.
    case cancelled
}

/// Something the engine decided besides reminders: a fee, a task for a person, a placement.
public enum EscalationDraft: Sendable, Hashable {
    /// A fee on one obligation, once per obligation and action.
    case fee(actionKey: String, stage: String, obligationExternalID: String, amount: Money, reason: String)
    /// A task in a work queue.
    case task(actionKey: String, stage: String, queue: String, dueOn: LocalDate, reason: String)
    /// Placement with an agency.
    case placement(actionKey: String, stage: String, agency: String, coCollect: Bool)
    /// Reporting to a credit bureau, from the next bureau run on.
    case bureauReport(actionKey: String, stage: String, bureau: String)
    /// Writing off what is open on `obligationExternalIDs` (the undisputed ones of the
    /// anchor's currency, whose balance the stage's condition judged) as too small to collect.
    case writeOff(actionKey: String, stage: String, obligationExternalIDs: [String])
    /// A settlement offer of the balance in `currency` for `percentBP` of it, paid by `expiresOn`.
    case settlementOffer(actionKey: String, stage: String, currency: String, percentBP: Int, expiresOn: LocalDate)
}

/// Fees as policies charge them (COMPLIANCE.md: none under bankruptcy or breathing space).
public enum FeeRules {
    /// Hold kinds under which no fee or interest accrues.
    public static let blockingHolds: Set<HoldKind> = [.bankruptcy, .breathingSpace]

    /// The fee `fee` charges on an overdue amount: the fixed amount of its currency, or
    /// the percentage (rounded half up) capped by the currency's cap; nil when the fee
    /// has nothing for that currency.
    public static func amount(_ fee: StageFee, overdue: Money) -> Money? {
        if let fixed = fee.fixed.first(where: { $0.currency == overdue.currency }) { return fixed }
        guard fee.percentBP > 0, overdue.minorUnits > 0 else { return nil }
        var minor = Int64((Int128(overdue.minorUnits) * Int128(fee.percentBP) + 5_000) / 10_000)
        if let cap = fee.caps.first(where: { $0.currency == overdue.currency }) { minor = min(minor, cap.minorUnits) }
        return minor > 0 ? Money(minorUnits: minor, currency: overdue.currency) : nil
    }

    /// The EU B2B late-payment compensation: EUR 40 once per invoice.
    public static let euCompensation = Money(minorUnits: 4_000, currency: "EUR")
}
