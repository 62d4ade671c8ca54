import ACSCore
import ACSWire
import Testing

// Generated from proto/acs/v1/{reminders,policies,collections,reports}.proto
// by scripts/gen-mirrors.py: do not edit; run 'make mirrors'.
// Round-trips every generated mirror with every field set (strings, nonzero numbers, true,
// the enum case numbered 1, one-element arrays, nested samples) through libprotobuf-c, and
// checks that a mirror with every field at its default is the empty encoding. Types are
// written `V1.X` because ProtoMessageTests.swift declares private mirrors with the same names.

// MARK: - Samples: reminders.proto

private extension V1.GateDecision {
    static let sample = V1.GateDecision(
        at: "GateDecision.at",
        checkpoint: .schedule,
        verdict: .allow,
        ruleId: "GateDecision.rule_id",
        deferredUntil: "GateDecision.deferred_until",
        detail: "GateDecision.detail")
}

private extension V1.Reminder {
    static let sample = V1.Reminder(
        id: "Reminder.id",
        accountId: "Reminder.account_id",
        channel: .email,
        status: .scheduled,
        policyId: "Reminder.policy_id",
        stage: "Reminder.stage",
        templateName: "Reminder.template_name",
        locale: "Reminder.locale",
        urgency: .low,
        recipientName: "Reminder.recipient_name",
        recipient: "Reminder.recipient",
        postalAddress: V1.PostalAddress(locality: "x"),
        timeZone: "Reminder.time_zone",
        subject: "Reminder.subject",
        bodyText: "Reminder.body_text",
        bodyHtml: "Reminder.body_html",
        windowStart: "Reminder.window_start",
        windowEnd: "Reminder.window_end",
        createdAt: "Reminder.created_at",
        attempts: 4_000_000_020,
        claimedBy: "Reminder.claimed_by",
        leaseToken: "Reminder.lease_token",
        leaseExpiresAt: "Reminder.lease_expires_at",
        outcome: .delivered,
        outcomeDetail: "Reminder.outcome_detail",
        finishedAt: "Reminder.finished_at",
        cancelReason: .payment,
        ruleId: "Reminder.rule_id",
        gateDecisions: [.sample])
}

private extension V1.ListDueRemindersRequest {
    static let sample = V1.ListDueRemindersRequest(
        channel: .email,
        account: V1.AccountRef(id: "1"),
        statuses: [.scheduled],
        windowStartBefore: "ListDueRemindersRequest.window_start_before",
        windowStartFrom: "ListDueRemindersRequest.window_start_from",
        pageSize: 4_000_000_029,
        pageToken: "ListDueRemindersRequest.page_token")
}

private extension V1.ListDueRemindersResponse {
    static let sample = V1.ListDueRemindersResponse(
        reminders: [.sample],
        nextPageToken: "ListDueRemindersResponse.next_page_token")
}

private extension V1.GetReminderRequest {
    static let sample = V1.GetReminderRequest(id: "GetReminderRequest.id")
}

private extension V1.GetReminderResponse {
    static let sample = V1.GetReminderResponse(reminder: .sample)
}

private extension V1.ClaimRemindersRequest {
    static let sample = V1.ClaimRemindersRequest(
        channel: .email,
        maxCount: 4_000_000_033,
        leaseSeconds: 4_000_000_034,
        claimer: "ClaimRemindersRequest.claimer")
}

private extension V1.ClaimRemindersResponse {
    static let sample = V1.ClaimRemindersResponse(reminders: [.sample])
}

private extension V1.CompleteReminderRequest {
    static let sample = V1.CompleteReminderRequest(
        id: "CompleteReminderRequest.id",
        leaseToken: "CompleteReminderRequest.lease_token",
        outcome: .delivered,
        detail: "CompleteReminderRequest.detail",
        occurredAt: "CompleteReminderRequest.occurred_at")
}

private extension V1.CompleteReminderResponse {
    static let sample = V1.CompleteReminderResponse(reminder: .sample, remindersCancelled: 4_000_000_040)
}

// MARK: - Samples: policies.proto

private extension V1.Fee {
    static let sample = V1.Fee(
        fixedAmounts: [V1.Money(amountMinor: 1, currency: "USD")],
        percentBp: 4_000_000_041,
        caps: [V1.Money(amountMinor: 1, currency: "USD")])
}

private extension V1.StageAction {
    static let sample = V1.StageAction(
        kind: .remind,
        channel: .email,
        templateName: "StageAction.template_name",
        urgency: .low,
        repeatEveryDays: 4_000_000_043,
        maxTimes: 4_000_000_044,
        fee: .sample,
        agency: "StageAction.agency",
        coCollect: true,
        queue: "StageAction.queue",
        taskDueDays: 4_000_000_048)
}

private extension V1.Stage {
    static let sample = V1.Stage(name: "Stage.name", daysPastDue: -2_000_000_050, actions: [.sample])
}

private extension V1.FrequencyCap {
    static let sample = V1.FrequencyCap(channel: .email, maxCount: 4_000_000_051, periodDays: 4_000_000_052)
}

private extension V1.Policy {
    static let sample = V1.Policy(
        id: "Policy.id",
        title: "Policy.title",
        file: "Policy.file",
        version: "Policy.version",
        segments: ["Policy.segments"],
        isDefault: true,
        profile: .us,
        stages: [.sample],
        frequencyCaps: [.sample],
        interestRateBp: 4_000_000_059,
        feesFirst: true,
        promiseGraceDays: 4_000_000_061,
        planGraceDays: 4_000_000_062)
}

