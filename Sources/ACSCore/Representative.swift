/// Who acts for the debtor: to whom communication goes instead (COMPLIANCE.md HOLD-ATTORNEY, HOLD-DECEASED).
public enum ContactRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// The debtor's attorney: under HOLD-ATTORNEY, the only one contacted.
    case attorney
    /// The estate's representative: under HOLD-DECEASED, the only one contacted.
    case estateRepresentative = "estate_representative"

    /// The representative a hold sends communication to; nil when the holds name none.
    /// A deceased debtor's estate comes before an attorney.
    public static func acting(under holds: Set<HoldKind>) -> ContactRole? {
        holds.contains(.deceased) ? .estateRepresentative : holds.contains(.attorney) ? .attorney : nil
    }
}

/// A person acting for the debtor, reached by email or letter (never by automated texts or calls).
public struct Representative: Hashable, Sendable, Codable {
    /// Whom they act as.
    public var role: ContactRole
    /// Their name (a firm, an executor).
    public var name: String
    /// Their email address; "" none.
    public var email: String
    /// Their postal address, for letters.
    public var address: PostalAddress?

    /// Creates a representative.
    public init(role: ContactRole, name: String, email: String = "", address: PostalAddress? = nil) {
        self.role = role
        self.name = name
        self.email = email
        self.address = address
    }
}

/// Where a reminder goes: the debtor's address or number, or a representative's.
public struct ContactRecipient: Sendable, Hashable {
    /// Email address or E.164 number; "" for a letter.
    public var address: String
    /// For SMS and voice: consent for the number.
    public var consented: Bool
    /// For a representative: whom they act as; nil for the debtor.
    public var role: ContactRole?
    /// For a representative: their name.
    public var name: String?
    /// For a representative's letter: their postal address.
    public var postalAddress: PostalAddress?
}
