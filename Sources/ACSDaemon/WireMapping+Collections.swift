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
            id: String(view.id), accountId: String(view.accountID), channel: channel(view.channel), status: status(view.status),
            policyId: view.policyID, stage: view.stage, templateName: view.templateName, locale: view.locale,
            urgency: urgency(view.urgency), recipientName: view.recipientName, recipient: view.recipient,
            postalAddress: view.postalAddress.map(address), timeZone: view.timeZone, subject: view.subject, bodyText: view.bodyText,
            windowStart: time(view.windowStart), windowEnd: time(view.windowEnd), createdAt: time(view.createdAt),
            attempts: UInt32(clamping: view.attempts), claimedBy: view.status == .claimed ? view.claimedBy : "",
            leaseToken: withLease ? view.leaseToken : "", leaseExpiresAt: view.status == .claimed ? time(view.leaseExpiresAt) : "",
            outcome: view.outcome.map(outcome) ?? .unspecified, outcomeDetail: view.outcomeDetail, finishedAt: time(view.finishedAt),
            cancelReason: view.cancelReason.map(cancelReason) ?? .unspecified, ruleId: view.ruleID,
            gateDecisions: view.decisions.map(decision))
    }

    static func decision(_ record: GateDecisionRecord) -> V1.GateDecision {
        var decision = V1.GateDecision(at: ACSClock.format(record.at), checkpoint: record.checkpoint == .claim ? .claim : .schedule)
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

    static func status(_ status: ReminderStatus) -> V1.ReminderStatus {
        switch status {
        case .scheduled: .scheduled
        case .deferred: .deferred
        case .claimed: .claimed
        case .delivered: .delivered
        case .failed: .failed
        case .cancelled: .cancelled
        case .suppressed: .suppressed
        }
    }

    static func status(_ status: V1.ReminderStatus) -> ReminderStatus? {
        domain(status, Self.status)
    }

    static func outcome(_ outcome: ReminderOutcome) -> V1.ReminderOutcome {
        switch outcome {
        case .delivered: .delivered
        case .failed: .failed
        case .failedPermanently: .failedPermanently
        case .conversation: .conversation
        case .optedOut: .optedOut
        }
    }

    static func outcome(_ outcome: V1.ReminderOutcome) -> ReminderOutcome? {
        domain(outcome, Self.outcome)
    }

    static func cancelReason(_ reason: ReminderCancelReason) -> V1.CancelReason {
        switch reason {
        case .payment, .cured: .payment
        case .hold: .hold
        case .optOut: .optOut
        case .consentRevoked: .consentRevoked
        case .promise: .promise
        case .paymentPlan: .paymentPlan
        case .placement: .placement
        case .policyChange: .policyChange
        }
    }

    static func urgency(_ urgency: Urgency) -> V1.Urgency {
        switch urgency {
        case .low: .low
        case .normal: .normal
        case .high: .high
        case .final: .final
        }
    }

    static func policy(_ policy: DunningPolicy, file: String, version: String) -> V1.Policy {
        V1.Policy(
            id: policy.id, title: policy.title, file: file, version: version, segments: policy.segments, isDefault: policy.isDefault,
            profile: profile(policy.profile),
            stages: policy.stages.map { V1.Stage(name: $0.name, daysPastDue: Int32($0.daysPastDue), actions: $0.actions.map(action)) },
            frequencyCaps: policy.frequencyCaps.map {
                V1.FrequencyCap(channel: channel($0.channel), maxCount: UInt32($0.maxCount), periodDays: UInt32($0.periodDays))
            },
            interestRateBp: UInt32(policy.interestRateBP), feesFirst: policy.feesFirst,
            promiseGraceDays: UInt32(policy.promiseGraceDays), planGraceDays: UInt32(policy.planGraceDays))
    }

    static func profile(_ profile: ComplianceProfile) -> V1.ComplianceProfile {
        switch profile {
        case .us: .us
        case .uk: .uk
        case .eu: .eu
        }
    }

    static func action(_ action: StageAction) -> V1.StageAction {
        switch action {
        case .remind(let reminding):
            V1.StageAction(kind: .remind, channel: channel(reminding.channel), templateName: reminding.template,
                           urgency: urgency(reminding.urgency), repeatEveryDays: UInt32(reminding.repeatEveryDays),
                           maxTimes: UInt32(reminding.maxTimes))
        case .fee(let fee):
            V1.StageAction(kind: .fee, fee: V1.Fee(fixedAmounts: fee.fixed.map(money), percentBp: UInt32(fee.percentBP), caps: fee.caps.map(money)))
        case .escalateAgency(let agency, let coCollect):
            V1.StageAction(kind: .escalateAgency, agency: agency, coCollect: coCollect)
        case .escalatePerson(let queue, let days):
            V1.StageAction(kind: .escalatePerson, queue: queue, taskDueDays: UInt32(days))
        }
    }

    static func policyError(_ error: ACSPolicy.PolicyError) -> V1.PolicyError {
        V1.PolicyError(file: error.file, line: UInt32(error.line), column: UInt32(error.column), path: error.path, message: error.message)
    }
}
