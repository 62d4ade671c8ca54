import ACSCore
import ACSWire
import Testing

// Generated from the compiled descriptors of proto/acs/v1 by scripts/proto/gen-swift.py:
// do not edit; run 'make proto'.
// Round-trips every generated mirror with every field set (strings, nonzero numbers, true,
// the enum case numbered 1, one-element arrays, nested samples) through libprotobuf-c, and
// checks that a mirror with every field at its default is the empty encoding.

// MARK: - Samples: accounts.proto

private extension V1.ObligationRecord {
    static let sample = V1.ObligationRecord(
        externalId: "ObligationRecord.external_id",
        kind: .invoice,
        amount: .sample,
        openAmount: .sample,
        issuedOn: "ObligationRecord.issued_on",
        dueOn: "ObligationRecord.due_on")
}

private extension V1.AccountRecord {
    static let sample = V1.AccountRecord(
        source: "AccountRecord.source",
        externalId: "AccountRecord.external_id",
        sourceVersion: 18_000_000_000_000_000_006,
        name: "AccountRecord.name",
        emails: ["AccountRecord.emails"],
        phones: [.sample],
        address: .sample,
        timeZone: "AccountRecord.time_zone",
        locale: "AccountRecord.locale",
        segment: "AccountRecord.segment",
        obligations: [.sample],
        representatives: [.sample])
}

private extension V1.SyncResult {
    static let sample = V1.SyncResult(
        index: 4_000_000_012,
        source: "SyncResult.source",
        externalId: "SyncResult.external_id",
        outcome: .created,
        accountId: "SyncResult.account_id",
        storedVersion: 18_000_000_000_000_000_016,
        violations: [.sample])
}

private extension V1.Obligation {
    static let sample = V1.Obligation(
        externalId: "Obligation.external_id",
        kind: .invoice,
        amount: .sample,
        openAmount: .sample,
        issuedOn: "Obligation.issued_on",
        dueOn: "Obligation.due_on",
        daysPastDue: 4_000_000_020,
        disputed: true,
        stage: "Obligation.stage")
}

private extension V1.ChannelPreference {
    static let sample = V1.ChannelPreference(
        channel: .email,
        optedOut: true,
        source: "ChannelPreference.source",
        changedBy: .sample)
}

private extension V1.Account {
    static let sample = V1.Account(
        id: "Account.id",
        source: "Account.source",
        externalId: "Account.external_id",
        sourceVersion: 18_000_000_000_000_000_028,
        name: "Account.name",
        emails: ["Account.emails"],
        phones: [.sample],
        address: .sample,
        timeZone: "Account.time_zone",
        locale: "Account.locale",
        segment: "Account.segment",
        balances: [.sample],
        oldestUnpaidDueOn: "Account.oldest_unpaid_due_on",
        daysPastDue: 4_000_000_035,
        holds: [.sample],
        channelPreferences: [.sample],
        inconvenientTimes: [.sample],
        obligations: [.sample],
        recentPayments: [.sample],
        policyId: "Account.policy_id",
        stage: "Account.stage",
        nextActionAt: "Account.next_action_at",
        placedWith: "Account.placed_with",
        paymentPlanId: "Account.payment_plan_id",
        promiseId: "Account.promise_id",
        promises: .sample,
        createdAt: "Account.created_at",
        updatedAt: "Account.updated_at",
        representatives: [.sample])
}

private extension V1.SyncAccountsRequest {
    static let sample = V1.SyncAccountsRequest(accounts: [.sample])
}

private extension V1.SyncAccountsResponse {
    static let sample = V1.SyncAccountsResponse(
        results: [.sample],
        createdCount: 4_000_000_044,
        updatedCount: 4_000_000_045,
        unchangedCount: 4_000_000_046,
        staleCount: 4_000_000_047,
        rejectedCount: 4_000_000_048)
}

private extension V1.GetAccountRequest {
    static let sample = V1.GetAccountRequest(account: .sample, recentPayments: 4_000_000_049)
}

private extension V1.GetAccountResponse {
    static let sample = V1.GetAccountResponse(account: .sample)
}

private extension V1.ListAccountsRequest {
    static let sample = V1.ListAccountsRequest(
        segment: "ListAccountsRequest.segment",
        minDaysPastDue: 4_000_000_051,
        hold: .dispute,
        stage: "ListAccountsRequest.stage",
        source: "ListAccountsRequest.source",
        placedWith: "ListAccountsRequest.placed_with",
        pageSize: 4_000_000_055,
        pageToken: "ListAccountsRequest.page_token")
}

private extension V1.ListAccountsResponse {
    static let sample = V1.ListAccountsResponse(
        accounts: [.sample],
        nextPageToken: "ListAccountsResponse.next_page_token")
}

private extension V1.SetHoldRequest {
    static let sample = V1.SetHoldRequest(
        account: .sample,
        kind: .dispute,
        obligationExternalId: "SetHoldRequest.obligation_external_id",
        effectiveOn: "SetHoldRequest.effective_on",
        endsOn: "SetHoldRequest.ends_on",
        reason: "SetHoldRequest.reason",
        mentalHealthCrisis: true)
}

private extension V1.SetHoldResponse {
    static let sample = V1.SetHoldResponse(
        hold: .sample,
        created: true,
        remindersCancelled: 4_000_000_064,
        recalled: true)
}

private extension V1.ClearHoldRequest {
    static let sample = V1.ClearHoldRequest(
        account: .sample,
        holdId: "ClearHoldRequest.hold_id",
        kind: .dispute,
        obligationExternalId: "ClearHoldRequest.obligation_external_id",
        reason: "ClearHoldRequest.reason")
}

private extension V1.ClearHoldResponse {
    static let sample = V1.ClearHoldResponse(hold: .sample)
}

private extension V1.SetContactPreferenceRequest {
    static let sample = V1.SetContactPreferenceRequest(
        account: .sample,
        change: .optOut,
        channel: .email,
        phoneNumber: "SetContactPreferenceRequest.phone_number",
        source: "SetContactPreferenceRequest.source",
        reason: "SetContactPreferenceRequest.reason",
        inconvenientTimes: [.sample])
}

private extension V1.SetContactPreferenceResponse {
    static let sample = V1.SetContactPreferenceResponse(account: .sample, remindersCancelled: 4_000_000_072)
}

private extension V1.GetPayTokenRequest {
    static let sample = V1.GetPayTokenRequest(account: .sample)
}

private extension V1.PayTokenResponse {
    static let sample = V1.PayTokenResponse(
        accountId: "PayTokenResponse.account_id",
        token: "PayTokenResponse.token",
        paymentLink: "PayTokenResponse.payment_link")
}

private extension V1.ResolvePayTokenRequest {
    static let sample = V1.ResolvePayTokenRequest(token: "ResolvePayTokenRequest.token")
}

private extension V1.ResolvePayTokenResponse {
    static let sample = V1.ResolvePayTokenResponse(
        accountId: "ResolvePayTokenResponse.account_id",
        name: "ResolvePayTokenResponse.name",
        externalId: "ResolvePayTokenResponse.external_id",
        balances: [.sample],
        creditor: "ResolvePayTokenResponse.creditor",
        rfReference: "ResolvePayTokenResponse.rf_reference")
}

private extension V1.RevokePayTokenRequest {
    static let sample = V1.RevokePayTokenRequest(account: .sample, reason: "RevokePayTokenRequest.reason")
}

// MARK: - Samples: collections.proto

private extension V1.Dispute {
    static let sample = V1.Dispute(
        id: "Dispute.id",
        accountId: "Dispute.account_id",
        obligationExternalIds: ["Dispute.obligation_external_ids"],
        wholeAccount: true,
        holdIds: ["Dispute.hold_ids"],
        reason: .notMine,
        receivedVia: .phone,
        disputant: "Dispute.disputant",
        status: .`open`,
        openedBy: .sample,
        validationEndsOn: "Dispute.validation_ends_on",
        verificationDocument: "Dispute.verification_document",
        verificationSentBy: .sample,
        resolvedBy: .sample,
        writtenOff: [.sample])
}

private extension V1.Settlement {
    static let sample = V1.Settlement(
        id: "Settlement.id",
        accountId: "Settlement.account_id",
        amount: .sample,
        balance: .sample,
        discountBp: 4_000_000_093,
        expiresOn: "Settlement.expires_on",
        status: .offered,
        paid: .sample,
        writtenOff: .sample,
        promiseId: "Settlement.promise_id",
        offeredBy: .sample,
        resolvedAt: "Settlement.resolved_at")
}

private extension V1.CycleSummary {
    static let sample = V1.CycleSummary(
        id: "CycleSummary.id",
        asOf: "CycleSummary.as_of",
        durationMs: 18_000_000_000_000_000_099,
        accountsEvaluated: 18_000_000_000_000_000_100,
        remindersScheduled: 18_000_000_000_000_000_101,
        remindersDeferred: 18_000_000_000_000_000_102,
        remindersSuppressed: 18_000_000_000_000_000_103,
        remindersCancelled: 18_000_000_000_000_000_104,
        feesCharged: 18_000_000_000_000_000_105,
        interestAccruals: 18_000_000_000_000_000_106,
        tasksCreated: 18_000_000_000_000_000_107,
        accountsPlaced: 18_000_000_000_000_000_108,
        accountsRecalled: 18_000_000_000_000_000_109,
        promisesKept: 18_000_000_000_000_000_110,
        promisesBroken: 18_000_000_000_000_000_111,
        plansCompleted: 18_000_000_000_000_000_112,
        plansBroken: 18_000_000_000_000_000_113,
        accountsCured: 18_000_000_000_000_000_114)
}

private extension V1.Task {
    static let sample = V1.Task(
        id: "Task.id",
        queue: "Task.queue",
        status: .`open`,
        account: .sample,
        stage: "Task.stage",
        reason: "Task.reason",
        dueOn: "Task.due_on",
        createdAt: "Task.created_at",
        assignee: "Task.assignee",
        claimedBy: .sample,
        outcome: .contacted,
        completedBy: .sample)
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
        placedBy: .sample,
        placedBalances: [.sample],
        collected: [.sample],
        exportId: "Placement.export_id",
        exportedAt: "Placement.exported_at",
        recallReason: .manual,
        recalledBy: .sample,
        recallExportId: "Placement.recall_export_id",
        agencyStatus: "Placement.agency_status",
        agencyStatusAt: "Placement.agency_status_at")
}

private extension V1.ContactAttempt {
    static let sample = V1.ContactAttempt(
        at: "ContactAttempt.at",
        channel: .email,
        outcome: .delivered,
        reminderId: "ContactAttempt.reminder_id")
}

private extension V1.PlacementRecord {
    static let sample = V1.PlacementRecord(
        placement: .sample,
        account: .sample,
        lastContacts: [.sample],
        action: .place)
}

private extension V1.Promise {
    static let sample = V1.Promise(
        id: "Promise.id",
        accountId: "Promise.account_id",
        amount: .sample,
        promisedOn: "Promise.promised_on",
        graceDays: 4_000_000_138,
        status: .pending,
        paid: .sample,
        source: "Promise.source",
        recordedBy: .sample,
        resolvedAt: "Promise.resolved_at")
}

private extension V1.Instalment {
    static let sample = V1.Instalment(
        number: 4_000_000_141,
        amount: .sample,
        dueOn: "Instalment.due_on",
        paid: .sample,
        status: .pending)
}

private extension V1.PlannedInstalment {
    static let sample = V1.PlannedInstalment(amount: .sample, dueOn: "PlannedInstalment.due_on")
}

private extension V1.PaymentPlan {
    static let sample = V1.PaymentPlan(
        id: "PaymentPlan.id",
        accountId: "PaymentPlan.account_id",
        total: .sample,
        instalments: [.sample],
        status: .active,
        graceDays: 4_000_000_146,
        createdBy: .sample,
        endedAt: "PaymentPlan.ended_at",
        cancelledBy: .sample)
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
        account: .sample,
        assignee: "ListTasksRequest.assignee",
        dueBy: "ListTasksRequest.due_by",
        pageSize: 4_000_000_151,
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
        account: .sample,
        agency: "PlaceAccountRequest.agency",
        reason: "PlaceAccountRequest.reason",
        coCollect: true)
}

private extension V1.PlaceAccountResponse {
    static let sample = V1.PlaceAccountResponse(placement: .sample, remindersCancelled: 4_000_000_162)
}

private extension V1.RecallAccountRequest {
    static let sample = V1.RecallAccountRequest(account: .sample, reason: "RecallAccountRequest.reason")
}

private extension V1.RecallAccountResponse {
    static let sample = V1.RecallAccountResponse(placement: .sample)
}

private extension V1.ListPlacementsRequest {
    static let sample = V1.ListPlacementsRequest(
        agency: "ListPlacementsRequest.agency",
        account: .sample,
        status: .active,
        unexportedOnly: true,
        pageSize: 4_000_000_166,
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
        recordCount: 4_000_000_174)
}

