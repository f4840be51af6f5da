using LeadershipPortal.Domain.Audit;
using LeadershipPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.Audit;

/// <summary>Appends to the hash-chained audit log. Callers save the event with their own change, in one transaction.</summary>
public sealed class AuditLog(PortalDbContext db, TimeProvider time)
{
    /// <summary>
    /// Adds the next event to the context (not yet saved). Events added earlier in the same unit of work are
    /// chained in order; the unique sequence index refuses a concurrent fork of the chain.
    /// </summary>
    public async Task<AuditEvent> AddAsync(string actorUserId, string action, string entityType, string entityId, string details, CancellationToken cancellationToken = default)
    {
        var previous = db.ChangeTracker.Entries<AuditEvent>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity)
            .MaxBy(e => e.Sequence)
            ?? await db.AuditEvents.OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);

        var next = AuditEvent.Append(previous, time.GetUtcNow().UtcDateTime, actorUserId, action, entityType, entityId, details);
        db.AuditEvents.Add(next);
        return next;
    }

    public async Task<AuditChainVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var events = db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable();
        var list = new List<AuditEvent>();
        await foreach (var e in events.WithCancellation(cancellationToken))
        {
            list.Add(e);
        }

        return AuditChain.Verify(list);
    }
}
