import ACSCore
import ACSPolicy
import ACSServer
import ACSStore
import ACSWire
import Foundation

/// The `acs.v1.Collections` service: engine cycles, tasks for people, agency placements
/// with their streamed export, promises to pay and payment plans.
struct CollectionsHandlers: Sendable {
    let context: DaemonContext
    let cycle: CollectionCycle


    func register(on router: inout RPCRouter) {
        router.register(Methods.Collections.runCycle, runCycle)
        router.register(Methods.Collections.listTasks, listTasks)
        router.register(Methods.Collections.claimTask, claimTask)
        router.register(Methods.Collections.completeTask, completeTask)
        router.register(Methods.Collections.placeAccount, place)
        router.register(Methods.Collections.recallAccount, recall)
        router.register(Methods.Collections.listPlacements, listPlacements)
        router.register(stream: Methods.Collections.exportPlacements, export)
        router.register(Methods.Collections.recordPromise, recordPromise)
        router.register(Methods.Collections.listPromises, listPromises)
        router.register(Methods.Collections.createPaymentPlan, createPlan)
        router.register(Methods.Collections.getPaymentPlan, getPlan)
        router.register(Methods.Collections.cancelPaymentPlan, cancelPlan)
        router.register(Methods.Collections.offerSettlement, offerSettlement)
        router.register(Methods.Collections.acceptSettlement, acceptSettlement)
        router.register(Methods.Collections.withdrawSettlement, withdrawSettlement)
        router.register(Methods.Collections.listSettlements, listSettlements)
        router.register(Methods.Collections.openDispute, openDispute)
        router.register(Methods.Collections.sendDisputeVerification, sendVerification)
        router.register(Methods.Collections.resolveDispute, resolveDispute)
        router.register(Methods.Collections.listDisputes, listDisputes)
        router.register(Methods.Collections.importAgencyReturn, importAgencyReturn)
    }

    private func runCycle(_ request: V1.RunCycleRequest, _ call: RPCContext) async throws(ACSError) -> V1.RunCycleResponse {
        let summary = try await cycle.run(call: call)
        return V1.RunCycleResponse(summary: V1.CycleSummary(
            id: summary.id, asOf: ACSClock.format(summary.asOf), durationMs: summary.durationMilliseconds,
            accountsEvaluated: summary.evaluated, remindersScheduled: summary.scheduled, remindersDeferred: summary.deferred,
            remindersSuppressed: summary.suppressed, remindersCancelled: summary.cancelled, feesCharged: summary.feesCharged,
            interestAccruals: summary.interestAccruals,
            tasksCreated: summary.tasksCreated, accountsPlaced: summary.placed, accountsRecalled: summary.recalled,
            promisesKept: summary.promisesKept, promisesBroken: summary.promisesBroken, plansCompleted: summary.plansCompleted,
            plansBroken: summary.plansBroken, accountsCured: summary.cured))
    }

    private func listTasks(_ request: V1.ListTasksRequest, _ call: RPCContext) async throws(ACSError) -> V1.ListTasksResponse {
        let size = try PageToken.size(request.pageSize)
        let statuses = try request.statuses.map { (status) throws(ACSError) -> TaskStatus in
            try WireMapping.required(status, field: "statuses", "UNSPECIFIED is not a status")
        }
        var after: (String, Int64)?
        if !request.pageToken.isEmpty {
            let parts = request.pageToken.split(separator: "|")
            guard parts.count == 2, let id = Int64(parts[1]) else { throw .invalidArgument(field: "page_token", "is not a token this acsd gave out") }
            after = (String(parts[0]), id)
        }
        let dueBy = try WireMapping.day(request.dueBy, field: "due_by")
        let tasks = try await context.ledger.escalations.tasks(queue: request.queue, statuses: statuses, account: try request.account.map { (ref) throws(ACSError) in try WireMapping.lookup(ref) },
                                                  assignee: request.assignee, dueBy: dueBy, limit: size + 1, after: after)
        let page = tasks.prefix(size)
        var response = V1.ListTasksResponse(nextPageToken: tasks.count > size ? page.last.map { "\($0.dueOn)|\($0.id)" } ?? "" : "")
        for task in page { response.tasks.append(WireMapping.task(task, account: try await summary(task.accountID))) }
        return response
    }

