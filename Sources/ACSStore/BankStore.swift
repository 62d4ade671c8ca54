public import ACSCore
public import Foundation
import GRDB

/// Bank statements: matching an entry's references to an account or to an earlier payment,
/// and the unmatched queue. One of the ledger's named stores (`Ledger.bank`).
public struct BankStore: LedgerStore {
    let database: ACSDatabase
    let writer: GroupCommitWriter
}

/// One entry of a bank statement.
public struct BankEntryRecord: Sendable, Hashable {
    /// The statement's bank account and the bank's reference of the entry: its identity.
    public var bankAccount: String
    public var reference: String
    /// The amount (positive) and its direction.
    public var amount: Money
    public var debit: Bool
    public var bookedOn: LocalDate
    /// An ISO 11649 reference, when structured.
    public var structuredReference: String
    public var remittance: String
    public var endToEndID: String
    public var counterparty: String
    public var returnCode: String
    /// True for a debit that returns an earlier credit.
    public var isReturn: Bool

    /// An entry; every field as the statement gives it.
    public init(bankAccount: String, reference: String, amount: Money, debit: Bool, bookedOn: LocalDate, structuredReference: String,
                remittance: String, endToEndID: String, counterparty: String, returnCode: String, isReturn: Bool) {
        self.bankAccount = bankAccount
        self.reference = reference
        self.amount = amount
        self.debit = debit
        self.bookedOn = bookedOn
        self.structuredReference = structuredReference
        self.remittance = remittance
        self.endToEndID = endToEndID
        self.counterparty = counterparty
        self.returnCode = returnCode
        self.isReturn = isReturn
    }

    /// The idempotency key of the payment a credit is posted as: the account's length first, so
    /// that no account and reference can make another's key (`bank:` is refused from clients).
    public var paymentKey: String { Self.keyPrefix(bankAccount) + reference }

    /// The bank accounts acs-gateway queues a gateway's unmatched payments under, and the gateway's own key prefix.
    public static let gatewayAccounts = ["gateway:stripe": "stripe:", "gateway:adyen": "adyen:"]

    /// What every key of a payment posted from `bankAccount`'s statements starts with. A gateway's payment, queued by
    /// acs-gateway and assigned by hand, is posted under the gateway's own key (`stripe:pi_…`), as acs-gateway would
    /// have posted it: a later refund or dispute of it finds it.
    public static func keyPrefix(_ bankAccount: String) -> String {
        gatewayAccounts[bankAccount] ?? "bank:\(bankAccount.utf8.count):\(bankAccount):"
    }
}

/// How a credit was matched to its account, strongest first.
public enum BankMatchKey: String, Sendable, Hashable, CaseIterable {
    case structuredReference = "structured_reference"
    case rfReference = "rf_reference"
    case payToken = "pay_token"
    case invoice
    case externalID = "external_id"
}

/// The account a credit pays, or why none.
public enum BankMatch: Sendable, Hashable {
    case account(Int64, by: BankMatchKey)
    case none(reason: String)
}

/// Where an unmatched entry is.
public enum UnmatchedStatus: String, Sendable, Hashable, CaseIterable {
    case open, assigned, ignored
}

/// An entry of the unmatched queue.
public struct UnmatchedView: Sendable, Hashable {
    public var id: Int64
    public var entry: BankEntryRecord
    public var reason: String
    public var status: UnmatchedStatus
    public var accountID: Int64?
    public var paymentID: Int64?
    public var queuedAt: Date
    public var resolvedAt: Date?
    public var note: String
}

extension BankStore {
    /// The payment an entry was posted as by an earlier import, if any.
    public func postedPayment(_ entry: BankEntryRecord) async throws(ACSError) -> Int64? {
        try await read { db in try db.value(Int64.self, "SELECT id FROM payment WHERE idempotency_key = ?", [entry.paymentKey]) }
    }

    /// The queue entry of `entry` from an earlier import, if any.
    public func queued(_ entry: BankEntryRecord) async throws(ACSError) -> UnmatchedView? {
        try await read { db in try Self.queuedID(entry, in: db).map { try Self.unmatched($0, in: db) } }
    }

    private static func queuedID(_ entry: BankEntryRecord, in db: Database) throws -> Int64? {
        try db.value(Int64.self, "SELECT id FROM unmatched_entry WHERE bank_account = ? AND reference = ?", [entry.bankAccount, entry.reference])
    }

