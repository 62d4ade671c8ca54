public import ACSCore
public import Foundation
import CSystemd
#if canImport(Glibc)
import Glibc
#endif

/// One journal entry as read back: its fields and when journald received it.
public struct JournalEntry: Sendable, Hashable {
    /// Every field of the entry, e.g. `ACS_EVENT` → `daemon.started`.
    public var fields: [String: String]
    /// The entry's realtime timestamp.
    public var time: Date

    /// The `ACS_EVENT` value.
    public var event: String? { fields["ACS_EVENT"] }
}

/// Reads entries back from the local journal with sd-journal.
public enum JournalReader {
    /// Entries whose fields equal every `matches` pair (e.g. `ACS_ACCOUNT` → `A-1`),
    /// received at or after `since`, oldest first.
    public static func entries(matching matches: [String: String], since: Date? = nil) throws(ACSError) -> [JournalEntry] {
        var journal: OpaquePointer?
        let opened = sd_journal_open(&journal, Int32(SD_JOURNAL_LOCAL_ONLY))
        guard opened >= 0, let journal else {
            throw ACSError(.unavailable, "cannot open the journal: \(String(cString: strerror(-opened)))")
        }
        defer { sd_journal_close(journal) }
        for (field, value) in matches.sorted(by: { $0.key < $1.key }) {
            let match = Array("\(field)=\(value)".utf8)
            _ = match.withUnsafeBytes { sd_journal_add_match(journal, $0.baseAddress, $0.count) }
        }
        if let since {
            sd_journal_seek_realtime_usec(journal, UInt64(max(0, since.timeIntervalSince1970) * 1_000_000))
        }
        var entries: [JournalEntry] = []
        while sd_journal_next(journal) > 0 {
            entries.append(entry(at: journal))
        }
        return entries
    }

    private static func entry(at journal: OpaquePointer) -> JournalEntry {
        var fields: [String: String] = [:]
        var data: UnsafeRawPointer?
        var length = 0
        sd_journal_restart_data(journal)
        while sd_journal_enumerate_data(journal, &data, &length) > 0, let data {
            let text = String(decoding: UnsafeRawBufferPointer(start: data, count: length), as: UTF8.self)
            guard let equals = text.firstIndex(of: "=") else { continue }
            fields[String(text[..<equals])] = String(text[text.index(after: equals)...])
        }
        var microseconds: UInt64 = 0
        sd_journal_get_realtime_usec(journal, &microseconds)
        return JournalEntry(fields: fields, time: Date(timeIntervalSince1970: Double(microseconds) / 1_000_000))
    }
}
