using LeadershipPortal.Domain.Common;

namespace LeadershipPortal.Domain.Reference;

public enum PositionCategory
{
    Civilian,
    Military,
    Police,
}

/// <summary>A senior mission post, such as Head of Mission / SRSG or Force Commander, with the grades it is filled at.</summary>
public sealed class PositionType
{
    private PositionType()
    {
        Code = Name = string.Empty;
    }

    public PositionType(string code, string name, PositionCategory category, IEnumerable<Grade> grades)
    {
        Code = Guard.Required(code, "Position code", 10).ToUpperInvariant();
        Name = Guard.Required(name, "Position name", 100);
        Category = category;
        Grades = grades.Distinct().Order().ToList();
        if (Grades.Count == 0)
        {
            throw new DomainRuleException("A position type needs at least one grade.");
        }
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public PositionCategory Category { get; private set; }

    public List<Grade> Grades { get; private set; } = [];
}
