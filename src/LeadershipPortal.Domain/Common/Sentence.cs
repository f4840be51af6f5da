using System.Globalization;

namespace LeadershipPortal.Domain.Common;

/// <summary>
/// A sentence for people, kept as its English template and the values to put in it, so that each page can say it
/// in the reader's language (the template is the key of the translation). A value that is itself a
/// <see cref="Sentence"/> (a stage's name, a nested message) is translated too. <see cref="ToString"/> is the English.
/// </summary>
public sealed class Sentence(string template, params object?[] values)
{
    /// <summary>The template of a sentence that is only its one value (a name): said without a lookup.</summary>
    public const string ValueOnly = "{0}";

    public string Template { get; } = template;

    public IReadOnlyList<object?> Values { get; } = values;

    /// <summary>A fixed sentence, or a word to translate as a value of another sentence.</summary>
    public static implicit operator Sentence(string text) => new(text);

    public static Sentence FromString(string text) => new(text);

    public override string ToString() => Values.Count == 0
        ? Template
        : string.Format(CultureInfo.InvariantCulture, Template, [.. Values]);
}

/// <summary>
/// Words or phrases shown together, each translated: a list as one value of a <see cref="Sentence"/> ("your CV, your
/// education"), or several sentences in a row (<paramref name="separator"/> " ").
/// </summary>
public sealed class SentenceList(IEnumerable<Sentence> items, string separator = ", ")
{
    public IReadOnlyList<Sentence> Items { get; } = [.. items];

    public string Separator { get; } = separator;

    public override string ToString() => string.Join(Separator, Items);
}

/// <summary>
/// The name of a piece of reference data (a Member State, mission, position type, competency or language) used as a
/// value of a <see cref="Sentence"/>: said with its official name in the reader's language. <see cref="ToString"/> is the English.
/// </summary>
public sealed record ReferenceName(string English)
{
    public override string ToString() => English;
}
