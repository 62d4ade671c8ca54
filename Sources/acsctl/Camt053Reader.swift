import ACSCore
import ACSWire
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads an ISO 20022 camt.053 BankToCustomerStatement (versions .001.02 to .001.08): each
/// `Stmt` with its account, its booked entries and its transaction summary, which must agree
/// with the entries (count and sum of all, of credits and of debits, and the net), and its
/// opening and closing booked balances, which must differ by the net of the entries.
enum Camt053Reader {
    /// The statements of `data`, or why the file is refused whole.
    static func read(_ data: Data) throws(ACSError) -> BankStatementFile {
        let root = try XMLTree.parse(data)
        guard root.name == "Document", let statement = root.child("BkToCstmrStmt") else {
            throw ACSError(.invalidArgument, "not a camt.053 document: the root is not Document/BkToCstmrStmt")
        }
        let statements = statement.children("Stmt")
        guard !statements.isEmpty else { throw ACSError(.invalidArgument, "camt.053: no Stmt in the document") }
        return BankStatementFile(format: .camt053, statements: try statements.enumerated().map { index, node throws(ACSError) in
            try read(node, index: index)
        })
    }

    private static func read(_ node: XMLTree, index: Int) throws(ACSError) -> BankStatementFile.Statement {
        let id = node.text("Id") ?? "statement \(index + 1)"
        guard let account = node.text("Acct", "Id", "IBAN") ?? node.text("Acct", "Id", "Othr", "Id") else {
            throw ACSError(.invalidArgument, "camt.053 statement \(id): no Acct/Id/IBAN or Acct/Id/Othr/Id")
        }
        var statement = BankStatementFile.Statement(bankAccount: account, statementID: id)
        var all = BankStatementFile.Total(), credits = BankStatementFile.Total(), debits = BankStatementFile.Total()
        var net: Int64 = 0, bookedNet: Int64 = 0
        for (number, entry) in node.children("Ntry").enumerated() {
            let what = "camt.053 statement \(id), entry \(number + 1)"
            let (wires, booked) = try self.entry(entry, statement: &statement, what: what)
            let amount = wires.reduce(Int64(0)) { $0 + $1.amount!.amountMinor }
            let debit = wires[0].debit
            all.count += 1
            try BankStatementFile.add(&all.minor, amount, what: what)
            if debit {
                debits.count += 1
                try BankStatementFile.add(&debits.minor, amount, what: what)
            } else {
                credits.count += 1
                try BankStatementFile.add(&credits.minor, amount, what: what)
            }
            try BankStatementFile.add(&net, debit ? -amount : amount, what: what)
            if booked {
                statement.entries += wires
                try BankStatementFile.add(&bookedNet, debit ? -amount : amount, what: what)
            } else {
                statement.notBooked += 1
            }
        }
        if try checkSummary(node, id: id, all: all, credits: credits, debits: debits, net: net) { statement.checked.append("transaction summary") }
        if try checkBalances(node, id: id, net: bookedNet) { statement.checked.append("booked balances") }
        return statement
    }

