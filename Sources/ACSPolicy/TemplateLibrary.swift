public import ACSCore
import Foundation
import Mustache
import Yams

/// The reminder templates of a directory, one Mustache file per name, channel and
/// locale: `NAME.CHANNEL.LOCALE.mustache` (e.g. `overdue.email.en-US.mustache`) or
/// `NAME.CHANNEL.mustache` for every locale. A file may start with front matter:
///
/// ```
/// ---
/// subject: Your payment to {{creditor}} is {{days_past_due}} days late
/// threatens_suit: false
/// cease_notice: false
/// ---
/// Dear {{name}}, ...
/// ```
///
/// A `cease_notice: true` template is the one notice HOLD-CEASE allows (that collection
/// ends, or that a named remedy will be used): it goes out only under that hold, once.
/// Email templates need a subject. Email and SMS templates must carry opt-out wording
/// (OPTOUT-ELECTRONIC): a file without it fails to load.
public struct TemplateLibrary: Sendable {
    /// One loaded template.
    public struct Template: Sendable {
        /// Its name.
        public var name: String
        /// Its channel.
        public var channel: ContactChannel
        /// Its locale, normalised (`en-us`); "" for every locale.
        public var locale: String
        /// True when it threatens suit (refused on time-barred debt).
        public var threatensSuit: Bool
        /// True when it is the notice HOLD-CEASE allows.
        public var ceaseNotice: Bool
        let subject: MustacheTemplate?
        let body: MustacheTemplate
        /// The subject and body as `PlainTemplate`s, when they are plain: rendered without Mustache.
        let plainSubject: PlainTemplate?
        let plainBody: PlainTemplate?

        /// True when subject and body render without Mustache (`PlainTemplate`).
        var isPlain: Bool { plainBody != nil && (subject == nil || plainSubject != nil) }
    }

    /// The keys a template's front matter may have.
    static let frontMatterKeys = ["subject", "threatens_suit", "cease_notice"]

    /// Words that count as an opt-out statement in email and SMS.
    public static let optOutWording = ["unsubscribe", "opt out", "opt-out", "reply stop", "text stop"]

    /// The directory read.
    public let directory: String
    private let templates: [String: Template]
    private let resolved = Locked<[Wanted: Template?]>([:])

    /// An empty library.
    public init() {
        directory = ""
        templates = [:]
    }

    /// Loads every `.mustache` file of `directory`; a missing directory is an empty library.
    public init(directory: String) throws(PolicyError) {
        self.directory = directory
        var templates: [String: Template] = [:]
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
        for file in files {
            let text: String
            do { text = try String(contentsOfFile: "\(directory)/\(file)", encoding: .utf8) } catch {
                throw PolicyError(file: "\(directory)/\(file)", message: "cannot read: \(error.localizedDescription)")
            }
            let template = try Self.load(file: file, text: text, path: "\(directory)/\(file)")
            templates[Self.key(template.name, template.channel, template.locale)] = template
        }
        self.templates = templates
    }

    /// Parses one template file's text; `file` is its name (`NAME.CHANNEL[.LOCALE].mustache`).
    public static func load(file: String, text: String, path: String) throws(PolicyError) -> Template {
        let parts = file.dropLast(".mustache".count).split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard (2...3).contains(parts.count), !parts[0].isEmpty, let channel = ContactChannel(rawValue: parts[1]) else {
            throw PolicyError(file: path, message: "name a template NAME.CHANNEL[.LOCALE].mustache with CHANNEL one of email, sms, voice, letter")
        }
        let (front, body, bodyLine) = try frontMatter(text, path: path)
        if front["subject"] == nil && channel == .email {
            throw PolicyError(file: path, line: 1, message: "an email template needs a subject in its front matter (---\\nsubject: ...\\n---)")
        }
        if channel == .email || channel == .sms {
            let lower = body.lowercased()
            guard optOutWording.contains(where: lower.contains) else {
                throw PolicyError(file: path, line: bodyLine, path: "body",
                                  message: "OPTOUT-ELECTRONIC: an \(channel.rawValue) template must tell the debtor how to opt out (one of: \(optOutWording.joined(separator: ", ")))")
            }
        }
        do {
            return Template(name: parts[0], channel: channel, locale: parts.count == 3 ? normalise(parts[2]) : "",
                            threatensSuit: front["threatens_suit"] == "true", ceaseNotice: front["cease_notice"] == "true",
                            subject: try front["subject"].map { try MustacheTemplate(string: "{{% CONTENT_TYPE:TEXT}}" + $0) },
                            body: try MustacheTemplate(string: "{{% CONTENT_TYPE:TEXT}}" + body),
                            plainSubject: front["subject"].flatMap(PlainTemplate.init), plainBody: PlainTemplate(body))
        } catch {
            throw PolicyError(file: path, line: bodyLine, message: "not a valid Mustache template: \(error)")
        }
    }

