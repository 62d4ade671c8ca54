import ACSCore
import ACSWire
import Testing

// Round-trips every generated mirror (CommonMessages.swift, AccountsMessages.swift,
// PaymentsMessages.swift) with every field set, through libprotobuf-c. A property whose
// name is not its proto field's camelCase stops the encoder; a missing sample field is
// reported by name. Types are written `V1.X` because ProtoMessageTests.swift
// declares private mirrors with the same names.

/// Checks one mirror: its sample sets every field and survives the wire; its empty value
/// is the empty encoding.
private func check<T: ProtoCodable & Hashable>(_ sample: T, _ empty: T, sourceLocation: SourceLocation = #_sourceLocation) throws {
    #expect(unsetFields(of: sample) == [], "\(T.self).sample leaves fields at their default", sourceLocation: sourceLocation)
    #expect(try T(wire: sample.wireBytes()) == sample, "\(T.self)", sourceLocation: sourceLocation)
    #expect(empty.wireBytes().isEmpty, "\(T.self)() is not all defaults", sourceLocation: sourceLocation)
    #expect(try T(wire: []) == empty, "\(T.self)", sourceLocation: sourceLocation)
    try expectBridgeAgrees(sample, sourceLocation: sourceLocation)
}

/// The stored properties of `value` that hold their proto default (nil, empty, 0, false).
private func unsetFields(of value: Any) -> [String] {
    Mirror(reflecting: value).children.compactMap { child in isDefault(child.value) ? child.label ?? "?" : nil }
}

private func isDefault(_ value: Any) -> Bool {
    let mirror = Mirror(reflecting: value)
    if mirror.displayStyle == .optional || mirror.displayStyle == .collection { return mirror.children.isEmpty }
    switch value {
    case let value as String: return value.isEmpty
    case let value as Bool: return !value
    case let value as any RawRepresentable: return "\(value.rawValue)" == "0"
    default: return "\(value)" == "0"
    }
}

// MARK: - Samples: common.proto (and the frame.proto types it carries)

private extension V1.Money {
    static let sample = V1.Money(amountMinor: -1_234_567_890_123, currency: "EUR")
}

private extension V1.AccountRef {
    static let sample = V1.AccountRef(
        id: "AccountRef.id",
        source: "AccountRef.source",
        externalId: "AccountRef.external_id")
}

private extension V1.Caller {
    static let sample = V1.Caller(
        uid: 4_000_000_001,
        gid: 4_000_000_002,
        pid: 4_000_000_003,
        processName: "Caller.process_name",
        userName: "Caller.user_name")
}

private extension V1.ChangeRecord {
    static let sample = V1.ChangeRecord(caller: .sample, at: "2026-03-02T09:00:00Z", reason: "ChangeRecord.reason")
}

private extension V1.Balance {
    static let sample = V1.Balance(currency: "EUR", outstanding: .sample, overdue: .sample, credit: .sample)
}

private extension V1.PostalAddress {
    static let sample = V1.PostalAddress(
        lines: ["PostalAddress.lines", "PostalAddress.lines[1]"],
        locality: "PostalAddress.locality",
        region: "PostalAddress.region",
        postalCode: "PostalAddress.postal_code",
        country: "DE",
        timeZone: "Europe/Berlin")
}

private extension V1.Phone {
    static let sample = V1.Phone(
        number: "+4930123456",
        smsConsent: true,
        voiceConsent: true,
        consentSource: "Phone.consent_source",
        consentChangedAt: "Phone.consent_changed_at",
        timeZone: "Europe/Berlin")
}

private extension V1.InconvenientTime {
    static let sample = V1.InconvenientTime(startTime: "21:00", endTime: "08:00", weekdays: [1, 7, 4_294_967_295])
}

private extension V1.Hold {
    static let sample = V1.Hold(
        id: "Hold.id",
        kind: .breathingSpace,
        obligationExternalId: "Hold.obligation_external_id",
        effectiveOn: "2026-03-02",
        endsOn: "2026-05-02",
        active: true,
        setBy: .sample,
        clearedBy: .sample)
}

