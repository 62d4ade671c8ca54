import ACSCore
import Foundation
import Testing

/// docs/COMPLIANCE-TESTS.md against the code: a row for every rule, and every test it
/// names exists.
@Suite("Compliance rules table")
struct ComplianceTableTests {
    /// The repository's top folder, from this file's place in it.
    private static let top = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// COMPLIANCE.md's rules that no gate decision names (they are workflows, not verdicts).
    static let workflowRules = ["VALIDATION", "CREDIT-REPORT-WAIT", "EU-LATE-B2B"]

    /// The table's rows: rule id, and the tests its third column names (`File: description`).
    static func rows() throws -> [(rule: String, tests: [String])] {
        let text = try String(contentsOf: top.appendingPathComponent("docs/COMPLIANCE-TESTS.md"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 6, cells[1].first?.isUppercase == true, cells[1] != "rule" else { return nil }
            let tests = cells[3].split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
            return (cells[1], tests)
        }
    }

    @Test("every rule acsd knows has a row")
    func everyRule() throws {
        let rules = Set(try Self.rows().map(\.rule))
        for rule in ComplianceRule.allCases.map(\.rawValue) + Self.workflowRules {
            #expect(rules.contains(rule), "docs/COMPLIANCE-TESTS.md has no row for \(rule)")
        }
    }

    @Test("every test the table names exists, in the file it names")
    func testsExist() throws {
        let tests = Self.top.appendingPathComponent("Tests")
        let files = FileManager.default.enumerator(atPath: tests.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        var sources: [String: String] = [:]
        for file in files { sources[URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent] = try String(contentsOf: tests.appendingPathComponent(file), encoding: .utf8) }
        for (rule, named) in try Self.rows() {
            for test in named {
                let parts = test.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                #expect(parts.count == 2 && sources[parts[0]]?.contains("@Test(\"\(parts[1])\"") == true, "\(rule): no test \(test)")
            }
        }
    }
}
