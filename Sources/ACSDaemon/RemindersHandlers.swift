import ACSCore
import ACSPolicy
import ACSServer
import ACSStore
import ACSWire
import Foundation

/// The `acs.v1.Reminders` service: the outbox and the delivery protocol.
struct RemindersHandlers: Sendable {
    let context: DaemonContext

    /// Page size when the request names none, and the largest allowed.
    static let defaultPageSize = 100, maxPageSize = 1_000
    /// The most reminders one claim takes.
    static let maxClaim = 1_000

    func register(on router: inout RPCRouter) {
        router.register(Methods.Reminders.listDueReminders, list)
        router.register(Methods.Reminders.getReminder, get)
        router.register(Methods.Reminders.claimReminders, claim)
        router.register(Methods.Reminders.completeReminder, complete)
    }

    private func list(_ request: V1.ListDueRemindersRequest, _ call: RPCContext) async throws(ACSError) -> V1.ListDueRemindersResponse {
        var filter = ReminderFilter()
        if request.channel != .unspecified { filter.channel = WireMapping.domain(request.channel) }
        if let account = request.account { filter.account = try WireMapping.lookup(account) }
        filter.statuses = try request.statuses.map { (status) throws(ACSError) in
            try WireMapping.required(status, field: "statuses", "UNSPECIFIED is not a status")
        }
        filter.windowStartBefore = try WireMapping.instant(request.windowStartBefore, field: "window_start_before")
        filter.windowStartFrom = try WireMapping.instant(request.windowStartFrom, field: "window_start_from")
        let size = try PageToken.size(request.pageSize, default: Self.defaultPageSize, max: Self.maxPageSize)
        let after = try Self.cursor(request.pageToken)
        let reminders = try await context.ledger.reminders.list(filter, limit: size + 1, after: after)
        let page = reminders.prefix(size)
        let next = reminders.count > size ? page.last.map { "at:\(Int64($0.windowStart.timeIntervalSince1970)):\($0.id)" } ?? "" : ""
        return V1.ListDueRemindersResponse(reminders: page.map { WireMapping.reminder($0) }, nextPageToken: next)
    }

    private func get(_ request: V1.GetReminderRequest, _ call: RPCContext) async throws(ACSError) -> V1.GetReminderResponse {
        V1.GetReminderResponse(reminder: WireMapping.reminder(try await context.ledger.reminders.reminder(id: try WireMapping.id(request.id, "is required: a reminder id"))))
    }

    private func claim(_ request: V1.ClaimRemindersRequest, _ call: RPCContext) async throws(ACSError) -> V1.ClaimRemindersResponse {
        let channel: ContactChannel = try WireMapping.required(request.channel, field: "channel")
        guard request.maxCount <= Self.maxClaim else { throw .invalidArgument(field: "max_count", "at most \(Self.maxClaim)") }
        guard request.leaseSeconds <= 86_400 else { throw .invalidArgument(field: "lease_seconds", "at most 86400") }
        guard TextRules.isText(request.claimer, max: 200) else {
            throw .invalidArgument(field: "claimer", "must be at most 200 characters without control characters")
        }
        let settings = context.configuration.current
        let claimer = request.claimer.isEmpty ? "uid \(call.caller.uid) pid \(call.caller.pid)" : request.claimer
        let library = context.policies.library
        let now = context.clock.now()
        let (claimed, events) = try await context.ledger.reminders.claimReminders(
            channel: channel, maxCount: max(1, Int(request.maxCount)),
            leaseSeconds: request.leaseSeconds == 0 ? settings.leaseSeconds : Int(request.leaseSeconds), claimer: claimer, at: now
        ) { reminder, account in
            account.decide(channel: channel, threatensSuit: reminder.threatensSuit, ceaseNotice: reminder.ceaseNotice,
                           validationSentOn: reminder.validation?.sentOn, policy: library.set.policy(id: reminder.policyID), at: now)
        }
        for event in events { context.audit(event, call: call) }
        return V1.ClaimRemindersResponse(reminders: claimed.map { WireMapping.reminder($0, withLease: true) })
    }

    private func complete(_ request: V1.CompleteReminderRequest, _ call: RPCContext) async throws(ACSError) -> V1.CompleteReminderResponse {
        let id = try WireMapping.id(request.id, "is required: a reminder id")
        guard !request.leaseToken.isEmpty else { throw .invalidArgument(field: "lease_token", "is required: the token ClaimReminders answered") }
        let outcome: ReminderOutcome = try WireMapping.required(request.outcome, field: "outcome")
        let settings = context.configuration.current
        let (reminder, events) = try await context.ledger.reminders.completeReminder(
            id: id, leaseToken: request.leaseToken, outcome: outcome, detail: request.detail,
            occurredAt: try WireMapping.instant(request.occurredAt, field: "occurred_at"), at: context.clock.now(),
            retry: RetryPolicy(maxAttempts: settings.maxDeliveryAttempts, backoffSeconds: settings.retryBackoffSeconds))
        for event in events { context.audit(event, call: call) }
        if outcome == .optedOut {
            context.audit(.consentChanged, "\(reminder.channel.rawValue) opted out by the debtor's reply to reminder \(id)", call: call,
                          fields: ["ACCOUNT": String(reminder.accountID), "CHANGE": ContactChangeKind.optOut.rawValue,
                                   "CHANNEL": reminder.channel.rawValue, "SOURCE": "delivery", "REASON": request.detail])
        }
        return V1.CompleteReminderResponse(reminder: WireMapping.reminder(reminder),
                                           remindersCancelled: UInt32(events.filter { $0.kind == .cancelled }.count))
    }

    static func cursor(_ token: String) throws(ACSError) -> (windowStart: Int64, id: Int64)? {
        guard !token.isEmpty else { return nil }
        let parts = token.split(separator: ":")
        guard parts.count == 3, parts[0] == "at", let start = Int64(parts[1]), let id = Int64(parts[2]) else {
            throw .invalidArgument(field: "page_token", "is not a token this acsd gave out")
        }
        return (start, id)
    }
}
