import ACSCore
import ACSWire
import Foundation

/// Reads a BAI2 file (BAI Cash Management Balance Reporting Specifications, version 2):
/// 88 continuation records joined to the record they continue, one statement per account (03),
/// its 16 transaction details as entries, and every control total and record count of the 49,
/// 98 and 99 trailers checked: a file whose totals do not add up is refused whole.
enum BAI2Reader {
    /// A logical record: the physical records it was joined from, and its fields.
    private struct Record {
        var code: String
        var fields: [String]
        var physical: Int
        var line: Int

        /// Field `index`, or "" past the end.
        func field(_ index: Int) -> String { fields.indices.contains(index) ? fields[index] : "" }
    }

    /// The statements of `data`, or why the file is refused whole.
    static func read(_ data: Data) throws(ACSError) -> BankStatementFile {
        let records = try logicalRecords(String(decoding: data, as: UTF8.self))
        var statements: [BankStatementFile.Statement] = []
        var groupCurrency = "USD", asOf = "", groupTotal: Int64 = 0, groupRecords = 0, groupAccounts = 0, groups = 0
        var fileTotal: Int64 = 0, fileRecords = 0, groupOpen = false
        var account: (statement: BankStatementFile.Statement, currency: String, total: Int64, records: Int)?
        for (position, record) in records.enumerated() {
            fileRecords += record.physical
            let what = "BAI2 line \(record.line)"
            func structure(_ ok: Bool, _ rule: String) throws(ACSError) {
                guard ok else { throw ACSError(.invalidArgument, "\(what): \(rule)") }
            }
            switch record.code {
            case "01":
                try structure(position == 0, "the file header (01) must come first, once")
            case "02":
                try structure(account == nil && !groupOpen, "a group (02) before the trailer (98) of the one before")
                groupOpen = true
                groups += 1
                groupRecords = record.physical
                groupTotal = 0
                groupAccounts = 0
                groupCurrency = record.field(6).isEmpty ? "USD" : record.field(6)
                asOf = try date(record.field(4), what: what)
            case "03":
                try structure(groupOpen, "an account (03) outside a group")
                guard account == nil else { throw ACSError(.invalidArgument, "\(what): an account (03) before the 49 of the one before") }
                let currency = record.field(2).isEmpty ? groupCurrency : record.field(2)
                var total: Int64 = 0
                // Summary and status: type, amount, item count, funds type (and its own fields), repeated.
                var index = 3
                while index + 1 < record.fields.count {
                    if let amount = try amount(record.field(index + 1), what: what) { try BankStatementFile.add(&total, amount, what: what) }
                    index += 4 + fundsFields(record.field(index + 3), record, at: index + 4)
                }
                account = (BankStatementFile.Statement(bankAccount: record.field(1), statementID: "\(record.field(1)) as of \(asOf)"), currency, total,
                           record.physical)
                groupAccounts += 1
            case "16":
                guard var current = account else { throw ACSError(.invalidArgument, "\(what): a detail (16) outside an account") }
                let (entry, amount) = try detail(record, currency: current.currency, bookedOn: asOf, statement: &current.statement, what: what)
                try BankStatementFile.add(&current.total, amount, what: what)
                current.records += record.physical
                if let entry { current.statement.entries.append(entry) }
                account = current
            case "49":
                guard let current = account else { throw ACSError(.invalidArgument, "\(what): an account trailer (49) without its account") }
                try check(record.field(1), equals: current.total, records: record.field(2), count: current.records + record.physical,
                          what: "\(what): account \(current.statement.bankAccount)")
                try BankStatementFile.add(&groupTotal, current.total, what: what)
                groupRecords += current.records + record.physical
                var statement = current.statement
                statement.checked = ["account, group and file trailers (totals and record counts)"]
                statements.append(statement)
                account = nil
            case "98":
                try structure(account == nil && groupOpen, "a group trailer (98) before its accounts' trailers (49), or without its group")
                groupOpen = false
                try check(record.field(1), equals: groupTotal, records: record.field(3), count: groupRecords + record.physical, what: "\(what): group")
                guard Int(record.field(2)) == groupAccounts else {
                    throw ACSError(.invalidArgument, "\(what): the group trailer says \(record.field(2)) accounts, the group has \(groupAccounts)")
                }
                try BankStatementFile.add(&fileTotal, groupTotal, what: what)
            case "99":
                try structure(!groupOpen && account == nil, "the file trailer (99) inside a group")
                try structure(position == records.count - 1, "records after the file trailer (99): one file per import")
                try check(record.field(1), equals: fileTotal, records: record.field(3), count: fileRecords, what: "\(what): file")
                guard Int(record.field(2)) == groups else {
                    throw ACSError(.invalidArgument, "\(what): the file trailer says \(record.field(2)) groups, the file has \(groups)")
                }
                return BankStatementFile(format: .bai2, statements: statements)
            default:
                throw ACSError(.invalidArgument, "\(what): unknown record code \"\(record.code.prefix(4))\"")
            }
        }
        throw ACSError(.invalidArgument, "BAI2: the file ends before its trailer (99): it is not whole")
    }

