using LeadershipPortal.Web.Features.Localization;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>The Identity UI's two-factor overview (recovery codes left, forget this browser), in the reader's language.</summary>
public sealed class TwoFactorAuthenticationModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public bool HasAuthenticator { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public bool Is2faEnabled { get; private set; }

    public bool IsMachineRemembered { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        HasAuthenticator = await users.GetAuthenticatorKeyAsync(user) is not null;
        Is2faEnabled = await users.GetTwoFactorEnabledAsync(user);
        IsMachineRemembered = await signIn.IsTwoFactorClientRememberedAsync(user);
        RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is null)
        {
            return NotFound();
        }

        await signIn.ForgetTwoFactorClientAsync();
        StatusMessage = localizer["The current browser has been forgotten. When you sign in again from this browser you will be asked for your two-factor code."];
        return RedirectToPage();
    }
}
