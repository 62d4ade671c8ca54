import ACSClient
import ACSCore
import ACSWire
import ArgumentParser
import Foundation

extension ACSCtl {
    /// `acsctl tasks …`.
    struct Tasks: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Work queues: tasks the policies hand to people.", subcommands: [List.self, Claim.self, Complete.self])
    }

    /// `acsctl escalations …`.
    struct Escalations: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Agency placements: place, recall, list, the placement file, and the agency's return file.",
                                                        subcommands: [Place.self, Recall.self, List.self, Export.self, ImportReturn.self])
    }

    /// `acsctl promises …`.
    struct Promises: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Promises to pay.", subcommands: [Record.self, List.self])
    }
}

/// Tasks, placements and promises for people.
enum EscalationText {
    /// Prints the task a claim or completion answered (nothing when none), as JSON with `--json`.
    static func show(_ task: V1.Task?, json: Bool) throws {
        guard let task else { return }
        if json { return try Terminal.json(task) }
        print(Self.task(task))
    }

    static func task(_ t: V1.Task) -> String {
        let who = t.assignee.isEmpty ? "" : " by \(t.assignee)"
        return "\(t.id)  \(t.queue)  \(t.status.name)\(who)  due \(t.dueOn)  account \(t.account?.id ?? "?") \(t.account?.name ?? "")  \(t.reason)"
            + (t.outcome == .unspecified ? "" : "  → \(t.outcome.name)")
    }

    static func placement(_ p: V1.Placement) -> String {
        let balances = p.placedBalances.map { ReportText.money($0.outstanding) }.joined(separator: ", ")
        let collected = p.collected.isEmpty ? "" : "  collected \(p.collected.map(ReportText.money).joined(separator: ", "))"
        let recall = p.recallReason == .unspecified ? "" : " (\(p.recallReason.name))"
        return "\(p.id)  account \(p.accountId)  \(p.agency)  \(p.status.name)\(recall)  \(p.automatic ? "stage \(p.stage)" : "by hand")  placed \(balances)\(collected)"
            + (p.exportId.isEmpty ? "  not exported" : "  export \(p.exportId)")
    }

    static func promise(_ p: V1.Promise) -> String {
        "\(p.id)  account \(p.accountId)  \(ReportText.money(p.amount)) by \(p.promisedOn) (+\(p.graceDays) days)  \(p.status.name)  paid \(ReportText.money(p.paid))"
    }
}

extension ACSCtl.Tasks {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Open and claimed tasks, by due date.")
        @OptionGroup var options: GlobalOptions
        @Option(help: "Only this queue.") var queue: String = ""
        @Option(help: "Only tasks of this assignee.") var assignee: String = ""

        func run() async throws {
            let tasks = try await options.call(Methods.Collections.listTasks, V1.ListTasksRequest(queue: queue, assignee: assignee, pageSize: 500)).tasks
            if options.json { return try Terminal.json(tasks) }
            tasks.forEach { print(EscalationText.task($0)) }
        }
    }

    struct Claim: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Claim a task by id, or the next open task of a queue.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The task's id (or give --queue).") var id: String = ""
        @Option(help: "Take the open task of this queue due first.") var queue: String = ""
        @Option(help: "Who works it (default: your user name).") var assignee: String = ""

        func run() async throws {
            let task = try await options.call(Methods.Collections.claimTask, V1.ClaimTaskRequest(taskId: id, queue: queue, assignee: assignee)).task
            try EscalationText.show(task, json: options.json)
        }
    }

    struct Complete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Complete a claimed task with an outcome and a note.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The task's id.") var id: String
        @Option(help: "What came of the task.") var outcome: V1.TaskOutcome
        @Option(help: "A note for the record.") var note: String = ""

        func run() async throws {
            let task = try await options.call(Methods.Collections.completeTask, V1.CompleteTaskRequest(taskId: id, outcome: outcome, note: note)).task
            try EscalationText.show(task, json: options.json)
        }
    }
}

