using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Scoring;
using static LeadershipPortal.UnitTests.Builders.ScoringData;

namespace LeadershipPortal.UnitTests.Scoring;

public sealed class LeniencyAdjustmentTests
{
    /// <summary>
    /// A harsh assessor H scores applications 201–205 at 3, 1, 1, 2, 3; a lenient assessor L scores 101–105 at 4, 3, 3, 5, 5.
    /// H: μ = 10 / 5 = 2, deviations +1 −1 −1 0 +1, variance 4 / 5 = 0.8, σ = √0.8 ≈ 0.894.
    /// L: μ = 20 / 5 = 4, deviations 0 −1 −1 +1 +1, variance 0.8, σ = √0.8.
    /// Grand: μ = 30 / 10 = 3; deviations from 3 are 0 −2 −2 −1 0 and +1 0 0 +2 +2; Σ² = 18, variance 1.8, σ = √1.8 ≈ 1.342.
    /// So σ / σₐ = √(1.8 / 0.8) = 1.5, and adjusted = 3 + 1.5 × (T − μₐ).
    /// </summary>
    internal static readonly AssessorTotal[] HarshAndLenient =
    [
        Total("H", 201, 3), Total("H", 202, 1), Total("H", 203, 1), Total("H", 204, 2), Total("H", 205, 3),
        Total("L", 101, 4), Total("L", 102, 3), Total("L", 103, 3), Total("L", 104, 5), Total("L", 105, 5),
    ];

    [Fact]
    public void Each_assessor_is_described_by_the_mean_and_spread_of_their_own_totals()
    {
        var result = LeniencyAdjustment.Compute(HarshAndLenient);

        Assert.Equal(3.0, result.GrandMean, 10);
        Assert.Equal(Math.Sqrt(1.8), result.GrandStandardDeviation, 10);
        Assert.Equal(["H", "L"], result.Assessors.Select(a => a.AssessorId));
        var harsh = result.Assessors[0];
        Assert.Equal(5, harsh.SampleSize);
        Assert.Equal(2.0, harsh.Mean, 10);
        Assert.Equal(Math.Sqrt(0.8), harsh.StandardDeviation, 10);
        Assert.True(harsh.IsAdjusted);
        Assert.Equal(4.0, result.Assessors[1].Mean, 10);
    }

    [Theory]
    // H gave 201 a 3: z = (3 − 2) / √0.8 = 1.118; adjusted = 3 + √1.8 × 1.118 = 3 + 1.5 = 4.5.
    [InlineData(201, 3.0, 1.118034, 4.5)]
    // H gave 202 a 1: z = (1 − 2) / √0.8 = −1.118; adjusted = 3 − 1.5 = 1.5.
    [InlineData(202, 1.0, -1.118034, 1.5)]
    // H gave 204 a 2, H's own mean: z = 0; adjusted = the grand mean, 3.
    [InlineData(204, 2.0, 0.0, 3.0)]
    // L gave 101 a 4, L's own mean: z = 0; adjusted = 3.
    [InlineData(101, 4.0, 0.0, 3.0)]
    // L gave 104 a 5: z = (5 − 4) / √0.8 = 1.118; adjusted = 4.5.
    [InlineData(104, 5.0, 1.118034, 4.5)]
    public void An_adjusted_total_puts_the_assessors_z_score_back_on_the_panels_scale(int applicationId, double raw, double z, double adjusted)
    {
        var total = LeniencyAdjustment.Compute(HarshAndLenient).For(applicationId);

        Assert.Equal(raw, total.Raw, 10);
        Assert.Equal(adjusted, total.Adjusted, 10);
        var contribution = Assert.Single(total.Contributions);
        Assert.Equal(z, contribution.ZScore!.Value, 5);
        Assert.Equal(LeniencyCoverage.All, total.Coverage);
    }

    [Fact]
    public void Leniency_correction_can_reverse_the_order_of_two_applications()
    {
        // Application A (101) was scored by the lenient L, B (201) by the harsh H.
        // Raw: A = 4 > B = 3. Adjusted: A is L's average (z = 0) → 3.0; B is H's best (z = +1.118) → 4.5. So B > A.
        var result = LeniencyAdjustment.Compute(HarshAndLenient);
        var a = result.For(101);
        var b = result.For(201);

        Assert.True(a.Raw > b.Raw);
        Assert.Equal(4.0, a.Raw, 10);
        Assert.Equal(3.0, b.Raw, 10);
        Assert.True(b.Adjusted > a.Adjusted);
        Assert.Equal(4.5, b.Adjusted, 10);
        Assert.Equal(3.0, a.Adjusted, 10);
    }

