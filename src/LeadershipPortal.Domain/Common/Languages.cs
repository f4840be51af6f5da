namespace LeadershipPortal.Domain.Common;

public static class Languages
{
    /// <summary>The six official languages of the United Nations, listed first wherever languages are chosen.</summary>
    public static readonly IReadOnlyList<string> Official = ["Arabic", "Chinese", "English", "French", "Russian", "Spanish"];
}

/// <summary>A language a person speaks, and how well.</summary>
public sealed record LanguageSkill(string Language, LanguageLevel Level);
