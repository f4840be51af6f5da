using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LeadershipPortal.IntegrationTests.Infrastructure;

/// <summary>
/// Makes any database command fail during a request that carries the <see cref="Header"/> header, so tests
/// can prove what a user sees when something unexpected breaks. Requests without it are untouched.
/// </summary>
public sealed class FaultInjectionInterceptor(IHttpContextAccessor accessor) : DbCommandInterceptor
{
    public const string Header = "X-Test-Inject-Fault";

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        ThrowIfAsked();
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        ThrowIfAsked();
        return base.ReaderExecuting(command, eventData, result);
    }

    private void ThrowIfAsked()
    {
        if (accessor.HttpContext?.Request.Headers.ContainsKey(Header) == true)
        {
            throw new InvalidOperationException("Injected fault: secret internals must not reach the page.");
        }
    }
}
