public import ACSCore
public import Foundation
import GRDB

/// The figures reports are made of: aging, payment events, reminder and promise figures, stage entries.
/// One of the ledger's named stores (`Ledger.reports`); it shares the
/// database and the group-commit writer with the others.
public struct ReportStore: LedgerStore {
    let database: ACSDatabase
    let writer: GroupCommitWriter
}

/// Reminder figures of a period, per channel.
public struct ReminderCounts: Sendable, Hashable {
    /// Reminders delivered.
    public var sent = 0, deferred = 0, suppressed = 0, failed = 0, cancelled = 0

    /// No reminders.
    public init() {}
}

/// When an account first got a reminder of a stage.
public struct StageEntry: Sendable, Hashable {
    /// acsd's account id.
    public var accountID: Int64
    /// The policy that owed it.
    public var policyID: String
    /// The policy stage that owed it.
    public var stage: String
    /// When it happened.
    public var at: Date
}

extension ReportStore {
    /// Calls `body` with each account's obligations (and the payments and write-offs applied to them),
    /// one account at a time, within one read transaction: reports stream the portfolio.
    public func forEachAccountObligations(segment: String = "", currency: String = "",
                                          _ body: @escaping @Sendable ([ObligationHistory]) -> Void) async throws(ACSError) {
        try await read { db in
            var conditions = ["1"]
            var arguments: StatementArguments = []
            if !segment.isEmpty { conditions.append("a.segment = ?"); arguments += [segment] }
            if !currency.isEmpty { conditions.append("o.currency = ?"); arguments += [currency] }
            let rows = try Row.fetchCursor(db, sql: """
                SELECT o.id, o.account_id, a.segment, a.time_zone, o.external_id, o.currency, o.kind, o.amount_minor, o.open_minor,
                       o.due_on, o.issued_on, ev.amount_minor AS allocated, ev.received_at, ev.reversed_at, ev.write_off
                FROM obligation o JOIN account a ON a.id = o.account_id
                LEFT JOIN \(Ledger.obligationEvents()) ev ON ev.obligation_id = o.id
                WHERE \(conditions.joined(separator: " AND ")) ORDER BY o.account_id, o.id
                """, arguments: arguments)
            var account: [ObligationHistory] = []
            var lastObligation: Int64 = -1
            while let row = try rows.next() {
                let obligationID: Int64 = row[0], accountID: Int64 = row[1]
                if let current = account.first, current.accountID != accountID {
                    body(account)
                    account = []
                }
                if obligationID != lastObligation {
                    account.append(ObligationHistory(
                        accountID: accountID, segment: row[2], timeZone: row[3], externalID: row[4], currency: row[5],
                        kind: try Ledger.stored(row[6]), amount: row[7], openNow: row[8],
                        dueOn: LocalDate(row[9] as String) ?? LocalDate(daysSinceEpoch: 0),
                        issuedOn: (row[10] as String?).flatMap(LocalDate.init), allocations: []))
                    lastObligation = obligationID
                }
                if let allocated = row["allocated"] as Int64? {
                    account[account.count - 1].allocations.append(AllocationEvent(
                        amount: allocated, receivedAt: Ledger.date(row["received_at"]), reversedAt: (row["reversed_at"] as String?).map { Ledger.date($0) },
                        isWriteOff: row["write_off"]))
                }
            }
            if !account.isEmpty { body(account) }
        }
    }

    /// Every payment (for the KPIs), optionally of one segment or currency.
    public func paymentEvents(segment: String = "", currency: String = "") async throws(ACSError) -> [PaymentEvent] {
        try await read { db in
            var conditions = ["1"]
            var arguments: StatementArguments = []
            if !segment.isEmpty { conditions.append("a.segment = ?"); arguments += [segment] }
            if !currency.isEmpty { conditions.append("p.currency = ?"); arguments += [currency] }
            return try Row.fetchAll(db, sql: """
                SELECT p.currency, p.amount_minor, p.received_at, p.reversed_at, a.time_zone, p.agency FROM payment p JOIN account a ON a.id = p.account_id
                WHERE \(conditions.joined(separator: " AND "))
                """, arguments: arguments).map { row in
                PaymentEvent(currency: row[0], amount: row[1], receivedAt: Ledger.date(row[2]), reversedAt: (row[3] as String?).map { Ledger.date($0) },
                             timeZone: row[4], byAgency: !(row[5] as String).isEmpty)
            }
        }
    }

