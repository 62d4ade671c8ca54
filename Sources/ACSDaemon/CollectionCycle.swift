import ACSCore
import ACSPolicy
import ACSServer
import ACSStore
import Foundation
import Synchronization

/// What one engine cycle did.
struct CycleSummary: Sendable {
    var id = ""
    var asOf = Date(timeIntervalSince1970: 0)
    var durationMilliseconds: UInt64 = 0
    var evaluated: UInt64 = 0
    var scheduled: UInt64 = 0
    var deferred: UInt64 = 0
    var suppressed: UInt64 = 0
    var cancelled: UInt64 = 0
    var cured: UInt64 = 0
}

/// Runs engine cycles one at a time: a cycle asked for while one runs starts after it.
/// Each cycle reopens lapsed leases and windows, then evaluates the due accounts in
/// batches, each batch one transaction.
final class CollectionCycle: Sendable {
    let context: DaemonContext
    private let tail = Mutex<Task<CycleSummary, any Error>?>(nil)
    private let counter = Atomic<UInt64>(0)
    /// Accounts evaluated per transaction.
    static let batchSize = 500

    init(context: DaemonContext) {
        self.context = context
    }

    /// Runs a cycle after any cycle in progress and answers its summary.
    func run(call: RPCContext? = nil) async throws(ACSError) -> CycleSummary {
        let task = tail.withLock { tail in
            let previous = tail
            let task = Task { () async throws -> CycleSummary in
                _ = await previous?.result
                return try await self.runNow(call: call)
            }
            tail = task
            return task
        }
        do { return try await task.value } catch let error as ACSError { throw error } catch {
            throw ACSError(.internal, "cycle failed: \(error)")
        }
    }

    private func runNow(call: RPCContext?) async throws(ACSError) -> CycleSummary {
        let started = ContinuousClock.now
        let now = context.clock.now()
        var summary = CycleSummary(id: "cycle-\(counter.add(1, ordering: .relaxed).newValue)-\(Int(now.timeIntervalSince1970))", asOf: now)
        _ = try await context.ledger.reopenLapsed(at: now)
        let library = context.policies.library
        let settings = context.configuration.current
        // The audit entries of one batch are written while the next batch is evaluated, in order.
        var auditing: Task<Void, Never>?
        while true {
            let batch = try await context.ledger.collectDue(at: now, limit: Self.batchSize) { candidate in
                CollectionPlanner(library: library, settings: settings, now: now).plan(candidate)
            }
            summary.evaluated += UInt64(batch.evaluated)
            summary.cured += UInt64(batch.cured)
            for event in batch.events {
                switch event.kind {
                case .scheduled: summary.scheduled += 1
                case .deferred: summary.scheduled += 1; summary.deferred += 1
                case .suppressed: summary.suppressed += 1
                case .cancelled: summary.cancelled += 1
                default: break
                }
            }
            await auditing?.value
            auditing = Task { [context] in
                for event in batch.events {
                    if event.kind == .cancelled { context.audit(event, call: call) } else { context.auditScheduling(event, call: call) }
                }
            }
            if !batch.more { break }
        }
        await auditing?.value
        summary.durationMilliseconds = UInt64((ContinuousClock.now - started) / .milliseconds(1))
        context.audit(.cycleCompleted, "cycle \(summary.id): \(summary.evaluated) accounts evaluated, \(summary.scheduled) reminders scheduled",
                      call: call, fields: ["CYCLE": summary.id, "EVALUATED": String(summary.evaluated), "SCHEDULED": String(summary.scheduled),
                                           "DEFERRED": String(summary.deferred), "SUPPRESSED": String(summary.suppressed),
                                           "CANCELLED": String(summary.cancelled), "CURED": String(summary.cured)])
        return summary
    }
}

/// Decides for one due account: its policy, the engine's owed actions, each reminder
/// rendered and judged by the gate, and when to look again. Pure: no I/O.
struct CollectionPlanner {
    let library: PolicyLibrary
    let settings: DaemonConfiguration
    let now: Date

