using LeadershipPortal.Domain.Scoring;
using static LeadershipPortal.UnitTests.Builders.ScoringData;

namespace LeadershipPortal.UnitTests.Scoring;

public sealed class EligibilityTests
{
    // Minimums: competency 1 ≥ 3, competency 2 ≥ 3, competency 3 ≥ 2.
    private static EligibilityResult Check(params IReadOnlyDictionary<int, int>[] ratings) =>
        Eligibility.Check(ThreeCompetencies, PanelMean.PerCompetency(ThreeCompetencies, ratings));

    [Fact]
    public void A_mean_exactly_at_every_minimum_is_eligible()
    {
        // Means 3, 3, 2: each equal to its minimum.
        var result = Check(Ratings(3, 3, 2), Ratings(3, 3, 2));

        Assert.True(result.IsEligible);
        Assert.Empty(result.Shortfalls);
    }

    [Fact]
    public void A_mean_just_below_a_minimum_is_not_eligible_and_names_the_competency()
    {
        // Competency 2: (3 + 3 + 2) / 3 = 2.667, below its minimum of 3.
        var result = Check(Ratings(4, 3, 3), Ratings(4, 3, 3), Ratings(4, 2, 3));

        Assert.False(result.IsEligible);
        var shortfall = Assert.Single(result.Shortfalls);
        Assert.Equal(2, shortfall.CompetencyId);
        Assert.Equal(8 / 3.0, shortfall.MeanRating, 10);
        Assert.Equal(3, shortfall.MinimumRating);
    }

    [Fact]
    public void The_panel_mean_decides_not_a_single_assessor()
    {
        // One assessor rates competency 1 at 2, below its minimum of 3, but the mean is (2 + 4) / 2 = 3.
        var result = Check(Ratings(2, 3, 3), Ratings(4, 3, 3));

        Assert.True(result.IsEligible);
    }

    [Fact]
    public void Every_failing_competency_is_returned()
    {
        // Means 2, 2 and 1: all three below their minimums of 3, 3 and 2.
        var result = Check(Ratings(2, 2, 1));

        Assert.Equal([1, 2, 3], result.Shortfalls.Select(s => s.CompetencyId));
    }
}
