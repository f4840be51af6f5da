using LeadershipPortal.Domain.Common;

namespace LeadershipPortal.Domain.Vacancies;

public enum VacancyStatus
{
    Draft,
    Published,
    Closed,
}

/// <summary>
/// A senior post open to competition. Dates are UTC. Its competencies carry weights that sum to 100,
/// so that a weighted total is on the same 1–5 scale as a single rating.
/// </summary>
public sealed class Vacancy
{
    public const int TotalWeight = 100;

    private readonly List<VacancyCompetency> _competencies = [];
    private readonly List<PanelMember> _panel = [];

    private Vacancy()
    {
        Key = Title = string.Empty;
        Needs = new MissionNeeds();
    }

    public Vacancy(string key, string title, int missionId, int positionTypeId, Grade grade, DateTime opensAtUtc, DateTime closesAtUtc, MissionNeeds needs, int? genderTargetPercent)
    {
        Key = Guard.Required(key, "Vacancy reference", 40).ToUpperInvariant();
        Title = Guard.Required(title, "Title", 200);
        MissionId = missionId;
        PositionTypeId = positionTypeId;
        Grade = grade;
        Needs = needs;
        Reschedule(opensAtUtc, closesAtUtc);
        SetGenderTarget(genderTargetPercent);
    }

    public int Id { get; private set; }

    /// <summary>A stable reference people quote, such as MONUSCO-HOM-2026.</summary>
    public string Key { get; private set; }

    public string Title { get; private set; }

    public int MissionId { get; private set; }

    public int PositionTypeId { get; private set; }

    public Grade Grade { get; private set; }

    public VacancyStatus Status { get; private set; }

    public DateTime OpensAtUtc { get; private set; }

    public DateTime ClosesAtUtc { get; private set; }

    public DateTime? ScoringDeadlineUtc { get; private set; }

    public MissionNeeds Needs { get; private set; }

    /// <summary>The share of women sought on the shortlist, in percent.</summary>
    public int? GenderTargetPercent { get; private set; }

    public IReadOnlyCollection<VacancyCompetency> Competencies => _competencies.AsReadOnly();

    public IReadOnlyCollection<PanelMember> Panel => _panel.AsReadOnly();

    /// <summary>Changes what the post is; only while the vacancy is a draft, before anyone has applied.</summary>
    public void Describe(string title, int missionId, int positionTypeId, Grade grade)
    {
        if (Status != VacancyStatus.Draft)
        {
            throw new DomainRuleException("The post of a published vacancy cannot change: candidates applied to it.");
        }

        Title = Guard.Required(title, "Title", 200);
        MissionId = missionId;
        PositionTypeId = positionTypeId;
        Grade = grade;
    }

    /// <summary>Updates the mission-needs profile; not once the vacancy is closed.</summary>
    public void UpdateNeeds(MissionNeeds needs)
    {
        EnsureNotClosed();
        if (needs.MinimumYearsInSeniorPosts is < 0 or > 40)
        {
            throw new DomainRuleException("Minimum years in senior posts must be between 0 and 40.");
        }

        Needs = needs;
    }

    public bool IsOpenForApplications(DateTime nowUtc) =>
        Status == VacancyStatus.Published && nowUtc >= OpensAtUtc && nowUtc < ClosesAtUtc;

    public void Reschedule(DateTime opensAtUtc, DateTime closesAtUtc)
    {
        EnsureNotClosed();
        opensAtUtc = Guard.Utc(opensAtUtc);
        closesAtUtc = Guard.Utc(closesAtUtc);
        if (closesAtUtc <= opensAtUtc)
        {
            throw new DomainRuleException("The closing date must be after the opening date.");
        }

        OpensAtUtc = opensAtUtc;
        ClosesAtUtc = closesAtUtc;
    }

    public void SetGenderTarget(int? percent)
    {
        EnsureNotClosed();
        if (percent is < 0 or > 100)
        {
            throw new DomainRuleException("A gender target is a percentage from 0 to 100.");
        }

        GenderTargetPercent = percent;
    }

    public void SetScoringDeadline(DateTime? deadlineUtc) =>
        ScoringDeadlineUtc = deadlineUtc is null ? null : Guard.Utc(deadlineUtc.Value);

