using Microsoft.AspNetCore.Mvc;

namespace LeadershipPortal.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>The app configures no external sign-in providers: there are no external logins to add or remove (404).</summary>
public sealed class ExternalLoginsModel : NotServedPageModel
{
    protected override IActionResult Answer() => NotFound();
}
