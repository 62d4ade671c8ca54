import ACSCore
import ACSStore

/// The application layer's changes that set off others. Each composes the named stores in
/// one ledger transaction (`Ledger.write`), so that a change and what it sets off are
/// durable together or not at all; the stores only read and write their rows.
struct LedgerActions: Sendable {
    let ledger: Ledger

    /// Posts a payment: records and allocates it; unless it replays an earlier one, the
    /// account's unclaimed reminders are cancelled (rendered reminders state the balance; the
    /// next cycle drafts what is still owed), an open settlement it completes is paid (the
    /// rest written off) and, when nothing is left unpaid, the agency gives the account back.
    /// `feesFirstPolicies`: the policies under which payments pay fees and interest before
    /// principal. `journal` writes the posting's audit entries: the writer runs it after the
    /// commit and before this returns, and not at all when nothing was committed.
    func post(_ payment: NewPaymentRecord, by actor: ChangeActor, feesFirstPolicies: Set<String>,
              then journal: @escaping @Sendable (PostingResult) -> Void) async throws(ACSError) -> PostingResult {
        let prepared = try PaymentStore.prepare(payment)
        return try await ledger.write({ tx in try Self.post(prepared, tx, by: actor, feesFirstPolicies: feesFirstPolicies) }, then: journal)
    }

    /// `post` inside a transaction that may do more.
    private static func post(_ prepared: PreparedPayment, _ tx: LedgerTransaction, by actor: ChangeActor, feesFirstPolicies: Set<String>) throws
        -> PostingResult {
        var result = try tx.payments.record(prepared, by: actor, feesFirstPolicies: feesFirstPolicies)
        guard !result.replayed else { return result }
        let accountID = result.payment.accountID
        result.cancelledReminders = try tx.reminders.cancelUnclaimed(accountID, reason: .payment, at: actor.at)
        let settlement = try tx.settlements.settleIfPaid(accountID, currency: result.payment.amount.currency,
                                                         receivedAt: result.payment.receivedAt, at: actor.at)
        result.escalations += settlement
        if !settlement.isEmpty {
            // The rest is written off: the answer's balances say so, and the agency gives the account back.
            let balances = try tx.accounts.view(accountID, at: actor.at).balances
            result.balances = balances
            result.settled = balances.allSatisfy { $0.outstanding == 0 }
        }
        let reason: RecallReason = settlement.isEmpty ? .paidInFull : .settled
        if result.settled,
           let recall = try tx.escalations.recall(accountID, reason: reason, note: "payment \(result.payment.idempotencyKey)", by: actor) {
            result.escalations.append(recall)
        }
        return result
    }

    /// Applies a bank return to the payment it returns, once: the reversal (as returned) and the
    /// record of the return commit together; the same return again is answered (`replayed`).
    func applyReturn(_ entry: BankEntryRecord, to paymentID: Int64, note: String, returnedFee: @escaping @Sendable (String, String) -> Money?,
                     by actor: ChangeActor) async throws(ACSError) -> PostingResult {
        try await ledger.write { tx in try Self.applyReturn(entry, to: paymentID, note: note, returnedFee: returnedFee, tx, by: actor) }
    }

    private static func applyReturn(_ entry: BankEntryRecord, to paymentID: Int64, note: String, returnedFee: (String, String) -> Money?,
                                    _ tx: LedgerTransaction, by actor: ChangeActor) throws -> PostingResult {
        if let applied = try tx.bank.returnApplied(entry) {
            return try tx.payments.reverse(applied, reason: .returned, returnCode: entry.returnCode, note: note, returnedFee: returnedFee, by: actor)
        }
        let payment = try tx.payments.payment(paymentID)
        guard payment.reversalReason == nil else { throw ACSError(.failedPrecondition, "payment \(paymentID) is already reversed") }
        guard payment.amount == entry.amount else {
            throw ACSError(.failedPrecondition, "payment \(paymentID) is \(payment.amount); the return is \(entry.amount)")
        }
        let result = try tx.payments.reverse(paymentID, reason: .returned, returnCode: entry.returnCode, note: note, returnedFee: returnedFee, by: actor)
        try tx.bank.recordReturn(entry, paymentID: paymentID)
        return result
    }

