// Field-by-field protobuf-c code for every Swift mirror of Sources/ACSWire (see `ProtoCodable`).
// Generated from the proto by scripts/gen-mirrors.py: do not edit; run 'make mirrors'.

extension V1.Account: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Account", fields: [
        "id", "source", "external_id", "source_version", "name", "emails", "phones", "address", "time_zone", "locale",
        "segment", "balances", "oldest_unpaid_due_on", "days_past_due", "holds", "channel_preferences",
        "inconvenient_times", "obligations", "recent_payments", "policy_id", "stage", "next_action_at", "placed_with",
        "payment_plan_id", "promise_id", "promises", "created_at", "updated_at"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
        cMessage.string(1, self.source)
        cMessage.string(2, self.externalId)
        cMessage.integer(3, self.sourceVersion)
        cMessage.string(4, self.name)
        cMessage.strings(5, self.emails)
        cMessage.messages(6, self.phones)
        cMessage.message(7, self.address)
        cMessage.string(8, self.timeZone)
        cMessage.string(9, self.locale)
        cMessage.string(10, self.segment)
        cMessage.messages(11, self.balances)
        cMessage.string(12, self.oldestUnpaidDueOn)
        cMessage.integer(13, self.daysPastDue)
        cMessage.messages(14, self.holds)
        cMessage.messages(15, self.channelPreferences)
        cMessage.messages(16, self.inconvenientTimes)
        cMessage.messages(17, self.obligations)
        cMessage.messages(18, self.recentPayments)
        cMessage.string(19, self.policyId)
        cMessage.string(20, self.stage)
        cMessage.string(21, self.nextActionAt)
        cMessage.string(22, self.placedWith)
        cMessage.string(23, self.paymentPlanId)
        cMessage.string(24, self.promiseId)
        cMessage.message(25, self.promises)
        cMessage.string(26, self.createdAt)
        cMessage.string(27, self.updatedAt)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
        self.source = cMessage.string(1)
        self.externalId = cMessage.string(2)
        self.sourceVersion = cMessage.integer(3)
        self.name = cMessage.string(4)
        self.emails = cMessage.strings(5)
        self.phones = try cMessage.messages(6)
        self.address = try cMessage.message(7)
        self.timeZone = cMessage.string(8)
        self.locale = cMessage.string(9)
        self.segment = cMessage.string(10)
        self.balances = try cMessage.messages(11)
        self.oldestUnpaidDueOn = cMessage.string(12)
        self.daysPastDue = cMessage.integer(13)
        self.holds = try cMessage.messages(14)
        self.channelPreferences = try cMessage.messages(15)
        self.inconvenientTimes = try cMessage.messages(16)
        self.obligations = try cMessage.messages(17)
        self.recentPayments = try cMessage.messages(18)
        self.policyId = cMessage.string(19)
        self.stage = cMessage.string(20)
        self.nextActionAt = cMessage.string(21)
        self.placedWith = cMessage.string(22)
        self.paymentPlanId = cMessage.string(23)
        self.promiseId = cMessage.string(24)
        self.promises = try cMessage.message(25)
        self.createdAt = cMessage.string(26)
        self.updatedAt = cMessage.string(27)
    }
}

extension V1.AccountRecord: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.AccountRecord", fields: [
        "source", "external_id", "source_version", "name", "emails", "phones", "address", "time_zone", "locale", "segment",
        "obligations"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.source)
        cMessage.string(1, self.externalId)
        cMessage.integer(2, self.sourceVersion)
        cMessage.string(3, self.name)
        cMessage.strings(4, self.emails)
        cMessage.messages(5, self.phones)
        cMessage.message(6, self.address)
        cMessage.string(7, self.timeZone)
        cMessage.string(8, self.locale)
        cMessage.string(9, self.segment)
        cMessage.messages(10, self.obligations)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.source = cMessage.string(0)
        self.externalId = cMessage.string(1)
        self.sourceVersion = cMessage.integer(2)
        self.name = cMessage.string(3)
        self.emails = cMessage.strings(4)
        self.phones = try cMessage.messages(5)
        self.address = try cMessage.message(6)
        self.timeZone = cMessage.string(7)
        self.locale = cMessage.string(8)
        self.segment = cMessage.string(9)
        self.obligations = try cMessage.messages(10)
    }
}

extension V1.AccountRef: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.AccountRef", fields: ["id", "source", "external_id"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
        cMessage.string(1, self.source)
        cMessage.string(2, self.externalId)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
        self.source = cMessage.string(1)
        self.externalId = cMessage.string(2)
    }
}

extension V1.AgingBucketAmount: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.AgingBucketAmount", fields: [
        "bucket", "amount", "obligation_count", "account_count"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.enumeration(0, self.bucket)
        cMessage.message(1, self.amount)
        cMessage.integer(2, self.obligationCount)
        cMessage.integer(3, self.accountCount)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.bucket = try cMessage.enumeration(0)
        self.amount = try cMessage.message(1)
        self.obligationCount = cMessage.integer(2)
        self.accountCount = cMessage.integer(3)
    }
}

extension V1.AgingRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.AgingRequest", fields: [
        "as_of", "currency", "by_segment", "by_stage", "segment"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.asOf)
        cMessage.string(1, self.currency)
        cMessage.bool(2, self.bySegment)
        cMessage.bool(3, self.byStage)
        cMessage.string(4, self.segment)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.asOf = cMessage.string(0)
        self.currency = cMessage.string(1)
        self.bySegment = cMessage.bool(2)
        self.byStage = cMessage.bool(3)
        self.segment = cMessage.string(4)
    }
}

extension V1.AgingResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.AgingResponse", fields: ["as_of", "rows"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.asOf)
        cMessage.messages(1, self.rows)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.asOf = cMessage.string(0)
        self.rows = try cMessage.messages(1)
    }
}

extension V1.AgingRow: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.AgingRow", fields: [
        "currency", "segment", "stage", "buckets", "total"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.currency)
        cMessage.string(1, self.segment)
        cMessage.string(2, self.stage)
        cMessage.messages(3, self.buckets)
        cMessage.message(4, self.total)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.currency = cMessage.string(0)
        self.segment = cMessage.string(1)
        self.stage = cMessage.string(2)
        self.buckets = try cMessage.messages(3)
        self.total = try cMessage.message(4)
    }
}

extension V1.Allocation: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Allocation", fields: [
        "obligation_external_id", "due_on", "amount", "open_after"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.obligationExternalId)
        cMessage.string(1, self.dueOn)
        cMessage.message(2, self.amount)
        cMessage.message(3, self.openAfter)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.obligationExternalId = cMessage.string(0)
        self.dueOn = cMessage.string(1)
        self.amount = try cMessage.message(2)
        self.openAfter = try cMessage.message(3)
    }
}

extension V1.Balance: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Balance", fields: ["currency", "outstanding", "overdue", "credit"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.currency)
        cMessage.message(1, self.outstanding)
        cMessage.message(2, self.overdue)
        cMessage.message(3, self.credit)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.currency = cMessage.string(0)
        self.outstanding = try cMessage.message(1)
        self.overdue = try cMessage.message(2)
        self.credit = try cMessage.message(3)
    }
}

extension V1.Caller: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Caller", fields: ["uid", "gid", "pid", "process_name", "user_name"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.integer(0, self.uid)
        cMessage.integer(1, self.gid)
        cMessage.integer(2, self.pid)
        cMessage.string(3, self.processName)
        cMessage.string(4, self.userName)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.uid = cMessage.integer(0)
        self.gid = cMessage.integer(1)
        self.pid = cMessage.integer(2)
        self.processName = cMessage.string(3)
        self.userName = cMessage.string(4)
    }
}