private extension V1.Ratio {
    static let sample = V1.Ratio(numerator: -9_000_000_000_002, denominator: -9_000_000_000_003)
}

private extension V1.PromiseStats {
    static let sample = V1.PromiseStats(
        pending: 18_000_000_000_000_000_003,
        kept: 18_000_000_000_000_000_004,
        broken: 18_000_000_000_000_000_005,
        cancelled: 18_000_000_000_000_000_006,
        keptRate: .sample)
}

private extension V1.FieldViolation {
    static let sample = V1.FieldViolation(field: "FieldViolation.field", description: "FieldViolation.description")
}

private extension V1.Status {
    static let sample = V1.Status(code: .unauthenticated, message: "Status.message", violations: [.sample])
}

// MARK: - Samples: accounts.proto

private extension V1.ObligationRecord {
    static let sample = V1.ObligationRecord(
        externalId: "ObligationRecord.external_id",
        kind: .interest,
        amount: .sample,
        openAmount: .sample,
        issuedOn: "2026-02-01",
        dueOn: "2026-03-01")
}

private extension V1.AccountRecord {
    static let sample = V1.AccountRecord(
        source: "AccountRecord.source",
        externalId: "AccountRecord.external_id",
        sourceVersion: 18_000_000_000_000_000_007,
        name: "Jürgen Müller",
        emails: ["AccountRecord.emails", "AccountRecord.emails[1]"],
        phones: [.sample],
        address: .sample,
        timeZone: "Europe/Berlin",
        locale: "de-DE",
        segment: "AccountRecord.segment",
        obligations: [.sample])
}

private extension V1.SyncResult {
    static let sample = V1.SyncResult(
        index: 4_000_000_004,
        source: "SyncResult.source",
        externalId: "SyncResult.external_id",
        outcome: .rejected,
        accountId: "SyncResult.account_id",
        storedVersion: 18_000_000_000_000_000_008,
        violations: [.sample])
}

private extension V1.Obligation {
    static let sample = V1.Obligation(
        externalId: "Obligation.external_id",
        kind: .interest,
        amount: .sample,
        openAmount: .sample,
        issuedOn: "2026-02-01",
        dueOn: "2026-03-01",
        daysPastDue: 4_000_000_005,
        disputed: true,
        stage: "Obligation.stage")
}

private extension V1.ChannelPreference {
    static let sample = V1.ChannelPreference(
        channel: .letter,
        optedOut: true,
        source: "ChannelPreference.source",
        changedBy: .sample)
}

private extension V1.Account {
    static let sample = V1.Account(
        id: "Account.id",
        source: "Account.source",
        externalId: "Account.external_id",
        sourceVersion: 18_000_000_000_000_000_009,
        name: "Jürgen Müller",
        emails: ["Account.emails", "Account.emails[1]"],
        phones: [.sample],
        address: .sample,
        timeZone: "Europe/Berlin",
        locale: "de-DE",
        segment: "Account.segment",
        balances: [.sample],
        oldestUnpaidDueOn: "Account.oldest_unpaid_due_on",
        daysPastDue: 4_000_000_006,
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
        updatedAt: "Account.updated_at")
}

private extension V1.SyncAccountsRequest {
    static let sample = V1.SyncAccountsRequest(accounts: [.sample])
}

private extension V1.SyncAccountsResponse {
    static let sample = V1.SyncAccountsResponse(
        results: [.sample],
        createdCount: 4_000_000_007,
        updatedCount: 4_000_000_008,
        unchangedCount: 4_000_000_009,
        staleCount: 4_000_000_010,
        rejectedCount: 4_000_000_011)
}

private extension V1.GetAccountRequest {
    static let sample = V1.GetAccountRequest(account: .sample, recentPayments: 4_000_000_012)
}

private extension V1.GetAccountResponse {
    static let sample = V1.GetAccountResponse(account: .sample)
}

