using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Domain.Common;

namespace LeadershipPortal.Web.Features.Assessments;

public enum AssessmentPhase
{
    /// <summary>The assessor has not yet declared whether they have a conflict of interest.</summary>
    Declare,

    /// <summary>Declared no conflict; rating in draft.</summary>
    Score,

    /// <summary>Submitted and locked.</summary>
    Submitted,
}

/// <summary>
/// What an assessor sees of a candidate. Never the gender. At blind stages, until the whole panel has
/// submitted, only the candidate code and what does not identify the person.
/// </summary>
public sealed record CandidateView(
    string Code,
    bool Revealed,
    string? FullName,
    string? Nationality,
    string? NominatingState,
    string? CurrentPost,
    int YearsInSeniorPosts,
    IReadOnlyList<LanguageSkill> Languages,
    IReadOnlyList<Region> Regions,
    IReadOnlyList<MandateArea> MandateAreas,
    IReadOnlyList<FieldMissionExperience> FieldMissions,
    string? Education,
    string? Vision);

public sealed record ScoringCompetencyView(
    int CompetencyId,
    string Name,
    string Description,
    IReadOnlyList<string> Indicators,
    IReadOnlyList<string> LevelDescriptors,
    int Weight,
    int MinimumRating,
    string? CandidateStatement,
    int? MyRating,
    string? MyEvidence);

/// <summary>Another panel member's submitted ratings: shown only once the viewer has submitted their own.</summary>
public sealed record OtherAssessorRatings(string AssessorName, IReadOnlyDictionary<int, RatingWithEvidence> Ratings);

public sealed record RatingWithEvidence(int Rating, string Evidence);

public sealed record AssessmentPage(
    int ApplicationId,
    string VacancyTitle,
    string VacancyKey,
    ApplicationStage Stage,
    AssessmentPhase Phase,
    IReadOnlyList<string> LikelyConflicts,
    CandidateView? Candidate,
    IReadOnlyList<ScoringCompetencyView> Competencies,
    int Version,
    IReadOnlyList<OtherAssessorRatings> Others,
    DateTime? DeadlineUtc);

/// <summary>One competency as the assessor filled it in: both parts optional until submission.</summary>
public sealed record RatingInput(int? Rating, string? Evidence);