private extension V1.PolicyError {
    static let sample = V1.PolicyError(
        file: "PolicyError.file",
        line: 4_000_000_064,
        column: 4_000_000_065,
        path: "PolicyError.path",
        message: "PolicyError.message")
}

private extension V1.ListPoliciesRequest {
    static let sample = V1.ListPoliciesRequest()
}

private extension V1.ListPoliciesResponse {
    static let sample = V1.ListPoliciesResponse(
        policies: [.sample],
        version: "ListPoliciesResponse.version",
        loadedAt: "ListPoliciesResponse.loaded_at")
}

private extension V1.GetPolicyRequest {
    static let sample = V1.GetPolicyRequest(id: "GetPolicyRequest.id")
}

private extension V1.GetPolicyResponse {
    static let sample = V1.GetPolicyResponse(policy: .sample, text: "GetPolicyResponse.text")
}

private extension V1.ReloadPoliciesRequest {
    static let sample = V1.ReloadPoliciesRequest()
}

private extension V1.ReloadPoliciesResponse {
    static let sample = V1.ReloadPoliciesResponse(
        applied: true,
        changed: true,
        errors: [.sample],
        version: "ReloadPoliciesResponse.version",
        policyCount: 4_000_000_075)
}

private extension V1.CheckPolicyRequest {
    static let sample = V1.CheckPolicyRequest(text: "CheckPolicyRequest.text", file: "CheckPolicyRequest.file")
}

private extension V1.CheckPolicyResponse {
    static let sample = V1.CheckPolicyResponse(valid: true, errors: [.sample], policy: .sample)
}

// MARK: - Samples: collections.proto

private extension V1.CycleSummary {
    static let sample = V1.CycleSummary(
        id: "CycleSummary.id",
        asOf: "CycleSummary.as_of",
        durationMs: 18_000_000_000_000_000_081,
        accountsEvaluated: 18_000_000_000_000_000_082,
        remindersScheduled: 18_000_000_000_000_000_083,
        remindersDeferred: 18_000_000_000_000_000_084,
        remindersSuppressed: 18_000_000_000_000_000_085,
        remindersCancelled: 18_000_000_000_000_000_086,
        feesCharged: 18_000_000_000_000_000_087,
        interestAccruals: 18_000_000_000_000_000_088,
        tasksCreated: 18_000_000_000_000_000_089,
        accountsPlaced: 18_000_000_000_000_000_090,
        accountsRecalled: 18_000_000_000_000_000_091,
        promisesKept: 18_000_000_000_000_000_092,
        promisesBroken: 18_000_000_000_000_000_093,
        plansCompleted: 18_000_000_000_000_000_094,
        plansBroken: 18_000_000_000_000_000_095,
        accountsCured: 18_000_000_000_000_000_096)
}

private extension V1.Task {
    static let sample = V1.Task(
        id: "Task.id",
        queue: "Task.queue",
        status: .`open`,
        account: V1.Account(id: "1"),
        stage: "Task.stage",
        reason: "Task.reason",
        dueOn: "Task.due_on",
        createdAt: "Task.created_at",
        assignee: "Task.assignee",
        claimedBy: V1.ChangeRecord(at: "2026-01-01T00:00:00Z", reason: "r"),
        outcome: .contacted,
        completedBy: V1.ChangeRecord(at: "2026-01-01T00:00:00Z", reason: "r"))
}

private extension V1.Placement {
    static let sample = V1.Placement(
        id: "Placement.id",
        accountId: "Placement.account_id",
        agency: "Placement.agency",
        status: .active,
        automatic: true,
        stage: "Placement.stage",
        coCollect: true,
        placedBy: V1.ChangeRecord(at: "2026-01-01T00:00:00Z", reason: "r"),
        placedBalances: [V1.Balance(currency: "USD")],
        collected: [V1.Money(amountMinor: 1, currency: "USD")],
        exportId: "Placement.export_id",
        exportedAt: "Placement.exported_at",
        recallReason: .manual,
        recalledBy: V1.ChangeRecord(at: "2026-01-01T00:00:00Z", reason: "r"))
}

private extension V1.ContactAttempt {
    static let sample = V1.ContactAttempt(
        at: "ContactAttempt.at",
        channel: .email,
        outcome: .delivered,
        reminderId: "ContactAttempt.reminder_id")
}

private extension V1.PlacementRecord {
    static let sample = V1.PlacementRecord(placement: .sample, account: V1.Account(id: "1"), lastContacts: [.sample])
}

private extension V1.Promise {
    static let sample = V1.Promise(
        id: "Promise.id",
        accountId: "Promise.account_id",
        amount: V1.Money(amountMinor: 1, currency: "USD"),
        promisedOn: "Promise.promised_on",
        graceDays: 4_000_000_117,
        status: .pending,
        paid: V1.Money(amountMinor: 1, currency: "USD"),
        source: "Promise.source",
        recordedBy: V1.ChangeRecord(at: "2026-01-01T00:00:00Z", reason: "r"),
        resolvedAt: "Promise.resolved_at")
}

private extension V1.Instalment {
    static let sample = V1.Instalment(
        number: 4_000_000_120,
        amount: V1.Money(amountMinor: 1, currency: "USD"),
        dueOn: "Instalment.due_on",
        paid: V1.Money(amountMinor: 1, currency: "USD"),
        status: .pending)
}

