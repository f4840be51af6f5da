namespace LeadershipPortal.Domain.Scoring;

/// <summary>A competency whose panel mean rating is below the vacancy's minimum for it.</summary>
public sealed record CompetencyShortfall(int CompetencyId, double MeanRating, int MinimumRating);

public sealed record EligibilityResult(IReadOnlyList<CompetencyShortfall> Shortfalls)
{
    public bool IsEligible => Shortfalls.Count == 0;
}

/// <summary>
/// An application is eligible when, for every competency, the panel's mean rating is at or above the minimum.
/// The mean, not each assessor, decides: one harsh rating does not exclude a candidate on its own (a wide
/// spread is flagged as a <see cref="Disagreement"/> instead).
/// </summary>
public static class Eligibility
{
    public static EligibilityResult Check(IReadOnlyCollection<ScoringCompetency> competencies, IReadOnlyDictionary<int, double> meanRatingByCompetency) =>
        new(competencies
            .Select(c => new CompetencyShortfall(c.CompetencyId, MeanOf(c.CompetencyId, meanRatingByCompetency), c.MinimumRating))
            .Where(s => s.MeanRating < s.MinimumRating)
            .ToList());

    private static double MeanOf(int competencyId, IReadOnlyDictionary<int, double> means) =>
        means.TryGetValue(competencyId, out var mean)
            ? mean
            : throw new ArgumentException($"Competency {competencyId} has no mean rating.", nameof(means));
}