private extension V1.RecordPromiseRequest {
    static let sample = V1.RecordPromiseRequest(
        account: .sample,
        amount: .sample,
        promisedOn: "RecordPromiseRequest.promised_on",
        source: "RecordPromiseRequest.source",
        note: "RecordPromiseRequest.note")
}

private extension V1.RecordPromiseResponse {
    static let sample = V1.RecordPromiseResponse(promise: .sample, replaced: .sample, remindersCancelled: 4_000_000_178)
}

private extension V1.ListPromisesRequest {
    static let sample = V1.ListPromisesRequest(
        account: .sample,
        status: .pending,
        pageSize: 4_000_000_179,
        pageToken: "ListPromisesRequest.page_token")
}

private extension V1.ListPromisesResponse {
    static let sample = V1.ListPromisesResponse(
        promises: [.sample],
        nextPageToken: "ListPromisesResponse.next_page_token",
        stats: .sample)
}

private extension V1.CreatePaymentPlanRequest {
    static let sample = V1.CreatePaymentPlanRequest(
        account: .sample,
        instalments: [.sample],
        note: "CreatePaymentPlanRequest.note")
}

private extension V1.CreatePaymentPlanResponse {
    static let sample = V1.CreatePaymentPlanResponse(plan: .sample, remindersCancelled: 4_000_000_183)
}

private extension V1.GetPaymentPlanRequest {
    static let sample = V1.GetPaymentPlanRequest(planId: "GetPaymentPlanRequest.plan_id", account: .sample)
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

private extension V1.OfferSettlementRequest {
    static let sample = V1.OfferSettlementRequest(
        account: .sample,
        amount: .sample,
        percentBp: 4_000_000_187,
        currency: "OfferSettlementRequest.currency",
        expiresOn: "OfferSettlementRequest.expires_on",
        note: "OfferSettlementRequest.note")
}

private extension V1.OfferSettlementResponse {
    static let sample = V1.OfferSettlementResponse(settlement: .sample)
}

private extension V1.AcceptSettlementRequest {
    static let sample = V1.AcceptSettlementRequest(
        settlementId: "AcceptSettlementRequest.settlement_id",
        note: "AcceptSettlementRequest.note")
}

private extension V1.AcceptSettlementResponse {
    static let sample = V1.AcceptSettlementResponse(
        settlement: .sample,
        promise: .sample,
        remindersCancelled: 4_000_000_193)
}

private extension V1.WithdrawSettlementRequest {
    static let sample = V1.WithdrawSettlementRequest(
        settlementId: "WithdrawSettlementRequest.settlement_id",
        reason: "WithdrawSettlementRequest.reason")
}

private extension V1.WithdrawSettlementResponse {
    static let sample = V1.WithdrawSettlementResponse(settlement: .sample)
}

private extension V1.ListSettlementsRequest {
    static let sample = V1.ListSettlementsRequest(
        account: .sample,
        status: .offered,
        pageSize: 4_000_000_196,
        pageToken: "ListSettlementsRequest.page_token")
}

private extension V1.ListSettlementsResponse {
    static let sample = V1.ListSettlementsResponse(
        settlements: [.sample],
        nextPageToken: "ListSettlementsResponse.next_page_token")
}

private extension V1.OpenDisputeRequest {
    static let sample = V1.OpenDisputeRequest(
        account: .sample,
        obligationExternalIds: ["OpenDisputeRequest.obligation_external_ids"],
        reason: .notMine,
        receivedVia: .phone,
        disputant: "OpenDisputeRequest.disputant",
        note: "OpenDisputeRequest.note")
}

private extension V1.OpenDisputeResponse {
    static let sample = V1.OpenDisputeResponse(dispute: .sample, remindersCancelled: 4_000_000_202, recalled: true)
}

private extension V1.SendDisputeVerificationRequest {
    static let sample = V1.SendDisputeVerificationRequest(
        disputeId: "SendDisputeVerificationRequest.dispute_id",
        document: "SendDisputeVerificationRequest.document")
}

private extension V1.SendDisputeVerificationResponse {
    static let sample = V1.SendDisputeVerificationResponse(dispute: .sample)
}

private extension V1.ResolveDisputeRequest {
    static let sample = V1.ResolveDisputeRequest(
        disputeId: "ResolveDisputeRequest.dispute_id",
        outcome: .upheld,
        writeOff: .sample,
        note: "ResolveDisputeRequest.note")
}

private extension V1.ResolveDisputeResponse {
    static let sample = V1.ResolveDisputeResponse(
        dispute: .sample,
        writeOffs: [.sample],
        holdsCleared: ["ResolveDisputeResponse.holds_cleared"])
}

private extension V1.ListDisputesRequest {
    static let sample = V1.ListDisputesRequest(
        account: .sample,
        status: .`open`,
        pageSize: 4_000_000_209,
        pageToken: "ListDisputesRequest.page_token")
}

private extension V1.ListDisputesResponse {
    static let sample = V1.ListDisputesResponse(
        disputes: [.sample],
        nextPageToken: "ListDisputesResponse.next_page_token")
}

private extension V1.AgencyReturnRecord {
    static let sample = V1.AgencyReturnRecord(
        reference: "AgencyReturnRecord.reference",
        kind: .payment,
        account: .sample,
        amount: .sample,
        receivedAt: "AgencyReturnRecord.received_at",
        status: "AgencyReturnRecord.status",
        note: "AgencyReturnRecord.note")
}

private extension V1.ImportAgencyReturnRequest {
    static let sample = V1.ImportAgencyReturnRequest(agency: "ImportAgencyReturnRequest.agency", records: [.sample])
}

private extension V1.AgencyReturnResult {
    static let sample = V1.AgencyReturnResult(
        index: 4_000_000_217,
        reference: "AgencyReturnResult.reference",
        status: .sample,
        replayed: true,
        paymentId: "AgencyReturnResult.payment_id")
}

private extension V1.ImportAgencyReturnResponse {
    static let sample = V1.ImportAgencyReturnResponse(
        results: [.sample],
        applied: 4_000_000_221,
        replayed: 4_000_000_222,
        refused: 4_000_000_223)
}

// MARK: - Samples: common.proto

private extension V1.Money {
    static let sample = V1.Money(amountMinor: -9_000_000_000_000_000_224, currency: "Money.currency")
}

private extension V1.AccountRef {
    static let sample = V1.AccountRef(
        id: "AccountRef.id",
        source: "AccountRef.source",
        externalId: "AccountRef.external_id",
        payToken: "AccountRef.pay_token")
}

private extension V1.Caller {
    static let sample = V1.Caller(
        uid: 4_000_000_230,
        gid: 4_000_000_231,
        pid: 4_000_000_232,
        processName: "Caller.process_name",
        userName: "Caller.user_name")
}

private extension V1.ChangeRecord {
    static let sample = V1.ChangeRecord(caller: .sample, at: "ChangeRecord.at", reason: "ChangeRecord.reason")
}

private extension V1.Balance {
    static let sample = V1.Balance(
        currency: "Balance.currency",
        outstanding: .sample,
        overdue: .sample,
        credit: .sample)
}

private extension V1.PostalAddress {
    static let sample = V1.PostalAddress(
        lines: ["PostalAddress.lines"],
        locality: "PostalAddress.locality",
        region: "PostalAddress.region",
        postalCode: "PostalAddress.postal_code",
        country: "PostalAddress.country",
        timeZone: "PostalAddress.time_zone")
}

private extension V1.Phone {
    static let sample = V1.Phone(
        number: "Phone.number",
        smsConsent: true,
        voiceConsent: true,
        consentSource: "Phone.consent_source",
        consentChangedAt: "Phone.consent_changed_at",
        timeZone: "Phone.time_zone")
}

private extension V1.Representative {
    static let sample = V1.Representative(
        role: .attorney,
        name: "Representative.name",
        email: "Representative.email",
        address: .sample)
}

private extension V1.InconvenientTime {
    static let sample = V1.InconvenientTime(
        startTime: "InconvenientTime.start_time",
        endTime: "InconvenientTime.end_time",
        weekdays: [4_000_000_254])
}

private extension V1.Hold {
    static let sample = V1.Hold(
        id: "Hold.id",
        kind: .dispute,
        obligationExternalId: "Hold.obligation_external_id",
        effectiveOn: "Hold.effective_on",
        endsOn: "Hold.ends_on",
        active: true,
        setBy: .sample,
        clearedBy: .sample,
        mentalHealthCrisis: true,
        validationEndsOn: "Hold.validation_ends_on")
}

private extension V1.Ratio {
    static let sample = V1.Ratio(numerator: -9_000_000_000_000_000_262, denominator: -9_000_000_000_000_000_263)
}

private extension V1.PromiseStats {
    static let sample = V1.PromiseStats(
        pending: 18_000_000_000_000_000_264,
        kept: 18_000_000_000_000_000_265,
        broken: 18_000_000_000_000_000_266,
        cancelled: 18_000_000_000_000_000_267,
        keptRate: .sample)
}

// MARK: - Samples: frame.proto

private extension V1.FieldViolation {
    static let sample = V1.FieldViolation(field: "FieldViolation.field", description: "FieldViolation.description")
}

private extension V1.Status {
    static let sample = V1.Status(code: .cancelled, message: "Status.message", violations: [.sample])
}

private extension V1.RequestFrame {
    static let sample = V1.RequestFrame(
        callId: 18_000_000_000_000_000_271,
        method: "RequestFrame.method",
        payload: [17],
        timeoutMs: 4_000_000_274)
}

private extension V1.ResponseFrame {
    static let sample = V1.ResponseFrame(
        callId: 18_000_000_000_000_000_275,
        status: .sample,
        payload: [20],
        endOfStream: true,
        requestId: "ResponseFrame.request_id")
}

// MARK: - Samples: payments.proto

private extension V1.BankEntry {
    static let sample = V1.BankEntry(
        reference: "BankEntry.reference",
        amount: .sample,
        debit: true,
        bookedOn: "BankEntry.booked_on",
        structuredReference: "BankEntry.structured_reference",
        remittance: "BankEntry.remittance",
        endToEndId: "BankEntry.end_to_end_id",
        counterparty: "BankEntry.counterparty",
        returnCode: "BankEntry.return_code",
        isReturn: true)
}

private extension V1.ImportBankStatementRequest {
    static let sample = V1.ImportBankStatementRequest(
        bankAccount: "ImportBankStatementRequest.bank_account",
        statementId: "ImportBankStatementRequest.statement_id",
        entries: [.sample])
}

private extension V1.BankEntryResult {
    static let sample = V1.BankEntryResult(
        index: 4_000_000_290,
        outcome: .posted,
        status: .sample,
        accountId: "BankEntryResult.account_id",
        paymentId: "BankEntryResult.payment_id",
        matchedBy: "BankEntryResult.matched_by",
        unmatchedId: "BankEntryResult.unmatched_id",
        reason: "BankEntryResult.reason",
        unmatchedStatus: .`open`)
}

private extension V1.ImportBankStatementResponse {
    static let sample = V1.ImportBankStatementResponse(results: [.sample])
}

private extension V1.UnmatchedEntry {
    static let sample = V1.UnmatchedEntry(
        id: "UnmatchedEntry.id",
        bankAccount: "UnmatchedEntry.bank_account",
        entry: .sample,
        reason: "UnmatchedEntry.reason",
        status: .`open`,
        accountId: "UnmatchedEntry.account_id",
        paymentId: "UnmatchedEntry.payment_id",
        queuedAt: "UnmatchedEntry.queued_at",
        resolvedAt: "UnmatchedEntry.resolved_at",
        note: "UnmatchedEntry.note")
}

private extension V1.ListUnmatchedRequest {
    static let sample = V1.ListUnmatchedRequest(
        status: .`open`,
        pageSize: 4_000_000_304,
        pageToken: "ListUnmatchedRequest.page_token")
}

private extension V1.ListUnmatchedResponse {
    static let sample = V1.ListUnmatchedResponse(
        entries: [.sample],
        nextPageToken: "ListUnmatchedResponse.next_page_token")
}

private extension V1.AssignUnmatchedRequest {
    static let sample = V1.AssignUnmatchedRequest(
        id: "AssignUnmatchedRequest.id",
        account: .sample,
        paymentId: "AssignUnmatchedRequest.payment_id",
        note: "AssignUnmatchedRequest.note")
}

private extension V1.AssignUnmatchedResponse {
    static let sample = V1.AssignUnmatchedResponse(entry: .sample, payment: .sample, balances: [.sample])
}

private extension V1.IgnoreUnmatchedRequest {
    static let sample = V1.IgnoreUnmatchedRequest(
        id: "IgnoreUnmatchedRequest.id",
        reason: "IgnoreUnmatchedRequest.reason")
}

private extension V1.IgnoreUnmatchedResponse {
    static let sample = V1.IgnoreUnmatchedResponse(entry: .sample)
}

private extension V1.NewPayment {
    static let sample = V1.NewPayment(
        idempotencyKey: "NewPayment.idempotency_key",
        account: .sample,
        amount: .sample,
        receivedAt: "NewPayment.received_at",
        method: "NewPayment.method",
        reference: "NewPayment.reference",
        agency: "NewPayment.agency",
        note: "NewPayment.note")
}

private extension V1.Allocation {
    static let sample = V1.Allocation(
        obligationExternalId: "Allocation.obligation_external_id",
        dueOn: "Allocation.due_on",
        amount: .sample,
        openAfter: .sample)
}

private extension V1.WriteOff {
    static let sample = V1.WriteOff(
        id: "WriteOff.id",
        accountId: "WriteOff.account_id",
        obligationExternalId: "WriteOff.obligation_external_id",
        amount: .sample,
        reason: .settlement,
        settlementId: "WriteOff.settlement_id",
        stage: "WriteOff.stage",
        writtenOffBy: .sample,
        reversedAt: "WriteOff.reversed_at")
}

private extension V1.Payment {
    static let sample = V1.Payment(
        id: "Payment.id",
        idempotencyKey: "Payment.idempotency_key",
        accountId: "Payment.account_id",
        amount: .sample,
        receivedAt: "Payment.received_at",
        method: "Payment.method",
        reference: "Payment.reference",
        note: "Payment.note",
        status: .posted,
        allocations: [.sample],
        credit: .sample,
        postedBy: .sample,
        agency: "Payment.agency",
        agencyCommissionBp: 4_000_000_334,
        agencyCommission: .sample,
        reversalReason: .chargeback,
        reversedBy: .sample,
        returnCode: "Payment.return_code")
}

private extension V1.PaymentResult {
    static let sample = V1.PaymentResult(
        index: 4_000_000_336,
        status: .sample,
        payment: .sample,
        replayed: true,
        balances: [.sample])
}

private extension V1.PostPaymentRequest {
    static let sample = V1.PostPaymentRequest(payment: .sample)
}

private extension V1.PostPaymentResponse {
    static let sample = V1.PostPaymentResponse(payment: .sample, replayed: true, balances: [.sample])
}

private extension V1.PostPaymentsRequest {
    static let sample = V1.PostPaymentsRequest(payments: [.sample])
}

private extension V1.PostPaymentsResponse {
    static let sample = V1.PostPaymentsResponse(
        results: [.sample],
        postedCount: 4_000_000_339,
        replayedCount: 4_000_000_340,
        refusedCount: 4_000_000_341)
}

private extension V1.ReversePaymentRequest {
    static let sample = V1.ReversePaymentRequest(
        paymentId: "ReversePaymentRequest.payment_id",
        idempotencyKey: "ReversePaymentRequest.idempotency_key",
        reason: .chargeback,
        note: "ReversePaymentRequest.note",
        returnCode: "ReversePaymentRequest.return_code")
}

private extension V1.GetPaymentRequest {
    static let sample = V1.GetPaymentRequest(
        paymentId: "GetPaymentRequest.payment_id",
        idempotencyKey: "GetPaymentRequest.idempotency_key")
}

private extension V1.GetPaymentResponse {
    static let sample = V1.GetPaymentResponse(payment: .sample)
}

private extension V1.ReversePaymentResponse {
    static let sample = V1.ReversePaymentResponse(
        payment: .sample,
        reopened: [.sample],
        replayed: true,
        balances: [.sample])
}

private extension V1.ListPaymentsRequest {
    static let sample = V1.ListPaymentsRequest(
        account: .sample,
        status: .posted,
        agency: "ListPaymentsRequest.agency",
        receivedFrom: "ListPaymentsRequest.received_from",
        receivedUntil: "ListPaymentsRequest.received_until",
        pageSize: 4_000_000_352,
        pageToken: "ListPaymentsRequest.page_token")
}

private extension V1.ListPaymentsResponse {
    static let sample = V1.ListPaymentsResponse(
        payments: [.sample],
        nextPageToken: "ListPaymentsResponse.next_page_token")
}

private extension V1.WriteOffRequest {
    static let sample = V1.WriteOffRequest(
        account: .sample,
        obligationExternalId: "WriteOffRequest.obligation_external_id",
        currency: "WriteOffRequest.currency",
        amountMinor: -9_000_000_000_000_000_357,
        reason: .settlement,
        note: "WriteOffRequest.note",
        idempotencyKey: "WriteOffRequest.idempotency_key")
}

private extension V1.WriteOffResponse {
    static let sample = V1.WriteOffResponse(writeOffs: [.sample], balances: [.sample], replayed: true)
}

private extension V1.ListWriteOffsRequest {
    static let sample = V1.ListWriteOffsRequest(
        account: .sample,
        pageSize: 4_000_000_361,
        pageToken: "ListWriteOffsRequest.page_token")
}

private extension V1.ListWriteOffsResponse {
    static let sample = V1.ListWriteOffsResponse(
        writeOffs: [.sample],
        nextPageToken: "ListWriteOffsResponse.next_page_token")
}

// MARK: - Samples: policies.proto

private extension V1.Fee {
    static let sample = V1.Fee(fixedAmounts: [.sample], percentBp: 4_000_000_364, caps: [.sample])
}

private extension V1.StageAction {
    static let sample = V1.StageAction(
        kind: .remind,
        channel: .email,
        templateName: "StageAction.template_name",
        urgency: .low,
        repeatEveryDays: 4_000_000_366,
        maxTimes: 4_000_000_367,
        fee: .sample,
        agency: "StageAction.agency",
        coCollect: true,
        queue: "StageAction.queue",
        taskDueDays: 4_000_000_371,
        bureau: "StageAction.bureau",
        when: .sample,
        settlementPercentBp: 4_000_000_373,
        settlementExpiresInDays: 4_000_000_374)
}

private extension V1.StageCondition {
    static let sample = V1.StageCondition(
        minBalance: [.sample],
        maxBalance: [.sample],
        segments: ["StageCondition.segments"],
        holdFree: true,
        hasScoreBand: true,
        scoreMin: -2_000_000_378,
        scoreMax: -2_000_000_379)
}

private extension V1.Stage {
    static let sample = V1.Stage(name: "Stage.name", daysPastDue: -2_000_000_381, actions: [.sample], when: .sample)
}

private extension V1.FrequencyCap {
    static let sample = V1.FrequencyCap(channel: .email, maxCount: 4_000_000_382, periodDays: 4_000_000_383)
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
        interestRateBp: 4_000_000_390,
        feesFirst: true,
        promiseGraceDays: 4_000_000_392,
        planGraceDays: 4_000_000_393,
        validationNotice: .email,
        returnedPaymentFee: [.sample],
        returnedPaymentTemplate: "Policy.returned_payment_template",
        settlementAuthority: [.sample],
        disputeRejectedTemplate: "Policy.dispute_rejected_template",
        paymentReceiptTemplate: "Policy.payment_receipt_template",
        promiseConfirmationTemplate: "Policy.promise_confirmation_template",
        planConfirmationTemplate: "Policy.plan_confirmation_template")
}

