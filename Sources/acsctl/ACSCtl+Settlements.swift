import ACSClient
import ACSWire
import ArgumentParser
import Foundation

extension ACSCtl {
    /// `acsctl settlements …`.
    struct Settlements: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Settlements: a debt settled for less if paid by a day; the rest is written off.",
                                                        subcommands: [Offer.self, Accept.self, Withdraw.self, List.self])
    }
}

/// Settlements and write-offs for people.
enum SettlementText {
    static func settlement(_ s: V1.Settlement) -> String {
        let discount = s.discountBp % 100 == 0 ? "\(s.discountBp / 100)%" : "\(Double(s.discountBp) / 100)%"
        let written = (s.writtenOff?.amountMinor ?? 0) > 0 ? "  written off \(ReportText.money(s.writtenOff))" : ""
        return "\(s.id)  account \(s.accountId)  \(ReportText.money(s.amount)) settles \(ReportText.money(s.balance)) (\(discount) off) by \(s.expiresOn)"
            + "  \(s.status.name)  paid \(ReportText.money(s.paid))\(written)"
    }

    static func writeOff(_ w: V1.WriteOff) -> String {
        "\(w.id)  account \(w.accountId)  \(w.obligationExternalId)  \(ReportText.money(w.amount))  \(w.reason.name)"
            + (w.settlementId.isEmpty ? "" : "  settlement \(w.settlementId)") + (w.stage.isEmpty ? "" : "  stage \(w.stage)")
            + (w.reversedAt.isEmpty ? "" : "  reversed \(w.reversedAt)") + "  \(w.writtenOffBy?.reason ?? "")"
    }
}

extension ACSCtl.Settlements {
    struct Offer: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Offer a settlement of the account's balance in a currency: an amount, or a percentage of the balance.",
            discussion: "The discount may not exceed what your roles may grant under the account's policy (settlement_authority_bp).")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "acsd's account id, or SOURCE:EXTERNAL_ID.") var account: AccountArgument
        @Option(help: "The amount to pay as a decimal, e.g. 600.00.") var amount: String?
        @Option(help: "Or the share of the balance to pay, in percent, e.g. 60 or 62.5.") var percent: String?
        @Option(help: "ISO 4217 currency.") var currency: String
        @Option(help: "The last day it may be paid, YYYY-MM-DD.") var expires: String
        @Option(help: "A note.") var note: String = ""

        func run() async throws {
            var request = V1.OfferSettlementRequest(account: account.ref, currency: currency, expiresOn: expires, note: note)
            switch (amount, percent) {
            case (let amount?, nil): request.amount = V1.Money(amountMinor: try PaymentInput.minorUnits(amount, currency: currency), currency: currency)
            case (nil, let percent?):
                // Percent with up to two decimals, as basis points.
                let bp = try PaymentInput.minorUnits(percent, currency: "USD")
                guard bp > 0, bp < 10_000 else { throw ValidationError("--percent must be above 0 and below 100") }
                request.percentBp = UInt32(bp)
            default: throw ValidationError("give --amount or --percent")
            }
            let response = try await options.call(Methods.Collections.offerSettlement, request)
            if options.json { return try Terminal.json(response) }
            response.settlement.map { print(SettlementText.settlement($0)) }
        }
    }

    struct Accept: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The debtor accepted: a promise to pay the amount by the last day stands for it.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The settlement's id.") var id: String
        @Option(help: "A note.") var note: String = ""

        func run() async throws {
            let response = try await options.call(Methods.Collections.acceptSettlement, V1.AcceptSettlementRequest(settlementId: id, note: note))
            if options.json { return try Terminal.json(response) }
            response.settlement.map { print(SettlementText.settlement($0)) }
            response.promise.map { print("promise \(EscalationText.promise($0))") }
        }
    }

    struct Withdraw: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Withdraw an open settlement.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The settlement's id.") var id: String
        @Option(help: "Why.") var reason: String

        func run() async throws {
            let response = try await options.call(Methods.Collections.withdrawSettlement, V1.WithdrawSettlementRequest(settlementId: id, reason: reason))
            if options.json { return try Terminal.json(response) }
            response.settlement.map { print(SettlementText.settlement($0)) }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Settlements, newest first.")
        @OptionGroup var options: GlobalOptions
        @Option(help: "Only this account.") var account: AccountArgument?

        func run() async throws {
            let response = try await options.call(Methods.Collections.listSettlements, V1.ListSettlementsRequest(account: account?.ref, pageSize: 500))
            if options.json { return try Terminal.json(response.settlements) }
            response.settlements.forEach { print(SettlementText.settlement($0)) }
        }
    }
}

extension ACSCtl.Payments {
    /// `acsctl payments write-off ACCOUNT`.
    struct WriteOff: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "write-off",
            abstract: "Write off one obligation (all or part of what is open), or everything open in a currency (admin).")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "acsd's account id, or SOURCE:EXTERNAL_ID.") var account: AccountArgument
        @Option(help: "The obligation's external id; none: everything open in --currency.") var obligation: String = ""
        @Option(help: "Part of what is open, as a decimal (needs --obligation and --currency).") var amount: String?
        @Option(help: "ISO 4217 currency.") var currency: String = ""
        @Option(help: "Why: uncollectible, bankruptcy, deceased, goodwill, dispute_upheld.") var reason: V1.WriteOffReason
        @Option(help: "A note for the record.") var note: String
        @Option(help: "An idempotency key: running the command again with it never writes off twice.") var key: String = ""

        func run() async throws {
            let minor = try amount.map { try PaymentInput.minorUnits($0, currency: currency) } ?? 0
            let response = try await options.call(Methods.Payments.writeOff, V1.WriteOffRequest(
                account: account.ref, obligationExternalId: obligation, currency: currency, amountMinor: minor, reason: reason, note: note,
                idempotencyKey: key))
            if options.json { return try Terminal.json(response) }
            response.writeOffs.forEach { print(SettlementText.writeOff($0)) }
            print("balances: " + response.balances.map { ReportText.money($0.outstanding) }.joined(separator: ", "))
        }
    }

    /// `acsctl payments write-offs`.
    struct WriteOffs: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "write-offs", abstract: "Write-offs, newest first.")
        @OptionGroup var options: GlobalOptions
        @Option(help: "Only this account.") var account: AccountArgument?

        func run() async throws {
            let response = try await options.call(Methods.Payments.listWriteOffs, V1.ListWriteOffsRequest(account: account?.ref, pageSize: 500))
            if options.json { return try Terminal.json(response.writeOffs) }
            response.writeOffs.forEach { print(SettlementText.writeOff($0)) }
        }
    }
}
