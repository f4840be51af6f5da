using System.Text.Json;
using System.Text.Json.Serialization;
using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.GenderBalance;
using LeadershipPortal.Domain.Mentoring;
using LeadershipPortal.Domain.Reference;
using LeadershipPortal.Domain.Vacancies;

namespace LeadershipPortal.Web.Data.Seeding;

/// <summary>Reads the JSON files of <c>seed-data/</c> (documented in its README).</summary>
public sealed class SeedFiles(string directory)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static SeedFiles NextToApp() => new(Path.Combine(AppContext.BaseDirectory, "seed-data"));

    public IReadOnlyList<MemberStateSeed> MemberStates() => Read<List<MemberStateSeed>>("member-states.json");

    public IReadOnlyList<MissionSeed> Missions() => Read<List<MissionSeed>>("missions.json");

    public IReadOnlyList<PositionTypeSeed> PositionTypes() => Read<List<PositionTypeSeed>>("position-types.json");

    public FrameworkSeed Framework() => Read<FrameworkSeed>("competency-framework.json");

    public IReadOnlyList<VacancySeed> Vacancies() => Read<List<VacancySeed>>("demo-vacancies.json");

    public PeopleSeed People() => Read<PeopleSeed>("demo-people.json");

    public IReadOnlyList<CandidateSeed> Candidates() => Read<List<CandidateSeed>>("demo-candidates.json");

    public IReadOnlyList<ApplicationSeed> Applications() => Read<List<ApplicationSeed>>("demo-applications.json");

    public IReadOnlyList<GenderTargetSeed> GenderTargets() => Read<List<GenderTargetSeed>>("demo-gender-targets.json");

    private T Read<T>(string file)
    {
        var path = Path.Combine(directory, file);
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidDataException($"{path} is empty.");
    }
}

public sealed record MemberStateSeed(string Name, string IsoCode, Region Region);

public sealed record MissionSeed(string Code, string Name, string HostCountry, Region Region, List<MandateArea> MandateAreas);

public sealed record PositionTypeSeed(string Code, string Name, PositionCategory Category, List<Grade> Grades);

public sealed record FrameworkSeed(string Code, string Name, int Version, string? Description, List<CompetencySeed> Competencies);

public sealed record CompetencySeed(string Code, string Name, string? Description, List<string> Indicators, Dictionary<string, string> Levels);

public sealed record VacancySeed(
    string Key,
    string Title,
    string Mission,
    string PositionType,
    Grade Grade,
    VacancyStatus Status,
    int OpensDaysFromNow,
    int ClosesDaysFromNow,
    int? ScoringDeadlineDaysFromNow,
    int? GenderTargetPercent,
    NeedsSeed Needs,
    List<VacancyCompetencySeed> Competencies,
    List<string> Panel);

public sealed record NeedsSeed(List<string> RequiredLanguages, List<string> DesiredLanguages, List<Region> Regions, List<MandateArea> MandateAreas, int MinYearsSenior, string? Summary);

public sealed record VacancyCompetencySeed(string Code, int Weight, int MinimumRating);

public sealed record PeopleSeed(List<StaffSeed> Staff, List<MentorSeed> Mentors, List<HeadOfMissionSeed> HeadsOfMission, List<MentorshipSeed> Mentorships);

public sealed record StaffSeed(string Email, string DisplayName, List<string> Roles, Gender? Gender, string? Nationality);

public sealed record LanguageSeed(string Language, LanguageLevel Level);

public sealed record MentorSeed(
    string Email,
    string DisplayName,
    Gender? Gender,
    string? Nationality,
    int Capacity,
    string? Availability,
    List<FormerPostSeed> FormerPosts,
    List<MandateArea> Expertise,
    List<Region> Regions,
    List<LanguageSeed> Languages,
    string? Bio,
    List<string>? ConflictMissions = null);

public sealed record FormerPostSeed(string PositionType, string Mission, int FromYear, int? ToYear);

public sealed record HeadOfMissionSeed(
    string Email,
    string DisplayName,
    Gender? Gender,
    string? Nationality,
    string Mission,
    string PositionType,
    DateOnly StartedOn,
    List<string> Goals,
    List<LanguageSeed>? Languages,
    List<Region>? Regions);

public sealed record MentorshipSeed(
    string Mentor,
    string Mentee,
    MentorshipStatus Status,
    int? StartedDaysAgo,
    MeetingCadence Cadence,
    List<string> Goals,
    string? EndReason,
    int? EndedDaysAgo,
    List<SessionSeed>? Sessions,
    PairingFit? MentorFit = null,
    PairingFit? MenteeFit = null);

public sealed record SessionSeed(
    int DaysAgo,
    int DurationMinutes,
    SessionMode Mode,
    List<string> Topics,
    string? SharedSummary,
    string? PrivateNotes,
    List<ActionItemSeed>? ActionItems,
    int? MenteeRating,
    string? MenteeComment = null,
    List<string>? LinkedGoals = null);

public sealed record ActionItemSeed(string Text, bool Done, ActionOwner? Owner = null, int? DueInDays = null);

public sealed record CandidateSeed(
    string Email,
    string FullName,
    Gender? Gender,
    string? Nationality,
    string? NominatingState,
    DateOnly? NominatedOn,
    string? CurrentPost,
    int YearsInSeniorPosts,
    List<LanguageSeed> Languages,
    List<Region> Regions,
    List<MandateArea> MandateAreas,
    List<FieldMissionSeed>? FieldMissions,
    string? Education,
    Readiness? Readiness);

public sealed record FieldMissionSeed(string Mission, string Role, int FromYear, int? ToYear);

public sealed record ApplicationSeed(
    string Candidate,
    string Vacancy,
    ApplicationStage Stage,
    int? DaysAgoSubmitted,
    string? Statement,
    string? Notes,
    List<AssessmentSeed>? Assessments,
    List<ConsensusNoteSeed>? ConsensusNotes);

/// <summary>How the panel resolved a disagreement on one competency, as HR recorded it.</summary>
public sealed record ConsensusNoteSeed(ApplicationStage Stage, string Competency, string Note);

public sealed record AssessmentSeed(
    string Assessor,
    ApplicationStage Stage,
    SeedConflict Conflict,
    string? RecusalReason,
    bool Submitted,
    List<RatingSeed>? Ratings);

/// <summary>How the seed files write a conflict-of-interest declaration.</summary>
public enum SeedConflict
{
    None,
    Recused,
}

public sealed record RatingSeed(string Competency, int Rating, string Evidence);

/// <summary>A gender target HR has set; <c>scopeCode</c> is a position-type or mission code, null for all senior posts.</summary>
public sealed record GenderTargetSeed(TargetScope Scope, string? ScopeCode, int SharePercent, DateOnly Deadline);
