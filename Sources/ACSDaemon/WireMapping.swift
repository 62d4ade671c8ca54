import ACSCore
import ACSStore
import ACSWire
import Foundation

/// Conversions between the wire messages (`V1.*`) and the domain and ledger
/// types: the one place where field names, enums and text formats meet.
enum WireMapping {
    // MARK: Requests

    /// The account a request names; INVALID_ARGUMENT naming `field` when it names none or both ways.
    static func lookup(_ ref: V1.AccountRef?, field: String = "account") throws(ACSError) -> AccountLookup {
        guard let ref else { throw .invalidArgument(field: field, "is required: an id, source and external_id, or a pay_token") }
        if !ref.id.isEmpty {
            guard ref.source.isEmpty, ref.externalId.isEmpty, ref.payToken.isEmpty, let id = Int64(ref.id), id > 0 else {
                throw .invalidArgument(field: "\(field).id", "must be an acsd account id alone (a positive number)")
            }
            return .id(id)
        }
        if !ref.payToken.isEmpty {
            guard ref.source.isEmpty, ref.externalId.isEmpty else {
                throw .invalidArgument(field: "\(field).pay_token", "must be given alone")
            }
            return .payToken(ref.payToken)
        }
        guard TextRules.isIdentifier(ref.source), TextRules.isIdentifier(ref.externalId) else {
            throw .invalidArgument(field: field, "needs an id, both source and external_id, or a pay_token")
        }
        return .external(source: ref.source, externalID: ref.externalId)
    }

    /// A synced record as a snapshot, or the violations of the fields that do not even parse.
    static func snapshot(_ record: V1.AccountRecord) -> Result<AccountSnapshot, SyncRejection> {
        var violations: [ACSError.FieldViolation] = []
        let obligations = record.obligations.enumerated().compactMap { index, obligation -> ObligationSnapshot? in
            let prefix = "obligations[\(index)]"
            let dueOn = LocalDate(obligation.dueOn)
            if dueOn == nil { violations.append(.init(field: "\(prefix).due_on", description: "\"\(obligation.dueOn.prefix(32))\" is not a date YYYY-MM-DD")) }
            let issuedOn = LocalDate(obligation.issuedOn)
            if !obligation.issuedOn.isEmpty && issuedOn == nil {
                violations.append(.init(field: "\(prefix).issued_on", description: "\"\(obligation.issuedOn.prefix(32))\" is not a date YYYY-MM-DD"))
            }
            guard let amount = obligation.amount else {
                violations.append(.init(field: "\(prefix).amount", description: "is required"))
                return nil
            }
            guard let dueOn else { return nil }
            let open = obligation.openAmount ?? amount
            return ObligationSnapshot(
                externalID: obligation.externalId, kind: domain(obligation.kind) ?? .invoice, amount: money(amount), openAmount: money(open),
                issuedOn: issuedOn, dueOn: dueOn)
        }
        let snapshot = AccountSnapshot(
            source: record.source, externalID: record.externalId, sourceVersion: record.sourceVersion, name: record.name,
            contacts: ContactPoints(
                emails: record.emails,
                phones: record.phones.map {
                    PhoneContact(number: $0.number, smsConsent: $0.smsConsent, voiceConsent: $0.voiceConsent,
                                 consentSource: $0.consentSource, timeZone: $0.timeZone)
                },
                address: record.address.map(address),
                representatives: record.representatives.enumerated().compactMap { index, person in
                    guard let role: ContactRole = domain(person.role) else {
                        violations.append(.init(field: "representatives[\(index)].role", description: "is required: attorney or estate representative"))
                        return nil
                    }
                    return Representative(role: role, name: person.name, email: person.email, address: person.address.map(address))
                }),
            timeZone: record.timeZone, locale: record.locale, segment: record.segment, obligations: obligations)
        violations += snapshot.violations()
        return violations.isEmpty ? .success(snapshot) : .failure(SyncRejection(violations: violations))
    }

    /// A payment request as a ledger record, at `now` on acsd's clock: one received after it (more than a client's
    /// clock skew) is INVALID_ARGUMENT, since promises and plans are judged by when money came.
    static func payment(_ payment: V1.NewPayment?, field: String = "payment",
                        agencies: [String: DaemonConfiguration.Agency], now: Date) throws(ACSError) -> NewPaymentRecord {
        guard let payment else { throw .invalidArgument(field: field, "is required") }
        guard let amount = payment.amount else { throw .invalidArgument(field: "\(field).amount", "is required") }
        guard !payment.idempotencyKey.hasPrefix("bank:") else {
            throw .invalidArgument(field: "\(field).idempotency_key", "keys that start \"bank:\" are acsd's own, for bank statement entries")
        }
        let receivedAt = try instant(payment.receivedAt, field: "\(field).received_at")
        if let receivedAt, receivedAt.timeIntervalSince(now) > ACSClock.clientSkew {
            throw .invalidArgument(field: "\(field).received_at", "is after acsd's clock (\(ACSClock.format(now))): money cannot be received in the future")
        }
        var record = NewPaymentRecord(
            idempotencyKey: payment.idempotencyKey, account: try lookup(payment.account, field: "\(field).account"),
            amount: money(amount), receivedAt: receivedAt, method: payment.method, reference: payment.reference, note: payment.note)
        if !payment.agency.isEmpty {
            let agency = try agency(payment.agency, field: "\(field).agency", in: agencies)
            record.agency = payment.agency
            record.commissionBP = agency.commissionBP
        }
        return record
    }


