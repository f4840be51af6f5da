using System.Collections.Concurrent;
using MathNet.Numerics.Distributions;

namespace LeadershipPortal.Domain.GenderBalance;

/// <summary>
/// Fisher's exact test for a 2×2 table, the right test for the small pools of senior selection.
/// Table: [[a, b], [c, d]] — rows are groups (women, men), columns are outcomes (selected, not selected).
/// </summary>
public static class FisherExactTest
{
    // R's fisher.test counts tables "as or less likely" with this relative tolerance, so that tables equally
    // likely in exact arithmetic are not lost to rounding.
    private const double RelativeTolerance = 1e-7;

    // A pool of thousands sums thousands of hypergeometric terms, and the gender views ask for the same few tables on
    // every page view: the p-value is a pure function of the table, so it is remembered (bounded, cleared when full).
    private const int RememberedTables = 4096;
    private static readonly ConcurrentDictionary<(int A, int B, int C, int D), double> Remembered = new();

    /// <summary>
    /// The two-sided p-value as R's <c>fisher.test</c> computes it: the sum of the probabilities of every table with
    /// the same margins that is no more likely than the one observed. With the margins fixed, the count in cell a
    /// follows a hypergeometric distribution (population a+b+c+d, successes a+c, draws a+b).
    /// </summary>
    public static double TwoSidedPValue(int a, int b, int c, int d)
    {
        if (a < 0 || b < 0 || c < 0 || d < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(a), "Counts cannot be negative.");
        }

        if (Remembered.TryGetValue((a, b, c, d), out var remembered))
        {
            return remembered;
        }

        if (Remembered.Count >= RememberedTables)
        {
            Remembered.Clear();
        }

        return Remembered[(a, b, c, d)] = Compute(a, b, c, d);
    }

    private static double Compute(int a, int b, int c, int d)
    {
        var population = a + b + c + d;
        if (population == 0)
        {
            return 1.0;
        }

        var successes = a + c;
        var draws = a + b;
        var lowest = Math.Max(0, draws - (population - successes));
        var highest = Math.Min(draws, successes);
        var observed = Hypergeometric.PMF(population, successes, draws, a);
        var p = 0.0;
        for (var k = lowest; k <= highest; k++)
        {
            var probability = Hypergeometric.PMF(population, successes, draws, k);
            if (probability <= observed * (1 + RelativeTolerance))
            {
                p += probability;
            }
        }

        return Math.Min(1.0, p);
    }
}
