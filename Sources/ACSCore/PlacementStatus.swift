/// Where a placement with an agency is. The raw value is the word acsd stores.
public enum PlacementStatus: String, Sendable, Hashable, CaseIterable {
    /// The agency collects.
    case active
    /// Taken back from the agency.
    case recalled
}

/// Why a placement was recalled. The raw value is the word acsd stores.
public enum RecallReason: String, Sendable, Hashable, CaseIterable {
    /// An operator recalled it.
    case manual
    /// The account was paid in full.
    case paidInFull = "paid_in_full"
    /// The debtor disputes the debt (HOLD-DISPUTE).
    case disputed
    /// Bankruptcy was filed (HOLD-BANKRUPTCY).
    case bankruptcy
    /// Nothing is left: a settlement was paid, or the rest written off.
    case settled
    /// The agency gave the account back (a closure in its return file).
    case agencyClosed = "agency_closed"
}

/// What a record of an agency's return file reports.
public enum AgencyReturnKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The agency collected a payment.
    case payment
    /// The agency's status of the account changed.
    case status
    /// The agency closed the account and gives it back.
    case closure
}

extension RecallReason {
    /// The recall a new hold of `kind` calls for: a dispute or a bankruptcy takes the account
    /// back from its agency (no agency may collect what is disputed or stayed by a bankruptcy);
    /// other holds leave the placement as it is.
    public init?(hold kind: HoldKind) {
        switch kind {
        case .dispute: self = .disputed
        case .bankruptcy: self = .bankruptcy
        case .cease, .deceased, .attorney, .breathingSpace: return nil
        }
    }
}