private extension V1.RoleAuthority {
    static let sample = V1.RoleAuthority(role: "RoleAuthority.role", maxDiscountBp: 4_000_000_400)
}

private extension V1.PolicyError {
    static let sample = V1.PolicyError(
        file: "PolicyError.file",
        line: 4_000_000_402,
        column: 4_000_000_403,
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
        policyCount: 4_000_000_413)
}

private extension V1.CheckPolicyRequest {
    static let sample = V1.CheckPolicyRequest(text: "CheckPolicyRequest.text", file: "CheckPolicyRequest.file")
}

private extension V1.CheckPolicyResponse {
    static let sample = V1.CheckPolicyResponse(valid: true, errors: [.sample], policy: .sample)
}

// MARK: - Samples: reminders.proto

private extension V1.GateDecision {
    static let sample = V1.GateDecision(
        at: "GateDecision.at",
        checkpoint: .schedule,
        verdict: .allow,
        ruleId: "GateDecision.rule_id",
        deferredUntil: "GateDecision.deferred_until",
        detail: "GateDecision.detail",
        zones: ["GateDecision.zones"])
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
        postalAddress: .sample,
        timeZone: "Reminder.time_zone",
        subject: "Reminder.subject",
        bodyText: "Reminder.body_text",
        bodyHtml: "Reminder.body_html",
        windowStart: "Reminder.window_start",
        windowEnd: "Reminder.window_end",
        createdAt: "Reminder.created_at",
        attempts: 4_000_000_437,
        claimedBy: "Reminder.claimed_by",
        leaseToken: "Reminder.lease_token",
        leaseExpiresAt: "Reminder.lease_expires_at",
        outcome: .delivered,
        outcomeDetail: "Reminder.outcome_detail",
        finishedAt: "Reminder.finished_at",
        cancelReason: .payment,
        ruleId: "Reminder.rule_id",
        gateDecisions: [.sample],
        validation: .sample)
}

private extension V1.ValidationNotice {
    static let sample = V1.ValidationNotice(
        itemizationDate: "ValidationNotice.itemization_date",
        amountThen: .sample,
        interest: .sample,
        fees: .sample,
        payments: .sample,
        credits: .sample,
        amountNow: .sample,
        sentOn: "ValidationNotice.sent_on",
        receiptOn: "ValidationNotice.receipt_on",
        periodEndsOn: "ValidationNotice.period_ends_on")
}

private extension V1.ListDueRemindersRequest {
    static let sample = V1.ListDueRemindersRequest(
        channel: .email,
        account: .sample,
        statuses: [.scheduled],
        windowStartBefore: "ListDueRemindersRequest.window_start_before",
        windowStartFrom: "ListDueRemindersRequest.window_start_from",
        pageSize: 4_000_000_450,
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
        maxCount: 4_000_000_454,
        leaseSeconds: 4_000_000_455,
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
    static let sample = V1.CompleteReminderResponse(reminder: .sample, remindersCancelled: 4_000_000_461)
}

// MARK: - Samples: reports.proto

private extension V1.AgingBucketAmount {
    static let sample = V1.AgingBucketAmount(
        bucket: .current,
        amount: .sample,
        obligationCount: 18_000_000_000_000_000_462,
        accountCount: 18_000_000_000_000_000_463)
}

private extension V1.AgingRow {
    static let sample = V1.AgingRow(
        currency: "AgingRow.currency",
        segment: "AgingRow.segment",
        stage: "AgingRow.stage",
        buckets: [.sample],
        total: .sample)
}

private extension V1.ChannelReminderCounts {
    static let sample = V1.ChannelReminderCounts(
        channel: .email,
        sent: 18_000_000_000_000_000_467,
        deferred: 18_000_000_000_000_000_468,
        suppressed: 18_000_000_000_000_000_469,
        failed: 18_000_000_000_000_000_470,
        cancelled: 18_000_000_000_000_000_471)
}

private extension V1.RuleCounts {
    static let sample = V1.RuleCounts(
        ruleId: "RuleCounts.rule_id",
        channel: .email,
        deferred: 18_000_000_000_000_000_473,
        suppressed: 18_000_000_000_000_000_474)
}

private extension V1.StageCure {
    static let sample = V1.StageCure(
        policyId: "StageCure.policy_id",
        stage: "StageCure.stage",
        accountsEntered: 18_000_000_000_000_000_477,
        accountsCured: 18_000_000_000_000_000_478,
        cureRate: .sample)
}

private extension V1.RollRate {
    static let sample = V1.RollRate(
        currency: "RollRate.currency",
        fromBucket: .current,
        toBucket: .current,
        rate: .sample)
}

private extension V1.CurrencyKpis {
    static let sample = V1.CurrencyKpis(
        currency: "CurrencyKpis.currency",
        collected: .sample,
        collectedByAgencies: .sample,
        feesCharged: .sample,
        recoveryRate: .sample,
        dsoDays: .sample,
        cei: .sample,
        openingBalance: .sample,
        closingBalance: .sample,
        writtenOff: .sample)
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
        promises: .sample,
        reminders: [.sample],
        rules: [.sample],
        rollRates: [.sample])
}

private extension V1.RunBureauRequest {
    static let sample = V1.RunBureauRequest(bureau: "RunBureauRequest.bureau", dryRun: true)
}

private extension V1.FurnishingRecord {
    static let sample = V1.FurnishingRecord(
        accountId: "FurnishingRecord.account_id",
        externalId: "FurnishingRecord.external_id",
        name: "FurnishingRecord.name",
        statusCode: "FurnishingRecord.status_code",
        balance: .sample,
        pastDue: .sample,
        firstDelinquencyOn: "FurnishingRecord.first_delinquency_on",
        disputed: true)
}

private extension V1.RunBureauResponse {
    static let sample = V1.RunBureauResponse(
        records: [.sample],
        done: true,
        runId: "RunBureauResponse.run_id",
        recordCount: 4_000_000_503)
}

// MARK: - Samples: system.proto

private extension V1.HealthRequest {
    static let sample = V1.HealthRequest()
}

private extension V1.HealthResponse {
    static let sample = V1.HealthResponse(status: .serving)
}

private extension V1.PingRequest {
    static let sample = V1.PingRequest(data: [248])
}