    /// The domain value of a closed set whose stored word is the wire value's proto name; nil for
    /// UNSPECIFIED. `WireEnumTests` holds every domain value to a wire value and back.
    static func domain<Value: RawRepresentable<String>>(_ wire: some ProtoEnum) -> Value? {
        Value(rawValue: wire.name)
    }

    /// The wire value named by a domain value's stored word (UNSPECIFIED if none were).
    static func wire<Wire: ProtoEnum>(_ value: some RawRepresentable<String>) -> Wire {
        Wire(name: value.rawValue) ?? Wire.allCases.first { $0.name == "unspecified" }!
    }

    /// The domain value of a required closed-set field: INVALID_ARGUMENT naming `field` for UNSPECIFIED.
    static func required<Value: RawRepresentable<String>>(_ wire: some ProtoEnum, field: String,
                                                          _ why: String = "is required") throws(ACSError) -> Value {
        guard let value: Value = domain(wire) else { throw .invalidArgument(field: field, why) }
        return value
    }

    /// A required id field: a positive number, INVALID_ARGUMENT naming `field` otherwise.
    static func id(_ text: String, field: String = "id", _ why: String = "is required: an id") throws(ACSError) -> Int64 {
        guard let id = Int64(text), id > 0 else { throw .invalidArgument(field: field, why) }
        return id
    }

    /// The configured agency named by a request; INVALID_ARGUMENT naming `field` when none is.
    static func agency(_ name: String, field: String, in agencies: [String: DaemonConfiguration.Agency]) throws(ACSError)
        -> DaemonConfiguration.Agency {
        guard let agency = DaemonConfiguration.agency(named: name, in: agencies) else { throw .invalidArgument(field: field, "\"\(name)\" is not an agency of the configuration") }
        return agency
    }

    /// An optional RFC 3339 field: nil when empty, INVALID_ARGUMENT naming `field` when malformed.
    static func instant(_ text: String, field: String) throws(ACSError) -> Date? {
        guard !text.isEmpty else { return nil }
        guard let date = ACSClock.parse(text) else { throw .invalidArgument(field: field, "must be RFC 3339, e.g. 2026-03-01T09:00:00Z") }
        return date
    }

    /// An optional `YYYY-MM-DD` field: nil when empty, INVALID_ARGUMENT naming `field` when malformed.
    static func day(_ text: String, field: String) throws(ACSError) -> LocalDate? {
        guard !text.isEmpty else { return nil }
        guard let day = LocalDate(text) else { throw .invalidArgument(field: field, "must be a date YYYY-MM-DD") }
        return day
    }

    /// A required `YYYY-MM-DD` field.
    static func requiredDay(_ text: String, field: String) throws(ACSError) -> LocalDate {
        guard let day = try day(text, field: field) else { throw .invalidArgument(field: field, "is required: a date YYYY-MM-DD") }
        return day
    }

    static func money(_ money: V1.Money) -> Money { Money(minorUnits: money.amountMinor, currency: money.currency) }

    /// A SetContactPreference request as a domain change.
    static func contactChange(_ request: V1.SetContactPreferenceRequest) throws(ACSError) -> ContactChange {
        let kind: ContactChangeKind = try required(request.change, field: "change")
        var times: [InconvenientTime] = []
        for (index, period) in request.inconvenientTimes.enumerated() {
            guard let start = InconvenientTime.minutes(period.startTime), let end = InconvenientTime.minutes(period.endTime) else {
                throw .invalidArgument(field: "inconvenient_times[\(index)]", "times are HH:MM from 00:00 to 24:00")
            }
            times.append(InconvenientTime(startMinute: start, endMinute: end, weekdays: period.weekdays.map { Int($0) }))
        }
        return ContactChange(kind: kind, channel: domain(request.channel), phoneNumber: request.phoneNumber.isEmpty ? nil : request.phoneNumber,
                             inconvenientTimes: times, source: request.source)
    }

    // MARK: Responses

    static func money(_ money: Money) -> V1.Money { V1.Money(amountMinor: money.minorUnits, currency: money.currency) }

    static func change(_ actor: ChangeActor?) -> V1.ChangeRecord? {
        actor.map {
            V1.ChangeRecord(caller: V1.Caller(uid: $0.caller.uid, gid: $0.caller.gid, pid: UInt32(max(0, $0.caller.pid))),
                            at: ACSClock.format($0.at), reason: $0.reason)
        }
    }

    static func balances(_ balances: [BalanceView]) -> [V1.Balance] {
        balances.map {
            V1.Balance(currency: $0.currency, outstanding: V1.Money(amountMinor: $0.outstanding, currency: $0.currency),
                       overdue: V1.Money(amountMinor: $0.overdue, currency: $0.currency),
                       credit: V1.Money(amountMinor: $0.credit, currency: $0.currency))
        }
    }

