using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Competencies;
using LeadershipPortal.Domain.Vacancies;

namespace LeadershipPortal.Domain.Scoring;

/// <summary>One assessor's score of one application, on the same 1–5 scale as a single rating.</summary>
public static class WeightedTotal
{
    /// <summary>Refuses a competency set that a vacancy would refuse: none, duplicates, a weight ≤ 0, weights not summing to 100, a minimum outside 1–5.</summary>
    public static void EnsureValid(IReadOnlyCollection<ScoringCompetency> competencies) =>
        Vacancy.ValidateCompetencies(competencies.Select(c => new VacancyCompetency(c.CompetencyId, c.Weight, c.MinimumRating)).ToList());

    /// <summary>
    /// Σ (weight × rating) / 100 over the vacancy's competencies. Weights sum to 100, so the total stays on the 1–5 scale:
    /// weights 40/35/25 and ratings 4/3/5 give (160 + 105 + 125) / 100 = 3.9.
    /// The assessment must be complete: a submitted assessment rates every competency, so a missing rating is
    /// refused rather than guessed. Ratings of competencies the vacancy does not assess carry no weight and are ignored.
    /// </summary>
    public static double Of(IReadOnlyCollection<ScoringCompetency> competencies, IReadOnlyDictionary<int, int> ratingsByCompetency)
    {
        EnsureValid(competencies);
        return Unchecked(competencies, ratingsByCompetency);
    }

    /// <summary>The same as <see cref="Of"/> for competencies already validated.</summary>
    internal static double Unchecked(IReadOnlyCollection<ScoringCompetency> competencies, IReadOnlyDictionary<int, int> ratingsByCompetency)
    {
        var sum = 0;
        foreach (var competency in competencies)
        {
            sum += competency.Weight * RatingOf(competency.CompetencyId, ratingsByCompetency);
        }

        return sum / (double)Vacancy.TotalWeight;
    }

    internal static int RatingOf(int competencyId, IReadOnlyDictionary<int, int> ratingsByCompetency)
    {
        if (!ratingsByCompetency.TryGetValue(competencyId, out var rating))
        {
            throw new DomainRuleException($"Competency {competencyId} has no rating; only complete assessments are aggregated.");
        }

        if (!RatingScale.IsValid(rating))
        {
            throw new DomainRuleException($"Competency {competencyId} is rated {rating}; a rating is from 1 to 5.");
        }

        return rating;
    }
}
