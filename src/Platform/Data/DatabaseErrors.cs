using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ApprenantAgile.Platform.Data;

/// <summary>Classifies the database errors behind a <see cref="DbUpdateException"/> on SQLite and PostgreSQL.</summary>
public static class DatabaseErrors
{
    /// <summary>SQLITE_CONSTRAINT_UNIQUE: a UNIQUE index or constraint rejected the row (SQLite result code 19, extended 2067).</summary>
    private const int SqliteConstraintUnique = 2067;

    /// <summary>SQLITE_CONSTRAINT_PRIMARYKEY: the row repeats a non-integer primary key (SQLite result code 19, extended 1555).</summary>
    private const int SqliteConstraintPrimaryKey = 1555;

    /// <summary>
    /// Returns true when a unique index, unique constraint or primary key rejected the saved row:
    /// SQLite extended code 2067 or 1555, PostgreSQL SQLSTATE 23505 (unique_violation). Other
    /// constraint failures, such as NOT NULL or CHECK, and every other error return false.
    /// </summary>
    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
