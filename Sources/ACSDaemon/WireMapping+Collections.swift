import ACSCore
import ACSPolicy
import ACSStore
import ACSWire
import Foundation

/// Conversions between the reminder and policy types and their v1 messages.
extension WireMapping {
    static func reminder(_ view: ReminderView, withLease: Bool = false) -> V1.Reminder {
        let time = { (date: Date?) in date.map(ACSClock.format) ?? "" }
        return V1.Reminder(
            id: String(view.id), accountId: String(view.accountID), channel: wire(view.channel), status: wire(view.status),
            policyId: view.policyID, stage: view.stage, templateName: view.templateName, locale: view.locale,
            urgency: wire(view.urgency), recipientName: view.recipientName, recipient: view.recipient,
            postalAddress: view.postalAddress.map(address), timeZone: view.timeZone, subject: view.subject, bodyText: view.bodyText,
            windowStart: time(view.windowStart), windowEnd: time(view.windowEnd), createdAt: time(view.createdAt),
            attempts: UInt32(clamping: view.attempts), claimedBy: view.status == .claimed ? view.claimedBy : "",
            leaseToken: withLease ? view.leaseToken : "", leaseExpiresAt: view.status == .claimed ? time(view.leaseExpiresAt) : "",
            outcome: view.outcome.map(wire) ?? .unspecified, outcomeDetail: view.outcomeDetail, finishedAt: time(view.finishedAt),
            cancelReason: view.cancelReason.map(cancelReason) ?? .unspecified, ruleId: view.ruleID,
            gateDecisions: view.decisions.map(decision), validation: view.validation.map(validation))
    }

    static func validation(_ notice: ValidationNotice) -> V1.ValidationNotice {
        let money = { (minor: Int64) in V1.Money(amountMinor: minor, currency: notice.currency) }
        return V1.ValidationNotice(
            itemizationDate: notice.itemizationDate.description, amountThen: money(notice.amountThen), interest: money(notice.interest),
            fees: money(notice.fees), payments: money(notice.payments), credits: money(notice.credits), amountNow: money(notice.amountNow),
            sentOn: notice.sentOn.description, receiptOn: notice.receiptOn.description, periodEndsOn: notice.periodEndsOn.description)
    }

    static func decision(_ record: GateDecisionRecord) -> V1.GateDecision {
        var decision = V1.GateDecision(at: ACSClock.format(record.at), checkpoint: wire(record.checkpoint), zones: record.zones)
        switch record.verdict {
        case .allowed: decision.verdict = .allow
        case .deferred(let until, let rule, let detail):
            decision.verdict = .defer
            decision.ruleId = rule
            decision.deferredUntil = ACSClock.format(until)
            decision.detail = detail
        case .suppressed(let rule, let detail):
            decision.verdict = .suppress
            decision.ruleId = rule
            decision.detail = detail
        }
        return decision
    }

    /// A cancel reason on the wire: a cured account's reminders were cancelled by payment.
    static func cancelReason(_ reason: ReminderCancelReason) -> V1.CancelReason {
        reason == .cured ? .payment : wire(reason)
    }

    static func policy(_ policy: DunningPolicy, file: String, version: String) -> V1.Policy {
        V1.Policy(
            id: policy.id, title: policy.title, file: file, version: version, segments: policy.segments, isDefault: policy.isDefault,
            profile: wire(policy.profile),
            stages: policy.stages.map { stage in
                V1.Stage(name: stage.name, daysPastDue: Int32(stage.daysPastDue),
                         actions: zip(stage.actions, stage.actionConditions).map { step, when in
                             var wire = Self.action(step)
                             wire.when = when.map(condition)
                             return wire
                         },
                         when: stage.condition.map(condition))
            },
            frequencyCaps: policy.frequencyCaps.map {
                V1.FrequencyCap(channel: wire($0.channel), maxCount: UInt32($0.maxCount), periodDays: UInt32($0.periodDays))
            },
            interestRateBp: UInt32(policy.interestRateBP), feesFirst: policy.feesFirst,
            promiseGraceDays: UInt32(policy.promiseGraceDays), planGraceDays: UInt32(policy.planGraceDays),
            validationNotice: policy.validationNotice.map(wire) ?? .unspecified, returnedPaymentFee: policy.returnedPaymentFee.map(money),
            returnedPaymentTemplate: policy.eventTemplates[.returnedPayment] ?? "",
            settlementAuthority: authority(policy), disputeRejectedTemplate: policy.eventTemplates[.disputeRejected] ?? "",
            paymentReceiptTemplate: policy.eventTemplates[.paymentReceipt] ?? "",
            promiseConfirmationTemplate: policy.eventTemplates[.promiseConfirmation] ?? "",
            planConfirmationTemplate: policy.eventTemplates[.planConfirmation] ?? "")
    }

    private static func authority(_ policy: DunningPolicy) -> [V1.RoleAuthority] {
        policy.settlementAuthorityBP.sorted { $0.key < $1.key }.map { V1.RoleAuthority(role: $0.key.rawValue, maxDiscountBp: UInt32($0.value)) }
    }

    static func action(_ action: StageAction) -> V1.StageAction {
        switch action {
        case .remind(let reminding):
            V1.StageAction(kind: .remind, channel: wire(reminding.channel), templateName: reminding.template,
                           urgency: wire(reminding.urgency), repeatEveryDays: UInt32(reminding.repeatEveryDays),
                           maxTimes: UInt32(reminding.maxTimes))
        case .fee(let fee):
            V1.StageAction(kind: .fee, fee: V1.Fee(fixedAmounts: fee.fixed.map(money), percentBp: UInt32(fee.percentBP), caps: fee.caps.map(money)))
        case .escalateAgency(let agency, let coCollect):
            V1.StageAction(kind: .escalateAgency, agency: agency, coCollect: coCollect)
        case .escalatePerson(let queue, let days):
            V1.StageAction(kind: .escalatePerson, queue: queue, taskDueDays: UInt32(days))
        case .reportToBureau(let bureau):
            V1.StageAction(kind: .reportToBureau, bureau: bureau)
        case .writeOffSmallBalance:
            V1.StageAction(kind: .writeOff)  // its ceiling is the action's `when.max_balance`
        case .offerSettlement(let percent, let days):
            V1.StageAction(kind: .offerSettlement, settlementPercentBp: UInt32(percent), settlementExpiresInDays: UInt32(days))
        }
    }

    static func condition(_ condition: StageCondition) -> V1.StageCondition {
        V1.StageCondition(minBalance: condition.minBalance.map(money), maxBalance: condition.maxBalance.map(money), segments: condition.segments,
                          holdFree: condition.holdFree, hasScoreBand: condition.scoreBand != nil,
                          scoreMin: Int32(condition.scoreBand?.lowerBound ?? 0), scoreMax: Int32(condition.scoreBand?.upperBound ?? 0))
    }

    static func policyError(_ error: ACSPolicy.PolicyError) -> V1.PolicyError {
        V1.PolicyError(file: error.file, line: UInt32(error.line), column: UInt32(error.column), path: error.path, message: error.message)
    }
}
