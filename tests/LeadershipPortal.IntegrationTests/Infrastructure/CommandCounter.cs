using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LeadershipPortal.IntegrationTests.Infrastructure;

/// <summary>
/// Counts the SQL commands run while serving a request that carries the <see cref="Header"/> header, under the
/// header's value, so that a test can prove a page issues a bounded number of commands (no N+1).
/// </summary>
public sealed class CommandCounter(IHttpContextAccessor accessor) : DbCommandInterceptor
{
    public const string Header = "X-Test-Count-Commands";

    private readonly ConcurrentDictionary<string, int> _counts = new();

    public int CountFor(string key) => _counts.GetValueOrDefault(key);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count();
        return base.ReaderExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count();
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Count();
        return base.ScalarExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count();
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Count();
        return base.NonQueryExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count();
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Count()
    {
        if (accessor.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } key)
        {
            _counts.AddOrUpdate(key, 1, (_, n) => n + 1);
        }
    }
}
