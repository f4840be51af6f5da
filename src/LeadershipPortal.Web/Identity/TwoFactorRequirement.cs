using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.Options;

namespace LeadershipPortal.Web.Identity;

public sealed class PortalIdentityOptions
{
    /// <summary>HR, Admin and Assessor must set up an authenticator app before they can use the portal.</summary>
    public bool RequireTwoFactorForStaff { get; set; } = true;
}

/// <summary>Adds whether the account has two-factor sign-in, so that a request can be checked without a database read.</summary>
public sealed class PortalClaimsPrincipalFactory(
    UserManager<PortalUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(users, roles, options)
{
    public const string TwoFactorClaim = "portal:two_factor";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (await UserManager.GetTwoFactorEnabledAsync(user))
        {
            identity.AddClaim(new Claim(TwoFactorClaim, "true"));
        }

        return identity;
    }
}

/// <summary>
/// Sends a signed-in HR, Admin or Assessor without two-factor sign-in to the authenticator set-up, until they have
/// done it. The account pages (set-up, recovery codes, sign-out) and static files stay reachable.
/// </summary>
public static class TwoFactorRequirement
{
    public const string SetupPath = "/Identity/Account/Manage/EnableAuthenticator";

    private static readonly string[] StaffRoles = [Roles.HR, Roles.Admin, Roles.Assessor];

    public static bool MustSetUp(ClaimsPrincipal user, PortalIdentityOptions options) =>
        options.RequireTwoFactorForStaff
        && user.Identity?.IsAuthenticated == true
        && StaffRoles.Any(user.IsInRole)
        && !user.HasClaim(c => c.Type == PortalClaimsPrincipalFactory.TwoFactorClaim);

    public static WebApplication UseStaffTwoFactorRequirement(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var options = context.RequestServices.GetRequiredService<IOptionsMonitor<PortalIdentityOptions>>().CurrentValue;
            var path = context.Request.Path;
            var exempt = path.StartsWithSegments("/Identity/Account") || path.StartsWithSegments("/Status")
                || path.StartsWithSegments("/healthz") || context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null;
            if (!exempt && MustSetUp(context.User, options))
            {
                context.Response.Redirect(SetupPath);
                return;
            }

            await next();
        });
        return app;
    }
}