private extension V1.PingResponse {
    static let sample = V1.PingResponse(data: [249])
}

private extension V1.VersionRequest {
    static let sample = V1.VersionRequest()
}

private extension V1.VersionResponse {
    static let sample = V1.VersionResponse(
        version: "VersionResponse.version",
        `protocol`: "VersionResponse.protocol",
        sqliteVersion: "VersionResponse.sqlite_version",
        schemaVersion: "VersionResponse.schema_version")
}

private extension V1.StatusRequest {
    static let sample = V1.StatusRequest()
}

private extension V1.StatusResponse {
    static let sample = V1.StatusResponse(
        uptimeSeconds: 18_000_000_000_000_000_510,
        databasePath: "StatusResponse.database_path",
        databaseSizeBytes: 18_000_000_000_000_000_512,
        accountCount: 18_000_000_000_000_000_513,
        openReminderCount: 18_000_000_000_000_000_514,
        inFlightCalls: 18_000_000_000_000_000_515,
        openConnections: 18_000_000_000_000_000_516,
        auditWriteFailures: 18_000_000_000_000_000_517,
        auditWrites: 18_000_000_000_000_000_518,
        now: "StatusResponse.now",
        clockSimulated: true,
        configGeneration: 18_000_000_000_000_000_521,
        configPath: "StatusResponse.config_path",
        pid: 4_000_000_523,
        callsTotal: 18_000_000_000_000_000_524,
        refusedConnections: 18_000_000_000_000_000_525,
        acceptFailures: 18_000_000_000_000_000_526)
}

private extension V1.GetClockRequest {
    static let sample = V1.GetClockRequest()
}

private extension V1.SetClockRequest {
    static let sample = V1.SetClockRequest(time: "SetClockRequest.time")
}

private extension V1.AdvanceClockRequest {
    static let sample = V1.AdvanceClockRequest(seconds: 18_000_000_000_000_000_528)
}

private extension V1.ClockResponse {
    static let sample = V1.ClockResponse(now: "ClockResponse.now", simulated: true)
}

private extension V1.BackupRequest {
    static let sample = V1.BackupRequest()
}

private extension V1.BackupResponse {
    static let sample = V1.BackupResponse(
        data: [19],
        done: true,
        sizeBytes: 18_000_000_000_000_000_533,
        schemaVersion: "BackupResponse.schema_version",
        accountCount: 18_000_000_000_000_000_535,
        paymentCount: 18_000_000_000_000_000_536,
        takenAt: "BackupResponse.taken_at")
}

private extension V1.MetricsRequest {
    static let sample = V1.MetricsRequest()
}

private extension V1.MetricsResponse {
    static let sample = V1.MetricsResponse(text: "MetricsResponse.text")
}

@Suite("Generated mirrors of accounts.proto round-trip")
struct AccountsMirrorRoundTripTests {
    @Test("V1.ObligationRecord round-trips with every field set; its default is the empty encoding")
    func obligationRecord() throws {
        let sample = V1.ObligationRecord.sample
        #expect(try V1.ObligationRecord(wire: sample.wireBytes()) == sample)
        #expect(V1.ObligationRecord().wireBytes().isEmpty)
    }

    @Test("V1.AccountRecord round-trips with every field set; its default is the empty encoding")
    func accountRecord() throws {
        let sample = V1.AccountRecord.sample
        #expect(try V1.AccountRecord(wire: sample.wireBytes()) == sample)
        #expect(V1.AccountRecord().wireBytes().isEmpty)
    }

    @Test("V1.SyncResult round-trips with every field set; its default is the empty encoding")
    func syncResult() throws {
        let sample = V1.SyncResult.sample
        #expect(try V1.SyncResult(wire: sample.wireBytes()) == sample)
        #expect(V1.SyncResult().wireBytes().isEmpty)
    }

    @Test("V1.Obligation round-trips with every field set; its default is the empty encoding")
    func obligation() throws {
        let sample = V1.Obligation.sample
        #expect(try V1.Obligation(wire: sample.wireBytes()) == sample)
        #expect(V1.Obligation().wireBytes().isEmpty)
    }

    @Test("V1.ChannelPreference round-trips with every field set; its default is the empty encoding")
    func channelPreference() throws {
        let sample = V1.ChannelPreference.sample
        #expect(try V1.ChannelPreference(wire: sample.wireBytes()) == sample)
        #expect(V1.ChannelPreference().wireBytes().isEmpty)
    }

    @Test("V1.Account round-trips with every field set; its default is the empty encoding")
    func account() throws {
        let sample = V1.Account.sample
        #expect(try V1.Account(wire: sample.wireBytes()) == sample)
        #expect(V1.Account().wireBytes().isEmpty)
    }

    @Test("V1.SyncAccountsRequest round-trips with every field set; its default is the empty encoding")
    func syncAccountsRequest() throws {
        let sample = V1.SyncAccountsRequest.sample
        #expect(try V1.SyncAccountsRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.SyncAccountsRequest().wireBytes().isEmpty)
    }

    @Test("V1.SyncAccountsResponse round-trips with every field set; its default is the empty encoding")
    func syncAccountsResponse() throws {
        let sample = V1.SyncAccountsResponse.sample
        #expect(try V1.SyncAccountsResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.SyncAccountsResponse().wireBytes().isEmpty)
    }

    @Test("V1.GetAccountRequest round-trips with every field set; its default is the empty encoding")
    func getAccountRequest() throws {
        let sample = V1.GetAccountRequest.sample
        #expect(try V1.GetAccountRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.GetAccountRequest().wireBytes().isEmpty)
    }

    @Test("V1.GetAccountResponse round-trips with every field set; its default is the empty encoding")
    func getAccountResponse() throws {
        let sample = V1.GetAccountResponse.sample
        #expect(try V1.GetAccountResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.GetAccountResponse().wireBytes().isEmpty)
    }

    @Test("V1.ListAccountsRequest round-trips with every field set; its default is the empty encoding")
    func listAccountsRequest() throws {
        let sample = V1.ListAccountsRequest.sample
        #expect(try V1.ListAccountsRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.ListAccountsRequest().wireBytes().isEmpty)
    }

    @Test("V1.ListAccountsResponse round-trips with every field set; its default is the empty encoding")
    func listAccountsResponse() throws {
        let sample = V1.ListAccountsResponse.sample
        #expect(try V1.ListAccountsResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.ListAccountsResponse().wireBytes().isEmpty)
    }

    @Test("V1.SetHoldRequest round-trips with every field set; its default is the empty encoding")
    func setHoldRequest() throws {
        let sample = V1.SetHoldRequest.sample
        #expect(try V1.SetHoldRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.SetHoldRequest().wireBytes().isEmpty)
    }

    @Test("V1.SetHoldResponse round-trips with every field set; its default is the empty encoding")
    func setHoldResponse() throws {
        let sample = V1.SetHoldResponse.sample
        #expect(try V1.SetHoldResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.SetHoldResponse().wireBytes().isEmpty)
    }

    @Test("V1.ClearHoldRequest round-trips with every field set; its default is the empty encoding")
    func clearHoldRequest() throws {
        let sample = V1.ClearHoldRequest.sample
        #expect(try V1.ClearHoldRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.ClearHoldRequest().wireBytes().isEmpty)
    }

    @Test("V1.ClearHoldResponse round-trips with every field set; its default is the empty encoding")
    func clearHoldResponse() throws {
        let sample = V1.ClearHoldResponse.sample
        #expect(try V1.ClearHoldResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.ClearHoldResponse().wireBytes().isEmpty)
    }

    @Test("V1.SetContactPreferenceRequest round-trips with every field set; its default is the empty encoding")
    func setContactPreferenceRequest() throws {
        let sample = V1.SetContactPreferenceRequest.sample
        #expect(try V1.SetContactPreferenceRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.SetContactPreferenceRequest().wireBytes().isEmpty)
    }

    @Test("V1.SetContactPreferenceResponse round-trips with every field set; its default is the empty encoding")
    func setContactPreferenceResponse() throws {
        let sample = V1.SetContactPreferenceResponse.sample
        #expect(try V1.SetContactPreferenceResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.SetContactPreferenceResponse().wireBytes().isEmpty)
    }

    @Test("V1.GetPayTokenRequest round-trips with every field set; its default is the empty encoding")
    func getPayTokenRequest() throws {
        let sample = V1.GetPayTokenRequest.sample
        #expect(try V1.GetPayTokenRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.GetPayTokenRequest().wireBytes().isEmpty)
    }

    @Test("V1.PayTokenResponse round-trips with every field set; its default is the empty encoding")
    func payTokenResponse() throws {
        let sample = V1.PayTokenResponse.sample
        #expect(try V1.PayTokenResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.PayTokenResponse().wireBytes().isEmpty)
    }

    @Test("V1.ResolvePayTokenRequest round-trips with every field set; its default is the empty encoding")
    func resolvePayTokenRequest() throws {
        let sample = V1.ResolvePayTokenRequest.sample
        #expect(try V1.ResolvePayTokenRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.ResolvePayTokenRequest().wireBytes().isEmpty)
    }

    @Test("V1.ResolvePayTokenResponse round-trips with every field set; its default is the empty encoding")
    func resolvePayTokenResponse() throws {
        let sample = V1.ResolvePayTokenResponse.sample
        #expect(try V1.ResolvePayTokenResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.ResolvePayTokenResponse().wireBytes().isEmpty)
    }

    @Test("V1.RevokePayTokenRequest round-trips with every field set; its default is the empty encoding")
    func revokePayTokenRequest() throws {
        let sample = V1.RevokePayTokenRequest.sample
        #expect(try V1.RevokePayTokenRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.RevokePayTokenRequest().wireBytes().isEmpty)
    }

    @Test("Methods.Accounts names every acs.v1.Accounts rpc")
    func accountsMethods() {
        let paths = [
            Methods.Accounts.syncAccounts.path,
            Methods.Accounts.getAccount.path,
            Methods.Accounts.listAccounts.path,
            Methods.Accounts.setHold.path,
            Methods.Accounts.clearHold.path,
            Methods.Accounts.setContactPreference.path,
            Methods.Accounts.getPayToken.path,
            Methods.Accounts.resolvePayToken.path,
            Methods.Accounts.revokePayToken.path,
        ]
        #expect(paths[0] == "/acs.v1.Accounts/SyncAccounts")
        #expect(paths[1] == "/acs.v1.Accounts/GetAccount")
        #expect(paths[2] == "/acs.v1.Accounts/ListAccounts")
        #expect(paths[3] == "/acs.v1.Accounts/SetHold")
        #expect(paths[4] == "/acs.v1.Accounts/ClearHold")
        #expect(paths[5] == "/acs.v1.Accounts/SetContactPreference")
        #expect(paths[6] == "/acs.v1.Accounts/GetPayToken")
        #expect(paths[7] == "/acs.v1.Accounts/ResolvePayToken")
        #expect(paths[8] == "/acs.v1.Accounts/RevokePayToken")
        #expect(Set(paths) == ServiceCatalog.methodPaths.filter { $0.hasPrefix("/acs.v1.Accounts/") })
    }
}

@Suite("Generated mirrors of collections.proto round-trip")
struct CollectionsMirrorRoundTripTests {
    @Test("V1.Dispute round-trips with every field set; its default is the empty encoding")
    func dispute() throws {
        let sample = V1.Dispute.sample
        #expect(try V1.Dispute(wire: sample.wireBytes()) == sample)
        #expect(V1.Dispute().wireBytes().isEmpty)
    }

    @Test("V1.Settlement round-trips with every field set; its default is the empty encoding")
    func settlement() throws {
        let sample = V1.Settlement.sample
        #expect(try V1.Settlement(wire: sample.wireBytes()) == sample)
        #expect(V1.Settlement().wireBytes().isEmpty)
    }

    @Test("V1.CycleSummary round-trips with every field set; its default is the empty encoding")
    func cycleSummary() throws {
        let sample = V1.CycleSummary.sample
        #expect(try V1.CycleSummary(wire: sample.wireBytes()) == sample)
        #expect(V1.CycleSummary().wireBytes().isEmpty)
    }

    @Test("V1.Task round-trips with every field set; its default is the empty encoding")
    func task() throws {
        let sample = V1.Task.sample
        #expect(try V1.Task(wire: sample.wireBytes()) == sample)
        #expect(V1.Task().wireBytes().isEmpty)
    }

    @Test("V1.Placement round-trips with every field set; its default is the empty encoding")
    func placement() throws {
        let sample = V1.Placement.sample
        #expect(try V1.Placement(wire: sample.wireBytes()) == sample)
        #expect(V1.Placement().wireBytes().isEmpty)
    }

    @Test("V1.ContactAttempt round-trips with every field set; its default is the empty encoding")
    func contactAttempt() throws {
        let sample = V1.ContactAttempt.sample
        #expect(try V1.ContactAttempt(wire: sample.wireBytes()) == sample)
        #expect(V1.ContactAttempt().wireBytes().isEmpty)
    }

