import ACSCore
import ACSPolicy
import ACSServer
import ACSStore
import Foundation
import Logging
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
    var feesCharged: UInt64 = 0
    var tasksCreated: UInt64 = 0
    var placed: UInt64 = 0
    var recalled: UInt64 = 0
    var promisesKept: UInt64 = 0
    var promisesBroken: UInt64 = 0
    var interestAccruals: UInt64 = 0
    var plansCompleted: UInt64 = 0
    var plansBroken: UInt64 = 0
}

/// Runs engine cycles one at a time: a cycle asked for while one runs starts after it.
/// Each cycle reopens lapsed leases and windows, expires unpaid settlements, ends the dated holds whose end has come, then evaluates the due accounts in
/// batches, each batch one transaction.
final class CollectionCycle: Sendable {
    let context: DaemonContext
    private let tail = Locked<Task<CycleSummary, any Error>?>(nil)
    private let counter = Atomic<UInt64>(0)
    /// Accounts evaluated per transaction.
    static let batchSize = 500
    /// Batches whose audit entries may wait to be written while the cycle goes on.
    static let auditBacklog = 4

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
        _ = try await context.ledger.reminders.reopenLapsed(at: now)
        // Settlements not paid by their last day expire; their accounts are evaluated again.
        for event in try await context.ledger.settlements.expire(at: now) { context.audit(event, call: nil) }
        // Dated holds that ended put their accounts back in this cycle.
        for (accountID, hold) in try await context.ledger.accounts.endHolds(at: now) {
            let reason = hold.clearedBy?.reason ?? ""
            context.audit(.holdCleared, "\(hold.kind.rawValue) hold \(hold.id) \(reason)", call: nil,
                          fields: ["ACCOUNT": String(accountID), "HOLD": hold.kind.rawValue, "HOLD_ID": String(hold.id), "REASON": reason])
        }
        let library = context.policies.library
        let settings = context.configuration.current
        // The audit entries of a batch are written while the next batches are evaluated, in
        // order; at most `auditBacklog` batches wait, so a long cycle never piles them up.
        var auditing: [Task<Void, Never>] = []
        while true {
            let reading = CycleReading(feesFirst: library.set.feesFirst) { library.set.policy(forSegment: $0) }
            let batch = try await context.ledger.reminders.collectDue(at: now, limit: Self.batchSize, reading: reading) { candidates in
                Self.planAll(candidates, CollectionPlanner(library: library, settings: settings, now: now))
            }
            summary.evaluated += UInt64(batch.evaluated)
            for (account, message) in batch.failures {
                context.logger.error("evaluating account \(account) failed; it is tried again in an hour: \(message)")
            }
            summary.cured += UInt64(batch.cured)
            for event in batch.escalations {
                switch event.kind {
                case .feeCharged: summary.feesCharged += 1
                case .taskCreated: summary.tasksCreated += 1
                case .accountPlaced: summary.placed += 1
                case .accountRecalled: summary.recalled += 1
                case .promiseKept: summary.promisesKept += 1
                case .promiseBroken: summary.promisesBroken += 1
                case .interestAccrued: summary.interestAccruals += 1
                case .planCompleted: summary.plansCompleted += 1
                case .planBroken: summary.plansBroken += 1
                default: break
                }
            }
            for event in batch.events {
                switch event.kind {
                case .scheduled: summary.scheduled += 1
                case .deferred: summary.scheduled += 1; summary.deferred += 1
                case .suppressed: summary.suppressed += 1
                case .cancelled: summary.cancelled += 1
                default: break
                }
            }
            if auditing.count >= Self.auditBacklog { await auditing.removeFirst().value }
            let previous = auditing.last
            auditing.append(Task { [context] in
                await previous?.value
                // Promise and plan outcomes come first: they decide what the account was owed.
                for event in batch.escalations { context.audit(event, call: call) }
                for event in batch.events {
                    if event.kind == .cancelled { context.audit(event, call: call) } else { context.auditScheduling(event, call: call) }
                }
            })
            if !batch.more { break }
        }
        await auditing.last?.value
        let duration = ContinuousClock.now - started
        summary.durationMilliseconds = UInt64(duration / .milliseconds(1))
        context.metrics.cycleCompleted(duration: duration, evaluated: summary.evaluated)
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
        var plan = policyPlan(candidate)
        guard let policy = library.set.policy(forSegment: candidate.segment) else { return plan }
        let candidate = charging(candidate, plan.escalations)
        if !candidate.events.isEmpty { plan.drafts += eventNotices(policy: policy, candidate: candidate) }
        // VALIDATION covers every contact about the debt: the policy's reminders, a plan's, and the event messages.
        if let anchor = candidate.anchor {
            let today = LocalDate(now, in: TimeZones.named(candidate.contactState.timeZone) ?? TimeZones.utc)
            plan.drafts = validated(plan.drafts, policy: policy, candidate: candidate, anchor: anchor, daysPastDue: anchor.days(to: today))
        }
        return plan
    }

    /// What the policy (or the payment plan) owes the account now.
    private func policyPlan(_ candidate: CollectionCandidate) -> CollectionPlan {
        if candidate.obligations.isEmpty { return .cured(candidate) }
        guard let policy = library.set.policy(forSegment: candidate.segment) else {
            return CollectionPlan(drafts: [], nextActionAt: nil, policyID: "", cured: false)
        }
        let zone = TimeZones.named(candidate.contactState.timeZone) ?? TimeZones.utc
        guard let anchor = candidate.anchor else {
            // Nothing undisputed is open: a disputed debt waits for its hold to change
            // (which marks the account due again).
            return CollectionPlan(drafts: [], nextActionAt: nil, policyID: policy.id, cured: false)
        }
        let interest = policy.profile == .eu ? settings.euReferenceRateBP + 800 : policy.interestRateBP
        if let plan = candidate.activePlan {
            return withInterest(planReminders(plan, policy: policy, candidate: candidate, anchor: anchor, zone: zone), interest, zone: zone)
        }
        let evaluation = CollectionEngine.evaluate(policy: policy, anchor: anchor, today: LocalDate(now, in: zone), done: candidate.done,
                                                   facts: Self.facts(candidate, anchor: anchor))
        // Reminders pause while a promise is pending and while an agency holds the account alone.
        let remindersPaused = candidate.pendingPromise != nil || candidate.placementCoCollect == false
        var reminding: [(OwedAction, StageAction.Reminding)] = []
        var escalations: [EscalationDraft] = []
        var reportingWait: Date?
        for owed in evaluation.owed {
            switch owed.action {
            case .remind(let action):
                if !remindersPaused { reminding.append((owed, action)) }
            case .fee(let fee):
                escalations += fees(fee, owed: owed, policy: policy, candidate: candidate, today: LocalDate(now, in: zone))
            case .escalatePerson(let queue, let days):
                // Under a hold no one works the account: no collection action (COMPLIANCE.md).
                guard candidate.contactState.activeHolds.isEmpty else { continue }
                let today = LocalDate(now, in: zone)
                escalations.append(.task(actionKey: owed.key, stage: owed.stage.name, queue: queue, dueOn: today.adding(days: days),
                                         reason: "\(evaluation.daysPastDue ?? 0) days past due (stage \(owed.stage.name))"))
            case .escalateAgency(let agency, let coCollect):
                if candidate.placementCoCollect == nil {
                    escalations.append(.placement(actionKey: owed.key, stage: owed.stage.name, agency: agency, coCollect: coCollect))
                }
            case .reportToBureau(let bureau):
                // No new reporting under a bankruptcy, a breathing space or a dispute (one already
                // reported goes on, as disputed); CREDIT-REPORT-WAIT until a contact about this debt
                // (since its first stage began) allows it. Before any notice is out, look again daily.
                guard candidate.contactState.activeHolds.isDisjoint(with: FeeRules.blockingHolds.union([.dispute])) else { continue }
                let debtBegan = anchor.adding(days: min(0, policy.stages.first?.daysPastDue ?? 0)).start(in: zone)
                let allowed = CreditReporting.earliest(candidate.contactState.history.filter { $0.at >= debtBegan }, zone: zone)
                guard let allowed, allowed <= now else {
                    reportingWait = allowed ?? LocalDate(now, in: zone).adding(days: 1).start(in: zone)
                    continue
                }
                escalations.append(.bureauReport(actionKey: owed.key, stage: owed.stage.name, bureau: bureau))
            case .writeOffSmallBalance(let most):
                // The undisputed balance in the anchor's currency, when the action names that currency and it is no more.
                let facts = Self.facts(candidate, anchor: anchor)
                guard let ceiling = most.first(where: { $0.currency == facts.balance.currency }), facts.balance.minorUnits <= ceiling.minorUnits else { continue }
                let small = candidate.obligations.filter { !$0.disputed && $0.open.currency == ceiling.currency }.map(\.externalID)
                escalations.append(.writeOff(actionKey: owed.key, stage: owed.stage.name, obligationExternalIDs: small))
            case .offerSettlement(let percent, let days):
                // An offer is a collection action: none under a hold. None while one is open (an operator's): it stays owed,
                // and is made at an evaluation after that one ends (its expiry marks the account due).
                guard candidate.contactState.activeHolds.isEmpty, !candidate.settlementOpen else { continue }
                escalations.append(.settlementOffer(actionKey: owed.key, stage: owed.stage.name, currency: candidate.currency(of: anchor),
                                                    percentBP: percent, expiresOn: LocalDate(now, in: zone).adding(days: days)))
            }
        }
        // The reminders are written after this evaluation's fees are charged; an account going to
        // an agency alone gets no reminder from it.
        let charged = charging(candidate, escalations)
        var drafts = reminding.compactMap { owed, action in
            draft(owed, action, policy: policy, candidate: charged, anchor: anchor, daysPastDue: evaluation.daysPastDue ?? 0)
        }
        if escalations.contains(where: { if case .placement(_, _, _, false) = $0 { true } else { false } }) { drafts = [] }
        var next = evaluation.nextEvaluationOn.map { $0.start(in: zone) }
        // A settlement offered now is written to the debtor at the next cycle (its id names the message).
        if escalations.contains(where: { if case .settlementOffer = $0 { true } else { false } }) { next = now }
        if let reportingWait { next = min(next ?? reportingWait, reportingWait) }
        if let promise = candidate.pendingPromise {
            let deadline = promise.lastDay.adding(days: 1).start(in: zone)
            next = min(next ?? deadline, deadline)
        }
        return withInterest(CollectionPlan(drafts: drafts, nextActionAt: next, policyID: policy.id, cured: false, escalations: escalations),
                            interest, zone: zone)
    }

    /// VALIDATION: the first collection contact about an overdue debt goes out with the
    /// validation notice, and no contact goes out without one: when the notice cannot go
    /// (no template, no address, a hold), it is recorded as the gate decided and the other
    /// reminders wait for the next evaluation. A courtesy reminder before the due date and
    /// the cease notice are not collection contacts. A debt already contacted whose notice
    /// never went (cancelled as stale, say) gets one at once: within 5 days of that contact.
    private func validated(_ drafts: [ReminderDraft], policy: DunningPolicy, candidate: CollectionCandidate, anchor: LocalDate,
                           daysPastDue: Int) -> [ReminderDraft] {
        let zone = TimeZones.named(candidate.contactState.timeZone) ?? TimeZones.utc
        let contacted = candidate.contactState.history.contains { $0.at >= anchor.start(in: zone) }
        guard let channel = policy.validationNotice, let lines = candidate.validationLines, daysPastDue > 0,
              contacted || drafts.contains(where: { !$0.ceaseNotice && !$0.decision.verdict.isSuppressed }) else { return drafts }
        let today = LocalDate(now, in: zone)
        let reminding = StageAction.Reminding(channel: channel, template: ValidationNotice.template)
        let stage = PolicyStage(name: "validation", daysPastDue: daysPastDue, actions: [.remind(reminding)])
        let owed = OwedAction(stage: stage, occurrence: 0, action: .remind(reminding), key: "validation/\(today)")
        guard let notice = draft(owed, reminding, policy: policy, candidate: candidate, anchor: anchor, daysPastDue: daysPastDue,
                                 validation: lines) else { return [] }
        return notice.decision.verdict.isSuppressed ? [notice] : [notice] + drafts
    }

    /// The policy's event messages (a payment's receipt, a promise's or a plan's
    /// confirmation, the returned-payment and dispute-rejected notices), once per event:
    /// through the gate like any reminder, whatever the account owes now (a receipt goes to
    /// an account the payment cured too).
    private func eventNotices(policy: DunningPolicy, candidate: CollectionCandidate) -> [ReminderDraft] {
        let zone = TimeZones.named(candidate.contactState.timeZone) ?? TimeZones.utc
        let anchor = candidate.anchor ?? LocalDate(now, in: zone)
        let daysPastDue = anchor.days(to: LocalDate(now, in: zone))
        return candidate.events.compactMap { event in
            guard let template = policy.eventTemplates[event.message] else { return nil }
            let key = "\(event.message.keyPrefix)/\(event.id)"
            guard !candidate.done.contains(key) else { return nil }
            let reminding = StageAction.Reminding(channel: .email, template: template, urgency: event.message == .paymentReceipt ? .low : .high)
            let stage = PolicyStage(name: event.message.stage, daysPastDue: daysPastDue, actions: [.remind(reminding)])
            return draft(OwedAction(stage: stage, occurrence: 0, action: .remind(reminding), key: key), reminding, policy: policy,
                         candidate: candidate, anchor: anchor, daysPastDue: daysPastDue, event: event)
        }
    }

    /// Interest accrues daily: an account under an interest-bearing policy is evaluated every day.
    private func withInterest(_ plan: CollectionPlan, _ rateBP: Int, zone: TimeZone) -> CollectionPlan {
        guard rateBP > 0 else { return plan }
        var plan = plan
        plan.interestRateBP = rateBP
        let tomorrow = LocalDate(now, in: zone).adding(days: 1).start(in: zone)
        plan.nextActionAt = min(plan.nextActionAt ?? tomorrow, tomorrow)
        return plan
    }

    /// While a payment plan is current the policy waits; the plan reminds of its next
    /// unpaid instalment three days before its date and the day after it, if unpaid.
    private func planReminders(_ plan: PlanView, policy: DunningPolicy, candidate: CollectionCandidate, anchor: LocalDate, zone: TimeZone) -> CollectionPlan {
        let today = LocalDate(now, in: zone)
        guard let next = plan.instalments.first(where: { !$0.isPaid }) else {
            return CollectionPlan(drafts: [], nextActionAt: today.adding(days: 1).start(in: zone), policyID: policy.id, cured: false)
        }
        let stage = PolicyStage(name: "plan-\(plan.id)", daysPastDue: 0, actions: [])
        let due = Money(minorUnits: next.amount - next.paid, currency: plan.currency)
        var drafts: [ReminderDraft] = []
        for (suffix, template, day, urgency) in [("due", "instalment-due", next.dueOn.adding(days: -3), Urgency.normal),
                                                 ("late", "instalment-late", next.dueOn.adding(days: 1), Urgency.high)] {
            let key = "plan/\(plan.id)/\(next.number)/\(suffix)"
            guard today >= day, !candidate.done.contains(key) else { continue }
            let reminding = StageAction.Reminding(channel: .email, template: template, urgency: urgency)
            let owed = OwedAction(stage: stage, occurrence: next.number, action: .remind(reminding), key: key)
            if let draft = draft(owed, reminding, policy: policy, candidate: candidate, anchor: anchor, daysPastDue: next.dueOn.days(to: today),
                                 amountDue: due, dueDate: next.dueOn) {
                drafts.append(draft)
            }
        }
        let upcoming = [next.dueOn.adding(days: -3), next.dueOn.adding(days: 1), next.dueOn.adding(days: plan.graceDays + 1)].filter { $0 > today }
        return CollectionPlan(drafts: drafts, nextActionAt: (upcoming.min() ?? today.adding(days: 1)).start(in: zone), policyID: policy.id, cured: false)
    }

    /// A fee on each overdue principal obligation (none under a bankruptcy or breathing-space
    /// hold), and under the eu profile the EUR 40 compensation once per EUR invoice.
    private func fees(_ fee: StageFee, owed: OwedAction, policy: DunningPolicy, candidate: CollectionCandidate, today: LocalDate) -> [EscalationDraft] {
        guard candidate.contactState.activeHolds.isDisjoint(with: FeeRules.blockingHolds) else { return [] }
        let overdue = candidate.obligations.filter { !$0.disputed && !$0.kind.isCharge && $0.dueOn < today }
        // Once per obligation and stage: the key names neither the anchor nor the occurrence.
        let key = "fee/\(policy.id)/\(owed.stage.name)"
        var drafts = overdue.compactMap { obligation -> EscalationDraft? in
            FeeRules.amount(fee, overdue: obligation.open).map {
                .fee(actionKey: key, stage: owed.stage.name, obligationExternalID: obligation.externalID, amount: $0, reason: "late fee")
            }
        }
        if policy.profile == .eu {
            drafts += overdue.filter { $0.kind == .invoice && $0.open.currency == "EUR" }.map {
                .fee(actionKey: "eu-compensation", stage: owed.stage.name, obligationExternalID: $0.externalID, amount: FeeRules.euCompensation,
                     reason: "EU-LATE-B2B compensation")
            }
        }
        return drafts
    }

    /// The candidate as it is once `escalations`' fees are charged: each an open fee due today
    /// (as `EscalationStore.apply` books it), so the messages of the same evaluation, and the
    /// validation notice's itemization above all, count what the debtor owes after it.
    private func charging(_ candidate: CollectionCandidate, _ escalations: [EscalationDraft]) -> CollectionCandidate {
        let today = LocalDate(now, in: TimeZones.named(candidate.contactState.timeZone) ?? TimeZones.utc)
        var charged = candidate
        for case .fee(let key, _, let base, let amount, _) in escalations {
            charged.obligations.append(.init(externalID: "\(key) \(base)", kind: .fee, open: amount, dueOn: today, disputed: false))
            charged.validationLines?.append(.init(kind: .fee, currency: amount.currency, amount: amount.minorUnits, open: amount.minorUnits,
                                                  paid: 0, dueOn: today))
        }
        return charged
    }

    /// What stage conditions are judged on: the undisputed balance in the anchor's currency
    /// (Int64.max past it, which no maximum allows), the segment and the holds.
    static func facts(_ candidate: CollectionCandidate, anchor: LocalDate) -> StageCondition.Facts {
        let undisputed = candidate.obligations.filter { !$0.disputed }
        let currency = candidate.currency(of: anchor)
        let balance = sum(undisputed.filter { $0.open.currency == currency }) ?? .max
        return StageCondition.Facts(balance: Money(minorUnits: balance, currency: currency), segment: candidate.segment,
                                    activeHolds: candidate.contactState.activeHolds)
    }

    /// The open amounts of `obligations` added up, or nil past Int64.
    private static func sum(_ obligations: [CollectionCandidate.OpenObligation]) -> Int64? {
        var total: Int64 = 0
        for obligation in obligations {
            let (next, overflow) = total.addingReportingOverflow(obligation.open.minorUnits)
            guard !overflow else { return nil }
            total = next
        }
        return total
    }

    private func draft(_ owed: OwedAction, _ reminding: StageAction.Reminding, policy: DunningPolicy, candidate: CollectionCandidate,
                       anchor: LocalDate, daysPastDue: Int, amountDue: Money? = nil, dueDate: LocalDate? = nil,
                       validation lines: [ValidationNotice.Line]? = nil, event: EventNotice? = nil) -> ReminderDraft? {
        guard let template = library.templates.template(reminding.template, channel: reminding.channel, locale: candidate.locale) else { return nil }
        // A cease notice is owed only under HOLD-CEASE (the gate lets it through once).
        guard !template.ceaseNotice || candidate.contactState.activeHolds.contains(.cease) else { return nil }
        let zone = TimeZones.named(candidate.contactState.timeZone) ?? TimeZones.utc
        let today = LocalDate(now, in: zone)
        let undisputed = candidate.obligations.filter { !$0.disputed }
        let currency = candidate.currency(of: anchor)
        let inCurrency = undisputed.filter { $0.open.currency == currency }
        // Checked sums: sync and posting keep an account near 10^15, so these cannot leave Int64;
        // if stored data ever made them, the account gets no reminder rather than a wrong amount.
        guard let overdue = Self.sum(inCurrency.filter { $0.dueOn < today }),
              let due = overdue > 0 ? overdue : Self.sum(inCurrency.filter { $0.dueOn <= anchor }) else { return nil }
        var balances: [String: Int64] = [:]
        for currency in Set(undisputed.map(\.open.currency)) {
            guard let total = Self.sum(undisputed.filter { $0.open.currency == currency }) else { return nil }
            balances[currency] = total
        }
        var values = TemplateValues(
            name: candidate.name, creditor: settings.creditorName, amountDue: amountDue ?? Money(minorUnits: due, currency: currency),
            balances: balances.sorted { $0.key < $1.key }.map { Money(minorUnits: $0.value, currency: $0.key) }, dueDate: dueDate ?? anchor,
            daysPastDue: daysPastDue, paymentLink: settings.paymentLinkBase.isEmpty ? "" : settings.paymentLinkBase + candidate.payToken,
            stage: owed.stage.name, urgency: reminding.urgency.rawValue, accountID: String(candidate.accountID),
            externalID: candidate.externalID, locale: candidate.locale)
        values.event = event
        let decision = candidate.contactState.decision(.schedule, channel: reminding.channel, at: now, policy: policy,
                                                       threatensSuit: template.threatensSuit, ceaseNotice: template.ceaseNotice, anchor: anchor)
        if let lines {
            // The period runs from the day the gate lets the notice out.
            let sentOn = if case .deferred(let until, _, _) = decision.verdict { LocalDate(until, in: zone) } else { today }
            guard let notice = ValidationNotice.itemize(lines, currency: currency, itemizationDate: anchor, sentOn: sentOn) else { return nil }
            values.validation = notice
        }
        // A reminder suppressed at once is never sent: it is recorded without content.
        let rendered = if decision.verdict.isSuppressed { (subject: "", body: "") } else { template.render(values) }
        let recipient = candidate.contactState.recipient(for: reminding.channel)
        let content = ReminderContent(
            policyID: policy.id, stage: owed.stage.name, channel: reminding.channel, templateName: template.name,
            locale: template.locale.isEmpty ? candidate.locale : template.locale, urgency: reminding.urgency,
            recipientName: recipient?.name ?? candidate.name, recipient: recipient?.address ?? "",
            postalAddress: reminding.channel == .letter ? recipient?.postalAddress ?? candidate.contactState.contacts.address : nil,
            timeZone: candidate.contactState.timeZone, subject: rendered.subject, bodyText: rendered.body, threatensSuit: template.threatensSuit,
            ceaseNotice: template.ceaseNotice, validation: values.validation)
        return ReminderDraft(actionKey: owed.key, content: content, decision: decision)
    }
}

extension CollectionCycle {
    /// Plans every candidate of a batch on every core at once (planning is pure, and
    /// rendering templates is most of its cost); the plans come back in order.
    static func planAll(_ candidates: [CollectionCandidate], _ planner: CollectionPlanner) -> [CollectionPlan] {
        let plans = Locked([CollectionPlan?](repeating: nil, count: candidates.count))
        DispatchQueue.concurrentPerform(iterations: candidates.count) { index in
            let decided = planner.plan(candidates[index])
            plans.withLock { $0[index] = decided }
        }
        return plans.withLock { $0.map { $0! } }
    }
}

extension CollectionPlan {
    /// Nothing is unpaid: the account leaves its policy (counted as cured when it followed
    /// one), its unclaimed reminders and open tasks are cancelled, and an agency placement
    /// is recalled as paid in full.
    static func cured(_ candidate: CollectionCandidate) -> CollectionPlan {
        var plan = CollectionPlan(drafts: [], nextActionAt: nil, policyID: "", cured: !candidate.policyID.isEmpty)
        plan.cancel = .cured
        plan.recall = .paidInFull
        return plan
    }
}