    /// A 16 record: its entry (nil for a type code that is neither a credit nor a debit) and its amount.
    private static func detail(_ record: Record, currency: String, bookedOn: String, statement: inout BankStatementFile.Statement,
                               what: String) throws(ACSError) -> (V1.BankEntry?, Int64) {
        let type = record.field(1)
        let amount = try amount(record.field(2), what: what) ?? 0
        let extra = fundsFields(record.field(3), record, at: 4)
        let bankReference = record.field(4 + extra), customerReference = record.field(5 + extra)
        let joined = record.fields.count > 6 + extra ? record.fields[(6 + extra)...].joined(separator: ",") : ""
        let text = joined == "/" ? "" : joined
        guard let code = Int(type), Self.isCredit(code) || Self.isDebit(code) else { return (nil, amount) }
        guard amount > 0 else { throw ACSError(.invalidArgument, "\(what): a transaction of type \(type) without an amount") }
        let debit = Self.isDebit(code)
        let entry = V1.BankEntry(
            reference: bankReference.isEmpty
                ? statement.fallbackReference(scope: bookedOn, content: [type, String(amount), customerReference, text]) : bankReference,
            amount: V1.Money(amountMinor: amount, currency: currency),
            debit: debit, bookedOn: bookedOn,
            structuredReference: CreditorReference.isValid(customerReference) ? CreditorReference.normalized(customerReference) : "",
            remittance: [customerReference, text].filter { !$0.isEmpty }.joined(separator: " "), endToEndId: customerReference,
            counterparty: "", returnCode: Self.returnTypes.contains(code) ? type : "", isReturn: debit && Self.returnTypes.contains(code))
        return (entry, amount)
    }

    /// Where a 16 record's text begins (after its funds type's own fields); nil for other records.
    private static func textIndex(_ record: Record) -> Int? {
        record.code == "16" ? 6 + fundsFields(record.field(3), record, at: 4) : nil
    }

    /// Credits: 101–399 and 920–959. Debits: 401–699 and 960–999 (Appendix A).
    private static func isCredit(_ code: Int) -> Bool { (101...399).contains(code) || (920...959).contains(code) }
    private static func isDebit(_ code: Int) -> Bool { (401...699).contains(code) || (960...999).contains(code) }
    /// Debits that return a deposit: 555 deposited item returned, 557 individual ACH return item.
    private static let returnTypes: Set<Int> = [555, 557]

    /// How many fields a funds type adds after itself: S three amounts, V a date and a time, D a count and its pairs.
    private static func fundsFields(_ type: String, _ record: Record, at index: Int) -> Int {
        switch type {
        case "S": 3
        case "V": 2
        // A count that is no count of the fields there are adds none (the totals then refuse the file).
        case "D": 1 + 2 * min(max(Int(record.field(index)) ?? 0, 0), record.fields.count)
        default: 0
        }
    }

    /// An amount field: empty, or digits with an optional sign (minor units already).
    private static func amount(_ text: String, what: String) throws(ACSError) -> Int64? {
        guard !text.isEmpty else { return nil }
        let digits = text.first == "+" || text.first == "-" ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.count <= 18, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int64(digits) else {
            throw ACSError(.invalidArgument, "\(what): \"\(text.prefix(24))\" is not an amount")
        }
        return text.first == "-" ? -value : value
    }

    private static func check(_ total: String, equals sum: Int64, records: String, count: Int, what: String) throws(ACSError) {
        guard let stated = try amount(total, what: what), stated == sum else {
            throw ACSError(.invalidArgument, "\(what): the control total says \(total), the amounts add up to \(sum)")
        }
        guard Int(records) == count else { throw ACSError(.invalidArgument, "\(what): the trailer says \(records) records, there are \(count)") }
    }

    /// YYMMDD as YYYY-MM-DD (20YY).
    private static func date(_ text: String, what: String) throws(ACSError) -> String {
        guard text.count == 6, text.allSatisfy(\.isNumber) else { throw ACSError(.invalidArgument, "\(what): \"\(text.prefix(8))\" is not a date YYMMDD") }
        let day = "20\(text.prefix(2))-\(text.dropFirst(2).prefix(2))-\(text.suffix(2))"
        guard LocalDate(day) != nil else { throw ACSError(.invalidArgument, "\(what): \"\(text)\" is not a date") }
        return day
    }

    /// The physical records joined into logical ones: an 88 continues the record before it
    /// (its text, when that ended in text; else its next fields).
    private static func logicalRecords(_ text: String) throws(ACSError) -> [Record] {
        var records: [Record] = []
        for (number, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if fields[0] == "88" {
                guard var last = records.popLast() else { throw ACSError(.invalidArgument, "BAI2 line \(number + 1): a continuation (88) first") }
                let rest = Array(fields.dropFirst())
                if let text = textIndex(last), last.fields.count > text, !(last.fields.last ?? "").hasSuffix("/") {
                    last.fields[last.fields.count - 1] += " " + rest.joined(separator: ",")
                } else {
                    last.fields[last.fields.count - 1] = String(last.fields[last.fields.count - 1].dropLast(last.fields.last?.hasSuffix("/") == true ? 1 : 0))
                    last.fields += rest
                }
                last.physical += 1
                records.append(last)
            } else {
                records.append(Record(code: fields[0], fields: fields, physical: 1, line: number + 1))
            }
        }
        return records.map { record in
            var record = record
            // A record that does not end in text ends with "/": drop it from its last field.
            if textIndex(record).map({ record.fields.count <= $0 }) ?? true, let last = record.fields.last, last.hasSuffix("/") {
                record.fields[record.fields.count - 1] = String(last.dropLast())
            }
            return record
        }
    }
}
