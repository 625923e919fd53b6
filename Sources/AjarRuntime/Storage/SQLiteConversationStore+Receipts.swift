public import Foundation
import GRDB

/// Request receipts (`webhook_receipt`): the answer to each signed request, by a digest of its id,
/// kept for ``receiptRetention`` and pruned on insert at most once a minute.
extension SQLiteConversationStore {
    public func receipt(for key: String) async throws -> RequestReceipt? {
        try await pool.read { db in
            try Row.fetchOne(
                db, sql: "SELECT request_hash, status, body, created_at FROM webhook_receipt WHERE id = ?", arguments: [key]
            ).map { row in
                RequestReceipt(
                    key: key, requestHash: row["request_hash"], status: row["status"], body: row["body"],
                    createdAt: Date(milliseconds: row["created_at"]))
            }
        }
    }

    public func record(_ receipt: RequestReceipt, reminders: [Reminder]) async throws {
        try await pool.write { db in
            for reminder in reminders { try Self.insert(reminder, into: db) }
            try insert(receipt, into: db)
        }
    }

    @discardableResult
    public func pruneReceipts(createdBefore time: Date) async throws -> Int {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM webhook_receipt WHERE created_at < ?", arguments: [time.milliseconds])
            return db.changesCount
        }
    }

    /// Inserts a receipt (a second one for the same key fails, rolling back the transaction and
    /// what else it held), pruning expired ones first when the last prune is a minute old.
    /// Times are the receipts' own (`createdAt`), so an injected clock governs pruning too.
    func insert(_ receipt: RequestReceipt, into db: Database) throws {
        let now = receipt.createdAt.milliseconds
        let prune = lastReceiptPrune.withLock { last -> Bool in
            if let last, now >= last, now - last < 60_000 { return false }
            last = now
            return true
        }
        if prune {
            let cutoff = now - Int64((receiptRetention * 1000).rounded())
            try db.execute(sql: "DELETE FROM webhook_receipt WHERE created_at < ?", arguments: [cutoff])
        }
        try db.cachedStatement(sql: "INSERT INTO webhook_receipt (id, request_hash, status, body, created_at) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [receipt.key, receipt.requestHash, receipt.status, receipt.body, now])
    }
}
