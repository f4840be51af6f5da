using LeadershipPortal.Domain.Scoring;

namespace LeadershipPortal.UnitTests.Builders;

/// <summary>Short ways to write the inputs of the scoring worked examples.</summary>
public static class ScoringData
{
    /// <summary>Competencies 1, 2 and 3 weighted 40/35/25, with minimum ratings 3, 3 and 2.</summary>
    public static readonly IReadOnlyList<ScoringCompetency> ThreeCompetencies =
    [
        new(CompetencyId: 1, Weight: 40, MinimumRating: 3),
        new(CompetencyId: 2, Weight: 35, MinimumRating: 3),
        new(CompetencyId: 3, Weight: 25, MinimumRating: 2),
    ];

    /// <summary>One competency weighted 100 with minimum 1, so that each rating is the weighted total itself.</summary>
    public static readonly IReadOnlyList<ScoringCompetency> OneCompetency = [new(CompetencyId: 1, Weight: 100, MinimumRating: 1)];

    /// <summary>Ratings given in the order of competency ids 1, 2, 3, ….</summary>
    public static AssessorRatings Rated(string assessorId, int applicationId, params int[] ratings) =>
        new(assessorId, applicationId, ratings.Select((rating, index) => (Id: index + 1, Rating: rating)).ToDictionary(p => p.Id, p => p.Rating));

    public static IReadOnlyDictionary<int, int> Ratings(params int[] ratings) =>
        Rated("any", 0, ratings).RatingsByCompetency;

    /// <summary>A total for the leniency tests, where the assessor's weighted total is given directly.</summary>
    public static AssessorTotal Total(string assessorId, int applicationId, double total) => new(assessorId, applicationId, total);
}
