namespace LeadershipPortal.Domain.Scoring;

/// <summary>
/// Assessors disagree on a competency when their ratings of it for one application span
/// <see cref="FlagSpan"/> points or more (say 2 and 4). HR records a consensus note before shortlisting.
/// </summary>
public static class Disagreement
{
    public const int FlagSpan = 2;

    /// <summary>The competencies, in the vacancy's order, whose highest and lowest rating differ by 2 or more.</summary>
    public static IReadOnlyList<int> FlaggedCompetencies(
        IReadOnlyCollection<ScoringCompetency> competencies,
        IReadOnlyCollection<IReadOnlyDictionary<int, int>> ratingsByAssessor) =>
        competencies
            .Where(c => SpanOf(c.CompetencyId, ratingsByAssessor) >= FlagSpan)
            .Select(c => c.CompetencyId)
            .ToList();

    /// <summary>Highest minus lowest rating of one competency; 0 with fewer than two assessors.</summary>
    public static int SpanOf(int competencyId, IReadOnlyCollection<IReadOnlyDictionary<int, int>> ratingsByAssessor)
    {
        if (ratingsByAssessor.Count == 0)
        {
            return 0;
        }

        var ratings = ratingsByAssessor.Select(r => WeightedTotal.RatingOf(competencyId, r)).ToList();
        return ratings.Max() - ratings.Min();
    }
}
