using System.Collections.Concurrent;
using System.Collections;
using System.Globalization;
using System.Resources;

namespace LeadershipPortal.Web.Features.Localization;

/// <summary>
/// The names of reference data (Member States, missions and their acronyms, position types, competencies and their
/// descriptions, languages) in the current language. The database keeps one name, the English one, which is the key
/// into <c>Resources/Features/Localization/ReferenceNames.fr.resx</c> (official UN French names), so the name is the
/// same on every page, component and dossier. A name with no French entry (a row added later by an administrator) is
/// data and is shown as stored; it is not a missing translation of the interface.
/// </summary>
public static class ReferenceNames
{
    private static readonly ResourceManager Resources = new("LeadershipPortal.Web.Resources.Features.Localization.ReferenceNames", typeof(ReferenceNames).Assembly);
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> ByLanguage = new(StringComparer.Ordinal);

    /// <summary>The name in the current UI language.</summary>
    public static string Say(string? english) => In(PortalCultures.Current, english);

    /// <summary>The name in a language ("en" or "fr").</summary>
    public static string In(string language, string? english)
    {
        if (string.IsNullOrEmpty(english) || language == PortalCultures.Default)
        {
            return english ?? string.Empty;
        }

        return Names(language).TryGetValue(english, out var name) ? name : english;
    }

    /// <summary>Items in the order of their displayed names (French order in French: accents as letters, "Égypte" with the E's).</summary>
    public static IReadOnlyList<T> Sorted<T>(IEnumerable<T> items, Func<T, string> englishName)
    {
        var culture = CultureInfo.CurrentUICulture;
        return [.. items.OrderBy(i => Say(englishName(i)), StringComparer.Create(culture, CompareOptions.IgnoreCase))];
    }

    private static IReadOnlyDictionary<string, string> Names(string language) => ByLanguage.GetOrAdd(language, static l =>
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        ResourceSet? set;
        try
        {
            set = Resources.GetResourceSet(new CultureInfo(l), createIfNotExists: true, tryParents: false);
        }
        catch (MissingManifestResourceException)
        {
            set = null;
        }

        foreach (DictionaryEntry entry in (IEnumerable?)set ?? Array.Empty<DictionaryEntry>())
        {
            if (entry is { Key: string key, Value: string value })
            {
                names[key] = value;
            }
        }

        return names;
    });
}
