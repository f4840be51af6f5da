using LeadershipPortal.Web.Features.Localization;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// The Identity UI's new set of ten recovery codes, in the reader's language. Only with two-factor on (the package
/// throws otherwise; this page sends the reader back to the overview); the old codes stop working.
/// </summary>
public sealed class GenerateRecoveryCodesModel(UserManager<PortalUser> users, IStringLocalizer<SharedResource> localizer, ILogger<GenerateRecoveryCodesModel> logger) : AccountPageModel(users)
{
    [TempData]
    public string[]? RecoveryCodes { get; set; }

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

        if (!await Users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToPage("./TwoFactorAuthentication");
        }

        RecoveryCodes = (await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToArray();
        logger.LogInformation("A user generated new two-factor recovery codes.");
        StatusMessage = localizer["You have generated new recovery codes."];
        return RedirectToPage("./ShowRecoveryCodes");
    }
}
