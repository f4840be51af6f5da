using LeadershipPortal.Domain.Scoring;

namespace LeadershipPortal.UnitTests.Scoring;

public sealed class RankingTests
{
    private static RankingEntry Entry(int id, string code, double adjusted, double raw = 3.0, double fit = 50, bool eligible = true) =>
        new(id, code, eligible, adjusted, raw, fit);

    private static int[] OrderOf(params RankingEntry[] entries) =>
        [.. Ranking.Rank(entries).Select(r => r.Entry.ApplicationId)];

    [Fact]
    public void The_higher_adjusted_total_ranks_first()
    {
        // Adjusted 3.80 beats 3.60 even though its raw total is lower.
        var order = OrderOf(Entry(1, "AAA", adjusted: 3.60, raw: 4.0), Entry(2, "BBB", adjusted: 3.80, raw: 3.5));

        Assert.Equal([2, 1], order);
    }

    [Fact]
    public void An_eligible_application_ranks_before_an_ineligible_one_with_a_higher_total()
    {
        var order = OrderOf(Entry(1, "AAA", adjusted: 4.9, eligible: false), Entry(2, "BBB", adjusted: 3.1));

        Assert.Equal([2, 1], order);
    }

    [Fact]
    public void Equal_adjusted_totals_are_separated_by_the_raw_total()
    {
        var order = OrderOf(Entry(1, "AAA", adjusted: 3.7, raw: 3.5), Entry(2, "BBB", adjusted: 3.7, raw: 3.6));

        Assert.Equal([2, 1], order);
    }

    [Fact]
    public void Adjusted_totals_equal_to_two_decimals_count_as_equal()
    {
        // 3.7449 and 3.7401 both show as 3.74, so the raw total decides, not the hidden third decimal.
        var order = OrderOf(Entry(1, "AAA", adjusted: 3.7449, raw: 3.5), Entry(2, "BBB", adjusted: 3.7401, raw: 3.6));

        Assert.Equal([2, 1], order);
    }

    [Fact]
    public void Equal_adjusted_and_raw_totals_are_separated_by_mission_fit()
    {
        var order = OrderOf(Entry(1, "AAA", adjusted: 3.7, raw: 3.6, fit: 62.4), Entry(2, "BBB", adjusted: 3.7, raw: 3.6, fit: 81.0));

        Assert.Equal([2, 1], order);
    }

    [Fact]
    public void When_everything_else_ties_the_lower_candidate_code_ranks_first()
    {
        var order = OrderOf(Entry(1, "Q7K2", adjusted: 3.7), Entry(2, "B3M8", adjusted: 3.7), Entry(3, "K1D4", adjusted: 3.7));

        Assert.Equal([2, 3, 1], order);
    }

    [Fact]
    public void Ranks_run_from_1_without_gaps_and_are_shared_only_by_a_complete_tie()
    {
        var ranked = Ranking.Rank(
        [
            Entry(1, "AAA", adjusted: 4.0),
            Entry(2, "BBB", adjusted: 3.0),
            Entry(3, "BBB", adjusted: 3.0),
            Entry(4, "CCC", adjusted: 2.0),
        ]);

        Assert.Equal([1, 2, 2, 4], ranked.Select(r => r.Rank));
        Assert.Equal([1, 2, 3, 4], ranked.Select(r => r.Entry.ApplicationId));
    }

    [Fact]
    public void The_stated_rule_names_each_tie_breaker_in_the_order_it_is_applied()
    {
        var rule = Ranking.TieBreakers;
        string[] steps = ["Eligible", "leniency-adjusted total", "raw panel mean", "mission-fit score", "lower candidate code"];

        var positions = steps.Select(s => rule.IndexOf(s, StringComparison.Ordinal)).ToList();

        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }
}
