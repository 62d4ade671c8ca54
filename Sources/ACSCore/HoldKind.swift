/// Why collection on an account (or one obligation) stops: the holds of COMPLIANCE.md.
/// The raw value is the word acsd stores.
public enum HoldKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The debtor disputes the debt, whole or one obligation (HOLD-DISPUTE).
    case dispute
    /// The debtor asked in writing to stop contact or refused to pay (HOLD-CEASE).
    case cease
    /// Bankruptcy filed (HOLD-BANKRUPTCY).
    case bankruptcy
    /// The debtor is deceased (HOLD-DECEASED).
    case deceased
    /// The debtor is represented by an attorney (HOLD-ATTORNEY).
    case attorney
    /// A UK breathing-space moratorium (UK-BREATHING-SPACE).
    case breathingSpace = "breathing_space"
}
