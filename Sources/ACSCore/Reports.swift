public import Foundation

/// One row key of the aging report.
public struct AgingKey: Sendable, Hashable, Comparable {
    /// The currency.
    public var currency: String
    /// The segment ("" when not asked by segment).
    public var segment: String
    /// The stage ("" when not asked by stage, or in no stage).
    public var stage: String

    /// Creates a key.
    public init(currency: String, segment: String = "", stage: String = "") {
        self.currency = currency
        self.segment = segment
        self.stage = stage
    }

    /// By currency, segment, stage.
    public static func < (lhs: AgingKey, rhs: AgingKey) -> Bool {
        (lhs.currency, lhs.segment, lhs.stage) < (rhs.currency, rhs.segment, rhs.stage)
    }
}

/// What one aging bucket of one row holds.
public struct AgingCell: Sendable, Hashable {
    /// Open amount, minor units.
    public var amount: Int64 = 0
    /// Open obligations.
    public var obligations: Int = 0
    /// Accounts with at least one open obligation in the bucket.
    public var accounts: Int = 0

    /// An empty cell.
    public init() {}
}

/// The aging report, filled one account at a time (so a large portfolio streams).
public struct AgingReport: Sendable {
    /// The day aged at.
    public let asOf: LocalDate
    /// One row per currency (and segment, and stage, when asked).
    public private(set) var rows: [AgingKey: [AgingBucket: AgingCell]] = [:]
    let bySegment: Bool, byStage: Bool

    /// An empty report.
    public init(asOf: LocalDate, bySegment: Bool = false, byStage: Bool = false) {
        self.asOf = asOf
        self.bySegment = bySegment
        self.byStage = byStage
    }

    /// Adds one account's obligations; `stage` names the account's stage from its
    /// segment and its days past due (its oldest open obligation) on `asOf`.
    /// A sum past Int64 (thousands of accounts at the largest total) is OUT_OF_RANGE.
    public mutating func add(account obligations: [ObligationHistory], stage: (String, Int) -> String = { _, _ in "" }) throws(ACSError) {
        let open = obligations.compactMap { o in o.open(atEndOf: asOf).flatMap { $0 > 0 ? (o, $0) : nil } }
        guard let first = open.first else { return }
        let oldest = open.map(\.0.dueOn).min()!
        let stageName = byStage ? stage(first.0.segment, oldest.days(to: asOf)) : ""
        var touched = Set<[String]>()
        for (obligation, amount) in open {
            let key = AgingKey(currency: obligation.currency, segment: bySegment ? obligation.segment : "", stage: stageName)
            let bucket = AgingBucket.of(daysPastDue: obligation.dueOn.days(to: asOf))
            var cell = rows[key, default: [:]][bucket] ?? AgingCell()
            try cell.amount.add(minorUnits: amount, "the aging report's \(key.currency) total")
            cell.obligations += 1
            if touched.insert([key.currency, key.segment, key.stage, String(bucket.rawValue)]).inserted { cell.accounts += 1 }
            rows[key, default: [:]][bucket] = cell
        }
    }
}

/// A payment as the KPIs see it.
public struct PaymentEvent: Sendable, Hashable {
    /// The currency.
    public var currency: String
    /// The amount, minor units.
    public var amount: Int64
    /// When it was received.
    public var receivedAt: Date
    /// When it was reversed; nil while it stands.
    public var reversedAt: Date?
    /// The account's zone (decides the day it counts on).
    public var timeZone: String
    /// True when an agency collected it.
    public var byAgency: Bool

    /// Creates an event.
    public init(currency: String, amount: Int64, receivedAt: Date, reversedAt: Date? = nil, timeZone: String, byAgency: Bool = false) {
        self.byAgency = byAgency
        self.currency = currency
        self.amount = amount
        self.receivedAt = receivedAt
        self.reversedAt = reversedAt
        self.timeZone = timeZone
    }
}

/// The money KPIs of one currency over a period (docs/REPORTS.md has every formula).
public struct CurrencyFigures: Sendable, Hashable {
    /// Payments received in the period minus reversals in the period.
    public var collected: Int64 = 0
    /// Of collected, what agencies collected.
    public var collectedByAgencies: Int64 = 0
    /// Fees and interest charged in the period.
    public var feesCharged: Int64 = 0
    /// Open at the end of the day before the period.
    public var opening: Int64 = 0
    /// Open at the end of the period's last day.
    public var closing: Int64 = 0
    /// Of closing, what is not past due on the last day.
    public var closingCurrent: Int64 = 0
    /// Open and past due on the first day (due before it).
    public var overdueAtStart: Int64 = 0
    /// Open on its due date, for obligations falling past due within the period.
    public var becameOverdue: Int64 = 0
    /// Invoices and instalments issued in the period.
    public var invoiced: Int64 = 0
    /// Written off in the period, less write-offs reversed in it.
    public var writtenOff: Int64 = 0
    /// Roll: open per bucket at the start.
    public var rollFrom: [AgingBucket: Int64] = [:]
    /// Roll: of those, open at the end in the next bucket.
    public var rollTo: [AgingBucket: Int64] = [:]

