import GRDB
import GRDBSQLite

/// A cached statement driven through SQLite's own calls: values are bound, stepped and
/// read without GRDB's per-value conversions (`StatementArguments` boxes every value in
/// an existential, `Row` copies every column). The ledger's hottest statements go
/// through it; the SQL is still prepared and cached by GRDB.
///
/// Fast path: with GRDB's `StatementArguments` and `Row.fetchAll` in its place (measured
/// 2026-12-03, median of 3 runs each), `acs-bench post` falls from 8,040 to 5,210
/// payments/s, `acs-bench sync` (200,000 accounts) from 43,670 to 25,400 accounts/s, and
/// `acs-bench cycle` (30,000 due) from 11,630 to 7,550 accounts/s.
///
/// Only for plain reads and writes inside a transaction GRDB opened: statements that
/// begin, end or mark a transaction (`SAVEPOINT`, `COMMIT`) must go through GRDB, which
/// keeps track of them.
struct RawStatement {
    private let handle: OpaquePointer
    private let database: Database
    /// Read only for an error message: GRDB computes its `sql` anew on each read.
    private let statement: Statement

    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    fileprivate init(_ statement: Statement, in database: Database) {
        handle = statement.sqliteStatement
        self.database = database
        self.statement = statement
    }

    /// Binds parameter `index` (from 1).
    func bind(_ index: Int32, _ value: Int64) throws {
        try check(sqlite3_bind_int64(handle, index, value))
    }

    /// Binds parameter `index` (from 1).
    func bind(_ index: Int32, _ value: String) throws {
        var value = value
        let code = value.withUTF8 { text in
            guard let base = text.baseAddress else { return sqlite3_bind_text(handle, index, "", 0, Self.transient) }
            guard text.count <= Int(Int32.max) else { return SQLITE_TOOBIG }
            return sqlite3_bind_text(handle, index, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), Int32(text.count), Self.transient)
        }
        try check(code)
    }

    /// Binds parameter `index` (from 1); nil binds NULL.
    func bind(_ index: Int32, _ value: String?) throws {
        if let value { try bind(index, value) } else { try check(sqlite3_bind_null(handle, index)) }
    }

    /// Binds parameter `index` (from 1); nil binds NULL.
    func bind(_ index: Int32, _ value: Int64?) throws {
        if let value { try bind(index, value) } else { try check(sqlite3_bind_null(handle, index)) }
    }

    /// Binds parameter `index` (from 1) as 1 or 0.
    func bind(_ index: Int32, _ value: Bool) throws {
        try bind(index, Int64(value ? 1 : 0))
    }

    /// A value SQLite refused to bind (too big, no memory): the statement fails.
    /// A parameter number out of range is a programming error and stops the process, as in GRDB.
    private func check(_ code: Int32) throws {
        guard code != SQLITE_OK else { return }
        precondition(code != SQLITE_RANGE, "parameter out of range in \(statement.sql)")
        throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errstr(code)), sql: statement.sql)
    }

    /// Steps once: true when a row is ready to read.
    func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code:
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(database.sqliteConnection)),
                                sql: statement.sql)
        }
    }

    /// Steps to the end (a write, or a read whose rows are not wanted).
    func run() throws {
        while try step() {}
    }

    /// Column `index` (from 0) of the current row.
    func int64(_ index: Int32) -> Int64 {
        sqlite3_column_int64(handle, index)
    }

    /// Column `index` (from 0) of the current row; NULL reads as "".
    func text(_ index: Int32) -> String {
        guard let text = sqlite3_column_text(handle, index) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, index))), as: UTF8.self)
    }
}

extension Database {
    /// Every row of `sql` (bound by `bind`), each read by `read`.
    func rawRows<T>(_ sql: String, bind: (RawStatement) throws -> Void, _ read: (RawStatement) throws -> T) throws -> [T] {
        try withRawStatement(sql) { statement in
            try bind(statement)
            var rows: [T] = []
            while try statement.step() { rows.append(try read(statement)) }
            return rows
        }
    }

    /// The first row of `sql` (bound by `bind`) read by `read`, or nil.
    func rawRow<T>(_ sql: String, bind: (RawStatement) throws -> Void, _ read: (RawStatement) throws -> T) throws -> T? {
        try withRawStatement(sql) { statement in
            try bind(statement)
            return try statement.step() ? try read(statement) : nil
        }
    }

    /// Runs `body` with the cached statement of `sql`, reset and cleared before and reset after.
    func withRawStatement<T>(_ sql: String, _ body: (RawStatement) throws -> T) throws -> T {
        let statement = try cachedStatement(sql: sql)
        // SQLite may have rolled the transaction back under an earlier statement; GRDB's own
        // path refuses then, and so does this one.
        guard isInsideTransaction else {
            throw DatabaseError(resultCode: .SQLITE_ABORT, message: "the transaction this write belonged to was rolled back", sql: sql)
        }
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        defer { sqlite3_reset(handle) }
        return try body(RawStatement(statement, in: self))
    }
}
