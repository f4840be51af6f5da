using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Areas.Identity.Pages.Account;

/// <summary>Identity UI's sign-out (POST only signs out; GET shows the result), in the reader's language.</summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<PortalUser> signInManager) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        await signInManager.SignOutAsync();
        if (returnUrl is not null)
        {
            return LocalRedirect(returnUrl);
        }

        // A redirect, so that the next request carries no identity.
        return RedirectToPage();
    }
}
