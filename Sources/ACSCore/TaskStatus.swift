/// Where a task for a person is. The raw value is the word acsd stores.
public enum TaskStatus: String, Sendable, Hashable, CaseIterable {
    /// Waiting in its queue.
    case open
    /// Taken by an assignee.
    case claimed
    /// Completed with an outcome.
    case done
    /// Withdrawn: the account was cured, held or placed before anyone completed it.
    case cancelled

    /// What a list of tasks shows when no status is asked for: the work still to do.
    public static let unfinished: [TaskStatus] = [.open, .claimed]
}

/// What came of a task. The raw value is the word acsd stores.
public enum TaskOutcome: String, Sendable, Hashable, CaseIterable {
    /// The debtor was reached.
    case contacted
    /// The debtor could not be reached.
    case noContact = "no_contact"
    /// The debtor promised to pay.
    case promise
    /// A payment plan was agreed.
    case paymentPlan = "payment_plan"
    /// The debtor paid.
    case paid
    /// The debtor disputes the debt.
    case dispute
    /// The account goes further (an agency, a supervisor).
    case escalate
    /// Anything else; the note says what.
    case other
}
