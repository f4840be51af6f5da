using LeadershipPortal.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LeadershipPortal.Web.Identity;

/// <summary>Identity's user manager, with the account holder's own security changes (two-factor, passwords) audited.</summary>
public sealed class PortalUserManager(
    IUserStore<PortalUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<PortalUser> passwordHasher,
    IEnumerable<IUserValidator<PortalUser>> userValidators,
    IEnumerable<IPasswordValidator<PortalUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<PortalUser>> logger,
    SecurityAudit audit)
    : UserManager<PortalUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<IdentityResult> SetTwoFactorEnabledAsync(PortalUser user, bool enabled)
    {
        var result = await base.SetTwoFactorEnabledAsync(user, enabled);
        return await AuditedAsync(result, user, enabled ? "TwoFactorEnabled" : "TwoFactorDisabled", "Two-factor sign-in " + (enabled ? "switched on." : "switched off."));
    }

    public override async Task<IdentityResult> ResetPasswordAsync(PortalUser user, string token, string newPassword)
    {
        var result = await base.ResetPasswordAsync(user, token, newPassword);
        return await AuditedAsync(result, user, "PasswordReset", "Password set through an emailed link.");
    }

    public override async Task<IdentityResult> ChangePasswordAsync(PortalUser user, string currentPassword, string newPassword)
    {
        var result = await base.ChangePasswordAsync(user, currentPassword, newPassword);
        return await AuditedAsync(result, user, "PasswordChanged", "Password changed by its holder.");
    }

    public override async Task<IdentityResult> AddPasswordAsync(PortalUser user, string password)
    {
        var result = await base.AddPasswordAsync(user, password);
        return await AuditedAsync(result, user, "PasswordSet", "First password set by its holder.");
    }

    private async Task<IdentityResult> AuditedAsync(IdentityResult result, PortalUser user, string action, string details)
    {
        if (result.Succeeded)
        {
            await audit.RecordAsync(user.Id, action, user.Id, details);
        }

        return result;
    }
}
