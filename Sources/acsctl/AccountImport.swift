import ACSCore
import ACSWire
import Foundation

/// An account read from an import file, with the lines it came from.
struct ImportedAccount {
    var record: V1.AccountRecord
    var lines: [Int]
}

/// A row that cannot become part of an account.
struct RejectedRow: Error, Encodable {
    var line: Int
    var field: String
    var reason: String
}

/// Reads accounts from CSV (one row per obligation, rows of one account together)
/// or JSON Lines (one account per line); amounts are decimal strings parsed exactly.
enum AccountImport {
    /// The CSV columns, in any order; a header row names them.
    static let columns = [
        "source", "external_id", "name", "email", "phone", "sms_consent", "voice_consent", "timezone", "locale", "segment",
        "obligation_id", "amount", "currency", "issued_on", "due_on", "open_amount", "source_version",
    ]
    /// Optional columns of the postal address (letters go to it); an account without
    /// `address_line1` has no address. `timezone` may be empty (unknown); the address's and
    /// the phone's zones are candidates of their own (COMPLIANCE.md TIME-UNKNOWN).
    static let addressColumns = ["address_line1", "address_line2", "locality", "region", "postal_code", "country", "address_timezone"]
    /// Optional column: the phone's own zone.
    static let phoneColumns = ["phone_timezone"]

    /// Every account of a CSV file, and every row refused before sending.
    static func csv(_ data: Data) throws -> (accounts: [ImportedAccount], rejected: [RejectedRow]) {
        var reader = CSVReader(data: data)
        guard let header = try reader.next() else { return ([], []) }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let missing = columns.filter { !names.contains($0) }
        guard missing.isEmpty else {
            throw RejectedRow(line: header.line, field: "header", reason: "missing column(s): \(missing.joined(separator: ", "))")
        }
        let index = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var accounts: [ImportedAccount] = []
        var rejected: [RejectedRow] = []
        var poisoned = Set<[[UInt8]]>()
        while let row = try reader.next() {
            let value = { (column: String) in index[column].map { row.fields.indices.contains($0) ? row.fields[$0] : "" } ?? "" }
            let key = accountKey(value("source"), value("external_id"))
            do {
                let obligation = try obligation(value, line: row.line)
                if let last = accounts.last, accountKey(last.record.source, last.record.externalId) == key {
                    accounts[accounts.count - 1].record.obligations.append(obligation)
                    accounts[accounts.count - 1].lines.append(row.line)
                } else {
                    accounts.append(ImportedAccount(record: try account(value, line: row.line, obligation: obligation), lines: [row.line]))
                }
            } catch let error as RejectedRow {
                rejected.append(error)
                poisoned.insert(key)
            }
        }
        // An account with a bad row is not sent at all: half an account would look paid.
        let kept = accounts.filter { !poisoned.contains(accountKey($0.record.source, $0.record.externalId)) }
        for account in accounts where poisoned.contains(accountKey(account.record.source, account.record.externalId)) {
            rejected += account.lines.map { RejectedRow(line: $0, field: "account", reason: "not sent: another row of account \(account.record.externalId) was refused") }
        }
        return (kept, rejected.sorted { $0.line < $1.line })
    }

    /// An account's identity byte for byte, as acsd keys it (SQLite compares bytes): ids that
    /// are only canonically equal, NFC and NFD, are two accounts.
    private static func accountKey(_ source: String, _ externalID: String) -> [[UInt8]] {
        [Array(source.utf8), Array(externalID.utf8)]
    }

    private static func account(_ value: (String) -> String, line: Int, obligation: V1.ObligationRecord) throws -> V1.AccountRecord {
        guard let version = UInt64(value("source_version")) else {
            throw RejectedRow(line: line, field: "source_version", reason: "\"\(value("source_version"))\" is not a whole number")
        }
        var record = V1.AccountRecord(
            source: value("source"), externalId: value("external_id"), sourceVersion: version, name: value("name"),
            timeZone: value("timezone"), locale: value("locale"), segment: value("segment"), obligations: [obligation])
        if !value("email").isEmpty { record.emails = [value("email")] }
        if !value("address_line1").isEmpty {
            record.address = V1.PostalAddress(lines: [value("address_line1"), value("address_line2")].filter { !$0.isEmpty },
                                              locality: value("locality"), region: value("region"), postalCode: value("postal_code"),
                                              country: value("country"), timeZone: value("address_timezone"))
        }
        if !value("phone").isEmpty {
            record.phones = [V1.Phone(number: value("phone"), smsConsent: try flag(value("sms_consent"), "sms_consent", line),
                                      voiceConsent: try flag(value("voice_consent"), "voice_consent", line), consentSource: "import",
                                      timeZone: value("phone_timezone"))]
        }
        return record
    }

