public import ACSCore
public import Foundation
import GRDB

extension ReminderStore {
    /// Writes what was decided for each account of a batch, in one savepoint
    /// (`Database.writeEach`). One account's failure never stops the others: its work is
    /// undone and it is postponed.
    private static func store(_ decided: [(DueAccount, CollectionPlan)], into start: CycleBatch, reading: CycleReading,
                              replan: ([CollectionCandidate]) -> [CollectionPlan], at now: Date, path: String,
                              in db: Database) throws -> CycleBatch {
        var batch = start
        let results = try db.writeEach(decided, refusing: { _ in true }) { account, plan in
            let (account, plan, accrued) = try Self.accruingInterest(account, plan, reading: reading, replan: replan, at: now, in: db)
            return try Self.store(plan, for: account, accrued: accrued, at: now, in: db)
        }
        for ((account, _), result) in zip(decided, results) {
            switch result {
            case .success(let outcome): batch.add(outcome)
            case .failure(let error):
                // Credit applied when the account was read stays applied: its entries are written all the same.
                batch.escalations += account.creditApplied
                try Self.postpone(account.candidate.accountID, after: error, at: now, path: path, in: db, batch: &batch)
            }
        }
        return batch
    }

    /// An account whose evaluation failed is tried again in an hour.
    private static func postpone(_ id: Int64, after error: any Error, at now: Date, path: String, in db: Database, batch: inout CycleBatch) throws {
        let failure = ACSError(databaseError: error, path: path)
        try db.run("UPDATE account SET next_action_at = ? WHERE id = ?", [Ledger.seconds(now) + 3_600, id])
        batch.failures.append((id, failure.message))
    }

    /// A due account as read for planning.
    private struct DueAccount {
        /// The account as the engine sees it: without a promise or plan whose outcome is decided today.
        var candidate: CollectionCandidate
        /// The promise decided today (kept or broken), for `store` to record.
        var settledPromise: PendingPromise?
        /// The plan decided today (completed or broken), for `store` to record.
        var settledPlan: PlanView?
        /// Credit applied to what the account owes before it was read.
        var creditApplied: [EscalationEvent] = []
    }

    private static func dueAccount(_ id: Int64, applied: [EscalationEvent], reading: CycleReading, at now: Date, in db: Database) throws -> DueAccount {
        var account = DueAccount(candidate: try Self.candidate(accountID: id, at: now, policy: reading.policy, in: db), creditApplied: applied)
        let today = LocalDate(now, in: TimeZones.named(account.candidate.contactState.timeZone) ?? TimeZones.utc)
        if let promise = account.candidate.pendingPromise, promise.state(on: today) != .pending {
            account.settledPromise = promise
            account.candidate.pendingPromise = nil
        }
        if let active = account.candidate.activePlan,
           PaymentPlanRules.state(active.instalments, graceDays: active.graceDays, today: today) != .active {
            account.settledPlan = active
            account.candidate.activePlan = nil
        }
        return account
    }

    /// Brings the account's interest up to the end of yesterday before anything decided for it
    /// is stored. When some accrued and the plan sends something, the account is read and
    /// planned again, so that its reminders' balances and its validation notice include it
    /// (they were drafted from the account as read before). A plan that sends nothing (most
    /// days of an account under a daily interest policy) is stored as it was made.
    private static func accruingInterest(_ account: DueAccount, _ decided: CollectionPlan, reading: CycleReading,
                                         replan: ([CollectionCandidate]) -> [CollectionPlan], at now: Date,
                                         in db: Database) throws -> (DueAccount, CollectionPlan, [EscalationEvent]) {
        let candidate = account.candidate
        let today = LocalDate(now, in: TimeZones.named(candidate.contactState.timeZone) ?? TimeZones.utc)
        let accrued = try Ledger.accrueInterest(
            accountID: candidate.accountID, rateBP: decided.interestRateBP,
            blocked: !candidate.contactState.activeHolds.isDisjoint(with: FeeRules.blockingHolds), today: today, at: now, in: db)
        guard !accrued.isEmpty, !decided.drafts.isEmpty else { return (account, decided, accrued) }
        let reread = try Self.dueAccount(candidate.accountID, applied: account.creditApplied, reading: reading, at: now, in: db)
        let replanned = replan([reread.candidate])
        precondition(replanned.count == 1, "one plan per candidate")
        return (reread, replanned[0], accrued)
    }