    private func claimTask(_ request: V1.ClaimTaskRequest, _ call: RPCContext) async throws(ACSError) -> V1.ClaimTaskResponse {
        guard !request.taskId.isEmpty || !request.queue.isEmpty else { throw .invalidArgument(field: "task_id", "give a task_id or a queue") }
        let id = try request.taskId.isEmpty ? nil : WireMapping.id(request.taskId, field: "task_id")
        let assignee = request.assignee.isEmpty ? context.users.userName(call.caller.uid) ?? "uid \(call.caller.uid)" : request.assignee
        let task = try await context.ledger.escalations.claimTask(id: id, queue: request.queue, assignee: assignee, by: context.actor(call))
        return V1.ClaimTaskResponse(task: WireMapping.task(task, account: try await summary(task.accountID)))
    }

    private func completeTask(_ request: V1.CompleteTaskRequest, _ call: RPCContext) async throws(ACSError) -> V1.CompleteTaskResponse {
        let outcome: TaskOutcome = try WireMapping.required(request.outcome, field: "outcome")
        let (task, events) = try await context.ledger.escalations.completeTask(id: try WireMapping.id(request.taskId, field: "task_id"), outcome: outcome,
                                                                   note: request.note, by: context.actor(call))
        for event in events { context.audit(event, call: call) }
        return V1.CompleteTaskResponse(task: WireMapping.task(task, account: try await summary(task.accountID)))
    }

    private func place(_ request: V1.PlaceAccountRequest, _ call: RPCContext) async throws(ACSError) -> V1.PlaceAccountResponse {
        _ = try WireMapping.agency(request.agency, field: "agency", in: context.configuration.current.agencies)
        let (placement, cancelled, events) = try await context.ledger.escalations.placeAccount(
            try WireMapping.lookup(request.account), agency: request.agency, coCollect: request.coCollect, by: context.actor(call, reason: request.reason))
        for event in cancelled { context.audit(event, call: call) }
        for event in events { context.audit(event, call: call) }
        return V1.PlaceAccountResponse(placement: WireMapping.placement(placement), remindersCancelled: UInt32(cancelled.count))
    }

    private func recall(_ request: V1.RecallAccountRequest, _ call: RPCContext) async throws(ACSError) -> V1.RecallAccountResponse {
        let (placement, events) = try await context.ledger.escalations.recallAccount(try WireMapping.lookup(request.account), by: context.actor(call, reason: request.reason))
        for event in events { context.audit(event, call: call) }
        return V1.RecallAccountResponse(placement: WireMapping.placement(placement))
    }

    private func listPlacements(_ request: V1.ListPlacementsRequest, _ call: RPCContext) async throws(ACSError) -> V1.ListPlacementsResponse {
        let size = try PageToken.size(request.pageSize)
        let before = try request.pageToken.isEmpty ? nil : PageToken.decode(request.pageToken)
        let status: PlacementStatus? = WireMapping.domain(request.status)
        let placements = try await context.ledger.escalations.placements(
            agency: request.agency, account: try request.account.map { (ref) throws(ACSError) in try WireMapping.lookup(ref) }, status: status,
            unexportedOnly: request.unexportedOnly, limit: size + 1, beforeID: before)
        let page = placements.prefix(size)
        return V1.ListPlacementsResponse(placements: page.map(WireMapping.placement),
                                         nextPageToken: placements.count > size ? page.last.map { PageToken.encode($0.id) } ?? "" : "")
    }

    /// Records per chunk of the export stream.
    static let exportChunk = 100

