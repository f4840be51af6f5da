using LeadershipPortal.Domain.Scoring;
using static LeadershipPortal.UnitTests.Builders.ScoringData;

namespace LeadershipPortal.UnitTests.Scoring;

public sealed class PanelMeanTests
{
    [Fact]
    public void The_panel_mean_is_the_mean_of_the_assessors_weighted_totals()
    {
        // (3.9 + 4.0 + 2.9) / 3 = 10.8 / 3 = 3.6.
        var mean = PanelMean.OfTotals([3.9, 4.0, 2.9]);

        Assert.Equal(3.6, mean, 10);
    }

    [Fact]
    public void The_panel_mean_of_one_competency_is_the_mean_of_its_ratings()
    {
        // Competency 1: (4 + 4 + 3) / 3 = 3.667; competency 2: (3 + 4 + 2) / 3 = 3; competency 3: (5 + 4 + 4) / 3 = 4.333.
        var means = PanelMean.PerCompetency(ThreeCompetencies, [Ratings(4, 3, 5), Ratings(4, 4, 4), Ratings(3, 2, 4)]);

        Assert.Equal(11 / 3.0, means[1], 10);
        Assert.Equal(3.0, means[2], 10);
        Assert.Equal(13 / 3.0, means[3], 10);
        Assert.Equal(3, means.Count);
    }

    [Fact]
    public void A_panel_mean_of_nobody_is_refused()
    {
        Assert.Throws<ArgumentException>(() => PanelMean.OfTotals([]));
        Assert.Throws<ArgumentException>(() => PanelMean.PerCompetency(ThreeCompetencies, []));
    }
}
