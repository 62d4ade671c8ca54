import ACSCore
@testable import ACSPolicy
import Foundation
import Testing

/// The repository's top folder, from this file's path.
private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

@Suite("Policies and templates")
struct PolicyParserTests {
    @Test("the shipped policies and templates load")
    func shipped() throws {
        let library = try PolicyLibrary.load(policiesDirectory: "\(repository)/systemd/policies", templatesDirectory: "\(repository)/systemd/templates").get()
        #expect(library.set.policies.map(\.id) == ["consumer-standard", "smb-b2b"])
        #expect(library.set.policy(forSegment: "smb")?.id == "smb-b2b")
        #expect(library.set.policy(forSegment: "unknown")?.id == "consumer-standard", "the default policy takes the other segments")
        #expect(library.templates.template("courtesy", channel: .email, locale: "fr_FR")?.locale == "fr")
        #expect(library.templates.template("courtesy", channel: .email, locale: "ja_JP")?.locale == "")
    }

    @Test("a template is found for every locale the same way the first time and after, beyond the answers it remembers too")
    func templateLookupIsRemembered() throws {
        let templates = try TemplateLibrary(directory: "\(repository)/systemd/templates")
        let cases: [(String, ContactChannel, String, String?)] = [
            ("courtesy", .email, "fr_FR", "fr"), ("courtesy", .email, "FR", "fr"), ("courtesy", .email, "ja_JP", ""), ("courtesy", .email, "", ""),
            ("overdue", .sms, "en_US", ""), ("courtesy", .sms, "en_US", nil), ("nothing", .email, "fr_FR", nil),
        ]
        for round in 0..<3 {
            for (name, channel, locale, expected) in cases {
                #expect(templates.template(name, channel: channel, locale: locale)?.locale == expected, "\(name) \(locale) round \(round)")
            }
            #expect(templates.rememberedCount == (round == 0 ? cases.count : TemplateLibrary.resolvedLimit), "round \(round)")
            // Fill the memory: past its limit answers are worked out each time, and stay right.
            for index in 0..<TemplateLibrary.resolvedLimit {
                #expect(templates.template("courtesy", channel: .email, locale: "fr-x\(round)-\(index)")?.locale == "fr")
            }
            #expect(templates.rememberedCount == TemplateLibrary.resolvedLimit)
        }
    }

    @Test("every error is reported with its line and path")
    func errors() {
        let text = """
            id: p
            segments: [retail]
            profile: us
            stages:
              - name: a
                days_past_due: 3
                actions:
                  - { type: remind, channel: fax, template: x }
              - name: b
                days_past_due: 2
                actions: []
            """
        guard case .failure(let found) = PolicyParser.parse(text, file: "p.yaml") else { Issue.record("accepted"); return }
        #expect(found.errors.map(\.line) == [8, 10, 11])
        #expect(found.errors.map(\.path) == ["stages[0].actions[0].channel", "stages[1].days_past_due", "stages[1].actions"])
        guard case .failure(let yaml) = PolicyParser.parse("id: [", file: "y.yaml") else { Issue.record("accepted"); return }
        #expect((yaml.errors.first?.line ?? 0) > 0, "a YAML syntax error names its line")
    }

