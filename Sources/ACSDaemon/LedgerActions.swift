import ACSCore
import ACSStore

/// The application layer's changes that set off others. Each composes the named stores in
/// one ledger transaction (`Ledger.write`), so that a change and what it sets off are
/// durable together or not at all; the stores only read and write their rows.
struct LedgerActions: Sendable {
    let ledger: Ledger

    /// Posts a payment: records and allocates it; unless it replays an earlier one, the
    /// account's unclaimed reminders are cancelled (rendered reminders state the balance; the
    /// next cycle drafts what is still owed) and, when nothing is left unpaid, the agency
    /// gives the account back. `feesFirstPolicies`: the policies under which payments pay
    /// fees and interest before principal.
    func post(_ payment: NewPaymentRecord, by actor: ChangeActor, feesFirstPolicies: Set<String>) async throws(ACSError) -> PostingResult {
        let prepared = try PaymentStore.prepare(payment)
        return try await ledger.write { tx in
            var result = try tx.payments.record(prepared, by: actor, feesFirstPolicies: feesFirstPolicies)
            guard !result.replayed else { return result }
            let accountID = result.payment.accountID
            result.cancelledReminders = try tx.reminders.cancelUnclaimed(accountID, reason: .payment, at: actor.at)
            if result.settled, let recall = try tx.escalations.recall(accountID, reason: .paidInFull, note: "payment \(payment.idempotencyKey)", by: actor) {
                result.escalations.append(recall)
            }
            return result
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
}