    /// Resolves an open unmatched entry by hand, all or nothing: a credit is posted (`payment`,
    /// with the entry's own key), a return applied to `paymentID`, and the entry closed.
    func assignUnmatched(_ queued: UnmatchedView, payment: NewPaymentRecord?, returning paymentID: Int64?, note: String,
                         returnedFee: @escaping @Sendable (String, String) -> Money?, by actor: ChangeActor, feesFirstPolicies: Set<String>)
        async throws(ACSError) -> (entry: UnmatchedView, posting: PostingResult) {
        let prepared = try payment.map { (payment) throws(ACSError) in try PaymentStore.prepare(payment) }
        return try await ledger.write { tx in
            let current = try tx.bank.unmatched(queued.id).status
            guard current == .open else { throw ACSError(.failedPrecondition, "unmatched entry \(queued.id) is already \(current.rawValue)") }
            let posting: PostingResult
            if let prepared {
                posting = try Self.post(prepared, tx, by: actor, feesFirstPolicies: feesFirstPolicies)
            } else if let paymentID {
                posting = try Self.applyReturn(queued.entry, to: paymentID, note: note, returnedFee: returnedFee, tx, by: actor)
            } else {
                throw ACSError.invalidArgument(field: "account", "name the account a credit pays, or the payment a return returns")
            }
            let entry = try tx.bank.resolve(queued.id, accountID: posting.payment.accountID, paymentID: posting.payment.id, note: note, by: actor)
            return (entry, posting)
        }
    }

    /// Imports one record of an agency's return file, all or nothing: the account must have
    /// been placed with the agency; a reference imported before with the same content is
    /// answered again (`replayed`), with other content ABORTED. A payment is posted as
    /// `payment` (an agency payment, whatever it sets off); a status update or a closure
    /// (which recalls the placement) is applied to its latest placement.
    func importAgencyReturn(agency: String, reference: String, kind: AgencyReturnKind, account lookup: AccountLookup, payment: NewPaymentRecord?,
                            status: String, note: String, content: String, by actor: ChangeActor, feesFirstPolicies: Set<String>)
        async throws(ACSError) -> (replayed: Bool, posting: PostingResult?, events: [EscalationEvent]) {
        let prepared = try payment.map { (payment) throws(ACSError) in try PaymentStore.prepare(payment) }
        return try await ledger.write { tx in
            let (accountID, placementID, _) = try tx.escalations.latestPlacement(lookup, agency: agency)
            if try tx.escalations.importedBefore(agency: agency, reference: reference, content: content) {
                return (true, try prepared.map { try tx.payments.record($0, by: actor, feesFirstPolicies: feesFirstPolicies) }, [])
            }
            if let prepared {
                let posting = try Self.post(prepared, tx, by: actor, feesFirstPolicies: feesFirstPolicies)
                try tx.escalations.record(agency: agency, reference: reference, kind: kind, accountID: accountID, content: content, at: actor.at)
                return (posting.replayed, posting, [])
            }
            let events = try tx.escalations.applyAgencyReturn(agency: agency, reference: reference, kind: kind, accountID: accountID,
                                                              placementID: placementID, status: status, note: note, content: content, by: actor)
            return (false, nil, events)
        }
    }

