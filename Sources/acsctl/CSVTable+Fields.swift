import ACSCore
import ACSWire

/// The columns the payment and agency-return files read alike, each refusing its row by name.
extension CSVTable {
    /// The `account` column: acsd's id or SOURCE:EXTERNAL_ID.
    static func account(_ value: (String) -> String, line: Int) throws(RejectedRow) -> V1.AccountRef {
        guard let account = AccountArgument(argument: value("account")) else {
            throw RejectedRow(line: line, field: "account", reason: "\"\(value("account"))\" is not an id or SOURCE:EXTERNAL_ID")
        }
        return account.ref
    }

    /// The `amount` column in the `currency` column's minor units.
    static func money(_ value: (String) -> String, line: Int) throws(RejectedRow) -> V1.Money {
        guard let currency = Currency(code: value("currency")) else {
            throw RejectedRow(line: line, field: "currency", reason: "\"\(value("currency"))\" is not an ISO 4217 currency")
        }
        do {
            return V1.Money(amountMinor: try Money.parseMinorUnits(value("amount"), currency: currency), currency: currency.code)
        } catch {
            throw RejectedRow(line: line, field: "amount", reason: error.violations.first?.description ?? error.message)
        }
    }
}
