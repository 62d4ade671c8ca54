import ACSClient
import ACSCore
import ACSWire
import ArgumentParser
import Foundation

extension ACSCtl.Report {
    /// `acsctl report bureau --bureau NAME [--output FILE] [--dry-run]`.
    struct Bureau: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a credit bureau report: one file of furnishing records per run (CSV).",
            discussion: "Every account a policy reported to the bureau (report_to_bureau, after CREDIT-REPORT-WAIT), one record per currency: "
                + "the Metro 2 status code, balance, amount past due, date of first delinquency and dispute flag. The file is RUN_ID.csv "
                + "unless --output names one; an account reported paid leaves later runs. --dry-run prints what a run would hold and records nothing.")
        @OptionGroup var options: GlobalOptions
        @Option(help: "The bureau, as the policies name it.") var bureau: String
        @Option(help: "Write to this file (default: RUN_ID.csv; '-' for standard output).") var output: String?
        @Flag(help: "Print what a run would hold without recording it.") var dryRun = false

        func run() async throws {
            let chunks = try await options.withClient { client throws(ACSError) in
                try await client.callStream(Methods.Reports.runBureau, V1.RunBureauRequest(bureau: bureau, dryRun: dryRun), timeout: options.deadline)
            }
            let records = chunks.flatMap(\.records)
            let runID = chunks.last?.runId ?? ""
            let text = Self.csv(records, runID: runID)
            let file = output ?? (runID.isEmpty ? "-" : "\(runID).csv")
            if file == "-" { print(text, terminator: "") } else { try text.write(toFile: file, atomically: true, encoding: .utf8) }
            let written = file == "-" ? "" : " written to \(file)"
            FileHandle.standardError.write(Data("\(records.count) records\(runID.isEmpty ? " (dry run: nothing recorded)" : " in run \(runID)")\(written)\n".utf8))
        }

        static func csv(_ records: [V1.FurnishingRecord], runID: String) -> String {
            var lines = ["run_id,account_id,external_id,name,status_code,currency,balance,past_due,first_delinquency_on,disputed"]
            for r in records {
                let fields = [runID, r.accountId, r.externalId, r.name, r.statusCode, r.balance?.currency ?? "", ReportText.decimal(r.balance),
                              ReportText.decimal(r.pastDue), r.firstDelinquencyOn, r.disputed ? "true" : "false"]
                lines.append(fields.map(ReportText.csvField).joined(separator: ","))
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