    @Test("V1.PlacementRecord round-trips with every field set; its default is the empty encoding")
    func placementRecord() throws {
        let sample = V1.PlacementRecord.sample
        #expect(try V1.PlacementRecord(wire: sample.wireBytes()) == sample)
        #expect(V1.PlacementRecord().wireBytes().isEmpty)
    }

    @Test("V1.Promise round-trips with every field set; its default is the empty encoding")
    func promise() throws {
        let sample = V1.Promise.sample
        #expect(try V1.Promise(wire: sample.wireBytes()) == sample)
        #expect(V1.Promise().wireBytes().isEmpty)
    }

    @Test("V1.Instalment round-trips with every field set; its default is the empty encoding")
    func instalment() throws {
        let sample = V1.Instalment.sample
        #expect(try V1.Instalment(wire: sample.wireBytes()) == sample)
        #expect(V1.Instalment().wireBytes().isEmpty)
    }

    @Test("V1.PlannedInstalment round-trips with every field set; its default is the empty encoding")
    func plannedInstalment() throws {
        let sample = V1.PlannedInstalment.sample
        #expect(try V1.PlannedInstalment(wire: sample.wireBytes()) == sample)
        #expect(V1.PlannedInstalment().wireBytes().isEmpty)
    }

    @Test("V1.PaymentPlan round-trips with every field set; its default is the empty encoding")
    func paymentPlan() throws {
        let sample = V1.PaymentPlan.sample
        #expect(try V1.PaymentPlan(wire: sample.wireBytes()) == sample)
        #expect(V1.PaymentPlan().wireBytes().isEmpty)
    }

    @Test("V1.RunCycleRequest round-trips (it has no fields); its default is the empty encoding")
    func runCycleRequest() throws {
        let sample = V1.RunCycleRequest.sample
        #expect(try V1.RunCycleRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.RunCycleRequest().wireBytes().isEmpty)
    }

    @Test("V1.RunCycleResponse round-trips with every field set; its default is the empty encoding")
    func runCycleResponse() throws {
        let sample = V1.RunCycleResponse.sample
        #expect(try V1.RunCycleResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.RunCycleResponse().wireBytes().isEmpty)
    }

    @Test("V1.ListTasksRequest round-trips with every field set; its default is the empty encoding")
    func listTasksRequest() throws {
        let sample = V1.ListTasksRequest.sample
        #expect(try V1.ListTasksRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.ListTasksRequest().wireBytes().isEmpty)
    }

    @Test("V1.ListTasksResponse round-trips with every field set; its default is the empty encoding")
    func listTasksResponse() throws {
        let sample = V1.ListTasksResponse.sample
        #expect(try V1.ListTasksResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.ListTasksResponse().wireBytes().isEmpty)
    }

    @Test("V1.ClaimTaskRequest round-trips with every field set; its default is the empty encoding")
    func claimTaskRequest() throws {
        let sample = V1.ClaimTaskRequest.sample
        #expect(try V1.ClaimTaskRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.ClaimTaskRequest().wireBytes().isEmpty)
    }

    @Test("V1.ClaimTaskResponse round-trips with every field set; its default is the empty encoding")
    func claimTaskResponse() throws {
        let sample = V1.ClaimTaskResponse.sample
        #expect(try V1.ClaimTaskResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.ClaimTaskResponse().wireBytes().isEmpty)
    }

    @Test("V1.CompleteTaskRequest round-trips with every field set; its default is the empty encoding")
    func completeTaskRequest() throws {
        let sample = V1.CompleteTaskRequest.sample
        #expect(try V1.CompleteTaskRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.CompleteTaskRequest().wireBytes().isEmpty)
    }

    @Test("V1.CompleteTaskResponse round-trips with every field set; its default is the empty encoding")
    func completeTaskResponse() throws {
        let sample = V1.CompleteTaskResponse.sample
        #expect(try V1.CompleteTaskResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.CompleteTaskResponse().wireBytes().isEmpty)
    }

    @Test("V1.PlaceAccountRequest round-trips with every field set; its default is the empty encoding")
    func placeAccountRequest() throws {
        let sample = V1.PlaceAccountRequest.sample
        #expect(try V1.PlaceAccountRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.PlaceAccountRequest().wireBytes().isEmpty)
    }

    @Test("V1.PlaceAccountResponse round-trips with every field set; its default is the empty encoding")
    func placeAccountResponse() throws {
        let sample = V1.PlaceAccountResponse.sample
        #expect(try V1.PlaceAccountResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.PlaceAccountResponse().wireBytes().isEmpty)
    }

    @Test("V1.RecallAccountRequest round-trips with every field set; its default is the empty encoding")
    func recallAccountRequest() throws {
        let sample = V1.RecallAccountRequest.sample
        #expect(try V1.RecallAccountRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.RecallAccountRequest().wireBytes().isEmpty)
    }

    @Test("V1.RecallAccountResponse round-trips with every field set; its default is the empty encoding")
    func recallAccountResponse() throws {
        let sample = V1.RecallAccountResponse.sample
        #expect(try V1.RecallAccountResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.RecallAccountResponse().wireBytes().isEmpty)
    }

    @Test("V1.ListPlacementsRequest round-trips with every field set; its default is the empty encoding")
    func listPlacementsRequest() throws {
        let sample = V1.ListPlacementsRequest.sample
        #expect(try V1.ListPlacementsRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.ListPlacementsRequest().wireBytes().isEmpty)
    }

    @Test("V1.ListPlacementsResponse round-trips with every field set; its default is the empty encoding")
    func listPlacementsResponse() throws {
        let sample = V1.ListPlacementsResponse.sample
        #expect(try V1.ListPlacementsResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.ListPlacementsResponse().wireBytes().isEmpty)
    }

    @Test("V1.ExportPlacementsRequest round-trips with every field set; its default is the empty encoding")
    func exportPlacementsRequest() throws {
        let sample = V1.ExportPlacementsRequest.sample
        #expect(try V1.ExportPlacementsRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.ExportPlacementsRequest().wireBytes().isEmpty)
    }

    @Test("V1.ExportPlacementsResponse round-trips with every field set; its default is the empty encoding")
    func exportPlacementsResponse() throws {
        let sample = V1.ExportPlacementsResponse.sample
        #expect(try V1.ExportPlacementsResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.ExportPlacementsResponse().wireBytes().isEmpty)
    }

    @Test("V1.RecordPromiseRequest round-trips with every field set; its default is the empty encoding")
    func recordPromiseRequest() throws {
        let sample = V1.RecordPromiseRequest.sample
        #expect(try V1.RecordPromiseRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.RecordPromiseRequest().wireBytes().isEmpty)
    }

    @Test("V1.RecordPromiseResponse round-trips with every field set; its default is the empty encoding")
    func recordPromiseResponse() throws {
        let sample = V1.RecordPromiseResponse.sample
        #expect(try V1.RecordPromiseResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.RecordPromiseResponse().wireBytes().isEmpty)
    }

    @Test("V1.ListPromisesRequest round-trips with every field set; its default is the empty encoding")
    func listPromisesRequest() throws {
        let sample = V1.ListPromisesRequest.sample
        #expect(try V1.ListPromisesRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.ListPromisesRequest().wireBytes().isEmpty)
    }

    @Test("V1.ListPromisesResponse round-trips with every field set; its default is the empty encoding")
    func listPromisesResponse() throws {
        let sample = V1.ListPromisesResponse.sample
        #expect(try V1.ListPromisesResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.ListPromisesResponse().wireBytes().isEmpty)
    }

    @Test("V1.CreatePaymentPlanRequest round-trips with every field set; its default is the empty encoding")
    func createPaymentPlanRequest() throws {
        let sample = V1.CreatePaymentPlanRequest.sample
        #expect(try V1.CreatePaymentPlanRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.CreatePaymentPlanRequest().wireBytes().isEmpty)
    }

    @Test("V1.CreatePaymentPlanResponse round-trips with every field set; its default is the empty encoding")
    func createPaymentPlanResponse() throws {
        let sample = V1.CreatePaymentPlanResponse.sample
        #expect(try V1.CreatePaymentPlanResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.CreatePaymentPlanResponse().wireBytes().isEmpty)
    }

    @Test("V1.GetPaymentPlanRequest round-trips with every field set; its default is the empty encoding")
    func getPaymentPlanRequest() throws {
        let sample = V1.GetPaymentPlanRequest.sample
        #expect(try V1.GetPaymentPlanRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.GetPaymentPlanRequest().wireBytes().isEmpty)
    }

    @Test("V1.GetPaymentPlanResponse round-trips with every field set; its default is the empty encoding")
    func getPaymentPlanResponse() throws {
        let sample = V1.GetPaymentPlanResponse.sample
        #expect(try V1.GetPaymentPlanResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.GetPaymentPlanResponse().wireBytes().isEmpty)
    }

    @Test("V1.CancelPaymentPlanRequest round-trips with every field set; its default is the empty encoding")
    func cancelPaymentPlanRequest() throws {
        let sample = V1.CancelPaymentPlanRequest.sample
        #expect(try V1.CancelPaymentPlanRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.CancelPaymentPlanRequest().wireBytes().isEmpty)
    }

    @Test("V1.CancelPaymentPlanResponse round-trips with every field set; its default is the empty encoding")
    func cancelPaymentPlanResponse() throws {
        let sample = V1.CancelPaymentPlanResponse.sample
        #expect(try V1.CancelPaymentPlanResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.CancelPaymentPlanResponse().wireBytes().isEmpty)
    }

    @Test("V1.OfferSettlementRequest round-trips with every field set; its default is the empty encoding")
    func offerSettlementRequest() throws {
        let sample = V1.OfferSettlementRequest.sample
        #expect(try V1.OfferSettlementRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.OfferSettlementRequest().wireBytes().isEmpty)
    }

    @Test("V1.OfferSettlementResponse round-trips with every field set; its default is the empty encoding")
    func offerSettlementResponse() throws {
        let sample = V1.OfferSettlementResponse.sample
        #expect(try V1.OfferSettlementResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.OfferSettlementResponse().wireBytes().isEmpty)
    }

    @Test("V1.AcceptSettlementRequest round-trips with every field set; its default is the empty encoding")
    func acceptSettlementRequest() throws {
        let sample = V1.AcceptSettlementRequest.sample
        #expect(try V1.AcceptSettlementRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.AcceptSettlementRequest().wireBytes().isEmpty)
    }

    @Test("V1.AcceptSettlementResponse round-trips with every field set; its default is the empty encoding")
    func acceptSettlementResponse() throws {
        let sample = V1.AcceptSettlementResponse.sample
        #expect(try V1.AcceptSettlementResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.AcceptSettlementResponse().wireBytes().isEmpty)
    }

    @Test("V1.WithdrawSettlementRequest round-trips with every field set; its default is the empty encoding")
    func withdrawSettlementRequest() throws {
        let sample = V1.WithdrawSettlementRequest.sample
        #expect(try V1.WithdrawSettlementRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.WithdrawSettlementRequest().wireBytes().isEmpty)
    }

    @Test("V1.WithdrawSettlementResponse round-trips with every field set; its default is the empty encoding")
    func withdrawSettlementResponse() throws {
        let sample = V1.WithdrawSettlementResponse.sample
        #expect(try V1.WithdrawSettlementResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.WithdrawSettlementResponse().wireBytes().isEmpty)
    }

    @Test("V1.ListSettlementsRequest round-trips with every field set; its default is the empty encoding")
    func listSettlementsRequest() throws {
        let sample = V1.ListSettlementsRequest.sample
        #expect(try V1.ListSettlementsRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.ListSettlementsRequest().wireBytes().isEmpty)
    }

    @Test("V1.ListSettlementsResponse round-trips with every field set; its default is the empty encoding")
    func listSettlementsResponse() throws {
        let sample = V1.ListSettlementsResponse.sample
        #expect(try V1.ListSettlementsResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.ListSettlementsResponse().wireBytes().isEmpty)
    }

    @Test("V1.OpenDisputeRequest round-trips with every field set; its default is the empty encoding")
    func openDisputeRequest() throws {
        let sample = V1.OpenDisputeRequest.sample
        #expect(try V1.OpenDisputeRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.OpenDisputeRequest().wireBytes().isEmpty)
    }

    @Test("V1.OpenDisputeResponse round-trips with every field set; its default is the empty encoding")
    func openDisputeResponse() throws {
        let sample = V1.OpenDisputeResponse.sample
        #expect(try V1.OpenDisputeResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.OpenDisputeResponse().wireBytes().isEmpty)
    }

    @Test("V1.SendDisputeVerificationRequest round-trips with every field set; its default is the empty encoding")
    func sendDisputeVerificationRequest() throws {
        let sample = V1.SendDisputeVerificationRequest.sample
        #expect(try V1.SendDisputeVerificationRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.SendDisputeVerificationRequest().wireBytes().isEmpty)
    }