    private func export(_ request: V1.ExportPlacementsRequest, _ call: RPCContext, _ writer: RPCStreamWriter) async throws(ACSError)
        -> V1.ExportPlacementsResponse {
        _ = try WireMapping.agency(request.agency, field: "agency", in: context.configuration.current.agencies)
        let (exportID, records) = try await context.ledger.escalations.exportPlacements(agency: request.agency, exportID: request.exportId,
                                                                           dryRun: request.dryRun, at: context.clock.now())
        let messages = records.map { record in
            V1.PlacementRecord(
                placement: WireMapping.placement(record.placement), account: WireMapping.account(record.account),
                lastContacts: record.contacts.map {
                    V1.ContactAttempt(at: ACSClock.format($0.at), channel: WireMapping.wire($0.channel),
                                      outcome: $0.outcome.map(WireMapping.wire) ?? .unspecified, reminderId: String($0.reminderID))
                },
                action: record.isRecall ? .recall : .place)
        }
        let last = await writer.sendChunks(messages, size: Self.exportChunk) { V1.ExportPlacementsResponse(records: $0, exportId: exportID) }
        if !exportID.isEmpty && request.exportId.isEmpty {
            for record in records {
                context.audit(.placementExported, "\(record.isRecall ? "recall of " : "")placement \(record.placement.id) exported to \(request.agency) in \(exportID)",
                              call: call,
                              fields: ["ACCOUNT": String(record.placement.accountID), "PLACEMENT": String(record.placement.id),
                                       "AGENCY": request.agency, "EXPORT": exportID])
            }
        }
        return V1.ExportPlacementsResponse(records: last, done: true, exportId: exportID, recordCount: UInt32(messages.count))
    }

    private func recordPromise(_ request: V1.RecordPromiseRequest, _ call: RPCContext) async throws(ACSError) -> V1.RecordPromiseResponse {
        guard let amount = request.amount else { throw .invalidArgument(field: "amount", "is required") }
        guard Currency(code: amount.currency) != nil else { throw .invalidArgument(field: "amount.currency", "is not an ISO 4217 currency") }
        let lookup = try WireMapping.lookup(request.account)
        let day = try WireMapping.requiredDay(request.promisedOn, field: "promised_on")
        let segment = try await context.ledger.accounts.account(lookup, recentPayments: 0, at: context.clock.now()).snapshot.segment
        let grace = context.policies.library.set.policy(forSegment: segment)?.promiseGraceDays ?? 3
        let (promise, replaced, cancelled, events) = try await context.actions.recordPromise(
            lookup, amount: WireMapping.money(amount), promisedOn: day, graceDays: grace, source: request.source, note: request.note,
            by: context.actor(call, reason: request.note))
        for event in cancelled { context.audit(event, call: call) }
        for event in events { context.audit(event, call: call) }
        return V1.RecordPromiseResponse(promise: WireMapping.promise(promise), replaced: replaced.map(WireMapping.promise),
                                        remindersCancelled: UInt32(cancelled.count))
    }

    private func listPromises(_ request: V1.ListPromisesRequest, _ call: RPCContext) async throws(ACSError) -> V1.ListPromisesResponse {
        let size = try PageToken.size(request.pageSize)
        let before = try request.pageToken.isEmpty ? nil : PageToken.decode(request.pageToken)
        let status: PromiseState? = WireMapping.domain(request.status)
        let (promises, counts) = try await context.ledger.escalations.promises(
            account: try request.account.map { (ref) throws(ACSError) in try WireMapping.lookup(ref) }, status: status, limit: size + 1, beforeID: before)
        let page = promises.prefix(size)
        return V1.ListPromisesResponse(promises: page.map(WireMapping.promise),
                                       nextPageToken: promises.count > size ? page.last.map { PageToken.encode($0.id) } ?? "" : "",
                                       stats: WireMapping.promiseStats(counts))
    }

    private func createPlan(_ request: V1.CreatePaymentPlanRequest, _ call: RPCContext) async throws(ACSError) -> V1.CreatePaymentPlanResponse {
        let lookup = try WireMapping.lookup(request.account)
        var parsed: [(amount: Int64, dueOn: LocalDate)] = []
        var currencies = Set<String>()
        for (index, instalment) in request.instalments.enumerated() {
            guard let amount = instalment.amount else { throw .invalidArgument(field: "instalments[\(index)].amount", "is required") }
            currencies.insert(amount.currency)
            parsed.append((amount.amountMinor, try WireMapping.requiredDay(instalment.dueOn, field: "instalments[\(index)].due_on")))
        }
        guard currencies.count <= 1 else { throw .invalidArgument(field: "instalments", "all instalments must be in one currency") }
        let segment = try await context.ledger.accounts.account(lookup, recentPayments: 0, at: context.clock.now()).snapshot.segment
        let grace = context.policies.library.set.policy(forSegment: segment)?.planGraceDays ?? 5
        let (plan, cancelled, events) = try await context.actions.createPlan(
            lookup, currency: currencies.first ?? "", instalments: parsed, graceDays: grace, note: request.note, by: context.actor(call, reason: request.note))
        for event in cancelled { context.audit(event, call: call) }
        for event in events { context.audit(event, call: call) }
        return V1.CreatePaymentPlanResponse(plan: WireMapping.plan(plan), remindersCancelled: UInt32(cancelled.count))
    }