    /// One `Ntry` as the entries it holds (one per transaction of a batch booking whose amounts
    /// are given and add up), and whether it is booked.
    private static func entry(_ node: XMLTree, statement: inout BankStatementFile.Statement, what: String) throws(ACSError) -> ([V1.BankEntry], Bool) {
        guard let amountNode = node.child("Amt"), let currency = amountNode.attributes["Ccy"] else {
            throw ACSError(.invalidArgument, "\(what): no Amt with its Ccy")
        }
        let minor = try BankStatementFile.minorUnits(amountNode.text, currency: currency, what: what)
        guard minor > 0 else { throw ACSError(.invalidArgument, "\(what): the amount must be more than 0") }
        let direction = node.text("CdtDbtInd")
        guard direction == "CRDT" || direction == "DBIT" else { throw ACSError(.invalidArgument, "\(what): CdtDbtInd must be CRDT or DBIT") }
        let status = node.text("Sts", "Cd") ?? node.text("Sts") ?? ""
        let details = node.children("NtryDtls").flatMap { $0.children("TxDtls") }
        let booked = node.text("BookgDt", "Dt") ?? node.text("BookgDt", "DtTm").map { String($0.prefix(10)) } ?? ""
        let family = [node.text("BkTxCd", "Domn", "Fmly", "Cd") ?? "", node.text("BkTxCd", "Domn", "Fmly", "SubFmlyCd") ?? ""]
        let debit = direction == "DBIT"
        let reversed = node.text("RvslInd") == "true" || Self.returnFamilies.contains(family)
        let reference = node.text("AcctSvcrRef") ?? node.text("NtryRef").map { "\(statement.statementID)/\($0)" }
            ?? statement.fallbackReference(scope: "\(statement.statementID)/\(booked)", content: [
                direction ?? "", String(minor), currency, details.map { $0.text("Refs", "EndToEndId") ?? "" }.joined(separator: ","),
                details.flatMap { $0.child("RmtInf")?.children("Ustrd").map(\.text) ?? [] }.joined(separator: " ")])
        func wire(_ details: [XMLTree], amount: Int64, reference: String) -> V1.BankEntry {
            let returnCode = details.lazy.compactMap { $0.text("RtrInf", "Rsn", "Cd") }.first ?? ""
            let party = debit ? "Cdtr" : "Dbtr"
            return V1.BankEntry(
                reference: reference, amount: V1.Money(amountMinor: amount, currency: currency), debit: debit, bookedOn: booked,
                structuredReference: details.lazy.compactMap { $0.text("RmtInf", "Strd", "CdtrRefInf", "Ref") }.first ?? "",
                remittance: details.flatMap { $0.child("RmtInf")?.children("Ustrd").map(\.text) ?? [] }.joined(separator: " "),
                endToEndId: details.lazy.compactMap { $0.text("Refs", "EndToEndId") }.first ?? "",
                counterparty: details.lazy.compactMap { $0.text("RltdPties", party, "Nm") ?? $0.text("RltdPties", party, "Pty", "Nm") }.first ?? "",
                returnCode: returnCode, isReturn: debit && (!returnCode.isEmpty || reversed))
        }
        guard details.count > 1 else { return ([wire(details, amount: minor, reference: reference)], status == "BOOK") }
        // A batch booking: one entry per transaction when each states its amount and they add up.
        let amounts = details.map { $0.child(["AmtDtls", "TxAmt", "Amt"]) ?? $0.child("Amt") }
        guard amounts.allSatisfy({ $0?.attributes["Ccy"] == currency }) else {
            // Without the amounts a batch cannot be split: it waits in the queue as one, for a person.
            var whole = wire([], amount: minor, reference: reference)
            whole.remittance = "batch of \(details.count) transactions without their amounts"
            return ([whole], status == "BOOK")
        }
        var parts: [V1.BankEntry] = []
        var sum: Int64 = 0
        for (index, detail) in details.enumerated() {
            let part = try BankStatementFile.minorUnits(amounts[index]!.text, currency: currency, what: "\(what), transaction \(index + 1)")
            try BankStatementFile.add(&sum, part, what: what)
            parts.append(wire([detail], amount: part, reference: "\(reference)#\(index + 1)"))
        }
        guard sum == minor, parts.allSatisfy({ $0.amount!.amountMinor > 0 }) else {
            throw ACSError(.invalidArgument, "\(what): its \(details.count) transactions add up to \(sum), the entry says \(minor) (minor units)")
        }
        return (parts, status == "BOOK")
    }

    /// Bank transaction codes (family, sub-family) of a returned payment.
    private static let returnFamilies: Set<[String]> = [["RDDT", "UPDD"], ["RCDT", "RRTN"], ["ICDT", "RRTN"], ["RDDT", "RRTN"], ["RCHQ", "URCQ"]]

