import ACSCore
import ACSServer
import ACSStore

extension DaemonContext {
    /// Writes the audit entry of a reminder event.
    func audit(_ event: ReminderEvent, call: RPCContext?) {
        var fields = ["ACCOUNT": String(event.accountID), "REMINDER": String(event.reminderID), "CHANNEL": event.channel.rawValue,
                      "STAGE": event.stage]
        let until = event.until.map(ACSClock.format) ?? ""
        let what = "\(event.channel.rawValue) reminder \(event.reminderID) (stage \(event.stage))"
        switch event.kind {
        case .scheduled:
            audit(.reminderScheduled, "\(what) scheduled", call: call, fields: fields)
        case .deferred:
            fields["RULE"] = event.rule
            fields["UNTIL"] = until
            fields["DETAIL"] = event.detail
            audit(.reminderDeferred, "\(what) deferred to \(until) by \(event.rule): \(event.detail)", call: call, fields: fields)
        case .suppressed:
            fields["RULE"] = event.rule
            fields["DETAIL"] = event.detail
            audit(.reminderSuppressed, "\(what) suppressed by \(event.rule): \(event.detail)", call: call, fields: fields)
        case .claimed:
            fields["CLAIMER"] = event.detail
            audit(.reminderClaimed, "\(what) claimed by \(event.detail)", call: call, fields: fields)
        case .delivered:
            fields["OUTCOME"] = event.reason
            fields["DETAIL"] = event.detail
            audit(.reminderDelivered, "\(what) \(event.reason == "conversation" ? "reached the debtor (conversation)" : "delivered")",
                  call: call, fields: fields)
        case .failed, .retried:
            fields["OUTCOME"] = event.reason
            fields["DETAIL"] = event.detail
            fields["UNTIL"] = until
            audit(.reminderFailed, "\(what) failed (\(event.reason))\(event.kind == .retried ? "; retry at \(until)" : "")",
                  call: call, fields: fields)
        case .cancelled:
            fields["REASON"] = event.reason
            audit(.reminderCancelled, "\(what) cancelled: \(event.reason)", call: call, fields: fields)
        }
    }

    /// Writes the audit entries of a reminder the engine created: scheduled (then deferred,
    /// with the rule, when the gate moved it at once), or suppressed.
    func auditScheduling(_ event: ReminderEvent, call: RPCContext?) {
        if event.kind == .deferred {
            audit(ReminderEvent(kind: .scheduled, reminderID: event.reminderID, accountID: event.accountID, channel: event.channel,
                                stage: event.stage), call: call)
        }
        audit(event, call: call)
    }

    /// Writes the audit entry of a fee, task, placement, recall or promise decision.
    func audit(_ event: EscalationEvent, call: RPCContext?) {
        audit(event.kind, event.message, call: call, fields: event.fields.merging(["ACCOUNT": String(event.accountID)]) { own, _ in own })
    }
}
