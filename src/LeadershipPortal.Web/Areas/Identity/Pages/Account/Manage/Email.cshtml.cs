using System.ComponentModel.DataAnnotations;
using LeadershipPortal.Web.Features.Localization;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// The Identity UI's email change, in the reader's language. Same steps as the package: nothing changes until the
/// link sent to the new address is followed (<c>ConfirmEmailChange</c>); an unconfirmed address can get its
/// confirmation link again. Both emails are written in the account holder's language.
/// </summary>
public sealed class EmailModel(UserManager<PortalUser> users, IEmailSender email, IStringLocalizer<SharedResource> localizer) : AccountPageModel(users)
{
    public string Email { get; private set; } = string.Empty;

    public bool IsEmailConfirmed { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "The {0} field is required.")]
        [EmailAddress(ErrorMessage = "The {0} field is not a valid e-mail address.")]
        [Display(Name = "New email address")]
        public string NewEmail { get; set; } = string.Empty;
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = Account;

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostChangeEmailAsync()
    {
        var user = Account;

        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }

        var newEmail = Input.NewEmail.Trim();
        if (string.Equals(newEmail, await Users.GetEmailAsync(user), StringComparison.OrdinalIgnoreCase))
        {
            StatusMessage = localizer["Your email address is unchanged."];
            return RedirectToPage();
        }

        var code = IdentityCodes.Encode(await Users.GenerateChangeEmailTokenAsync(user, newEmail));
        var link = Url.Page("/Account/ConfirmEmailChange", pageHandler: null, values: new { area = "Identity", userId = user.Id, email = newEmail, code }, protocol: Request.Scheme)!;
        await email.SendInAsync(newEmail, user.PreferredLanguage, () => (
            localizer["Confirm your new email address"].Value,
            localizer.Paragraph("Confirm your new LeadershipPortal email address by <a href=\"{0}\">following this link</a>. Until you do, you sign in with your current address.", LocalizedEmail.Encode(link))));
        StatusMessage = localizer["A confirmation link has been sent to your new email address. Follow it to finish the change."];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSendVerificationEmailAsync()
    {
        var user = Account;

        var address = await Users.GetEmailAsync(user);
        if (address is null || await Users.IsEmailConfirmedAsync(user))
        {
            return RedirectToPage();
        }

        await ConfirmationLink.SendAsync(Users, email, localizer, Url, Request.Scheme, user, address);
        StatusMessage = localizer["A verification email has been sent. Please check your email."];
        return RedirectToPage();
    }

    private async Task LoadAsync(PortalUser user)
    {
        Email = await Users.GetEmailAsync(user) ?? string.Empty;
        IsEmailConfirmed = await Users.IsEmailConfirmedAsync(user);
    }
}