extension V1.CancelPaymentPlanRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.CancelPaymentPlanRequest", fields: ["plan_id", "reason"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.planId)
        cMessage.string(1, self.reason)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.planId = cMessage.string(0)
        self.reason = cMessage.string(1)
    }
}

extension V1.CancelPaymentPlanResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.CancelPaymentPlanResponse", fields: ["plan"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.plan)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.plan = try cMessage.message(0)
    }
}

extension V1.ChangeRecord: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ChangeRecord", fields: ["caller", "at", "reason"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.caller)
        cMessage.string(1, self.at)
        cMessage.string(2, self.reason)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.caller = try cMessage.message(0)
        self.at = cMessage.string(1)
        self.reason = cMessage.string(2)
    }
}

extension V1.ChannelPreference: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ChannelPreference", fields: [
        "channel", "opted_out", "source", "changed_by"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.enumeration(0, self.channel)
        cMessage.bool(1, self.optedOut)
        cMessage.string(2, self.source)
        cMessage.message(3, self.changedBy)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.channel = try cMessage.enumeration(0)
        self.optedOut = cMessage.bool(1)
        self.source = cMessage.string(2)
        self.changedBy = try cMessage.message(3)
    }
}

extension V1.ChannelReminderCounts: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ChannelReminderCounts", fields: [
        "channel", "sent", "deferred", "suppressed", "failed", "cancelled"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.enumeration(0, self.channel)
        cMessage.integer(1, self.sent)
        cMessage.integer(2, self.deferred)
        cMessage.integer(3, self.suppressed)
        cMessage.integer(4, self.failed)
        cMessage.integer(5, self.cancelled)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.channel = try cMessage.enumeration(0)
        self.sent = cMessage.integer(1)
        self.deferred = cMessage.integer(2)
        self.suppressed = cMessage.integer(3)
        self.failed = cMessage.integer(4)
        self.cancelled = cMessage.integer(5)
    }
}

extension V1.CheckPolicyRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.CheckPolicyRequest", fields: ["text", "file"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.text)
        cMessage.string(1, self.file)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.text = cMessage.string(0)
        self.file = cMessage.string(1)
    }
}

extension V1.CheckPolicyResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.CheckPolicyResponse", fields: ["valid", "errors", "policy"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.bool(0, self.valid)
        cMessage.messages(1, self.errors)
        cMessage.message(2, self.policy)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.valid = cMessage.bool(0)
        self.errors = try cMessage.messages(1)
        self.policy = try cMessage.message(2)
    }
}

extension V1.ClaimRemindersRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ClaimRemindersRequest", fields: [
        "channel", "max_count", "lease_seconds", "claimer"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.enumeration(0, self.channel)
        cMessage.integer(1, self.maxCount)
        cMessage.integer(2, self.leaseSeconds)
        cMessage.string(3, self.claimer)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.channel = try cMessage.enumeration(0)
        self.maxCount = cMessage.integer(1)
        self.leaseSeconds = cMessage.integer(2)
        self.claimer = cMessage.string(3)
    }
}

extension V1.ClaimRemindersResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ClaimRemindersResponse", fields: ["reminders"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.reminders)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.reminders = try cMessage.messages(0)
    }
}

extension V1.ClaimTaskRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ClaimTaskRequest", fields: ["task_id", "queue", "assignee"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.taskId)
        cMessage.string(1, self.queue)
        cMessage.string(2, self.assignee)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.taskId = cMessage.string(0)
        self.queue = cMessage.string(1)
        self.assignee = cMessage.string(2)
    }
}

extension V1.ClaimTaskResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ClaimTaskResponse", fields: ["task"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.task)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.task = try cMessage.message(0)
    }
}

extension V1.ClearHoldRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ClearHoldRequest", fields: [
        "account", "hold_id", "kind", "obligation_external_id", "reason"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.account)
        cMessage.string(1, self.holdId)
        cMessage.enumeration(2, self.kind)
        cMessage.string(3, self.obligationExternalId)
        cMessage.string(4, self.reason)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.account = try cMessage.message(0)
        self.holdId = cMessage.string(1)
        self.kind = try cMessage.enumeration(2)
        self.obligationExternalId = cMessage.string(3)
        self.reason = cMessage.string(4)
    }
}

extension V1.ClearHoldResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ClearHoldResponse", fields: ["hold"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.hold)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.hold = try cMessage.message(0)
    }
}

extension V1.CompleteReminderRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.CompleteReminderRequest", fields: [
        "id", "lease_token", "outcome", "detail", "occurred_at"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
        cMessage.string(1, self.leaseToken)
        cMessage.enumeration(2, self.outcome)
        cMessage.string(3, self.detail)
        cMessage.string(4, self.occurredAt)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
        self.leaseToken = cMessage.string(1)
        self.outcome = try cMessage.enumeration(2)
        self.detail = cMessage.string(3)
        self.occurredAt = cMessage.string(4)
    }
}

extension V1.CompleteReminderResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.CompleteReminderResponse", fields: [
        "reminder", "reminders_cancelled"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.reminder)
        cMessage.integer(1, self.remindersCancelled)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.reminder = try cMessage.message(0)
        self.remindersCancelled = cMessage.integer(1)
    }
}

extension V1.CompleteTaskRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.CompleteTaskRequest", fields: ["task_id", "outcome", "note"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.taskId)
        cMessage.enumeration(1, self.outcome)
        cMessage.string(2, self.note)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.taskId = cMessage.string(0)
        self.outcome = try cMessage.enumeration(1)
        self.note = cMessage.string(2)
    }
}

extension V1.CompleteTaskResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.CompleteTaskResponse", fields: ["task"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.task)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.task = try cMessage.message(0)
    }
}

extension V1.ContactAttempt: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ContactAttempt", fields: [
        "at", "channel", "outcome", "reminder_id"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.at)
        cMessage.enumeration(1, self.channel)
        cMessage.enumeration(2, self.outcome)
        cMessage.string(3, self.reminderId)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.at = cMessage.string(0)
        self.channel = try cMessage.enumeration(1)
        self.outcome = try cMessage.enumeration(2)
        self.reminderId = cMessage.string(3)
    }
}

extension V1.CreatePaymentPlanRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.CreatePaymentPlanRequest", fields: [
        "account", "instalments", "note"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.account)
        cMessage.messages(1, self.instalments)
        cMessage.string(2, self.note)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.account = try cMessage.message(0)
        self.instalments = try cMessage.messages(1)
        self.note = cMessage.string(2)
    }
}

extension V1.CreatePaymentPlanResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.CreatePaymentPlanResponse", fields: ["plan", "reminders_cancelled"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.plan)
        cMessage.integer(1, self.remindersCancelled)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.plan = try cMessage.message(0)
        self.remindersCancelled = cMessage.integer(1)
    }
}

extension V1.CurrencyKpis: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.CurrencyKpis", fields: [
        "currency", "collected", "collected_by_agencies", "fees_charged", "recovery_rate", "dso_days", "cei",
        "opening_balance", "closing_balance"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.currency)
        cMessage.message(1, self.collected)
        cMessage.message(2, self.collectedByAgencies)
        cMessage.message(3, self.feesCharged)
        cMessage.message(4, self.recoveryRate)
        cMessage.message(5, self.dsoDays)
        cMessage.message(6, self.cei)
        cMessage.message(7, self.openingBalance)
        cMessage.message(8, self.closingBalance)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.currency = cMessage.string(0)
        self.collected = try cMessage.message(1)
        self.collectedByAgencies = try cMessage.message(2)
        self.feesCharged = try cMessage.message(3)
        self.recoveryRate = try cMessage.message(4)
        self.dsoDays = try cMessage.message(5)
        self.cei = try cMessage.message(6)
        self.openingBalance = try cMessage.message(7)
        self.closingBalance = try cMessage.message(8)
    }
}

