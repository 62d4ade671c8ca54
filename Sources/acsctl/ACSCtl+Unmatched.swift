import ACSClient
import ACSCore
import ACSWire
import ArgumentParser
import Foundation

extension ACSCtl.Payments {
    /// `acsctl payments unmatched list|assign|ignore`: the bank entries no account or payment matched.
    struct Unmatched: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The unmatched queue: bank statement entries that matched no account (or, for a return, no payment).",
            subcommands: [List.self, Assign.self, Ignore.self])
    }
}

extension ACSCtl.Payments.Unmatched {
    /// `acsctl payments unmatched list [--status open|assigned|ignored]`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the queue, newest first.")
        @OptionGroup var options: GlobalOptions
        @Option(help: "open, assigned or ignored; default every status.") var status: String = ""
        @Option(help: "Entries per page.") var limit: UInt32 = 50
        @Option(help: "The page token a previous list printed.") var page: String = ""

        func run() async throws {
            let wanted = V1.UnmatchedStatus.allCases.first { $0.name == status && !status.isEmpty } ?? .unspecified
            guard status.isEmpty || wanted != .unspecified else { throw ValidationError("--status must be open, assigned or ignored") }
            let response = try await options.call(Methods.Payments.listUnmatched,
                                                  V1.ListUnmatchedRequest(status: wanted, pageSize: limit, pageToken: page))
            if options.json { return try Terminal.json(response) }
            for entry in response.entries { print(Self.line(entry)) }
            if !response.nextPageToken.isEmpty { print("next page: --page \(response.nextPageToken)") }
        }

        static func line(_ entry: V1.UnmatchedEntry) -> String {
            let bank = entry.entry ?? V1.BankEntry()
            let amount = bank.amount.map { Money(minorUnits: $0.amountMinor, currency: $0.currency).description } ?? ""
            var text = "\(entry.id)  \(entry.status.name)  \(bank.bookedOn)  \(bank.debit ? "debit" : "credit") \(amount)  "
                + "\(entry.bankAccount) \(bank.reference)  \(bank.counterparty)  \"\(bank.remittance)\"  \(entry.reason)"
            if entry.status == .assigned { text += "  → account \(entry.accountId), payment \(entry.paymentId)" }
            if !entry.note.isEmpty { text += "  (\(entry.note))" }
            return text
        }
    }

    /// `acsctl payments unmatched assign ID --account A` (a credit) or `--payment P` (a return).
    struct Assign: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Post an unmatched credit to an account, or apply an unmatched return to the payment it returns.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The unmatched entry's id.") var id: String
        @Option(help: "A credit: the account it pays (acsd's id, or SOURCE:EXTERNAL_ID).") var account: AccountArgument?
        @Option(help: "A return: the payment it returns (reversed as returned).") var payment: String = ""
        @Option(help: "Why, for the audit trail.") var note: String = ""

        func validate() throws {
            guard (account == nil) != payment.isEmpty else { throw ValidationError("name either --account (a credit) or --payment (a return)") }
        }

        func run() async throws {
            let response = try await options.call(Methods.Payments.assignUnmatched,
                                                  V1.AssignUnmatchedRequest(id: id, account: account?.ref, paymentId: payment, note: note))
            if options.json { return try Terminal.json(response) }
            if let entry = response.entry { print(List.line(entry)) }
        }
    }

    /// `acsctl payments unmatched ignore ID --reason R`.
    struct Ignore: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Close an unmatched entry without posting it.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The unmatched entry's id.") var id: String
        @Option(help: "Why it is not posted (not ours, refunded by the bank, ...).") var reason: String

        func run() async throws {
            let response = try await options.call(Methods.Payments.ignoreUnmatched, V1.IgnoreUnmatchedRequest(id: id, reason: reason))
            if options.json { return try Terminal.json(response) }
            if let entry = response.entry { print(List.line(entry)) }
        }
    }
}
