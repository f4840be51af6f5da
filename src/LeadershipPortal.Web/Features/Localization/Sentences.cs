using System.Globalization;
using LeadershipPortal.Domain.Common;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Features.Localization;

/// <summary>
/// Messages built in services and the domain (<see cref="Sentence"/>: an English template and its values), said in
/// the current UI culture: the template is looked up in <c>SharedResource.fr.resx</c> and filled with the values
/// formatted for the culture (dates, numbers); values that are sentences themselves are translated first.
/// </summary>
public static class Sentences
{
    public static string Say(this IStringLocalizer localizer, Sentence sentence) => sentence switch
    {
        { Values.Count: 0 } => localizer[sentence.Template],

        // Only a value (a reference name standing alone): nothing to translate around it.
        { Template: Sentence.ValueOnly, Values: [var only] } => Convert.ToString(localizer.Value(only), CultureInfo.CurrentCulture) ?? string.Empty,
        _ => localizer[sentence.Template, [.. sentence.Values.Select(v => localizer.Value(v))]],
    };

    private static object Value(this IStringLocalizer localizer, object? value) => value switch
    {
        Sentence inner => localizer.Say(inner),
        SentenceList list => localizer.Say(list),
        ReferenceName name => ReferenceNames.Say(name.English),
        _ => value ?? string.Empty,
    };

    public static string Say(this IStringLocalizer localizer, DomainRuleException rule) => localizer.Say(rule.Sentence);

    public static string Say(this IStringLocalizer localizer, SentenceList list) => string.Join(list.Separator, list.Items.Select(localizer.Say));
}