extension V1.CycleSummary: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.CycleSummary", fields: [
        "id", "as_of", "duration_ms", "accounts_evaluated", "reminders_scheduled", "reminders_deferred",
        "reminders_suppressed", "reminders_cancelled", "fees_charged", "interest_accruals", "tasks_created",
        "accounts_placed", "accounts_recalled", "promises_kept", "promises_broken", "plans_completed", "plans_broken",
        "accounts_cured"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
        cMessage.string(1, self.asOf)
        cMessage.integer(2, self.durationMs)
        cMessage.integer(3, self.accountsEvaluated)
        cMessage.integer(4, self.remindersScheduled)
        cMessage.integer(5, self.remindersDeferred)
        cMessage.integer(6, self.remindersSuppressed)
        cMessage.integer(7, self.remindersCancelled)
        cMessage.integer(8, self.feesCharged)
        cMessage.integer(9, self.interestAccruals)
        cMessage.integer(10, self.tasksCreated)
        cMessage.integer(11, self.accountsPlaced)
        cMessage.integer(12, self.accountsRecalled)
        cMessage.integer(13, self.promisesKept)
        cMessage.integer(14, self.promisesBroken)
        cMessage.integer(15, self.plansCompleted)
        cMessage.integer(16, self.plansBroken)
        cMessage.integer(17, self.accountsCured)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
        self.asOf = cMessage.string(1)
        self.durationMs = cMessage.integer(2)
        self.accountsEvaluated = cMessage.integer(3)
        self.remindersScheduled = cMessage.integer(4)
        self.remindersDeferred = cMessage.integer(5)
        self.remindersSuppressed = cMessage.integer(6)
        self.remindersCancelled = cMessage.integer(7)
        self.feesCharged = cMessage.integer(8)
        self.interestAccruals = cMessage.integer(9)
        self.tasksCreated = cMessage.integer(10)
        self.accountsPlaced = cMessage.integer(11)
        self.accountsRecalled = cMessage.integer(12)
        self.promisesKept = cMessage.integer(13)
        self.promisesBroken = cMessage.integer(14)
        self.plansCompleted = cMessage.integer(15)
        self.plansBroken = cMessage.integer(16)
        self.accountsCured = cMessage.integer(17)
    }
}

extension V1.ExportPlacementsRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ExportPlacementsRequest", fields: [
        "agency", "export_id", "dry_run"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.agency)
        cMessage.string(1, self.exportId)
        cMessage.bool(2, self.dryRun)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.agency = cMessage.string(0)
        self.exportId = cMessage.string(1)
        self.dryRun = cMessage.bool(2)
    }
}

extension V1.ExportPlacementsResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ExportPlacementsResponse", fields: [
        "records", "done", "export_id", "record_count"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.records)
        cMessage.bool(1, self.done)
        cMessage.string(2, self.exportId)
        cMessage.integer(3, self.recordCount)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.records = try cMessage.messages(0)
        self.done = cMessage.bool(1)
        self.exportId = cMessage.string(2)
        self.recordCount = cMessage.integer(3)
    }
}

extension V1.Fee: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Fee", fields: ["fixed_amounts", "percent_bp", "caps"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.fixedAmounts)
        cMessage.integer(1, self.percentBp)
        cMessage.messages(2, self.caps)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.fixedAmounts = try cMessage.messages(0)
        self.percentBp = cMessage.integer(1)
        self.caps = try cMessage.messages(2)
    }
}

extension V1.FieldViolation: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.FieldViolation", fields: ["field", "description"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.field)
        cMessage.string(1, self.description)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.field = cMessage.string(0)
        self.description = cMessage.string(1)
    }
}

extension V1.FrequencyCap: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.FrequencyCap", fields: ["channel", "max_count", "period_days"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.enumeration(0, self.channel)
        cMessage.integer(1, self.maxCount)
        cMessage.integer(2, self.periodDays)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.channel = try cMessage.enumeration(0)
        self.maxCount = cMessage.integer(1)
        self.periodDays = cMessage.integer(2)
    }
}

extension V1.GateDecision: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.GateDecision", fields: [
        "at", "checkpoint", "verdict", "rule_id", "deferred_until", "detail"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.at)
        cMessage.enumeration(1, self.checkpoint)
        cMessage.enumeration(2, self.verdict)
        cMessage.string(3, self.ruleId)
        cMessage.string(4, self.deferredUntil)
        cMessage.string(5, self.detail)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.at = cMessage.string(0)
        self.checkpoint = try cMessage.enumeration(1)
        self.verdict = try cMessage.enumeration(2)
        self.ruleId = cMessage.string(3)
        self.deferredUntil = cMessage.string(4)
        self.detail = cMessage.string(5)
    }
}

extension V1.GetAccountRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.GetAccountRequest", fields: ["account", "recent_payments"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.account)
        cMessage.integer(1, self.recentPayments)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.account = try cMessage.message(0)
        self.recentPayments = cMessage.integer(1)
    }
}

extension V1.GetAccountResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.GetAccountResponse", fields: ["account"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.account)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.account = try cMessage.message(0)
    }
}

extension V1.GetPaymentPlanRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.GetPaymentPlanRequest", fields: ["plan_id", "account"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.planId)
        cMessage.message(1, self.account)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.planId = cMessage.string(0)
        self.account = try cMessage.message(1)
    }
}

extension V1.GetPaymentPlanResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.GetPaymentPlanResponse", fields: ["plan"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.plan)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.plan = try cMessage.message(0)
    }
}

extension V1.GetPolicyRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.GetPolicyRequest", fields: ["id"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
    }
}

extension V1.GetPolicyResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.GetPolicyResponse", fields: ["policy", "text"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.policy)
        cMessage.string(1, self.text)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.policy = try cMessage.message(0)
        self.text = cMessage.string(1)
    }
}

extension V1.GetReminderRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.GetReminderRequest", fields: ["id"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
    }
}

extension V1.GetReminderResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.GetReminderResponse", fields: ["reminder"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.reminder)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.reminder = try cMessage.message(0)
    }
}

extension V1.Hold: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Hold", fields: [
        "id", "kind", "obligation_external_id", "effective_on", "ends_on", "active", "set_by", "cleared_by"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
        cMessage.enumeration(1, self.kind)
        cMessage.string(2, self.obligationExternalId)
        cMessage.string(3, self.effectiveOn)
        cMessage.string(4, self.endsOn)
        cMessage.bool(5, self.active)
        cMessage.message(6, self.setBy)
        cMessage.message(7, self.clearedBy)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
        self.kind = try cMessage.enumeration(1)
        self.obligationExternalId = cMessage.string(2)
        self.effectiveOn = cMessage.string(3)
        self.endsOn = cMessage.string(4)
        self.active = cMessage.bool(5)
        self.setBy = try cMessage.message(6)
        self.clearedBy = try cMessage.message(7)
    }
}

extension V1.InconvenientTime: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.InconvenientTime", fields: ["start_time", "end_time", "weekdays"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.startTime)
        cMessage.string(1, self.endTime)
        cMessage.integers(2, self.weekdays)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.startTime = cMessage.string(0)
        self.endTime = cMessage.string(1)
        self.weekdays = cMessage.integers(2)
    }
}

