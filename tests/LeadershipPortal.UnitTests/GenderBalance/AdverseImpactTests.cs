using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.GenderBalance;

namespace LeadershipPortal.UnitTests.GenderBalance;

public sealed class AdverseImpactTests
{
    [Fact]
    public void Worked_example_women_selected_at_a_lower_rate_are_flagged()
    {
        // 10 women screened, 3 assessed (30 %); 10 men screened, 8 assessed (80 %). 0.3 / 0.8 = 0.375 < 0.8.
        var impact = AdverseImpact.Between(new GenderCounts(10, 10, 0, 0), new GenderCounts(3, 8, 0, 0));

        Assert.Equal(0.3, impact.WomenRate!.Value, 10);
        Assert.Equal(0.8, impact.MenRate!.Value, 10);
        Assert.Equal(0.375, impact.Ratio!.Value, 10);
        Assert.True(impact.IsAdverse);

        // Fisher on [[3, 7], [8, 2]]: R gives p = 0.06978, exactly 293 / 4199.
        Assert.Equal(293.0 / 4199, impact.PValue, 10);
        Assert.Equal(0.0698, Math.Round(impact.PValue, 4));
    }

    [Fact]
    public void A_ratio_of_exactly_four_fifths_is_not_flagged()
    {
        var impact = new AdverseImpact(WomenBefore: 10, WomenAfter: 4, MenBefore: 10, MenAfter: 5);

        Assert.Equal(0.8, impact.Ratio!.Value, 10);
        Assert.False(impact.IsAdverse);
    }

    [Fact]
    public void No_ratio_when_no_man_was_selected_or_nobody_was_there()
    {
        Assert.Null(new AdverseImpact(5, 2, 5, 0).Ratio);
        Assert.Null(new AdverseImpact(0, 0, 5, 3).Ratio);
        Assert.False(new AdverseImpact(5, 2, 5, 0).IsAdverse);
    }

    [Fact]
    public void A_later_stage_larger_than_the_one_before_is_refused()
    {
        Assert.Throws<ArgumentException>(() => AdverseImpact.Between(new GenderCounts(2, 2, 0, 0), new GenderCounts(3, 1, 0, 0)));
    }

    [Fact]
    public void The_funnel_publishes_impact_only_where_the_four_counts_are_shown()
    {
        // Applied 20 W / 30 M, screened in 12 / 20, assessed 6 / 15, interviewed 3 / 8 (3 women: withheld).
        var funnel = GenderFunnel.From(
        [
            (ApplicationStage.Submitted, Gender.Woman, 20), (ApplicationStage.Submitted, Gender.Man, 30),
            (ApplicationStage.Screening, Gender.Woman, 12), (ApplicationStage.Screening, Gender.Man, 20),
            (ApplicationStage.Assessment, Gender.Woman, 6), (ApplicationStage.Assessment, Gender.Man, 15),
            (ApplicationStage.Interview, Gender.Woman, 3), (ApplicationStage.Interview, Gender.Man, 8),
        ]);

        var impacts = funnel.AdverseImpacts();

        Assert.Equal(6, impacts.Count);
        var screening = impacts[0].Impact!;
        Assert.Equal(0.6 / (20.0 / 30), screening.Ratio!.Value, 10); // 0.9: not adverse
        Assert.False(screening.IsAdverse);
        var assessed = impacts[1].Impact!;
        Assert.Equal(0.5 / 0.75, assessed.Ratio!.Value, 10); // 0.667: adverse
        Assert.True(assessed.IsAdverse);
        Assert.Null(impacts[2].Impact); // into Interview: 3 women is a small cell
        Assert.Null(impacts[3].Impact); // out of Interview: the same small cell
        Assert.Null(impacts[4].Impact!.Ratio); // nobody shortlisted or beyond: shown zeros, but no rate to compare
        Assert.False(impacts[4].Impact!.IsAdverse);
    }
}
