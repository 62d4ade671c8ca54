public import Foundation

/// One allocation of a payment to an obligation (or a write-off of it), with the instants
/// that decide when it counted.
public struct AllocationEvent: Sendable, Hashable {
    /// The amount applied, in minor units.
    public var amount: Int64
    /// When the payment was received.
    public var receivedAt: Date
    /// When the payment was reversed; nil while it stands.
    public var reversedAt: Date?
    /// True for a write-off (receivedAt: when it was written off) rather than a payment.
    public var isWriteOff: Bool

    /// Creates an event.
    public init(amount: Int64, receivedAt: Date, reversedAt: Date? = nil, isWriteOff: Bool = false) {
        self.amount = amount
        self.receivedAt = receivedAt
        self.reversedAt = reversedAt
        self.isWriteOff = isWriteOff
    }

    /// True when the allocation counted at `instant`.
    func counts(at instant: Date) -> Bool { receivedAt < instant && (reversedAt.map { $0 >= instant } ?? true) }
}

/// An obligation with what reports need to know its open amount on any past day.
///
/// The open amount at the end of day D (in the account's zone) is what the source
/// last reported open, plus what acs payments paid since, minus what acs payments
/// had paid by then: `open now + allocations standing now − allocations that stood
/// at the end of D`. Obligations issued after D did not exist yet.
public struct ObligationHistory: Sendable, Hashable {
    /// acsd's account id.
    public var accountID: Int64
    /// The account's segment.
    public var segment: String
    /// The account's zone ("" or unknown: UTC).
    public var timeZone: String
    /// The obligation's external id.
    public var externalID: String
    /// The currency.
    public var currency: String
    /// invoice, instalment, fee, interest.
    public var kind: ObligationKind
    /// The original amount.
    public var amount: Int64
    /// Open now.
    public var openNow: Int64
    /// Due date.
    public var dueOn: LocalDate
    /// Issue date, when known.
    public var issuedOn: LocalDate?
    /// acs payments applied to it.
    public var allocations: [AllocationEvent]

    /// Creates a history.
    public init(accountID: Int64, segment: String, timeZone: String, externalID: String, currency: String, kind: ObligationKind,
                amount: Int64, openNow: Int64, dueOn: LocalDate, issuedOn: LocalDate?, allocations: [AllocationEvent]) {
        self.accountID = accountID
        self.segment = segment
        self.timeZone = timeZone
        self.externalID = externalID
        self.currency = currency
        self.kind = kind
        self.amount = amount
        self.openNow = openNow
        self.dueOn = dueOn
        self.issuedOn = issuedOn
        self.allocations = allocations
    }

    /// The open amount at the end of `day` in the account's zone; nil before it was issued.
    public func open(atEndOf day: LocalDate) -> Int64? {
        if let issuedOn, issuedOn > day { return nil }
        let cutoff = day.adding(days: 1).start(in: TimeZones.named(timeZone) ?? TimeZones.utc)
        // In Int128: allocations to one obligation add up without bound (it can be synced open
        // and paid again many times), while their difference, an open amount, fits Int64.
        let standingNow = allocations.filter { $0.reversedAt == nil }.reduce(Int128(0)) { $0 + Int128($1.amount) }
        let standingThen = allocations.filter { $0.counts(at: cutoff) }.reduce(Int128(0)) { $0 + Int128($1.amount) }
        return Int64(clamping: max(0, Int128(openNow) + standingNow - standingThen))
    }
}
