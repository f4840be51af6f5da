using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LeadershipPortal.Web.Areas.Identity.Pages.Account;

/// <summary>
/// The app's registration signs the new candidate in at once and never sends anyone here. The package's page answered
/// 404 for an unknown address (telling who is registered) and could show a confirmation link; this one sends every
/// visitor to the home page, whatever address the link names.
/// </summary>
[AllowAnonymous]
public sealed class RegisterConfirmationModel : NotServedPageModel
{
    protected override IActionResult Answer() => RedirectToPage("/Index", new { area = string.Empty });
}
