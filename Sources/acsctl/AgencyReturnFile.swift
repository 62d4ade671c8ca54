import ACSCore
import ACSWire
import ArgumentParser
import Foundation

/// An agency's return file as CSV: one record per row, with the columns `reference`, `kind`
/// (payment, status, closure), `account` (acsd's id or SOURCE:EXTERNAL_ID), and as the kind
/// needs `amount`, `currency`, `received_at`, `status`, `note`.
enum AgencyReturnFile {
    static let columns = ["reference", "kind", "account"]

    /// The records of `data`, and the rows refused before sending.
    static func csv(_ data: Data) throws -> ([(line: Int, record: V1.AgencyReturnRecord)], [RejectedRow]) {
        guard var table = try CSVTable(data: data, required: columns) else { return ([], []) }
        var records: [(line: Int, record: V1.AgencyReturnRecord)] = []
        var refused: [RejectedRow] = []
        while let row = try table.next() {
            let value = row.value
            do throws(RejectedRow) {
                let account = try CSVTable.account(value, line: row.line)
                guard let kind = AgencyReturnKind(rawValue: value("kind")) else {
                    throw RejectedRow(line: row.line, field: "kind", reason: "\"\(value("kind"))\" is not payment, status or closure")
                }
                var record = V1.AgencyReturnRecord(reference: value("reference"), kind: V1.AgencyReturnKind(name: kind.rawValue) ?? .unspecified,
                                                   account: account, receivedAt: value("received_at"), status: value("status"), note: value("note"))
                if kind == .payment { record.amount = try CSVTable.money(value, line: row.line) }
                records.append((row.line, record))
            } catch {
                refused.append(error)
            }
        }
        return (records, refused)
    }
}

/// What an import of a return file did.
struct AgencyReturnReport: Encodable {
    var applied = 0
    var replayed = 0
    var refused: [RejectedRow]

    func print(json: Bool) throws {
        if json { return try Terminal.json(self) }
        Swift.print("\(applied) applied, \(replayed) imported before, \(refused.count) refused")
        for row in refused { Swift.print("  line \(row.line): \(row.field): \(row.reason)") }
    }
}

extension ACSCtl.Escalations {
    /// `acsctl escalations import-return --agency NAME FILE`.
    struct ImportReturn: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import-return",
            abstract: "Import an agency's return file (CSV): payments it collected, status updates and closures.",
            discussion: """
                Columns: reference, kind (payment, status, closure), account (id or SOURCE:EXTERNAL_ID), and amount, currency, \
                received_at for a payment; status for a status update or a closure; note. Each record is idempotent by the \
                agency's reference: importing the file again applies nothing twice. Exits 1 when any record was refused.
                """)
        @OptionGroup var options: GlobalOptions
        @Option(help: "The agency, as in the configuration.") var agency: String
        @Argument(help: "The CSV file.") var file: String

        func run() async throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                Terminal.error(ACSError(.notFound, "cannot read \(file)"))
                throw ExitCode.failure
            }
            let (rows, refused) = try AgencyReturnFile.csv(data)
            var report = AgencyReturnReport(refused: refused)
            let response = try await options.call(Methods.Collections.importAgencyReturn,
                                                  V1.ImportAgencyReturnRequest(agency: agency, records: rows.map(\.record)))
            for (row, result) in zip(rows, response.results) {
                if let status = result.status, status.code != .ok {
                    let field = status.violations.first?.field ?? ACSError.Code(rawValue: status.code.rawValue).name
                    report.refused.append(RejectedRow(line: row.line, field: field, reason: status.message))
                } else if result.replayed {
                    report.replayed += 1
                } else {
                    report.applied += 1
                }
            }
            report.refused.sort { $0.line < $1.line }
            try report.print(json: options.json)
            if !report.refused.isEmpty { throw ExitCode.failure }
        }
    }
}
