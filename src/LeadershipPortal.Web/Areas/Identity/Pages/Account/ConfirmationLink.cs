using LeadershipPortal.Web.Features.Localization;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Areas.Identity.Pages.Account;

/// <summary>The email with a link to confirm an account's address (<c>ConfirmEmail</c>), in the account holder's language.</summary>
public static class ConfirmationLink
{
    public static async Task SendAsync(UserManager<PortalUser> users, IEmailSender email, IStringLocalizer localizer, IUrlHelper url, string scheme, PortalUser user, string address)
    {
        var code = IdentityCodes.Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = url.Page("/Account/ConfirmEmail", pageHandler: null, values: new { area = "Identity", userId = user.Id, code }, protocol: scheme)!;
        await email.SendInAsync(address, user.PreferredLanguage, () => (
            localizer["Confirm your email address"].Value,
            localizer.Paragraph("Confirm your LeadershipPortal email address by <a href=\"{0}\">following this link</a>.", LocalizedEmail.Encode(link))));
    }
}