    private static func frontMatter(_ text: String, path: String) throws(PolicyError) -> ([String: String], String, Int) {
        guard text.hasPrefix("---\n") else { return ([:], text, 1) }
        let rest = text.dropFirst(4)
        guard let end = rest.range(of: "\n---\n") else { throw PolicyError(file: path, line: 1, message: "front matter has no closing ---") }
        let yaml = String(rest[..<end.lowerBound])
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).count + 2
        guard let values = (try? Yams.load(yaml: yaml)) as? [String: Any] else {
            throw PolicyError(file: path, line: 2, message: "front matter must be YAML keys: \(frontMatterKeys.joined(separator: ", "))")
        }
        for key in values.keys where !frontMatterKeys.contains(key) {
            throw PolicyError(file: path, line: 2, path: key, message: "unknown front matter key; known: \(frontMatterKeys.joined(separator: ", "))")
        }
        return (values.mapValues { "\($0)" }, String(rest[end.upperBound...]), lines + 1)
    }

    /// True when a template `name` exists for `channel` in some locale.
    public func has(_ name: String, channel: ContactChannel) -> Bool {
        templates.values.contains { $0.name == name && $0.channel == channel }
    }

    /// The template for `name` and `channel` best matching `locale`: exact, then the
    /// language, then the one for every locale, then English. The answer is remembered
    /// for the next account asking the same (up to `resolvedLimit` answers).
    public func template(_ name: String, channel: ContactChannel, locale: String) -> Template? {
        let key = Wanted(name: name, channel: channel, locale: locale)
        if let known = resolved.withLock({ $0[key] }) { return known }
        let template = resolve(name, channel: channel, locale: locale)
        resolved.withLock { if $0.count < Self.resolvedLimit { $0[key] = template } }
        return template
    }

    /// How many answers `template(_:channel:locale:)` remembers now.
    var rememberedCount: Int { resolved.withLock(\.count) }

    /// What was asked of `template(_:channel:locale:)`.
    private struct Wanted: Hashable {
        let name: String
        let channel: ContactChannel
        let locale: String
    }

    /// How many answers `template(_:channel:locale:)` remembers: locales come from the
    /// accounts, so a bound keeps a portfolio of odd ones from growing the memory.
    static let resolvedLimit = 4_096

    private func resolve(_ name: String, channel: ContactChannel, locale: String) -> Template? {
        let wanted = Self.normalise(locale)
        let language = String(wanted.split(separator: "-").first ?? "")
        for candidate in [wanted, language, "", "en"] {
            if let template = templates[Self.key(name, channel, candidate)] { return template }
        }
        return templates.values.filter { $0.name == name && $0.channel == channel }.min { $0.locale < $1.locale }
    }

    /// Every template, by name, channel and locale.
    public var all: [Template] { templates.values.sorted { Self.key($0.name, $0.channel, $0.locale) < Self.key($1.name, $1.channel, $1.locale) } }

    static func key(_ name: String, _ channel: ContactChannel, _ locale: String) -> String { "\(name).\(channel.rawValue).\(locale)" }

    static func normalise(_ locale: String) -> String {
        // Every locale the engine sees is ASCII (`en_US`): mapped byte by byte, without Foundation.
        guard locale.utf8.allSatisfy({ $0 < 0x80 }) else { return locale.replacingOccurrences(of: "_", with: "-").lowercased() }
        return String(decoding: locale.utf8.map { byte in
            byte == UInt8(ascii: "_") ? UInt8(ascii: "-") : (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
        }, as: UTF8.self)
    }
}

extension TemplateLibrary.Template {
    /// Renders subject and body with `values`: a plain template by joining its pieces,
    /// any other through Mustache.
    public func render(_ values: TemplateValues) -> (subject: String, body: String) {
        guard isPlain, let plainBody else { return renderWithMustache(values) }
        return (plainSubject.map { Self.trimmed($0.render(values)) } ?? "", plainBody.render(values))
    }

    /// Renders subject and body through Mustache, whatever the template.
    func renderWithMustache(_ values: TemplateValues) -> (subject: String, body: String) {
        // No dictionary is built: Mustache asks for each variable it meets.
        let context = TemplateContext(values: values)
        return (subject.map { Self.trimmed($0.render(context)) } ?? "", body.render(context))
    }

    /// A subject without the blanks and newlines around it.
    private static func trimmed(_ subject: String) -> String {
        guard let first = subject.unicodeScalars.first, let last = subject.unicodeScalars.last,
              first.properties.isWhitespace || last.properties.isWhitespace else { return subject }
        return subject.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// The values as Mustache sees them: what `{{name}}` and the other variables read
/// (`TemplateValues.text(of:)`), found through one non-generic conformance.
struct TemplateContext: MustacheParent {
    let values: TemplateValues

    func child(named name: String) -> Any? { values.text(of: name) }
}