    private func getPlan(_ request: V1.GetPaymentPlanRequest, _ call: RPCContext) async throws(ACSError) -> V1.GetPaymentPlanResponse {
        let id = try request.planId.isEmpty ? nil : WireMapping.id(request.planId, field: "plan_id")
        let plan = try await context.ledger.escalations.plan(id: id, account: try request.account.map { (ref) throws(ACSError) in try WireMapping.lookup(ref) })
        return V1.GetPaymentPlanResponse(plan: WireMapping.plan(plan))
    }

    private func cancelPlan(_ request: V1.CancelPaymentPlanRequest, _ call: RPCContext) async throws(ACSError) -> V1.CancelPaymentPlanResponse {
        let (plan, events) = try await context.ledger.escalations.cancelPlan(id: try WireMapping.id(request.planId, field: "plan_id"), by: context.actor(call, reason: request.reason))
        for event in events { context.audit(event, call: call) }
        return V1.CancelPaymentPlanResponse(plan: WireMapping.plan(plan))
    }

    private func summary(_ accountID: Int64) async throws(ACSError) -> AccountView {
        try await context.ledger.accounts.account(.id(accountID), recentPayments: 0, at: context.clock.now())
    }


    // MARK: Settlements

    private func offerSettlement(_ request: V1.OfferSettlementRequest, _ call: RPCContext) async throws(ACSError) -> V1.OfferSettlementResponse {
        let lookup = try WireMapping.lookup(request.account)
        let expiresOn = try WireMapping.requiredDay(request.expiresOn, field: "expires_on")
        let account = try await context.ledger.accounts.account(lookup, recentPayments: 0, at: context.clock.now())
        let policy = context.policies.library.set.policy(forSegment: account.snapshot.segment)
        let authority = policy?.settlementAuthority(context.roles(call)) ?? 0
        let amount: Money
        switch (request.amount, request.percentBp) {
        case (let money?, 0):
            amount = WireMapping.money(money)
        case (nil, let percent) where percent > 0 && percent < 10_000:
            let balance = account.balances.first { $0.currency == request.currency }?.outstanding ?? 0
            amount = Money(minorUnits: SettlementRules.amount(percentBP: Int(percent), of: balance), currency: request.currency)
        default:
            throw .invalidArgument(field: "amount", "give either an amount or a percent_bp from 1 to 9999 with a currency")
        }
        guard Currency(code: amount.currency) != nil else { throw .invalidArgument(field: "currency", "is not an ISO 4217 currency") }
        let (settlement, events) = try await context.actions.offerSettlement(lookup, amount: amount, expiresOn: expiresOn, note: request.note,
                                                                              authorityBP: authority, by: context.actor(call, reason: request.note))
        for event in events { context.audit(event, call: call) }
        return V1.OfferSettlementResponse(settlement: WireMapping.settlement(settlement))
    }

    private func acceptSettlement(_ request: V1.AcceptSettlementRequest, _ call: RPCContext) async throws(ACSError) -> V1.AcceptSettlementResponse {
        let id = try WireMapping.id(request.settlementId, field: "settlement_id")
        let (settlement, promise, cancelled, events) = try await context.actions.acceptSettlement(id, graceDays: 0, note: request.note,
                                                                                           by: context.actor(call, reason: request.note))
        for event in cancelled { context.audit(event, call: call) }
        for event in events { context.audit(event, call: call) }
        return V1.AcceptSettlementResponse(settlement: WireMapping.settlement(settlement), promise: WireMapping.promise(promise),
                                           remindersCancelled: UInt32(cancelled.count))
    }

