import GRDB

/// Statements the ledger runs on every request, prepared once per connection.
extension Database {
    /// Executes `sql` through the statement cache.
    func run(_ sql: String, _ arguments: StatementArguments = []) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }

    /// Rows of `sql`, through the statement cache.
    func rows(_ sql: String, _ arguments: StatementArguments = []) throws -> [Row] {
        try Row.fetchAll(cachedStatement(sql: sql), arguments: arguments)
    }

    /// The first row of `sql`, through the statement cache.
    func row(_ sql: String, _ arguments: StatementArguments = []) throws -> Row? {
        try Row.fetchOne(cachedStatement(sql: sql), arguments: arguments)
    }

    /// The first column of the first row of `sql`, through the statement cache.
    func value<T: DatabaseValueConvertible & StatementColumnConvertible>(_ type: T.Type, _ sql: String, _ arguments: StatementArguments = []) throws -> T? {
        try T.fetchOne(cachedStatement(sql: sql), arguments: arguments)
    }

    /// The first column of every row of `sql`, through the statement cache.
    func values<T: DatabaseValueConvertible & StatementColumnConvertible>(_ type: T.Type, _ sql: String, _ arguments: StatementArguments = []) throws -> [T] {
        try T.fetchAll(cachedStatement(sql: sql), arguments: arguments)
    }
}
