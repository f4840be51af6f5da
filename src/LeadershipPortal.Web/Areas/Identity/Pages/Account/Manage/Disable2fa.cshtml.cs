using LeadershipPortal.Web.Features.Localization;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// The Identity UI's page to turn two-factor off, in the reader's language. Where the package throws (a 500) for an
/// account without two-factor, this one sends the reader back to the overview.
/// </summary>
public sealed class Disable2faModel(UserManager<PortalUser> users, IStringLocalizer<SharedResource> localizer, ILogger<Disable2faModel> logger) : AccountPageModel(users)
{
    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = Account;

        return await Users.GetTwoFactorEnabledAsync(user) ? Page() : RedirectToPage("./TwoFactorAuthentication");
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = Account;

        if (!(await Users.SetTwoFactorEnabledAsync(user, false)).Succeeded)
        {
            StatusMessage = localizer["Error: two-factor authentication could not be disabled."];
            return RedirectToPage("./TwoFactorAuthentication");
        }

        logger.LogInformation("A user disabled two-factor authentication.");
        StatusMessage = localizer["Two-factor authentication has been disabled. You can enable it again when you set up an authenticator app."];
        return RedirectToPage("./TwoFactorAuthentication");
    }
}
