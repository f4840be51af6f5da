using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Areas.Identity.Pages.Account;

/// <summary>Shown after every request for a reset link, whether or not the address has an account.</summary>
[AllowAnonymous]
public sealed class ForgotPasswordConfirmationModel : PageModel
{
    public void OnGet()
    {
    }
}
