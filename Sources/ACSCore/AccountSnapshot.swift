import Foundation

/// An account as a source system (CRM, billing, accounting) reports it: the
/// unit of `SyncAccounts`. Newer `sourceVersion`s replace older ones.
public struct AccountSnapshot: Hashable, Sendable, Codable {
    /// The source system's name.
    public var source: String
    /// The account's id in that system.
    public var externalID: String
    /// The snapshot's version in the source; an older one than stored is stale.
    public var sourceVersion: UInt64
    /// The debtor's name.
    public var name: String
    /// How to reach the debtor.
    public var contacts: ContactPoints
    /// IANA time zone, e.g. `America/New_York`.
    public var timeZone: String
    /// Locale for templates, e.g. `en_US`.
    public var locale: String
    /// The portfolio segment policies choose by.
    public var segment: String
    /// What the account owes.
    public var obligations: [ObligationSnapshot]

    /// Creates a snapshot.
    public init(source: String, externalID: String, sourceVersion: UInt64, name: String, contacts: ContactPoints = ContactPoints(),
                timeZone: String, locale: String = "", segment: String = "", obligations: [ObligationSnapshot] = []) {
        self.source = source
        self.externalID = externalID
        self.sourceVersion = sourceVersion
        self.name = name
        self.contacts = contacts
        self.timeZone = timeZone
        self.locale = locale
        self.segment = segment
        self.obligations = obligations
    }
}

/// Emails, phones (with per-number consent) and a postal address.
public struct ContactPoints: Hashable, Sendable, Codable {
    /// Email addresses, preferred first.
    public var emails: [String]
    /// Phone numbers, preferred first.
    public var phones: [PhoneContact]
    /// The postal address, when known.
    public var address: PostalAddress?
    /// People acting for the debtor (an attorney, the estate's representative).
    public var representatives: [Representative]

    /// Creates contact points.
    public init(emails: [String] = [], phones: [PhoneContact] = [], address: PostalAddress? = nil, representatives: [Representative] = []) {
        self.emails = emails
        self.phones = phones
        self.address = address
        self.representatives = representatives
    }

    private enum CodingKeys: String, CodingKey { case emails, phones, address, representatives }

    /// Reads contact points; `representatives` may be absent (none).
    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        self.init(emails: try values.decode([String].self, forKey: .emails), phones: try values.decode([PhoneContact].self, forKey: .phones),
                  address: try values.decodeIfPresent(PostalAddress.self, forKey: .address),
                  representatives: try values.decodeIfPresent([Representative].self, forKey: .representatives) ?? [])
    }

    /// Writes contact points, leaving out `representatives` when there are none.
    public func encode(to encoder: any Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encode(emails, forKey: .emails)
        try values.encode(phones, forKey: .phones)
        try values.encodeIfPresent(address, forKey: .address)
        if !representatives.isEmpty { try values.encode(representatives, forKey: .representatives) }
    }
}

/// A postal address, for letters and for the debtor's time zone.
public struct PostalAddress: Hashable, Sendable, Codable {
    /// Street lines.
    public var lines: [String]
    /// City or town.
    public var locality: String
    /// State, province or county.
    public var region: String
    /// Postal code.
    public var postalCode: String
    /// ISO 3166-1 alpha-2 country code.
    public var country: String
    /// The IANA zone of the address, when known (a candidate for quiet hours).
    public var timeZone: String

    /// Creates an address.
    public init(lines: [String] = [], locality: String = "", region: String = "", postalCode: String = "", country: String = "", timeZone: String = "") {
        self.lines = lines
        self.locality = locality
        self.region = region
        self.postalCode = postalCode
        self.country = country
        self.timeZone = timeZone
    }
}