extension V1.Instalment: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Instalment", fields: [
        "number", "amount", "due_on", "paid", "status"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.integer(0, self.number)
        cMessage.message(1, self.amount)
        cMessage.string(2, self.dueOn)
        cMessage.message(3, self.paid)
        cMessage.enumeration(4, self.status)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.number = cMessage.integer(0)
        self.amount = try cMessage.message(1)
        self.dueOn = cMessage.string(2)
        self.paid = try cMessage.message(3)
        self.status = try cMessage.enumeration(4)
    }
}

extension V1.KpisRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.KpisRequest", fields: [
        "period_start", "period_end", "currency", "segment"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.periodStart)
        cMessage.string(1, self.periodEnd)
        cMessage.string(2, self.currency)
        cMessage.string(3, self.segment)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.periodStart = cMessage.string(0)
        self.periodEnd = cMessage.string(1)
        self.currency = cMessage.string(2)
        self.segment = cMessage.string(3)
    }
}

extension V1.KpisResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.KpisResponse", fields: [
        "period_start", "period_end", "currencies", "stage_cures", "promises", "reminders", "rules", "roll_rates"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.periodStart)
        cMessage.string(1, self.periodEnd)
        cMessage.messages(2, self.currencies)
        cMessage.messages(3, self.stageCures)
        cMessage.message(4, self.promises)
        cMessage.messages(5, self.reminders)
        cMessage.messages(6, self.rules)
        cMessage.messages(7, self.rollRates)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.periodStart = cMessage.string(0)
        self.periodEnd = cMessage.string(1)
        self.currencies = try cMessage.messages(2)
        self.stageCures = try cMessage.messages(3)
        self.promises = try cMessage.message(4)
        self.reminders = try cMessage.messages(5)
        self.rules = try cMessage.messages(6)
        self.rollRates = try cMessage.messages(7)
    }
}

extension V1.ListAccountsRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListAccountsRequest", fields: [
        "segment", "min_days_past_due", "hold", "stage", "source", "placed_with", "page_size", "page_token"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.segment)
        cMessage.integer(1, self.minDaysPastDue)
        cMessage.enumeration(2, self.hold)
        cMessage.string(3, self.stage)
        cMessage.string(4, self.source)
        cMessage.string(5, self.placedWith)
        cMessage.integer(6, self.pageSize)
        cMessage.string(7, self.pageToken)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.segment = cMessage.string(0)
        self.minDaysPastDue = cMessage.integer(1)
        self.hold = try cMessage.enumeration(2)
        self.stage = cMessage.string(3)
        self.source = cMessage.string(4)
        self.placedWith = cMessage.string(5)
        self.pageSize = cMessage.integer(6)
        self.pageToken = cMessage.string(7)
    }
}

extension V1.ListAccountsResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListAccountsResponse", fields: ["accounts", "next_page_token"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.accounts)
        cMessage.string(1, self.nextPageToken)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.accounts = try cMessage.messages(0)
        self.nextPageToken = cMessage.string(1)
    }
}

extension V1.ListDueRemindersRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListDueRemindersRequest", fields: [
        "channel", "account", "statuses", "window_start_before", "window_start_from", "page_size", "page_token"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.enumeration(0, self.channel)
        cMessage.message(1, self.account)
        cMessage.enumerations(2, self.statuses)
        cMessage.string(3, self.windowStartBefore)
        cMessage.string(4, self.windowStartFrom)
        cMessage.integer(5, self.pageSize)
        cMessage.string(6, self.pageToken)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.channel = try cMessage.enumeration(0)
        self.account = try cMessage.message(1)
        self.statuses = try cMessage.enumerations(2)
        self.windowStartBefore = cMessage.string(3)
        self.windowStartFrom = cMessage.string(4)
        self.pageSize = cMessage.integer(5)
        self.pageToken = cMessage.string(6)
    }
}

extension V1.ListDueRemindersResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListDueRemindersResponse", fields: ["reminders", "next_page_token"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.reminders)
        cMessage.string(1, self.nextPageToken)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.reminders = try cMessage.messages(0)
        self.nextPageToken = cMessage.string(1)
    }
}

extension V1.ListPaymentsRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListPaymentsRequest", fields: [
        "account", "status", "agency", "received_from", "received_until", "page_size", "page_token"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.account)
        cMessage.enumeration(1, self.status)
        cMessage.string(2, self.agency)
        cMessage.string(3, self.receivedFrom)
        cMessage.string(4, self.receivedUntil)
        cMessage.integer(5, self.pageSize)
        cMessage.string(6, self.pageToken)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.account = try cMessage.message(0)
        self.status = try cMessage.enumeration(1)
        self.agency = cMessage.string(2)
        self.receivedFrom = cMessage.string(3)
        self.receivedUntil = cMessage.string(4)
        self.pageSize = cMessage.integer(5)
        self.pageToken = cMessage.string(6)
    }
}

extension V1.ListPaymentsResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListPaymentsResponse", fields: ["payments", "next_page_token"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.payments)
        cMessage.string(1, self.nextPageToken)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.payments = try cMessage.messages(0)
        self.nextPageToken = cMessage.string(1)
    }
}

extension V1.ListPlacementsRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListPlacementsRequest", fields: [
        "agency", "account", "status", "unexported_only", "page_size", "page_token"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.agency)
        cMessage.message(1, self.account)
        cMessage.enumeration(2, self.status)
        cMessage.bool(3, self.unexportedOnly)
        cMessage.integer(4, self.pageSize)
        cMessage.string(5, self.pageToken)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.agency = cMessage.string(0)
        self.account = try cMessage.message(1)
        self.status = try cMessage.enumeration(2)
        self.unexportedOnly = cMessage.bool(3)
        self.pageSize = cMessage.integer(4)
        self.pageToken = cMessage.string(5)
    }
}

extension V1.ListPlacementsResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListPlacementsResponse", fields: ["placements", "next_page_token"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.placements)
        cMessage.string(1, self.nextPageToken)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.placements = try cMessage.messages(0)
        self.nextPageToken = cMessage.string(1)
    }
}

extension V1.ListPoliciesRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListPoliciesRequest", fields: [])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
    }
}

extension V1.ListPoliciesResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListPoliciesResponse", fields: ["policies", "version", "loaded_at"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.policies)
        cMessage.string(1, self.version)
        cMessage.string(2, self.loadedAt)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.policies = try cMessage.messages(0)
        self.version = cMessage.string(1)
        self.loadedAt = cMessage.string(2)
    }
}

extension V1.ListPromisesRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListPromisesRequest", fields: [
        "account", "status", "page_size", "page_token"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.account)
        cMessage.enumeration(1, self.status)
        cMessage.integer(2, self.pageSize)
        cMessage.string(3, self.pageToken)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.account = try cMessage.message(0)
        self.status = try cMessage.enumeration(1)
        self.pageSize = cMessage.integer(2)
        self.pageToken = cMessage.string(3)
    }
}

extension V1.ListPromisesResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListPromisesResponse", fields: [
        "promises", "next_page_token", "stats"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.promises)
        cMessage.string(1, self.nextPageToken)
        cMessage.message(2, self.stats)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.promises = try cMessage.messages(0)
        self.nextPageToken = cMessage.string(1)
        self.stats = try cMessage.message(2)
    }
}

