using LeadershipPortal.Web.Features.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Pages;

/// <summary>The language switch: remembers the choice in a cookie for a year and returns to the page it came from.</summary>
public sealed class LanguageModel : PageModel
{
    public string? ReturnUrl { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = SafeReturnUrl(returnUrl);

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        if (!PortalCultures.IsSupported(culture))
        {
            return BadRequest();
        }

        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            PortalCultures.CookieValue(culture!),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                IsEssential = true,
                HttpOnly = true,
                Secure = Request.IsHttps,
                SameSite = SameSiteMode.Lax,
            });
        return LocalRedirect(SafeReturnUrl(returnUrl));
    }

    // Only a path on this site: an absolute or protocol-relative address would make this an open redirect.
    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Content("~/");
}
