public import Foundation

/// A message an event sends when the policy names an email template for it
/// (`NAME_template:` in the policy file): not a stage's reminder, but through the same gate
/// and outbox, once per event, within `EventMessage.window` of it.
public enum EventMessage: String, Sendable, Hashable, Codable, CaseIterable {
    /// A payment was posted: its receipt.
    case paymentReceipt = "payment_receipt"
    /// A promise to pay was recorded: its confirmation.
    case promiseConfirmation = "promise_confirmation"
    /// A payment plan was agreed: its confirmation.
    case planConfirmation = "plan_confirmation"
    /// A payment was returned or charged back.
    case returnedPayment = "returned_payment"
    /// A dispute was rejected: collection resumes.
    case disputeRejected = "dispute_rejected"
    /// A settlement was offered (by an operator or a stage): the offer, with its last day.
    case settlementOffer = "settlement_offer"

    /// The policy file's key that names its template.
    public var policyKey: String { rawValue + "_template" }

    /// The stage name its reminders carry.
    public var stage: String { rawValue.replacingOccurrences(of: "_", with: "-") }

    /// The prefix of its reminders' action keys (`PREFIX/EVENT_ID`): once per event.
    public var keyPrefix: String { self == .returnedPayment ? "returned-notice" : stage }

    /// How long after the event its message may still go: an older event sends none.
    public static let window: TimeInterval = 30 * 86_400
}

/// One event that owes its message: what happened, to what, how much and when.
public struct EventNotice: Sendable, Hashable {
    /// Which message.
    public var message: EventMessage
    /// acsd's id of the payment, promise, plan or dispute.
    public var id: Int64
    /// Its amount (`{{event_amount}}`): the payment, the promise, the plan's total; nil when none.
    public var amount: Money?
    /// Its day (`{{event_date}}`): received, promised by, the first instalment, an offer's
    /// last day; nil when none.
    public var date: LocalDate?

    /// Creates a notice.
    public init(_ message: EventMessage, id: Int64, amount: Money? = nil, date: LocalDate? = nil) {
        self.message = message
        self.id = id
        self.amount = amount
        self.date = date
    }
}
