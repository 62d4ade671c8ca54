public import ACSCore
public import Foundation

/// A settlement: a debt in one currency settled for less, paid by a day.
public struct SettlementView: Sendable, Hashable {
    /// acsd's id.
    public var id: Int64
    /// acsd's account id.
    public var accountID: Int64
    /// What the debtor pays.
    public var amount: Money
    /// What was owed in the currency when it was offered: what it settles.
    public var balance: Money
    /// The last day it may be paid, in the debtor's zone.
    public var expiresOn: LocalDate
    /// Where it is.
    public var status: SettlementStatus
    /// Paid towards it: payments received since the offer, not reversed.
    public var paid: Money
    /// Written off when it was paid (less what a broken settlement reversed).
    public var writtenOff: Money
    /// The policy stage that offered it; "" when an operator did.
    public var stage: String
    /// Who offered it (0: the engine), when, and the note.
    public var offeredBy: ChangeActor
    /// The note given with the offer.
    public var note: String
    /// The promise that stands for it once accepted.
    public var promiseID: Int64?
    /// When it was paid, expired, withdrawn or broken.
    public var resolvedAt: Date?
}

/// An amount written off one obligation: an adjustment, never a deleted row.
public struct WriteOffView: Sendable, Hashable {
    /// acsd's id.
    public var id: Int64
    /// acsd's account id.
    public var accountID: Int64
    /// The obligation's external id.
    public var obligationExternalID: String
    /// The amount.
    public var amount: Money
    /// Why.
    public var reason: WriteOffReason
    /// A note for the record.
    public var note: String
    /// The settlement it completed, if any.
    public var settlementID: Int64?
    /// The policy stage that wrote it off; "" when a person or a settlement did.
    public var stage: String
    /// Who wrote it off (0: acsd) and when.
    public var by: ChangeActor
    /// When it was reversed (a broken settlement); nil while it stands.
    public var reversedAt: Date?
}
