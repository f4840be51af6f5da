using LeadershipPortal.Domain.Audit;
using LeadershipPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.Audit;

/// <summary>
/// Records security events of accounts (sign-ins, lockouts, two-factor and password changes) in the audit log at once,
/// in their own save. Sign-ins happen side by side, so an event that lost the race for the next link of the chain
/// (the unique sequence index) is appended again after the winner.
/// </summary>
public sealed class SecurityAudit(PortalDbContext db, AuditLog audit)
{
    private const int Attempts = 5;

    /// <summary>An actor for events of a sign-in that named no known account.</summary>
    public const string Anonymous = "anonymous";

    public async Task RecordAsync(string actorUserId, string action, string userId, string details)
    {
        for (var attempt = 1; ; attempt++)
        {
            var added = await audit.AddAsync(actorUserId, action, "User", userId, details);
            try
            {
                await db.SaveChangesAsync();
                return;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                db.Entry(added).State = EntityState.Detached;
            }
        }
    }
}
