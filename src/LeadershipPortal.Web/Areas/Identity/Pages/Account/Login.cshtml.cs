using LeadershipPortal.Web.Features.Localization;
using Microsoft.Extensions.Localization;
using System.ComponentModel.DataAnnotations;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using LeadershipPortal.Web.Setup;

namespace LeadershipPortal.Web.Areas.Identity.Pages.Account;

/// <summary>
/// The Identity UI login page, overridden for one reason: failed passwords count toward lockout
/// (five failures lock the account for fifteen minutes).
/// </summary>
[EnableRateLimiting(RateLimits.Login)]
[AllowAnonymous]
public sealed class LoginModel(SignInManager<PortalUser> signInManager, ILogger<LoginModel> logger, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? ReturnUrl { get; set; }

    [TempData]
    public string? ErrorMessage { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "The {0} field is required.")]
        [EmailAddress(ErrorMessage = "The {0} field is not a valid e-mail address.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "The {0} field is required.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = string.Empty;

        [Display(Name = "Remember me on this device")]
        public bool RememberMe { get; set; }
    }

    public async Task OnGetAsync(string? returnUrl = null)
    {
        if (!string.IsNullOrEmpty(ErrorMessage))
        {
            ModelState.AddModelError(string.Empty, ErrorMessage);
        }

        // Start from a clean slate: a stale external cookie must not leak into this sign-in.
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        ReturnUrl = returnUrl ?? Url.Content("~/");
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        returnUrl ??= Url.Content("~/");
        ReturnUrl = returnUrl;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signInManager.PasswordSignInAsync(Input.Email, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(returnUrl);
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("./LoginWith2fa", new { ReturnUrl = returnUrl, Input.RememberMe });
        }

        if (result.IsLockedOut)
        {
            LoginLog.LockedOut(logger);
            return RedirectToPage("./Lockout");
        }

        // One message for unknown accounts and wrong passwords alike, so the form reveals no accounts.
        ModelState.AddModelError(string.Empty, localizer["Invalid login attempt."]);
        return Page();
    }
}

internal static partial class LoginLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "An account was locked out after repeated failed sign-ins.")]
    public static partial void LockedOut(ILogger logger);
}
