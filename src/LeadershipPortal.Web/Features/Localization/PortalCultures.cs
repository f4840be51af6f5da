using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace LeadershipPortal.Web.Features.Localization;

/// <summary>The languages the portal speaks and how a choice is remembered.</summary>
public static class PortalCultures
{
    public const string Default = "en";
    public const string French = "fr";

    public static readonly IReadOnlyList<string> Supported = [Default, French];

    /// <summary>The two-letter language of the current request ("en" or "fr").</summary>
    public static string Current => Normalise(CultureInfo.CurrentUICulture.Name);

    /// <summary>A supported culture name for any input; anything unknown becomes English.</summary>
    public static string Normalise(string? name)
    {
        var language = (name ?? string.Empty).Split('-')[0].ToLowerInvariant();
        return Supported.Contains(language) ? language : Default;
    }

    public static bool IsSupported(string? name) => name is not null && Supported.Contains(name);

    public static string CookieValue(string culture) =>
        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture));
}