extension ACSCtl.Escalations {
    struct Place: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Place an account with an agency by hand.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "acsd's account id, or SOURCE:EXTERNAL_ID.") var account: AccountArgument
        @Option(help: "The agency, as in the configuration.") var agency: String
        @Option(help: "Why.") var reason: String
        @Flag(help: "acs keeps reminding while the agency collects.") var coCollect = false

        func run() async throws {
            let response = try await options.call(Methods.Collections.placeAccount,
                                  V1.PlaceAccountRequest(account: account.ref, agency: agency, reason: reason, coCollect: coCollect))
            if options.json { return try Terminal.json(response) }
            response.placement.map { print(EscalationText.placement($0)) }
            print("\(response.remindersCancelled) reminders cancelled")
        }
    }

    struct Recall: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Recall an account from its agency.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "acsd's account id, or SOURCE:EXTERNAL_ID.") var account: AccountArgument
        @Option(help: "Why.") var reason: String

        func run() async throws {
            let response = try await options.call(Methods.Collections.recallAccount, V1.RecallAccountRequest(account: account.ref, reason: reason))
            if options.json { return try Terminal.json(response) }
            response.placement.map { print(EscalationText.placement($0)) }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Placements, newest first.")
        @OptionGroup var options: GlobalOptions
        @Option(help: "Only this agency.") var agency: String = ""
        @Option(help: "Only this account (id or SOURCE:EXTERNAL_ID).") var account: AccountArgument?
        @Flag(help: "Only placements not exported yet.") var unexported = false

        func run() async throws {
            let placements = try await options.call(Methods.Collections.listPlacements,
                                  V1.ListPlacementsRequest(agency: agency, account: account?.ref, unexportedOnly: unexported, pageSize: 500)).placements
            if options.json { return try Terminal.json(placements) }
            placements.forEach { print(EscalationText.placement($0)) }
        }
    }

    /// `acsctl escalations export --agency NAME --format csv|jsonl`.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the placement file an agency takes: the accounts placed with it and not exported yet, and the recalls of those exported before (then marked exported).",
            discussion: "Each record: the account, its contact points, balances per currency, oldest due date, obligations, holds and last contacts. --export-id sends an earlier file again; --dry-run marks nothing.")
        @OptionGroup var options: GlobalOptions
        @Option(help: "The agency, as in the configuration.") var agency: String
        @Option(help: "csv or jsonl.") var format: String = "csv"
        @Option(help: "Write to this file instead of standard output.") var output: String?
        @Option(help: "Send this earlier export again.") var exportId: String = ""
        @Flag(help: "Show what a new export would hold without marking anything.") var dryRun = false

        func validate() throws {
            guard ["csv", "jsonl"].contains(format) else { throw ValidationError("--format must be csv or jsonl") }
        }

        func run() async throws {
            let chunks = try await options.withClient { client throws(ACSError) in
                try await client.callStream(Methods.Collections.exportPlacements,
                                            V1.ExportPlacementsRequest(agency: agency, exportId: exportId, dryRun: dryRun), timeout: options.deadline)
            }
            let records = chunks.flatMap(\.records)
            let text = format == "csv" ? PlacementFile.csv(records) : try PlacementFile.jsonLines(records)
            if let output { try text.write(toFile: output, atomically: true, encoding: .utf8) } else { print(text, terminator: "") }
            let id = chunks.last?.exportId ?? ""
            FileHandle.standardError.write(Data("\(records.count) placements\(id.isEmpty ? (dryRun ? " (dry run: nothing marked)" : "") : " in export \(id)")\n".utf8))
        }
    }
}

/// The placement file's formats.
enum PlacementFile {
    static let columns = ["placement_id", "account_id", "source", "external_id", "name", "emails", "phones", "address", "time_zone",
                          "balances", "oldest_due_on", "days_past_due", "obligations", "holds", "last_contacts", "placed_at", "export_id",
                          "action", "recall_reason"]

    static func csv(_ records: [V1.PlacementRecord]) -> String {
        var lines = [columns.joined(separator: ",")]
        for record in records {
            guard let a = record.account, let p = record.placement else { continue }
            let isRecall = record.action == .recall
            let (action, recallReason): (String, String) = isRecall ? ("recall", p.recallReason.name) : ("place", "")
            let address = a.address.map { ($0.lines + [$0.locality, $0.region, $0.postalCode, $0.country]).filter { !$0.isEmpty }.joined(separator: ", ") } ?? ""
            let fields = [
                p.id, a.id, a.source, a.externalId, a.name, a.emails.joined(separator: " "), a.phones.map(\.number).joined(separator: " "), address,
                a.timeZone, a.balances.map { ReportText.money($0.outstanding) }.joined(separator: "; "), a.oldestUnpaidDueOn, String(a.daysPastDue),
                a.obligations.filter { ($0.openAmount?.amountMinor ?? 0) > 0 }.map { "\($0.externalId) \(ReportText.money($0.openAmount)) due \($0.dueOn)" }.joined(separator: "; "),
                a.holds.filter { $0.clearedBy == nil }.map { $0.kind.name }.joined(separator: " "),
                record.lastContacts.map { "\($0.at) \($0.channel.name) \($0.outcome == .unspecified ? "no outcome" : $0.outcome.name)" }.joined(separator: "; "),
                p.placedBy?.at ?? "", p.exportId, action, recallReason,
            ]
            lines.append(fields.map(ReportText.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func jsonLines(_ records: [V1.PlacementRecord]) throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys]
        return try records.map { String(decoding: try encoder.encode($0), as: UTF8.self) + "\n" }.joined()
    }
}

extension ACSCtl.Promises {
    struct Record: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record a promise to pay; reminders pause while it is pending.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "acsd's account id, or SOURCE:EXTERNAL_ID.") var account: AccountArgument
        @Option(help: "The amount as a decimal, e.g. 50.00.") var amount: String
        @Option(help: "ISO 4217 currency.") var currency: String
        @Option(help: "The day it will be paid by, YYYY-MM-DD.") var by: String
        @Option(help: "Where it came from: collector, portal, voice.") var source: String = "collector"
        @Option(help: "A note.") var note: String = ""

        func run() async throws {
            let minor = try PaymentInput.minorUnits(amount, currency: currency)
            let response = try await options.call(Methods.Collections.recordPromise, V1.RecordPromiseRequest(
                account: account.ref, amount: V1.Money(amountMinor: minor, currency: currency), promisedOn: by, source: source, note: note))
            if options.json { return try Terminal.json(response) }
            response.promise.map { print(EscalationText.promise($0)) }
            print("\(response.remindersCancelled) reminders cancelled\(response.replaced.map { "; promise \($0.id) replaced" } ?? "")")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Promises, newest first, with the kept rate.")
        @OptionGroup var options: GlobalOptions
        @Option(help: "Only this account.") var account: AccountArgument?

        func run() async throws {
            let response = try await options.call(Methods.Collections.listPromises, V1.ListPromisesRequest(account: account?.ref, pageSize: 500))
            if options.json { return try Terminal.json(response) }
            response.promises.forEach { print(EscalationText.promise($0)) }
            if let s = response.stats {
                print("\(s.kept) kept, \(s.broken) broken, \(s.pending) pending, \(s.cancelled) cancelled; kept rate \(ReportText.rate(s.keptRate))")
            }
        }
    }
}
