import ACSCore
import Foundation

/// Output helpers: aligned key/value tables for people, JSON for programs.
enum Terminal {
    /// Prints `acsctl: CODE: message` on stderr.
    static func error(_ error: ACSError) {
        var line = "acsctl: \(error.code.name): \(error.message)"
        for violation in error.violations where !error.message.contains(violation.description) {
            line += "\n  \(violation.field): \(violation.description)"
        }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Prints rows as `key  value` with the keys aligned.
    static func table(_ rows: [(String, String)]) {
        let width = rows.map(\.0.count).max() ?? 0
        for (key, value) in rows {
            print(key.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + value)
        }
    }

    /// Prints `value` as pretty, key-sorted JSON.
    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}