private extension V1.ListAccountsRequest {
    static let sample = V1.ListAccountsRequest(
        segment: "ListAccountsRequest.segment",
        minDaysPastDue: 4_000_000_013,
        hold: .breathingSpace,
        stage: "ListAccountsRequest.stage",
        source: "ListAccountsRequest.source",
        placedWith: "ListAccountsRequest.placed_with",
        pageSize: 4_000_000_014,
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
        kind: .breathingSpace,
        obligationExternalId: "SetHoldRequest.obligation_external_id",
        effectiveOn: "2026-03-02",
        endsOn: "2026-05-02",
        reason: "SetHoldRequest.reason")
}

private extension V1.SetHoldResponse {
    static let sample = V1.SetHoldResponse(
        hold: .sample,
        created: true,
        remindersCancelled: 4_000_000_015,
        recalled: true)
}

private extension V1.ClearHoldRequest {
    static let sample = V1.ClearHoldRequest(
        account: .sample,
        holdId: "ClearHoldRequest.hold_id",
        kind: .breathingSpace,
        obligationExternalId: "ClearHoldRequest.obligation_external_id",
        reason: "ClearHoldRequest.reason")
}

private extension V1.ClearHoldResponse {
    static let sample = V1.ClearHoldResponse(hold: .sample)
}

private extension V1.SetContactPreferenceRequest {
    static let sample = V1.SetContactPreferenceRequest(
        account: .sample,
        change: .setInconvenientTimes,
        channel: .letter,
        phoneNumber: "SetContactPreferenceRequest.phone_number",
        source: "SetContactPreferenceRequest.source",
        reason: "SetContactPreferenceRequest.reason",
        inconvenientTimes: [.sample])
}

private extension V1.SetContactPreferenceResponse {
    static let sample = V1.SetContactPreferenceResponse(account: .sample, remindersCancelled: 4_000_000_016)
}

// MARK: - Samples: payments.proto

private extension V1.NewPayment {
    static let sample = V1.NewPayment(
        idempotencyKey: "NewPayment.idempotency_key",
        account: .sample,
        amount: .sample,
        receivedAt: "NewPayment.received_at",
        method: "NewPayment.method",
        reference: "NewPayment.reference",
        agency: "NewPayment.agency",
        note: "ünïcødé \u{1F4B6}")
}

private extension V1.Allocation {
    static let sample = V1.Allocation(
        obligationExternalId: "Allocation.obligation_external_id",
        dueOn: "2026-03-01",
        amount: .sample,
        openAfter: .sample)
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
        note: "ünïcødé \u{1F4B6}",
        status: .reversed,
        allocations: [.sample],
        credit: .sample,
        postedBy: .sample,
        agency: "Payment.agency",
        agencyCommissionBp: 4_000_000_017,
        agencyCommission: .sample,
        reversalReason: .postingError,
        reversedBy: .sample)
}

private extension V1.PaymentResult {
    static let sample = V1.PaymentResult(
        index: 4_000_000_018,
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
        postedCount: 4_000_000_019,
        replayedCount: 4_000_000_020,
        refusedCount: 4_000_000_021)
}

private extension V1.ReversePaymentRequest {
    static let sample = V1.ReversePaymentRequest(
        paymentId: "ReversePaymentRequest.payment_id",
        idempotencyKey: "ReversePaymentRequest.idempotency_key",
        reason: .postingError,
        note: "ünïcødé \u{1F4B6}")
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
        status: .reversed,
        agency: "ListPaymentsRequest.agency",
        receivedFrom: "ListPaymentsRequest.received_from",
        receivedUntil: "ListPaymentsRequest.received_until",
        pageSize: 4_000_000_022,
        pageToken: "ListPaymentsRequest.page_token")
}

private extension V1.ListPaymentsResponse {
    static let sample = V1.ListPaymentsResponse(
        payments: [.sample],
        nextPageToken: "ListPaymentsResponse.next_page_token")
}

