import ACSCore
import ACSServer
import ACSStore
import ACSWire

/// The `acs.v1.Accounts` service: sync from source systems, account queries, holds.
struct AccountsHandlers: Sendable {
    let context: DaemonContext

    /// Largest sync batch accepted in one call.
    static let maxSyncBatch = 10_000

    func register(on router: inout RPCRouter) {
        router.register(Methods.Accounts.syncAccounts, sync)
        router.register(Methods.Accounts.getAccount, get)
        router.register(Methods.Accounts.listAccounts, list)
        router.register(Methods.Accounts.setHold, setHold)
        router.register(Methods.Accounts.clearHold, clearHold)
        router.register(Methods.Accounts.setContactPreference, setContactPreference)
        registerPayTokens(on: &router)
    }

    private func setContactPreference(_ request: V1.SetContactPreferenceRequest, _ call: RPCContext) async throws(ACSError) -> V1.SetContactPreferenceResponse {
        let lookup = try WireMapping.lookup(request.account)
        let change = try WireMapping.contactChange(request)
        let (view, cancelled) = try await context.actions.setContactPreference(change, on: lookup, by: context.actor(call, reason: request.reason))
        let what = [change.kind.rawValue, change.channel?.rawValue, change.phoneNumber].compactMap { $0 }.joined(separator: " ")
        context.audit(.consentChanged, "contact preference changed: \(what) (\(change.source.isEmpty ? "no source given" : change.source))",
                      call: call,
                      fields: ["ACCOUNT": String(view.id), "CHANGE": change.kind.rawValue, "CHANNEL": change.channel?.rawValue ?? "",
                               "PHONE": change.phoneNumber ?? "", "SOURCE": change.source, "REASON": request.reason])
        for event in cancelled { context.audit(event, call: call) }
        return V1.SetContactPreferenceResponse(account: WireMapping.summary(view), remindersCancelled: UInt32(cancelled.count))
    }

    private func sync(_ request: V1.SyncAccountsRequest, _ call: RPCContext) async throws(ACSError) -> V1.SyncAccountsResponse {
        guard request.accounts.count <= Self.maxSyncBatch else {
            throw .invalidArgument(field: "accounts", "at most \(Self.maxSyncBatch) records per call; split the batch")
        }
        let parsed = request.accounts.map(WireMapping.snapshot)
        let valid = parsed.compactMap { try? $0.get() }
        var applied = try await context.ledger.accounts.sync(valid, at: context.clock.now())[...]
        var response = V1.SyncAccountsResponse()
        for (index, (record, outcome)) in zip(request.accounts, parsed).enumerated() {
            let result: SyncRecordOutcome = switch outcome {
            case .success: applied.removeFirst()
            case .failure(let rejection): SyncRecordOutcome(kind: .rejected, accountID: nil, storedVersion: 0, violations: rejection.violations)
            }
            response.results.append(V1.SyncResult(
                index: UInt32(index), source: record.source, externalId: record.externalId, outcome: Self.outcome(result.kind),
                accountId: result.accountID.map(String.init) ?? "", storedVersion: result.storedVersion,
                violations: result.violations.map { V1.FieldViolation(field: $0.field, description: $0.description) }))
        }
        count(&response)
        audit(response, call)
        return response
    }

    private static func outcome(_ kind: SyncRecordOutcome.Kind) -> V1.SyncOutcome {
        switch kind {
        case .created: .created
        case .updated: .updated
        case .unchanged: .unchanged
        case .stale: .stale
        case .rejected: .rejected
        }
    }

    private func count(_ response: inout V1.SyncAccountsResponse) {
        let outcomes = response.results.map(\.outcome)
        let tally = { (outcome: V1.SyncOutcome) in UInt32(outcomes.filter { $0 == outcome }.count) }
        response.createdCount = tally(.created)
        response.updatedCount = tally(.updated)
        response.unchangedCount = tally(.unchanged)
        response.staleCount = tally(.stale)
        response.rejectedCount = tally(.rejected)
    }

    private func audit(_ response: V1.SyncAccountsResponse, _ call: RPCContext) {
        let sources = Set(response.results.map(\.source)).sorted().joined(separator: ",")
        context.audit(
            .accountSynced,
            "sync of \(response.results.count) records: \(response.createdCount) created, \(response.updatedCount) updated, "
                + "\(response.unchangedCount) unchanged, \(response.staleCount) stale, \(response.rejectedCount) rejected",
            call: call,
            fields: [
                "SOURCE": String(sources.prefix(200)), "RECORDS": String(response.results.count),
                "CREATED": String(response.createdCount), "UPDATED": String(response.updatedCount),
                "UNCHANGED": String(response.unchangedCount), "STALE": String(response.staleCount),
                "REJECTED": String(response.rejectedCount),
            ])
    }

    private func get(_ request: V1.GetAccountRequest, _ call: RPCContext) async throws(ACSError) -> V1.GetAccountResponse {
        let lookup = try WireMapping.lookup(request.account)
        let recent = request.recentPayments == 0 ? 10 : min(Int(request.recentPayments), 100)
        let view = try await context.ledger.accounts.account(lookup, recentPayments: recent, at: context.clock.now())
        return V1.GetAccountResponse(account: WireMapping.account(view))
    }