    /// TxsSummry, when present, must state what the entries add up to.
    /// True when the statement has one to check.
    private static func checkSummary(_ node: XMLTree, id: String, all: BankStatementFile.Total, credits: BankStatementFile.Total,
                                     debits: BankStatementFile.Total, net: Int64) throws(ACSError) -> Bool {
        guard let summary = node.child("TxsSummry") else { return false }
        let currency = node.text("Acct", "Ccy") ?? node.child("Ntry")?.child("Amt")?.attributes["Ccy"] ?? "EUR"
        func check(_ path: [String], _ total: BankStatementFile.Total) throws(ACSError) {
            guard let group = summary.child(path) else { return }
            if let count = group.text("NbOfNtries"), Int(count) != total.count {
                throw ACSError(.invalidArgument, "camt.053 statement \(id): \(path.joined(separator: "/")) says \(count) entries, the file has \(total.count)")
            }
            if let sum = group.text("Sum"), try BankStatementFile.minorUnits(sum, currency: currency, what: "statement \(id)", total: true) != total.minor {
                throw ACSError(.invalidArgument, "camt.053 statement \(id): \(path.joined(separator: "/")) says a sum of \(sum), the entries add up to "
                               + Money(minorUnits: total.minor, currency: currency).description)
            }
        }
        try check(["TtlNtries"], all)
        try check(["TtlCdtNtries"], credits)
        try check(["TtlDbtNtries"], debits)
        let netText = summary.text("TtlNtries", "TtlNetNtryAmt") ?? summary.text("TtlNtries", "TtlNetNtry", "Amt")
        let netSign = summary.text("TtlNtries", "CdtDbtInd") ?? summary.text("TtlNtries", "TtlNetNtry", "CdtDbtInd") ?? "CRDT"
        if let netText {
            let stated = try BankStatementFile.minorUnits(netText, currency: currency, what: "statement \(id)", total: true)
            guard (netSign == "DBIT" ? -stated : stated) == net else {
                throw ACSError(.invalidArgument, "camt.053 statement \(id): the net of the entries is \(Money(minorUnits: net, currency: currency)), "
                               + "the summary says \(netSign == "DBIT" ? "-" : "")\(netText)")
            }
        }
        return true
    }

    /// Closing booked balance = opening booked balance (OPBD, or the previous day's closing,
    /// PRCD) + the net of the booked entries; true when the statement states both balances.
    private static func checkBalances(_ node: XMLTree, id: String, net: Int64) throws(ACSError) -> Bool {
        func balance(_ code: String) throws(ACSError) -> Int64? {
            guard let bal = node.children("Bal").first(where: { $0.text("Tp", "CdOrPrtry", "Cd") == code }),
                  let amount = bal.child("Amt"), let currency = amount.attributes["Ccy"] else { return nil }
            let minor = try BankStatementFile.minorUnits(amount.text, currency: currency, what: "statement \(id) balance \(code)", total: true)
            return bal.text("CdtDbtInd") == "DBIT" ? -minor : minor
        }
        var opening = try balance("OPBD")
        if opening == nil { opening = try balance("PRCD") }
        guard let opening, let closing = try balance("CLBD") else { return false }
        let (expected, overflow) = opening.addingReportingOverflow(net)
        guard !overflow, expected == closing else {
            throw ACSError(.invalidArgument, "camt.053 statement \(id): the opening balance and the entries give \(expected), the closing balance says \(closing)")
        }
        return true
    }
}

/// An XML element read whole: name (without prefix), attributes, text and children.
final class XMLTree {
    let name: String
    let attributes: [String: String]
    var text = ""
    var elements: [XMLTree] = []

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// The first child named `name`.
    func child(_ name: String) -> XMLTree? { elements.first { $0.name == name } }
    /// The first descendant along `path`.
    func child(_ path: [String]) -> XMLTree? { path.reduce(Optional(self)) { $0?.child($1) } }
    /// Every child named `name`.
    func children(_ name: String) -> [XMLTree] { elements.filter { $0.name == name } }
    /// The trimmed text at `path`, if the element is there.
    func text(_ path: String...) -> String? { child(path).map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) } }

    /// The document's root element, or why it is not well-formed XML.
    static func parse(_ data: Data) throws(ACSError) -> XMLTree {
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            let line = parser.lineNumber
            throw ACSError(.invalidArgument, "not well-formed XML (line \(line)): \(parser.parserError.map { "\($0)" } ?? "no root element")")
        }
        // A document cut short can parse without an error: its open elements tell.
        if let open = builder.stack.last {
            throw ACSError(.invalidArgument, "not well-formed XML: the document ends inside <\(open.name)> (a file cut short?)")
        }
        return root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLTree?
        var stack: [XMLTree] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let node = XMLTree(name: elementName, attributes: attributes)
            if let parent = stack.last { parent.elements.append(node) } else { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
