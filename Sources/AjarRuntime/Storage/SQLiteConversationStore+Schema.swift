import GRDB

extension SQLiteConversationStore {
    /// Every schema change is a new migration appended here; released ones are never edited.
    /// Times are integer milliseconds since 1970 (UTC); sessions are their compact JSON.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: sessions and reminders") { db in
            try db.execute(sql: """
                CREATE TABLE session (
                    conversation TEXT PRIMARY KEY NOT NULL,
                    data TEXT NOT NULL,
                    updated_at INTEGER NOT NULL
                ) WITHOUT ROWID;

                CREATE TABLE reminder (
                    id TEXT PRIMARY KEY NOT NULL,
                    conversation TEXT,
                    target TEXT NOT NULL,
                    text TEXT NOT NULL,
                    due_at INTEGER NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
                    attempts INTEGER NOT NULL DEFAULT 0,
                    created_at INTEGER NOT NULL
                );
                CREATE INDEX reminder_due ON reminder (status, due_at);
                CREATE INDEX reminder_conversation ON reminder (conversation);
                CREATE INDEX reminder_target ON reminder (target);
                """)
        }
        migrator.registerMigration("v2: cancelled reminders") { db in
            // SQLite cannot change a CHECK constraint in place: rebuild the table.
            try db.execute(sql: """
                CREATE TABLE reminder_v2 (
                    id TEXT PRIMARY KEY NOT NULL,
                    conversation TEXT,
                    target TEXT NOT NULL,
                    text TEXT NOT NULL,
                    due_at INTEGER NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed', 'cancelled')),
                    attempts INTEGER NOT NULL DEFAULT 0,
                    created_at INTEGER NOT NULL
                );
                INSERT INTO reminder_v2 SELECT id, conversation, target, text, due_at, status, attempts, created_at FROM reminder;
                DROP TABLE reminder;
                ALTER TABLE reminder_v2 RENAME TO reminder;
                CREATE INDEX reminder_due ON reminder (status, due_at);
                CREATE INDEX reminder_conversation ON reminder (conversation);
                CREATE INDEX reminder_target ON reminder (target);
                """)
        }
        migrator.registerMigration("v3: reminder claims and request receipts") { db in
            // Claims: a scheduler holds a due reminder until `claimed_until` (milliseconds), under
            // its `claim_token`; a crashed scheduler's claims simply expire. The due query
            // (pending, due_at <= now, in due order) reads one index range in order; the claim index
            // holds only the few claimed rows (marking or rescheduling clears the claim).
            // Receipts leave the session table (where they were `webhook-receipt:` pseudo-sessions,
            // never pruned) for a table of their own, pruned by `created_at`; the old ones go.
            try db.execute(sql: """
                ALTER TABLE reminder ADD COLUMN claimed_until INTEGER;
                ALTER TABLE reminder ADD COLUMN claim_token TEXT;
                DROP INDEX reminder_due;
                CREATE INDEX reminder_due_order ON reminder (status, due_at, created_at, id);
                CREATE INDEX reminder_claim ON reminder (claim_token, claimed_until) WHERE claim_token IS NOT NULL;

                CREATE TABLE webhook_receipt (
                    id TEXT PRIMARY KEY NOT NULL,
                    request_hash TEXT NOT NULL,
                    status INTEGER NOT NULL,
                    body TEXT NOT NULL,
                    created_at INTEGER NOT NULL
                ) WITHOUT ROWID;
                CREATE INDEX webhook_receipt_created ON webhook_receipt (created_at);

                DELETE FROM session WHERE conversation LIKE 'webhook-receipt:%';
                """)
        }
        migrator.registerMigration("v4: safety records") { db in
            // One row per conversation, apart from its session: /restart and new sessions leave
            // it; only forget deletes it. `state` is the safety layer's own JSON.
            try db.execute(sql: """
                CREATE TABLE safety_record (
                    conversation TEXT PRIMARY KEY NOT NULL,
                    concern TEXT CHECK (concern IN ('crisis', 'abuse', 'harm_to_others')),
                    first_flagged_at INTEGER,
                    last_flagged_at INTEGER,
                    count INTEGER NOT NULL DEFAULT 0,
                    state TEXT NOT NULL DEFAULT '{}'
                ) WITHOUT ROWID;
                """)
        }
        return migrator
    }
}
