namespace LeadershipPortal.Domain.Common;

public static class Languages
{
    /// <summary>The six official languages of the United Nations, listed first wherever languages are chosen.</summary>
    public static readonly IReadOnlyList<string> Official = ["Arabic", "Chinese", "English", "French", "Russian", "Spanish"];

    /// <summary>Other languages met in mission areas and among nominees, alphabetically.</summary>
    public static readonly IReadOnlyList<string> Others =
    [
        "Amharic", "Bengali", "Danish", "Dutch", "Farsi", "Filipino", "Finnish", "German", "Greek", "Hausa", "Hebrew",
        "Hindi", "Indonesian", "Italian", "Japanese", "Kinyarwanda", "Kirundi", "Korean", "Lingala", "Malay", "Nepali",
        "Norwegian", "Pashto", "Polish", "Portuguese", "Romanian", "Sango", "Serbian", "Somali", "Swahili", "Swedish",
        "Tamil", "Thai", "Turkish", "Ukrainian", "Urdu", "Vietnamese", "Wolof", "Yoruba",
    ];

    public static readonly IReadOnlyList<string> All = [.. Official, .. Others];

    public static bool IsKnown(string? language) => language is not null && All.Contains(language, StringComparer.Ordinal);
}

/// <summary>A language a person speaks, and how well.</summary>
public sealed record LanguageSkill(string Language, LanguageLevel Level);