    private static func obligation(_ value: (String) -> String, line: Int) throws -> V1.ObligationRecord {
        guard let currency = Currency(code: value("currency")) else {
            throw RejectedRow(line: line, field: "currency", reason: "\"\(value("currency"))\" is not an ISO 4217 currency")
        }
        let amount = try minor(value("amount"), currency, "amount", line)
        let open = value("open_amount").isEmpty ? amount : try minor(value("open_amount"), currency, "open_amount", line)
        return V1.ObligationRecord(
            externalId: value("obligation_id"), kind: .invoice,
            amount: V1.Money(amountMinor: amount, currency: currency.code), openAmount: V1.Money(amountMinor: open, currency: currency.code),
            issuedOn: value("issued_on"), dueOn: value("due_on"))
    }

    private static func minor(_ text: String, _ currency: Currency, _ field: String, _ line: Int) throws -> Int64 {
        do {
            return try Money.parseMinorUnits(text.trimmingCharacters(in: .whitespaces), currency: currency, field: field)
        } catch {
            throw RejectedRow(line: line, field: field, reason: error.violations.first?.description ?? error.message)
        }
    }

    private static func flag(_ text: String, _ field: String, _ line: Int) throws -> Bool {
        switch text.lowercased() {
        case "", "0", "false", "no", "n": return false
        case "1", "true", "yes", "y": return true
        default: throw RejectedRow(line: line, field: field, reason: "\"\(text)\" is not yes or no")
        }
    }

    /// Every account of a JSON Lines file (amounts as decimal strings).
    static func jsonLines(_ data: Data) -> (accounts: [ImportedAccount], rejected: [RejectedRow]) {
        var accounts: [ImportedAccount] = []
        var rejected: [RejectedRow] = []
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        for (number, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
            do {
                let account = try decoder.decode(JSONAccount.self, from: Data(line))
                accounts.append(ImportedAccount(record: try account.record(line: number + 1), lines: [number + 1]))
            } catch let error as RejectedRow {
                rejected.append(error)
            } catch {
                rejected.append(RejectedRow(line: number + 1, field: "json", reason: "not an account object: \(error)"))
            }
        }
        return (accounts, rejected)
    }
}

/// One line of a JSON Lines import.
private struct JSONAccount: Decodable {
    struct Phone: Decodable { var number: String; var smsConsent: Bool?; var voiceConsent: Bool?; var timeZone: String? }
    struct Address: Decodable {
        var lines: [String]; var locality: String?; var region: String?; var postalCode: String?; var country: String?; var timeZone: String?

        var record: V1.PostalAddress {
            V1.PostalAddress(lines: lines, locality: locality ?? "", region: region ?? "", postalCode: postalCode ?? "",
                             country: country ?? "", timeZone: timeZone ?? "")
        }
    }
    struct Representative: Decodable { var role: String; var name: String; var email: String?; var address: Address? }
    struct Obligation: Decodable {
        var externalId: String; var amount: String; var currency: String; var openAmount: String?; var issuedOn: String?; var dueOn: String
    }
    var source: String
    var externalId: String
    var sourceVersion: UInt64
    var name: String
    var emails: [String]?
    var phones: [Phone]?
    var address: Address?
    var representatives: [Representative]?
    var timeZone: String?
    var locale: String?
    var segment: String?
    var obligations: [Obligation]

    func record(line: Int) throws -> V1.AccountRecord {
        V1.AccountRecord(
            source: source, externalId: externalId, sourceVersion: sourceVersion, name: name, emails: emails ?? [],
            phones: (phones ?? []).map {
                V1.Phone(number: $0.number, smsConsent: $0.smsConsent ?? false, voiceConsent: $0.voiceConsent ?? false, consentSource: "import",
                         timeZone: $0.timeZone ?? "")
            },
            address: address?.record,
            timeZone: timeZone ?? "", locale: locale ?? "", segment: segment ?? "",
            obligations: try obligations.enumerated().map { index, obligation in
                guard let currency = Currency(code: obligation.currency) else {
                    throw RejectedRow(line: line, field: "obligations[\(index)].currency", reason: "\"\(obligation.currency)\" is not an ISO 4217 currency")
                }
                let parse = { (text: String, field: String) throws -> Int64 in
                    do { return try Money.parseMinorUnits(text, currency: currency, field: field) } catch let error as ACSError {
                        throw RejectedRow(line: line, field: "obligations[\(index)].\(field)", reason: error.violations.first?.description ?? error.message)
                    }
                }
                let amount = try parse(obligation.amount, "amount")
                return V1.ObligationRecord(
                    externalId: obligation.externalId, kind: .invoice, amount: V1.Money(amountMinor: amount, currency: currency.code),
                    openAmount: V1.Money(amountMinor: try obligation.openAmount.map { try parse($0, "open_amount") } ?? amount, currency: currency.code),
                    issuedOn: obligation.issuedOn ?? "", dueOn: obligation.dueOn)
            },
            representatives: try (representatives ?? []).enumerated().map { index, person in
                guard let role = V1.ContactRole(name: person.role), role != .unspecified else {
                    throw RejectedRow(line: line, field: "representatives[\(index)].role", reason: "\"\(person.role)\" is not attorney or estate_representative")
                }
                return V1.Representative(role: role, name: person.name, email: person.email ?? "", address: person.address?.record)
            })
    }
}
