using LeadershipPortal.Web.Features.Localization;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// The Identity UI's first password for a signed-in account without one, in the reader's language. Same checks as the
/// package: an account that has a password is sent to change it instead; the sign-in is renewed afterwards.
/// </summary>
public sealed class SetPasswordModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, IStringLocalizer<SharedResource> localizer) : AccountPageModel(users)
{
    [BindProperty]
    public ChosenPasswordInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = Account;

        return await Users.HasPasswordAsync(user) ? RedirectToPage("./ChangePassword") : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = Account;

        if (await Users.HasPasswordAsync(user))
        {
            return RedirectToPage("./ChangePassword");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await Users.AddPasswordAsync(user, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        StatusMessage = localizer["Your password has been set."];
        return RedirectToPage("./ChangePassword");
    }
}
