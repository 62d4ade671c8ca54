public import Foundation

/// The account as the claim checkpoint sees it: its contact state now (with the contacts
/// claimed earlier in the same claim) and the due date collection is anchored on.
public struct ClaimContext: Sendable, Hashable {
    /// The debtor's contact state.
    public var state: DebtorContactState
    /// The oldest undisputed unpaid due date; nil when nothing collectable is owed.
    public var anchor: LocalDate?

    /// A context.
    public init(state: DebtorContactState, anchor: LocalDate?) {
        self.state = state
        self.anchor = anchor
    }

    /// What becomes of a reminder of `channel` claimed for sending at `now` (the gate's
    /// second look: the account may have paid, been held or been contacted since the
    /// reminder was scheduled). A validation notice whose dates count from `validationSentOn`
    /// goes out on that day of the debtor's or not at all.
    public func decide(channel: ContactChannel, threatensSuit: Bool, ceaseNotice: Bool = false, validationSentOn: LocalDate? = nil,
                       policy: DunningPolicy?, at now: Date) -> ClaimDecision {
        // Paid (at the source or here) since it was scheduled: never sent for a zero balance.
        guard anchor != nil else { return .cured }
        if let sentOn = validationSentOn, LocalDate(now, in: TimeZones.named(state.timeZone) ?? TimeZones.utc) != sentOn { return .stale }
        return .gate(state.decision(.claim, channel: channel, at: now, policy: policy, threatensSuit: threatensSuit, ceaseNotice: ceaseNotice,
                                    anchor: anchor))
    }
}

/// What the claim checkpoint decided for one reminder.
public enum ClaimDecision: Sendable, Hashable {
    /// Nothing collectable is owed any more: the reminder is cancelled as cured.
    case cured
    /// A validation notice on another day than its dates count from: cancelled as stale,
    /// and the account evaluated again so that a new notice is made.
    case stale
    /// The compliance gate's decision: allowed (claimed), deferred or suppressed.
    case gate(GateDecisionRecord)
}
