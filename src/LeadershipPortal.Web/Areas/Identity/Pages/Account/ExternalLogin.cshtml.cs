using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LeadershipPortal.Web.Areas.Identity.Pages.Account;

/// <summary>The app configures no external sign-in providers: the package's external sign-in answers 404 to everyone.</summary>
[AllowAnonymous]
public sealed class ExternalLoginModel : NotServedPageModel
{
    protected override IActionResult Answer() => NotFound();
}
