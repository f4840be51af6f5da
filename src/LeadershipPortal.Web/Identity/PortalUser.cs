using Microsoft.AspNetCore.Identity;

namespace LeadershipPortal.Web.Identity;

public sealed class PortalUser : IdentityUser
{
    /// <summary>How the person is greeted and listed; not necessarily their legal name.</summary>
    public string DisplayName { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }
}