extension V1.ListTasksRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListTasksRequest", fields: [
        "queue", "statuses", "account", "assignee", "due_by", "page_size", "page_token"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.queue)
        cMessage.enumerations(1, self.statuses)
        cMessage.message(2, self.account)
        cMessage.string(3, self.assignee)
        cMessage.string(4, self.dueBy)
        cMessage.integer(5, self.pageSize)
        cMessage.string(6, self.pageToken)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.queue = cMessage.string(0)
        self.statuses = try cMessage.enumerations(1)
        self.account = try cMessage.message(2)
        self.assignee = cMessage.string(3)
        self.dueBy = cMessage.string(4)
        self.pageSize = cMessage.integer(5)
        self.pageToken = cMessage.string(6)
    }
}

extension V1.ListTasksResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListTasksResponse", fields: ["tasks", "next_page_token"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.tasks)
        cMessage.string(1, self.nextPageToken)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.tasks = try cMessage.messages(0)
        self.nextPageToken = cMessage.string(1)
    }
}

extension V1.Money: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Money", fields: ["amount_minor", "currency"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.integer(0, self.amountMinor)
        cMessage.string(1, self.currency)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.amountMinor = cMessage.integer(0)
        self.currency = cMessage.string(1)
    }
}

extension V1.NewPayment: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.NewPayment", fields: [
        "idempotency_key", "account", "amount", "received_at", "method", "reference", "agency", "note"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.idempotencyKey)
        cMessage.message(1, self.account)
        cMessage.message(2, self.amount)
        cMessage.string(3, self.receivedAt)
        cMessage.string(4, self.method)
        cMessage.string(5, self.reference)
        cMessage.string(6, self.agency)
        cMessage.string(7, self.note)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.idempotencyKey = cMessage.string(0)
        self.account = try cMessage.message(1)
        self.amount = try cMessage.message(2)
        self.receivedAt = cMessage.string(3)
        self.method = cMessage.string(4)
        self.reference = cMessage.string(5)
        self.agency = cMessage.string(6)
        self.note = cMessage.string(7)
    }
}

extension V1.Obligation: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Obligation", fields: [
        "external_id", "kind", "amount", "open_amount", "issued_on", "due_on", "days_past_due", "disputed", "stage"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.externalId)
        cMessage.enumeration(1, self.kind)
        cMessage.message(2, self.amount)
        cMessage.message(3, self.openAmount)
        cMessage.string(4, self.issuedOn)
        cMessage.string(5, self.dueOn)
        cMessage.integer(6, self.daysPastDue)
        cMessage.bool(7, self.disputed)
        cMessage.string(8, self.stage)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.externalId = cMessage.string(0)
        self.kind = try cMessage.enumeration(1)
        self.amount = try cMessage.message(2)
        self.openAmount = try cMessage.message(3)
        self.issuedOn = cMessage.string(4)
        self.dueOn = cMessage.string(5)
        self.daysPastDue = cMessage.integer(6)
        self.disputed = cMessage.bool(7)
        self.stage = cMessage.string(8)
    }
}

extension V1.ObligationRecord: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ObligationRecord", fields: [
        "external_id", "kind", "amount", "open_amount", "issued_on", "due_on"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.externalId)
        cMessage.enumeration(1, self.kind)
        cMessage.message(2, self.amount)
        cMessage.message(3, self.openAmount)
        cMessage.string(4, self.issuedOn)
        cMessage.string(5, self.dueOn)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.externalId = cMessage.string(0)
        self.kind = try cMessage.enumeration(1)
        self.amount = try cMessage.message(2)
        self.openAmount = try cMessage.message(3)
        self.issuedOn = cMessage.string(4)
        self.dueOn = cMessage.string(5)
    }
}

extension V1.Payment: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Payment", fields: [
        "id", "idempotency_key", "account_id", "amount", "received_at", "method", "reference", "note", "status",
        "allocations", "credit", "posted_by", "agency", "agency_commission_bp", "agency_commission", "reversal_reason",
        "reversed_by"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
        cMessage.string(1, self.idempotencyKey)
        cMessage.string(2, self.accountId)
        cMessage.message(3, self.amount)
        cMessage.string(4, self.receivedAt)
        cMessage.string(5, self.method)
        cMessage.string(6, self.reference)
        cMessage.string(7, self.note)
        cMessage.enumeration(8, self.status)
        cMessage.messages(9, self.allocations)
        cMessage.message(10, self.credit)
        cMessage.message(11, self.postedBy)
        cMessage.string(12, self.agency)
        cMessage.integer(13, self.agencyCommissionBp)
        cMessage.message(14, self.agencyCommission)
        cMessage.enumeration(15, self.reversalReason)
        cMessage.message(16, self.reversedBy)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
        self.idempotencyKey = cMessage.string(1)
        self.accountId = cMessage.string(2)
        self.amount = try cMessage.message(3)
        self.receivedAt = cMessage.string(4)
        self.method = cMessage.string(5)
        self.reference = cMessage.string(6)
        self.note = cMessage.string(7)
        self.status = try cMessage.enumeration(8)
        self.allocations = try cMessage.messages(9)
        self.credit = try cMessage.message(10)
        self.postedBy = try cMessage.message(11)
        self.agency = cMessage.string(12)
        self.agencyCommissionBp = cMessage.integer(13)
        self.agencyCommission = try cMessage.message(14)
        self.reversalReason = try cMessage.enumeration(15)
        self.reversedBy = try cMessage.message(16)
    }
}

extension V1.PaymentPlan: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.PaymentPlan", fields: [
        "id", "account_id", "total", "instalments", "status", "grace_days", "created_by", "ended_at", "cancelled_by"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
        cMessage.string(1, self.accountId)
        cMessage.message(2, self.total)
        cMessage.messages(3, self.instalments)
        cMessage.enumeration(4, self.status)
        cMessage.integer(5, self.graceDays)
        cMessage.message(6, self.createdBy)
        cMessage.string(7, self.endedAt)
        cMessage.message(8, self.cancelledBy)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
        self.accountId = cMessage.string(1)
        self.total = try cMessage.message(2)
        self.instalments = try cMessage.messages(3)
        self.status = try cMessage.enumeration(4)
        self.graceDays = cMessage.integer(5)
        self.createdBy = try cMessage.message(6)
        self.endedAt = cMessage.string(7)
        self.cancelledBy = try cMessage.message(8)
    }
}

extension V1.PaymentResult: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.PaymentResult", fields: [
        "index", "status", "payment", "replayed", "balances"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.integer(0, self.index)
        cMessage.message(1, self.status)
        cMessage.message(2, self.payment)
        cMessage.bool(3, self.replayed)
        cMessage.messages(4, self.balances)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.index = cMessage.integer(0)
        self.status = try cMessage.message(1)
        self.payment = try cMessage.message(2)
        self.replayed = cMessage.bool(3)
        self.balances = try cMessage.messages(4)
    }
}

extension V1.Phone: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Phone", fields: [
        "number", "sms_consent", "voice_consent", "consent_source", "consent_changed_at", "time_zone"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.number)
        cMessage.bool(1, self.smsConsent)
        cMessage.bool(2, self.voiceConsent)
        cMessage.string(3, self.consentSource)
        cMessage.string(4, self.consentChangedAt)
        cMessage.string(5, self.timeZone)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.number = cMessage.string(0)
        self.smsConsent = cMessage.bool(1)
        self.voiceConsent = cMessage.bool(2)
        self.consentSource = cMessage.string(3)
        self.consentChangedAt = cMessage.string(4)
        self.timeZone = cMessage.string(5)
    }
}

