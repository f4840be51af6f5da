using LeadershipPortal.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace LeadershipPortal.Web.Identity;

public sealed class PortalUser : IdentityUser
{
    /// <summary>How the person is greeted and listed; not necessarily their legal name.</summary>
    public string DisplayName { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>For staff on assessment panels: the panel's diversity and conflict checks use it. Self-identified, optional.</summary>
    public Gender? Gender { get; set; }

    /// <summary>For staff on assessment panels: the Member State of nationality, used to flag likely conflicts.</summary>
    public int? NationalityId { get; set; }

    /// <summary>
    /// The language emails are written in ("en" or "fr"): the interface language at registration, then whatever the
    /// person last chose with the language switch while signed in.
    /// </summary>
    public string PreferredLanguage { get; set; } = "en";
}
