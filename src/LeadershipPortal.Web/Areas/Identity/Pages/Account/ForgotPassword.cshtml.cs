using System.Text.Encodings.Web;
using LeadershipPortal.Web.Features.Localization;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Identity UI's "forgot password", in the reader's language: the same confirmation whether or not the address has a
/// confirmed account (nothing reveals who is registered); the link goes out in the account holder's language.
/// </summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(UserManager<PortalUser> users, IEmailSender email, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public EmailAddressInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Unconfirmed addresses get the link too: candidates are signed in at registration without confirming, and
        // the link goes only to the address itself, so following it proves the address (see ResetPassword).
        var user = await users.FindByEmailAsync(Input.Email);
        if (user is null)
        {
            return RedirectToPage("./ForgotPasswordConfirmation");
        }

        var code = IdentityCodes.Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = Url.Page("/Account/ResetPassword", pageHandler: null, values: new { area = "Identity", code }, protocol: Request.Scheme)!;
        string subject, body;
        using (PortalCultures.Use(user.PreferredLanguage))
        {
            subject = localizer["Reset your password"];
            body = $"<p>{localizer["Reset your LeadershipPortal password by <a href=\"{0}\">following this link</a>.", HtmlEncoder.Default.Encode(link)]}</p>";
        }

        await email.SendEmailAsync(Input.Email, subject, body);
        return RedirectToPage("./ForgotPasswordConfirmation");
    }
}