extension V1.PlaceAccountRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.PlaceAccountRequest", fields: [
        "account", "agency", "reason", "co_collect"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.account)
        cMessage.string(1, self.agency)
        cMessage.string(2, self.reason)
        cMessage.bool(3, self.coCollect)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.account = try cMessage.message(0)
        self.agency = cMessage.string(1)
        self.reason = cMessage.string(2)
        self.coCollect = cMessage.bool(3)
    }
}

extension V1.PlaceAccountResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.PlaceAccountResponse", fields: ["placement", "reminders_cancelled"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.placement)
        cMessage.integer(1, self.remindersCancelled)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.placement = try cMessage.message(0)
        self.remindersCancelled = cMessage.integer(1)
    }
}

extension V1.Placement: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Placement", fields: [
        "id", "account_id", "agency", "status", "automatic", "stage", "co_collect", "placed_by", "placed_balances",
        "collected", "export_id", "exported_at", "recall_reason", "recalled_by"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
        cMessage.string(1, self.accountId)
        cMessage.string(2, self.agency)
        cMessage.enumeration(3, self.status)
        cMessage.bool(4, self.automatic)
        cMessage.string(5, self.stage)
        cMessage.bool(6, self.coCollect)
        cMessage.message(7, self.placedBy)
        cMessage.messages(8, self.placedBalances)
        cMessage.messages(9, self.collected)
        cMessage.string(10, self.exportId)
        cMessage.string(11, self.exportedAt)
        cMessage.enumeration(12, self.recallReason)
        cMessage.message(13, self.recalledBy)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
        self.accountId = cMessage.string(1)
        self.agency = cMessage.string(2)
        self.status = try cMessage.enumeration(3)
        self.automatic = cMessage.bool(4)
        self.stage = cMessage.string(5)
        self.coCollect = cMessage.bool(6)
        self.placedBy = try cMessage.message(7)
        self.placedBalances = try cMessage.messages(8)
        self.collected = try cMessage.messages(9)
        self.exportId = cMessage.string(10)
        self.exportedAt = cMessage.string(11)
        self.recallReason = try cMessage.enumeration(12)
        self.recalledBy = try cMessage.message(13)
    }
}

extension V1.PlacementRecord: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.PlacementRecord", fields: ["placement", "account", "last_contacts"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.placement)
        cMessage.message(1, self.account)
        cMessage.messages(2, self.lastContacts)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.placement = try cMessage.message(0)
        self.account = try cMessage.message(1)
        self.lastContacts = try cMessage.messages(2)
    }
}

extension V1.PlannedInstalment: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.PlannedInstalment", fields: ["amount", "due_on"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.amount)
        cMessage.string(1, self.dueOn)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.amount = try cMessage.message(0)
        self.dueOn = cMessage.string(1)
    }
}

extension V1.Policy: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Policy", fields: [
        "id", "title", "file", "version", "segments", "is_default", "profile", "stages", "frequency_caps",
        "interest_rate_bp", "fees_first", "promise_grace_days", "plan_grace_days"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
        cMessage.string(1, self.title)
        cMessage.string(2, self.file)
        cMessage.string(3, self.version)
        cMessage.strings(4, self.segments)
        cMessage.bool(5, self.isDefault)
        cMessage.enumeration(6, self.profile)
        cMessage.messages(7, self.stages)
        cMessage.messages(8, self.frequencyCaps)
        cMessage.integer(9, self.interestRateBp)
        cMessage.bool(10, self.feesFirst)
        cMessage.integer(11, self.promiseGraceDays)
        cMessage.integer(12, self.planGraceDays)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
        self.title = cMessage.string(1)
        self.file = cMessage.string(2)
        self.version = cMessage.string(3)
        self.segments = cMessage.strings(4)
        self.isDefault = cMessage.bool(5)
        self.profile = try cMessage.enumeration(6)
        self.stages = try cMessage.messages(7)
        self.frequencyCaps = try cMessage.messages(8)
        self.interestRateBp = cMessage.integer(9)
        self.feesFirst = cMessage.bool(10)
        self.promiseGraceDays = cMessage.integer(11)
        self.planGraceDays = cMessage.integer(12)
    }
}

extension V1.PolicyError: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.PolicyError", fields: ["file", "line", "column", "path", "message"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.file)
        cMessage.integer(1, self.line)
        cMessage.integer(2, self.column)
        cMessage.string(3, self.path)
        cMessage.string(4, self.message)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.file = cMessage.string(0)
        self.line = cMessage.integer(1)
        self.column = cMessage.integer(2)
        self.path = cMessage.string(3)
        self.message = cMessage.string(4)
    }
}

extension V1.PostPaymentRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.PostPaymentRequest", fields: ["payment"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.payment)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.payment = try cMessage.message(0)
    }
}

extension V1.PostPaymentResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.PostPaymentResponse", fields: ["payment", "replayed", "balances"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.payment)
        cMessage.bool(1, self.replayed)
        cMessage.messages(2, self.balances)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.payment = try cMessage.message(0)
        self.replayed = cMessage.bool(1)
        self.balances = try cMessage.messages(2)
    }
}

extension V1.PostPaymentsRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.PostPaymentsRequest", fields: ["payments"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.payments)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.payments = try cMessage.messages(0)
    }
}

extension V1.PostPaymentsResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.PostPaymentsResponse", fields: [
        "results", "posted_count", "replayed_count", "refused_count"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.results)
        cMessage.integer(1, self.postedCount)
        cMessage.integer(2, self.replayedCount)
        cMessage.integer(3, self.refusedCount)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.results = try cMessage.messages(0)
        self.postedCount = cMessage.integer(1)
        self.replayedCount = cMessage.integer(2)
        self.refusedCount = cMessage.integer(3)
    }
}

extension V1.PostalAddress: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.PostalAddress", fields: [
        "lines", "locality", "region", "postal_code", "country", "time_zone"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.strings(0, self.lines)
        cMessage.string(1, self.locality)
        cMessage.string(2, self.region)
        cMessage.string(3, self.postalCode)
        cMessage.string(4, self.country)
        cMessage.string(5, self.timeZone)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.lines = cMessage.strings(0)
        self.locality = cMessage.string(1)
        self.region = cMessage.string(2)
        self.postalCode = cMessage.string(3)
        self.country = cMessage.string(4)
        self.timeZone = cMessage.string(5)
    }
}

extension V1.Promise: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Promise", fields: [
        "id", "account_id", "amount", "promised_on", "grace_days", "status", "paid", "source", "recorded_by",
        "resolved_at"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
        cMessage.string(1, self.accountId)
        cMessage.message(2, self.amount)
        cMessage.string(3, self.promisedOn)
        cMessage.integer(4, self.graceDays)
        cMessage.enumeration(5, self.status)
        cMessage.message(6, self.paid)
        cMessage.string(7, self.source)
        cMessage.message(8, self.recordedBy)
        cMessage.string(9, self.resolvedAt)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
        self.accountId = cMessage.string(1)
        self.amount = try cMessage.message(2)
        self.promisedOn = cMessage.string(3)
        self.graceDays = cMessage.integer(4)
        self.status = try cMessage.enumeration(5)
        self.paid = try cMessage.message(6)
        self.source = cMessage.string(7)
        self.recordedBy = try cMessage.message(8)
        self.resolvedAt = cMessage.string(9)
    }
}

extension V1.PromiseStats: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.PromiseStats", fields: [
        "pending", "kept", "broken", "cancelled", "kept_rate"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.integer(0, self.pending)
        cMessage.integer(1, self.kept)
        cMessage.integer(2, self.broken)
        cMessage.integer(3, self.cancelled)
        cMessage.message(4, self.keptRate)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.pending = cMessage.integer(0)
        self.kept = cMessage.integer(1)
        self.broken = cMessage.integer(2)
        self.cancelled = cMessage.integer(3)
        self.keptRate = try cMessage.message(4)
    }
}

