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
/// Identity UI's second sign-in step (authenticator code), in the reader's language. Same checks as the package:
/// only after the password step, wrong codes count toward lockout.
/// </summary>
[AllowAnonymous]
public sealed class LoginWith2faModel(SignInManager<PortalUser> signInManager, ILogger<LoginWith2faModel> logger, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "The {0} field is required.")]
        [StringLength(7, ErrorMessage = "The {0} must be at least {2} and at max {1} characters long.", MinimumLength = 6)]
        [DataType(DataType.Text)]
        [Display(Name = "Authenticator code")]
        public string TwoFactorCode { get; set; } = string.Empty;

        [Display(Name = "Remember this machine")]
        public bool RememberMachine { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(bool rememberMe, string? returnUrl = null)
    {
        // Only after the user name and password step.
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            // The password step was skipped or has expired (the package throws here): start again, never a 500.
            return RedirectToPage("./Login", new { returnUrl });
        }

        ReturnUrl = returnUrl;
        RememberMe = rememberMe;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(bool rememberMe, string? returnUrl = null)
    {
        ReturnUrl = returnUrl;
        RememberMe = rememberMe;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        returnUrl ??= Url.Content("~/");
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            // The password step was skipped or has expired (the package throws here): start again, never a 500.
            return RedirectToPage("./Login", new { returnUrl });
        }

        var code = Input.TwoFactorCode.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        var result = await signInManager.TwoFactorAuthenticatorSignInAsync(code, rememberMe, Input.RememberMachine);
        if (result.Succeeded)
        {
            return LocalRedirect(returnUrl);
        }

        if (result.IsLockedOut)
        {
            LoginLog.LockedOut(logger);
            return RedirectToPage("./Lockout");
        }

        ModelState.AddModelError(string.Empty, localizer["Invalid authenticator code."]);
        return Page();
    }
}
