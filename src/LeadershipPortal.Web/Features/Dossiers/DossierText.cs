using System.Globalization;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Web.Features.Localization;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Features.Dossiers;

/// <summary>Marker for the dossier's fixed texts: <c>Resources/Features/Dossiers/DossierResource.fr.resx</c>.</summary>
public sealed class DossierResource;

/// <summary>
/// The fixed texts of a dossier (titles, table headers, page furniture) in the language the dossier is built in.
/// <see cref="Jobs.DossierJob"/> sets the requester's culture and the localizer for the build with <see cref="Use"/>;
/// without one (a renderer called directly) the English text is used, formatted in the current culture.
/// </summary>
public static class DossierText
{
    private static readonly AsyncLocal<IStringLocalizer?> Localizer = new();

    /// <summary>Builds with this localizer until the returned scope is disposed.</summary>
    public static IDisposable Use(IStringLocalizer localizer)
    {
        var previous = Localizer.Value;
        Localizer.Value = localizer;
        return new Scope(() => Localizer.Value = previous);
    }

    /// <summary>The text in the build's language; <paramref name="args"/> fill its {0}, {1}… placeholders.</summary>
    public static string T(string english, params object[] args) => (Localizer.Value, args.Length) switch
    {
        ({ } localizer, 0) => localizer[english],
        ({ } localizer, _) => localizer[english, args],
        (null, 0) => english,
        (null, _) => string.Format(CultureInfo.CurrentCulture, english, args),
    };

    /// <summary>Sentences built with values (e.g. a mission-fit explanation) in the build's language.</summary>
    public static string T(SentenceList sentences) => Localizer.Value is { } localizer ? localizer.Say(sentences) : sentences.ToString();

    private sealed class Scope(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
