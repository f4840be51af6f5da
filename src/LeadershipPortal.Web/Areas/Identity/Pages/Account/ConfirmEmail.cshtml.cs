using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Identity UI's email confirmation link, in the reader's language. Same checks as the package; a malformed code
/// is a 400, not a 500.
/// </summary>
[AllowAnonymous]
public sealed class ConfirmEmailModel(UserManager<PortalUser> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? userId, string? code)
    {
        if (userId is null || code is null)
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

        Confirmed = (await users.ConfirmEmailAsync(user, token)).Succeeded;
        return Page();
    }
}