    /// The account a credit pays: the strongest kind of reference that names exactly one account
    /// decides; one that names several is ambiguous, and nothing weaker is tried after it.
    public func match(_ entry: BankEntryRecord) async throws(ACSError) -> BankMatch {
        try await read { db in
            let tokens = RemittanceText.tokens(entry.remittance + " " + entry.endToEndID)
            for key in BankMatchKey.allCases {
                let accounts = try Self.accounts(key, structured: entry.structuredReference, tokens: tokens, in: db)
                if accounts.count == 1 { return .account(accounts[0], by: key) }
                if accounts.count > 1 {
                    return .none(reason: "ambiguous: the \(key.rawValue.replacingOccurrences(of: "_", with: " ")) names accounts "
                                 + accounts.map(String.init).joined(separator: ", "))
                }
            }
            return .none(reason: entry.structuredReference.isEmpty && tokens.isEmpty ? "no reference to match" : "no account matches its references")
        }
    }

    /// The accounts one kind of reference names.
    private static func accounts(_ key: BankMatchKey, structured: String, tokens: [String], in db: Database) throws -> [Int64] {
        func existing(_ ids: [Int64]) throws -> [Int64] {
            try ids.isEmpty ? [] : db.values(Int64.self, "SELECT id FROM account WHERE id IN (\(ids.map { _ in "?" }.joined(separator: ",")))",
                                             StatementArguments(ids))
        }
        func lookup(_ sql: String) throws -> [Int64] {
            tokens.isEmpty ? [] : try db.values(Int64.self, sql + " IN (\(tokens.map { _ in "?" }.joined(separator: ","))) ORDER BY 1",
                                                StatementArguments(tokens))
        }
        switch key {
        case .structuredReference:
            return try existing(CreditorReference.accountID(structured).map { [$0] } ?? [])
        case .rfReference:
            return try existing(Array(Set(tokens.compactMap(CreditorReference.accountID))).sorted())
        case .payToken:
            // A pasted link is one word with its slashes; a bank may upper-case the text.
            let candidates = Array(Set(tokens.flatMap { $0.split(separator: "/") }.map { $0.lowercased() }.filter(PayToken.isWellFormed))).sorted()
            return try candidates.isEmpty ? [] : db.values(Int64.self, """
                SELECT DISTINCT id FROM account WHERE pay_token != '' AND pay_token IN (\(candidates.map { _ in "?" }.joined(separator: ","))) ORDER BY 1
                """, StatementArguments(candidates))
        case .invoice:
            return try lookup("SELECT DISTINCT account_id FROM obligation WHERE external_id")
        case .externalID:
            return try lookup("SELECT DISTINCT id FROM account WHERE external_id")
        }
    }

    /// The payment a return was applied to by an earlier import or by hand, if any.
    public func returnApplied(_ entry: BankEntryRecord) async throws(ACSError) -> Int64? {
        try await read { db in try Self.returnApplied(entry, in: db) }
    }

    static func returnApplied(_ entry: BankEntryRecord, in db: Database) throws -> Int64? {
        try db.value(Int64.self, "SELECT payment_id FROM bank_return WHERE bank_account = ? AND reference = ?", [entry.bankAccount, entry.reference])
    }

    /// What a return may be of: the payments posted from the same bank account's statements,
    /// not reversed, with its end-to-end reference and amount; and whether a credit with that
    /// reference and amount still waits in the queue (then it is not for a machine to decide).
    public func returnCandidates(_ entry: BankEntryRecord) async throws(ACSError) -> (payments: [Int64], creditQueued: Bool) {
        let reference = entry.endToEndID
        guard !reference.isEmpty, reference.uppercased() != "NOTPROVIDED" else { return ([], false) }
        let prefix = BankEntryRecord.keyPrefix(entry.bankAccount)
        return try await read { db in
            let payments = try db.values(Int64.self, """
                SELECT id FROM payment WHERE reference = ? AND reference != '' AND substr(idempotency_key, 1, ?) = ?
                AND currency = ? AND amount_minor = ? AND reversal_reason IS NULL ORDER BY id
                """, [reference, prefix.utf8.count, prefix, entry.amount.currency, entry.amount.minorUnits])
            let queued = try db.value(Int64.self, """
                SELECT 1 FROM unmatched_entry WHERE bank_account = ? AND debit = 0 AND status = 'open' AND end_to_end_id = ?
                AND currency = ? AND amount_minor = ? LIMIT 1
                """, [entry.bankAccount, reference, entry.amount.currency, entry.amount.minorUnits]) != nil
            return (payments, queued)
        }
    }

