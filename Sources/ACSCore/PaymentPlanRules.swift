/// An instalment of a payment plan and where it stands.
public struct PlanInstalment: Sendable, Hashable {
    /// 1-based.
    public var number: Int
    /// The amount due.
    public var amount: Int64
    /// The due date.
    public var dueOn: LocalDate
    /// Paid towards it (payments since the plan began, applied to instalments in order).
    public var paid: Int64

    /// Creates an instalment.
    public init(number: Int, amount: Int64, dueOn: LocalDate, paid: Int64 = 0) {
        self.number = number
        self.amount = amount
        self.dueOn = dueOn
        self.paid = paid
    }

    /// True when paid in full.
    public var isPaid: Bool { paid >= amount }
}

/// Where a payment plan is. The raw value is the word acsd stores.
public enum PlanState: String, Sendable, Hashable, CaseIterable {
    /// Instalments are being paid.
    case active
    /// Every instalment was paid.
    case completed
    /// An instalment stayed unpaid past its grace days; the policy resumes.
    case broken
    /// An operator cancelled it.
    case cancelled
}

/// The rules of payment plans: what may be agreed, and how payments keep them.
public enum PaymentPlanRules {
    /// Every problem with the instalments asked for, for a plan of `overdue` in one currency
    /// starting `today`.
    public static func violations(amounts: [Int64], dates: [LocalDate], overdue: Int64, today: LocalDate) -> [ACSError.FieldViolation] {
        var found: [ACSError.FieldViolation] = []
        if amounts.isEmpty { found.append(.init(field: "instalments", description: "a plan needs at least one instalment")) }
        for (index, amount) in amounts.enumerated() where amount <= 0 {
            found.append(.init(field: "instalments[\(index)].amount", description: "must be more than 0"))
        }
        for index in dates.indices.dropFirst() where dates[index] <= dates[index - 1] {
            found.append(.init(field: "instalments[\(index)].due_on", description: "must be after the previous instalment's (\(dates[index - 1]))"))
        }
        if let first = dates.first, first < today {
            found.append(.init(field: "instalments[0].due_on", description: "must not be before today (\(today))"))
        }
        let sum = amounts.reduce(Int128(0)) { $0 + Int128($1) }
        if !amounts.isEmpty && sum != Int128(overdue) {
            found.append(.init(field: "instalments", description: "add up to \(sum) but the overdue balance is \(overdue) (minor units)"))
        }
        return found
    }

    /// Spreads `paid` over the instalments in order.
    public static func apply(paid: Int64, to instalments: [PlanInstalment]) -> [PlanInstalment] {
        var left = paid
        return instalments.map { instalment in
            var applied = instalment
            applied.paid = min(instalment.amount, max(0, left))
            left -= applied.paid
            return applied
        }
    }

    /// The plan's state on `today`: completed when every instalment is paid, broken when
    /// one is unpaid past its date plus `graceDays`, active otherwise.
    public static func state(_ instalments: [PlanInstalment], graceDays: Int, today: LocalDate) -> PlanState {
        if instalments.allSatisfy(\.isPaid) { return .completed }
        if instalments.contains(where: { !$0.isPaid && today > $0.dueOn.adding(days: graceDays) }) { return .broken }
        return .active
    }
}