    private func list(_ request: V1.ListAccountsRequest, _ call: RPCContext) async throws(ACSError) -> V1.ListAccountsResponse {
        guard request.stage.isEmpty, request.placedWith.isEmpty else {
            throw .invalidArgument(field: request.stage.isEmpty ? "placed_with" : "stage", "filtering by it is not supported by this acsd yet")
        }
        var filter = AccountFilter()
        filter.segment = request.segment
        filter.source = request.source
        filter.minDaysPastDue = Int(request.minDaysPastDue)
        if request.hold != .unspecified { filter.hold = try WireMapping.required(request.hold, field: "hold") }
        let size = try PageToken.size(request.pageSize)
        let after = try PageToken.decode(request.pageToken)
        let views = try await context.ledger.accounts.list(filter, limit: size + 1, afterID: after, at: context.clock.now())
        let page = views.prefix(size)
        return V1.ListAccountsResponse(
            accounts: page.map(WireMapping.account),
            nextPageToken: views.count > size ? PageToken.encode(page.last!.id) : "")
    }

    private func setHold(_ request: V1.SetHoldRequest, _ call: RPCContext) async throws(ACSError) -> V1.SetHoldResponse {
        let lookup = try WireMapping.lookup(request.account)
        let kind: HoldKind = try WireMapping.required(request.kind, field: "kind")
        let (hold, created, cancelled, escalations) = try await context.actions.setHold(
            kind, on: lookup, obligationExternalID: request.obligationExternalId,
            effectiveOn: try WireMapping.day(request.effectiveOn, field: "effective_on"), endsOn: try WireMapping.day(request.endsOn, field: "ends_on"),
            crisis: request.mentalHealthCrisis, by: context.actor(call, reason: request.reason))
        if created {
            let until = hold.dates.endsOn.map { " until \($0)" } ?? (hold.dates.mentalHealthCrisis ? " until 30 days after the crisis" : "")
            context.audit(.holdSet, "\(kind.rawValue) hold set\(hold.obligationExternalID.isEmpty ? "" : " on \(hold.obligationExternalID)")\(until): \(request.reason)",
                          call: call, fields: ["ACCOUNT": try await accountID(lookup), "HOLD": kind.rawValue, "HOLD_ID": String(hold.id),
                                               "OBLIGATION": hold.obligationExternalID, "REASON": request.reason,
                                               "EFFECTIVE_ON": hold.dates.effectiveOn.description, "ENDS_ON": hold.dates.endsOn?.description ?? "",
                                               "VALIDATION_ENDS_ON": hold.validationEndsOn?.description ?? ""])
        }
        for event in cancelled { context.audit(event, call: call) }
        for event in escalations { context.audit(event, call: call) }
        return V1.SetHoldResponse(hold: WireMapping.hold(hold), created: created, remindersCancelled: UInt32(cancelled.count),
                                  recalled: !escalations.isEmpty)
    }

    private func clearHold(_ request: V1.ClearHoldRequest, _ call: RPCContext) async throws(ACSError) -> V1.ClearHoldResponse {
        let lookup = try WireMapping.lookup(request.account)
        guard let id = Int64(request.holdId) else { throw .invalidArgument(field: "hold_id", "is required: the id SetHold answered") }
        let hold = try await context.ledger.accounts.clearHold(id: id, on: lookup, by: context.actor(call, reason: request.reason))
        if hold.clearedBy == nil, let end = hold.dates.endsOn {
            context.audit(.holdEnding, "crisis breathing space \(hold.id) ends on \(end): \(request.reason)", call: call,
                          fields: ["ACCOUNT": try await accountID(lookup), "HOLD": hold.kind.rawValue, "HOLD_ID": String(hold.id),
                                   "ENDS_ON": end.description, "REASON": request.reason])
            return V1.ClearHoldResponse(hold: WireMapping.hold(hold))
        }
        context.audit(.holdCleared, "\(hold.kind.rawValue) hold \(hold.id) cleared: \(request.reason)", call: call,
                      fields: ["ACCOUNT": try await accountID(lookup), "HOLD": hold.kind.rawValue, "HOLD_ID": String(hold.id), "REASON": request.reason])
        return V1.ClearHoldResponse(hold: WireMapping.hold(hold))
    }

    /// acsd's id of the account, for audit entries.
    private func accountID(_ lookup: AccountLookup) async throws(ACSError) -> String {
        if case .id(let id) = lookup { return String(id) }
        return String(try await context.ledger.accounts.account(lookup, recentPayments: 0, at: context.clock.now()).id)
    }
}

/// Opaque page tokens: the last id of the page before.
enum PageToken {
    static func encode(_ id: Int64) -> String { "after:\(id)" }

    static func decode(_ token: String) throws(ACSError) -> Int64 {
        guard !token.isEmpty else { return 0 }
        guard token.hasPrefix("after:"), let id = Int64(token.dropFirst(6)), id >= 0 else {
            throw .invalidArgument(field: "page_token", "is not a token this acsd gave out")
        }
        return id
    }

    static func size(_ requested: UInt32, default fallback: Int = 50, max limit: Int = 500) throws(ACSError) -> Int {
        guard requested <= limit else { throw .invalidArgument(field: "page_size", "at most \(limit)") }
        return requested == 0 ? fallback : Int(requested)
    }
}
