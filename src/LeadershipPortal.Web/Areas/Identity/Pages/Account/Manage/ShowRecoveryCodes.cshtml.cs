using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// The Identity UI's one-time display of new recovery codes, in the reader's language. The codes come only through
/// TempData from the page that made them; without them the reader goes back to the two-factor overview.
/// </summary>
public sealed class ShowRecoveryCodesModel : PageModel
{
    [TempData]
    public string[]? RecoveryCodes { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public IActionResult OnGet() =>
        RecoveryCodes is null || RecoveryCodes.Length == 0 ? RedirectToPage("./TwoFactorAuthentication") : Page();
}
