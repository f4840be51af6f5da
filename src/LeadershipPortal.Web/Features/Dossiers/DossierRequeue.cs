using Hangfire;
using LeadershipPortal.Domain.Dossiers;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.Dossiers;

/// <summary>
/// At start-up, removes the temporary files of dossier writes a crash interrupted, then enqueues again every request left Queued or Running (a crash, a lost enqueue, a restart during a
/// build). The job is safe to run twice, so a request that also still has its old job is built once.
/// </summary>
public sealed partial class DossierRequeue(IServiceScopeFactory scopes, IDossierStore store, ILogger<DossierRequeue> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var removed = await store.RemoveInterruptedWritesAsync(cancellationToken);
            if (removed > 0)
            {
                RemovedLeftovers(logger, removed);
            }

            await RequeueAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A start-up without dossiers re-queued is better than no start-up; the next start tries again.
            NotRequeued(logger, e);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Returns the ids enqueued again.</summary>
    public async Task<IReadOnlyList<int>> RequeueAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var jobs = scope.ServiceProvider.GetRequiredService<IBackgroundJobClient>();
        var ids = await db.DossierRequests
            .Where(r => r.Status == DossierStatus.Queued || r.Status == DossierStatus.Running)
            .OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(cancellationToken);
        foreach (var id in ids)
        {
            jobs.Enqueue<DossierJob>(job => job.RunAsync(id, CancellationToken.None));
        }

        Requeued(logger, ids.Count);
        return ids;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-queued {Count} unfinished dossier requests")]
    private static partial void Requeued(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removed {Count} temporary dossier files left by an interrupted write")]
    private static partial void RemovedLeftovers(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unfinished dossier requests could not be re-queued")]
    private static partial void NotRequeued(ILogger logger, Exception exception);
}