    private func withdrawSettlement(_ request: V1.WithdrawSettlementRequest, _ call: RPCContext) async throws(ACSError) -> V1.WithdrawSettlementResponse {
        let id = try WireMapping.id(request.settlementId, field: "settlement_id")
        guard !request.reason.isEmpty, TextRules.isText(request.reason, max: 2000) else { throw .invalidArgument(field: "reason", "is required") }
        let (settlement, events) = try await context.actions.withdrawSettlement(id, reason: request.reason, by: context.actor(call, reason: request.reason))
        for event in events { context.audit(event, call: call) }
        return V1.WithdrawSettlementResponse(settlement: WireMapping.settlement(settlement))
    }

    private func listSettlements(_ request: V1.ListSettlementsRequest, _ call: RPCContext) async throws(ACSError) -> V1.ListSettlementsResponse {
        let size = try PageToken.size(request.pageSize)
        let before = try request.pageToken.isEmpty ? nil : PageToken.decode(request.pageToken)
        let settlements = try await context.ledger.settlements.settlements(
            account: try request.account.map { (ref) throws(ACSError) in try WireMapping.lookup(ref) }, status: WireMapping.domain(request.status),
            limit: size + 1, beforeID: before)
        let page = settlements.prefix(size)
        return V1.ListSettlementsResponse(settlements: page.map(WireMapping.settlement),
                                          nextPageToken: settlements.count > size ? page.last.map { PageToken.encode($0.id) } ?? "" : "")
    }

    // MARK: Disputes

    private func openDispute(_ request: V1.OpenDisputeRequest, _ call: RPCContext) async throws(ACSError) -> V1.OpenDisputeResponse {
        let lookup = try WireMapping.lookup(request.account)
        let reason: DisputeReason = try WireMapping.required(request.reason, field: "reason")
        let via: DisputeChannel = try WireMapping.required(request.receivedVia, field: "received_via")
        guard request.obligationExternalIds.count <= 100, request.obligationExternalIds.allSatisfy(TextRules.isIdentifier) else {
            throw .invalidArgument(field: "obligation_external_ids", "at most 100 external ids of 1–200 printable characters")
        }
        let (dispute, created, holds, cancelled, escalations) = try await context.actions.openDispute(
            lookup, obligations: request.obligationExternalIds, reason: reason, via: via, disputant: request.disputant, note: request.note,
            by: context.actor(call, reason: request.note))
        let account = String(dispute.accountID)
        for hold in holds {
            context.audit(.holdSet, "dispute hold set\(hold.obligationExternalID.isEmpty ? "" : " on \(hold.obligationExternalID)"): \(hold.setBy.reason)",
                          call: call, fields: ["ACCOUNT": account, "HOLD": hold.kind.rawValue, "HOLD_ID": String(hold.id), "OBLIGATION": hold.obligationExternalID,
                                               "REASON": hold.setBy.reason, "EFFECTIVE_ON": hold.dates.effectiveOn.description, "ENDS_ON": "",
                                               "VALIDATION_ENDS_ON": hold.validationEndsOn?.description ?? ""])
        }
        // A retried call is answered with the dispute it opened; the journal has it once.
        if created { journalOpened(dispute, reason: reason, via: via, note: request.note, call: call) }
        for event in cancelled { context.audit(event, call: call) }
        for event in escalations { context.audit(event, call: call) }
        return V1.OpenDisputeResponse(dispute: WireMapping.dispute(dispute), remindersCancelled: UInt32(cancelled.count), recalled: !escalations.isEmpty)
    }

    private func journalOpened(_ dispute: DisputeView, reason: DisputeReason, via: DisputeChannel, note: String, call: RPCContext) {
        let what = dispute.wholeAccount ? "the whole account" : dispute.obligations.joined(separator: ", ")
        context.audit(.disputeOpened, "dispute \(dispute.id) of \(what) received via \(via.rawValue): \(reason.rawValue)"
                        + (note.isEmpty ? "" : " (\(note))"), call: call,
                      fields: ["ACCOUNT": String(dispute.accountID), "DISPUTE": String(dispute.id),
                               "OBLIGATION": dispute.wholeAccount ? "" : dispute.obligations.joined(separator: ","),
                               "REASON": reason.rawValue, "RECEIVED_VIA": via.rawValue, "DISPUTANT": dispute.disputant,
                               "VALIDATION_ENDS_ON": dispute.validationEndsOn?.description ?? ""])
    }

