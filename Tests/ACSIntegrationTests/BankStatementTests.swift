import ACSClient
import ACSCore
import ACSTesting
import ACSWire
import Foundation
import GRDB
import Testing

/// Bank statement files through `acsctl payments import --format camt053|bai2` and a real acsd
/// (issue 19, in part): credits matched by RF reference, invoice number and external id and
/// posted; an ambiguous and an unmatched credit queued; a return reversing the credit it
/// returns; a fee that is not a payment; a file imported twice changing nothing; a file whose
/// control totals do not add up refused whole; the queue resolved by hand.
@Suite("Bank statements")
struct BankStatementTests {
    /// Three accounts: C-100 owes INV-42 (500.00 EUR), C-200 owes INV-7 (300.00), and C-200 and
    /// C-300 both have an invoice INV-DUP, so a payment naming it alone is ambiguous.
    static func start() async throws -> (TestDaemon, ACSClient, ids: [String]) {
        let daemon = try await TestDaemon.start(arguments: ["--simulated-clock", "2026-03-15T12:00:00Z"])
        let client = try await daemon.connect()
        func obligation(_ id: String, _ minor: Int64) -> V1.ObligationRecord {
            V1.ObligationRecord(externalId: id, kind: .invoice, amount: V1.Money(amountMinor: minor, currency: "EUR"),
                                openAmount: V1.Money(amountMinor: minor, currency: "EUR"), issuedOn: "2026-01-01", dueOn: "2026-02-01")
        }
        func account(_ id: String, _ obligations: [V1.ObligationRecord]) -> V1.AccountRecord {
            V1.AccountRecord(source: "erp", externalId: id, sourceVersion: 1, name: "Debtor \(id)", emails: ["\(id.lowercased())@example.com"],
                             timeZone: "Europe/Amsterdam", locale: "nl_NL", segment: "retail", obligations: obligations)
        }
        let results = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [
            account("C-100", [obligation("INV-42", 50_000)]),
            account("C-200", [obligation("INV-7", 30_000), obligation("INV-DUP", 1_000)]),
            account("C-300", [obligation("INV-DUP", 2_000)]),
        ])).results
        return (daemon, client, results.map(\.accountId))
    }

    static func owed(_ client: ACSClient, _ id: String) async throws -> Int64 {
        let account = try await client.call(Methods.Accounts.getAccount, V1.GetAccountRequest(account: V1.AccountRef(id: id))).account
        return account?.balances.first { $0.outstanding?.currency == "EUR" }?.outstanding?.amountMinor ?? 0
    }

    /// A camt.053.001.02 entry.
    struct Entry {
        var reference: String
        var amount: String
        var debit = false
        var status = "BOOK"
        var rf = ""
        var text = ""
        var endToEnd = "NOTPROVIDED"
        var returnCode = ""
        var family = ("RCDT", "ESCT")

        var xml: String {
            let remittance = !rf.isEmpty
                ? "<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>ISO</Issr></Tp><Ref>\(rf)</Ref></CdtrRefInf></Strd></RmtInf>"
                : text.isEmpty ? "" : "<RmtInf><Ustrd>\(text)</Ustrd></RmtInf>"
            return """
                <Ntry><NtryRef>\(reference)</NtryRef><Amt Ccy="EUR">\(amount)</Amt><CdtDbtInd>\(debit ? "DBIT" : "CRDT")</CdtDbtInd><Sts>\(status)</Sts>
                <BookgDt><Dt>2026-03-14</Dt></BookgDt><ValDt><Dt>2026-03-14</Dt></ValDt><AcctSvcrRef>\(reference)</AcctSvcrRef>
                <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>\(family.0)</Cd><SubFmlyCd>\(family.1)</SubFmlyCd></Fmly></Domn></BkTxCd>
                <NtryDtls><TxDtls><Refs><EndToEndId>\(endToEnd)</EndToEndId></Refs><RltdPties><Dbtr><Nm>Payer \(reference)</Nm></Dbtr></RltdPties>
                \(remittance)\(returnCode.isEmpty ? "" : "<RtrInf><Rsn><Cd>\(returnCode)</Cd></Rsn></RtrInf>")</TxDtls></NtryDtls></Ntry>
                """
        }
    }

    /// A statement of `entries` whose summary and balances add up, unless `sumOffBy` says otherwise.
    static func camt(_ entries: [Entry], sumOffBy: Int64 = 0) -> String {
        func minor(_ text: String) -> Int64 { Int64(text.replacingOccurrences(of: ".", with: ""))! }
        func decimal(_ minor: Int64) -> String { String(format: "%lld.%02lld", minor / 100, minor % 100) }
        let credits = entries.filter { !$0.debit }.map { minor($0.amount) }, debits = entries.filter(\.debit).map { minor($0.amount) }
        let net = credits.reduce(0, +) - debits.reduce(0, +)
        let bookedNet = entries.filter { $0.status == "BOOK" }.reduce(Int64(0)) { $0 + ($1.debit ? -minor($1.amount) : minor($1.amount)) }
        let opening: Int64 = 100_000
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
            <GrpHdr><MsgId>MSG-1</MsgId><CreDtTm>2026-03-15T06:00:00</CreDtTm></GrpHdr>
            <Stmt><Id>STMT-20260314</Id><Acct><Id><IBAN>NL91ABNA0417164300</IBAN></Id><Ccy>EUR</Ccy></Acct>
            <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">\(decimal(opening))</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-14</Dt></Dt></Bal>
            <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">\(decimal(opening + bookedNet))</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-14</Dt></Dt></Bal>
            <TxsSummry>
            <TtlNtries><NbOfNtries>\(entries.count)</NbOfNtries><Sum>\(decimal(credits.reduce(0, +) + debits.reduce(0, +) + sumOffBy))</Sum>
            <TtlNetNtryAmt>\(decimal(abs(net)))</TtlNetNtryAmt><CdtDbtInd>\(net < 0 ? "DBIT" : "CRDT")</CdtDbtInd></TtlNtries>
            <TtlCdtNtries><NbOfNtries>\(credits.count)</NbOfNtries><Sum>\(decimal(credits.reduce(0, +)))</Sum></TtlCdtNtries>
            <TtlDbtNtries><NbOfNtries>\(debits.count)</NbOfNtries><Sum>\(decimal(debits.reduce(0, +)))</Sum></TtlDbtNtries>
            </TxsSummry>
            \(entries.map(\.xml).joined(separator: "\n"))
            </Stmt></BkToCstmrStmt></Document>
            """
    }

    static func importFile(_ daemon: TestDaemon, _ text: String, format: String, name: String) async throws -> (status: Int32, stdout: String, stderr: String) {
        let path = daemon.directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return try await TestBinaries.run("acsctl", ["payments", "import", "--format", format, path, "--socket", daemon.socketPath])
    }

    @Test("camt.053: matched, ambiguous, unmatched and returned entries; imported twice, nothing twice; the queue resolved by hand")
    func camt053() async throws {
        let (daemon, client, ids) = try await Self.start()
        defer { daemon.kill() }
        let rf = CreditorReference.forAccount(Int64(ids[0])!)
        let entries = [
            Entry(reference: "B-1", amount: "250.00", rf: rf, endToEnd: "E2E-1"),
            Entry(reference: "B-2", amount: "120.50", text: "Invoice INV-7 partial payment"),
            Entry(reference: "B-3", amount: "15.00", text: "for INV-DUP"),
            Entry(reference: "B-4", amount: "10.00", text: "gift"),
            Entry(reference: "B-5", amount: "250.00", debit: true, endToEnd: "E2E-1", returnCode: "AM04", family: ("RDDT", "UPDD")),
            Entry(reference: "B-6", amount: "5.00", debit: true, text: "account fee", family: ("CHRG", "FEES")),
            Entry(reference: "B-7", amount: "99.00", status: "PDNG", text: "INV-7"),
            Entry(reference: "B-8", amount: "30.00", debit: true, endToEnd: "E2E-UNKNOWN", returnCode: "AC04", family: ("RDDT", "UPDD")),
        ]
        let first = try await Self.importFile(daemon, Self.camt(entries), format: "camt053", name: "stmt.xml")
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        #expect(first.stdout.contains("7 entries booked, 1 not booked"), "\(first.stdout)")
        #expect(first.stdout.contains("matched 3: posted 2, already posted 0, reversed 1, already reversed 0"), "\(first.stdout)")
        #expect(first.stdout.contains("unmatched 3 (already queued 0), resolved by hand 0, not payments 1, refused 0"), "\(first.stdout)")
        #expect(first.stdout.contains("EUR: credits 4 = 395.50 EUR, debits 3 = 285.00 EUR"), "\(first.stdout)")
        #expect(first.stdout.contains("the file's own totals agree: transaction summary, booked balances"), "\(first.stdout)")
        #expect(first.stdout.contains("ambiguous: the invoice names accounts \(ids[1]), \(ids[2])"), "\(first.stdout)")
        // C-100 was paid 250.00 and the return took it back; C-200 paid 120.50 of INV-7.
        #expect(try await Self.owed(client, ids[0]) == 50_000)
        #expect(try await Self.owed(client, ids[1]) == 31_000 - 12_050)
        let payments = try await client.call(Methods.Payments.listPayments, V1.ListPaymentsRequest(account: V1.AccountRef(id: ids[0]))).payments
        #expect(payments.count == 1 && payments[0].status == .reversed && payments[0].returnCode == "AM04"
                && payments[0].idempotencyKey == "bank:18:NL91ABNA0417164300:B-1" && payments[0].reference == "E2E-1")

        // The same file again changes nothing.
        let second = try await Self.importFile(daemon, Self.camt(entries), format: "camt053", name: "stmt.xml")
        #expect(second.status == 0 && second.stdout.contains("matched 3: posted 0, already posted 2, reversed 0, already reversed 1"), "\(second.stdout)")
        #expect(second.stdout.contains("unmatched 3 (already queued 3)"), "\(second.stdout)")
        #expect(try await Self.owed(client, ids[1]) == 31_000 - 12_050)

        // The queue: three open entries; one assigned to C-300 by hand, two ignored.
        let queue = try await client.call(Methods.Payments.listUnmatched, V1.ListUnmatchedRequest(status: .open)).entries
        #expect(queue.map { $0.entry?.reference ?? "" }.sorted() == ["B-3", "B-4", "B-8"])
        // A return is applied only to a payment of its own amount.
        let unknownReturn = try #require(queue.first { $0.entry?.reference == "B-8" })
        let paidInvoice = try await client.call(Methods.Payments.listPayments, V1.ListPaymentsRequest(account: V1.AccountRef(id: ids[1]))).payments[0]
        await #expect {
            try await client.call(Methods.Payments.assignUnmatched, V1.AssignUnmatchedRequest(id: unknownReturn.id, paymentId: paidInvoice.id))
        } throws: { error in (error as? ACSError)?.code == .failedPrecondition }
        _ = try await client.call(Methods.Payments.ignoreUnmatched, V1.IgnoreUnmatchedRequest(id: unknownReturn.id, reason: "a direct debit of another system"))
        let ambiguous = try #require(queue.first { $0.entry?.reference == "B-3" })
        let assigned = try await TestBinaries.run("acsctl", ["payments", "unmatched", "assign", ambiguous.id, "--account", "erp:C-300",
                                                             "--note", "payer confirmed by phone", "--socket", daemon.socketPath])
        #expect(assigned.status == 0 && assigned.stdout.contains("assigned"), "\(assigned.stdout)\(assigned.stderr)")
        #expect(try await Self.owed(client, ids[2]) == 2_000 - 1_500)
        let gift = try #require(queue.first { $0.entry?.reference == "B-4" })
        _ = try await client.call(Methods.Payments.ignoreUnmatched, V1.IgnoreUnmatchedRequest(id: gift.id, reason: "not ours: refunded by the bank"))
        await #expect(throws: ACSError.self) {
            try await client.call(Methods.Payments.assignUnmatched, V1.AssignUnmatchedRequest(id: gift.id, account: V1.AccountRef(id: ids[2])))
        }
        #expect(try await client.call(Methods.Payments.listUnmatched, V1.ListUnmatchedRequest(status: .open)).entries.isEmpty)
        let listed = try await TestBinaries.run("acsctl", ["payments", "unmatched", "list", "--socket", daemon.socketPath])
        #expect(listed.stdout.contains("ignored") && listed.stdout.contains("→ account \(ids[2])"), "\(listed.stdout)")

        // Imported once more after the hand assignment: still nothing twice.
        let third = try await Self.importFile(daemon, Self.camt(entries), format: "camt053", name: "stmt.xml")
        #expect(third.stdout.contains("posted 0") && third.stdout.contains("unmatched 0 (already queued 0), resolved by hand 3"), "\(third.stdout)")
        #expect(try await Self.owed(client, ids[2]) == 500)
        let journal = try await TestJournal.waitForEntries(matching: ["_PID": String(daemon.process.processIdentifier), "ACS_EVENT": "bank.unmatched"])
        #expect(journal.count == 3)
    }

    @Test("a camt.053 file whose summary or balances do not add up is refused whole; a version .08 file is read")
    func camt053Totals() async throws {
        let (daemon, client, ids) = try await Self.start()
        defer { daemon.kill() }
        let entries = [Entry(reference: "T-1", amount: "100.00", text: "INV-7")]
        let bad = try await Self.importFile(daemon, Self.camt(entries, sumOffBy: 1), format: "camt053", name: "bad.xml")
        #expect(bad.status != 0 && bad.stderr.contains("TtlNtries says a sum of 100.01") && bad.stderr.contains("nothing was imported"), "\(bad.stderr)")
        var unbalanced = Self.camt(entries)
        unbalanced = unbalanced.replacingOccurrences(of: "<Amt Ccy=\"EUR\">1100.00</Amt>", with: "<Amt Ccy=\"EUR\">1100.10</Amt>")
        let off = try await Self.importFile(daemon, unbalanced, format: "camt053", name: "off.xml")
        #expect(off.status != 0 && off.stderr.contains("closing balance"), "\(off.stderr)")
        let broken = try await Self.importFile(daemon, "<Document><BkToCstmrStmt>", format: "camt053", name: "broken.xml")
        #expect(broken.status != 0 && broken.stderr.contains("not well-formed XML"), "\(broken.stderr)")
        #expect(try await Self.owed(client, ids[1]) == 31_000, "nothing posted")

        // Two maxima summed: each entry at the largest amount acs keeps, both for one account.
        let largest = Money(minorUnits: Money.maxMinorUnits, currency: "EUR").description.replacingOccurrences(of: " EUR", with: "")
        let maxima = try await Self.importFile(daemon, Self.camt([Entry(reference: "M-1", amount: largest, text: "C-300"),
                                                                  Entry(reference: "M-2", amount: largest, text: "C-300")]),
                                               format: "camt053", name: "max.xml")
        #expect(maxima.stdout.contains("posted 1") && maxima.stdout.contains("refused 1"), "[\(maxima.status)] \(maxima.stdout)\(maxima.stderr)")
        _ = try await client.call(Methods.System.health, V1.HealthRequest())

        let v08 = Self.camt(entries)
            .replacingOccurrences(of: "camt.053.001.02", with: "camt.053.001.08")
            .replacingOccurrences(of: "<Sts>BOOK</Sts>", with: "<Sts><Cd>BOOK</Cd></Sts>")
            .replacingOccurrences(of: "<Dbtr><Nm>", with: "<Dbtr><Pty><Nm>").replacingOccurrences(of: "</Nm></Dbtr>", with: "</Nm></Pty></Dbtr>")
        let read = try await Self.importFile(daemon, v08, format: "camt053", name: "v08.xml")
        #expect(read.status == 0 && read.stdout.contains("posted 1"), "\(read.stdout)\(read.stderr)")
        #expect(try await Self.owed(client, ids[1]) == 21_000)
    }

    @Test("a return is applied once and a second return of a reversed payment waits in the queue; a batch booking is split; keys \"bank:\" are acsd's")
    func returnsAndBatches() async throws {
        let (daemon, client, ids) = try await Self.start()
        defer { daemon.kill() }
        var batch = Entry(reference: "S-1", amount: "30.00")
        batch.text = ""
        let statement = Self.camt([
            Entry(reference: "R-0", amount: "50.00", text: "INV-7", endToEnd: "E-9"),
            Entry(reference: "R-1", amount: "50.00", debit: true, endToEnd: "E-9", returnCode: "AM04", family: ("RDDT", "UPDD")),
            Entry(reference: "R-2", amount: "50.00", debit: true, endToEnd: "E-9", returnCode: "MD06", family: ("RDDT", "UPDD")),
            batch,
        ]).replacingOccurrences(of: """
            <NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs><RltdPties><Dbtr><Nm>Payer S-1</Nm></Dbtr></RltdPties>
            </TxDtls></NtryDtls>
            """, with: """
            <NtryDtls><TxDtls><AmtDtls><TxAmt><Amt Ccy="EUR">10.00</Amt></TxAmt></AmtDtls><RmtInf><Ustrd>INV-42</Ustrd></RmtInf></TxDtls>
            <TxDtls><AmtDtls><TxAmt><Amt Ccy="EUR">20.00</Amt></TxAmt></AmtDtls><RmtInf><Ustrd>C-300</Ustrd></RmtInf></TxDtls></NtryDtls>
            """)
        let first = try await Self.importFile(daemon, statement, format: "camt053", name: "returns.xml")
        #expect(first.status == 0 && first.stdout.contains("5 entries booked"), "\(first.stdout)\(first.stderr)")
        #expect(first.stdout.contains("matched 4: posted 3, already posted 0, reversed 1"), "\(first.stdout)")
        #expect(first.stdout.contains("unmatched 1 (already queued 0)") && first.stdout.contains("a return of no bank payment"), "\(first.stdout)")
        #expect(try await Self.owed(client, ids[0]) == 50_000 - 1_000)
        #expect(try await Self.owed(client, ids[2]) == 0)
        #expect(try await Self.owed(client, ids[1]) == 31_000, "paid 50.00, returned once")
        let again = try await Self.importFile(daemon, statement, format: "camt053", name: "returns.xml")
        #expect(again.stdout.contains("posted 0, already posted 3, reversed 0, already reversed 1") && again.stdout.contains("already queued 1"),
                "\(again.stdout)")
        #expect(try await Self.owed(client, ids[1]) == 31_000)
        await #expect {
            try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: V1.NewPayment(
                idempotencyKey: "bank:18:NL91ABNA0417164300:R-9", account: V1.AccountRef(id: ids[1]), amount: V1.Money(amountMinor: 100, currency: "EUR"))))
        } throws: { error in (error as? ACSError)?.violations.first?.field == "payment.idempotency_key" }
    }

    @Test("an entry booked after today anywhere on Earth is refused alone; one booked today in UTC+14 is taken")
    func bookedInTheFuture() async throws {
        let (daemon, client, ids) = try await Self.start()  // 2026-03-15T12:00:00Z: 2026-03-16 in UTC+14
        defer { daemon.kill() }
        func entry(_ reference: String, _ day: String) -> V1.BankEntry {
            V1.BankEntry(reference: reference, amount: V1.Money(amountMinor: 1_000, currency: "EUR"), bookedOn: day, remittance: "INV-42")
        }
        let results = try await client.call(Methods.Payments.importBankStatement, V1.ImportBankStatementRequest(
            bankAccount: "NL91ABNA0417164300", statementId: "F-1",
            entries: [entry("F-1", "2026-03-16"), entry("F-2", "2026-03-17"), entry("F-3", "9999-12-31"), entry("F-4", "2026-03-14")])).results
        #expect(results.map(\.outcome) == [.posted, .refused, .refused, .posted], "\(results.map { $0.status?.message ?? "" })")
        #expect(results[1].status?.code == .invalidArgument && results[1].status?.violations.first?.field == "entries[1].booked_on")
        #expect(try await Self.owed(client, ids[0]) == 50_000 - 2_000)

        // An entry an older acsd queued with a date in the future is not posted by hand either.
        let queued = try await client.call(Methods.Payments.importBankStatement, V1.ImportBankStatementRequest(
            bankAccount: "NL91ABNA0417164300", statementId: "F-2", entries: [V1.BankEntry(
                reference: "F-5", amount: V1.Money(amountMinor: 1_000, currency: "EUR"), bookedOn: "2026-03-15", remittance: "nobody")])).results[0]
        #expect(queued.outcome == .unmatched)
        try await DatabaseQueue(path: daemon.stateDirectory + "/acs.db").write { db in
            try db.execute(sql: "UPDATE unmatched_entry SET booked_on = '2099-01-01' WHERE id = ?", arguments: [Int64(queued.unmatchedId)!])
        }
        await #expect {
            try await client.call(Methods.Payments.assignUnmatched, V1.AssignUnmatchedRequest(id: queued.unmatchedId, account: V1.AccountRef(id: ids[0])))
        } throws: { ($0 as? ACSError)?.code == .failedPrecondition }
        #expect(try await Self.owed(client, ids[0]) == 50_000 - 2_000)
    }

    @Test("BAI2: an entry without a bank reference is another day's on another day, the same in a file sent again; a bad funds type is no trap")
    func bai2WithoutReferences() async throws {
        let (daemon, client, ids) = try await Self.start()
        defer { daemon.kill() }
        func file(day: String, header: String = "") -> String {
            """
            01,BANKUS33,ACMECORP,260315,0600,1,,,2/
            02,ACMECORP,BANKUS33,1,\(day),2400,EUR,2/
            03,0012345678,EUR,010,+1000,,/
            16,301,2500,0,,C-200,DEPOSIT
            49,+3500,3/
            98,+3500,1,5/
            99,+3500,1,7/
            """
        }
        #expect(try await Self.importFile(daemon, file(day: "260314"), format: "bai2", name: "a.bai").stdout.contains("posted 1"))
        #expect(try await Self.importFile(daemon, file(day: "260314"), format: "bai2", name: "a.bai").stdout.contains("already posted 1"))
        #expect(try await Self.importFile(daemon, file(day: "260315"), format: "bai2", name: "b.bai").stdout.contains("posted 1, already posted 0"))
        #expect(try await Self.owed(client, ids[1]) == 31_000 - 5_000)
        // Two 18-digit amounts: their control total passes what a trailer may state; refused, no trap.
        let huge = file(day: "260317").replacingOccurrences(of: "16,301,2500,0,,C-200,DEPOSIT",
                                                            with: "16,301,999999999999999999,0,,C-200,A\n16,301,999999999999999999,0,,C-200,B")
        #expect(try await Self.importFile(daemon, huge, format: "bai2", name: "h.bai").status == 1)
        // A negative count of distribution pairs (funds type D) is read as none: no trap, and the entry matches nothing.
        let negative = file(day: "260316").replacingOccurrences(of: "16,301,2500,0,,C-200,DEPOSIT", with: "16,301,2500,D,-3,1,5/")
        let read = try await Self.importFile(daemon, negative, format: "bai2", name: "c.bai")
        #expect(read.status == 0 && read.stdout.contains("unmatched 1"), "\(read.stdout)\(read.stderr)")
    }

    @Test("BAI2 with continuation records: credits matched by RF and by external id, a returned deposit, a cheque paid; bad trailers refused whole")
    func bai2() async throws {
        let (daemon, client, ids) = try await Self.start()
        defer { daemon.kill() }
        let rf = CreditorReference.forAccount(Int64(ids[0])!)
        // 49: 03's amounts (500000 + 539500 + 57500 + 18000) + details (45000 + 12500 + 12500 + 3000) = 1188000 over 8 records.
        func file(accountTotal: String = "+1188000") -> String {
            """
            01,BANKUS33,ACMECORP,260315,0600,1,,,2/
            02,ACMECORP,BANKUS33,1,260314,2400,EUR,2/
            03,0012345678,EUR,010,+500000,,,015,+539500,,/
            88,100,57500,2,,400,18000,2,/
            16,301,45000,0,BR1001,DEP-9,COMMERCIAL DEPOSIT FROM C-200
            16,165,12500,1,ACH7781,\(rf),PREAUTHORIZED ACH CREDIT
            88,PAYER NAME ON A CONTINUATION RECORD
            16,555,12500,,RET2001,\(rf),DEPOSITED ITEM RETURNED NSF
            16,475,3000,,CHK9001,1042,CHECK PAID
            49,\(accountTotal),8/
            98,\(accountTotal),1,10/
            99,\(accountTotal),1,12/
            """
        }
        let bad = try await Self.importFile(daemon, file(accountTotal: "+1188001"), format: "bai2", name: "bad.bai")
        #expect(bad.status != 0 && bad.stderr.contains("the control total says +1188001, the amounts add up to 1188000"), "\(bad.stderr)")
        #expect(try await Self.owed(client, ids[1]) == 31_000)

        let good = try await Self.importFile(daemon, file(), format: "bai2", name: "good.bai")
        #expect(good.status == 0, "\(good.stdout)\(good.stderr)")
        #expect(good.stdout.contains("4 entries booked") && good.stdout.contains("matched 3: posted 2, already posted 0, reversed 1"), "\(good.stdout)")
        #expect(good.stdout.contains("not payments 1"), "the cheque paid is no payment to us: \(good.stdout)")
        // C-200 paid 450.00 (its external id in the text) and owes 310.00 − 450.00 → nothing, with a credit.
        #expect(try await Self.owed(client, ids[1]) == 0)
        // C-100's 125.00 came back.
        #expect(try await Self.owed(client, ids[0]) == 50_000)
        let again = try await Self.importFile(daemon, file(), format: "bai2", name: "good.bai")
        #expect(again.stdout.contains("posted 0, already posted 2, reversed 0, already reversed 1"), "\(again.stdout)")
    }
}