    /// Stores what was decided for one account: the outcome of its promise or plan,
    /// then what `decided` drafts. `accrued`: its interest's entries, already written.
    private static func store(_ decided: CollectionPlan, for account: DueAccount, accrued: [EscalationEvent], at now: Date,
                              in db: Database) throws -> (events: [ReminderEvent], escalations: [EscalationEvent], cured: Int) {
        let candidate = account.candidate
        let id = candidate.accountID
        var outcome: (events: [ReminderEvent], escalations: [EscalationEvent], cured: Int) = ([], account.creditApplied + accrued, 0)
        let zone = TimeZones.named(candidate.contactState.timeZone) ?? TimeZones.utc
        let today = LocalDate(now, in: zone)
        if let promise = account.settledPromise, let event = try EscalationStore.resolve(promise, accountID: id, on: today, at: now, in: db) {
            outcome.escalations.append(event)
        }
        if let active = account.settledPlan, let event = try EscalationStore.resolvePlan(active, on: today, at: now, in: db) {
            outcome.escalations.append(event)
        }
        if decided.cured { outcome.cured = 1 }
        if let reason = decided.cancel {
            outcome.events += try Self.cancelUnclaimed(accountID: id, reason: reason, at: now, in: db)
            _ = try EscalationStore.cancelOpenTasks(accountID: id, in: db)
        }
        if let reason = decided.recall, let recall = try EscalationStore.recall(accountID: id, reason: reason, note: "", uid: 0, at: now, in: db) {
            outcome.escalations.append(recall)
        }
        for draft in decided.drafts {
            // No contact without the validation notice (it comes first): when it was not stored
            // (its key already taken today) or is suppressed, the account's other drafts wait.
            guard let event = try Self.insertReminder(draft, accountID: id, at: now, in: db) else {
                if draft.validation != nil { break } else { continue }
            }
            outcome.events.append(event)
            if draft.validation != nil && event.kind == .suppressed { break }
            if let notice = draft.validation {
                outcome.escalations.append(EscalationEvent(.validationNotice, accountID: id,
                    "validation notice by \(draft.channel.rawValue): \(notice.amountNow) \(notice.currency) minor units owed, period ends \(notice.periodEndsOn)",
                    ["REMINDER": String(event.reminderID), "CHANNEL": draft.channel.rawValue, "CURRENCY": notice.currency,
                     "ITEMIZATION_DATE": notice.itemizationDate.description, "AMOUNT_THEN_MINOR": String(notice.amountThen),
                     "INTEREST_MINOR": String(notice.interest), "FEES_MINOR": String(notice.fees), "PAYMENTS_MINOR": String(notice.payments),
                     "CREDITS_MINOR": String(notice.credits), "AMOUNT_MINOR": String(notice.amountNow), "SENT_ON": notice.sentOn.description,
                     "RECEIPT_ON": notice.receiptOn.description, "VALIDATION_ENDS_ON": notice.periodEndsOn.description]))
            }
        }
        for draft in decided.escalations {
            let applied = try EscalationStore.apply(draft, accountID: id, at: now, in: db)
            outcome.escalations += applied.events
            outcome.events += applied.cancelled
        }
        try db.withRawStatement("UPDATE account SET next_action_at = ?, policy_id = ? WHERE id = ?") { statement in
            try statement.bind(1, decided.nextActionAt.map { max(Ledger.seconds($0), Ledger.seconds(now) + 1) })
            try statement.bind(2, decided.policyID)
            try statement.bind(3, id)
            try statement.run()
        }
        return outcome
    }