    func plan(_ candidate: CollectionCandidate) -> CollectionPlan {
        guard let policy = library.set.policy(forSegment: candidate.segment) else {
            return CollectionPlan(drafts: [], nextActionAt: nil, policyID: "", cured: candidate.anchor == nil)
        }
        let zone = TimeZones.named(candidate.contactState.timeZone) ?? TimeZones.utc
        let evaluation = CollectionEngine.evaluate(policy: policy, anchor: candidate.anchor, today: LocalDate(now, in: zone), done: candidate.done)
        guard !evaluation.cured, let anchor = candidate.anchor else {
            return CollectionPlan(drafts: [], nextActionAt: nil, policyID: policy.id, cured: true)
        }
        let drafts = evaluation.owed.compactMap { owed -> ReminderDraft? in
            // Fees and escalations are the escalation work's; the engine owes only reminders today.
            guard case .remind(let reminding) = owed.action else { return nil }
            return draft(owed, reminding, policy: policy, candidate: candidate, anchor: anchor, daysPastDue: evaluation.daysPastDue ?? 0)
        }
        return CollectionPlan(drafts: drafts, nextActionAt: evaluation.nextEvaluationOn.map { $0.start(in: zone) },
                              policyID: policy.id, cured: false)
    }

    private func draft(_ owed: OwedAction, _ reminding: StageAction.Reminding, policy: DunningPolicy, candidate: CollectionCandidate,
                       anchor: LocalDate, daysPastDue: Int) -> ReminderDraft? {
        guard let template = library.templates.template(reminding.template, channel: reminding.channel, locale: candidate.locale) else { return nil }
        let zone = TimeZones.named(candidate.contactState.timeZone) ?? TimeZones.utc
        let today = LocalDate(now, in: zone)
        let undisputed = candidate.obligations.filter { !$0.disputed }
        let currency = undisputed.first { $0.dueOn == anchor }?.open.currency ?? "USD"
        let inCurrency = undisputed.filter { $0.open.currency == currency }
        let overdue = inCurrency.filter { $0.dueOn < today }.reduce(0) { $0 + $1.open.minorUnits }
        let due = overdue > 0 ? overdue : inCurrency.filter { $0.dueOn <= anchor }.reduce(0) { $0 + $1.open.minorUnits }
        var balances: [String: Int64] = [:]
        for obligation in undisputed { balances[obligation.open.currency, default: 0] += obligation.open.minorUnits }
        let values = TemplateValues(
            name: candidate.name, creditor: settings.creditorName, amountDue: Money(minorUnits: due, currency: currency),
            balances: balances.sorted { $0.key < $1.key }.map { Money(minorUnits: $0.value, currency: $0.key) }, dueDate: anchor,
            daysPastDue: daysPastDue, paymentLink: settings.paymentLinkBase.isEmpty ? "" : settings.paymentLinkBase + candidate.payToken,
            stage: owed.stage.name, urgency: reminding.urgency.rawValue, accountID: String(candidate.accountID),
            externalID: candidate.externalID, locale: candidate.locale)
        let timeBarred = Ledger.isTimeBarred(anchor: anchor, policy: policy, at: now, zone: candidate.contactState.timeZone)
        let request = candidate.contactState.gateRequest(channel: reminding.channel, at: now, policy: policy,
                                                        threatensSuit: template.threatensSuit, timeBarred: timeBarred)
        let verdict = ComplianceGate.evaluate(request)
        // A reminder suppressed at once is never sent: it is recorded without content.
        let rendered = if case .suppressed = verdict { (subject: "", body: "") } else { template.render(values) }
        let recipient = candidate.contactState.recipient(for: reminding.channel)
        return ReminderDraft(
            actionKey: owed.key, policyID: policy.id, stage: owed.stage.name, channel: reminding.channel, templateName: template.name,
            locale: template.locale.isEmpty ? candidate.locale : template.locale, urgency: reminding.urgency.rawValue,
            recipientName: candidate.name, recipient: recipient?.address ?? "",
            postalAddress: reminding.channel == .letter ? candidate.contactState.contacts.address : nil,
            timeZone: candidate.contactState.timeZone, subject: rendered.subject, bodyText: rendered.body,
            decision: GateDecisionRecord(at: now, checkpoint: .schedule, verdict: verdict),
            threatensSuit: template.threatensSuit)
    }
}
