using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace LeadershipPortal.Web.Data;

/// <summary>
/// How the portal writes to SQLite when many people write at once: every connection waits for a lock
/// (busy timeout), every transaction takes the write lock when it begins (<c>BEGIN IMMEDIATE</c>, so a
/// read-then-write transaction can never be refused halfway), and a statement or SaveChanges refused with
/// SQLITE_BUSY or SQLITE_LOCKED is tried again a bounded number of times, so "database is locked" never
/// reaches a person. Used only for the SQLite provider.
/// </summary>
public static class SqliteConcurrency
{
    /// <summary>Retries after a busy or locked refusal, each after a growing, jittered delay of at most <see cref="MaxRetryDelay"/>.</summary>
    public const int MaxRetryCount = 6;

    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(2);

    /// <summary>SQLite on this connection string with the portal's locking rules and retries.</summary>
    public static TBuilder UsePortalSqlite<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options.UseSqlite(connectionString, sqlite => sqlite.ExecutionStrategy(dependencies => new SqliteRetryingExecutionStrategy(dependencies)))
            .AddInterceptors(new SqlitePragmaInterceptor(), new SqliteImmediateTransactionInterceptor());
        return options;
    }

    /// <summary>SQLITE_BUSY (5) or SQLITE_LOCKED (6) anywhere in the exception's chain: "database is locked".</summary>
    public static bool IsBusy(Exception? exception) => exception switch
    {
        null => false,
        SqliteException { SqliteErrorCode: 5 or 6 } => true,
        _ => IsBusy(exception.InnerException),
    };
}

/// <summary>
/// Every connection waits up to five seconds for a lock instead of failing at once, and enforces foreign keys.
/// The WAL journal is a property of the file and is switched on when the database is migrated.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is SqliteConnection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (connection is SqliteConnection)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}

/// <summary>
/// Begins every SQLite transaction with <c>BEGIN IMMEDIATE</c>: the write lock is taken (waiting with the busy
/// timeout) before the transaction reads anything. A deferred transaction that reads and then writes can be
/// refused at its first write when another writer committed in between, and waiting cannot cure that.
/// </summary>
internal sealed class SqliteImmediateTransactionInterceptor : DbTransactionInterceptor
{
    public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result) =>
        Immediate(connection, eventData.IsolationLevel, result);

    public override ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Immediate(connection, eventData.IsolationLevel, result));

    private static InterceptionResult<DbTransaction> Immediate(DbConnection connection, IsolationLevel isolationLevel, InterceptionResult<DbTransaction> result) =>
        connection is SqliteConnection sqlite && !result.HasResult && isolationLevel is IsolationLevel.Unspecified or IsolationLevel.Serializable
            ? InterceptionResult<DbTransaction>.SuppressWithResult(sqlite.BeginTransaction(IsolationLevel.Serializable, deferred: false))
            : result;
}

/// <summary>
/// Tries an operation again when SQLite answered busy or locked. An operation inside a transaction the code
/// began itself is not retried (the transaction holds the write lock from its start, so it only waits); the
/// portal's own SaveChanges opens its transaction inside this strategy so it can be retried whole.
/// </summary>
internal sealed class SqliteRetryingExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : ExecutionStrategy(dependencies, SqliteConcurrency.MaxRetryCount, SqliteConcurrency.MaxRetryDelay)
{
    protected override void OnFirstExecution()
    {
        // Code that began its own transaction runs once, inside it, instead of being refused.
        if (!InUserTransaction)
        {
            base.OnFirstExecution();
        }
    }

    protected override bool ShouldRetryOn(Exception exception) => !InUserTransaction && SqliteConcurrency.IsBusy(exception);

    private bool InUserTransaction => Dependencies.CurrentContext.Context.Database.CurrentTransaction is not null;
}
