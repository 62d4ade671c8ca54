import ACSCore
import ACSStore
import ACSWire
import Foundation

extension WireMapping {
    /// A bank statement entry, checked at `now`: a reference, a positive amount in a known currency, a
    /// booking date not after today anywhere on Earth (UTC+14: a bank's zone is not known), and text fields
    /// of bounded length without control characters.
    static func bankEntry(_ entry: V1.BankEntry, bankAccount: String, field: String, now: Date) throws(ACSError) -> BankEntryRecord {
        guard !entry.reference.isEmpty, TextRules.isText(entry.reference, max: 100), entry.reference.utf8.count <= 100 else {
            throw .invalidArgument(field: "\(field).reference", "is required: the bank's reference of the entry, at most 100 characters")
        }
        guard let amount = entry.amount else { throw .invalidArgument(field: "\(field).amount", "is required") }
        guard amount.amountMinor > 0, amount.amountMinor <= Money.maxMinorUnits else {
            throw .invalidArgument(field: "\(field).amount.amount_minor", "must be more than 0 and at most \(Money.maxMinorUnits)")
        }
        guard Currency(code: amount.currency) != nil else {
            throw .invalidArgument(field: "\(field).amount.currency", "\"\(amount.currency.prefix(8))\" is not an ISO 4217 currency")
        }
        let texts = [("structured_reference", entry.structuredReference, 35), ("remittance", entry.remittance, 1000),
                     ("end_to_end_id", entry.endToEndId, 100), ("counterparty", entry.counterparty, 200), ("return_code", entry.returnCode, 16)]
        for (name, text, limit) in texts where !TextRules.isText(text, max: limit) {
            throw .invalidArgument(field: "\(field).\(name)", "must be at most \(limit) characters without control characters")
        }
        guard entry.debit || !entry.isReturn else { throw .invalidArgument(field: "\(field).is_return", "a return is a debit") }
        let bookedOn = try requiredDay(entry.bookedOn, field: "\(field).booked_on")
        let latestToday = latestToday(now)
        guard bookedOn <= latestToday else {
            throw .invalidArgument(field: "\(field).booked_on", "\(bookedOn) is after today (\(latestToday) at the latest): a bank books no entry in the future")
        }
        return BankEntryRecord(
            bankAccount: bankAccount, reference: entry.reference, amount: money(amount), debit: entry.debit,
            bookedOn: bookedOn, structuredReference: entry.structuredReference,
            remittance: entry.remittance, endToEndID: entry.endToEndId, counterparty: entry.counterparty, returnCode: entry.returnCode,
            isReturn: entry.isReturn)
    }

    /// The last day a bank may have booked an entry on at `now`: today where it is latest (UTC+14), since a
    /// bank's zone is not known.
    static func latestToday(_ now: Date) -> LocalDate {
        LocalDate(now.addingTimeInterval(14 * 3_600), in: TimeZones.utc)
    }

    /// An entry of the unmatched queue.
    static func unmatched(_ view: UnmatchedView) -> V1.UnmatchedEntry {
        let entry = view.entry
        return V1.UnmatchedEntry(
            id: String(view.id), bankAccount: entry.bankAccount,
            entry: V1.BankEntry(reference: entry.reference, amount: money(entry.amount), debit: entry.debit, bookedOn: entry.bookedOn.description,
                                structuredReference: entry.structuredReference, remittance: entry.remittance, endToEndId: entry.endToEndID,
                                counterparty: entry.counterparty, returnCode: entry.returnCode, isReturn: entry.isReturn),
            reason: view.reason, status: wire(view.status), accountId: view.accountID.map(String.init) ?? "",
            paymentId: view.paymentID.map(String.init) ?? "", queuedAt: ACSClock.format(view.queuedAt),
            resolvedAt: view.resolvedAt.map(ACSClock.format) ?? "", note: view.note)
    }
}