    private func sendVerification(_ request: V1.SendDisputeVerificationRequest, _ call: RPCContext) async throws(ACSError)
        -> V1.SendDisputeVerificationResponse {
        let id = try WireMapping.id(request.disputeId, field: "dispute_id")
        let dispute = try await context.actions.disputeVerificationSent(id, document: request.document, by: context.actor(call))
        context.audit(.disputeChanged, "dispute \(id): verification sent (\(request.document))", call: call,
                      fields: ["ACCOUNT": String(dispute.accountID), "DISPUTE": String(id), "STATUS": dispute.status.rawValue, "DOCUMENT": request.document,
                               "AMOUNT_MINOR": "", "CURRENCY": "", "REASON": ""])
        return V1.SendDisputeVerificationResponse(dispute: WireMapping.dispute(dispute))
    }

    private func resolveDispute(_ request: V1.ResolveDisputeRequest, _ call: RPCContext) async throws(ACSError) -> V1.ResolveDisputeResponse {
        let id = try WireMapping.id(request.disputeId, field: "dispute_id")
        guard request.outcome != .unspecified else { throw .invalidArgument(field: "outcome", "is required: upheld or rejected") }
        guard !request.note.isEmpty, TextRules.isText(request.note, max: 2000) else { throw .invalidArgument(field: "note", "is required: why") }
        let upheld = request.outcome == .upheld
        // Upholding writes the debt off, as WriteOff does: an admin's decision.
        guard !upheld || context.roles(call).contains(.admin) else {
            throw ACSError(.permissionDenied, "upholding a dispute writes the disputed debt off, which needs the admin role (as Payments.WriteOff)")
        }
        let amount = request.writeOff.map(WireMapping.money)
        if let amount {
            guard upheld else { throw .invalidArgument(field: "write_off", "only an upheld dispute writes anything off") }
            guard Currency(code: amount.currency) != nil, amount.minorUnits > 0 else {
                throw .invalidArgument(field: "write_off", "must be more than 0 in an ISO 4217 currency")
            }
        }
        let (dispute, writeOffs, cleared, events) = try await context.actions.resolveDispute(id, upheld: upheld, writeOff: amount,
                                                                                  by: context.actor(call, reason: request.note))
        let account = String(dispute.accountID)
        for event in events { context.audit(event, call: call) }
        for hold in cleared {
            context.audit(.holdCleared, "dispute hold \(hold.id) cleared: dispute \(id) \(dispute.status.rawValue)", call: call,
                          fields: ["ACCOUNT": account, "HOLD": hold.kind.rawValue, "HOLD_ID": String(hold.id), "REASON": request.note])
        }
        let written = dispute.writtenOff.map { "\($0)" }.joined(separator: ", ")
        context.audit(.disputeChanged, "dispute \(id) \(dispute.status.rawValue)\(written.isEmpty ? "" : ": \(written) written off"): \(request.note)",
                      call: call, fields: ["ACCOUNT": account, "DISPUTE": String(id), "STATUS": dispute.status.rawValue, "DOCUMENT": dispute.verificationDocument,
                                           "AMOUNT_MINOR": dispute.writtenOff.first.map { String($0.minorUnits) } ?? "",
                                           "CURRENCY": dispute.writtenOff.first?.currency ?? "", "REASON": request.note])
        return V1.ResolveDisputeResponse(dispute: WireMapping.dispute(dispute), writeOffs: writeOffs.map(WireMapping.writeOff),
                                         holdsCleared: cleared.map { String($0.id) })
    }

    private func listDisputes(_ request: V1.ListDisputesRequest, _ call: RPCContext) async throws(ACSError) -> V1.ListDisputesResponse {
        let size = try PageToken.size(request.pageSize)
        let before = try request.pageToken.isEmpty ? nil : PageToken.decode(request.pageToken)
        let disputes = try await context.ledger.disputes.disputes(
            account: try request.account.map { (ref) throws(ACSError) in try WireMapping.lookup(ref) }, status: WireMapping.domain(request.status),
            limit: size + 1, beforeID: before)
        let page = disputes.prefix(size)
        return V1.ListDisputesResponse(disputes: page.map(WireMapping.dispute),
                                       nextPageToken: disputes.count > size ? page.last.map { PageToken.encode($0.id) } ?? "" : "")
    }

