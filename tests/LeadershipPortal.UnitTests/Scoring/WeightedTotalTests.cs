using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Scoring;
using static LeadershipPortal.UnitTests.Builders.ScoringData;

namespace LeadershipPortal.UnitTests.Scoring;

public sealed class WeightedTotalTests
{
    [Fact]
    public void A_weighted_total_is_the_weighted_ratings_over_100()
    {
        // Weights 40/35/25, ratings 4/3/5: (40×4 + 35×3 + 25×5) / 100 = (160 + 105 + 125) / 100 = 3.9.
        var total = WeightedTotal.Of(ThreeCompetencies, Ratings(4, 3, 5));

        Assert.Equal(3.9, total, 10);
    }

    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(3, 3.0)]
    [InlineData(5, 5.0)]
    public void Equal_ratings_give_that_rating_as_the_total_so_the_scale_stays_1_to_5(int rating, double expected)
    {
        var total = WeightedTotal.Of(ThreeCompetencies, Ratings(rating, rating, rating));

        Assert.Equal(expected, total, 10);
    }

    [Fact]
    public void The_heaviest_competency_moves_the_total_most()
    {
        // One point more on competency 1 (weight 40) adds 0.40; on competency 3 (weight 25) it adds 0.25.
        var higherOnFirst = WeightedTotal.Of(ThreeCompetencies, Ratings(4, 3, 3));
        var higherOnThird = WeightedTotal.Of(ThreeCompetencies, Ratings(3, 3, 4));

        Assert.Equal(3.40, higherOnFirst, 10);
        Assert.Equal(3.25, higherOnThird, 10);
    }

    [Fact]
    public void Weights_that_do_not_sum_to_100_are_refused()
    {
        ScoringCompetency[] competencies = [new(1, 40, 3), new(2, 35, 3), new(3, 15, 2)];

        var error = Assert.Throws<DomainRuleException>(() => WeightedTotal.Of(competencies, Ratings(4, 3, 5)));

        Assert.Equal("Competency weights must sum to 100; they sum to 90.", error.Message);
    }

    [Fact]
    public void A_zero_weight_is_refused_even_when_the_weights_sum_to_100()
    {
        ScoringCompetency[] competencies = [new(1, 100, 3), new(2, 0, 3)];

        var error = Assert.Throws<DomainRuleException>(() => WeightedTotal.Of(competencies, Ratings(4, 3)));

        Assert.Equal("Every competency weight must be greater than zero.", error.Message);
    }

    [Fact]
    public void No_competencies_are_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => WeightedTotal.Of([], Ratings()));

        Assert.Equal("Choose at least one competency to assess.", error.Message);
    }

    [Fact]
    public void A_competency_listed_twice_is_refused()
    {
        ScoringCompetency[] competencies = [new(1, 50, 3), new(1, 50, 3)];

        var error = Assert.Throws<DomainRuleException>(() => WeightedTotal.Of(competencies, Ratings(4)));

        Assert.Equal("Each competency can be chosen once.", error.Message);
    }

    [Fact]
    public void An_incomplete_assessment_is_refused_rather_than_guessed()
    {
        var error = Assert.Throws<DomainRuleException>(() => WeightedTotal.Of(ThreeCompetencies, Ratings(4, 3)));

        Assert.Equal("Competency 3 has no rating; only complete assessments are aggregated.", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void A_rating_outside_1_to_5_is_refused(int rating)
    {
        var error = Assert.Throws<DomainRuleException>(() => WeightedTotal.Of(ThreeCompetencies, Ratings(4, rating, 5)));

        Assert.Equal($"Competency 2 is rated {rating}; a rating is from 1 to 5.", error.Message);
    }

    [Fact]
    public void A_rating_of_a_competency_the_vacancy_does_not_assess_carries_no_weight()
    {
        var ratings = new Dictionary<int, int> { [1] = 4, [2] = 3, [3] = 5, [99] = 1 };

        var total = WeightedTotal.Of(ThreeCompetencies, ratings);

        Assert.Equal(3.9, total, 10);
    }
}
