using LeadershipPortal.Domain.Common;

namespace LeadershipPortal.Domain.Mentoring;

/// <summary>A former senior leader who mentors serving heads of mission.</summary>
public sealed class MentorProfile
{
    private MentorProfile()
    {
        UserId = FullName = string.Empty;
    }

    public MentorProfile(string userId, string fullName, int capacity)
    {
        UserId = Guard.Required(userId, "User", 450);
        FullName = Guard.Required(fullName, "Full name", 200);
        SetCapacity(capacity);
    }

    public int Id { get; private set; }

    public string UserId { get; private set; }

    public string FullName { get; private set; }

    public string? Bio { get; private set; }

    /// <summary>The most mentees this mentor takes on at once.</summary>
    public int Capacity { get; private set; }

    public string? Availability { get; private set; }

    public List<FormerPost> FormerPosts { get; private set; } = [];

    public List<MandateArea> Expertise { get; private set; } = [];

    public List<Region> Regions { get; private set; } = [];

    public List<LanguageSkill> Languages { get; private set; } = [];

    /// <summary>Mission codes the mentor declared a conflict of interest with; never paired with their heads.</summary>
    public List<string> ConflictMissions { get; private set; } = [];

    public void DeclareConflicts(IEnumerable<string> missionCodes) =>
        ConflictMissions = missionCodes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => Guard.Required(c, "Mission code", 20).ToUpperInvariant()).Distinct().Order().ToList();

    public void SetCapacity(int capacity)
    {
        if (capacity is < 0 or > 10)
        {
            throw new DomainRuleException("Capacity is from 0 to 10 mentees.");
        }

        Capacity = capacity;
    }

    public void Describe(string? bio, string? availability, IEnumerable<MandateArea> expertise, IEnumerable<Region> regions, IEnumerable<LanguageSkill> languages, IEnumerable<FormerPost> formerPosts)
    {
        var posts = formerPosts.ToList();
        foreach (var post in posts)
        {
            Guard.Required(post.PositionType, "Position type", 10);
            Guard.Required(post.Mission, "Mission", 20);
            if (post.FromYear is < 1948 or > 2100 || post.ToYear < post.FromYear)
            {
                throw new DomainRuleException("A former post runs from a year after 1948 to a later year (or is current).");
            }
        }

        Bio = Guard.Optional(bio, "Biography", 2000);
        Availability = Guard.Optional(availability, "Availability", 500);
        Expertise = expertise.Distinct().Order().ToList();
        Regions = regions.Distinct().Order().ToList();
        Languages = languages.ToList();
        FormerPosts = posts;
    }
}

/// <summary>A senior post the mentor held; the position type and mission are codes such as HOM and UNMISS.</summary>
public sealed record FormerPost(string PositionType, string Mission, int FromYear, int? ToYear)
{
    /// <summary>A post without an end year is held now.</summary>
    public bool IsCurrent => ToYear is null;
}

/// <summary>A serving Head or Deputy Head of Mission who is, or may become, a mentee.</summary>
public sealed class MenteeProfile
{
    private MenteeProfile()
    {
        UserId = FullName = string.Empty;
    }

    public MenteeProfile(string userId, string fullName, int missionId, int positionTypeId, DateOnly startedOn)
    {
        UserId = Guard.Required(userId, "User", 450);
        FullName = Guard.Required(fullName, "Full name", 200);
        MissionId = missionId;
        PositionTypeId = positionTypeId;
        StartedOn = startedOn;
    }

    public int Id { get; private set; }

    public string UserId { get; private set; }

    public string FullName { get; private set; }

    public int MissionId { get; private set; }

    public int PositionTypeId { get; private set; }

    public DateOnly StartedOn { get; private set; }

    public List<string> DevelopmentGoals { get; private set; } = [];

    public List<Region> Regions { get; private set; } = [];

    public List<LanguageSkill> Languages { get; private set; } = [];

    public void MoveToPost(int missionId, int positionTypeId, DateOnly startedOn)
    {
        MissionId = missionId;
        PositionTypeId = positionTypeId;
        StartedOn = startedOn;
    }

    public void SetGoals(IEnumerable<string> goals) =>
        DevelopmentGoals = goals.Where(g => !string.IsNullOrWhiteSpace(g)).Select(g => Guard.Required(g, "Goal", 500)).ToList();

    public void SetBackground(IEnumerable<Region> regions, IEnumerable<LanguageSkill> languages)
    {
        Regions = regions.Distinct().Order().ToList();
        Languages = languages.ToList();
    }
}
