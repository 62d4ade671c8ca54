import ACSClient
import ACSCore
import ACSWire
import ArgumentParser
import Foundation

extension ACSCtl {
    /// `acsctl payments …`.
    struct Payments: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Post, import, reverse and list payments; write amounts off.",
            subcommands: [Post.self, Import.self, Reverse.self, List.self, WriteOff.self, WriteOffs.self, Unmatched.self])
    }
}

extension ACSCtl.Payments {
    /// `acsctl payments post --account A --amount 12.34 --currency USD --key K`.
    struct Post: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Post one payment (idempotent by --key).")
        @OptionGroup var options: GlobalOptions
        @Option(help: "acsd's account id, or SOURCE:EXTERNAL_ID.") var account: AccountArgument
        @Option(help: "The amount as a decimal, e.g. 12.34.") var amount: String
        @Option(help: "ISO 4217 currency, e.g. USD.") var currency: String
        @Option(help: "Idempotency key: the same key never posts twice.") var key: String
        @Option(help: "When it was received (RFC 3339); default now.") var receivedAt: String = ""
        @Option(help: "How it was paid, e.g. card.") var method: String = ""
        @Option(help: "The payer's or processor's reference.") var reference: String = ""
        @Option(help: "A note.") var note: String = ""
        @Option(help: "When a collection agency collected it: the agency, as in acsd's configuration.") var agency: String = ""

        func validate() throws {
            _ = try PaymentInput.minorUnits(amount, currency: currency)
        }

