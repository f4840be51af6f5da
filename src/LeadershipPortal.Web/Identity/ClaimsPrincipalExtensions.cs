using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace LeadershipPortal.Web.Identity;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The signed-in user's id; pages behind the fallback policy always have one.</summary>
    public static string RequiredUserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No signed-in user.");

    /// <summary>
    /// Whether the application cookie signed this user in: what <c>SignInManager.IsSignedIn</c> answers, without building
    /// a SignInManager and a UserManager (and their metrics instruments) for every page that shows the nav bar.
    /// </summary>
    public static bool IsSignedIn(this ClaimsPrincipal user) =>
        user.Identities.Any(i => i.AuthenticationType == IdentityConstants.ApplicationScheme);
}