    @Test("a set with two defaults or a segment claimed twice is refused")
    func setRules() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("policies-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["a", "b"] {
            try "id: \(name)\nsegments: [retail]\ndefault: true\nprofile: us\nvalidation_notice: none\nstages: [{ name: s, days_past_due: 1, actions: [{ type: escalate_person, queue: q }] }]\n"
                .write(toFile: "\(folder)/\(name).yaml", atomically: true, encoding: .utf8)
        }
        guard case .failure(let found) = PolicyLibrary.load(policiesDirectory: folder, templatesDirectory: "\(folder)/none") else {
            Issue.record("accepted"); return
        }
        #expect(found.errors.map(\.path).sorted() == ["default", "segments"])
    }

    @Test("email and SMS templates without opt-out wording fail to load; email needs a subject")
    func optOutWording() {
        #expect(throws: PolicyError.self) { try TemplateLibrary.load(file: "t.sms.mustache", text: "Pay {{amount_due}} now", path: "t") }
        #expect(throws: PolicyError.self) { try TemplateLibrary.load(file: "t.email.mustache", text: "Pay. Reply STOP to opt out.", path: "t") }
        #expect(throws: Never.self) { try TemplateLibrary.load(file: "t.voice.mustache", text: "Please pay {{amount_due}}.", path: "t") }
        #expect(throws: Never.self) { try TemplateLibrary.load(file: "t.sms.mustache", text: "Pay. Reply STOP to opt out.", path: "t") }
    }

    @Test("templates render amounts for the locale with the currency's decimals, from minor units")
    func rendering() throws {
        let template = try TemplateLibrary.load(
            file: "t.email.mustache", text: "---\nsubject: \"{{creditor}}: {{amount_due}}\"\n---\n{{name}} owes {{amount_due}} since {{due_date}} ({{days_past_due}} days) <{{payment_link}}>. Unsubscribe: reply UNSUBSCRIBE.",
            path: "t")
        let values = TemplateValues(name: "Ana <Ruiz>", creditor: "Acme", amountDue: Money(minorUnits: 123_456, currency: "USD"), balances: [],
                                    dueDate: LocalDate("2026-03-01")!, daysPastDue: 12, paymentLink: "https://pay/x", stage: "s",
                                    urgency: "normal", accountID: "1", externalID: "C-1", locale: "en_US")
        let rendered = template.render(values)
        #expect(rendered.subject == "Acme: $1,234.56")
        #expect(rendered.body.hasPrefix("Ana <Ruiz> owes $1,234.56 since 2026-03-01 (12 days) <https://pay/x>."), "text is not HTML-escaped")
        #expect(TemplateValues.format(Money(minorUnits: 1_235, currency: "JPY"), locale: "en_US").hasSuffix("1,235"))
        #expect(TemplateValues.format(Money(minorUnits: 1_235, currency: "BHD"), locale: "en_US").hasSuffix("1.235"))
    }

    @Test("every variable TemplateValues documents renders, and an unknown one renders nothing")
    func everyVariable() throws {
        let names = ["name", "creditor", "amount_due", "balances", "due_date", "days_past_due", "days_until_due",
                     "payment_link", "stage", "urgency", "account_id", "external_id", "no_such_thing"]
        let template = try TemplateLibrary.load(
            file: "t.voice.mustache", text: names.map { "\($0)=[{{\($0)}}]" }.joined(separator: " "), path: "t")
        let values = TemplateValues(name: "Ana", creditor: "Acme", amountDue: Money(minorUnits: 500, currency: "EUR"),
                                    balances: [Money(minorUnits: 500, currency: "EUR"), Money(minorUnits: 7, currency: "JPY")],
                                    dueDate: LocalDate("2026-03-01")!, daysPastDue: -3, paymentLink: "https://pay/x", stage: "early",
                                    urgency: "low", accountID: "42", externalID: "C-1", locale: "en_GB")
        #expect(template.render(values).body == """
            name=[Ana] creditor=[Acme] amount_due=[€5.00] balances=[€5.00, JP¥7] due_date=[2026-03-01] days_past_due=[0] \
            days_until_due=[3] payment_link=[https://pay/x] stage=[early] urgency=[low] account_id=[42] external_id=[C-1] no_such_thing=[]
            """)
    }

    @Test("when: conditions on a stage and an action parse; a bad score band or an unknown key is refused by path")
    func conditions() throws {
        let text = """
            id: p
            default: true
            profile: uk
            stages:
              - name: s
                days_past_due: 1
                when: { segments: [vip], hold_free: true, score_band: [300, 650] }
                actions:
                  - { type: escalate_agency, agency: a, when: { min_balance: { USD: "25.00" }, max_balance: { USD: "5000.00" } } }
                  - { type: escalate_person, queue: q }
            """
        let stage = try PolicyParser.parse(text, file: "p.yaml").get().stages[0]
        #expect(stage.condition == StageCondition(segments: ["vip"], holdFree: true, scoreBand: 300...650))
        #expect(stage.actionConditions == [StageCondition(minBalance: [Money(minorUnits: 2_500, currency: "USD")],
                                                          maxBalance: [Money(minorUnits: 500_000, currency: "USD")]), nil])
        let bad = text.replacingOccurrences(of: "score_band: [300, 650]", with: "score_band: [650, 300], rich: true")
        guard case .failure(let found) = PolicyParser.parse(bad, file: "p.yaml") else { Issue.record("accepted"); return }
        #expect(found.errors.map(\.path).sorted() == ["stages[0].when.rich", "stages[0].when.score_band"])
    }

    @Test("validation_notice: a letter by default under us, email or none by choice, refused elsewhere; report_to_bureau names a bureau")
    func validationAndBureau() throws {
        let stages = "stages: [{ name: s, days_past_due: 1, actions: [{ type: report_to_bureau, bureau: equifax }] }]\n"
        let parse = { (head: String) in PolicyParser.parse("id: p\ndefault: true\n\(head)\n\(stages)", file: "p.yaml") }
        #expect(try parse("profile: us").get().validationNotice == .letter)
        #expect(try parse("profile: us\nvalidation_notice: email").get().validationNotice == .email)
        #expect(try parse("profile: us\nvalidation_notice: none").get().validationNotice == nil)
        #expect(try parse("profile: uk").get().validationNotice == nil)
        #expect(try parse("profile: us").get().stages[0].actions == [.reportToBureau(bureau: "equifax")])
        for (head, path) in [("profile: uk\nvalidation_notice: letter", "validation_notice"), ("profile: us\nvalidation_notice: sms", "validation_notice")] {
            guard case .failure(let found) = parse(head) else { Issue.record("accepted \(head)"); continue }
            #expect(found.errors.map(\.path) == [path], "\(head)")
        }
        let bad = PolicyParser.parse("id: p\ndefault: true\nprofile: us\nstages: [{ name: s, days_past_due: 1, actions: [{ type: report_to_bureau, bureau: \"a\\0b\" }] }]\n", file: "p.yaml")
        guard case .failure(let found) = bad else { Issue.record("a NUL in a bureau's name was accepted"); return }
        #expect(found.errors.map(\.path) == ["stages[0].actions[0].bureau"])
    }

    @Test("write_off needs a max_balance per currency; settlement_authority_bp names operator or admin, 0 to 10000")
    func writeOffAndAuthority() throws {
        let parse = { (head: String, action: String) in
            PolicyParser.parse("id: p\ndefault: true\nprofile: us\n\(head)\nstages: [{ name: s, days_past_due: 30, actions: [\(action)] }]\n", file: "p.yaml")
        }
        let small = "{ type: write_off, when: { max_balance: { USD: \"4.99\" } } }"
        let policy = try parse("settlement_authority_bp: { operator: 2500, admin: 5000 }", small).get()
        #expect(policy.stages[0].actions == [.writeOffSmallBalance(maxBalance: [Money(minorUnits: 499, currency: "USD")])])
        #expect(policy.settlementAuthority([.operator, .reader]) == 2_500 && policy.settlementAuthority(Set(Role.allCases)) == 5_000)
        #expect(policy.settlementAuthority([.reader, .delivery]) == 0)
        #expect(try parse("", small).get().settlementAuthority([.operator]) == 0, "no authority unless the policy grants it")
        #expect(try parse("", small).get().settlementAuthority([.admin]) == 10_000, "an admin may grant any unless the policy says")
        for (head, action, path) in [("", "{ type: write_off }", "stages[0].actions[0]"),
                                     ("", "{ type: write_off, when: { min_balance: { USD: \"1.00\" } } }", "stages[0].actions[0]"),
                                     ("settlement_authority_bp: { reader: 100 }", small, "settlement_authority_bp.reader"),
                                     ("settlement_authority_bp: { operator: 10001 }", small, "settlement_authority_bp.operator"),
                                     ("settlement_authority_bp: 2500", small, "settlement_authority_bp")] {
            guard case .failure(let found) = parse(head, action) else { Issue.record("accepted \(head) \(action)"); continue }
            #expect(found.errors.map(\.path) == [path], "\(head) \(action)")
        }
    }
}