    /// <summary>Replaces the assessed competencies; weights must sum to 100 and each minimum be a valid rating.</summary>
    public void SetCompetencies(IReadOnlyCollection<VacancyCompetency> competencies)
    {
        if (Status != VacancyStatus.Draft)
        {
            throw new DomainRuleException("The competencies of a published vacancy cannot change: candidates applied against them.");
        }

        ValidateCompetencies(competencies);
        _competencies.Clear();
        _competencies.AddRange(competencies);
    }

    public static void ValidateCompetencies(IReadOnlyCollection<VacancyCompetency> competencies)
    {
        if (competencies.Count == 0)
        {
            throw new DomainRuleException("Choose at least one competency to assess.");
        }

        if (competencies.Select(c => c.CompetencyId).Distinct().Count() != competencies.Count)
        {
            throw new DomainRuleException("Each competency can be chosen once.");
        }

        if (competencies.Any(c => c.Weight <= 0))
        {
            throw new DomainRuleException("Every competency weight must be greater than zero.");
        }

        var total = competencies.Sum(c => c.Weight);
        if (total != TotalWeight)
        {
            throw new DomainRuleException("Competency weights must sum to {0}; they sum to {1}.", TotalWeight, total);
        }
    }

    public void Publish()
    {
        if (Status != VacancyStatus.Draft)
        {
            throw new DomainRuleException("Only a draft vacancy can be published.");
        }

        ValidateCompetencies(_competencies);
        Status = VacancyStatus.Published;
    }

    public void Close(DateTime nowUtc)
    {
        if (Status != VacancyStatus.Published)
        {
            throw new DomainRuleException("Only a published vacancy can be closed.");
        }

        if (nowUtc < OpensAtUtc)
        {
            throw new DomainRuleException("This vacancy has not opened yet; change its dates instead of closing it.");
        }

        Status = VacancyStatus.Closed;
        if (ClosesAtUtc > nowUtc)
        {
            ClosesAtUtc = Guard.Utc(nowUtc);
        }
    }

    public bool HasOnPanel(string assessorId) => _panel.Any(p => p.AssessorId == assessorId);

    public void AssignAssessor(string assessorId, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(assessorId))
        {
            throw new DomainRuleException("Choose an assessor.");
        }

        if (HasOnPanel(assessorId))
        {
            throw new DomainRuleException("That assessor is already on the panel.");
        }

        _panel.Add(new PanelMember(assessorId, Guard.Utc(nowUtc)));
    }

    /// <summary>Panels change even after closing: a closed vacancy is often still being assessed.</summary>
    public void RemoveAssessor(string assessorId) => _panel.RemoveAll(p => p.AssessorId == assessorId);

    /// <summary>Fewer than this many assessors is not a panel (UN competency-based interviews use at least three).</summary>
    public const int MinimumPanelSize = 3;

    private void EnsureNotClosed()
    {
        if (Status == VacancyStatus.Closed)
        {
            throw new DomainRuleException("This vacancy is closed; its details can no longer change.");
        }
    }
}

/// <summary>What a mission needs of this leader now: the basis of the mission-fit score.</summary>
public sealed class MissionNeeds
{
    public List<string> RequiredLanguages { get; set; } = [];

    public List<string> DesiredLanguages { get; set; } = [];

    public List<Region> Regions { get; set; } = [];

    public List<MandateArea> MandateAreas { get; set; } = [];

    public int MinimumYearsInSeniorPosts { get; set; }

    public string Summary { get; set; } = string.Empty;
}

public sealed class VacancyCompetency
{
    private VacancyCompetency()
    {
    }

    public VacancyCompetency(int competencyId, int weight, int minimumRating)
    {
        if (!Competencies.RatingScale.IsValid(minimumRating))
        {
            throw new DomainRuleException("A minimum rating is from 1 to 5.");
        }

        CompetencyId = competencyId;
        Weight = weight;
        MinimumRating = minimumRating;
    }

    public int VacancyId { get; private set; }

    public int CompetencyId { get; private set; }

    /// <summary>Percent of the weighted total; all of a vacancy's weights sum to 100.</summary>
    public int Weight { get; private set; }

    public int MinimumRating { get; private set; }
}

public sealed class PanelMember
{
    private PanelMember()
    {
        AssessorId = string.Empty;
    }

    internal PanelMember(string assessorId, DateTime assignedAtUtc)
    {
        AssessorId = assessorId;
        AssignedAtUtc = assignedAtUtc;
    }

    public int VacancyId { get; private set; }

    /// <summary>The Identity user id of the assessor.</summary>
    public string AssessorId { get; private set; }

    public DateTime AssignedAtUtc { get; private set; }
}