    /// The account as the engine sees it.
    static func candidate(accountID: Int64, at now: Date, policy: (String) -> DunningPolicy? = { _ in nil }, in db: Database) throws -> CollectionCandidate {
        // The hot reads of a cycle go through SQLite's own calls (`RawStatement`).
        let row = try db.rawRow("""
            SELECT external_id, name, segment, locale, policy_id, pay_token, time_zone, contacts, inconvenient_times FROM account WHERE id = ?
            """, bind: { try $0.bind(1, accountID) }) { row in
            (externalID: row.text(0), name: row.text(1), segment: row.text(2), locale: row.text(3), policyID: row.text(4),
             token: row.text(5), timeZone: row.text(6), contacts: row.text(7), inconvenientTimes: row.text(8))
        }
        guard let row else { throw ACSError(.notFound, "no account with id \(accountID)") }
        var token = row.token
        if token.isEmpty {
            token = Ledger.randomToken()
            try db.run("UPDATE account SET pay_token = ? WHERE id = ?", [token, accountID])
        }
        let (state, disputed) = try contactState(accountID: accountID, timeZone: row.timeZone, contacts: row.contacts,
                                                 inconvenientTimes: row.inconvenientTimes, at: now, in: db)
        let obligations = try db.rawRows("""
            SELECT external_id, currency, open_minor, due_on, kind FROM obligation WHERE account_id = ? AND open_minor > 0 ORDER BY due_on, id
            """, bind: { try $0.bind(1, accountID) }) { row in
            let externalID = row.text(0)
            return CollectionCandidate.OpenObligation(
                externalID: externalID, kind: try Ledger.stored(row.text(4)), open: Money(minorUnits: row.int64(2), currency: row.text(1)),
                dueOn: try Ledger.day(row.text(3)), disputed: disputed.contains(Array(externalID.utf8)))
        }
        let done = try Set(db.rawRows(Self.doneKeys, bind: { try $0.bind(1, accountID) }) { $0.text(0) })
        var candidate = CollectionCandidate(accountID: accountID, externalID: row.externalID, name: row.name, segment: row.segment,
                                   locale: row.locale, contactState: state, obligations: obligations, done: done,
                                   policyID: row.policyID, payToken: token,
                                   pendingPromise: try EscalationStore.pendingPromise(accountID: accountID, in: db),
                                   placementCoCollect: try EscalationStore.activePlacement(accountID: accountID, in: db)?.coCollect,
                                   activePlan: try EscalationStore.activePlan(accountID: accountID, in: db))
        // Only a policy with a validation notice, and only once something undisputed is past due, needs the itemization.
        let today = LocalDate(now, in: TimeZones.named(row.timeZone) ?? TimeZones.utc)
        let followed = policy(row.segment)
        if followed?.validationNotice != nil, obligations.contains(where: { !$0.disputed && $0.dueOn < today }) {
            candidate.validationLines = try validationLines(accountID: accountID, disputed: disputed, in: db)
        }
        if followed?.offersSettlement == true {
            candidate.settlementOpen = try db.value(Int64.self, """
                SELECT 1 FROM settlement WHERE account_id = ? AND status IN ('offered', 'accepted') LIMIT 1
                """, [accountID]) != nil
        }
        if let named = followed?.eventTemplates.keys, !named.isEmpty {
            candidate.events = try events(accountID: accountID, zone: TimeZones.named(row.timeZone) ?? TimeZones.utc, named: Set(named), at: now, in: db)
        }
        return candidate
    }

    /// The events of the last `EventMessage.window` whose messages `named` lists, oldest
    /// first: payments posted (not reversed), payments returned or charged back, promises
    /// still pending, plans still active, disputes rejected, settlements offered and not yet
    /// answered. One statement for them all.
    static func events(accountID: Int64, zone: TimeZone, named: Set<EventMessage>, at now: Date, in db: Database) throws -> [EventNotice] {
        let since = now.addingTimeInterval(-EventMessage.window)
        return try db.rows("""
            SELECT 'payment_receipt', id, amount_minor, currency, received_at FROM payment
              WHERE account_id = ?1 AND posted_at >= ?2 AND reversed_at IS NULL
            UNION ALL SELECT 'returned_payment', id, amount_minor, currency, reversed_at FROM payment
              WHERE account_id = ?1 AND reversal_reason IN ('returned', 'chargeback') AND reversed_at >= ?2
            UNION ALL SELECT 'promise_confirmation', id, amount_minor, currency, promised_on FROM promise
              WHERE account_id = ?1 AND recorded_at >= ?3 AND status = 'pending'
            UNION ALL SELECT 'plan_confirmation', p.id, p.total_minor, p.currency, (SELECT min(due_on) FROM instalment WHERE plan_id = p.id) FROM payment_plan p
              WHERE p.account_id = ?1 AND p.created_at >= ?3 AND p.status = 'active'
            UNION ALL SELECT 'dispute_rejected', id, NULL, NULL, resolved_at FROM dispute
              WHERE account_id = ?1 AND status = 'rejected' AND resolved_at >= ?2
            UNION ALL SELECT 'settlement_offer', id, amount_minor, currency, expires_on FROM settlement
              WHERE account_id = ?1 AND status = 'offered' AND offered_at >= ?2
            ORDER BY 1, 2
            """, [accountID, Ledger.text(since), Ledger.seconds(since)]).compactMap { row -> EventNotice? in
            guard let message = EventMessage(rawValue: row[0]), named.contains(message) else { return nil }
            let amount = (row[2] as Int64?).map { Money(minorUnits: $0, currency: row[3]) }
            let when: String? = row[4]
            let date = when.flatMap { LocalDate($0) ?? ACSClock.parse($0).map { LocalDate($0, in: zone) } }
            return EventNotice(message, id: row[1], amount: amount, date: date)
        }
    }