    /// Sets a hold; a new one cancels the account's unclaimed reminders (an obligation-level
    /// dispute changes the anchor and a rendered reminder may state the disputed amount; a
    /// whole-account hold stops every contact), puts the account in the next cycle, and
    /// recalls it from its agency when the hold calls for it (`RecallReason(hold:)`).
    /// `effectiveOn`, `endsOn` and `crisis` date it as `HoldDates.new` decides on the account's day.
    func setHold(_ kind: HoldKind, on lookup: AccountLookup, obligationExternalID: String, effectiveOn: LocalDate? = nil, endsOn: LocalDate? = nil,
                 crisis: Bool = false, by actor: ChangeActor) async throws(ACSError)
        -> (hold: HoldView, created: Bool, cancelled: [ReminderEvent], escalations: [EscalationEvent]) {
        try await ledger.write { tx in
            let (hold, accountID, created) = try tx.accounts.insertHold(
                kind, on: lookup, obligationExternalID: obligationExternalID,
                dates: { (today) throws(ACSError) in try HoldDates.new(kind, effectiveOn: effectiveOn, endsOn: endsOn, mentalHealthCrisis: crisis, today: today) },
                by: actor)
            guard created else { return (hold, false, [], []) }
            let cancelled = try tx.reminders.cancelUnclaimed(accountID, reason: .hold, at: actor.at)
            try tx.accounts.markDue(accountID)
            let recall = try RecallReason(hold: kind).flatMap { try tx.escalations.recall(accountID, reason: $0, note: actor.reason, by: actor) }
            return (hold, true, cancelled, recall.map { [$0] } ?? [])
        }
    }

    /// Records a promise to pay (replacing a pending one); reminders pause while it is
    /// pending, so the account's unclaimed ones are cancelled and it is evaluated again.
    func recordPromise(_ lookup: AccountLookup, amount: Money, promisedOn: LocalDate, graceDays: Int, source: String, note: String,
                       by actor: ChangeActor) async throws(ACSError)
        -> (promise: PromiseView, replaced: PromiseView?, cancelled: [ReminderEvent], events: [EscalationEvent]) {
        try await ledger.write { tx in
            let recorded = try tx.escalations.insertPromise(lookup, amount: amount, promisedOn: promisedOn, graceDays: graceDays,
                                                            source: source, note: note, by: actor)
            let cancelled = try tx.reminders.cancelUnclaimed(recorded.accountID, reason: .promise, at: actor.at)
            try tx.accounts.markDue(recorded.accountID)
            return (recorded.promise, recorded.replaced, cancelled, recorded.events)
        }
    }

    /// Records a change of contact preferences; the account is evaluated again, and an
    /// opt-out of a channel or consent revoked cancels that channel's unclaimed reminders.
    func setContactPreference(_ change: ContactChange, on lookup: AccountLookup, by actor: ChangeActor) async throws(ACSError)
        -> (account: AccountView, cancelled: [ReminderEvent]) {
        try await ledger.write { tx in
            let accountID = try tx.accounts.applyContactChange(change, on: lookup, by: actor)
            try tx.accounts.markDue(accountID)
            let cancelled: [ReminderEvent] = switch (change.kind, change.channel) {
            case (.optOut, let channel?): try tx.reminders.cancelUnclaimed(accountID, channels: [channel], reason: .optOut, at: actor.at)
            case (.revokeConsent, let channel?): try tx.reminders.cancelUnclaimed(accountID, channels: [channel], reason: .consentRevoked, at: actor.at)
            default: []
            }
            return (try tx.accounts.view(accountID, at: actor.at), cancelled)
        }
    }

    /// Agrees a payment plan; the policy waits while it is current, so the account's
    /// unclaimed reminders are cancelled and it is evaluated again.
    func createPlan(_ lookup: AccountLookup, currency: String, instalments: [(amount: Int64, dueOn: LocalDate)], graceDays: Int,
                    note: String, by actor: ChangeActor) async throws(ACSError) -> (plan: PlanView, cancelled: [ReminderEvent], events: [EscalationEvent]) {
        try await ledger.write { tx in
            let (plan, events) = try tx.escalations.insertPlan(lookup, currency: currency, instalments: instalments, graceDays: graceDays,
                                                               note: note, by: actor)
            let cancelled = try tx.reminders.cancelUnclaimed(plan.accountID, reason: .paymentPlan, at: actor.at)
            try tx.accounts.markDue(plan.accountID)
            return (plan, cancelled, events)
        }
    }

    // MARK: Settlements and write-offs

