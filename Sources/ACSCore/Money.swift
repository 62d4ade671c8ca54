/// An amount of money: an integer count of minor units and a currency code.
/// Never floating point.
public struct Money: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Minor units (cents for USD, yen for JPY, fils for BHD).
    public var minorUnits: Int64
    /// The ISO 4217 code.
    public var currency: String

    /// The largest amount acs accepts, and the largest total an account may reach, in minor
    /// units of any currency: 10^15 (ten trillion dollars, a quadrillion yen). Amounts beyond it
    /// are refused at the edge; sums of many such totals (reports) use checked arithmetic.
    public static let maxMinorUnits: Int64 = 1_000_000_000_000_000

    /// Creates an amount.
    public init(minorUnits: Int64, currency: String) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// `12.34 USD`, using the currency's exponent.
    public var description: String {
        "\(Self.decimalString(minorUnits, exponent: Currency(code: currency)?.exponent ?? 2)) \(currency)"
    }

    /// Minor units as a decimal string: 1234 with exponent 2 → `12.34`.
    public static func decimalString(_ minorUnits: Int64, exponent: Int) -> String {
        let sign = minorUnits < 0 ? "-" : ""
        let magnitude = minorUnits.magnitude
        guard exponent > 0 else { return sign + String(magnitude) }
        var scale: UInt64 = 1
        for _ in 0..<exponent { scale *= 10 }
        let fraction = String(magnitude % scale)
        return sign + String(magnitude / scale) + "." + String(repeating: "0", count: exponent - fraction.count) + fraction
    }

    /// `a + b`, or OUT_OF_RANGE naming `what` when the sum leaves Int64.
    public static func sum(_ a: Int64, _ b: Int64, _ what: @autoclosure () -> String) throws(ACSError) -> Int64 {
        let (value, overflow) = a.addingReportingOverflow(b)
        guard !overflow else { throw ACSError(.outOfRange, "\(what()) exceeds the largest amount acs can count") }
        return value
    }

    /// `a + b`, which must stay within ±`maxMinorUnits` (an account's total), else
    /// INVALID_ARGUMENT naming `field`.
    public static func accountTotal(_ a: Int64, _ b: Int64, field: String) throws(ACSError) -> Int64 {
        let (value, overflow) = a.addingReportingOverflow(b)
        guard !overflow, value.magnitude <= maxMinorUnits.magnitude else {
            throw ACSError.invalidArgument(field: field, "would take the account's total beyond \(maxMinorUnits) minor units, the largest acs keeps")
        }
        return value
    }

    /// Parses a decimal amount exactly: `12.34` USD → 1234, `1000` JPY → 1000.
    /// More decimals than the currency has, signs, exponents, separators or an
    /// amount beyond `limit` (default: the largest amount acs keeps) are refused with
    /// INVALID_ARGUMENT naming `field`. A file's control total may pass one amount's limit.
    public static func parseMinorUnits(_ text: String, currency: Currency, field: String = "amount",
                                       limit: Int64 = maxMinorUnits) throws(ACSError) -> Int64 {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        let fraction = parts.count > 1 ? parts[1] : ""
        let digits = { (part: Substring) in part.allSatisfy { $0.isASCII && $0.isNumber } }
        guard !whole.isEmpty, digits(whole), digits(fraction), parts.count == 1 || !fraction.isEmpty else {
            throw ACSError.invalidArgument(field: field, "\"\(text)\" is not a decimal amount such as 12.34")
        }
        guard fraction.count <= currency.exponent else {
            throw ACSError.invalidArgument(
                field: field, "\"\(text)\" has \(fraction.count) decimals; \(currency.code) has \(currency.exponent)")
        }
        let padded = String(whole) + fraction + String(repeating: "0", count: currency.exponent - fraction.count)
        guard let value = Int64(padded), value <= limit else {
            throw ACSError.invalidArgument(field: field, "\"\(text)\" is too large")
        }
        return value
    }
}

extension Int64 {
    /// Adds `amount` (minor units) to this sum, or throws OUT_OF_RANGE naming `what` when the
    /// sum would leave Int64 (it is then unchanged).
    public mutating func add(minorUnits amount: Int64, _ what: @autoclosure () -> String) throws(ACSError) {
        self = try Money.sum(self, amount, what())
    }
}