    /// Reminder outcomes and gate decisions between `from` (inclusive) and `to` (exclusive):
    /// counts per channel, and per rule and channel.
    public func reminderFigures(from: Date, to: Date, segment: String = "") async throws(ACSError)
        -> (channels: [ContactChannel: ReminderCounts], rules: [String: [ContactChannel: (deferred: Int, suppressed: Int)]]) {
        try await read { db in
            let (start, end) = (Ledger.seconds(from), Ledger.seconds(to))
            let segmentCondition = segment.isEmpty ? "" : " AND r.account_id IN (SELECT id FROM account WHERE segment = ?3)"
            let arguments: StatementArguments = segment.isEmpty ? [start, end] : [start, end, segment]
            var channels: [ContactChannel: ReminderCounts] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT channel, status, count(*) FROM reminder r WHERE finished_at >= ?1 AND finished_at < ?2\(segmentCondition) GROUP BY channel, status
                """, arguments: arguments) {
                guard let channel = ContactChannel(rawValue: row[0]) else { continue }
                let count: Int = row[2]
                switch ReminderStatus(rawValue: row[1]) {
                case .delivered: channels[channel, default: ReminderCounts()].sent += count
                case .failed: channels[channel, default: ReminderCounts()].failed += count
                case .cancelled: channels[channel, default: ReminderCounts()].cancelled += count
                case .suppressed: channels[channel, default: ReminderCounts()].suppressed += count
                default: break
                }
            }
            var rules: [String: [ContactChannel: (deferred: Int, suppressed: Int)]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT r.channel, g.verdict, g.rule_id, count(*) FROM gate_decision g JOIN reminder r ON r.id = g.reminder_id
                WHERE g.at >= ?1 AND g.at < ?2 AND g.verdict IN ('defer', 'suppress')\(segmentCondition) GROUP BY r.channel, g.verdict, g.rule_id
                """, arguments: arguments) {
                guard let channel = ContactChannel(rawValue: row[0]) else { continue }
                let verdict: String = row[1], rule: String = row[2], count: Int = row[3]
                var entry = rules[rule, default: [:]][channel] ?? (0, 0)
                if verdict == "defer" { entry.deferred += count; channels[channel, default: ReminderCounts()].deferred += count } else { entry.suppressed += count }
                rules[rule, default: [:]][channel] = entry
            }
            return (channels, rules)
        }
    }

    /// Promises decided between `from` and `to` (kept, broken, cancelled), and those still
    /// pending at `to`.
    public func promiseFigures(from: Date, to: Date, segment: String = "") async throws(ACSError) -> PromiseCounts {
        try await read { db in
            let (start, end) = (Ledger.seconds(from), Ledger.seconds(to))
            let segmentCondition = segment.isEmpty ? "" : " AND account_id IN (SELECT id FROM account WHERE segment = ?3)"
            var counts = PromiseCounts()
            for row in try Row.fetchAll(db, sql: """
                SELECT CASE WHEN status != 'pending' AND resolved_at >= ?1 AND resolved_at < ?2 THEN status
                            WHEN recorded_at < ?2 AND (status = 'pending' OR resolved_at >= ?2) THEN 'pending' END AS state, count(*)
                FROM promise WHERE 1\(segmentCondition) GROUP BY state
                """, arguments: segment.isEmpty ? [start, end] : [start, end, segment]) {
                let count: Int = row[1]
                if let state = row[0] as String? { counts.add(count, try Ledger.stored(state)) }
            }
            return counts
        }
    }

    /// For every account and stage: when its first reminder of the stage was created.
    public func stageEntries(segment: String = "") async throws(ACSError) -> [StageEntry] {
        try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT account_id, policy_id, stage, min(created_at) FROM reminder r WHERE stage != ''\(segment.isEmpty ? "" : " AND account_id IN (SELECT id FROM account WHERE segment = ?)")
                GROUP BY account_id, policy_id, stage
                """, arguments: segment.isEmpty ? [] : [segment]).map { row in
                StageEntry(accountID: row[0], policyID: row[1], stage: row[2], at: Date(timeIntervalSince1970: TimeInterval(row[3] as Int64)))
            }
        }
    }
}