        func run() async throws {
            let minor = try PaymentInput.minorUnits(amount, currency: currency)
            let request = V1.PostPaymentRequest(payment: V1.NewPayment(
                idempotencyKey: key, account: account.ref, amount: V1.Money(amountMinor: minor, currency: currency),
                receivedAt: receivedAt, method: method, reference: reference, agency: agency, note: note))
            let response = try await options.call(Methods.Payments.postPayment, request)
            guard let payment = response.payment else { return }
            if options.json { return try Terminal.json(PaymentJSON(payment, replayed: response.replayed, balances: response.balances)) }
            PaymentText.print(payment, replayed: response.replayed, balances: response.balances)
        }
    }

    /// `acsctl payments import FILE.csv`.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Post payments from a file: a CSV of payments, or a bank statement (camt.053, BAI2).",
            discussion: """
                csv: key, account (id or SOURCE:EXTERNAL_ID), amount, currency[, received_at, method, reference, note]; each row is \
                posted on its own and is idempotent by its key.
                camt053, bai2: a bank statement. Its control totals (camt.053: the transaction summary and the opening and closing \
                balances; BAI2: every trailer's total and record count) are checked first: a file that does not add up is refused \
                whole, nothing sent. Each booked credit is matched to an account by its RF reference, pay token, invoice number or \
                the account's external id and posted (idempotent by the bank's reference); a return reverses the bank payment it \
                returns; the rest goes to the unmatched queue (acsctl payments unmatched). Prints a reconciliation per statement.
                An import can be run again safely. Exits 1 when anything was refused.
                """)
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The file.") var file: String
        @Option(help: "csv, camt053 or bai2.") var format: String = "csv"
        @Option(help: "Payments (or bank entries) per call.") var batch: Int = 500

        func run() async throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                Terminal.error(ACSError(.notFound, "cannot read \(file)"))
                throw ExitCode.failure
            }
            guard let format = BankStatementFile.Format(rawValue: format) else {
                Terminal.error(ACSError(.invalidArgument, "--format must be csv, camt053 or bai2"))
                throw ExitCode.validationFailure
            }
            guard (1...1_000).contains(batch) || format == .csv else {
                Terminal.error(ACSError(.invalidArgument, "--batch must be from 1 to 1000 for a bank statement"))
                throw ExitCode.validationFailure
            }
            if format != .csv { return try await importStatement(data, format) }
            let (rows, refused) = try PaymentInput.csv(data)
            let report = try await options.withClient { client throws(ACSError) in try await send(rows, refused: refused, client) }
            try report.print(json: options.json)
            if !report.refused.isEmpty { throw ExitCode.failure }
        }

        /// Reads the statement (refused whole when its totals do not add up), then sends it.
        private func importStatement(_ data: Data, _ format: BankStatementFile.Format) async throws {
            let statement: BankStatementFile
            do throws(ACSError) {
                statement = try format == .camt053 ? Camt053Reader.read(data) : BAI2Reader.read(data)
            } catch {
                Terminal.error(ACSError(.invalidArgument, "\(file): \(error.message); nothing was imported"))
                throw ExitCode.failure
            }
            let report = try await options.withClient { client throws(ACSError) in
                try await BankImportReport.send(statement, batch: batch, client: client, deadline: options.deadline)
            }
            try report.print(json: options.json)
            if report.anyRefused { throw ExitCode.failure }
        }

        private func send(_ rows: [(line: Int, payment: V1.NewPayment)], refused: [RejectedRow], _ client: ACSClient) async throws(ACSError) -> PaymentImportReport {
            var report = PaymentImportReport(refused: refused)
            try await Batches.send(rows, size: batch, noun: "payments") { chunk throws(ACSError) in
                let response = try await client.call(Methods.Payments.postPayments, V1.PostPaymentsRequest(payments: chunk.map(\.payment)),
                                                     timeout: options.deadline)
                for (row, result) in zip(chunk, response.results) {
                    if let status = result.status, status.code != .ok {
                        let field = status.violations.first?.field ?? ACSError.Code(rawValue: status.code.rawValue).name
                        report.refused.append(RejectedRow(line: row.line, field: field, reason: status.message))
                    } else if result.replayed {
                        report.replayed += 1
                    } else {
                        report.posted += 1
                    }
                }
            }
            report.refused.sort { $0.line < $1.line }
            return report
        }
    }

    /// `acsctl payments reverse PAYMENT_ID --reason chargeback|returned|posting-error|refunded [--return-code R01]`.
    struct Reverse: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Reverse a payment: what it paid is open again (idempotent).")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The payment id.") var payment: String
        @Option(help: "Why it is reversed.") var reason: V1.ReversalReason
        @Option(help: "A note for the audit trail.") var note: String = ""
        @Option(help: "A returned payment's or chargeback's code from the bank or network, e.g. R01.") var returnCode: String = ""

        func run() async throws {
            let response = try await options.call(Methods.Payments.reversePayment, V1.ReversePaymentRequest(
                paymentId: payment, reason: reason, note: note, returnCode: returnCode))
            guard let reversed = response.payment else { return }
            if options.json { return try Terminal.json(PaymentJSON(reversed, replayed: response.replayed, balances: response.balances)) }
            PaymentText.print(reversed, replayed: response.replayed, balances: response.balances)
        }
    }

    /// `acsctl payments list ACCOUNT`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List an account's payments, newest first.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "acsd's account id, or SOURCE:EXTERNAL_ID.") var account: AccountArgument
        @Option(help: "Payments per page.") var limit: UInt32 = 50
        @Option(help: "The page token a previous list printed.") var page: String = ""

        func run() async throws {
            let response = try await options.call(Methods.Payments.listPayments, V1.ListPaymentsRequest(account: account.ref, pageSize: limit, pageToken: page))
            if options.json { return try Terminal.json(response.payments.map { PaymentJSON($0, replayed: false, balances: []) }) }
            for payment in response.payments {
                print("\(payment.id)  \(payment.receivedAt)  \(AccountText.money(payment.amount))  key \(payment.idempotencyKey)\(payment.status == .reversed ? "  REVERSED" : "")")
            }
            if !response.nextPageToken.isEmpty { print("more: --page \(response.nextPageToken)") }
        }
    }
}