private extension V1.PlannedInstalment {
    static let sample = V1.PlannedInstalment(
        amount: V1.Money(amountMinor: 1, currency: "USD"),
        dueOn: "PlannedInstalment.due_on")
}

private extension V1.PaymentPlan {
    static let sample = V1.PaymentPlan(
        id: "PaymentPlan.id",
        accountId: "PaymentPlan.account_id",
        total: V1.Money(amountMinor: 1, currency: "USD"),
        instalments: [.sample],
        status: .active,
        graceDays: 4_000_000_125,
        createdBy: V1.ChangeRecord(at: "2026-01-01T00:00:00Z", reason: "r"),
        endedAt: "PaymentPlan.ended_at",
        cancelledBy: V1.ChangeRecord(at: "2026-01-01T00:00:00Z", reason: "r"))
}

private extension V1.RunCycleRequest {
    static let sample = V1.RunCycleRequest()
}

private extension V1.RunCycleResponse {
    static let sample = V1.RunCycleResponse(summary: .sample)
}

private extension V1.ListTasksRequest {
    static let sample = V1.ListTasksRequest(
        queue: "ListTasksRequest.queue",
        statuses: [.`open`],
        account: V1.AccountRef(id: "1"),
        assignee: "ListTasksRequest.assignee",
        dueBy: "ListTasksRequest.due_by",
        pageSize: 4_000_000_130,
        pageToken: "ListTasksRequest.page_token")
}

private extension V1.ListTasksResponse {
    static let sample = V1.ListTasksResponse(tasks: [.sample], nextPageToken: "ListTasksResponse.next_page_token")
}

private extension V1.ClaimTaskRequest {
    static let sample = V1.ClaimTaskRequest(
        taskId: "ClaimTaskRequest.task_id",
        queue: "ClaimTaskRequest.queue",
        assignee: "ClaimTaskRequest.assignee")
}

private extension V1.ClaimTaskResponse {
    static let sample = V1.ClaimTaskResponse(task: .sample)
}

private extension V1.CompleteTaskRequest {
    static let sample = V1.CompleteTaskRequest(
        taskId: "CompleteTaskRequest.task_id",
        outcome: .contacted,
        note: "CompleteTaskRequest.note")
}

private extension V1.CompleteTaskResponse {
    static let sample = V1.CompleteTaskResponse(task: .sample)
}

private extension V1.PlaceAccountRequest {
    static let sample = V1.PlaceAccountRequest(
        account: V1.AccountRef(id: "1"),
        agency: "PlaceAccountRequest.agency",
        reason: "PlaceAccountRequest.reason",
        coCollect: true)
}

private extension V1.PlaceAccountResponse {
    static let sample = V1.PlaceAccountResponse(placement: .sample, remindersCancelled: 4_000_000_141)
}

private extension V1.RecallAccountRequest {
    static let sample = V1.RecallAccountRequest(account: V1.AccountRef(id: "1"), reason: "RecallAccountRequest.reason")
}

private extension V1.RecallAccountResponse {
    static let sample = V1.RecallAccountResponse(placement: .sample)
}

private extension V1.ListPlacementsRequest {
    static let sample = V1.ListPlacementsRequest(
        agency: "ListPlacementsRequest.agency",
        account: V1.AccountRef(id: "1"),
        status: .active,
        unexportedOnly: true,
        pageSize: 4_000_000_145,
        pageToken: "ListPlacementsRequest.page_token")
}

private extension V1.ListPlacementsResponse {
    static let sample = V1.ListPlacementsResponse(
        placements: [.sample],
        nextPageToken: "ListPlacementsResponse.next_page_token")
}

private extension V1.ExportPlacementsRequest {
    static let sample = V1.ExportPlacementsRequest(
        agency: "ExportPlacementsRequest.agency",
        exportId: "ExportPlacementsRequest.export_id",
        dryRun: true)
}

private extension V1.ExportPlacementsResponse {
    static let sample = V1.ExportPlacementsResponse(
        records: [.sample],
        done: true,
        exportId: "ExportPlacementsResponse.export_id",
        recordCount: 4_000_000_153)
}

private extension V1.RecordPromiseRequest {
    static let sample = V1.RecordPromiseRequest(
        account: V1.AccountRef(id: "1"),
        amount: V1.Money(amountMinor: 1, currency: "USD"),
        promisedOn: "RecordPromiseRequest.promised_on",
        source: "RecordPromiseRequest.source",
        note: "RecordPromiseRequest.note")
}

private extension V1.RecordPromiseResponse {
    static let sample = V1.RecordPromiseResponse(promise: .sample, replaced: .sample, remindersCancelled: 4_000_000_157)
}

private extension V1.ListPromisesRequest {
    static let sample = V1.ListPromisesRequest(
        account: V1.AccountRef(id: "1"),
        status: .pending,
        pageSize: 4_000_000_158,
        pageToken: "ListPromisesRequest.page_token")
}

private extension V1.ListPromisesResponse {
    static let sample = V1.ListPromisesResponse(
        promises: [.sample],
        nextPageToken: "ListPromisesResponse.next_page_token",
        stats: V1.PromiseStats(pending: 1))
}

