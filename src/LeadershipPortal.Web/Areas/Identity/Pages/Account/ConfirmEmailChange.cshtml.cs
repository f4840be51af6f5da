using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Identity UI's confirmation of a changed email address, in the reader's language. Same steps as the package: the
/// email and the user name (one and the same here) change together, then the sign-in is refreshed. A malformed code
/// is a 400, not a 500.
/// </summary>
[AllowAnonymous]
public sealed class ConfirmEmailChangeModel(UserManager<PortalUser> users, SignInManager<PortalUser> signInManager) : PageModel
{
    public enum Outcome
    {
        Changed,
        EmailNotChanged,
        UserNameNotChanged,
    }

    public Outcome Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? userId, string? email, string? code)
    {
        if (userId is null || email is null || code is null)
        {
            return RedirectToPage("/Index");
        }

        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return NotFound();
        }

        if (!IdentityCodes.TryDecode(code, out var token))
        {
            return BadRequest("The confirmation code is not valid.");
        }

        if (!(await users.ChangeEmailAsync(user, email, token)).Succeeded)
        {
            Result = Outcome.EmailNotChanged;
            return Page();
        }

        if (!(await users.SetUserNameAsync(user, email)).Succeeded)
        {
            Result = Outcome.UserNameNotChanged;
            return Page();
        }

        await signInManager.RefreshSignInAsync(user);
        Result = Outcome.Changed;
        return Page();
    }
}
