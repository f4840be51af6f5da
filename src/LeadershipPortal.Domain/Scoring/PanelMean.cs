namespace LeadershipPortal.Domain.Scoring;

/// <summary>What the panel as a whole thinks of one application, before any leniency adjustment.</summary>
public static class PanelMean
{
    /// <summary>The mean of the assessors' weighted totals: the application's raw total.</summary>
    public static double OfTotals(IReadOnlyCollection<double> weightedTotals)
    {
        if (weightedTotals.Count == 0)
        {
            throw new ArgumentException("A panel mean needs at least one assessor's total.", nameof(weightedTotals));
        }

        return weightedTotals.Average();
    }

    /// <summary>The mean rating of each competency across the application's assessors, by competency id.</summary>
    public static IReadOnlyDictionary<int, double> PerCompetency(
        IReadOnlyCollection<ScoringCompetency> competencies,
        IReadOnlyCollection<IReadOnlyDictionary<int, int>> ratingsByAssessor)
    {
        if (ratingsByAssessor.Count == 0)
        {
            throw new ArgumentException("A panel mean needs at least one assessor's ratings.", nameof(ratingsByAssessor));
        }

        return competencies.ToDictionary(
            c => c.CompetencyId,
            c => ratingsByAssessor.Average(r => (double)WeightedTotal.RatingOf(c.CompetencyId, r)));
    }
}
