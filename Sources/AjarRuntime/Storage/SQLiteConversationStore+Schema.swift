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
        return migrator
    }
}
