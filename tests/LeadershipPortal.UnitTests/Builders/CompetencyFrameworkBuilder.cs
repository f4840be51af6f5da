using LeadershipPortal.Domain.Competencies;

namespace LeadershipPortal.UnitTests.Builders;

public sealed class CompetencyFrameworkBuilder
{
    public const string DefaultCode = "unslc";

    private int _version = 1;

    /// <summary>One descriptor per rating level, each naming its level so a test can tell them apart.</summary>
    public static List<string> FiveDescriptors() =>
        [.. Enumerable.Range(1, 5).Select(level => $"Level {level} behaviour.")];

    public static List<string> Indicators() => ["Sets direction", "Holds others to account"];

    public CompetencyFrameworkBuilder WithVersion(int version)
    {
        _version = version;
        return this;
    }

    public CompetencyFramework Build() =>
        new(DefaultCode, "UN Senior Leadership Competencies", _version, "Competencies for senior mission leaders.");
}