private extension V1.CreatePaymentPlanRequest {
    static let sample = V1.CreatePaymentPlanRequest(
        account: V1.AccountRef(id: "1"),
        instalments: [.sample],
        note: "CreatePaymentPlanRequest.note")
}

private extension V1.CreatePaymentPlanResponse {
    static let sample = V1.CreatePaymentPlanResponse(plan: .sample, remindersCancelled: 4_000_000_162)
}

private extension V1.GetPaymentPlanRequest {
    static let sample = V1.GetPaymentPlanRequest(
        planId: "GetPaymentPlanRequest.plan_id",
        account: V1.AccountRef(id: "1"))
}

private extension V1.GetPaymentPlanResponse {
    static let sample = V1.GetPaymentPlanResponse(plan: .sample)
}

private extension V1.CancelPaymentPlanRequest {
    static let sample = V1.CancelPaymentPlanRequest(
        planId: "CancelPaymentPlanRequest.plan_id",
        reason: "CancelPaymentPlanRequest.reason")
}

private extension V1.CancelPaymentPlanResponse {
    static let sample = V1.CancelPaymentPlanResponse(plan: .sample)
}

// MARK: - Samples: reports.proto

private extension V1.AgingBucketAmount {
    static let sample = V1.AgingBucketAmount(
        bucket: .current,
        amount: V1.Money(amountMinor: 1, currency: "USD"),
        obligationCount: 18_000_000_000_000_000_166,
        accountCount: 18_000_000_000_000_000_167)
}

private extension V1.AgingRow {
    static let sample = V1.AgingRow(
        currency: "AgingRow.currency",
        segment: "AgingRow.segment",
        stage: "AgingRow.stage",
        buckets: [.sample],
        total: V1.Money(amountMinor: 1, currency: "USD"))
}

private extension V1.ChannelReminderCounts {
    static let sample = V1.ChannelReminderCounts(
        channel: .email,
        sent: 18_000_000_000_000_000_171,
        deferred: 18_000_000_000_000_000_172,
        suppressed: 18_000_000_000_000_000_173,
        failed: 18_000_000_000_000_000_174,
        cancelled: 18_000_000_000_000_000_175)
}

private extension V1.RuleCounts {
    static let sample = V1.RuleCounts(
        ruleId: "RuleCounts.rule_id",
        channel: .email,
        deferred: 18_000_000_000_000_000_177,
        suppressed: 18_000_000_000_000_000_178)
}

private extension V1.StageCure {
    static let sample = V1.StageCure(
        policyId: "StageCure.policy_id",
        stage: "StageCure.stage",
        accountsEntered: 18_000_000_000_000_000_181,
        accountsCured: 18_000_000_000_000_000_182,
        cureRate: V1.Ratio(numerator: 1, denominator: 3))
}

private extension V1.RollRate {
    static let sample = V1.RollRate(
        currency: "RollRate.currency",
        fromBucket: .current,
        toBucket: .current,
        rate: V1.Ratio(numerator: 1, denominator: 3))
}

private extension V1.CurrencyKpis {
    static let sample = V1.CurrencyKpis(
        currency: "CurrencyKpis.currency",
        collected: V1.Money(amountMinor: 1, currency: "USD"),
        collectedByAgencies: V1.Money(amountMinor: 1, currency: "USD"),
        feesCharged: V1.Money(amountMinor: 1, currency: "USD"),
        recoveryRate: V1.Ratio(numerator: 1, denominator: 3),
        dsoDays: V1.Ratio(numerator: 1, denominator: 3),
        cei: V1.Ratio(numerator: 1, denominator: 3),
        openingBalance: V1.Money(amountMinor: 1, currency: "USD"),
        closingBalance: V1.Money(amountMinor: 1, currency: "USD"))
}

private extension V1.AgingRequest {
    static let sample = V1.AgingRequest(
        asOf: "AgingRequest.as_of",
        currency: "AgingRequest.currency",
        bySegment: true,
        byStage: true,
        segment: "AgingRequest.segment")
}

private extension V1.AgingResponse {
    static let sample = V1.AgingResponse(asOf: "AgingResponse.as_of", rows: [.sample])
}

private extension V1.KpisRequest {
    static let sample = V1.KpisRequest(
        periodStart: "KpisRequest.period_start",
        periodEnd: "KpisRequest.period_end",
        currency: "KpisRequest.currency",
        segment: "KpisRequest.segment")
}

private extension V1.KpisResponse {
    static let sample = V1.KpisResponse(
        periodStart: "KpisResponse.period_start",
        periodEnd: "KpisResponse.period_end",
        currencies: [.sample],
        stageCures: [.sample],
        promises: V1.PromiseStats(pending: 1),
        reminders: [.sample],
        rules: [.sample],
        rollRates: [.sample])
}

