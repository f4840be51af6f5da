using System.ComponentModel.DataAnnotations;
using LeadershipPortal.Web.Features.Localization;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Identity UI's second sign-in step with a one-time recovery code, in the reader's language. Same checks as the
/// package: only after the password step; a used code cannot be used again.
/// </summary>
[AllowAnonymous]
public sealed class LoginWithRecoveryCodeModel(SignInManager<PortalUser> signInManager, ILogger<LoginWithRecoveryCodeModel> logger, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "The {0} field is required.")]
        [DataType(DataType.Text)]
        [Display(Name = "Recovery code")]
        public string RecoveryCode { get; set; } = string.Empty;
    }

    public async Task<IActionResult> OnGetAsync(string? returnUrl = null)
    {
        // Only after the user name and password step.
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            // The password step was skipped or has expired (the package throws here): start again, never a 500.
            return RedirectToPage("./Login", new { returnUrl });
        }

        ReturnUrl = returnUrl;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        ReturnUrl = returnUrl;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            // The password step was skipped or has expired (the package throws here): start again, never a 500.
            return RedirectToPage("./Login", new { returnUrl });
        }

        var result = await signInManager.TwoFactorRecoveryCodeSignInAsync(Input.RecoveryCode.Replace(" ", string.Empty, StringComparison.Ordinal));
        if (result.Succeeded)
        {
            return LocalRedirect(returnUrl ?? Url.Content("~/"));
        }

        if (result.IsLockedOut)
        {
            LoginLog.LockedOut(logger);
            return RedirectToPage("./Lockout");
        }

        ModelState.AddModelError(string.Empty, localizer["Invalid recovery code entered."]);
        return Page();
    }
}
