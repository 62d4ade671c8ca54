import ArgumentParser
import Foundation

/// Reads RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, newlines inside
/// quotes) record by record, keeping the line number each record starts on.
struct CSVReader {
    private let bytes: [UInt8]
    private var offset = 0
    private var line = 1

    /// A reader over the whole of `data`.
    init(data: Data) {
        bytes = Array(data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
    }

    /// The next record and the line it starts on, or nil at the end.
    mutating func next() throws -> (line: Int, fields: [String])? {
        while offset < bytes.count, bytes[offset] == 0x0A || bytes[offset] == 0x0D {
            if bytes[offset] == 0x0A { line += 1 }
            offset += 1
        }
        guard offset < bytes.count else { return nil }
        let start = line
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            if quoted {
                if byte == 0x22 {
                    if offset < bytes.count, bytes[offset] == 0x22 { field.append(0x22); offset += 1 } else { quoted = false }
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
            } else if byte == 0x22 && field.isEmpty {
                quoted = true
            } else if byte == 0x2C {
                fields.append(String(decoding: field, as: UTF8.self))
                field = []
            } else if byte == 0x0A || byte == 0x0D {
                if byte == 0x0D, offset < bytes.count, bytes[offset] == 0x0A { offset += 1 }
                line += 1
                break
            } else {
                field.append(byte)
            }
        }
        guard !quoted else { throw CSVError(line: start, reason: "a quoted field is not closed") }
        fields.append(String(decoding: field, as: UTF8.self))
        return (start, fields)
    }
}

/// A CSV file that cannot be read.
struct CSVError: Error, CustomStringConvertible {
    let line: Int
    let reason: String
    var description: String { "line \(line): \(reason)" }
}

/// A CSV file with a header row: its records, each read by column name (case and spaces
/// around names ignored; a column the row lacks reads as empty).
struct CSVTable {
    private var reader: CSVReader
    private let index: [String: Int]

    /// The table of `data`, or nil when it has no header row; a usage error naming the
    /// `required` columns the header lacks.
    init?(data: Data, required: [String]) throws {
        reader = CSVReader(data: data)
        guard let header = try reader.next() else { return nil }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let missing = required.filter { !names.contains($0) }
        guard missing.isEmpty else { throw ValidationError("missing column(s): \(missing.joined(separator: ", "))") }
        index = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The next record: its line and its value of each column.
    mutating func next() throws -> (line: Int, value: (String) -> String)? {
        guard let row = try reader.next() else { return nil }
        let index = self.index
        return (row.line, { column in index[column].flatMap { row.fields.indices.contains($0) ? row.fields[$0] : nil } ?? "" })
    }
}
