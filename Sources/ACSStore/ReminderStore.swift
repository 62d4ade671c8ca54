public import ACSCore
public import Foundation
import GRDB

/// The outbox of reminders (lists, claims, outcomes) and the cycle batches that fill it.
/// One of the ledger's named stores (`Ledger.reminders`); it shares the
/// database and the group-commit writer with the others.
public struct ReminderStore: LedgerStore {
    let database: ACSDatabase
    let writer: GroupCommitWriter
}

extension ReminderStore {
    private static func finish(_ id: Int64, status: ReminderStatus, outcome: ReminderOutcome, detail: String, at clock: Int64, in db: Database) throws {
        try db.run("""
            UPDATE reminder SET status = ?, outcome = ?, outcome_detail = ?, finished_at = ?, lease_expires_at = NULL WHERE id = ?
            """, [status.rawValue, outcome.rawValue, detail, clock, id])
    }

    /// Cancels the account's reminders not yet claimed (on `channels`, or all).
    static func cancelUnclaimed(accountID: Int64, channels: [ContactChannel]? = nil, reason: ReminderCancelReason, at now: Date,
                                in db: Database) throws -> [ReminderEvent] {
        let channelCondition = channels.map { " AND channel IN (\($0.map { "'\($0.rawValue)'" }.joined(separator: ",")))" } ?? ""
        // Every payment runs this: through the statement cache (one statement per set of channels).
        return try db.rawRows("""
            UPDATE reminder SET status = 'cancelled', cancel_reason = ?, finished_at = ?
            WHERE account_id = ? AND status IN ('scheduled', 'deferred')\(channelCondition) RETURNING id, channel, stage
            """, bind: {
            try $0.bind(1, reason.rawValue)
            try $0.bind(2, Ledger.seconds(now))
            try $0.bind(3, accountID)
        }) { row in
            ReminderEvent(kind: .cancelled, reminderID: row.int64(0), accountID: accountID,
                          channel: try Ledger.stored(row.text(1)), stage: row.text(2), reason: reason.rawValue)
        }
    }

    static func recordDecision(_ decision: GateDecisionRecord, reminderID: Int64, in db: Database) throws {
        let (verdict, rule, until, detail): (String, String, Int64?, String) = switch decision.verdict {
        case .allowed: ("allow", "", nil, "")
        case .deferred(let until, let rule, let detail): ("defer", rule, Ledger.seconds(until), detail)
        case .suppressed(let rule, let detail): ("suppress", rule, nil, detail)
        }
        try db.withRawStatement("""
            INSERT INTO gate_decision (reminder_id, at, checkpoint, verdict, rule_id, deferred_until, detail, zones) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """) { statement in
            try statement.bind(1, reminderID)
            try statement.bind(2, Ledger.seconds(decision.at))
            try statement.bind(3, decision.checkpoint.rawValue)
            try statement.bind(4, verdict)
            try statement.bind(5, rule)
            try statement.bind(6, until)
            try statement.bind(7, detail)
            try statement.bind(8, decision.zones.joined(separator: " "))
            try statement.run()
        }
    }

    /// The account's contact state for the gate and its engine anchor (oldest unpaid,
    /// undisputed due date), as of `now`.
    static func claimContext(accountID: Int64, at now: Date, in db: Database) throws -> ClaimContext {
        guard let row = try db.row("SELECT time_zone, contacts, inconvenient_times FROM account WHERE id = ?", [accountID]) else {
            throw ACSError(.notFound, "no account with id \(accountID)")
        }
        let (state, disputed) = try contactState(accountID: accountID, timeZone: row[0], contacts: row[1], inconvenientTimes: row[2], at: now, in: db)
        let anchor = try db.rows("SELECT external_id, due_on FROM obligation WHERE account_id = ? AND open_minor > 0 ORDER BY due_on", [accountID])
            .first { !disputed.contains(Array(($0[0] as String).utf8)) }.flatMap { LocalDate($0[1] as String) }
        return ClaimContext(state: state, anchor: anchor)
    }