    /// The account's validation notice as stored (JSON of `ValidationNotice`): the first one
    /// not cancelled, suppressed or failed, the one thing that says a debt has its notice.
    static func validationNotice(accountID: Int64, in db: Database) throws -> String? {
        try db.value(String.self, """
            SELECT validation FROM reminder WHERE account_id = ? AND validation IS NOT NULL AND status NOT IN ('cancelled', 'suppressed', 'failed')
            ORDER BY id LIMIT 1
            """, [accountID])
    }

    /// The account's undisputed obligations as a validation notice itemizes them; nil when
    /// the account has a validation notice.
    static func validationLines(accountID: Int64, disputed: Set<[UInt8]>, in db: Database) throws -> [ValidationNotice.Line]? {
        guard try validationNotice(accountID: accountID, in: db) == nil else { return nil }
        return try db.rows("""
            SELECT o.external_id, o.kind, o.currency, o.amount_minor, o.open_minor, o.due_on,
              (SELECT account_sum(a.amount_minor) FROM allocation a JOIN payment p ON p.id = a.payment_id
               WHERE a.obligation_id = o.id AND p.reversal_reason IS NULL)
            FROM obligation o WHERE account_id = ?
            """, [accountID]).filter { !disputed.contains(Array(($0[0] as String).utf8)) }.map { row in
            ValidationNotice.Line(kind: try Ledger.stored(row[1]), currency: row[2], amount: row[3], open: row[4], paid: row[6],
                                  dueOn: try Ledger.day(row[5]))
        }
    }

    /// The keys of every action taken for an account: reminders, tasks, placements and charges.
    private static let doneKeys = """
        SELECT action_key FROM reminder WHERE account_id = ?1 AND status != 'cancelled' AND action_key != ''
        UNION ALL SELECT action_key FROM task WHERE account_id = ?1
        UNION ALL SELECT action_key FROM placement WHERE account_id = ?1 AND action_key != ''
        UNION ALL SELECT action_key FROM charge WHERE account_id = ?1
        UNION ALL SELECT action_key FROM bureau_report WHERE account_id = ?1 AND closed_run = ''
        """

    /// Puts a drafted reminder in the outbox as the gate decided; nil when the action
    /// already has a live reminder.
    static func insertReminder(_ draft: ReminderDraft, accountID: Int64, at now: Date, in db: Database) throws -> ReminderEvent? {
        let clock = Ledger.seconds(now)
        let (status, start, rule, detail, until): (ReminderStatus, Int64, String, String, Date?) = switch draft.decision.verdict {
        case .allowed: (.scheduled, clock, "", "", nil)
        case .deferred(let until, let rule, let detail): (.deferred, Ledger.seconds(until), rule, detail, until)
        case .suppressed(let rule, let detail): (.suppressed, clock, rule, detail, nil)
        }
        let address = try draft.postalAddress.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
        let validation = try draft.validation.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
        try db.withRawStatement("""
            INSERT OR IGNORE INTO reminder (account_id, channel, status, action_key, policy_id, stage, template_name, locale, urgency,
              recipient_name, recipient, postal_address, time_zone, subject, body_text, threatens_suit, window_start, window_end,
              created_at, finished_at, rule_id, cease_notice, validation)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """) { statement in
            try statement.bind(1, accountID)
            try statement.bind(2, draft.channel.rawValue)
            try statement.bind(3, status.rawValue)
            try statement.bind(4, draft.actionKey)
            try statement.bind(5, draft.policyID)
            try statement.bind(6, draft.stage)
            try statement.bind(7, draft.templateName)
            try statement.bind(8, draft.locale)
            try statement.bind(9, draft.urgency.rawValue)
            try statement.bind(10, draft.recipientName)
            try statement.bind(11, draft.recipient)
            try statement.bind(12, address)
            try statement.bind(13, draft.timeZone)
            try statement.bind(14, draft.subject)
            try statement.bind(15, draft.bodyText)
            try statement.bind(16, draft.threatensSuit)
            try statement.bind(17, start)
            try statement.bind(18, start + windowLength)
            try statement.bind(19, clock)
            try statement.bind(20, status == .suppressed ? clock : nil)
            try statement.bind(21, rule)
            try statement.bind(22, draft.ceaseNotice)
            try statement.bind(23, validation)
            try statement.run()
        }
        guard db.changesCount == 1 else { return nil }
        let id = db.lastInsertedRowID
        try recordDecision(draft.decision, reminderID: id, in: db)
        let kind: ReminderEvent.Kind = switch status {
        case .deferred: .deferred
        case .suppressed: .suppressed
        default: .scheduled
        }
        return ReminderEvent(kind: kind, reminderID: id, accountID: accountID, channel: draft.channel, stage: draft.stage,
                             rule: rule, detail: detail, until: until, zones: draft.decision.zones)
    }
}