    static func allocation(_ allocation: AllocationView) -> V1.Allocation {
        V1.Allocation(obligationExternalId: allocation.obligationExternalID, dueOn: allocation.dueOn.description,
                      amount: money(allocation.amount), openAfter: money(allocation.openAfter))
    }

    static func payment(_ payment: PaymentView) -> V1.Payment {
        V1.Payment(
            id: String(payment.id), idempotencyKey: payment.idempotencyKey, accountId: String(payment.accountID),
            amount: money(payment.amount), receivedAt: ACSClock.format(payment.receivedAt), method: payment.method,
            reference: payment.reference, note: payment.note, status: payment.reversalReason == nil ? .posted : .reversed,
            allocations: payment.allocations.map(allocation), credit: money(payment.credit), postedBy: change(payment.postedBy),
            agency: payment.agency, agencyCommissionBp: UInt32(payment.commissionBP),
            agencyCommission: payment.agency.isEmpty ? nil : money(payment.commission),
            reversalReason: payment.reversalReason.map(wire) ?? .unspecified, reversedBy: change(payment.reversedBy), returnCode: payment.returnCode)
    }

    static func hold(_ hold: HoldView) -> V1.Hold {
        V1.Hold(id: String(hold.id), kind: wire(hold.kind), obligationExternalId: hold.obligationExternalID,
                effectiveOn: hold.dates.effectiveOn.description, endsOn: hold.dates.endsOn?.description ?? "",
                active: hold.clearedBy == nil, setBy: change(hold.setBy), clearedBy: change(hold.clearedBy),
                mentalHealthCrisis: hold.dates.mentalHealthCrisis, validationEndsOn: hold.validationEndsOn?.description ?? "")
    }

    static func address(_ address: V1.PostalAddress) -> PostalAddress {
        PostalAddress(lines: address.lines, locality: address.locality, region: address.region, postalCode: address.postalCode,
                      country: address.country, timeZone: address.timeZone)
    }

    static func address(_ address: PostalAddress) -> V1.PostalAddress {
        V1.PostalAddress(lines: address.lines, locality: address.locality, region: address.region, postalCode: address.postalCode,
                         country: address.country, timeZone: address.timeZone)
    }

    /// An account without its obligations and recent payments.
    static func summary(_ view: AccountView) -> V1.Account {
        var account = account(view)
        account.obligations = []
        account.recentPayments = []
        return account
    }

    static func account(_ view: AccountView) -> V1.Account {
        let snapshot = view.snapshot
        return V1.Account(
            id: String(view.id), source: snapshot.source, externalId: snapshot.externalID, sourceVersion: snapshot.sourceVersion,
            name: snapshot.name, emails: snapshot.contacts.emails,
            phones: snapshot.contacts.phones.map {
                V1.Phone(number: $0.number, smsConsent: $0.smsConsent, voiceConsent: $0.voiceConsent, consentSource: $0.consentSource, timeZone: $0.timeZone)
            },
            address: snapshot.contacts.address.map(address),
            timeZone: snapshot.timeZone, locale: snapshot.locale, segment: snapshot.segment, balances: balances(view.balances),
            oldestUnpaidDueOn: view.oldestUnpaidDueOn?.description ?? "", daysPastDue: UInt32(clamping: view.daysPastDue),
            holds: view.holds.map(hold),
            channelPreferences: view.channelPreferences.map {
                V1.ChannelPreference(channel: wire($0.channel), optedOut: $0.optedOut, source: $0.source, changedBy: change($0.changedBy))
            },
            inconvenientTimes: view.inconvenientTimes.map {
                V1.InconvenientTime(startTime: InconvenientTime.text($0.startMinute), endTime: InconvenientTime.text($0.endMinute),
                                    weekdays: $0.weekdays.map { UInt32($0) })
            },
            obligations: view.obligations.map { obligation in
                V1.Obligation(
                    externalId: obligation.externalID, kind: wire(obligation.kind), amount: money(obligation.amount),
                    openAmount: money(obligation.openAmount), issuedOn: obligation.issuedOn?.description ?? "",
                    dueOn: obligation.dueOn.description, daysPastDue: UInt32(clamping: obligation.daysPastDue),
                    disputed: view.holds.contains {
                        $0.clearedBy == nil && $0.kind == .dispute
                            && ($0.obligationExternalID.isEmpty || TextRules.sameBytes($0.obligationExternalID, obligation.externalID))
                    })
            },
            recentPayments: view.recentPayments.map(payment),
            createdAt: ACSClock.format(view.createdAt), updatedAt: ACSClock.format(view.updatedAt),
            representatives: snapshot.contacts.representatives.map {
                V1.Representative(role: wire($0.role), name: $0.name, email: $0.email, address: $0.address.map(address))
            })
    }
}

/// Why a sync record was rejected before reaching the ledger.
struct SyncRejection: Error {
    let violations: [ACSError.FieldViolation]
}
