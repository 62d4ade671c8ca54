import ACSCore
import ACSPolicy
import ACSServer
import ACSStore

extension DaemonContext {
    /// Writes the audit entry of a reminder event.
    func audit(_ event: ReminderEvent, call: RPCContext?) {
        let until = event.until.map(ACSClock.format) ?? ""
        let what = "\(event.channel.rawValue) reminder \(event.reminderID) (stage \(event.stage))"
        let (kind, message, more): (AuditEventKind, String, [(name: String, value: String)]) = switch event.kind {
        case .scheduled: (.reminderScheduled, "\(what) scheduled", [])
        case .deferred:
            (.reminderDeferred, "\(what) deferred to \(until) by \(event.rule): \(event.detail)",
             [("RULE", event.rule), ("UNTIL", until), ("DETAIL", event.detail)])
        case .suppressed: (.reminderSuppressed, "\(what) suppressed by \(event.rule): \(event.detail)", [("RULE", event.rule), ("DETAIL", event.detail)])
        case .claimed: (.reminderClaimed, "\(what) claimed by \(event.detail)", [("CLAIMER", event.detail)])
        case .delivered:
            (.reminderDelivered, "\(what) \(event.reason == "conversation" ? "reached the debtor (conversation)" : "delivered")",
             [("OUTCOME", event.reason), ("DETAIL", event.detail)])
        case .failed, .retried:
            (.reminderFailed, "\(what) failed (\(event.reason))\(event.kind == .retried ? "; retry at \(until)" : "")",
             [("OUTCOME", event.reason), ("DETAIL", event.detail), ("UNTIL", until)])
        case .cancelled: (.reminderCancelled, "\(what) cancelled: \(event.reason)", [("REASON", event.reason)])
        }
        let zones = event.zones.isEmpty ? [] : [(name: "ZONES", value: event.zones.joined(separator: " "))]
        let fields = [(name: "ACCOUNT", value: String(event.accountID)), (name: "CHANNEL", value: event.channel.rawValue),
                      (name: "REMINDER", value: String(event.reminderID)), (name: "STAGE", value: event.stage)] + more + zones
        audit(kind, message, call: call, ordered: fields.sorted { $0.name < $1.name })
    }

    /// Writes the audit entries of a reminder the engine created: scheduled (then deferred,
    /// with the rule, when the gate moved it at once), or suppressed.
    func auditScheduling(_ event: ReminderEvent, call: RPCContext?) {
        if event.kind == .deferred {
            audit(ReminderEvent(kind: .scheduled, reminderID: event.reminderID, accountID: event.accountID, channel: event.channel,
                                stage: event.stage, zones: event.zones), call: call)
        }
        audit(event, call: call)
    }

    /// Writes the audit entry of a fee, task, placement, recall or promise decision.
    func audit(_ event: EscalationEvent, call: RPCContext?) {
        audit(event.kind, event.message, call: call, fields: event.fields.merging(["ACCOUNT": String(event.accountID)]) { own, _ in own })
    }
}

extension DaemonContext {
    /// The journal entries of a posting: payment.posted (or payment.replayed), then what it set off.
    func auditPosting(_ result: PostingResult, call: RPCContext) {
        let payment = result.payment
        metrics.posted(replayed: result.replayed)
        if result.replayed {
            audit(.paymentReplayed, "payment \(payment.id) replayed for key \(payment.idempotencyKey)", call: call, fields: Self.fields(payment))
        } else {
            let spread = payment.allocations.map { "\($0.obligationExternalID) \($0.amount)" }.joined(separator: ", ")
            audit(.paymentPosted, "payment of \(payment.amount) posted: \(spread.isEmpty ? "no open obligation" : spread)"
                    + (payment.credit.minorUnits > 0 ? "; credit \(payment.credit)" : ""),
                  call: call, fields: Self.fields(payment))
        }
        for event in result.cancelledReminders { audit(event, call: call) }
        for event in result.escalations { audit(event, call: call) }
    }

    /// Reverses a payment (the policy's returned-payment fee charged) and journals it:
    /// payment.reversed, then what it set off.
    func reverse(paymentID: Int64, reason: ReversalReason, returnCode: String, note: String, call: RPCContext) async throws(ACSError) -> PostingResult {
        let result = try await ledger.payments.reverse(paymentID: paymentID, reason: reason, returnCode: returnCode, note: note,
                                                       returnedFee: returnedFee, by: actor(call, reason: note))
        journalReversal(result, reason: reason, returnCode: returnCode, note: note, call: call)
        return result
    }

    /// The returned-payment fee of the policy in force, by segment and currency.
    var returnedFee: @Sendable (String, String) -> Money? {
        let policies = policies.library.set
        return { segment, currency in policies.policy(forSegment: segment)?.returnedPaymentFee.first { $0.currency == currency } }
    }

    /// The journal entries and metrics of a reversal: payment.reversed, then what it set off.
    func journalReversal(_ result: PostingResult, reason: ReversalReason, returnCode: String, note: String, call: RPCContext) {
        guard !result.replayed else { return }
        metrics.reversed(reason)
        let payment = result.payment
        audit(.paymentReversed, "payment \(payment.id) of \(payment.amount) reversed (\(reason.rawValue)\(returnCode.isEmpty ? "" : " \(returnCode)")): \(note)",
              call: call, fields: Self.fields(payment).merging(["REASON": reason.rawValue, "RETURN_CODE": returnCode]) { $1 })
        for event in result.escalations { audit(event, call: call) }
    }

    /// A payment's journal fields.
    static func fields(_ payment: PaymentView) -> [String: String] {
        ["ACCOUNT": String(payment.accountID), "PAYMENT": String(payment.id), "IDEMPOTENCY_KEY": payment.idempotencyKey,
         "AMOUNT_MINOR": String(payment.amount.minorUnits), "CURRENCY": payment.amount.currency,
         "CREDIT_MINOR": String(payment.credit.minorUnits)]
    }
}
