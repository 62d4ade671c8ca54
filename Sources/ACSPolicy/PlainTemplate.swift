/// A template made only of text and plain variable tags (`{{name}}`, `{{ amount_due }}`),
/// which is what reminder templates mostly are: rendered by joining its pieces, without
/// Mustache's lookups through the context stack and its dynamic casts for every tag.
///
/// `init` answers nil for anything else (sections, inverted sections, partials, comments,
/// `{{{triple}}}` and `{{&unescaped}}` tags, dotted names, transforms, set delimiters,
/// pragmas, a tag left open), and for text whose edges Mustache treats as more than text
/// (`hasMustacheEdges`) or where a tag's braces touch a character that is not ASCII
/// (Mustache reads characters, and `{` can join what comes before it); such a template
/// renders through Mustache. Templates render as plain text (`CONTENT_TYPE:TEXT`), so a
/// variable is written as it is, unescaped, and a variable nothing defines is written as
/// nothing, as Mustache does.
///
/// Fast path: `acs-bench cycle` (30,000 accounts due, every reminder rendered) makes 11,280
/// accounts/s with it and 10,440 with every template through Mustache: 8% (median runs,
/// 2026-12-03; `PlainTemplateTests` holds the two equal).
struct PlainTemplate: Sendable {
    /// A run of text, or a variable's value.
    enum Piece: Sendable, Equatable {
        case text(String)
        case variable(TemplateValues.Variable?)
    }

    /// The pieces, in order.
    let pieces: [Piece]
    /// Room for the text and a typical value per variable, reserved before rendering.
    private let capacity: Int

    /// Reads `source` (without the content-type pragma acsd puts in front for Mustache).
    init?(_ source: String) {
        guard !Self.hasMustacheEdges(source) else { return nil }
        let bytes = Array(source.utf8)
        var pieces: [Piece] = []
        var index = 0, textStart = 0
        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            guard index == 0 || bytes[index - 1] < 0x80, let (name, end) = Self.variableTag(bytes, at: index + 2),
                  end == bytes.count || bytes[end] < 0x80 else { return nil }
            if index > textStart { pieces.append(.text(String(decoding: bytes[textStart..<index], as: UTF8.self))) }
            pieces.append(.variable(TemplateValues.Variable(rawValue: name)))
            index = end
            textStart = end
        }
        if textStart < bytes.count { pieces.append(.text(String(decoding: bytes[textStart...], as: UTF8.self))) }
        self.pieces = pieces
        capacity = pieces.reduce(0) { total, piece in
            if case .text(let run) = piece { total + run.utf8.count } else { total + 24 }
        }
    }

    /// True when the first line is blank (the pragma acsd puts in front makes it a line
    /// Mustache drops as standalone) or the text ends in a line of only blanks (which
    /// Mustache leaves out).
    static func hasMustacheEdges(_ source: String) -> Bool {
        let isBlank = { (character: Character) in character == " " || character == "\t" }
        if let first = source.drop(while: isBlank).first, first.isNewline { return true }
        let blanks = source.reversed().prefix(while: isBlank).count
        guard blanks > 0 else { return false }
        return source.dropLast(blanks).last.map(\.isNewline) ?? true
    }

    /// The name of the plain variable tag whose name may start at `start` (after `{{`),
    /// and the index just past its `}}`; nil when the tag is anything else.
    private static func variableTag(_ bytes: [UInt8], at start: Int) -> (String, Int)? {
        var cursor = skipBlanks(bytes, from: start)
        let nameStart = cursor
        while cursor < bytes.count, isNameByte(bytes[cursor]) { cursor += 1 }
        guard cursor > nameStart else { return nil }
        let name = String(decoding: bytes[nameStart..<cursor], as: UTF8.self)
        cursor = skipBlanks(bytes, from: cursor)
        guard cursor + 1 < bytes.count, bytes[cursor] == UInt8(ascii: "}"), bytes[cursor + 1] == UInt8(ascii: "}") else { return nil }
        return (name, cursor + 2)
    }

    private static func skipBlanks(_ bytes: [UInt8], from start: Int) -> Int {
        var cursor = start
        while cursor < bytes.count, bytes[cursor] == UInt8(ascii: " ") || bytes[cursor] == UInt8(ascii: "\t") { cursor += 1 }
        return cursor
    }

    /// Letters, digits and `_`: Mustache allows more (`.`, `-`, `?`, `*`, brackets), and
    /// those tags go to Mustache.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"): true
        default: false
        }
    }

    /// The text with `values` in place of the variables.
    func render(_ values: TemplateValues) -> String {
        var text = ""
        text.reserveCapacity(capacity)
        for piece in pieces {
            switch piece {
            case .text(let run): text += run
            case .variable(let variable?): text += values.text(of: variable)
            case .variable(nil): break
            }
        }
        return text
    }
}