@Suite("Generated mirrors of reminders.proto round-trip")
struct RemindersMirrorRoundTripTests {
    @Test("V1.GateDecision round-trips with every field set; its default is the empty encoding")
    func gateDecision() throws {
        let sample = V1.GateDecision.sample
        #expect(try V1.GateDecision(wire: sample.wireBytes()) == sample)
        #expect(V1.GateDecision().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.Reminder round-trips with every field set; its default is the empty encoding")
    func reminder() throws {
        let sample = V1.Reminder.sample
        #expect(try V1.Reminder(wire: sample.wireBytes()) == sample)
        #expect(V1.Reminder().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.ListDueRemindersRequest round-trips with every field set; its default is the empty encoding")
    func listDueRemindersRequest() throws {
        let sample = V1.ListDueRemindersRequest.sample
        #expect(try V1.ListDueRemindersRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.ListDueRemindersRequest().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.ListDueRemindersResponse round-trips with every field set; its default is the empty encoding")
    func listDueRemindersResponse() throws {
        let sample = V1.ListDueRemindersResponse.sample
        #expect(try V1.ListDueRemindersResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.ListDueRemindersResponse().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.GetReminderRequest round-trips with every field set; its default is the empty encoding")
    func getReminderRequest() throws {
        let sample = V1.GetReminderRequest.sample
        #expect(try V1.GetReminderRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.GetReminderRequest().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.GetReminderResponse round-trips with every field set; its default is the empty encoding")
    func getReminderResponse() throws {
        let sample = V1.GetReminderResponse.sample
        #expect(try V1.GetReminderResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.GetReminderResponse().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.ClaimRemindersRequest round-trips with every field set; its default is the empty encoding")
    func claimRemindersRequest() throws {
        let sample = V1.ClaimRemindersRequest.sample
        #expect(try V1.ClaimRemindersRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.ClaimRemindersRequest().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.ClaimRemindersResponse round-trips with every field set; its default is the empty encoding")
    func claimRemindersResponse() throws {
        let sample = V1.ClaimRemindersResponse.sample
        #expect(try V1.ClaimRemindersResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.ClaimRemindersResponse().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.CompleteReminderRequest round-trips with every field set; its default is the empty encoding")
    func completeReminderRequest() throws {
        let sample = V1.CompleteReminderRequest.sample
        #expect(try V1.CompleteReminderRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.CompleteReminderRequest().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.CompleteReminderResponse round-trips with every field set; its default is the empty encoding")
    func completeReminderResponse() throws {
        let sample = V1.CompleteReminderResponse.sample
        #expect(try V1.CompleteReminderResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.CompleteReminderResponse().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("Methods.Reminders names every acs.v1.Reminders rpc")
    func remindersMethods() {
        let paths = [
            Methods.Reminders.listDueReminders.path,
            Methods.Reminders.getReminder.path,
            Methods.Reminders.claimReminders.path,
            Methods.Reminders.completeReminder.path,
        ]
        #expect(paths[0] == "/acs.v1.Reminders/ListDueReminders")
        #expect(paths[1] == "/acs.v1.Reminders/GetReminder")
        #expect(paths[2] == "/acs.v1.Reminders/ClaimReminders")
        #expect(paths[3] == "/acs.v1.Reminders/CompleteReminder")
        #expect(Set(paths) == ServiceCatalog.methodPaths.filter { $0.hasPrefix("/acs.v1.Reminders/") })
    }
}

@Suite("Generated mirrors of policies.proto round-trip")
struct PoliciesMirrorRoundTripTests {
    @Test("V1.Fee round-trips with every field set; its default is the empty encoding")
    func fee() throws {
        let sample = V1.Fee.sample
        #expect(try V1.Fee(wire: sample.wireBytes()) == sample)
        #expect(V1.Fee().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.StageAction round-trips with every field set; its default is the empty encoding")
    func stageAction() throws {
        let sample = V1.StageAction.sample
        #expect(try V1.StageAction(wire: sample.wireBytes()) == sample)
        #expect(V1.StageAction().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.Stage round-trips with every field set; its default is the empty encoding")
    func stage() throws {
        let sample = V1.Stage.sample
        #expect(try V1.Stage(wire: sample.wireBytes()) == sample)
        #expect(V1.Stage().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.FrequencyCap round-trips with every field set; its default is the empty encoding")
    func frequencyCap() throws {
        let sample = V1.FrequencyCap.sample
        #expect(try V1.FrequencyCap(wire: sample.wireBytes()) == sample)
        #expect(V1.FrequencyCap().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.Policy round-trips with every field set; its default is the empty encoding")
    func policy() throws {
        let sample = V1.Policy.sample
        #expect(try V1.Policy(wire: sample.wireBytes()) == sample)
        #expect(V1.Policy().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.PolicyError round-trips with every field set; its default is the empty encoding")
    func policyError() throws {
        let sample = V1.PolicyError.sample
        #expect(try V1.PolicyError(wire: sample.wireBytes()) == sample)
        #expect(V1.PolicyError().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.ListPoliciesRequest round-trips (it has no fields); its default is the empty encoding")
    func listPoliciesRequest() throws {
        let sample = V1.ListPoliciesRequest.sample
        #expect(try V1.ListPoliciesRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.ListPoliciesRequest().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.ListPoliciesResponse round-trips with every field set; its default is the empty encoding")
    func listPoliciesResponse() throws {
        let sample = V1.ListPoliciesResponse.sample
        #expect(try V1.ListPoliciesResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.ListPoliciesResponse().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.GetPolicyRequest round-trips with every field set; its default is the empty encoding")
    func getPolicyRequest() throws {
        let sample = V1.GetPolicyRequest.sample
        #expect(try V1.GetPolicyRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.GetPolicyRequest().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.GetPolicyResponse round-trips with every field set; its default is the empty encoding")
    func getPolicyResponse() throws {
        let sample = V1.GetPolicyResponse.sample
        #expect(try V1.GetPolicyResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.GetPolicyResponse().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.ReloadPoliciesRequest round-trips (it has no fields); its default is the empty encoding")
    func reloadPoliciesRequest() throws {
        let sample = V1.ReloadPoliciesRequest.sample
        #expect(try V1.ReloadPoliciesRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.ReloadPoliciesRequest().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.ReloadPoliciesResponse round-trips with every field set; its default is the empty encoding")
    func reloadPoliciesResponse() throws {
        let sample = V1.ReloadPoliciesResponse.sample
        #expect(try V1.ReloadPoliciesResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.ReloadPoliciesResponse().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.CheckPolicyRequest round-trips with every field set; its default is the empty encoding")
    func checkPolicyRequest() throws {
        let sample = V1.CheckPolicyRequest.sample
        #expect(try V1.CheckPolicyRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.CheckPolicyRequest().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.CheckPolicyResponse round-trips with every field set; its default is the empty encoding")
    func checkPolicyResponse() throws {
        let sample = V1.CheckPolicyResponse.sample
        #expect(try V1.CheckPolicyResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.CheckPolicyResponse().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("Methods.Policies names every acs.v1.Policies rpc")
    func policiesMethods() {
        let paths = [
            Methods.Policies.listPolicies.path,
            Methods.Policies.getPolicy.path,
            Methods.Policies.reloadPolicies.path,
            Methods.Policies.checkPolicy.path,
        ]
        #expect(paths[0] == "/acs.v1.Policies/ListPolicies")
        #expect(paths[1] == "/acs.v1.Policies/GetPolicy")
        #expect(paths[2] == "/acs.v1.Policies/ReloadPolicies")
        #expect(paths[3] == "/acs.v1.Policies/CheckPolicy")
        #expect(Set(paths) == ServiceCatalog.methodPaths.filter { $0.hasPrefix("/acs.v1.Policies/") })
    }
}

@Suite("Generated mirrors of collections.proto round-trip")
struct CollectionsMirrorRoundTripTests {
    @Test("V1.CycleSummary round-trips with every field set; its default is the empty encoding")
    func cycleSummary() throws {
        let sample = V1.CycleSummary.sample
        #expect(try V1.CycleSummary(wire: sample.wireBytes()) == sample)
        #expect(V1.CycleSummary().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.Task round-trips with every field set; its default is the empty encoding")
    func task() throws {
        let sample = V1.Task.sample
        #expect(try V1.Task(wire: sample.wireBytes()) == sample)
        #expect(V1.Task().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.Placement round-trips with every field set; its default is the empty encoding")
    func placement() throws {
        let sample = V1.Placement.sample
        #expect(try V1.Placement(wire: sample.wireBytes()) == sample)
        #expect(V1.Placement().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.ContactAttempt round-trips with every field set; its default is the empty encoding")
    func contactAttempt() throws {
        let sample = V1.ContactAttempt.sample
        #expect(try V1.ContactAttempt(wire: sample.wireBytes()) == sample)
        #expect(V1.ContactAttempt().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.PlacementRecord round-trips with every field set; its default is the empty encoding")
    func placementRecord() throws {
        let sample = V1.PlacementRecord.sample
        #expect(try V1.PlacementRecord(wire: sample.wireBytes()) == sample)
        #expect(V1.PlacementRecord().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.Promise round-trips with every field set; its default is the empty encoding")
    func promise() throws {
        let sample = V1.Promise.sample
        #expect(try V1.Promise(wire: sample.wireBytes()) == sample)
        #expect(V1.Promise().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.Instalment round-trips with every field set; its default is the empty encoding")
    func instalment() throws {
        let sample = V1.Instalment.sample
        #expect(try V1.Instalment(wire: sample.wireBytes()) == sample)
        #expect(V1.Instalment().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.PlannedInstalment round-trips with every field set; its default is the empty encoding")
    func plannedInstalment() throws {
        let sample = V1.PlannedInstalment.sample
        #expect(try V1.PlannedInstalment(wire: sample.wireBytes()) == sample)
        #expect(V1.PlannedInstalment().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.PaymentPlan round-trips with every field set; its default is the empty encoding")
    func paymentPlan() throws {
        let sample = V1.PaymentPlan.sample
        #expect(try V1.PaymentPlan(wire: sample.wireBytes()) == sample)
        #expect(V1.PaymentPlan().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.RunCycleRequest round-trips (it has no fields); its default is the empty encoding")
    func runCycleRequest() throws {
        let sample = V1.RunCycleRequest.sample
        #expect(try V1.RunCycleRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.RunCycleRequest().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.RunCycleResponse round-trips with every field set; its default is the empty encoding")
    func runCycleResponse() throws {
        let sample = V1.RunCycleResponse.sample
        #expect(try V1.RunCycleResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.RunCycleResponse().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.ListTasksRequest round-trips with every field set; its default is the empty encoding")
    func listTasksRequest() throws {
        let sample = V1.ListTasksRequest.sample
        #expect(try V1.ListTasksRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.ListTasksRequest().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.ListTasksResponse round-trips with every field set; its default is the empty encoding")
    func listTasksResponse() throws {
        let sample = V1.ListTasksResponse.sample
        #expect(try V1.ListTasksResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.ListTasksResponse().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.ClaimTaskRequest round-trips with every field set; its default is the empty encoding")
    func claimTaskRequest() throws {
        let sample = V1.ClaimTaskRequest.sample
        #expect(try V1.ClaimTaskRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.ClaimTaskRequest().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.ClaimTaskResponse round-trips with every field set; its default is the empty encoding")
    func claimTaskResponse() throws {
        let sample = V1.ClaimTaskResponse.sample
        #expect(try V1.ClaimTaskResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.ClaimTaskResponse().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.CompleteTaskRequest round-trips with every field set; its default is the empty encoding")
    func completeTaskRequest() throws {
        let sample = V1.CompleteTaskRequest.sample
        #expect(try V1.CompleteTaskRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.CompleteTaskRequest().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.CompleteTaskResponse round-trips with every field set; its default is the empty encoding")
    func completeTaskResponse() throws {
        let sample = V1.CompleteTaskResponse.sample
        #expect(try V1.CompleteTaskResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.CompleteTaskResponse().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.PlaceAccountRequest round-trips with every field set; its default is the empty encoding")
    func placeAccountRequest() throws {
        let sample = V1.PlaceAccountRequest.sample
        #expect(try V1.PlaceAccountRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.PlaceAccountRequest().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.PlaceAccountResponse round-trips with every field set; its default is the empty encoding")
    func placeAccountResponse() throws {
        let sample = V1.PlaceAccountResponse.sample
        #expect(try V1.PlaceAccountResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.PlaceAccountResponse().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.RecallAccountRequest round-trips with every field set; its default is the empty encoding")
    func recallAccountRequest() throws {
        let sample = V1.RecallAccountRequest.sample
        #expect(try V1.RecallAccountRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.RecallAccountRequest().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.RecallAccountResponse round-trips with every field set; its default is the empty encoding")
    func recallAccountResponse() throws {
        let sample = V1.RecallAccountResponse.sample
        #expect(try V1.RecallAccountResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.RecallAccountResponse().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.ListPlacementsRequest round-trips with every field set; its default is the empty encoding")
    func listPlacementsRequest() throws {
        let sample = V1.ListPlacementsRequest.sample
        #expect(try V1.ListPlacementsRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.ListPlacementsRequest().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.ListPlacementsResponse round-trips with every field set; its default is the empty encoding")
    func listPlacementsResponse() throws {
        let sample = V1.ListPlacementsResponse.sample
        #expect(try V1.ListPlacementsResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.ListPlacementsResponse().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.ExportPlacementsRequest round-trips with every field set; its default is the empty encoding")
    func exportPlacementsRequest() throws {
        let sample = V1.ExportPlacementsRequest.sample
        #expect(try V1.ExportPlacementsRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.ExportPlacementsRequest().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.ExportPlacementsResponse round-trips with every field set; its default is the empty encoding")
    func exportPlacementsResponse() throws {
        let sample = V1.ExportPlacementsResponse.sample
        #expect(try V1.ExportPlacementsResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.ExportPlacementsResponse().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.RecordPromiseRequest round-trips with every field set; its default is the empty encoding")
    func recordPromiseRequest() throws {
        let sample = V1.RecordPromiseRequest.sample
        #expect(try V1.RecordPromiseRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.RecordPromiseRequest().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.RecordPromiseResponse round-trips with every field set; its default is the empty encoding")
    func recordPromiseResponse() throws {
        let sample = V1.RecordPromiseResponse.sample
        #expect(try V1.RecordPromiseResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.RecordPromiseResponse().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.ListPromisesRequest round-trips with every field set; its default is the empty encoding")
    func listPromisesRequest() throws {
        let sample = V1.ListPromisesRequest.sample
        #expect(try V1.ListPromisesRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.ListPromisesRequest().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.ListPromisesResponse round-trips with every field set; its default is the empty encoding")
    func listPromisesResponse() throws {
        let sample = V1.ListPromisesResponse.sample
        #expect(try V1.ListPromisesResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.ListPromisesResponse().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.CreatePaymentPlanRequest round-trips with every field set; its default is the empty encoding")
    func createPaymentPlanRequest() throws {
        let sample = V1.CreatePaymentPlanRequest.sample
        #expect(try V1.CreatePaymentPlanRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.CreatePaymentPlanRequest().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.CreatePaymentPlanResponse round-trips with every field set; its default is the empty encoding")
    func createPaymentPlanResponse() throws {
        let sample = V1.CreatePaymentPlanResponse.sample
        #expect(try V1.CreatePaymentPlanResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.CreatePaymentPlanResponse().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.GetPaymentPlanRequest round-trips with every field set; its default is the empty encoding")
    func getPaymentPlanRequest() throws {
        let sample = V1.GetPaymentPlanRequest.sample
        #expect(try V1.GetPaymentPlanRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.GetPaymentPlanRequest().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.GetPaymentPlanResponse round-trips with every field set; its default is the empty encoding")
    func getPaymentPlanResponse() throws {
        let sample = V1.GetPaymentPlanResponse.sample
        #expect(try V1.GetPaymentPlanResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.GetPaymentPlanResponse().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.CancelPaymentPlanRequest round-trips with every field set; its default is the empty encoding")
    func cancelPaymentPlanRequest() throws {
        let sample = V1.CancelPaymentPlanRequest.sample
        #expect(try V1.CancelPaymentPlanRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.CancelPaymentPlanRequest().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.CancelPaymentPlanResponse round-trips with every field set; its default is the empty encoding")
    func cancelPaymentPlanResponse() throws {
        let sample = V1.CancelPaymentPlanResponse.sample
        #expect(try V1.CancelPaymentPlanResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.CancelPaymentPlanResponse().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("Methods.Collections names every acs.v1.Collections rpc")
    func collectionsMethods() {
        let paths = [
            Methods.Collections.runCycle.path,
            Methods.Collections.listTasks.path,
            Methods.Collections.claimTask.path,
            Methods.Collections.completeTask.path,
            Methods.Collections.placeAccount.path,
            Methods.Collections.recallAccount.path,
            Methods.Collections.listPlacements.path,
            Methods.Collections.exportPlacements.path,
            Methods.Collections.recordPromise.path,
            Methods.Collections.listPromises.path,
            Methods.Collections.createPaymentPlan.path,
            Methods.Collections.getPaymentPlan.path,
            Methods.Collections.cancelPaymentPlan.path,
        ]
        #expect(paths[0] == "/acs.v1.Collections/RunCycle")
        #expect(paths[1] == "/acs.v1.Collections/ListTasks")
        #expect(paths[2] == "/acs.v1.Collections/ClaimTask")
        #expect(paths[3] == "/acs.v1.Collections/CompleteTask")
        #expect(paths[4] == "/acs.v1.Collections/PlaceAccount")
        #expect(paths[5] == "/acs.v1.Collections/RecallAccount")
        #expect(paths[6] == "/acs.v1.Collections/ListPlacements")
        #expect(paths[7] == "/acs.v1.Collections/ExportPlacements")
        #expect(paths[8] == "/acs.v1.Collections/RecordPromise")
        #expect(paths[9] == "/acs.v1.Collections/ListPromises")
        #expect(paths[10] == "/acs.v1.Collections/CreatePaymentPlan")
        #expect(paths[11] == "/acs.v1.Collections/GetPaymentPlan")
        #expect(paths[12] == "/acs.v1.Collections/CancelPaymentPlan")
        #expect(Set(paths) == ServiceCatalog.methodPaths.filter { $0.hasPrefix("/acs.v1.Collections/") })
    }
}

@Suite("Generated mirrors of reports.proto round-trip")
struct ReportsMirrorRoundTripTests {
    @Test("V1.AgingBucketAmount round-trips with every field set; its default is the empty encoding")
    func agingBucketAmount() throws {
        let sample = V1.AgingBucketAmount.sample
        #expect(try V1.AgingBucketAmount(wire: sample.wireBytes()) == sample)
        #expect(V1.AgingBucketAmount().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.AgingRow round-trips with every field set; its default is the empty encoding")
    func agingRow() throws {
        let sample = V1.AgingRow.sample
        #expect(try V1.AgingRow(wire: sample.wireBytes()) == sample)
        #expect(V1.AgingRow().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.ChannelReminderCounts round-trips with every field set; its default is the empty encoding")
    func channelReminderCounts() throws {
        let sample = V1.ChannelReminderCounts.sample
        #expect(try V1.ChannelReminderCounts(wire: sample.wireBytes()) == sample)
        #expect(V1.ChannelReminderCounts().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.RuleCounts round-trips with every field set; its default is the empty encoding")
    func ruleCounts() throws {
        let sample = V1.RuleCounts.sample
        #expect(try V1.RuleCounts(wire: sample.wireBytes()) == sample)
        #expect(V1.RuleCounts().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.StageCure round-trips with every field set; its default is the empty encoding")
    func stageCure() throws {
        let sample = V1.StageCure.sample
        #expect(try V1.StageCure(wire: sample.wireBytes()) == sample)
        #expect(V1.StageCure().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.RollRate round-trips with every field set; its default is the empty encoding")
    func rollRate() throws {
        let sample = V1.RollRate.sample
        #expect(try V1.RollRate(wire: sample.wireBytes()) == sample)
        #expect(V1.RollRate().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.CurrencyKpis round-trips with every field set; its default is the empty encoding")
    func currencyKpis() throws {
        let sample = V1.CurrencyKpis.sample
        #expect(try V1.CurrencyKpis(wire: sample.wireBytes()) == sample)
        #expect(V1.CurrencyKpis().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.AgingRequest round-trips with every field set; its default is the empty encoding")
    func agingRequest() throws {
        let sample = V1.AgingRequest.sample
        #expect(try V1.AgingRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.AgingRequest().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.AgingResponse round-trips with every field set; its default is the empty encoding")
    func agingResponse() throws {
        let sample = V1.AgingResponse.sample
        #expect(try V1.AgingResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.AgingResponse().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.KpisRequest round-trips with every field set; its default is the empty encoding")
    func kpisRequest() throws {
        let sample = V1.KpisRequest.sample
        #expect(try V1.KpisRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.KpisRequest().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("V1.KpisResponse round-trips with every field set; its default is the empty encoding")
    func kpisResponse() throws {
        let sample = V1.KpisResponse.sample
        #expect(try V1.KpisResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.KpisResponse().wireBytes().isEmpty)
        try expectBridgeAgrees(sample)
    }

    @Test("Methods.Reports names every acs.v1.Reports rpc")
    func reportsMethods() {
        let paths = [
            Methods.Reports.aging.path,
            Methods.Reports.kpis.path,
        ]
        #expect(paths[0] == "/acs.v1.Reports/Aging")
        #expect(paths[1] == "/acs.v1.Reports/Kpis")
        #expect(Set(paths) == ServiceCatalog.methodPaths.filter { $0.hasPrefix("/acs.v1.Reports/") })
    }
}
