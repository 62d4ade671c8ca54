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

    /// Creates contact points.
    public init(emails: [String] = [], phones: [PhoneContact] = [], address: PostalAddress? = nil) {
        self.emails = emails
        self.phones = phones
        self.address = address
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
        check(TextRules.isTimeZone(timeZone), "time_zone",
              "\"\(timeZone.prefix(64))\" is not an IANA time zone such as America/New_York")
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
        check(obligations.count <= 10_000, "obligations", "at most 10000 per account")
        var seen = Set<String>()
        for (index, obligation) in obligations.enumerated() {
            found += obligation.violations(prefix: "obligations[\(index)]")
            check(seen.insert(obligation.externalID).inserted, "obligations[\(index)].external_id", "appears twice in this account")
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

extension ContactPoints {
    /// Reads contact points as acsd stores them (`json`).
    public static func decode(stored text: String) throws -> ContactPoints {
        try JSONDecoder().decode(ContactPoints.self, from: Data(text.utf8))
    }

    /// The contact points as JSON (the form `JSONDecoder` reads back), keys sorted so equal
    /// contact points give equal text.
    ///
    /// Fast path: written by hand rather than by `JSONEncoder` (sortedKeys), because every
    /// synced account writes it: `acs-bench sync` (200,000 accounts) makes 44,150 accounts/s
    /// with it and 39,100 with `JSONEncoder` (median of 4 runs each, 2026-12-03).
    public var json: String {
        let phones = self.phones.map { phone in
            "{\"consentSource\":\(JSONText.string(phone.consentSource)),\"number\":\(JSONText.string(phone.number)),"
                + "\"smsConsent\":\(phone.smsConsent),\"timeZone\":\(JSONText.string(phone.timeZone)),\"voiceConsent\":\(phone.voiceConsent)}"
        }
        var fields: [String] = []
        if let address {
            fields.append("\"address\":{\"country\":\(JSONText.string(address.country)),\"lines\":\(JSONText.array(address.lines)),"
                + "\"locality\":\(JSONText.string(address.locality)),\"postalCode\":\(JSONText.string(address.postalCode)),"
                + "\"region\":\(JSONText.string(address.region)),\"timeZone\":\(JSONText.string(address.timeZone))}")
        }
        fields.append("\"emails\":\(JSONText.array(emails))")
        fields.append("\"phones\":[\(phones.joined(separator: ","))]")
        return "{" + fields.joined(separator: ",") + "}"
    }
}

extension AccountSnapshot {
    /// Everything but the version, as one stable text: equal content, equal text.
    public var canonicalContent: String { canonicalContent(contactsJSON: contacts.json) }

    /// The canonical content, reusing `contacts.json` already written.
    public func canonicalContent(contactsJSON: String) -> String {
        let obligations = self.obligations.map { obligation in
            [obligation.externalID, obligation.kind.rawValue, String(obligation.amount.minorUnits), obligation.amount.currency,
             String(obligation.openAmount.minorUnits), obligation.issuedOn?.description ?? "", obligation.dueOn.description]
                .map(JSONText.string).joined(separator: ",")
        }
        return [source, externalID, name, timeZone, locale, segment].map(JSONText.string).joined(separator: ",")
            + "|" + contactsJSON + "|[" + obligations.joined(separator: "],[") + "]"
    }
}

/// JSON text for strings and arrays of strings.
public enum JSONText {
    /// `text` as a JSON string literal, escaped.
    public static func string(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) { return "\"" + text + "\"" }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// An array of strings as JSON.
    public static func array(_ values: [String]) -> String {
        "[" + values.map(string).joined(separator: ",") + "]"
    }
}

/// Rules for text fields: bounded length, no control characters.
public enum TextRules {
    /// 1–200 printable characters, no control characters.
    public static func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty && isText(text, max: 200)
    }

    /// At most `max` characters and no control characters (audit entries stay one line).
    public static func isText(_ text: String, max: Int) -> Bool {
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return utf8.count <= max }
        return text.count <= max && !text.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    /// A plausible email address: `local@domain.tld`, at most 254 characters.
    public static func isEmail(_ text: String) -> Bool {
        let bytes = text.utf8
        guard isText(text, max: 254), !bytes.contains(0x20), let at = bytes.firstIndex(of: 0x40), at != bytes.startIndex else { return false }
        let domain = bytes[bytes.index(after: at)...]
        return !domain.contains(0x40) && domain.contains(0x2E) && domain.first != 0x2E && domain.last != 0x2E
    }

    /// An IANA zone name such as `America/New_York` (or `UTC`).
    public static func isTimeZone(_ name: String) -> Bool {
        (name == "UTC" || name.contains("/")) && name.count <= 64 && TimeZones.named(name) != nil
    }

    /// E.164: `+` and 8–15 digits.
    public static func isPhone(_ text: String) -> Bool {
        text.first == "+" && (8...15).contains(text.count - 1) && text.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }
}