    /// The contact state from the account's stored columns, and the obligations under a
    /// dispute hold, by the bytes of their ids (as SQLite keys them: an id canonically equal to
    /// a disputed one is another obligation, and is not disputed).
    static func contactState(accountID: Int64, timeZone: String, contacts: String, inconvenientTimes: String, at now: Date,
                             in db: Database) throws -> (state: DebtorContactState, disputed: Set<[UInt8]>) {
        let points = try AccountStore.effectiveContacts(ContactPoints.decode(stored: contacts), accountID: accountID, in: db)
        let holds = try db.rawRows(
            "SELECT kind, obligation_external_id FROM hold WHERE account_id = ? AND cleared_at IS NULL",
            bind: { try $0.bind(1, accountID) }) { (kind: try Ledger.stored($0.text(0)) as HoldKind, obligation: $0.text(1)) }
        let optedOut = try db.rawRows(
            "SELECT channel FROM channel_preference WHERE account_id = ? AND opted_out", bind: { try $0.bind(1, accountID) }) { $0.text(0) }
        let history = try db.rawRows(
            "SELECT channel, at, outcome FROM contact_attempt WHERE account_id = ? AND at >= ?", bind: {
            try $0.bind(1, accountID)
            try $0.bind(2, Ledger.seconds(now) - 400 * 86_400)
        }) { row -> ContactAttempt? in
            guard let channel = ContactChannel(rawValue: row.text(0)) else { return nil }
            return ContactAttempt(channel: channel, at: Date(timeIntervalSince1970: TimeInterval(row.int64(1))),
                                  outcome: ReminderOutcome(rawValue: row.text(2)))
        }.compactMap { $0 }
        let inconvenient = inconvenientTimes == "[]" ? [] : try JSONDecoder().decode([InconvenientTime].self, from: Data(inconvenientTimes.utf8))
        var state = DebtorContactState(
            timeZone: timeZone, contacts: points, activeHolds: Set(holds.filter { $0.obligation.isEmpty }.map(\.kind)),
            optedOut: Set(optedOut.compactMap(ContactChannel.init)), inconvenientTimes: inconvenient, history: history)
        if state.activeHolds.contains(.cease) {
            state.ceaseNoticeSent = try db.value(Int64.self, """
                SELECT 1 FROM contact_attempt a JOIN reminder r ON r.id = a.reminder_id WHERE a.account_id = ? AND r.cease_notice LIMIT 1
                """, [accountID]) != nil
        }
        let disputed = Set(holds.filter { $0.kind == .dispute && !$0.obligation.isEmpty }.map { Array($0.obligation.utf8) })
        return (state, disputed)
    }

    static func reminder(id: Int64, decisions: Bool, in db: Database) throws -> ReminderView {
        guard let row = try db.row("SELECT * FROM reminder WHERE id = ?", [id]) else { throw ACSError(.notFound, "no reminder with id \(id)") }
        var view = try reminder(row)
        if decisions {
            view.decisions = try db.rows("SELECT * FROM gate_decision WHERE reminder_id = ? ORDER BY id", [id]).map { row in
                let at = Date(timeIntervalSince1970: TimeInterval(row["at"] as Int64))
                let rule: String = row["rule_id"], detail: String = row["detail"]
                let verdict: GateVerdict = switch row["verdict"] as String {
                case "defer": .deferred(until: Date(timeIntervalSince1970: TimeInterval(row["deferred_until"] as Int64? ?? 0)), rule: rule, detail: detail)
                case "suppress": .suppressed(rule: rule, detail: detail)
                default: .allowed
                }
                return GateDecisionRecord(at: at, checkpoint: try Ledger.stored(row["checkpoint"]), verdict: verdict,
                                          zones: (row["zones"] as String).split(separator: " ").map(String.init))
            }
        }
        return view
    }

