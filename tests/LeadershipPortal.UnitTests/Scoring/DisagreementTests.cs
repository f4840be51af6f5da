using LeadershipPortal.Domain.Scoring;
using static LeadershipPortal.UnitTests.Builders.ScoringData;

namespace LeadershipPortal.UnitTests.Scoring;

public sealed class DisagreementTests
{
    [Fact]
    public void Ratings_spanning_exactly_2_points_are_flagged()
    {
        // Competency 2 is rated 2 and 4: 4 − 2 = 2.
        var flagged = Disagreement.FlaggedCompetencies(ThreeCompetencies, [Ratings(4, 2, 4), Ratings(4, 4, 4)]);

        Assert.Equal([2], flagged);
    }

    [Fact]
    public void Ratings_spanning_1_point_are_not_flagged()
    {
        // Every competency is rated 3 and 4, or 4 and 5: a span of 1.
        var flagged = Disagreement.FlaggedCompetencies(ThreeCompetencies, [Ratings(3, 4, 4), Ratings(4, 3, 5), Ratings(4, 4, 5)]);

        Assert.Empty(flagged);
    }

    [Fact]
    public void The_span_is_between_the_highest_and_lowest_of_all_assessors()
    {
        // Competency 1 is rated 2, 3 and 4: neighbours differ by 1, the extremes by 2.
        var flagged = Disagreement.FlaggedCompetencies(ThreeCompetencies, [Ratings(2, 3, 3), Ratings(3, 3, 3), Ratings(4, 3, 3)]);

        Assert.Equal([1], flagged);
    }

    [Fact]
    public void Every_competency_in_disagreement_is_listed_in_the_vacancy_order()
    {
        var flagged = Disagreement.FlaggedCompetencies(ThreeCompetencies, [Ratings(1, 3, 2), Ratings(5, 3, 5)]);

        Assert.Equal([1, 3], flagged);
        Assert.Equal(4, Disagreement.SpanOf(1, [Ratings(1, 3, 2), Ratings(5, 3, 5)]));
    }

    [Fact]
    public void A_single_assessor_cannot_disagree()
    {
        var flagged = Disagreement.FlaggedCompetencies(ThreeCompetencies, [Ratings(1, 5, 1)]);

        Assert.Empty(flagged);
    }
}
