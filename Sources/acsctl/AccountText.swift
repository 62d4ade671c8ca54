import ACSCore
import ACSWire
import Foundation

/// Accounts for people: aligned, with money in its currency's decimals.
enum AccountText {
    static func money(_ money: V1.Money?) -> String {
        guard let money else { return "-" }
        return Money(minorUnits: money.amountMinor, currency: money.currency).description
    }

    /// The debtor's contact preferences: opt-outs, consent per number, inconvenient times.
    static func printContact(_ account: V1.Account) {
        let optedOut = account.channelPreferences.filter(\.optedOut).map(\.channel.name)
        let consent = account.phones.map { "\($0.number) sms \($0.smsConsent ? "yes" : "no"), voice \($0.voiceConsent ? "yes" : "no")" }
        let times = account.inconvenientTimes.map { time in
            "\(time.startTime)-\(time.endTime)" + (time.weekdays.isEmpty ? "" : " on days \(time.weekdays.map(String.init).joined(separator: ","))")
        }
        Swift.print("\ncontact")
        Terminal.table([
            ("  opted out of", optedOut.isEmpty ? "-" : optedOut.joined(separator: ", ")),
            ("  consent", consent.isEmpty ? "-" : consent.joined(separator: "; ")),
            ("  inconvenient", times.isEmpty ? "-" : times.joined(separator: "; ")),
        ] + account.representatives.map { person in
            let reach = [person.email, person.address?.lines.joined(separator: ", ") ?? ""].filter { !$0.isEmpty }.joined(separator: "; ")
            return ("  \(person.role.name.replacingOccurrences(of: "_", with: " "))", "\(person.name) (\(reach))")
        })
    }

    static func print(_ account: V1.Account) {
        Terminal.table([
            ("account", "\(account.id)  (\(account.source):\(account.externalId), version \(account.sourceVersion))"),
            ("name", account.name),
            ("segment", account.segment.isEmpty ? "-" : account.segment),
            ("time zone", account.timeZone),
            ("emails", account.emails.isEmpty ? "-" : account.emails.joined(separator: ", ")),
            ("phones", account.phones.isEmpty ? "-" : account.phones.map { "\($0.number)\($0.smsConsent ? " sms" : "")\($0.voiceConsent ? " voice" : "")" }.joined(separator: ", ")),
            ("days past due", account.oldestUnpaidDueOn.isEmpty ? "0 (nothing unpaid)" : "\(account.daysPastDue) (oldest unpaid due \(account.oldestUnpaidDueOn))"),
        ])
        Swift.print("\nbalances")
        for balance in account.balances {
            Swift.print("  \(balance.currency)  outstanding \(money(balance.outstanding))  overdue \(money(balance.overdue))  credit \(money(balance.credit))")
        }
        printContact(account)
        let holds = account.holds.filter(\.active)
        if !holds.isEmpty {
            Swift.print("\nholds")
            for hold in holds {
                let until = hold.endsOn.isEmpty ? (hold.mentalHealthCrisis ? " (crisis)" : "") : " until \(hold.endsOn)"
                Swift.print("  \(hold.id)  \(hold.kind.name)\(hold.obligationExternalId.isEmpty ? "" : " on \(hold.obligationExternalId)")\(until)  set \(hold.setBy?.at ?? "") by uid \(hold.setBy?.caller?.uid ?? 0): \(hold.setBy?.reason ?? "")")
            }
        }
        Swift.print("\nobligations")
        for obligation in account.obligations {
            Swift.print("  \(obligation.externalId)  due \(obligation.dueOn)  amount \(money(obligation.amount))  open \(money(obligation.openAmount))\(obligation.daysPastDue > 0 ? "  \(obligation.daysPastDue) dpd" : "")\(obligation.disputed ? "  disputed" : "")")
        }
        if !account.recentPayments.isEmpty {
            Swift.print("\nrecent payments")
            for payment in account.recentPayments {
                Swift.print("  \(payment.id)  \(payment.receivedAt)  \(money(payment.amount))  key \(payment.idempotencyKey)\(payment.status == .reversed ? "  REVERSED" : "")")
            }
        }
    }

    static func printList(_ accounts: [V1.Account]) {
        Swift.print("id".padding(toLength: 8, withPad: " ", startingAt: 0) + "external id".padding(toLength: 16, withPad: " ", startingAt: 0)
                    + "name".padding(toLength: 28, withPad: " ", startingAt: 0) + "dpd".padding(toLength: 6, withPad: " ", startingAt: 0) + "outstanding")
        for account in accounts {
            let outstanding = account.balances.map { money($0.outstanding) }.joined(separator: ", ")
            Swift.print(account.id.padding(toLength: 8, withPad: " ", startingAt: 0)
                        + String(account.externalId.prefix(15)).padding(toLength: 16, withPad: " ", startingAt: 0)
                        + String(account.name.prefix(27)).padding(toLength: 28, withPad: " ", startingAt: 0)
                        + String(account.daysPastDue).padding(toLength: 6, withPad: " ", startingAt: 0) + outstanding)
        }
    }
}

/// An account as JSON for scripts: money as decimal strings and minor units.
struct AccountJSON: Encodable {
    struct Amount: Encodable {
        var currency: String
        var minor: Int64
        var decimal: String
        init(_ money: V1.Money?) {
            currency = money?.currency ?? ""
            minor = money?.amountMinor ?? 0
            decimal = Money.decimalString(minor, exponent: Currency(code: currency)?.exponent ?? 2)
        }
    }
    struct Balance: Encodable { var currency: String; var outstanding: Amount; var overdue: Amount; var credit: Amount }
    struct Obligation: Encodable { var externalId: String; var dueOn: String; var amount: Amount; var open: Amount; var daysPastDue: UInt32; var disputed: Bool }
    struct Hold: Encodable { var id: String; var kind: String; var obligation: String; var active: Bool; var reason: String }
    struct Payment: Encodable { var id: String; var key: String; var amount: Amount; var receivedAt: String; var reversed: Bool }

    var id: String
    var source: String
    var externalId: String
    var name: String
    var segment: String
    var timeZone: String
    var daysPastDue: UInt32
    var oldestUnpaidDueOn: String
    var balances: [Balance]
    var holds: [Hold]
    var obligations: [Obligation]
    var recentPayments: [Payment]

    init(_ account: V1.Account) {
        id = account.id
        source = account.source
        externalId = account.externalId
        name = account.name
        segment = account.segment
        timeZone = account.timeZone
        daysPastDue = account.daysPastDue
        oldestUnpaidDueOn = account.oldestUnpaidDueOn
        balances = account.balances.map { Balance(currency: $0.currency, outstanding: Amount($0.outstanding), overdue: Amount($0.overdue), credit: Amount($0.credit)) }
        holds = account.holds.map { Hold(id: $0.id, kind: "\($0.kind)", obligation: $0.obligationExternalId, active: $0.active, reason: $0.setBy?.reason ?? "") }
        obligations = account.obligations.map {
            Obligation(externalId: $0.externalId, dueOn: $0.dueOn, amount: Amount($0.amount), open: Amount($0.openAmount), daysPastDue: $0.daysPastDue, disputed: $0.disputed)
        }
        recentPayments = account.recentPayments.map { Payment(id: $0.id, key: $0.idempotencyKey, amount: Amount($0.amount), receivedAt: $0.receivedAt, reversed: $0.status == .reversed) }
    }
}

/// A page of accounts as JSON.
struct AccountListJSON: Encodable {
    var accounts: [AccountJSON]
    var nextPage: String
}
