using LeadershipPortal.Domain.Common;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Audit;
using LeadershipPortal.Web.Features.Common;
using LeadershipPortal.Web.Features.Localization;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Features.Users;

public sealed record UserRow(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool IsLockedOut);

public sealed record UserDetails(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool IsLockedOut, DateTime? LockoutEndUtc, int FailedLogins, bool TwoFactorEnabled, bool HasPassword, DateTime CreatedAtUtc);

/// <summary>Admin's work on accounts: search, roles, locks and invitations. Every change is audited.</summary>
public sealed class UserAdministration(
    PortalDbContext db,
    UserManager<PortalUser> users,
    AuditLog audit,
    IEmailSender email,
    IStringLocalizer<SharedResource> localizer,
    TimeProvider time)
{
    public async Task<PagedResult<UserRow>> SearchAsync(string? search, string? role, int page, int pageSize = Paging.DefaultPageSize, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedEmail!.Contains(term) || u.DisplayName.ToUpper().Contains(term));
        }

        if (!string.IsNullOrWhiteSpace(role))
        {
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }

        var total = await query.CountAsync(cancellationToken);
        var pageOfUsers = await query
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.LockoutEnd })
            .ToListAsync(cancellationToken);

        var ids = pageOfUsers.Select(u => u.Id).ToList();
        var roles = await (
            from ur in db.UserRoles
            where ids.Contains(ur.UserId)
            join r in db.Roles on ur.RoleId equals r.Id
            select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);

        var rows = pageOfUsers.Select(u => new UserRow(
            u.Id,
            u.Email ?? string.Empty,
            u.DisplayName,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToList(),
            u.LockoutEnd > now)).ToList();
        return new PagedResult<UserRow>(rows, page, pageSize, total);
    }

    public async Task<UserDetails?> FindAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return null;
        }

        var roles = await users.GetRolesAsync(user);
        var lockoutEnd = await users.GetLockoutEndDateAsync(user);
        return new UserDetails(
            user.Id,
            user.Email ?? string.Empty,
            user.DisplayName,
            roles.Order().ToList(),
            lockoutEnd > time.GetUtcNow(),
            lockoutEnd?.UtcDateTime,
            user.AccessFailedCount,
            user.TwoFactorEnabled,
            user.PasswordHash is not null,
            user.CreatedAtUtc);
    }

    /// <summary>Sets exactly these roles. An admin cannot take the Admin role from themselves (no lock-out of the last door).</summary>
    public async Task SetRolesAsync(string actorId, string userId, IReadOnlyCollection<string> wanted)
    {
        var unknown = wanted.Except(Roles.All).ToList();
        if (unknown.Count > 0)
        {
            throw new DomainRuleException("Unknown role: {0}.", string.Join(", ", unknown));
        }

        var user = await users.FindByIdAsync(userId) ?? throw new DomainRuleException("That user no longer exists.");
        if (actorId == userId && !wanted.Contains(Roles.Admin))
        {
            throw new DomainRuleException("You cannot remove the Admin role from your own account.");
        }

        var current = await users.GetRolesAsync(user);
        var toAdd = wanted.Except(current).ToList();
        var toRemove = current.Except(wanted).ToList();
        if (toAdd.Count == 0 && toRemove.Count == 0)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        Check(await users.AddToRolesAsync(user, toAdd));
        Check(await users.RemoveFromRolesAsync(user, toRemove));

        // A new security stamp makes the change reach the user's existing sessions at their next validation.
        Check(await users.UpdateSecurityStampAsync(user));
        await audit.AddAsync(actorId, "RolesChanged", "User", user.Id, $"Added: {Join(toAdd)}; removed: {Join(toRemove)}");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    public async Task LockAsync(string actorId, string userId)
    {
        if (actorId == userId)
        {
            throw new DomainRuleException("You cannot lock your own account.");
        }

        var user = await users.FindByIdAsync(userId) ?? throw new DomainRuleException("That user no longer exists.");
        Check(await users.SetLockoutEnabledAsync(user, true));
        Check(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
        Check(await users.UpdateSecurityStampAsync(user));
        await audit.AddAsync(actorId, "UserLocked", "User", user.Id, "Locked by an administrator.");
        await db.SaveChangesAsync();
    }

    public async Task UnlockAsync(string actorId, string userId)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new DomainRuleException("That user no longer exists.");
        Check(await users.SetLockoutEndDateAsync(user, null));
        Check(await users.ResetAccessFailedCountAsync(user));
        await audit.AddAsync(actorId, "UserUnlocked", "User", user.Id, "Unlocked by an administrator.");
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Creates a staff account without a password and emails a link to choose one. The link carries a
    /// password-reset token, so it works once and expires with the token. The email, and later ones, are written in
    /// the language chosen for the invitee (English if none or unknown).
    /// </summary>
    public async Task<string> InviteAsync(string actorId, string emailAddress, string displayName, IReadOnlyCollection<string> roles, string? language, Func<string, string, string> setPasswordUrl)
    {
        if (roles.Count == 0 || roles.Except(Roles.Staff).Any())
        {
            throw new DomainRuleException("Choose at least one staff role (candidates register themselves).");
        }

        if (await users.FindByEmailAsync(emailAddress) is not null)
        {
            throw new DomainRuleException("An account with that email address already exists.");
        }

        var user = new PortalUser
        {
            UserName = emailAddress.Trim(),
            Email = emailAddress.Trim(),
            DisplayName = displayName.Trim(),
            EmailConfirmed = true,
            PreferredLanguage = PortalCultures.Normalise(language),
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        };

        await using var transaction = await db.Database.BeginTransactionAsync();
        Check(await users.CreateAsync(user));
        Check(await users.AddToRolesAsync(user, roles));
        await audit.AddAsync(actorId, "UserInvited", "User", user.Id, $"Roles: {Join(roles)}");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();

        var token = WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        var link = setPasswordUrl(user.Email!, token);
        await email.SendInAsync(user.Email!, user.PreferredLanguage, () => (
            localizer["You are invited to LeadershipPortal"],
            localizer.Greeting(user.DisplayName) +
            localizer.Paragraph("You have been given access to LeadershipPortal as {0}.", LocalizedEmail.Encode(string.Join(", ", roles.Select(r => localizer[Roles.Describe(r)].Value)))) +
            localizer.Paragraph("<a href=\"{0}\">Choose your password</a> to start. The link is valid for 7 days.", LocalizedEmail.Encode(link))));
        return user.Id;
    }

    private static string Join(IEnumerable<string> roles) => roles.Any() ? string.Join(", ", roles) : "none";

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new DomainRuleException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