    static func reminder(_ row: Row) throws -> ReminderView {
        let address: String? = row["postal_address"]
        let content = ReminderContent(
            policyID: row["policy_id"], stage: row["stage"], channel: try Ledger.stored(row["channel"]),
            templateName: row["template_name"], locale: row["locale"], urgency: try Ledger.stored(row["urgency"]),
            recipientName: row["recipient_name"], recipient: row["recipient"],
            postalAddress: address.flatMap { try? JSONDecoder().decode(PostalAddress.self, from: Data($0.utf8)) },
            timeZone: row["time_zone"], subject: row["subject"], bodyText: row["body_text"], threatensSuit: row["threatens_suit"],
            ceaseNotice: row["cease_notice"],
            validation: (row["validation"] as String?).flatMap { try? JSONDecoder().decode(ValidationNotice.self, from: Data($0.utf8)) })
        return ReminderView(
            id: row["id"], accountID: row["account_id"], status: try Ledger.stored(row["status"]), content: content,
            windowStart: Ledger.instant(row["window_start"])!, windowEnd: Ledger.instant(row["window_end"])!, createdAt: Ledger.instant(row["created_at"])!,
            attempts: row["attempts"], claimedBy: row["claimed_by"], leaseToken: row["lease_token"],
            leaseExpiresAt: Ledger.instant(row["lease_expires_at"]), outcome: try Ledger.storedIfAny(row["outcome"]),
            outcomeDetail: row["outcome_detail"], finishedAt: Ledger.instant(row["finished_at"]),
            cancelReason: try Ledger.storedIfAny(row["cancel_reason"]), ruleID: row["rule_id"], decisions: [])
    }

    /// How long a send window stays open.
    static let windowLength: Int64 = 86_400

}

