using LeadershipPortal.Domain.Audit;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Common;
using LeadershipPortal.Web.Features.Dashboards;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.Audit;

/// <summary>Admin's reading of the audit log: newest first, filterable by action, with the chain's verification.</summary>
public sealed class AuditBrowser(PortalDbContext db, AuditLog audit)
{
    public async Task<PagedResult<AuditRow>> ListAsync(string? action, int page, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        var events = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(action))
        {
            events = events.Where(e => e.Action == action);
        }

        var total = await events.CountAsync(cancellationToken);
        var rows = await (
            from e in events
            orderby e.Sequence descending
            join u in db.Users on e.ActorUserId equals u.Id into actors
            from u in actors.DefaultIfEmpty()
            select new AuditRow(e.Sequence, e.AtUtc, u == null ? e.ActorUserId : u.DisplayName, e.Action, e.EntityType, e.Details))
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return new PagedResult<AuditRow>(rows, page, pageSize, total);
    }

    public async Task<IReadOnlyList<string>> ActionsAsync(CancellationToken cancellationToken = default) =>
        await db.AuditEvents.Select(e => e.Action).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);

    public Task<AuditChainVerification> VerifyAsync(CancellationToken cancellationToken = default) => audit.VerifyAsync(cancellationToken);
}