extension V1.Ratio: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Ratio", fields: ["numerator", "denominator"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.integer(0, self.numerator)
        cMessage.integer(1, self.denominator)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.numerator = cMessage.integer(0)
        self.denominator = cMessage.integer(1)
    }
}

extension V1.RecallAccountRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.RecallAccountRequest", fields: ["account", "reason"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.account)
        cMessage.string(1, self.reason)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.account = try cMessage.message(0)
        self.reason = cMessage.string(1)
    }
}

extension V1.RecallAccountResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.RecallAccountResponse", fields: ["placement"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.placement)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.placement = try cMessage.message(0)
    }
}

extension V1.RecordPromiseRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.RecordPromiseRequest", fields: [
        "account", "amount", "promised_on", "source", "note"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.account)
        cMessage.message(1, self.amount)
        cMessage.string(2, self.promisedOn)
        cMessage.string(3, self.source)
        cMessage.string(4, self.note)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.account = try cMessage.message(0)
        self.amount = try cMessage.message(1)
        self.promisedOn = cMessage.string(2)
        self.source = cMessage.string(3)
        self.note = cMessage.string(4)
    }
}

extension V1.RecordPromiseResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.RecordPromiseResponse", fields: [
        "promise", "replaced", "reminders_cancelled"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.promise)
        cMessage.message(1, self.replaced)
        cMessage.integer(2, self.remindersCancelled)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.promise = try cMessage.message(0)
        self.replaced = try cMessage.message(1)
        self.remindersCancelled = cMessage.integer(2)
    }
}

extension V1.ReloadPoliciesRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ReloadPoliciesRequest", fields: [])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
    }
}

extension V1.ReloadPoliciesResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ReloadPoliciesResponse", fields: [
        "applied", "changed", "errors", "version", "policy_count"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.bool(0, self.applied)
        cMessage.bool(1, self.changed)
        cMessage.messages(2, self.errors)
        cMessage.string(3, self.version)
        cMessage.integer(4, self.policyCount)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.applied = cMessage.bool(0)
        self.changed = cMessage.bool(1)
        self.errors = try cMessage.messages(2)
        self.version = cMessage.string(3)
        self.policyCount = cMessage.integer(4)
    }
}

extension V1.Reminder: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Reminder", fields: [
        "id", "account_id", "channel", "status", "policy_id", "stage", "template_name", "locale", "urgency",
        "recipient_name", "recipient", "postal_address", "time_zone", "subject", "body_text", "body_html", "window_start",
        "window_end", "created_at", "attempts", "claimed_by", "lease_token", "lease_expires_at", "outcome",
        "outcome_detail", "finished_at", "cancel_reason", "rule_id", "gate_decisions"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
        cMessage.string(1, self.accountId)
        cMessage.enumeration(2, self.channel)
        cMessage.enumeration(3, self.status)
        cMessage.string(4, self.policyId)
        cMessage.string(5, self.stage)
        cMessage.string(6, self.templateName)
        cMessage.string(7, self.locale)
        cMessage.enumeration(8, self.urgency)
        cMessage.string(9, self.recipientName)
        cMessage.string(10, self.recipient)
        cMessage.message(11, self.postalAddress)
        cMessage.string(12, self.timeZone)
        cMessage.string(13, self.subject)
        cMessage.string(14, self.bodyText)
        cMessage.string(15, self.bodyHtml)
        cMessage.string(16, self.windowStart)
        cMessage.string(17, self.windowEnd)
        cMessage.string(18, self.createdAt)
        cMessage.integer(19, self.attempts)
        cMessage.string(20, self.claimedBy)
        cMessage.string(21, self.leaseToken)
        cMessage.string(22, self.leaseExpiresAt)
        cMessage.enumeration(23, self.outcome)
        cMessage.string(24, self.outcomeDetail)
        cMessage.string(25, self.finishedAt)
        cMessage.enumeration(26, self.cancelReason)
        cMessage.string(27, self.ruleId)
        cMessage.messages(28, self.gateDecisions)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
        self.accountId = cMessage.string(1)
        self.channel = try cMessage.enumeration(2)
        self.status = try cMessage.enumeration(3)
        self.policyId = cMessage.string(4)
        self.stage = cMessage.string(5)
        self.templateName = cMessage.string(6)
        self.locale = cMessage.string(7)
        self.urgency = try cMessage.enumeration(8)
        self.recipientName = cMessage.string(9)
        self.recipient = cMessage.string(10)
        self.postalAddress = try cMessage.message(11)
        self.timeZone = cMessage.string(12)
        self.subject = cMessage.string(13)
        self.bodyText = cMessage.string(14)
        self.bodyHtml = cMessage.string(15)
        self.windowStart = cMessage.string(16)
        self.windowEnd = cMessage.string(17)
        self.createdAt = cMessage.string(18)
        self.attempts = cMessage.integer(19)
        self.claimedBy = cMessage.string(20)
        self.leaseToken = cMessage.string(21)
        self.leaseExpiresAt = cMessage.string(22)
        self.outcome = try cMessage.enumeration(23)
        self.outcomeDetail = cMessage.string(24)
        self.finishedAt = cMessage.string(25)
        self.cancelReason = try cMessage.enumeration(26)
        self.ruleId = cMessage.string(27)
        self.gateDecisions = try cMessage.messages(28)
    }
}

extension V1.ReversePaymentRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ReversePaymentRequest", fields: [
        "payment_id", "idempotency_key", "reason", "note"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.paymentId)
        cMessage.string(1, self.idempotencyKey)
        cMessage.enumeration(2, self.reason)
        cMessage.string(3, self.note)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.paymentId = cMessage.string(0)
        self.idempotencyKey = cMessage.string(1)
        self.reason = try cMessage.enumeration(2)
        self.note = cMessage.string(3)
    }
}

extension V1.ReversePaymentResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ReversePaymentResponse", fields: [
        "payment", "reopened", "replayed", "balances"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.payment)
        cMessage.messages(1, self.reopened)
        cMessage.bool(2, self.replayed)
        cMessage.messages(3, self.balances)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.payment = try cMessage.message(0)
        self.reopened = try cMessage.messages(1)
        self.replayed = cMessage.bool(2)
        self.balances = try cMessage.messages(3)
    }
}

extension V1.RollRate: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.RollRate", fields: ["currency", "from_bucket", "to_bucket", "rate"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.currency)
        cMessage.enumeration(1, self.fromBucket)
        cMessage.enumeration(2, self.toBucket)
        cMessage.message(3, self.rate)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.currency = cMessage.string(0)
        self.fromBucket = try cMessage.enumeration(1)
        self.toBucket = try cMessage.enumeration(2)
        self.rate = try cMessage.message(3)
    }
}

extension V1.RuleCounts: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.RuleCounts", fields: [
        "rule_id", "channel", "deferred", "suppressed"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.ruleId)
        cMessage.enumeration(1, self.channel)
        cMessage.integer(2, self.deferred)
        cMessage.integer(3, self.suppressed)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.ruleId = cMessage.string(0)
        self.channel = try cMessage.enumeration(1)
        self.deferred = cMessage.integer(2)
        self.suppressed = cMessage.integer(3)
    }
}

extension V1.RunCycleRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.RunCycleRequest", fields: [])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
    }
}

extension V1.RunCycleResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.RunCycleResponse", fields: ["summary"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.summary)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.summary = try cMessage.message(0)
    }
}