extension ReminderStore {
    /// Reminders matching `filter`, by window start then id, after the `after` cursor.
    public func list(_ filter: ReminderFilter, limit: Int, after: (windowStart: Int64, id: Int64)? = nil) async throws(ACSError) -> [ReminderView] {
        try await read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            let statuses = filter.statuses.isEmpty ? ReminderStatus.open : filter.statuses
            conditions.append("status IN (\(statuses.map { "'\($0.rawValue)'" }.joined(separator: ",")))")
            if let channel = filter.channel { conditions.append("channel = ?"); arguments += [channel.rawValue] }
            if let account = filter.account { conditions.append("account_id = ?"); arguments += [try Ledger.accountID(account, in: db)] }
            if let before = filter.windowStartBefore { conditions.append("window_start < ?"); arguments += [Ledger.seconds(before)] }
            if let from = filter.windowStartFrom { conditions.append("window_start >= ?"); arguments += [Ledger.seconds(from)] }
            if let after { conditions.append("(window_start, id) > (?, ?)"); arguments += [after.windowStart, after.id] }
            return try Row.fetchAll(db, sql: """
                SELECT * FROM reminder WHERE \(conditions.joined(separator: " AND ")) ORDER BY window_start, id LIMIT ?
                """, arguments: arguments + [limit]).map { try Self.reminder($0) }
        }
    }

    /// One reminder with its gate decisions; NOT_FOUND when unknown.
    public func reminder(id: Int64) async throws(ACSError) -> ReminderView {
        try await read { db in try Self.reminder(id: id, decisions: true, in: db) }
    }

    /// Claims up to `maxCount` reminders of `channel` whose window is open at `now`, each
    /// as `decide` says (the application layer: a cured account's reminder is cancelled, the
    /// compliance gate's verdict defers or suppresses what may not go now). The contact
    /// state `decide` sees includes the claims made earlier in the same call. One
    /// transaction, so two claimers never get the same one.
    public func claimReminders(channel: ContactChannel, maxCount: Int, leaseSeconds: Int, claimer: String, at now: Date,
                               decide: @escaping @Sendable (ReminderView, ClaimContext) -> ClaimDecision) async throws(ACSError)
        -> (claimed: [ReminderView], events: [ReminderEvent]) {
        try await writer.write { db in
            let clock = Ledger.seconds(now)
            let ids = try db.values(Int64.self, """
                SELECT id FROM reminder WHERE channel = ?1 AND status IN ('scheduled', 'deferred') AND window_start <= ?2
                ORDER BY window_start, id LIMIT ?3
                """, [channel.rawValue, clock, maxCount * 4 + 16])
                + db.values(Int64.self, """
                SELECT id FROM reminder WHERE channel = ?1 AND status = 'claimed' AND lease_expires_at <= ?2 ORDER BY id LIMIT ?3
                """, [channel.rawValue, clock, maxCount])
            var states: [Int64: ClaimContext] = [:]
            var claimed: [ReminderView] = [], events: [ReminderEvent] = []
            for id in ids where claimed.count < maxCount {
                let reminder = try Self.reminder(id: id, decisions: false, in: db)
                guard reminder.status != .cancelled else { continue }  // by a stale notice earlier in this claim
                var account = try states[reminder.accountID] ?? Self.claimContext(accountID: reminder.accountID, at: now, in: db)
                let decided = decide(reminder, account)
                guard case .gate(let decision) = decided else {
                    let reason: ReminderCancelReason = decided == .stale ? .stale : .cured
                    try db.run("UPDATE reminder SET status = 'cancelled', cancel_reason = ?, finished_at = ?, lease_token = '' WHERE id = ?",
                               [reason.rawValue, clock, id])
                    if reason == .stale {
                        // What was to go with it waits for the new notice the next cycle makes.
                        events += try Self.cancelUnclaimed(accountID: reminder.accountID, reason: .stale, at: now, in: db)
                        try AccountStore.markDue(accountID: reminder.accountID, in: db)
                    }
                    events.append(ReminderEvent(kind: .cancelled, reminderID: id, accountID: reminder.accountID, channel: channel,
                                                stage: reminder.stage, reason: reason.rawValue))
                    continue
                }
                try Self.recordDecision(decision, reminderID: id, in: db)
                switch decision.verdict {
                case .allowed:
                    let token = Ledger.randomToken()
                    try db.run("""
                        UPDATE reminder SET status = 'claimed', lease_token = ?, lease_expires_at = ?, claimed_by = ?, attempts = attempts + 1,
                          rule_id = '' WHERE id = ?
                        """, [token, clock + Int64(leaseSeconds), claimer, id])
                    try db.run("INSERT INTO contact_attempt (account_id, reminder_id, channel, at) VALUES (?, ?, ?, ?)",
                               [reminder.accountID, id, channel.rawValue, clock])
                    account.state.history.append(ContactAttempt(channel: channel, at: now))
                    if reminder.ceaseNotice { account.state.ceaseNoticeSent = true }
                    claimed.append(try Self.reminder(id: id, decisions: false, in: db))
                    events.append(ReminderEvent(kind: .claimed, reminderID: id, accountID: reminder.accountID, channel: channel,
                                                stage: reminder.stage, detail: claimer, zones: decision.zones))
                case .deferred(let until, let rule, let detail):
                    try db.run("UPDATE reminder SET status = 'deferred', window_start = ?, window_end = ?, rule_id = ?, lease_token = '' WHERE id = ?",
                               [Ledger.seconds(until), Ledger.seconds(until) + Self.windowLength, rule, id])
                    events.append(ReminderEvent(kind: .deferred, reminderID: id, accountID: reminder.accountID, channel: channel,
                                                stage: reminder.stage, rule: rule, detail: detail, until: until, zones: decision.zones))
                case .suppressed(let rule, let detail):
                    try db.run("UPDATE reminder SET status = 'suppressed', finished_at = ?, rule_id = ?, lease_token = '' WHERE id = ?",
                               [clock, rule, id])
                    events.append(ReminderEvent(kind: .suppressed, reminderID: id, accountID: reminder.accountID, channel: channel,
                                                stage: reminder.stage, rule: rule, detail: detail, zones: decision.zones))
                }
                states[reminder.accountID] = account
            }
            return (claimed, events)
        }
    }

    /// Records the outcome of a claimed reminder. The same outcome reported again with
    /// the same token answers the reminder as it is; a token that does not hold the
    /// reminder is FAILED_PRECONDITION.
    public func completeReminder(id: Int64, leaseToken: String, outcome: ReminderOutcome, detail: String, occurredAt: Date?, at now: Date,
                                 retry: RetryPolicy) async throws(ACSError) -> (reminder: ReminderView, events: [ReminderEvent]) {
        guard TextRules.isText(detail, max: 2000) else {
            throw .invalidArgument(field: "detail", "must be at most 2000 characters without control characters")
        }
        return try await writer.write { db in
            let reminder = try Self.reminder(id: id, decisions: false, in: db)
            guard !leaseToken.isEmpty, reminder.leaseToken == leaseToken else {
                throw ACSError(.failedPrecondition, "lease_token does not hold reminder \(id): its lease ended and it was claimed again, or it was never claimed with this token")
            }
            let clock = Ledger.seconds(now)
            guard reminder.status == .claimed else {
                if reminder.outcome == outcome { return (reminder, []) }
                // A delivered letter or email may come back later: returned undeliverable (CREDIT-REPORT-WAIT).
                guard reminder.status == .delivered, outcome == .failedPermanently, [.letter, .email].contains(reminder.channel) else {
                    throw ACSError(.failedPrecondition, "reminder \(id) already has outcome \(reminder.outcome?.rawValue ?? reminder.status.rawValue)")
                }
                try db.run("UPDATE contact_attempt SET outcome = ? WHERE id = (SELECT max(id) FROM contact_attempt WHERE reminder_id = ?)",
                           [outcome.rawValue, id])
                try Self.finish(id, status: .failed, outcome: outcome, detail: "returned undeliverable after delivery: \(detail)", at: clock, in: db)
                return (try Self.reminder(id: id, decisions: false, in: db), [ReminderEvent(
                    kind: .failed, reminderID: id, accountID: reminder.accountID, channel: reminder.channel, stage: reminder.stage,
                    detail: "returned undeliverable after delivery: \(detail)", reason: outcome.rawValue)])
            }
            try db.run("""
                UPDATE contact_attempt SET outcome = ?, at = CASE WHEN ?2 = 'conversation' THEN ?3 ELSE at END
                WHERE id = (SELECT max(id) FROM contact_attempt WHERE reminder_id = ?4)
                """, [outcome.rawValue, outcome.rawValue, Ledger.seconds(occurredAt ?? now), id])
            var events: [ReminderEvent] = []
            let event = { (kind: ReminderEvent.Kind, until: Date?) in
                ReminderEvent(kind: kind, reminderID: id, accountID: reminder.accountID, channel: reminder.channel, stage: reminder.stage,
                              detail: detail, until: until, reason: outcome.rawValue)
            }
            switch outcome {
            case .delivered, .conversation:
                try Self.finish(id, status: .delivered, outcome: outcome, detail: detail, at: clock, in: db)
                events.append(event(.delivered, nil))
            case .failed where reminder.attempts < retry.maxAttempts:
                let wait = min(Int64(retry.backoffSeconds) << Int64(min(max(0, reminder.attempts - 1), 16)), 7 * 86_400)
                try db.run("""
                    UPDATE reminder SET status = 'scheduled', outcome = ?, outcome_detail = ?, window_start = ?, window_end = ?,
                      lease_expires_at = NULL WHERE id = ?
                    """, [outcome.rawValue, detail, clock + wait, clock + wait + Self.windowLength, id])
                events.append(event(.retried, Date(timeIntervalSince1970: TimeInterval(clock + wait))))
            case .failed, .failedPermanently:
                try Self.finish(id, status: .failed, outcome: outcome, detail: detail, at: clock, in: db)
                events.append(event(.failed, nil))
            case .optedOut:
                try Self.finish(id, status: .failed, outcome: outcome, detail: detail, at: clock, in: db)
                events.append(event(.failed, nil))
                try db.run("""
                    INSERT INTO channel_preference (account_id, channel, opted_out, source, reason, changed_at, changed_by_uid, changed_by_pid)
                    VALUES (?, ?, 1, 'delivery', ?, ?, 0, 0)
                    ON CONFLICT (account_id, channel) DO UPDATE SET opted_out = 1, source = excluded.source, reason = excluded.reason,
                      changed_at = excluded.changed_at
                    """, [reminder.accountID, reminder.channel.rawValue, "opted out in reply to reminder \(id): \(detail)", Ledger.text(now)])
                events += try Self.cancelUnclaimed(accountID: reminder.accountID, channels: [reminder.channel], reason: .optOut, at: now, in: db)
            }
            return (try Self.reminder(id: id, decisions: false, in: db), events)
        }
    }
}