    /// An empty set of figures.
    public init() {}

    /// collected / (overdue at start + became overdue).
    public var recoveryRate: Ratio { Ratio(wide: Int128(collected), Int128(overdueAtStart) + Int128(becameOverdue)) }
    /// Days sales outstanding: closing × days / invoiced.
    public func dso(days: Int) -> Ratio { Ratio(wide: Int128(closing) * Int128(days), Int128(invoiced)) }
    /// Collection effectiveness index.
    public var cei: Ratio {
        let (opening, invoiced) = (Int128(opening), Int128(invoiced))
        return Ratio(wide: opening + invoiced - Int128(closing), opening + invoiced - Int128(closingCurrent))
    }
    /// The roll rate from `bucket` to the next one.
    public func rollRate(from bucket: AgingBucket) -> Ratio { Ratio(rollTo[bucket] ?? 0, rollFrom[bucket] ?? 0) }
}

/// The KPIs of a period, filled from obligations and payments (streamed).
public struct KpiReport: Sendable {
    /// First day, inclusive.
    public let start: LocalDate
    /// Last day, inclusive.
    public let end: LocalDate
    /// Figures per currency.
    public private(set) var currencies: [String: CurrencyFigures] = [:]

    /// An empty report for the period.
    public init(start: LocalDate, end: LocalDate) {
        self.start = start
        self.end = end
    }

    /// Days in the period.
    public var days: Int { start.days(to: end) + 1 }

    /// Adds one obligation; a sum past Int64 is OUT_OF_RANGE.
    public mutating func add(_ o: ObligationHistory) throws(ACSError) {
        var figures = currencies[o.currency] ?? CurrencyFigures()
        let what = "the \(o.currency) KPIs"
        let before = start.adding(days: -1)
        let opening = o.open(atEndOf: before) ?? 0
        let closing = o.open(atEndOf: end) ?? 0
        try figures.opening.add(minorUnits: opening, what)
        try figures.closing.add(minorUnits: closing, what)
        if o.dueOn >= end { try figures.closingCurrent.add(minorUnits: closing, what) }
        if o.dueOn < start { try figures.overdueAtStart.add(minorUnits: opening, what) }
        if o.dueOn >= start && o.dueOn < end { try figures.becameOverdue.add(minorUnits: o.open(atEndOf: o.dueOn) ?? 0, what) }
        if let issued = o.issuedOn, issued >= start, issued <= end {
            if o.kind.isCharge { try figures.feesCharged.add(minorUnits: o.amount, what) } else { try figures.invoiced.add(minorUnits: o.amount, what) }
        }
        try addWriteOffs(o, to: &figures)
        if opening > 0 {
            let from = AgingBucket.of(daysPastDue: o.dueOn.days(to: before))
            try figures.rollFrom[from, default: 0].add(minorUnits: opening, what)
            if let next = from.next, closing > 0, AgingBucket.of(daysPastDue: o.dueOn.days(to: end)) == next {
                try figures.rollTo[from, default: 0].add(minorUnits: closing, what)
            }
        }
        currencies[o.currency] = figures
    }

    /// Write-offs of `o` in the period count; reversed in the period takes them back.
    private func addWriteOffs(_ o: ObligationHistory, to figures: inout CurrencyFigures) throws(ACSError) {
        let zone = TimeZones.named(o.timeZone) ?? TimeZones.utc
        let period = start...end
        for event in o.allocations where event.isWriteOff {
            if period.contains(LocalDate(event.receivedAt, in: zone)) { try figures.writtenOff.add(minorUnits: event.amount, "the \(o.currency) KPIs") }
            if let reversed = event.reversedAt, period.contains(LocalDate(reversed, in: zone)) {
                try figures.writtenOff.add(minorUnits: -event.amount, "the \(o.currency) KPIs")
            }
        }
    }

    /// Adds one payment: received in the period counts, reversed in the period takes it back.
    /// A sum past Int64 is OUT_OF_RANGE.
    public mutating func add(_ payment: PaymentEvent) throws(ACSError) {
        let zone = TimeZones.named(payment.timeZone) ?? TimeZones.utc
        let period = start...end
        let inPeriod = { (instant: Date) in period.contains(LocalDate(instant, in: zone)) }
        var figures = currencies[payment.currency] ?? CurrencyFigures()
        let what = "the \(payment.currency) KPIs"
        let agency: Int64 = payment.byAgency ? 1 : 0
        if inPeriod(payment.receivedAt) {
            try figures.collected.add(minorUnits: payment.amount, what)
            try figures.collectedByAgencies.add(minorUnits: agency * payment.amount, what)
        }
        if let reversed = payment.reversedAt, inPeriod(reversed) {
            try figures.collected.add(minorUnits: -payment.amount, what)
            try figures.collectedByAgencies.add(minorUnits: -agency * payment.amount, what)
        }
        currencies[payment.currency] = figures
    }
}
