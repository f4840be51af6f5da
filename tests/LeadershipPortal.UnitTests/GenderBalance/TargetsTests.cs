using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.GenderBalance;

namespace LeadershipPortal.UnitTests.GenderBalance;

public sealed class TargetsTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void A_share_outside_0_to_100_percent_is_refused(int percent)
    {
        var refused = Assert.Throws<DomainRuleException>(() => new GenderTarget(TargetScope.AllSeniorPosts, null, percent, Now.AddYears(1), "hr", Now));
        Assert.Contains("0 to 100", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deadline_in_the_past_and_a_scope_without_its_mission_are_refused()
    {
        Assert.Throws<DomainRuleException>(() => new GenderTarget(TargetScope.AllSeniorPosts, null, 50, Now.AddDays(-1), "hr", Now));
        Assert.Throws<DomainRuleException>(() => new GenderTarget(TargetScope.Mission, null, 50, Now.AddYears(1), "hr", Now));
        Assert.Throws<DomainRuleException>(() => new GenderTarget(TargetScope.AllSeniorPosts, 3, 50, Now.AddYears(1), "hr", Now));
    }

    [Fact]
    public void A_change_sets_share_and_deadline_and_refuses_what_creation_refuses()
    {
        var target = new GenderTarget(TargetScope.Mission, 7, 30, Now.AddYears(1), "hr", Now);

        target.Change(45, Now.AddYears(3), Now.AddDays(1));

        Assert.Equal((45, Now.AddYears(3)), (target.SharePercent, target.DeadlineUtc));
        Assert.Equal((TargetScope.Mission, 7), (target.Scope, target.ScopeId));
        Assert.Throws<DomainRuleException>(() => target.Change(101, Now.AddYears(1), Now));
        Assert.Throws<DomainRuleException>(() => target.Change(-1, Now.AddYears(1), Now));
        Assert.Throws<DomainRuleException>(() => target.Change(50, Now.AddDays(-1), Now));
        Assert.Equal((45, Now.AddYears(3)), (target.SharePercent, target.DeadlineUtc));
    }

    [Fact]
    public void A_valid_target_keeps_what_it_was_given()
    {
        var target = new GenderTarget(TargetScope.PositionType, 4, 0, Now.AddYears(2), "hr", Now);

        Assert.Equal((TargetScope.PositionType, 4, 0), (target.Scope, target.ScopeId, target.SharePercent));
        Assert.Equal(Now.AddYears(2), target.DeadlineUtc);
    }

    [Theory]
    [InlineData(50, 0.50, AttainmentStatus.Met)]
    [InlineData(50, 0.60, AttainmentStatus.Met)]
    [InlineData(50, 0.45, AttainmentStatus.Close)]    // exactly 5 points below
    [InlineData(50, 0.449, AttainmentStatus.NotMet)]  // 5.1 points below
    [InlineData(30, 0.2, AttainmentStatus.NotMet)]
    [InlineData(0, 0.0, AttainmentStatus.Met)]
    public void Attainment_is_met_close_within_5_points_or_not_met(int target, double share, AttainmentStatus expected)
    {
        var attainment = TargetAttainment.Evaluate(target, share);

        Assert.Equal(expected, attainment.Status);
        Assert.Equal(share * 100 - target, attainment.Gap!.Value, 8);
    }

    [Fact]
    public void A_withheld_share_is_not_reportable()
    {
        var attainment = TargetAttainment.Evaluate(50, null);

        Assert.Equal(AttainmentStatus.NotReportable, attainment.Status);
        Assert.Equal("Not reportable", attainment.Words);
    }

    [Theory]
    // 50 % target, 2 women among 10 appointments so far, 6 expected: ⌈0.5 × 16⌉ − 2 = 6 (every one).
    [InlineData(50, 2, 10, 6, 6)]
    // 30 % target, 3 of 10 so far, 5 expected: ⌈4.5⌉ − 3 = 2.
    [InlineData(30, 3, 10, 5, 2)]
    // Already above: nothing more needed.
    [InlineData(25, 5, 10, 2, 0)]
    // Out of reach: 50 % with 0 of 10 and 4 expected needs 7.
    [InlineData(50, 0, 10, 4, 7)]
    // Nothing appointed yet: 50 % of 3 expected appointments is 2 women (rounded up).
    [InlineData(50, 0, 0, 3, 2)]
    public void Forecast_worked_examples(int target, int women, int appointed, int expected, int needed)
    {
        Assert.Equal(needed, TargetForecast.Needed(target, women, appointed, expected));
        var forecast = TargetForecast.From(target, SmallCells.Single(women), SmallCells.Single(appointed), expected, maxAppointed: 50);
        if (women is 0 or >= 5 && appointed is 0 or >= 5)
        {
            Assert.True(forecast.IsExact);
            Assert.Equal(needed, forecast.NeededMin);
        }
    }

    [Fact]
    public void A_forecast_from_withheld_counts_is_the_range_of_every_consistent_count()
    {
        // 3 appointments (withheld), 1 woman (withheld); 50 % target; 3 expected.
        // What a reader knows: appointed n in 0..4, women w in 0..n; needed = ⌈0.5(n+3)⌉ − w over all of them.
        var forecast = TargetForecast.From(50, SmallCells.Single(1), SmallCells.Single(3), expected: 3, maxAppointed: 12);

        var all = from n in Enumerable.Range(0, 5) from w in Enumerable.Range(0, n + 1) select TargetForecast.Needed(50, w, n, 3);
        Assert.Equal(all.Min(), forecast.NeededMin);
        Assert.Equal(all.Max(), forecast.NeededMax);
        Assert.Equal(4, forecast.NeededMax); // n = 4, w = 0: ⌈3.5⌉ − 0
        Assert.Equal(0, forecast.NeededMin); // n = 1, w = 1: ⌈2⌉ − 1 = 1; n = 2, w = 2: ⌈2.5⌉ − 2 = 1; n = 3, w = 3: ⌈3⌉ − 3 = 0
        Assert.False(forecast.IsExact);
        Assert.False(forecast.IsOutOfReach);
    }

    [Fact]
    public void Gender_groups_put_prefer_not_to_say_with_not_stated()
    {
        var counts = GenderCounts.From([(Gender.Woman, 2), (Gender.PreferNotToSay, 1), (null, 3), (Gender.Another, 1), (Gender.Man, 4)]);

        Assert.Equal(new GenderCounts(2, 4, 1, 4), counts);
        Assert.Equal(11, counts.Total);
        Assert.Equal(2.0 / 11, counts.ShareOfWomen!.Value, 10);
    }
}
