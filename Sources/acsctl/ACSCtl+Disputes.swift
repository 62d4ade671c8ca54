import ACSClient
import ACSWire
import ArgumentParser
import Foundation

extension ACSCtl {
    /// `acsctl disputes …`.
    struct Disputes: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Disputes: received (HOLD-DISPUTE at once), verification sent, then upheld (written off) or rejected (collection resumes).",
            subcommands: [Open.self, Verify.self, Resolve.self, List.self])
    }
}

/// Disputes for people.
enum DisputeText {
    static func dispute(_ d: V1.Dispute) -> String {
        let what = d.wholeAccount ? "the whole account" : d.obligationExternalIds.joined(separator: ", ")
        let validation = d.validationEndsOn.isEmpty ? "" : "  validation dispute (period ends \(d.validationEndsOn))"
        let written = d.writtenOff.isEmpty ? "" : "  written off \(d.writtenOff.map(ReportText.money).joined(separator: ", "))"
        let verified = d.verificationDocument.isEmpty ? "" : "  verification \(d.verificationDocument)"
        return "\(d.id)  account \(d.accountId)  \(what)  \(d.reason.name) via \(d.receivedVia.name)  \(d.status.name)"
            + "  by \(d.disputant.isEmpty ? "the debtor" : d.disputant)\(validation)\(verified)\(written)"
    }
}

extension ACSCtl.Disputes {
    struct Open: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a dispute: HOLD-DISPUTE on the disputed obligations (the whole account without --obligation), at once.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "acsd's account id, or SOURCE:EXTERNAL_ID.") var account: AccountArgument
        @Option(help: "A disputed obligation's external id; repeat for several.") var obligation: [String] = []
        @Option(help: "What is wrong: not_mine, already_paid, wrong_amount, identity_theft, goods_or_services, other.") var reason: V1.DisputeReason
        @Option(help: "How it came: phone, email, letter, portal, agency.") var via: V1.DisputeChannel
        @Option(help: "Who disputes, if not the debtor (name and relationship).") var disputant: String = ""
        @Option(help: "What the debtor said, for the record.") var note: String = ""

        func run() async throws {
            let response = try await options.call(Methods.Collections.openDispute, V1.OpenDisputeRequest(
                account: account.ref, obligationExternalIds: obligation, reason: reason, receivedVia: via, disputant: disputant, note: note))
            if options.json { return try Terminal.json(response) }
            response.dispute.map { print(DisputeText.dispute($0)) }
            print("\(response.remindersCancelled) reminders cancelled\(response.recalled ? "; recalled from its agency" : "")")
        }
    }

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record that verification of the debt was sent to the debtor.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The dispute's id.") var id: String
        @Option(help: "Where the verification sent is kept (a document reference).") var document: String

        func run() async throws {
            let response = try await options.call(Methods.Collections.sendDisputeVerification,
                                                  V1.SendDisputeVerificationRequest(disputeId: id, document: document))
            if options.json { return try Terminal.json(response) }
            response.dispute.map { print(DisputeText.dispute($0)) }
        }
    }

    struct Resolve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Decide a dispute: --upheld writes the disputed obligations off (or --write-off AMOUNT of them); --rejected resumes collection.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The dispute's id.") var id: String
        @Flag(help: "For the debtor.") var upheld = false
        @Flag(help: "Against the debtor (after verification).") var rejected = false
        @Option(help: "Upheld: the amount to write off, as a decimal (default: all that is open on the disputed obligations).") var writeOff: String?
        @Option(help: "With --write-off: its currency.") var currency: String = ""
        @Option(help: "Why, for the record.") var note: String

        func run() async throws {
            guard upheld != rejected else { throw ValidationError("give --upheld or --rejected") }
            var request = V1.ResolveDisputeRequest(disputeId: id, outcome: upheld ? .upheld : .rejected, note: note)
            if let writeOff {
                request.writeOff = V1.Money(amountMinor: try PaymentInput.minorUnits(writeOff, currency: currency), currency: currency)
            }
            let response = try await options.call(Methods.Collections.resolveDispute, request)
            if options.json { return try Terminal.json(response) }
            response.dispute.map { print(DisputeText.dispute($0)) }
            response.writeOffs.forEach { print("  " + SettlementText.writeOff($0)) }
            if !response.holdsCleared.isEmpty { print("holds cleared: \(response.holdsCleared.joined(separator: ", "))") }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disputes, newest first.")
        @OptionGroup var options: GlobalOptions
        @Option(help: "Only this account.") var account: AccountArgument?

        func run() async throws {
            let response = try await options.call(Methods.Collections.listDisputes, V1.ListDisputesRequest(account: account?.ref, pageSize: 500))
            if options.json { return try Terminal.json(response.disputes) }
            response.disputes.forEach { print(DisputeText.dispute($0)) }
        }
    }
}
