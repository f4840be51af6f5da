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

    /// <summary>
    /// A copy of this framework as the next version, for editing when this one is in use: the version that
    /// published vacancies were assessed against stays exactly as it was.
    /// </summary>
    public CompetencyFramework NextVersion()
    {
        var next = new CompetencyFramework(Code, Name, Version + 1, Description);
        foreach (var c in _competencies)
        {
            next.AddCompetency(c.Code, c.Name, c.Description, c.Indicators, c.LevelDescriptors);
        }

        return next;
    }

    /// <summary>Rewrites one competency's text; the caller makes sure no published vacancy uses this version.</summary>
    public void UpdateCompetency(string code, string name, string description, IEnumerable<string> indicators, IEnumerable<string> levelDescriptors)
    {
        var competency = _competencies.SingleOrDefault(c => c.Code == code.ToUpperInvariant())
            ?? throw new DomainRuleException("The framework has no competency {0}.", code);
        competency.Update(name, description, indicators, levelDescriptors);
    }

    public Competency AddCompetency(string code, string name, string description, IEnumerable<string> indicators, IEnumerable<string> levelDescriptors)
    {
        var competency = new Competency(code, name, description, indicators, levelDescriptors);
        if (_competencies.Any(c => c.Code == competency.Code))
        {
            throw new DomainRuleException("The framework already has a competency {0}.", competency.Code);
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
        Name = string.Empty;
        Description = string.Empty;
        Update(name, description, indicators, levelDescriptors);
    }

    internal void Update(string name, string description, IEnumerable<string> indicators, IEnumerable<string> levelDescriptors)
    {
        // Everything is checked before anything changes, so a refused edit leaves the competency whole.
        var newName = Guard.Required(name, "Competency name", 200);
        var newDescription = Guard.Optional(description, "Description", 2000) ?? string.Empty;
        var newIndicators = indicators.Select(i => Guard.Required(i, "Indicator", 500)).ToList();
        var newDescriptors = levelDescriptors.Select(d => Guard.Required(d, "Level descriptor", 1000)).ToList();
        if (newDescriptors.Count != RatingScale.Maximum)
        {
            throw new DomainRuleException("Competency {0} needs one descriptor for each of the {1} rating levels.", Code, RatingScale.Maximum);
        }

        Name = newName;
        Description = newDescription;
        Indicators = newIndicators;
        LevelDescriptors = newDescriptors;
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