extension ReminderStore {
    /// Returns reminders whose lease ended to the outbox, and opens a new window for
    /// those whose window passed unclaimed. Answers how many of each.
    public func reopenLapsed(at now: Date) async throws(ACSError) -> (leases: Int, windows: Int) {
        try await writer.write { db in
            let clock = Ledger.seconds(now)
            try db.run("""
                UPDATE reminder SET status = 'scheduled', lease_expires_at = NULL, window_start = ?1, window_end = ?1 + ?2
                WHERE status = 'claimed' AND lease_expires_at <= ?1
                """, [clock, Self.windowLength])
            let leases = db.changesCount
            try db.run("""
                UPDATE reminder SET window_start = ?1, window_end = ?1 + ?2 WHERE status IN ('scheduled', 'deferred') AND window_end <= ?1
                """, [clock, Self.windowLength])
            return (leases, db.changesCount)
        }
    }

    /// Marks every account with something unpaid for evaluation at the next cycle (the policies changed).
    public func markOpenAccountsDue() async throws(ACSError) {
        try await writer.write { db in try db.run("UPDATE account SET next_action_at = 0 WHERE oldest_unpaid_due_on IS NOT NULL") }
    }

    /// Evaluates up to `limit` accounts whose next action is due at `now` (the indexed
    /// `next_action_at`), in one transaction: the batch is read, `plan` (the application
    /// layer) decides for every account of it, one plan per candidate in order, and this
    /// stores what each plan says (reminders, escalations, cancellations, a recall, the
    /// next evaluation), one savepoint an account. The transaction holds the write lock throughout,
    /// so nothing changes between the reading and the writing.
    public func collectDue(at now: Date, limit: Int, reading: CycleReading,
                           plan: @escaping @Sendable ([CollectionCandidate]) -> [CollectionPlan]) async throws(ACSError) -> CycleBatch {
        try await writer.write { db in
            let ids = try db.values(Int64.self, """
                SELECT id FROM account WHERE next_action_at IS NOT NULL AND next_action_at <= ? ORDER BY next_action_at, id LIMIT ?
                """, [Ledger.seconds(now), limit])
            var batch = CycleBatch()
            batch.more = ids.count == limit
            var read: [Self.DueAccount] = []
            for id in ids {
                // Credit applied before the account is read stays applied if reading fails: its entries are written all the same.
                var applied: [EscalationEvent] = []
                do {
                    applied = try PaymentStore.applyCredit(accountID: id, feesFirst: reading.feesFirst, in: db)
                    read.append(try Self.dueAccount(id, applied: applied, reading: reading, at: now, in: db))
                } catch {
                    batch.escalations += applied
                    try Self.postpone(id, after: error, at: now, path: database.path, in: db, batch: &batch)
                }
            }
            let plans = plan(read.map(\.candidate))
            precondition(plans.count == read.count, "one plan per candidate")
            return try Self.store(Array(zip(read, plans)), into: batch, reading: reading, replan: plan, at: now, path: database.path, in: db)
        }
    }
}