/// A phone number and what the debtor consented to for it.
public struct PhoneContact: Hashable, Sendable, Codable {
    /// E.164, e.g. `+12125550100`.
    public var number: String
    /// Consent to automated text messages.
    public var smsConsent: Bool
    /// Consent to automated calls.
    public var voiceConsent: Bool
    /// Where the consent came from (e.g. `signup-form-2025-03`).
    public var consentSource: String
    /// The IANA zone of the number, when known (a candidate for quiet hours).
    public var timeZone: String

    /// Creates a phone contact.
    public init(number: String, smsConsent: Bool = false, voiceConsent: Bool = false, consentSource: String = "", timeZone: String = "") {
        self.number = number
        self.smsConsent = smsConsent
        self.voiceConsent = voiceConsent
        self.consentSource = consentSource
        self.timeZone = timeZone
    }
}

/// What kind of debt an obligation is.
public enum ObligationKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// An invoice.
    case invoice
    /// An instalment of a loan or plan.
    case instalment
    /// A fee charged by a policy stage.
    case fee
    /// Interest accrued on overdue principal.
    case interest

    /// Fees and interest are paid after principal.
    public var isCharge: Bool { self == .fee || self == .interest }
}

/// One invoice or instalment as the source reports it.
public struct ObligationSnapshot: Hashable, Sendable, Codable {
    /// The obligation's id in the source, unique within the account.
    public var externalID: String
    /// Invoice or instalment.
    public var kind: ObligationKind
    /// The original amount.
    public var amount: Money
    /// What is still open, in the same currency (0 … amount).
    public var openAmount: Money
    /// When it was issued, if known.
    public var issuedOn: LocalDate?
    /// When it falls due.
    public var dueOn: LocalDate

    /// Creates an obligation.
    public init(externalID: String, kind: ObligationKind = .invoice, amount: Money, openAmount: Money, issuedOn: LocalDate? = nil, dueOn: LocalDate) {
        self.externalID = externalID
        self.kind = kind
        self.amount = amount
        self.openAmount = openAmount
        self.issuedOn = issuedOn
        self.dueOn = dueOn
    }
}

