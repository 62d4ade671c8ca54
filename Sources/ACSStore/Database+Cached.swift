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

    /// Runs `work` inside a savepoint of the current transaction, rolling back
    /// its changes alone when it throws.
    ///
    /// GRDB's `inSavepoint` prepares its three statements anew on every call;
    /// a group commit opens one savepoint per request (and a sync one per
    /// record), so these go through the statement cache instead. The name is
    /// the same at every depth: SQLite releases and rolls back to the
    /// innermost savepoint of that name.
    func inSavepointReturning<T>(_ work: (Database) throws -> T) throws -> T {
        // SQLite may have rolled the whole transaction back under an earlier job (disk
        // full, I/O error); a savepoint now would begin a transaction of its own.
        guard isInsideTransaction else {
            throw DatabaseError(resultCode: .SQLITE_ABORT, message: "the transaction this write belonged to was rolled back")
        }
        try run("SAVEPOINT acs")
        let result: T
        do {
            result = try work(self)
        } catch {
            do {
                try run("ROLLBACK TRANSACTION TO SAVEPOINT acs")
            } catch let rollback {
                // Never released after a failed rollback: that would keep the work's
                // writes. When SQLite already rolled the whole transaction back (disk
                // full, I/O error) the work's own error says why, and the commit fails too;
                // otherwise the rollback's error fails the whole write.
                let cause = (error as? RefusedItem)?.cause ?? error
                throw cause is DatabaseError ? cause : rollback
            }
            try? run("RELEASE SAVEPOINT acs")
            throw error
        }
        try run("RELEASE SAVEPOINT acs")
        return result
    }
}

extension Database {
    /// Refusals after which `writeEach` gives every remaining item a savepoint of its own.
    static let batchRefusalsBeforeItemByItem = 3

    /// Writes every item of a batch in one savepoint, and answers each item's value, or
    /// the error that refused it, in order.
    ///
    /// Not a savepoint per item: SQLite walks the pages a savepoint journalled from the
    /// start of its list at every release, so a savepoint per item costs quadratically in
    /// the batch. An item whose write throws an error `isRefusal` accepts is undone with
    /// the batch, which is written again without it; after a few refusals the rest goes
    /// item by item. Any other error fails the whole write, as does a refusal whose
    /// savepoint cannot be rolled back.
    func writeEach<Item, Value>(_ items: [Item], refusing isRefusal: (any Error) -> Bool,
                                _ write: (Item) throws -> Value) throws -> [Result<Value, any Error>] {
        var refused: [Int: any Error] = [:]
        while refused.count < Self.batchRefusalsBeforeItemByItem {
            do {
                return try inSavepointReturning { _ in
                    try items.enumerated().map { index, item in
                        if let error = refused[index] { return .failure(error) }
                        do {
                            return .success(try write(item))
                        } catch let error where isRefusal(error) {
                            throw RefusedItem(index: index, cause: error)
                        }
                    }
                }
            } catch let refusal as RefusedItem {
                refused[refusal.index] = refusal.cause
            }
        }
        return try items.enumerated().map { index, item in
            if let error = refused[index] { return .failure(error) }
            do {
                return .success(try inSavepointReturning { _ in try write(item) })
            } catch let error where isRefusal(error) {
                return .failure(error)
            }
        }
    }
}

/// An item of `writeEach`'s batch that was refused, by its place in the batch.
private struct RefusedItem: Error {
    let index: Int
    let cause: any Error
}