    /// Offers a settlement of the account's balance in `amount`'s currency: SETTLEMENT-AUTHORITY
    /// bounds the discount by the caller's roles under the account's policy (`authorityBP`).
    func offerSettlement(_ lookup: AccountLookup, amount: Money, expiresOn: LocalDate, note: String, authorityBP: Int, by actor: ChangeActor)
        async throws(ACSError) -> (settlement: SettlementView, events: [EscalationEvent]) {
        try await ledger.write { tx in
            let (settlement, event) = try tx.settlements.offer(lookup, currency: amount.currency, expiresOn: expiresOn, note: note, by: actor) {
                (balance, today) throws(ACSError) in
                try SettlementRules.check(amount: amount, balance: balance, expiresOn: expiresOn, today: today, authorityBP: authorityBP)
                return amount.minorUnits
            }
            return (settlement, [event])
        }
    }

    /// The debtor accepted a settlement: a promise to pay its amount by its last day stands
    /// for it (reminders pause while it is pending, as for any promise).
    func acceptSettlement(_ id: Int64, graceDays: Int, note: String, by actor: ChangeActor) async throws(ACSError)
        -> (settlement: SettlementView, promise: PromiseView, cancelled: [ReminderEvent], events: [EscalationEvent]) {
        try await ledger.write { tx in
            let offered = try tx.settlements.settlement(id)
            guard offered.status == .offered else { throw ACSError(.failedPrecondition, "settlement \(id) is \(offered.status.rawValue), not offered") }
            let promised = try tx.escalations.insertPromise(.id(offered.accountID), amount: offered.amount, promisedOn: offered.expiresOn,
                                                            graceDays: 0, source: "settlement \(id)", note: note, by: actor)
            let (settlement, event) = try tx.settlements.change(id, to: .accepted, promiseID: promised.promise.id, reason: note, at: actor.at)
            let cancelled = try tx.reminders.cancelUnclaimed(offered.accountID, reason: .promise, at: actor.at)
            try tx.accounts.markDue(offered.accountID)
            return (settlement, promised.promise, cancelled, [event] + promised.events)
        }
    }

    /// Withdraws an open settlement (and cancels the promise that stood for it).
    func withdrawSettlement(_ id: Int64, reason: String, by actor: ChangeActor) async throws(ACSError)
        -> (settlement: SettlementView, events: [EscalationEvent]) {
        try await ledger.write { tx in
            let (settlement, event) = try tx.settlements.change(id, to: .withdrawn, reason: reason, at: actor.at)
            var events = [event]
            if let promise = settlement.promiseID, let cancelled = try tx.escalations.cancelPromise(promise, reason: "settlement \(id) withdrawn", at: actor.at) {
                events.append(cancelled)
            }
            try tx.accounts.markDue(settlement.accountID)
            return (settlement, events)
        }
    }

    /// Writes off one obligation (all or part of what is open on it) or everything open in a
    /// currency; the account is evaluated again, and an agency gives it back when nothing is left.
    /// A `key` (optional) makes the call idempotent: the same key and content again answers the
    /// write-offs it made (`replayed`), other content is ABORTED.
    func writeOff(_ lookup: AccountLookup, obligationExternalID: String, currency: String, amount: Int64?, reason: WriteOffReason, note: String,
                  key: String, by actor: ChangeActor) async throws(ACSError)
        -> (account: AccountView, writeOffs: [WriteOffView], events: [EscalationEvent], replayed: Bool) {
        let content = ["\(lookup)", obligationExternalID, currency, amount.map(String.init) ?? "all", reason.rawValue]
            .map { "\($0.utf8.count):\($0)" }.joined(separator: "|")
        return try await ledger.write { tx in
            if let earlier = try tx.settlements.earlierWriteOff(key: key, content: content) {
                return (try tx.accounts.view(earlier.accountID, at: actor.at), earlier.writeOffs, [], true)
            }
            var (accountID, events) = try tx.settlements.writeOff(lookup, obligationExternalID: obligationExternalID, currency: currency,
                                                                  amount: amount, reason: reason, note: note, by: actor)
            try tx.settlements.recordWriteOff(key: key, content: content, accountID: accountID, events: events)
            let account = try tx.accounts.view(accountID, at: actor.at)
            if account.balances.allSatisfy({ $0.outstanding == 0 }),
               let recall = try tx.escalations.recall(accountID, reason: .settled, note: "written off", by: actor) {
                events.append(recall)
            }
            return (account, try tx.settlements.writeOffs(of: events), events, false)
        }
    }