extension V1.SetContactPreferenceRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.SetContactPreferenceRequest", fields: [
        "account", "change", "channel", "phone_number", "source", "reason", "inconvenient_times"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.account)
        cMessage.enumeration(1, self.change)
        cMessage.enumeration(2, self.channel)
        cMessage.string(3, self.phoneNumber)
        cMessage.string(4, self.source)
        cMessage.string(5, self.reason)
        cMessage.messages(6, self.inconvenientTimes)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.account = try cMessage.message(0)
        self.change = try cMessage.enumeration(1)
        self.channel = try cMessage.enumeration(2)
        self.phoneNumber = cMessage.string(3)
        self.source = cMessage.string(4)
        self.reason = cMessage.string(5)
        self.inconvenientTimes = try cMessage.messages(6)
    }
}

extension V1.SetContactPreferenceResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.SetContactPreferenceResponse", fields: [
        "account", "reminders_cancelled"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.account)
        cMessage.integer(1, self.remindersCancelled)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.account = try cMessage.message(0)
        self.remindersCancelled = cMessage.integer(1)
    }
}

extension V1.SetHoldRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.SetHoldRequest", fields: [
        "account", "kind", "obligation_external_id", "effective_on", "ends_on", "reason"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.account)
        cMessage.enumeration(1, self.kind)
        cMessage.string(2, self.obligationExternalId)
        cMessage.string(3, self.effectiveOn)
        cMessage.string(4, self.endsOn)
        cMessage.string(5, self.reason)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.account = try cMessage.message(0)
        self.kind = try cMessage.enumeration(1)
        self.obligationExternalId = cMessage.string(2)
        self.effectiveOn = cMessage.string(3)
        self.endsOn = cMessage.string(4)
        self.reason = cMessage.string(5)
    }
}

extension V1.SetHoldResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.SetHoldResponse", fields: [
        "hold", "created", "reminders_cancelled", "recalled"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.hold)
        cMessage.bool(1, self.created)
        cMessage.integer(2, self.remindersCancelled)
        cMessage.bool(3, self.recalled)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.hold = try cMessage.message(0)
        self.created = cMessage.bool(1)
        self.remindersCancelled = cMessage.integer(2)
        self.recalled = cMessage.bool(3)
    }
}

extension V1.Stage: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Stage", fields: ["name", "days_past_due", "actions"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.name)
        cMessage.integer(1, self.daysPastDue)
        cMessage.messages(2, self.actions)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.name = cMessage.string(0)
        self.daysPastDue = cMessage.integer(1)
        self.actions = try cMessage.messages(2)
    }
}

extension V1.StageAction: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.StageAction", fields: [
        "kind", "channel", "template_name", "urgency", "repeat_every_days", "max_times", "fee", "agency", "co_collect",
        "queue", "task_due_days"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.enumeration(0, self.kind)
        cMessage.enumeration(1, self.channel)
        cMessage.string(2, self.templateName)
        cMessage.enumeration(3, self.urgency)
        cMessage.integer(4, self.repeatEveryDays)
        cMessage.integer(5, self.maxTimes)
        cMessage.message(6, self.fee)
        cMessage.string(7, self.agency)
        cMessage.bool(8, self.coCollect)
        cMessage.string(9, self.queue)
        cMessage.integer(10, self.taskDueDays)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.kind = try cMessage.enumeration(0)
        self.channel = try cMessage.enumeration(1)
        self.templateName = cMessage.string(2)
        self.urgency = try cMessage.enumeration(3)
        self.repeatEveryDays = cMessage.integer(4)
        self.maxTimes = cMessage.integer(5)
        self.fee = try cMessage.message(6)
        self.agency = cMessage.string(7)
        self.coCollect = cMessage.bool(8)
        self.queue = cMessage.string(9)
        self.taskDueDays = cMessage.integer(10)
    }
}

extension V1.StageCure: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.StageCure", fields: [
        "policy_id", "stage", "accounts_entered", "accounts_cured", "cure_rate"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.policyId)
        cMessage.string(1, self.stage)
        cMessage.integer(2, self.accountsEntered)
        cMessage.integer(3, self.accountsCured)
        cMessage.message(4, self.cureRate)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.policyId = cMessage.string(0)
        self.stage = cMessage.string(1)
        self.accountsEntered = cMessage.integer(2)
        self.accountsCured = cMessage.integer(3)
        self.cureRate = try cMessage.message(4)
    }
}

extension V1.Status: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Status", fields: ["code", "message", "violations"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.enumeration(0, self.code)
        cMessage.string(1, self.message)
        cMessage.messages(2, self.violations)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.code = try cMessage.enumeration(0)
        self.message = cMessage.string(1)
        self.violations = try cMessage.messages(2)
    }
}

extension V1.SyncAccountsRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.SyncAccountsRequest", fields: ["accounts"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.accounts)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.accounts = try cMessage.messages(0)
    }
}

extension V1.SyncAccountsResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.SyncAccountsResponse", fields: [
        "results", "created_count", "updated_count", "unchanged_count", "stale_count", "rejected_count"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.results)
        cMessage.integer(1, self.createdCount)
        cMessage.integer(2, self.updatedCount)
        cMessage.integer(3, self.unchangedCount)
        cMessage.integer(4, self.staleCount)
        cMessage.integer(5, self.rejectedCount)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.results = try cMessage.messages(0)
        self.createdCount = cMessage.integer(1)
        self.updatedCount = cMessage.integer(2)
        self.unchangedCount = cMessage.integer(3)
        self.staleCount = cMessage.integer(4)
        self.rejectedCount = cMessage.integer(5)
    }
}

extension V1.SyncResult: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.SyncResult", fields: [
        "index", "source", "external_id", "outcome", "account_id", "stored_version", "violations"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.integer(0, self.index)
        cMessage.string(1, self.source)
        cMessage.string(2, self.externalId)
        cMessage.enumeration(3, self.outcome)
        cMessage.string(4, self.accountId)
        cMessage.integer(5, self.storedVersion)
        cMessage.messages(6, self.violations)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.index = cMessage.integer(0)
        self.source = cMessage.string(1)
        self.externalId = cMessage.string(2)
        self.outcome = try cMessage.enumeration(3)
        self.accountId = cMessage.string(4)
        self.storedVersion = cMessage.integer(5)
        self.violations = try cMessage.messages(6)
    }
}

extension V1.Task: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Task", fields: [
        "id", "queue", "status", "account", "stage", "reason", "due_on", "created_at", "assignee", "claimed_by", "outcome",
        "completed_by"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
        cMessage.string(1, self.queue)
        cMessage.enumeration(2, self.status)
        cMessage.message(3, self.account)
        cMessage.string(4, self.stage)
        cMessage.string(5, self.reason)
        cMessage.string(6, self.dueOn)
        cMessage.string(7, self.createdAt)
        cMessage.string(8, self.assignee)
        cMessage.message(9, self.claimedBy)
        cMessage.enumeration(10, self.outcome)
        cMessage.message(11, self.completedBy)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
        self.queue = cMessage.string(1)
        self.status = try cMessage.enumeration(2)
        self.account = try cMessage.message(3)
        self.stage = cMessage.string(4)
        self.reason = cMessage.string(5)
        self.dueOn = cMessage.string(6)
        self.createdAt = cMessage.string(7)
        self.assignee = cMessage.string(8)
        self.claimedBy = try cMessage.message(9)
        self.outcome = try cMessage.enumeration(10)
        self.completedBy = try cMessage.message(11)
    }
}