    @Test("V1.SendDisputeVerificationResponse round-trips with every field set; its default is the empty encoding")
    func sendDisputeVerificationResponse() throws {
        let sample = V1.SendDisputeVerificationResponse.sample
        #expect(try V1.SendDisputeVerificationResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.SendDisputeVerificationResponse().wireBytes().isEmpty)
    }

    @Test("V1.ResolveDisputeRequest round-trips with every field set; its default is the empty encoding")
    func resolveDisputeRequest() throws {
        let sample = V1.ResolveDisputeRequest.sample
        #expect(try V1.ResolveDisputeRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.ResolveDisputeRequest().wireBytes().isEmpty)
    }

    @Test("V1.ResolveDisputeResponse round-trips with every field set; its default is the empty encoding")
    func resolveDisputeResponse() throws {
        let sample = V1.ResolveDisputeResponse.sample
        #expect(try V1.ResolveDisputeResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.ResolveDisputeResponse().wireBytes().isEmpty)
    }

    @Test("V1.ListDisputesRequest round-trips with every field set; its default is the empty encoding")
    func listDisputesRequest() throws {
        let sample = V1.ListDisputesRequest.sample
        #expect(try V1.ListDisputesRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.ListDisputesRequest().wireBytes().isEmpty)
    }

    @Test("V1.ListDisputesResponse round-trips with every field set; its default is the empty encoding")
    func listDisputesResponse() throws {
        let sample = V1.ListDisputesResponse.sample
        #expect(try V1.ListDisputesResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.ListDisputesResponse().wireBytes().isEmpty)
    }

    @Test("V1.AgencyReturnRecord round-trips with every field set; its default is the empty encoding")
    func agencyReturnRecord() throws {
        let sample = V1.AgencyReturnRecord.sample
        #expect(try V1.AgencyReturnRecord(wire: sample.wireBytes()) == sample)
        #expect(V1.AgencyReturnRecord().wireBytes().isEmpty)
    }

    @Test("V1.ImportAgencyReturnRequest round-trips with every field set; its default is the empty encoding")
    func importAgencyReturnRequest() throws {
        let sample = V1.ImportAgencyReturnRequest.sample
        #expect(try V1.ImportAgencyReturnRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.ImportAgencyReturnRequest().wireBytes().isEmpty)
    }

    @Test("V1.AgencyReturnResult round-trips with every field set; its default is the empty encoding")
    func agencyReturnResult() throws {
        let sample = V1.AgencyReturnResult.sample
        #expect(try V1.AgencyReturnResult(wire: sample.wireBytes()) == sample)
        #expect(V1.AgencyReturnResult().wireBytes().isEmpty)
    }

    @Test("V1.ImportAgencyReturnResponse round-trips with every field set; its default is the empty encoding")
    func importAgencyReturnResponse() throws {
        let sample = V1.ImportAgencyReturnResponse.sample
        #expect(try V1.ImportAgencyReturnResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.ImportAgencyReturnResponse().wireBytes().isEmpty)
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
            Methods.Collections.offerSettlement.path,
            Methods.Collections.acceptSettlement.path,
            Methods.Collections.withdrawSettlement.path,
            Methods.Collections.listSettlements.path,
            Methods.Collections.openDispute.path,
            Methods.Collections.sendDisputeVerification.path,
            Methods.Collections.resolveDispute.path,
            Methods.Collections.listDisputes.path,
            Methods.Collections.importAgencyReturn.path,
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
        #expect(paths[13] == "/acs.v1.Collections/OfferSettlement")
        #expect(paths[14] == "/acs.v1.Collections/AcceptSettlement")
        #expect(paths[15] == "/acs.v1.Collections/WithdrawSettlement")
        #expect(paths[16] == "/acs.v1.Collections/ListSettlements")
        #expect(paths[17] == "/acs.v1.Collections/OpenDispute")
        #expect(paths[18] == "/acs.v1.Collections/SendDisputeVerification")
        #expect(paths[19] == "/acs.v1.Collections/ResolveDispute")
        #expect(paths[20] == "/acs.v1.Collections/ListDisputes")
        #expect(paths[21] == "/acs.v1.Collections/ImportAgencyReturn")
        #expect(Set(paths) == ServiceCatalog.methodPaths.filter { $0.hasPrefix("/acs.v1.Collections/") })
    }
}

@Suite("Generated mirrors of common.proto round-trip")
struct CommonMirrorRoundTripTests {
    @Test("V1.Money round-trips with every field set; its default is the empty encoding")
    func money() throws {
        let sample = V1.Money.sample
        #expect(try V1.Money(wire: sample.wireBytes()) == sample)
        #expect(V1.Money().wireBytes().isEmpty)
    }

    @Test("V1.AccountRef round-trips with every field set; its default is the empty encoding")
    func accountRef() throws {
        let sample = V1.AccountRef.sample
        #expect(try V1.AccountRef(wire: sample.wireBytes()) == sample)
        #expect(V1.AccountRef().wireBytes().isEmpty)
    }

    @Test("V1.Caller round-trips with every field set; its default is the empty encoding")
    func caller() throws {
        let sample = V1.Caller.sample
        #expect(try V1.Caller(wire: sample.wireBytes()) == sample)
        #expect(V1.Caller().wireBytes().isEmpty)
    }

    @Test("V1.ChangeRecord round-trips with every field set; its default is the empty encoding")
    func changeRecord() throws {
        let sample = V1.ChangeRecord.sample
        #expect(try V1.ChangeRecord(wire: sample.wireBytes()) == sample)
        #expect(V1.ChangeRecord().wireBytes().isEmpty)
    }

    @Test("V1.Balance round-trips with every field set; its default is the empty encoding")
    func balance() throws {
        let sample = V1.Balance.sample
        #expect(try V1.Balance(wire: sample.wireBytes()) == sample)
        #expect(V1.Balance().wireBytes().isEmpty)
    }

    @Test("V1.PostalAddress round-trips with every field set; its default is the empty encoding")
    func postalAddress() throws {
        let sample = V1.PostalAddress.sample
        #expect(try V1.PostalAddress(wire: sample.wireBytes()) == sample)
        #expect(V1.PostalAddress().wireBytes().isEmpty)
    }

    @Test("V1.Phone round-trips with every field set; its default is the empty encoding")
    func phone() throws {
        let sample = V1.Phone.sample
        #expect(try V1.Phone(wire: sample.wireBytes()) == sample)
        #expect(V1.Phone().wireBytes().isEmpty)
    }

    @Test("V1.Representative round-trips with every field set; its default is the empty encoding")
    func representative() throws {
        let sample = V1.Representative.sample
        #expect(try V1.Representative(wire: sample.wireBytes()) == sample)
        #expect(V1.Representative().wireBytes().isEmpty)
    }

    @Test("V1.InconvenientTime round-trips with every field set; its default is the empty encoding")
    func inconvenientTime() throws {
        let sample = V1.InconvenientTime.sample
        #expect(try V1.InconvenientTime(wire: sample.wireBytes()) == sample)
        #expect(V1.InconvenientTime().wireBytes().isEmpty)
    }

    @Test("V1.Hold round-trips with every field set; its default is the empty encoding")
    func hold() throws {
        let sample = V1.Hold.sample
        #expect(try V1.Hold(wire: sample.wireBytes()) == sample)
        #expect(V1.Hold().wireBytes().isEmpty)
    }

    @Test("V1.Ratio round-trips with every field set; its default is the empty encoding")
    func ratio() throws {
        let sample = V1.Ratio.sample
        #expect(try V1.Ratio(wire: sample.wireBytes()) == sample)
        #expect(V1.Ratio().wireBytes().isEmpty)
    }

    @Test("V1.PromiseStats round-trips with every field set; its default is the empty encoding")
    func promiseStats() throws {
        let sample = V1.PromiseStats.sample
        #expect(try V1.PromiseStats(wire: sample.wireBytes()) == sample)
        #expect(V1.PromiseStats().wireBytes().isEmpty)
    }
}

@Suite("Generated mirrors of frame.proto round-trip")
struct FrameMirrorRoundTripTests {
    @Test("V1.FieldViolation round-trips with every field set; its default is the empty encoding")
    func fieldViolation() throws {
        let sample = V1.FieldViolation.sample
        #expect(try V1.FieldViolation(wire: sample.wireBytes()) == sample)
        #expect(V1.FieldViolation().wireBytes().isEmpty)
    }

    @Test("V1.Status round-trips with every field set; its default is the empty encoding")
    func status() throws {
        let sample = V1.Status.sample
        #expect(try V1.Status(wire: sample.wireBytes()) == sample)
        #expect(V1.Status().wireBytes().isEmpty)
    }

    @Test("V1.RequestFrame round-trips with every field set; its default is the empty encoding")
    func requestFrame() throws {
        let sample = V1.RequestFrame.sample
        #expect(try V1.RequestFrame(wire: sample.wireBytes()) == sample)
        #expect(V1.RequestFrame().wireBytes().isEmpty)
    }

    @Test("V1.ResponseFrame round-trips with every field set; its default is the empty encoding")
    func responseFrame() throws {
        let sample = V1.ResponseFrame.sample
        #expect(try V1.ResponseFrame(wire: sample.wireBytes()) == sample)
        #expect(V1.ResponseFrame().wireBytes().isEmpty)
    }
}

@Suite("Generated mirrors of payments.proto round-trip")
struct PaymentsMirrorRoundTripTests {
    @Test("V1.BankEntry round-trips with every field set; its default is the empty encoding")
    func bankEntry() throws {
        let sample = V1.BankEntry.sample
        #expect(try V1.BankEntry(wire: sample.wireBytes()) == sample)
        #expect(V1.BankEntry().wireBytes().isEmpty)
    }

    @Test("V1.ImportBankStatementRequest round-trips with every field set; its default is the empty encoding")
    func importBankStatementRequest() throws {
        let sample = V1.ImportBankStatementRequest.sample
        #expect(try V1.ImportBankStatementRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.ImportBankStatementRequest().wireBytes().isEmpty)
    }

    @Test("V1.BankEntryResult round-trips with every field set; its default is the empty encoding")
    func bankEntryResult() throws {
        let sample = V1.BankEntryResult.sample
        #expect(try V1.BankEntryResult(wire: sample.wireBytes()) == sample)
        #expect(V1.BankEntryResult().wireBytes().isEmpty)
    }

    @Test("V1.ImportBankStatementResponse round-trips with every field set; its default is the empty encoding")
    func importBankStatementResponse() throws {
        let sample = V1.ImportBankStatementResponse.sample
        #expect(try V1.ImportBankStatementResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.ImportBankStatementResponse().wireBytes().isEmpty)
    }

    @Test("V1.UnmatchedEntry round-trips with every field set; its default is the empty encoding")
    func unmatchedEntry() throws {
        let sample = V1.UnmatchedEntry.sample
        #expect(try V1.UnmatchedEntry(wire: sample.wireBytes()) == sample)
        #expect(V1.UnmatchedEntry().wireBytes().isEmpty)
    }

    @Test("V1.ListUnmatchedRequest round-trips with every field set; its default is the empty encoding")
    func listUnmatchedRequest() throws {
        let sample = V1.ListUnmatchedRequest.sample
        #expect(try V1.ListUnmatchedRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.ListUnmatchedRequest().wireBytes().isEmpty)
    }

    @Test("V1.ListUnmatchedResponse round-trips with every field set; its default is the empty encoding")
    func listUnmatchedResponse() throws {
        let sample = V1.ListUnmatchedResponse.sample
        #expect(try V1.ListUnmatchedResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.ListUnmatchedResponse().wireBytes().isEmpty)
    }

    @Test("V1.AssignUnmatchedRequest round-trips with every field set; its default is the empty encoding")
    func assignUnmatchedRequest() throws {
        let sample = V1.AssignUnmatchedRequest.sample
        #expect(try V1.AssignUnmatchedRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.AssignUnmatchedRequest().wireBytes().isEmpty)
    }

    @Test("V1.AssignUnmatchedResponse round-trips with every field set; its default is the empty encoding")
    func assignUnmatchedResponse() throws {
        let sample = V1.AssignUnmatchedResponse.sample
        #expect(try V1.AssignUnmatchedResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.AssignUnmatchedResponse().wireBytes().isEmpty)
    }

    @Test("V1.IgnoreUnmatchedRequest round-trips with every field set; its default is the empty encoding")
    func ignoreUnmatchedRequest() throws {
        let sample = V1.IgnoreUnmatchedRequest.sample
        #expect(try V1.IgnoreUnmatchedRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.IgnoreUnmatchedRequest().wireBytes().isEmpty)
    }

    @Test("V1.IgnoreUnmatchedResponse round-trips with every field set; its default is the empty encoding")
    func ignoreUnmatchedResponse() throws {
        let sample = V1.IgnoreUnmatchedResponse.sample
        #expect(try V1.IgnoreUnmatchedResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.IgnoreUnmatchedResponse().wireBytes().isEmpty)
    }