    // MARK: Disputes

    /// Receives a dispute of `obligations` (none: the whole account): HOLD-DISPUTE on each
    /// (an active one is reused), unclaimed reminders cancelled, the account recalled from
    /// its agency and evaluated again, and the dispute recorded with who, why and how.
    func openDispute(_ lookup: AccountLookup, obligations: [String], reason: DisputeReason, via: DisputeChannel, disputant: String, note: String,
                     by actor: ChangeActor) async throws(ACSError)
        -> (dispute: DisputeView, created: Bool, newHolds: [HoldView], cancelled: [ReminderEvent], escalations: [EscalationEvent]) {
        // Repeats dropped byte for byte, as SQLite keys obligations: canonically equal ids are two obligations.
        var seen = Set<[UInt8]>()
        let named = obligations.filter { seen.insert(Array($0.utf8)).inserted }
        let holdActor = ChangeActor(caller: actor.caller, at: actor.at, reason: "dispute (\(reason.rawValue))\(note.isEmpty ? "" : ": \(note)")")
        return try await ledger.write { tx in
            var (holds, newHolds): ([HoldView], [HoldView]) = ([], [])
            var accountID: Int64 = 0
            for obligation in named.isEmpty ? [""] : named {
                let (hold, account, created) = try tx.accounts.insertHold(.dispute, on: lookup, obligationExternalID: obligation, by: holdActor)
                accountID = account
                holds.append(hold)
                if created { newHolds.append(hold) }
            }
            let cancelled = try tx.reminders.cancelUnclaimed(accountID, reason: .hold, at: actor.at)
            try tx.accounts.markDue(accountID)
            let recall = try tx.escalations.recall(accountID, reason: .disputed, note: holdActor.reason, by: actor)
            let (dispute, created) = try tx.disputes.insert(accountID: accountID, obligations: named, holdIDs: holds.map(\.id), reason: reason,
                                                            via: via, disputant: disputant, note: note, by: actor)
            return (dispute, created, newHolds, cancelled, recall.map { [$0] } ?? [])
        }
    }

    /// Records the verification of the debt sent to the debtor.
    func disputeVerificationSent(_ id: Int64, document: String, by actor: ChangeActor) async throws(ACSError) -> DisputeView {
        try await ledger.write { tx in try tx.disputes.verificationSent(id, document: document, by: actor) }
    }

    /// Decides a dispute: upheld writes off `writeOff` of the disputed obligations (nil: all
    /// that is open on them); either way its holds are cleared (unless another open dispute
    /// holds them) and the account is evaluated again: collection resumes after a rejection,
    /// whose notice the next cycle sends when the policy names one.
    func resolveDispute(_ id: Int64, upheld: Bool, writeOff: Money?, by actor: ChangeActor) async throws(ACSError)
        -> (dispute: DisputeView, writeOffs: [WriteOffView], cleared: [HoldView], events: [EscalationEvent]) {
        try await ledger.write { tx in
            let decided = try tx.disputes.decide(id, upheld: upheld, by: actor)
            let events = upheld ? try tx.disputes.writeOff(decided, amount: writeOff, by: actor) : []
            let cleared = try decided.holdIDs.compactMap { try tx.accounts.clearDisputeHold($0, by: actor) }
            try tx.accounts.markDue(decided.accountID)
            return (try tx.disputes.dispute(id), try tx.settlements.writeOffs(of: events), cleared, events)
        }
    }
}
