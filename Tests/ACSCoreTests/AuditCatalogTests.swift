import ACSCore
import Foundation
import Testing

@Suite("Audit catalog")
struct AuditCatalogTests {
    /// The repository's top folder, from this file's place in it.
    private static let top = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("systemd/acsd.catalog is what the code renders (regenerate: make docs)")
    func catalogFile() throws {
        let committed = try String(contentsOf: Self.top.appendingPathComponent("systemd/acsd.catalog"), encoding: .utf8)
        #expect(committed == AuditCatalog.journaldCatalog())
    }

    @Test("docs/AUDIT.md is what the code renders (regenerate: make docs)")
    func documentFile() throws {
        let committed = try String(contentsOf: Self.top.appendingPathComponent("docs/AUDIT.md"), encoding: .utf8)
        #expect(committed == AuditCatalog.markdown())
    }

    @Test("every field an event carries is documented, once")
    func fieldsDocumented() {
        let documented = AuditField.documentation.map(\.name)
        #expect(Set(documented).count == documented.count)
        for kind in AuditEventKind.all {
            for field in kind.fields {
                #expect(AuditField.meaning(of: field) != nil, "\(kind.name): ACS_\(field) is not documented")
            }
        }
        for field in AuditField.callerFields + ["EVENT"] {
            #expect(AuditField.meaning(of: field) != nil)
        }
    }

    @Test("the catalog names every MESSAGE_ID")
    func everyID() {
        let catalog = AuditCatalog.journaldCatalog()
        for kind in AuditEventKind.all {
            #expect(catalog.contains("-- \(kind.messageID)\nSubject: acsd \(kind.name)\n"))
        }
    }
}
