using LeadershipPortal.Domain.Vacancies;

namespace LeadershipPortal.Domain.Scoring;

/// <summary>One competency a vacancy assesses: its weight in percent (all weights sum to 100) and its minimum rating.</summary>
public sealed record ScoringCompetency(int CompetencyId, int Weight, int MinimumRating)
{
    public static ScoringCompetency From(VacancyCompetency competency) =>
        new(competency.CompetencyId, competency.Weight, competency.MinimumRating);
}

/// <summary>
/// One assessor's ratings (1–5) of one application, by competency id. The caller passes only assessments that
/// count toward scores (<c>Assessment.CountsTowardScores</c>: submitted, no conflict), all of one vacancy at one
/// stage: recused and draft assessments must never reach the aggregation.
/// </summary>
public sealed record AssessorRatings(string AssessorId, int ApplicationId, IReadOnlyDictionary<int, int> RatingsByCompetency);

/// <summary>An application to rank: its blind candidate code and its mission-fit score (0–100, from <see cref="MissionFit"/>).</summary>
public sealed record ScoringApplication(int ApplicationId, string CandidateCode, double MissionFitScore);
