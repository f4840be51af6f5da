using LeadershipPortal.Domain.Audit;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.Dashboards;

public sealed record AuditRow(long Sequence, DateTime AtUtc, string Actor, string Action, string EntityType, string Details);

public sealed record AdminDashboardView(IReadOnlyDictionary<string, int> UsersByRole, int TotalUsers, int LockedUsers, IReadOnlyList<AuditRow> RecentEvents, AuditChainVerification Chain);

/// <summary>What an administrator watches: accounts per role, locked accounts, and the audit chain's health.</summary>
public sealed class AdminDashboard(PortalDbContext db, AuditLog audit, TimeProvider time)
{
    public async Task<AdminDashboardView> LoadAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var byRole = await (
            from ur in db.UserRoles
            join r in db.Roles on ur.RoleId equals r.Id
            group ur by r.Name into g
            select new { Role = g.Key!, Count = g.Count() })
            .ToDictionaryAsync(x => x.Role, x => x.Count, cancellationToken);
        var total = await db.Users.CountAsync(cancellationToken);

        // DateTimeOffset cannot be compared in SQLite; lockouts are few, so compare them here.
        var lockoutEnds = await db.Users.Where(u => u.LockoutEnd != null).Select(u => u.LockoutEnd).ToListAsync(cancellationToken);
        var recent = await (
            from e in db.AuditEvents.AsNoTracking()
            orderby e.Sequence descending
            join u in db.Users on e.ActorUserId equals u.Id into actors
            from u in actors.DefaultIfEmpty()
            select new AuditRow(e.Sequence, e.AtUtc, u == null ? "system" : u.DisplayName, e.Action, e.EntityType, e.Details))
            .Take(10)
            .ToListAsync(cancellationToken);

        return new AdminDashboardView(byRole, total, lockoutEnds.Count(end => end > now), recent, await audit.VerifyAsync(cancellationToken));
    }
}
