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

    /// <summary>
    /// Switches the current thread to a language (culture and UI culture) until disposed, e.g. to write an email in
    /// its reader's language or a dossier in its requester's. Do not await inside: render, dispose, then send.
    /// </summary>
    public static IDisposable Use(string? language)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(Normalise(language));
        return new Restore(previous.CurrentCulture, previous.CurrentUICulture);
    }

    private sealed class Restore(CultureInfo culture, CultureInfo uiCulture) : IDisposable
    {
        public void Dispose()
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    public static string CookieValue(string culture) =>
        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture));
}