    [Fact]
    public void The_adjusted_total_of_several_assessors_is_the_mean_of_their_contributions()
    {
        // X scores 1, 2, 3, 4, 5 (μ 3, σ √2); Y scores 2, 2, 3, 4, 4 (μ 3, σ √0.8), both on applications 1–5.
        // Grand: μ = 30 / 10 = 3; Σ² of deviations = (4 + 1 + 0 + 1 + 4) + (1 + 1 + 0 + 1 + 1) = 14; σ = √1.4.
        // Application 1: z_X = −2 / √2 = −1.4142, z_Y = −1 / √0.8 = −1.1180; mean z = −1.2661;
        // adjusted = 3 + √1.4 × (−1.2661) = 3 − 1.4981 = 1.5019. Raw = (1 + 2) / 2 = 1.5.
        AssessorTotal[] totals =
        [
            Total("X", 1, 1), Total("X", 2, 2), Total("X", 3, 3), Total("X", 4, 4), Total("X", 5, 5),
            Total("Y", 1, 2), Total("Y", 2, 2), Total("Y", 3, 3), Total("Y", 4, 4), Total("Y", 5, 4),
        ];

        var first = LeniencyAdjustment.Compute(totals).For(1);

        Assert.Equal(1.5, first.Raw, 10);
        Assert.Equal(1.5019, first.Adjusted, 4);
        Assert.Equal(["X", "Y"], first.Contributions.Select(c => c.AssessorId));
        Assert.Equal(-Math.Sqrt(2), first.Contributions[0].ZScore!.Value, 10);
    }

    [Fact]
    public void An_assessor_with_fewer_than_5_applications_is_not_adjusted_and_counts_raw()
    {
        // H as above (5 applications, adjusted); M scored only 201–204 at 3, 1, 2, 2 (4 applications, not adjusted).
        // Grand over all 9 totals: μ = (10 + 8) / 9 = 2; Σ² = 4 (H) + 2 (M) = 6; σ = √(6 / 9) = √(2/3) ≈ 0.8165.
        // Application 201: H contributes 2 + √(2/3) × (3 − 2) / √0.8 = 2 + √(5/6) = 2.9129; M contributes its raw 3.
        // Adjusted = (2.9129 + 3) / 2 = 2.9564; raw = (3 + 3) / 2 = 3.
        AssessorTotal[] totals =
        [
            Total("H", 201, 3), Total("H", 202, 1), Total("H", 203, 1), Total("H", 204, 2), Total("H", 205, 3),
            Total("M", 201, 3), Total("M", 202, 1), Total("M", 203, 2), Total("M", 204, 2),
        ];

        var result = LeniencyAdjustment.Compute(totals);
        var shared = result.For(201);

        Assert.Equal(LeniencyAdjustment.MinimumSample, result.Assessors.Single(a => a.AssessorId == "H").SampleSize);
        var few = result.Assessors.Single(a => a.AssessorId == "M");
        Assert.False(few.IsAdjusted);
        Assert.Equal("Rated 4 applications; at least 5 are needed to adjust for leniency, so raw totals are used.", few.NotAdjustedBecause);
        Assert.Equal(3.0, shared.Raw, 10);
        Assert.Equal(2.9564, shared.Adjusted, 4);
        Assert.Equal(LeniencyCoverage.Some, shared.Coverage);
        var m = shared.Contributions.Single(c => c.AssessorId == "M");
        Assert.Null(m.ZScore);
        Assert.Equal(3.0, m.Contribution, 10);
        Assert.Equal(LeniencyCoverage.All, result.For(205).Coverage);
        Assert.Equal(2.9129, result.For(205).Adjusted, 4);
    }

    [Fact]
    public void When_no_assessor_has_5_applications_the_adjusted_total_is_the_raw_total()
    {
        AssessorTotal[] totals = [Total("P", 1, 4.2), Total("P", 2, 2.1), Total("Q", 1, 3.6), Total("Q", 2, 3.3)];

        var result = LeniencyAdjustment.Compute(totals);

        Assert.All(result.Applications, a =>
        {
            Assert.Equal(a.Raw, a.Adjusted, 10);
            Assert.Equal(LeniencyCoverage.None, a.Coverage);
        });
        Assert.Equal(3.9, result.For(1).Raw, 10);
    }

    [Fact]
    public void An_assessor_who_gave_every_application_the_same_total_is_not_adjusted()
    {
        AssessorTotal[] totals = [.. Enumerable.Range(1, 5).Select(i => Total("S", i, 3.5))];

        var result = LeniencyAdjustment.Compute(totals);

        var same = Assert.Single(result.Assessors);
        Assert.False(same.IsAdjusted);
        Assert.Equal("Gave every application the same total, so there is no spread to adjust by; raw totals are used.", same.NotAdjustedBecause);
        Assert.Equal(3.5, result.For(3).Adjusted, 10);
        Assert.Equal(LeniencyCoverage.None, result.For(3).Coverage);
    }

    [Fact]
    public void The_same_assessor_scoring_an_application_twice_is_refused()
    {
        AssessorTotal[] totals = [Total("H", 1, 3), Total("H", 1, 4)];

        var error = Assert.Throws<DomainRuleException>(() => LeniencyAdjustment.Compute(totals));

        Assert.Equal("An assessor scores an application once; the same assessor and application appear twice.", error.Message);
    }

    [Fact]
    public void No_totals_give_an_empty_result()
    {
        var result = LeniencyAdjustment.Compute([]);

        Assert.Empty(result.Applications);
        Assert.Empty(result.Assessors);
        Assert.Throws<ArgumentException>(() => result.For(1));
    }
}