/// Parsing payments given on the command line or in a file.
enum PaymentInput {
    /// An amount in minor units, exactly; a usage error when it does not parse.
    static func minorUnits(_ amount: String, currency code: String) throws -> Int64 {
        guard let currency = Currency(code: code) else { throw ValidationError("--currency: \"\(code)\" is not an ISO 4217 currency") }
        do {
            return try Money.parseMinorUnits(amount, currency: currency)
        } catch {
            throw ValidationError("--amount: \(error.violations.first?.description ?? error.message)")
        }
    }

    static let columns = ["key", "account", "amount", "currency"]

    /// Rows of a payments CSV, and the rows refused before sending.
    static func csv(_ data: Data) throws -> ([(line: Int, payment: V1.NewPayment)], [RejectedRow]) {
        guard var table = try CSVTable(data: data, required: columns) else { return ([], []) }
        var rows: [(line: Int, payment: V1.NewPayment)] = []
        var refused: [RejectedRow] = []
        while let row = try table.next() {
            let value = row.value
            do throws(RejectedRow) {
                rows.append((row.line, V1.NewPayment(
                    idempotencyKey: value("key"), account: try CSVTable.account(value, line: row.line), amount: try CSVTable.money(value, line: row.line),
                    receivedAt: value("received_at"), method: value("method"), reference: value("reference"), note: value("note"))))
            } catch {
                refused.append(error)
            }
        }
        return (rows, refused)
    }
}

/// What a payments import did.
struct PaymentImportReport: Encodable {
    var posted = 0
    var replayed = 0
    var refused: [RejectedRow]

    init(refused: [RejectedRow]) { self.refused = refused }

    func print(json: Bool) throws {
        if json { return try Terminal.json(self) }
        Swift.print("payments: \(posted) posted, \(replayed) already posted (same key), \(refused.count) refused")
        for row in refused { Swift.print("  line \(row.line): \(row.field): \(row.reason)") }
    }
}

/// Payments for people.
enum PaymentText {
    static func print(_ payment: V1.Payment, replayed: Bool, balances: [V1.Balance]) {
        let state = payment.status == .reversed ? "reversed" : (replayed ? "already posted (same key)" : "posted")
        Swift.print("payment \(payment.id) of \(AccountText.money(payment.amount)) to account \(payment.accountId): \(state)")
        for allocation in payment.allocations {
            Swift.print("  \(allocation.obligationExternalId) (due \(allocation.dueOn))  \(AccountText.money(allocation.amount))  open now \(AccountText.money(allocation.openAfter))")
        }
        if (payment.credit?.amountMinor ?? 0) > 0 { Swift.print("  credit \(AccountText.money(payment.credit))") }
        for balance in balances {
            Swift.print("balance \(balance.currency): outstanding \(AccountText.money(balance.outstanding)), overdue \(AccountText.money(balance.overdue)), credit \(AccountText.money(balance.credit))")
        }
    }
}

/// A payment as JSON.
struct PaymentJSON: Encodable {
    struct Part: Encodable { var obligation: String; var amount: AccountJSON.Amount; var openAfter: AccountJSON.Amount }
    var id: String
    var accountId: String
    var key: String
    var amount: AccountJSON.Amount
    var credit: AccountJSON.Amount
    var status: String
    var replayed: Bool
    var allocations: [Part]
    var balances: [AccountJSON.Balance]

    init(_ payment: V1.Payment, replayed: Bool, balances: [V1.Balance]) {
        id = payment.id
        accountId = payment.accountId
        key = payment.idempotencyKey
        amount = AccountJSON.Amount(payment.amount)
        credit = AccountJSON.Amount(payment.credit)
        status = payment.status == .reversed ? "reversed" : "posted"
        self.replayed = replayed
        allocations = payment.allocations.map { Part(obligation: $0.obligationExternalId, amount: AccountJSON.Amount($0.amount), openAfter: AccountJSON.Amount($0.openAfter)) }
        self.balances = balances.map {
            AccountJSON.Balance(currency: $0.currency, outstanding: AccountJSON.Amount($0.outstanding), overdue: AccountJSON.Amount($0.overdue), credit: AccountJSON.Amount($0.credit))
        }
    }
}