extension AccountSnapshot {
    /// Every problem with this snapshot, each naming its field (relative to the record).
    public func violations() -> [ACSError.FieldViolation] {
        var found: [ACSError.FieldViolation] = []
        func check(_ ok: Bool, _ field: String, _ reason: @autoclosure () -> String) {
            if !ok { found.append(.init(field: field, description: reason())) }
        }
        check(TextRules.isIdentifier(source), "source", "must be 1–200 printable characters")
        check(TextRules.isIdentifier(externalID), "external_id", "must be 1–200 printable characters")
        check((1...UInt64(Int64.max)).contains(sourceVersion), "source_version", "must be between 1 and \(Int64.max)")
        check(TextRules.isText(name, max: 500) && !name.isEmpty, "name", "must be 1–500 characters without control characters")
        check(timeZone.isEmpty || TextRules.isTimeZone(timeZone), "time_zone",
              "\"\(timeZone.prefix(64))\" is not an IANA time zone such as America/New_York (empty: unknown)")
        check(TextRules.isText(locale, max: 35), "locale", "must be at most 35 characters")
        check(TextRules.isText(segment, max: 100), "segment", "must be at most 100 characters")
        for (index, email) in contacts.emails.enumerated() {
            check(TextRules.isEmail(email), "emails[\(index)]", "\"\(email.prefix(64))\" is not an email address")
        }
        for (index, phone) in contacts.phones.enumerated() {
            check(TextRules.isPhone(phone.number), "phones[\(index)].number", "\"\(phone.number.prefix(32))\" is not an E.164 number such as +12125550100")
            check(phone.timeZone.isEmpty || TextRules.isTimeZone(phone.timeZone), "phones[\(index)].time_zone", "is not an IANA time zone")
            check(TextRules.isText(phone.consentSource, max: 200), "phones[\(index)].consent_source", "must be at most 200 characters")
        }
        if let address = contacts.address {
            let parts = address.lines + [address.locality, address.region, address.postalCode, address.country]
            check(address.lines.count <= 6 && parts.allSatisfy { TextRules.isText($0, max: 200) }, "address",
                  "at most 6 lines of 200 characters, without control characters")
            check(address.timeZone.isEmpty || TextRules.isTimeZone(address.timeZone), "address.time_zone", "is not an IANA time zone")
        }
        check(contacts.representatives.count <= 10, "representatives", "at most 10")
        for (index, person) in contacts.representatives.enumerated() {
            check(TextRules.isText(person.name, max: 500) && !person.name.isEmpty, "representatives[\(index)].name", "must be 1–500 characters")
            check(person.email.isEmpty || TextRules.isEmail(person.email), "representatives[\(index)].email", "is not an email address")
            check(!person.email.isEmpty || !(person.address?.lines.isEmpty ?? true), "representatives[\(index)]", "needs an email or a postal address")
            check(person.address.map { $0.timeZone.isEmpty || TextRules.isTimeZone($0.timeZone) } ?? true,
                  "representatives[\(index)].address.time_zone", "is not an IANA time zone")
            check(person.address.map { $0.lines.count <= 6 && ($0.lines + [$0.locality, $0.region, $0.postalCode, $0.country]).allSatisfy { TextRules.isText($0, max: 200) } } ?? true,
                  "representatives[\(index)].address", "at most 6 lines of 200 characters, without control characters")
        }
        check(obligations.count <= 10_000, "obligations", "at most 10000 per account")
        // Ids are keyed byte for byte, as SQLite stores them: NFC and NFD forms are two obligations.
        var seen = Set<[UInt8]>()
        for (index, obligation) in obligations.enumerated() {
            found += obligation.violations(prefix: "obligations[\(index)]")
            check(seen.insert(Array(obligation.externalID.utf8)).inserted, "obligations[\(index)].external_id", "appears twice in this account")
        }
        // Each amount is at most Money.maxMinorUnits; so is what one account owes in one
        // currency, so that the sums made over an account (balances, the cycle) never leave Int64.
        let owed = obligations.reduce(into: [String: Int128]()) { $0[$1.amount.currency, default: 0] += Int128($1.amount.minorUnits) }
        for (currency, total) in owed.sorted(by: { $0.key < $1.key }) where total > Int128(Money.maxMinorUnits) {
            check(false, "obligations", "amounts in \(currency.prefix(16)) add up to \(total), beyond \(Money.maxMinorUnits), the most one account may owe")
        }
        return found
    }
}

extension ObligationSnapshot {
    /// Id prefixes of the obligations acs creates itself (fees, interest).
    public static let reservedPrefixes = ["FEE-", "INTEREST-"]

    func violations(prefix: String) -> [ACSError.FieldViolation] {
        var found: [ACSError.FieldViolation] = []
        func check(_ ok: Bool, _ field: String, _ reason: @autoclosure () -> String) {
            if !ok { found.append(.init(field: "\(prefix).\(field)", description: reason())) }
        }
        check(TextRules.isIdentifier(externalID), "external_id", "must be 1–200 printable characters")
        check(!ObligationSnapshot.reservedPrefixes.contains { externalID.uppercased().hasPrefix($0) }, "external_id",
              "FEE- and INTEREST- are acs's own: the ids of the fees and interest it charges")
        check(!kind.isCharge, "kind", "fees and interest are charged by acs, never synced")
        check(Currency(code: amount.currency) != nil, "amount.currency", "\"\(amount.currency.prefix(16))\" is not an ISO 4217 currency")
        check(amount.minorUnits >= 0, "amount.amount_minor", "must not be negative")
        check(openAmount.currency == amount.currency, "open_amount.currency", "must equal amount.currency")
        check((0...max(0, amount.minorUnits)).contains(openAmount.minorUnits), "open_amount.amount_minor", "must be between 0 and the amount")
        check(amount.minorUnits <= Money.maxMinorUnits, "amount.amount_minor", "must not exceed \(Money.maxMinorUnits)")
        return found
    }
}
