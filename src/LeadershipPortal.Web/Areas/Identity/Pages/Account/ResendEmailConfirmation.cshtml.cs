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
/// Identity UI's "resend email confirmation", in the reader's language: the same answer whether or not the address has
/// an account (nothing reveals who is registered); the link goes out in the account holder's language.
/// </summary>
[AllowAnonymous]
public sealed class ResendEmailConfirmationModel(UserManager<PortalUser> users, IEmailSender email, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public EmailAddressInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await users.FindByEmailAsync(Input.Email) is { } user)
        {
            await ConfirmationLink.SendAsync(users, email, localizer, Url, Request.Scheme, user, user.Email ?? Input.Email);
        }

        Sent = true;
        return Page();
    }
}
