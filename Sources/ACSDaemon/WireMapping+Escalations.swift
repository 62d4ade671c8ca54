import ACSCore
import ACSStore
import ACSWire
import Foundation

/// Conversions between tasks, placements and promises and their v1 messages.
extension WireMapping {
    static func record(uid: UInt32?, at: Date?, reason: String = "") -> V1.ChangeRecord? {
        guard let at else { return nil }
        return V1.ChangeRecord(caller: V1.Caller(uid: uid ?? 0), at: ACSClock.format(at), reason: reason)
    }

    static func task(_ view: TaskView, account: AccountView?) -> V1.Task {
        V1.Task(
            id: String(view.id), queue: view.queue, status: wire(view.status), account: account.map(summary),
            stage: view.stage, reason: view.reason, dueOn: view.dueOn.description, createdAt: ACSClock.format(view.createdAt),
            assignee: view.assignee, claimedBy: record(uid: view.claimedByUID, at: view.claimedAt),
            outcome: view.outcome.map(wire) ?? .unspecified,
            completedBy: record(uid: view.completedByUID, at: view.completedAt, reason: view.note))
    }

    static func placement(_ view: PlacementView) -> V1.Placement {
        V1.Placement(
            id: String(view.id), accountId: String(view.accountID), agency: view.agency,
            status: wire(view.status), automatic: view.automatic, stage: view.stage, coCollect: view.coCollect,
            placedBy: record(uid: view.placedByUID, at: view.placedAt, reason: view.reason),
            placedBalances: view.placedBalances.map { V1.Balance(currency: $0.currency, outstanding: money($0)) },
            collected: view.collected.map(money), exportId: view.exportID, exportedAt: view.exportedAt.map(ACSClock.format) ?? "",
            recallReason: view.recallReason.map(wire) ?? .unspecified,
            recalledBy: record(uid: view.recalledByUID, at: view.recalledAt, reason: view.recallNote), recallExportId: view.recallExportID,
            agencyStatus: view.agencyStatus, agencyStatusAt: view.agencyStatusAt.map(ACSClock.format) ?? "")
    }

    static func promise(_ view: PromiseView) -> V1.Promise {
        V1.Promise(
            id: String(view.id), accountId: String(view.accountID), amount: money(view.amount), promisedOn: view.promisedOn.description,
            graceDays: UInt32(view.graceDays), status: wire(view.status), paid: money(view.paid),
            source: view.source, recordedBy: record(uid: view.recordedByUID, at: view.recordedAt, reason: view.note),
            resolvedAt: view.resolvedAt.map(ACSClock.format) ?? "")
    }

    static func plan(_ view: PlanView) -> V1.PaymentPlan {
        let firstUnpaid = view.instalments.first { !$0.isPaid }?.number
        return V1.PaymentPlan(
            id: String(view.id), accountId: String(view.accountID), total: V1.Money(amountMinor: view.total, currency: view.currency),
            instalments: view.instalments.map { instalment in
                let status: V1.InstalmentStatus = instalment.isPaid ? .paid : view.status == .broken && instalment.number == firstUnpaid ? .missed : .pending
                return V1.Instalment(number: UInt32(instalment.number), amount: V1.Money(amountMinor: instalment.amount, currency: view.currency),
                                     dueOn: instalment.dueOn.description, paid: V1.Money(amountMinor: instalment.paid, currency: view.currency), status: status)
            },
            status: wire(view.status),
            graceDays: UInt32(view.graceDays), createdBy: record(uid: view.createdByUID, at: view.createdAt, reason: view.note),
            endedAt: view.endedAt.map(ACSClock.format) ?? "",
            cancelledBy: view.status == .cancelled ? record(uid: view.cancelledByUID, at: view.endedAt, reason: view.cancelReason) : nil)
    }

    static func promiseStats(_ counts: PromiseCounts) -> V1.PromiseStats {
        V1.PromiseStats(pending: UInt64(counts.pending), kept: UInt64(counts.kept), broken: UInt64(counts.broken),
                        cancelled: UInt64(counts.cancelled), keptRate: V1.Ratio(numerator: Int64(counts.kept), denominator: Int64(counts.kept + counts.broken)))
    }
}

/// Conversions of settlements and write-offs.
extension WireMapping {
    static func settlement(_ view: SettlementView) -> V1.Settlement {
        V1.Settlement(
            id: String(view.id), accountId: String(view.accountID), amount: money(view.amount), balance: money(view.balance),
            discountBp: UInt32(SettlementRules.discountBP(amount: view.amount.minorUnits, balance: view.balance.minorUnits)),
            expiresOn: view.expiresOn.description, status: wire(view.status), paid: money(view.paid), writtenOff: money(view.writtenOff),
            promiseId: view.promiseID.map(String.init) ?? "",
            offeredBy: record(uid: view.offeredBy.caller.uid, at: view.offeredBy.at, reason: view.note),
            resolvedAt: view.resolvedAt.map(ACSClock.format) ?? "")
    }

    static func writeOff(_ view: WriteOffView) -> V1.WriteOff {
        V1.WriteOff(
            id: String(view.id), accountId: String(view.accountID), obligationExternalId: view.obligationExternalID, amount: money(view.amount),
            reason: wire(view.reason), settlementId: view.settlementID.map(String.init) ?? "", stage: view.stage,
            writtenOffBy: record(uid: view.by.caller.uid, at: view.by.at, reason: view.note), reversedAt: view.reversedAt.map(ACSClock.format) ?? "")
    }
}

/// Conversions of disputes.
extension WireMapping {
    static func dispute(_ view: DisputeView) -> V1.Dispute {
        V1.Dispute(
            id: String(view.id), accountId: String(view.accountID), obligationExternalIds: view.obligations, wholeAccount: view.wholeAccount,
            holdIds: view.holdIDs.map(String.init), reason: wire(view.reason), receivedVia: wire(view.receivedVia), disputant: view.disputant,
            status: wire(view.status), openedBy: record(uid: view.openedBy.caller.uid, at: view.openedBy.at, reason: view.openedBy.reason),
            validationEndsOn: view.validationEndsOn?.description ?? "", verificationDocument: view.verificationDocument,
            verificationSentBy: view.verifiedBy.flatMap { record(uid: $0.caller.uid, at: $0.at) },
            resolvedBy: view.resolvedBy.flatMap { record(uid: $0.caller.uid, at: $0.at, reason: $0.reason) }, writtenOff: view.writtenOff.map(money))
    }
}
