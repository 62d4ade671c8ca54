/// An aging bucket: how many days past due an open amount is.
public enum AgingBucket: Int, Sendable, Hashable, CaseIterable, Comparable {
    case current = 1, days1To30, days31To60, days61To90, days91To120, over120

    /// The bucket of `daysPastDue` (0 or less: current).
    public static func of(daysPastDue: Int) -> AgingBucket {
        switch daysPastDue {
        case ...0: .current
        case 1...30: .days1To30
        case 31...60: .days31To60
        case 61...90: .days61To90
        case 91...120: .days91To120
        default: .over120
        }
    }

    /// `current`, `1-30`, …, `>120`.
    public var label: String {
        switch self {
        case .current: "current"
        case .days1To30: "1-30"
        case .days31To60: "31-60"
        case .days61To90: "61-90"
        case .days91To120: "91-120"
        case .over120: ">120"
        }
    }

    /// The next older bucket (the classic roll); nil for the oldest.
    public var next: AgingBucket? { AgingBucket(rawValue: rawValue + 1) }

    /// Orders from current to oldest.
    public static func < (lhs: AgingBucket, rhs: AgingBucket) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// An exact rate: numerator / denominator, never floating point. A zero denominator
/// means there was nothing to measure.
public struct Ratio: Sendable, Hashable, CustomStringConvertible {
    /// The numerator.
    public var numerator: Int64
    /// The denominator (0: undefined).
    public var denominator: Int64

    /// Creates a ratio.
    public init(_ numerator: Int64, _ denominator: Int64) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// The ratio of two wide sums (KPIs multiply and add money), as it is when both fit Int64;
    /// otherwise reduced by their greatest common divisor and, if still beyond Int64, both halved
    /// until they fit, which keeps the rate to 62 significant bits instead of trapping.
    public init(wide numerator: Int128, _ denominator: Int128) {
        var (n, d) = (numerator, denominator)
        let fits = { (n: Int128, d: Int128) in n.magnitude <= UInt128(Int64.max) && d.magnitude <= UInt128(Int64.max) }
        if !fits(n, d) {
            var (a, b) = (n.magnitude, d.magnitude)
            while b != 0 { (a, b) = (b, a % b) }
            if a > 1 { (n, d) = (n / Int128(a), d / Int128(a)) }
        }
        while n.magnitude > UInt128(Int64.max) || d.magnitude > UInt128(Int64.max) { (n, d) = (n >> 1, d >> 1) }
        self.init(Int64(n), Int64(d))
    }

    /// Percent with `decimals` decimals, rounded half up, computed in integers; "n/a" when undefined.
    public func percent(decimals: Int = 1) -> String {
        guard denominator != 0 else { return "n/a" }
        let scale = Int64([1, 10, 100, 1000][min(max(decimals, 0), 3)])
        let negative = (numerator < 0) != (denominator < 0)
        let (n, d) = (UInt128(numerator.magnitude), UInt128(denominator.magnitude))
        let scaled = (n * 100 * UInt128(scale) * 2 + d) / (d * 2)
        let whole = scaled / UInt128(scale), fraction = scaled % UInt128(scale)
        let text = decimals > 0 ? "\(whole).\(String(repeating: "0", count: decimals - String(fraction).count))\(fraction)" : "\(whole)"
        return (negative && scaled != 0 ? "-" : "") + text + " %"
    }

    /// The quotient with `decimals` decimals, rounded half up, in integers; "n/a" when undefined.
    public func decimal(_ decimals: Int = 1) -> String {
        guard denominator != 0 else { return "n/a" }
        let scale = UInt128([1, 10, 100, 1000][min(max(decimals, 0), 3)])
        let (n, d) = (UInt128(numerator.magnitude), UInt128(denominator.magnitude))
        let scaled = (n * scale * 2 + d) / (d * 2)
        let negative = (numerator < 0) != (denominator < 0) && scaled != 0
        let fraction = String(scaled % scale)
        return (negative ? "-" : "") + "\(scaled / scale)" + (decimals > 0 ? "." + String(repeating: "0", count: decimals - fraction.count) + fraction : "")
    }

    /// `numerator/denominator`.
    public var description: String { "\(numerator)/\(denominator)" }
}
