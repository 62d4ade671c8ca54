import ACSClient
import ACSCore
import ACSWire
import ArgumentParser
import Foundation

extension ACSCtl {
    /// `acsctl accounts …`.
    struct Accounts: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import, show and list accounts; holds, disputes and contact preferences.",
            subcommands: [Import.self, Show.self, List.self, Hold.self, Release.self, Contact.self, PayLink.self])
    }
}

/// How a command names an account: acsd's id, or SOURCE:EXTERNAL_ID.
struct AccountArgument: ExpressibleByArgument {
    let ref: V1.AccountRef

    init?(argument: String) {
        if let id = Int64(argument), id > 0 {
            ref = V1.AccountRef(id: argument)
        } else if let colon = argument.unicodeScalars.firstIndex(of: ":"), colon != argument.startIndex,
                  argument.unicodeScalars.index(after: colon) != argument.endIndex {
            // By scalars, not characters: an external id may start with a combining mark, which joins ":" into one character.
            let scalars = argument.unicodeScalars
            ref = V1.AccountRef(source: String(scalars[..<colon]), externalId: String(scalars[scalars.index(after: colon)...]))
        } else {
            return nil
        }
    }
}

extension ACSCtl.Accounts {
    /// `acsctl accounts import FILE`.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Sync accounts from a CSV or JSON Lines file.",
            discussion: """
                CSV: a header row with the columns \(AccountImport.columns.joined(separator: ", ")); one row per \
                obligation, the rows of one account together; optional columns \(AccountImport.addressColumns.joined(separator: ", ")) \
                give the postal address and \(AccountImport.phoneColumns.joined(separator: ", ")) the phone's zone; an empty \
                timezone is unknown (contact then follows TIME-UNKNOWN). JSON Lines: one account object per line, with \
                optional time_zone, phones[].time_zone, address {lines, locality, region, postal_code, country, time_zone} and \
                representatives [{role: attorney | estate_representative, name, email, address}]. \
                Amounts are decimal strings in the currency's units (12.34 USD). Exits 1 when any row was rejected.
                """)
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The file (.csv, or .jsonl / .ndjson).") var file: String
        @Option(help: "Accounts per SyncAccounts call.") var batch: Int = 500

        func validate() throws {
            guard (1...10_000).contains(batch) else { throw ValidationError("--batch must be between 1 and 10000") }
        }

        func run() async throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                Terminal.error(ACSError(.notFound, "cannot read \(file)"))
                throw ExitCode.failure
            }
            let parsed: (accounts: [ImportedAccount], rejected: [RejectedRow])
            do {
                parsed = file.hasSuffix(".jsonl") || file.hasSuffix(".ndjson") ? AccountImport.jsonLines(data) : try AccountImport.csv(data)
            } catch {
                Terminal.error(ACSError(.invalidArgument, "\(file): \(error)"))
                throw ExitCode.failure
            }
            let summary = try await options.withClient { client throws(ACSError) in try await send(parsed.accounts, client) }
            var report = summary
            report.refusedBeforeSending = parsed.rejected.count
            report.rejectedRows = (parsed.rejected + summary.rejectedRows).sorted { $0.line < $1.line }
            try report.print(json: options.json)
            if !report.rejectedRows.isEmpty { throw ExitCode.failure }
        }

        private func send(_ accounts: [ImportedAccount], _ client: ACSClient) async throws(ACSError) -> ImportSummary {
            var summary = ImportSummary()
            try await Batches.send(accounts, size: batch, noun: "accounts") { chunk throws(ACSError) in
                let response = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: chunk.map(\.record)),
                                                     timeout: options.deadline)
                for (account, result) in zip(chunk, response.results) {
                    summary.count(result, lines: account.lines)
                }
            }
            return summary
        }
    }

    /// `acsctl accounts show ACCOUNT`.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show an account: balances, days past due, holds, obligations, payments.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "acsd's account id, or SOURCE:EXTERNAL_ID.") var account: AccountArgument

        func run() async throws {
            let response = try await options.call(Methods.Accounts.getAccount, V1.GetAccountRequest(account: account.ref))
            guard let account = response.account else { return }
            if options.json { return try Terminal.json(AccountJSON(account)) }
            AccountText.print(account)
        }
    }

    /// `acsctl accounts pay-link ACCOUNT [--revoke --reason WHY]`.
    struct PayLink: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pay-link", abstract: "Show an account's pay-link token and link, or revoke it and issue a new one.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "acsd's account id, or SOURCE:EXTERNAL_ID.") var account: AccountArgument
        @Flag(help: "Revoke the token (links already sent stop working) and issue a new one.") var revoke = false
        @Option(help: "Why it is revoked (required with --revoke).") var reason: String = ""

        func validate() throws {
            guard revoke || reason.isEmpty else { throw ValidationError("--reason goes with --revoke") }
        }

        func run() async throws {
            let issued = revoke
                ? try await options.call(Methods.Accounts.revokePayToken, V1.RevokePayTokenRequest(account: account.ref, reason: reason))
                : try await options.call(Methods.Accounts.getPayToken, V1.GetPayTokenRequest(account: account.ref))
            if options.json { return try Terminal.json(["account_id": issued.accountId, "token": issued.token, "payment_link": issued.paymentLink]) }
            print("token \(issued.token)")
            if !issued.paymentLink.isEmpty { print("link  \(issued.paymentLink)") }
        }
    }

    /// `acsctl accounts list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List accounts, filtered, a page at a time.")
        @OptionGroup var options: GlobalOptions
        @Option(help: "Only this segment.") var segment: String = ""
        @Option(name: .customLong("min-dpd"), help: "At least this many days past due.") var minDaysPastDue: UInt32 = 0
        @Option(help: "Only accounts with this active hold.") var hold: V1.HoldKind?
        @Option(help: "Accounts per page.") var limit: UInt32 = 50
        @Option(help: "The page token a previous list printed.") var page: String = ""

        func run() async throws {
            let request = V1.ListAccountsRequest(segment: segment, minDaysPastDue: minDaysPastDue, hold: hold ?? .unspecified,
                                                 pageSize: limit, pageToken: page)
            let response = try await options.call(Methods.Accounts.listAccounts, request)
            if options.json { return try Terminal.json(AccountListJSON(accounts: response.accounts.map(AccountJSON.init), nextPage: response.nextPageToken)) }
            AccountText.printList(response.accounts)
            if !response.nextPageToken.isEmpty { print("more: acsctl accounts list --page \(response.nextPageToken)") }
        }
    }

    /// `acsctl accounts hold ACCOUNT --kind KIND --reason TEXT`.
    struct Hold: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set a hold on an account or one obligation.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "acsd's account id, or SOURCE:EXTERNAL_ID.") var account: AccountArgument
        @Option(help: "The kind of hold.") var kind: V1.HoldKind
        @Option(help: "Only this obligation (disputes).") var obligation: String = ""
        @Option(help: "The day it takes effect from, YYYY-MM-DD (e.g. a bankruptcy filing date; default today).") var effectiveOn: String = ""
        @Option(help: "The day it ends by itself, YYYY-MM-DD (a breathing space: 60 days by default).") var endsOn: String = ""
        @Flag(help: "A mental health crisis breathing space: until 30 days after the crisis treatment ends (release it then).")
        var crisis = false
        @Option(help: "Why, for the audit trail.") var reason: String

        func run() async throws {
            let response = try await options.call(Methods.Accounts.setHold, V1.SetHoldRequest(
                account: account.ref, kind: kind, obligationExternalId: obligation, effectiveOn: effectiveOn, endsOn: endsOn,
                reason: reason, mentalHealthCrisis: crisis))
            if options.json { return try Terminal.json(["hold_id": response.hold?.id ?? "", "created": response.created ? "true" : "false"]) }
            let until = response.hold.map { $0.endsOn.isEmpty ? "" : " until \($0.endsOn)" } ?? ""
            print(response.created ? "hold \(response.hold?.id ?? "") set\(until)" : "hold \(response.hold?.id ?? "") was already set")
        }
    }

    /// `acsctl accounts release ACCOUNT HOLD_ID --reason TEXT`.
    struct Release: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Clear a hold.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "acsd's account id, or SOURCE:EXTERNAL_ID.") var account: AccountArgument
        @Argument(help: "The hold's id (accounts show lists them).") var holdID: String
        @Option(help: "Why, for the audit trail.") var reason: String

        func run() async throws {
            let response = try await options.call(Methods.Accounts.clearHold, V1.ClearHoldRequest(account: account.ref, holdId: holdID, reason: reason))
            let active = response.hold?.active ?? false
            if options.json { return try Terminal.json(["hold_id": response.hold?.id ?? "", "active": active ? "true" : "false"]) }
            print(active ? "crisis ended: hold \(response.hold?.id ?? holdID) ends on \(response.hold?.endsOn ?? "")" : "hold \(response.hold?.id ?? holdID) cleared")
        }
    }
}

