using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.IntegrationTests.Infrastructure;

/// <summary>
/// Every lookup made in French that found no French resource: the page showed its English key instead.
/// Views (IViewLocalizer), validation messages and code (IStringLocalizer) all go through the factory
/// this records from.
/// </summary>
public sealed class MissingTranslations
{
    private readonly ConcurrentDictionary<string, byte> _missing = new(StringComparer.Ordinal);

    public IReadOnlyList<string> All => _missing.Keys.Order(StringComparer.Ordinal).ToList();

    public void Clear() => _missing.Clear();

    public void Record(string resource, LocalizedString text)
    {
        if (text.ResourceNotFound && CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr")
        {
            _missing.TryAdd($"{resource}: \"{text.Name}\"", 0);
        }
    }
}

public sealed class RecordingStringLocalizerFactory(ResourceManagerStringLocalizerFactory inner, MissingTranslations missing) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) =>
        new RecordingStringLocalizer(inner.Create(resourceSource), resourceSource.Name, missing);

    public IStringLocalizer Create(string baseName, string location) =>
        new RecordingStringLocalizer(inner.Create(baseName, location), baseName, missing);

    private sealed class RecordingStringLocalizer(IStringLocalizer inner, string resource, MissingTranslations missing) : IStringLocalizer
    {
        public LocalizedString this[string name] => Record(inner[name]);

        public LocalizedString this[string name, params object[] arguments] => Record(inner[name, arguments]);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

        private LocalizedString Record(LocalizedString text)
        {
            missing.Record(resource, text);
            return text;
        }
    }
}
