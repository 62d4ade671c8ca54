/// Where a dispute is: open (HOLD-DISPUTE in force), verification sent, then decided.
public enum DisputeStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Received: the disputed obligations are on hold.
    case open
    /// Verification of the debt was sent to the debtor; the hold stays until it is decided.
    case verificationSent = "verification_sent"
    /// Decided for the debtor: the disputed amount (or part) was written off; the hold is cleared.
    case upheld
    /// Decided against the debtor after verification: the hold is cleared, collection
    /// resumes, and the policy's notice says so.
    case rejected

    /// True until decided.
    public var isOpen: Bool { self == .open || self == .verificationSent }
}

/// What the debtor says is wrong.
public enum DisputeReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// Not their debt.
    case notMine = "not_mine"
    /// Already paid.
    case alreadyPaid = "already_paid"
    /// The amount is wrong.
    case wrongAmount = "wrong_amount"
    /// Opened by someone who stole their identity.
    case identityTheft = "identity_theft"
    /// Goods or services not received or not as agreed.
    case goodsOrServices = "goods_or_services"
    /// Anything else (the note says what).
    case other
}

/// How a dispute reached the creditor.
public enum DisputeChannel: String, Sendable, Hashable, Codable, CaseIterable {
    /// A call.
    case phone
    /// An email.
    case email
    /// A letter (a written dispute).
    case letter
    /// The debtor's self-service portal.
    case portal
    /// Through the agency the account is placed with.
    case agency
}