    /// Queues `entry` with `reason`; an entry queued before is answered as it is (`queuedBefore`).
    public func queue(_ entry: BankEntryRecord, reason: String, at now: Date) async throws(ACSError) -> (entry: UnmatchedView, queuedBefore: Bool) {
        try await writer.write { db in
            if let id = try Self.queuedID(entry, in: db) { return (try Self.unmatched(id, in: db), true) }
            try db.run("""
                INSERT INTO unmatched_entry (bank_account, reference, debit, currency, amount_minor, booked_on, structured_reference, remittance,
                                             end_to_end_id, counterparty, return_code, is_return, reason, status, queued_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)
                """, [entry.bankAccount, entry.reference, entry.debit, entry.amount.currency, entry.amount.minorUnits, entry.bookedOn.description,
                      entry.structuredReference, entry.remittance, entry.endToEndID, entry.counterparty, entry.returnCode, entry.isReturn,
                      reason, Ledger.text(now)])
            return (try Self.unmatched(db.lastInsertedRowID, in: db), false)
        }
    }

    /// One queue entry.
    public func unmatched(_ id: Int64) async throws(ACSError) -> UnmatchedView {
        try await read { db in try Self.unmatched(id, in: db) }
    }

    /// The queue, newest first, after `beforeID`.
    public func unmatched(status: UnmatchedStatus?, limit: Int, beforeID: Int64?) async throws(ACSError) -> [UnmatchedView] {
        try await read { db in
            let ids = try db.values(Int64.self, """
                SELECT id FROM unmatched_entry WHERE id < ? AND (? IS NULL OR status = ?) ORDER BY id DESC LIMIT ?
                """, [beforeID ?? .max, status?.rawValue, status?.rawValue, limit])
            return try ids.map { try Self.unmatched($0, in: db) }
        }
    }

    /// Closes an open entry without posting it.
    public func ignore(_ id: Int64, note: String, by actor: ChangeActor) async throws(ACSError) -> UnmatchedView {
        try await writer.write { db in try Rows(db: db).resolve(id, accountID: nil, paymentID: nil, note: note, by: actor) }
    }

    static func unmatched(_ id: Int64, in db: Database) throws -> UnmatchedView {
        guard let row = try db.row("SELECT * FROM unmatched_entry WHERE id = ?", [id]) else {
            throw ACSError(.notFound, "no unmatched entry \(id)")
        }
        let entry = BankEntryRecord(
            bankAccount: row["bank_account"], reference: row["reference"],
            amount: Money(minorUnits: row["amount_minor"], currency: row["currency"]), debit: row["debit"],
            bookedOn: try Ledger.day(row["booked_on"]), structuredReference: row["structured_reference"], remittance: row["remittance"],
            endToEndID: row["end_to_end_id"], counterparty: row["counterparty"], returnCode: row["return_code"], isReturn: row["is_return"])
        return UnmatchedView(id: id, entry: entry, reason: row["reason"], status: try Ledger.stored(row["status"]), accountID: row["account_id"],
                             paymentID: row["payment_id"], queuedAt: Ledger.date(row["queued_at"]),
                             resolvedAt: (row["resolved_at"] as String?).map { Ledger.date($0) }, note: row["note"])
    }
}

extension BankStore {
    /// The bank rows inside a `LedgerTransaction`.
    public struct Rows {
        let db: Database

        /// One queue entry.
        public func unmatched(_ id: Int64) throws -> UnmatchedView { try BankStore.unmatched(id, in: db) }

        /// The payment a return was applied to, if any.
        public func returnApplied(_ entry: BankEntryRecord) throws -> Int64? { try BankStore.returnApplied(entry, in: db) }

        /// Records that `entry` (a return) was applied to `paymentID`: a second import answers it.
        public func recordReturn(_ entry: BankEntryRecord, paymentID: Int64) throws {
            try db.run("INSERT INTO bank_return (bank_account, reference, payment_id) VALUES (?, ?, ?)",
                       [entry.bankAccount, entry.reference, paymentID])
        }

        /// Closes an open entry: assigned to `accountID` and `paymentID`, or ignored (both nil).
        public func resolve(_ id: Int64, accountID: Int64?, paymentID: Int64?, note: String, by actor: ChangeActor) throws -> UnmatchedView {
            let current = try BankStore.unmatched(id, in: db)
            guard current.status == .open else { throw ACSError(.failedPrecondition, "unmatched entry \(id) is already \(current.status.rawValue)") }
            try db.run("""
                UPDATE unmatched_entry SET status = ?, account_id = ?, payment_id = ?, note = ?, resolved_at = ?, resolved_by_uid = ? WHERE id = ?
                """, [(paymentID == nil ? UnmatchedStatus.ignored : .assigned).rawValue, accountID, paymentID, note, Ledger.text(actor.at),
                      Int64(actor.caller.uid), id])
            return try BankStore.unmatched(id, in: db)
        }
    }
}
