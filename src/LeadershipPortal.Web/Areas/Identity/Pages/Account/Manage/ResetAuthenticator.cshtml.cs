using LeadershipPortal.Web.Features.Localization;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// The Identity UI's authenticator key reset, in the reader's language. Same steps as the package: two-factor goes
/// off (audited), a new key is made, the sign-in is renewed and the reader is sent to set the app up again.
/// </summary>
public sealed class ResetAuthenticatorModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, IStringLocalizer<SharedResource> localizer, ILogger<ResetAuthenticatorModel> logger) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync() => await users.GetUserAsync(User) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        logger.LogInformation("A user reset their authenticator app key.");
        await signIn.RefreshSignInAsync(user);
        StatusMessage = localizer["Your authenticator app key has been reset. Set up your authenticator app with the new key."];
        return RedirectToPage("./EnableAuthenticator");
    }
}
