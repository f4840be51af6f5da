using LeadershipPortal.Domain.GenderBalance;

namespace LeadershipPortal.UnitTests.GenderBalance;

public sealed class FisherExactTestTests
{
    // Reference values: R's fisher.test(matrix(c(a, c, b, d), 2))$p.value, and the exact fractions they round
    // (sums of hypergeometric probabilities worked out with exact rational arithmetic).
    [Theory]
    [InlineData(3, 1, 1, 3, 17.0 / 35)]                 // Fisher's lady tasting tea: p = 0.4857
    [InlineData(1, 9, 11, 3, 41.0 / 14858)]             // Wikipedia's dieting example: p = 0.002759
    [InlineData(2, 7, 8, 2, 1063.0 / 46189)]            // p = 0.02301
    [InlineData(10, 2, 3, 15, 3571.0 / 6653325)]        // p = 0.0005367
    [InlineData(12, 5, 9, 14, 51853.0 / 831575)]        // p = 0.06236
    [InlineData(5, 0, 0, 5, 1.0 / 126)]                 // the most extreme table of its margins
    [InlineData(3, 3, 3, 3, 1.0)]                       // no difference at all
    public void Matches_published_two_sided_p_values(int a, int b, int c, int d, double expected)
    {
        Assert.Equal(expected, FisherExactTest.TwoSidedPValue(a, b, c, d), 10);
    }

    [Fact]
    public void The_tea_tasting_table_gives_0_4857_to_four_places()
    {
        Assert.Equal(0.4857, Math.Round(FisherExactTest.TwoSidedPValue(3, 1, 1, 3), 4));
    }

    [Fact]
    public void Swapping_the_groups_gives_the_same_two_sided_p_value()
    {
        Assert.Equal(FisherExactTest.TwoSidedPValue(2, 7, 8, 2), FisherExactTest.TwoSidedPValue(8, 2, 2, 7), 12);
    }

    [Fact]
    public void An_empty_table_has_p_one_and_negative_counts_are_refused()
    {
        Assert.Equal(1.0, FisherExactTest.TwoSidedPValue(0, 0, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => FisherExactTest.TwoSidedPValue(-1, 2, 3, 4));
    }

    [Fact]
    public void Remembered_p_values_stay_right_after_more_tables_than_are_kept()
    {
        var first = FisherExactTest.TwoSidedPValue(1, 9, 11, 3);
        for (var a = 0; a < 70; a++)
        {
            for (var c = 0; c < 70; c++)
            {
                FisherExactTest.TwoSidedPValue(a, 70 - a, c, 70 - c);
            }
        }

        Assert.Equal(41.0 / 14858, first, 10);
        Assert.Equal(first, FisherExactTest.TwoSidedPValue(1, 9, 11, 3));
        Assert.Equal(17.0 / 35, FisherExactTest.TwoSidedPValue(3, 1, 1, 3), 10);
    }
}