    @Test("V1.NewPayment round-trips with every field set; its default is the empty encoding")
    func newPayment() throws {
        let sample = V1.NewPayment.sample
        #expect(try V1.NewPayment(wire: sample.wireBytes()) == sample)
        #expect(V1.NewPayment().wireBytes().isEmpty)
    }

    @Test("V1.Allocation round-trips with every field set; its default is the empty encoding")
    func allocation() throws {
        let sample = V1.Allocation.sample
        #expect(try V1.Allocation(wire: sample.wireBytes()) == sample)
        #expect(V1.Allocation().wireBytes().isEmpty)
    }

    @Test("V1.WriteOff round-trips with every field set; its default is the empty encoding")
    func writeOff() throws {
        let sample = V1.WriteOff.sample
        #expect(try V1.WriteOff(wire: sample.wireBytes()) == sample)
        #expect(V1.WriteOff().wireBytes().isEmpty)
    }

    @Test("V1.Payment round-trips with every field set; its default is the empty encoding")
    func payment() throws {
        let sample = V1.Payment.sample
        #expect(try V1.Payment(wire: sample.wireBytes()) == sample)
        #expect(V1.Payment().wireBytes().isEmpty)
    }

    @Test("V1.PaymentResult round-trips with every field set; its default is the empty encoding")
    func paymentResult() throws {
        let sample = V1.PaymentResult.sample
        #expect(try V1.PaymentResult(wire: sample.wireBytes()) == sample)
        #expect(V1.PaymentResult().wireBytes().isEmpty)
    }

    @Test("V1.PostPaymentRequest round-trips with every field set; its default is the empty encoding")
    func postPaymentRequest() throws {
        let sample = V1.PostPaymentRequest.sample
        #expect(try V1.PostPaymentRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.PostPaymentRequest().wireBytes().isEmpty)
    }

    @Test("V1.PostPaymentResponse round-trips with every field set; its default is the empty encoding")
    func postPaymentResponse() throws {
        let sample = V1.PostPaymentResponse.sample
        #expect(try V1.PostPaymentResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.PostPaymentResponse().wireBytes().isEmpty)
    }

    @Test("V1.PostPaymentsRequest round-trips with every field set; its default is the empty encoding")
    func postPaymentsRequest() throws {
        let sample = V1.PostPaymentsRequest.sample
        #expect(try V1.PostPaymentsRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.PostPaymentsRequest().wireBytes().isEmpty)
    }

    @Test("V1.PostPaymentsResponse round-trips with every field set; its default is the empty encoding")
    func postPaymentsResponse() throws {
        let sample = V1.PostPaymentsResponse.sample
        #expect(try V1.PostPaymentsResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.PostPaymentsResponse().wireBytes().isEmpty)
    }

    @Test("V1.ReversePaymentRequest round-trips with every field set; its default is the empty encoding")
    func reversePaymentRequest() throws {
        let sample = V1.ReversePaymentRequest.sample
        #expect(try V1.ReversePaymentRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.ReversePaymentRequest().wireBytes().isEmpty)
    }

    @Test("V1.GetPaymentRequest round-trips with every field set; its default is the empty encoding")
    func getPaymentRequest() throws {
        let sample = V1.GetPaymentRequest.sample
        #expect(try V1.GetPaymentRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.GetPaymentRequest().wireBytes().isEmpty)
    }

    @Test("V1.GetPaymentResponse round-trips with every field set; its default is the empty encoding")
    func getPaymentResponse() throws {
        let sample = V1.GetPaymentResponse.sample
        #expect(try V1.GetPaymentResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.GetPaymentResponse().wireBytes().isEmpty)
    }

    @Test("V1.ReversePaymentResponse round-trips with every field set; its default is the empty encoding")
    func reversePaymentResponse() throws {
        let sample = V1.ReversePaymentResponse.sample
        #expect(try V1.ReversePaymentResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.ReversePaymentResponse().wireBytes().isEmpty)
    }

    @Test("V1.ListPaymentsRequest round-trips with every field set; its default is the empty encoding")
    func listPaymentsRequest() throws {
        let sample = V1.ListPaymentsRequest.sample
        #expect(try V1.ListPaymentsRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.ListPaymentsRequest().wireBytes().isEmpty)
    }

    @Test("V1.ListPaymentsResponse round-trips with every field set; its default is the empty encoding")
    func listPaymentsResponse() throws {
        let sample = V1.ListPaymentsResponse.sample
        #expect(try V1.ListPaymentsResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.ListPaymentsResponse().wireBytes().isEmpty)
    }

    @Test("V1.WriteOffRequest round-trips with every field set; its default is the empty encoding")
    func writeOffRequest() throws {
        let sample = V1.WriteOffRequest.sample
        #expect(try V1.WriteOffRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.WriteOffRequest().wireBytes().isEmpty)
    }

    @Test("V1.WriteOffResponse round-trips with every field set; its default is the empty encoding")
    func writeOffResponse() throws {
        let sample = V1.WriteOffResponse.sample
        #expect(try V1.WriteOffResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.WriteOffResponse().wireBytes().isEmpty)
    }

    @Test("V1.ListWriteOffsRequest round-trips with every field set; its default is the empty encoding")
    func listWriteOffsRequest() throws {
        let sample = V1.ListWriteOffsRequest.sample
        #expect(try V1.ListWriteOffsRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.ListWriteOffsRequest().wireBytes().isEmpty)
    }

    @Test("V1.ListWriteOffsResponse round-trips with every field set; its default is the empty encoding")
    func listWriteOffsResponse() throws {
        let sample = V1.ListWriteOffsResponse.sample
        #expect(try V1.ListWriteOffsResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.ListWriteOffsResponse().wireBytes().isEmpty)
    }

    @Test("Methods.Payments names every acs.v1.Payments rpc")
    func paymentsMethods() {
        let paths = [
            Methods.Payments.postPayment.path,
            Methods.Payments.postPayments.path,
            Methods.Payments.reversePayment.path,
            Methods.Payments.getPayment.path,
            Methods.Payments.listPayments.path,
            Methods.Payments.writeOff.path,
            Methods.Payments.listWriteOffs.path,
            Methods.Payments.importBankStatement.path,
            Methods.Payments.listUnmatched.path,
            Methods.Payments.assignUnmatched.path,
            Methods.Payments.ignoreUnmatched.path,
        ]
        #expect(paths[0] == "/acs.v1.Payments/PostPayment")
        #expect(paths[1] == "/acs.v1.Payments/PostPayments")
        #expect(paths[2] == "/acs.v1.Payments/ReversePayment")
        #expect(paths[3] == "/acs.v1.Payments/GetPayment")
        #expect(paths[4] == "/acs.v1.Payments/ListPayments")
        #expect(paths[5] == "/acs.v1.Payments/WriteOff")
        #expect(paths[6] == "/acs.v1.Payments/ListWriteOffs")
        #expect(paths[7] == "/acs.v1.Payments/ImportBankStatement")
        #expect(paths[8] == "/acs.v1.Payments/ListUnmatched")
        #expect(paths[9] == "/acs.v1.Payments/AssignUnmatched")
        #expect(paths[10] == "/acs.v1.Payments/IgnoreUnmatched")
        #expect(Set(paths) == ServiceCatalog.methodPaths.filter { $0.hasPrefix("/acs.v1.Payments/") })
    }
}

@Suite("Generated mirrors of policies.proto round-trip")
struct PoliciesMirrorRoundTripTests {
    @Test("V1.Fee round-trips with every field set; its default is the empty encoding")
    func fee() throws {
        let sample = V1.Fee.sample
        #expect(try V1.Fee(wire: sample.wireBytes()) == sample)
        #expect(V1.Fee().wireBytes().isEmpty)
    }

    @Test("V1.StageAction round-trips with every field set; its default is the empty encoding")
    func stageAction() throws {
        let sample = V1.StageAction.sample
        #expect(try V1.StageAction(wire: sample.wireBytes()) == sample)
        #expect(V1.StageAction().wireBytes().isEmpty)
    }

    @Test("V1.StageCondition round-trips with every field set; its default is the empty encoding")
    func stageCondition() throws {
        let sample = V1.StageCondition.sample
        #expect(try V1.StageCondition(wire: sample.wireBytes()) == sample)
        #expect(V1.StageCondition().wireBytes().isEmpty)
    }

    @Test("V1.Stage round-trips with every field set; its default is the empty encoding")
    func stage() throws {
        let sample = V1.Stage.sample
        #expect(try V1.Stage(wire: sample.wireBytes()) == sample)
        #expect(V1.Stage().wireBytes().isEmpty)
    }

    @Test("V1.FrequencyCap round-trips with every field set; its default is the empty encoding")
    func frequencyCap() throws {
        let sample = V1.FrequencyCap.sample
        #expect(try V1.FrequencyCap(wire: sample.wireBytes()) == sample)
        #expect(V1.FrequencyCap().wireBytes().isEmpty)
    }

    @Test("V1.Policy round-trips with every field set; its default is the empty encoding")
    func policy() throws {
        let sample = V1.Policy.sample
        #expect(try V1.Policy(wire: sample.wireBytes()) == sample)
        #expect(V1.Policy().wireBytes().isEmpty)
    }

    @Test("V1.RoleAuthority round-trips with every field set; its default is the empty encoding")
    func roleAuthority() throws {
        let sample = V1.RoleAuthority.sample
        #expect(try V1.RoleAuthority(wire: sample.wireBytes()) == sample)
        #expect(V1.RoleAuthority().wireBytes().isEmpty)
    }

    @Test("V1.PolicyError round-trips with every field set; its default is the empty encoding")
    func policyError() throws {
        let sample = V1.PolicyError.sample
        #expect(try V1.PolicyError(wire: sample.wireBytes()) == sample)
        #expect(V1.PolicyError().wireBytes().isEmpty)
    }

    @Test("V1.ListPoliciesRequest round-trips (it has no fields); its default is the empty encoding")
    func listPoliciesRequest() throws {
        let sample = V1.ListPoliciesRequest.sample
        #expect(try V1.ListPoliciesRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.ListPoliciesRequest().wireBytes().isEmpty)
    }

    @Test("V1.ListPoliciesResponse round-trips with every field set; its default is the empty encoding")
    func listPoliciesResponse() throws {
        let sample = V1.ListPoliciesResponse.sample
        #expect(try V1.ListPoliciesResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.ListPoliciesResponse().wireBytes().isEmpty)
    }

    @Test("V1.GetPolicyRequest round-trips with every field set; its default is the empty encoding")
    func getPolicyRequest() throws {
        let sample = V1.GetPolicyRequest.sample
        #expect(try V1.GetPolicyRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.GetPolicyRequest().wireBytes().isEmpty)
    }

    @Test("V1.GetPolicyResponse round-trips with every field set; its default is the empty encoding")
    func getPolicyResponse() throws {
        let sample = V1.GetPolicyResponse.sample
        #expect(try V1.GetPolicyResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.GetPolicyResponse().wireBytes().isEmpty)
    }

    @Test("V1.ReloadPoliciesRequest round-trips (it has no fields); its default is the empty encoding")
    func reloadPoliciesRequest() throws {
        let sample = V1.ReloadPoliciesRequest.sample
        #expect(try V1.ReloadPoliciesRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.ReloadPoliciesRequest().wireBytes().isEmpty)
    }

    @Test("V1.ReloadPoliciesResponse round-trips with every field set; its default is the empty encoding")
    func reloadPoliciesResponse() throws {
        let sample = V1.ReloadPoliciesResponse.sample
        #expect(try V1.ReloadPoliciesResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.ReloadPoliciesResponse().wireBytes().isEmpty)
    }

    @Test("V1.CheckPolicyRequest round-trips with every field set; its default is the empty encoding")
    func checkPolicyRequest() throws {
        let sample = V1.CheckPolicyRequest.sample
        #expect(try V1.CheckPolicyRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.CheckPolicyRequest().wireBytes().isEmpty)
    }