@Suite("Generated mirrors of common, accounts and payments messages")
struct GeneratedMirrorTests {
    @Test("common.proto mirrors round-trip with every field set")
    func commonMessages() throws {
        try check(V1.Money.sample, .init())
        try check(V1.AccountRef.sample, .init())
        try check(V1.Caller.sample, .init())
        try check(V1.ChangeRecord.sample, .init())
        try check(V1.Balance.sample, .init())
        try check(V1.PostalAddress.sample, .init())
        try check(V1.Phone.sample, .init())
        try check(V1.InconvenientTime.sample, .init())
        try check(V1.Hold.sample, .init())
        try check(V1.Ratio.sample, .init())
        try check(V1.PromiseStats.sample, .init())
        try check(V1.FieldViolation.sample, .init())
        try check(V1.Status.sample, .init())
    }

    @Test("accounts.proto mirrors round-trip with every field set")
    func accountsMessages() throws {
        try check(V1.ObligationRecord.sample, .init())
        try check(V1.AccountRecord.sample, .init())
        try check(V1.SyncResult.sample, .init())
        try check(V1.Obligation.sample, .init())
        try check(V1.ChannelPreference.sample, .init())
        try check(V1.Account.sample, .init())
        try check(V1.SyncAccountsRequest.sample, .init())
        try check(V1.SyncAccountsResponse.sample, .init())
        try check(V1.GetAccountRequest.sample, .init())
        try check(V1.GetAccountResponse.sample, .init())
        try check(V1.ListAccountsRequest.sample, .init())
        try check(V1.ListAccountsResponse.sample, .init())
        try check(V1.SetHoldRequest.sample, .init())
        try check(V1.SetHoldResponse.sample, .init())
        try check(V1.ClearHoldRequest.sample, .init())
        try check(V1.ClearHoldResponse.sample, .init())
        try check(V1.SetContactPreferenceRequest.sample, .init())
        try check(V1.SetContactPreferenceResponse.sample, .init())
    }

    @Test("payments.proto mirrors round-trip with every field set")
    func paymentsMessages() throws {
        try check(V1.NewPayment.sample, .init())
        try check(V1.Allocation.sample, .init())
        try check(V1.Payment.sample, .init())
        try check(V1.PaymentResult.sample, .init())
        try check(V1.PostPaymentRequest.sample, .init())
        try check(V1.PostPaymentResponse.sample, .init())
        try check(V1.PostPaymentsRequest.sample, .init())
        try check(V1.PostPaymentsResponse.sample, .init())
        try check(V1.ReversePaymentRequest.sample, .init())
        try check(V1.ReversePaymentResponse.sample, .init())
        try check(V1.ListPaymentsRequest.sample, .init())
        try check(V1.ListPaymentsResponse.sample, .init())
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
        ]
        #expect(paths[0] == "/acs.v1.Accounts/SyncAccounts")
        #expect(paths[1] == "/acs.v1.Accounts/GetAccount")
        #expect(paths[2] == "/acs.v1.Accounts/ListAccounts")
        #expect(paths[3] == "/acs.v1.Accounts/SetHold")
        #expect(paths[4] == "/acs.v1.Accounts/ClearHold")
        #expect(paths[5] == "/acs.v1.Accounts/SetContactPreference")
        #expect(Set(paths) == ServiceCatalog.methodPaths.filter { $0.hasPrefix("/acs.v1.Accounts/") })
    }

    @Test("Methods.Payments names every acs.v1.Payments rpc")
    func paymentsMethods() {
        let paths = [
            Methods.Payments.postPayment.path,
            Methods.Payments.postPayments.path,
            Methods.Payments.reversePayment.path,
            Methods.Payments.listPayments.path,
        ]
        #expect(paths[0] == "/acs.v1.Payments/PostPayment")
        #expect(paths[1] == "/acs.v1.Payments/PostPayments")
        #expect(paths[2] == "/acs.v1.Payments/ReversePayment")
        #expect(paths[3] == "/acs.v1.Payments/ListPayments")
        #expect(Set(paths) == ServiceCatalog.methodPaths.filter { $0.hasPrefix("/acs.v1.Payments/") })
    }
}
