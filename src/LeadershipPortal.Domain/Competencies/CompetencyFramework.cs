using LeadershipPortal.Domain.Common;

namespace LeadershipPortal.Domain.Competencies;

/// <summary>
/// A versioned set of competencies. A framework used by a published vacancy is never edited in place:
/// a new version is made instead, so that scores always refer to the text the assessors saw.
/// </summary>
public sealed class CompetencyFramework
{
    private readonly List<Competency> _competencies = [];

    private CompetencyFramework()
    {
        Code = Name = Description = string.Empty;
    }

    public CompetencyFramework(string code, string name, int version, string description)
    {
        Code = Guard.Required(code, "Framework code", 20).ToUpperInvariant();
        Name = Guard.Required(name, "Framework name", 200);
        Description = Guard.Optional(description, "Description", 2000) ?? string.Empty;
        if (version < 1)
        {
            throw new DomainRuleException("A framework version starts at 1.");
        }

        Version = version;
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public int Version { get; private set; }

    public string Description { get; private set; }

    public IReadOnlyCollection<Competency> Competencies => _competencies.AsReadOnly();

    public Competency AddCompetency(string code, string name, string description, IEnumerable<string> indicators, IEnumerable<string> levelDescriptors)
    {
        var competency = new Competency(code, name, description, indicators, levelDescriptors);
        if (_competencies.Any(c => c.Code == competency.Code))
        {
            throw new DomainRuleException($"The framework already has a competency {competency.Code}.");
        }

        _competencies.Add(competency);
        return competency;
    }
}

public sealed class Competency
{
    private Competency()
    {
        Code = Name = Description = string.Empty;
    }

    internal Competency(string code, string name, string description, IEnumerable<string> indicators, IEnumerable<string> levelDescriptors)
    {
        Code = Guard.Required(code, "Competency code", 20).ToUpperInvariant();
        Name = Guard.Required(name, "Competency name", 200);
        Description = Guard.Optional(description, "Description", 2000) ?? string.Empty;
        Indicators = indicators.Select(i => Guard.Required(i, "Indicator", 500)).ToList();
        LevelDescriptors = levelDescriptors.Select(d => Guard.Required(d, "Level descriptor", 1000)).ToList();
        if (LevelDescriptors.Count != RatingScale.Maximum)
        {
            throw new DomainRuleException($"Competency {Code} needs one descriptor for each of the {RatingScale.Maximum} rating levels.");
        }
    }

    public int Id { get; private set; }

    public int FrameworkId { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string Description { get; private set; }

    /// <summary>Behavioural indicators an assessor looks for.</summary>
    public List<string> Indicators { get; private set; } = [];

    /// <summary>What each rating level looks like for this competency; index 0 describes rating 1.</summary>
    public List<string> LevelDescriptors { get; private set; } = [];

    public string DescriptorFor(Rating rating) => LevelDescriptors[(int)rating - 1];
}
