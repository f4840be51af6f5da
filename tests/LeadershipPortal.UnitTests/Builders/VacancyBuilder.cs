using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Vacancies;

namespace LeadershipPortal.UnitTests.Builders;

/// <summary>A valid draft vacancy by default; each With... changes one thing the test cares about.</summary>
public sealed class VacancyBuilder
{
    public const string DefaultKey = "monusco-hom-2026";
    public const string DefaultTitle = "Head of Mission, MONUSCO";
    public const int DefaultMissionId = 7;
    public const int DefaultPositionTypeId = 1;

    public static readonly DateTime DefaultOpensAtUtc = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime DefaultClosesAtUtc = new(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc);

    private DateTime _opensAtUtc = DefaultOpensAtUtc;
    private DateTime _closesAtUtc = DefaultClosesAtUtc;
    private int? _genderTargetPercent = 50;
    private List<VacancyCompetency> _competencies = DefaultCompetencies();
    private bool _published;

    /// <summary>Three competencies weighted 40/30/30, the usual shape of a senior-post vacancy.</summary>
    public static List<VacancyCompetency> DefaultCompetencies() =>
    [
        new(competencyId: 1, weight: 40, minimumRating: 3),
        new(competencyId: 2, weight: 30, minimumRating: 3),
        new(competencyId: 3, weight: 30, minimumRating: 2),
    ];

    public VacancyBuilder WithSchedule(DateTime opensAtUtc, DateTime closesAtUtc)
    {
        _opensAtUtc = opensAtUtc;
        _closesAtUtc = closesAtUtc;
        return this;
    }

    public VacancyBuilder WithGenderTarget(int? percent)
    {
        _genderTargetPercent = percent;
        return this;
    }

    public VacancyBuilder WithCompetencies(params VacancyCompetency[] competencies)
    {
        _competencies = [.. competencies];
        return this;
    }

    public VacancyBuilder WithoutCompetencies()
    {
        _competencies = [];
        return this;
    }

    public VacancyBuilder Published()
    {
        _published = true;
        return this;
    }

    public Vacancy Build()
    {
        var vacancy = new Vacancy(
            DefaultKey,
            DefaultTitle,
            DefaultMissionId,
            DefaultPositionTypeId,
            Grade.USG,
            _opensAtUtc,
            _closesAtUtc,
            new MissionNeeds { RequiredLanguages = ["French"], Regions = [Region.Africa] },
            _genderTargetPercent);
        if (_competencies.Count > 0)
        {
            vacancy.SetCompetencies(_competencies);
        }

        if (_published)
        {
            vacancy.Publish();
        }

        return vacancy;
    }
}