    // MARK: The agency round trip

    /// Largest return file of ImportAgencyReturn.
    static let maxReturnRecords = 10_000

    private func importAgencyReturn(_ request: V1.ImportAgencyReturnRequest, _ call: RPCContext) async throws(ACSError) -> V1.ImportAgencyReturnResponse {
        let agencies = context.configuration.current.agencies
        _ = try WireMapping.agency(request.agency, field: "agency", in: agencies)
        guard request.records.count <= Self.maxReturnRecords else {
            throw .invalidArgument(field: "records", "at most \(Self.maxReturnRecords) per call; split the file")
        }
        var response = V1.ImportAgencyReturnResponse()
        // In order, each on its own: a payment before the closure that follows it.
        for (index, record) in request.records.enumerated() {
            var result = V1.AgencyReturnResult(index: UInt32(index), reference: record.reference, status: V1.Status())
            do throws(ACSError) {
                let (replayed, paymentID) = try await importReturn(record, index: index, agency: request.agency, agencies: agencies, call)
                (result.replayed, result.paymentId) = (replayed, paymentID)
                if replayed { response.replayed += 1 } else { response.applied += 1 }
            } catch {
                result.status = V1.Status(error)
                response.refused += 1
            }
            response.results.append(result)
        }
        return response
    }

    /// One record of a return file; answers whether it was a replay and the payment it posted.
    private func importReturn(_ record: V1.AgencyReturnRecord, index: Int, agency: String, agencies: [String: DaemonConfiguration.Agency],
                              _ call: RPCContext) async throws(ACSError) -> (replayed: Bool, paymentID: String) {
        let field = "records[\(index)]"
        // The payment's idempotency key is "agency/AGENCY/REFERENCE", at most 200 characters in all.
        guard TextRules.isIdentifier(record.reference), record.reference.utf8.count <= 120 else {
            throw .invalidArgument(field: "\(field).reference", "is required: 1–120 printable characters")
        }
        let kind: AgencyReturnKind = try WireMapping.required(record.kind, field: "\(field).kind")
        let lookup = try WireMapping.lookup(record.account)
        guard TextRules.isText(record.note, max: 2000) else { throw .invalidArgument(field: "\(field).note", "must be text without control characters") }
        var payment: NewPaymentRecord?
        if kind == .payment {
            payment = try WireMapping.payment(V1.NewPayment(
                idempotencyKey: "agency/\(agency)/\(record.reference)", account: record.account, amount: record.amount, receivedAt: record.receivedAt,
                method: "agency", reference: record.reference, agency: agency, note: record.note), field: field, agencies: agencies,
                now: context.clock.now())
        } else {
            guard TextRules.isIdentifier(record.status), record.status.count <= 64 else {
                throw .invalidArgument(field: "\(field).status", "is required: the agency's status, 1–64 printable characters")
            }
        }
        // What a replay must match: everything but the note (the pay token only when given, as records before it were kept).
        let token = record.account?.payToken ?? ""
        let content = [kind.rawValue, "\(record.account?.id ?? "")|\(record.account?.source ?? "")|\(record.account?.externalId ?? "")"
                       + (token.isEmpty ? "" : "|\(token)"),
                       String(record.amount?.amountMinor ?? 0), record.amount?.currency ?? "", record.receivedAt, record.status]
            .map { "\($0.utf8.count):\($0)" }.joined(separator: "|")
        let (replayed, posting, events) = try await context.actions.importAgencyReturn(
            agency: agency, reference: record.reference, kind: kind, account: lookup, payment: payment, status: record.status, note: record.note,
            content: content, by: context.actor(call, reason: record.note), feesFirstPolicies: context.policies.library.set.feesFirst)
        if let posting, !replayed { context.auditPosting(posting, call: call) }
        for event in events { context.audit(event, call: call) }
        return (replayed, posting.map { String($0.payment.id) } ?? "")
    }
}