    @Test("V1.CheckPolicyResponse round-trips with every field set; its default is the empty encoding")
    func checkPolicyResponse() throws {
        let sample = V1.CheckPolicyResponse.sample
        #expect(try V1.CheckPolicyResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.CheckPolicyResponse().wireBytes().isEmpty)
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

@Suite("Generated mirrors of reminders.proto round-trip")
struct RemindersMirrorRoundTripTests {
    @Test("V1.GateDecision round-trips with every field set; its default is the empty encoding")
    func gateDecision() throws {
        let sample = V1.GateDecision.sample
        #expect(try V1.GateDecision(wire: sample.wireBytes()) == sample)
        #expect(V1.GateDecision().wireBytes().isEmpty)
    }

    @Test("V1.Reminder round-trips with every field set; its default is the empty encoding")
    func reminder() throws {
        let sample = V1.Reminder.sample
        #expect(try V1.Reminder(wire: sample.wireBytes()) == sample)
        #expect(V1.Reminder().wireBytes().isEmpty)
    }

    @Test("V1.ValidationNotice round-trips with every field set; its default is the empty encoding")
    func validationNotice() throws {
        let sample = V1.ValidationNotice.sample
        #expect(try V1.ValidationNotice(wire: sample.wireBytes()) == sample)
        #expect(V1.ValidationNotice().wireBytes().isEmpty)
    }

    @Test("V1.ListDueRemindersRequest round-trips with every field set; its default is the empty encoding")
    func listDueRemindersRequest() throws {
        let sample = V1.ListDueRemindersRequest.sample
        #expect(try V1.ListDueRemindersRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.ListDueRemindersRequest().wireBytes().isEmpty)
    }

    @Test("V1.ListDueRemindersResponse round-trips with every field set; its default is the empty encoding")
    func listDueRemindersResponse() throws {
        let sample = V1.ListDueRemindersResponse.sample
        #expect(try V1.ListDueRemindersResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.ListDueRemindersResponse().wireBytes().isEmpty)
    }

    @Test("V1.GetReminderRequest round-trips with every field set; its default is the empty encoding")
    func getReminderRequest() throws {
        let sample = V1.GetReminderRequest.sample
        #expect(try V1.GetReminderRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.GetReminderRequest().wireBytes().isEmpty)
    }

    @Test("V1.GetReminderResponse round-trips with every field set; its default is the empty encoding")
    func getReminderResponse() throws {
        let sample = V1.GetReminderResponse.sample
        #expect(try V1.GetReminderResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.GetReminderResponse().wireBytes().isEmpty)
    }

    @Test("V1.ClaimRemindersRequest round-trips with every field set; its default is the empty encoding")
    func claimRemindersRequest() throws {
        let sample = V1.ClaimRemindersRequest.sample
        #expect(try V1.ClaimRemindersRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.ClaimRemindersRequest().wireBytes().isEmpty)
    }

    @Test("V1.ClaimRemindersResponse round-trips with every field set; its default is the empty encoding")
    func claimRemindersResponse() throws {
        let sample = V1.ClaimRemindersResponse.sample
        #expect(try V1.ClaimRemindersResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.ClaimRemindersResponse().wireBytes().isEmpty)
    }

    @Test("V1.CompleteReminderRequest round-trips with every field set; its default is the empty encoding")
    func completeReminderRequest() throws {
        let sample = V1.CompleteReminderRequest.sample
        #expect(try V1.CompleteReminderRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.CompleteReminderRequest().wireBytes().isEmpty)
    }

    @Test("V1.CompleteReminderResponse round-trips with every field set; its default is the empty encoding")
    func completeReminderResponse() throws {
        let sample = V1.CompleteReminderResponse.sample
        #expect(try V1.CompleteReminderResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.CompleteReminderResponse().wireBytes().isEmpty)
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

@Suite("Generated mirrors of reports.proto round-trip")
struct ReportsMirrorRoundTripTests {
    @Test("V1.AgingBucketAmount round-trips with every field set; its default is the empty encoding")
    func agingBucketAmount() throws {
        let sample = V1.AgingBucketAmount.sample
        #expect(try V1.AgingBucketAmount(wire: sample.wireBytes()) == sample)
        #expect(V1.AgingBucketAmount().wireBytes().isEmpty)
    }

    @Test("V1.AgingRow round-trips with every field set; its default is the empty encoding")
    func agingRow() throws {
        let sample = V1.AgingRow.sample
        #expect(try V1.AgingRow(wire: sample.wireBytes()) == sample)
        #expect(V1.AgingRow().wireBytes().isEmpty)
    }

    @Test("V1.ChannelReminderCounts round-trips with every field set; its default is the empty encoding")
    func channelReminderCounts() throws {
        let sample = V1.ChannelReminderCounts.sample
        #expect(try V1.ChannelReminderCounts(wire: sample.wireBytes()) == sample)
        #expect(V1.ChannelReminderCounts().wireBytes().isEmpty)
    }

    @Test("V1.RuleCounts round-trips with every field set; its default is the empty encoding")
    func ruleCounts() throws {
        let sample = V1.RuleCounts.sample
        #expect(try V1.RuleCounts(wire: sample.wireBytes()) == sample)
        #expect(V1.RuleCounts().wireBytes().isEmpty)
    }

    @Test("V1.StageCure round-trips with every field set; its default is the empty encoding")
    func stageCure() throws {
        let sample = V1.StageCure.sample
        #expect(try V1.StageCure(wire: sample.wireBytes()) == sample)
        #expect(V1.StageCure().wireBytes().isEmpty)
    }

    @Test("V1.RollRate round-trips with every field set; its default is the empty encoding")
    func rollRate() throws {
        let sample = V1.RollRate.sample
        #expect(try V1.RollRate(wire: sample.wireBytes()) == sample)
        #expect(V1.RollRate().wireBytes().isEmpty)
    }

    @Test("V1.CurrencyKpis round-trips with every field set; its default is the empty encoding")
    func currencyKpis() throws {
        let sample = V1.CurrencyKpis.sample
        #expect(try V1.CurrencyKpis(wire: sample.wireBytes()) == sample)
        #expect(V1.CurrencyKpis().wireBytes().isEmpty)
    }

    @Test("V1.AgingRequest round-trips with every field set; its default is the empty encoding")
    func agingRequest() throws {
        let sample = V1.AgingRequest.sample
        #expect(try V1.AgingRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.AgingRequest().wireBytes().isEmpty)
    }

    @Test("V1.AgingResponse round-trips with every field set; its default is the empty encoding")
    func agingResponse() throws {
        let sample = V1.AgingResponse.sample
        #expect(try V1.AgingResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.AgingResponse().wireBytes().isEmpty)
    }

    @Test("V1.KpisRequest round-trips with every field set; its default is the empty encoding")
    func kpisRequest() throws {
        let sample = V1.KpisRequest.sample
        #expect(try V1.KpisRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.KpisRequest().wireBytes().isEmpty)
    }

    @Test("V1.KpisResponse round-trips with every field set; its default is the empty encoding")
    func kpisResponse() throws {
        let sample = V1.KpisResponse.sample
        #expect(try V1.KpisResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.KpisResponse().wireBytes().isEmpty)
    }

    @Test("V1.RunBureauRequest round-trips with every field set; its default is the empty encoding")
    func runBureauRequest() throws {
        let sample = V1.RunBureauRequest.sample
        #expect(try V1.RunBureauRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.RunBureauRequest().wireBytes().isEmpty)
    }

    @Test("V1.FurnishingRecord round-trips with every field set; its default is the empty encoding")
    func furnishingRecord() throws {
        let sample = V1.FurnishingRecord.sample
        #expect(try V1.FurnishingRecord(wire: sample.wireBytes()) == sample)
        #expect(V1.FurnishingRecord().wireBytes().isEmpty)
    }

    @Test("V1.RunBureauResponse round-trips with every field set; its default is the empty encoding")
    func runBureauResponse() throws {
        let sample = V1.RunBureauResponse.sample
        #expect(try V1.RunBureauResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.RunBureauResponse().wireBytes().isEmpty)
    }

    @Test("Methods.Reports names every acs.v1.Reports rpc")
    func reportsMethods() {
        let paths = [
            Methods.Reports.aging.path,
            Methods.Reports.kpis.path,
            Methods.Reports.runBureau.path,
        ]
        #expect(paths[0] == "/acs.v1.Reports/Aging")
        #expect(paths[1] == "/acs.v1.Reports/Kpis")
        #expect(paths[2] == "/acs.v1.Reports/RunBureau")
        #expect(Set(paths) == ServiceCatalog.methodPaths.filter { $0.hasPrefix("/acs.v1.Reports/") })
    }
}

@Suite("Generated mirrors of system.proto round-trip")
struct SystemMirrorRoundTripTests {
    @Test("V1.HealthRequest round-trips (it has no fields); its default is the empty encoding")
    func healthRequest() throws {
        let sample = V1.HealthRequest.sample
        #expect(try V1.HealthRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.HealthRequest().wireBytes().isEmpty)
    }

    @Test("V1.HealthResponse round-trips with every field set; its default is the empty encoding")
    func healthResponse() throws {
        let sample = V1.HealthResponse.sample
        #expect(try V1.HealthResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.HealthResponse().wireBytes().isEmpty)
    }

    @Test("V1.PingRequest round-trips with every field set; its default is the empty encoding")
    func pingRequest() throws {
        let sample = V1.PingRequest.sample
        #expect(try V1.PingRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.PingRequest().wireBytes().isEmpty)
    }

    @Test("V1.PingResponse round-trips with every field set; its default is the empty encoding")
    func pingResponse() throws {
        let sample = V1.PingResponse.sample
        #expect(try V1.PingResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.PingResponse().wireBytes().isEmpty)
    }

    @Test("V1.VersionRequest round-trips (it has no fields); its default is the empty encoding")
    func versionRequest() throws {
        let sample = V1.VersionRequest.sample
        #expect(try V1.VersionRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.VersionRequest().wireBytes().isEmpty)
    }

    @Test("V1.VersionResponse round-trips with every field set; its default is the empty encoding")
    func versionResponse() throws {
        let sample = V1.VersionResponse.sample
        #expect(try V1.VersionResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.VersionResponse().wireBytes().isEmpty)
    }

    @Test("V1.StatusRequest round-trips (it has no fields); its default is the empty encoding")
    func statusRequest() throws {
        let sample = V1.StatusRequest.sample
        #expect(try V1.StatusRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.StatusRequest().wireBytes().isEmpty)
    }

    @Test("V1.StatusResponse round-trips with every field set; its default is the empty encoding")
    func statusResponse() throws {
        let sample = V1.StatusResponse.sample
        #expect(try V1.StatusResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.StatusResponse().wireBytes().isEmpty)
    }

    @Test("V1.GetClockRequest round-trips (it has no fields); its default is the empty encoding")
    func getClockRequest() throws {
        let sample = V1.GetClockRequest.sample
        #expect(try V1.GetClockRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.GetClockRequest().wireBytes().isEmpty)
    }

    @Test("V1.SetClockRequest round-trips with every field set; its default is the empty encoding")
    func setClockRequest() throws {
        let sample = V1.SetClockRequest.sample
        #expect(try V1.SetClockRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.SetClockRequest().wireBytes().isEmpty)
    }

    @Test("V1.AdvanceClockRequest round-trips with every field set; its default is the empty encoding")
    func advanceClockRequest() throws {
        let sample = V1.AdvanceClockRequest.sample
        #expect(try V1.AdvanceClockRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.AdvanceClockRequest().wireBytes().isEmpty)
    }

    @Test("V1.ClockResponse round-trips with every field set; its default is the empty encoding")
    func clockResponse() throws {
        let sample = V1.ClockResponse.sample
        #expect(try V1.ClockResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.ClockResponse().wireBytes().isEmpty)
    }

    @Test("V1.BackupRequest round-trips (it has no fields); its default is the empty encoding")
    func backupRequest() throws {
        let sample = V1.BackupRequest.sample
        #expect(try V1.BackupRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.BackupRequest().wireBytes().isEmpty)
    }

    @Test("V1.BackupResponse round-trips with every field set; its default is the empty encoding")
    func backupResponse() throws {
        let sample = V1.BackupResponse.sample
        #expect(try V1.BackupResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.BackupResponse().wireBytes().isEmpty)
    }

    @Test("V1.MetricsRequest round-trips (it has no fields); its default is the empty encoding")
    func metricsRequest() throws {
        let sample = V1.MetricsRequest.sample
        #expect(try V1.MetricsRequest(wire: sample.wireBytes()) == sample)
        #expect(V1.MetricsRequest().wireBytes().isEmpty)
    }

    @Test("V1.MetricsResponse round-trips with every field set; its default is the empty encoding")
    func metricsResponse() throws {
        let sample = V1.MetricsResponse.sample
        #expect(try V1.MetricsResponse(wire: sample.wireBytes()) == sample)
        #expect(V1.MetricsResponse().wireBytes().isEmpty)
    }

    @Test("Methods.System names every acs.v1.System rpc")
    func systemMethods() {
        let paths = [
            Methods.System.health.path,
            Methods.System.ping.path,
            Methods.System.version.path,
            Methods.System.status.path,
            Methods.System.getClock.path,
            Methods.System.setClock.path,
            Methods.System.advanceClock.path,
            Methods.System.backup.path,
            Methods.System.metrics.path,
        ]
        #expect(paths[0] == "/acs.v1.System/Health")
        #expect(paths[1] == "/acs.v1.System/Ping")
        #expect(paths[2] == "/acs.v1.System/Version")
        #expect(paths[3] == "/acs.v1.System/Status")
        #expect(paths[4] == "/acs.v1.System/GetClock")
        #expect(paths[5] == "/acs.v1.System/SetClock")
        #expect(paths[6] == "/acs.v1.System/AdvanceClock")
        #expect(paths[7] == "/acs.v1.System/Backup")
        #expect(paths[8] == "/acs.v1.System/Metrics")
        #expect(Set(paths) == ServiceCatalog.methodPaths.filter { $0.hasPrefix("/acs.v1.System/") })
    }
}
