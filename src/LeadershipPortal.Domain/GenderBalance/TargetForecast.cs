using LeadershipPortal.Domain.Common;

namespace LeadershipPortal.Domain.GenderBalance;

/// <summary>
/// How many of the appointments expected before a target's deadline must go to women for the share of women
/// among all appointments in scope (made so far and expected) to reach the target.
/// Model: every vacancy in scope that has no appointment yet and closes before the deadline is one expected
/// appointment. Needed = ⌈target × (appointed + expected) − women appointed⌉, at least 0; when that is more than
/// the expected appointments, the target cannot be reached by the deadline.
/// </summary>
public sealed record TargetForecast(int NeededMin, int NeededMax, int Expected)
{
    public bool IsExact => NeededMin == NeededMax;

    /// <summary>Even if every expected appointment went to a woman, the target would be missed.</summary>
    public bool IsOutOfReach => NeededMin > Expected;

    /// <summary>The forecast in words ("3 of 7"), to be said in the reader's language; its English is <see cref="Sentence.ToString"/>.</summary>
    public Sentence Words => IsExact
        ? IsOutOfReach
            ? new Sentence("{0} of {1} — out of reach even if every one went to a woman", NeededMin, Expected)
            : new Sentence("{0} of {1}", NeededMin, Expected)
        : new Sentence("between {0} and {1} of {2} (exact number withheld: fewer than {3} appointments so far)", NeededMin, NeededMax, Expected, SmallCells.Threshold);

    public static int Needed(int targetPercent, int womenAppointed, int appointed, int expected)
    {
        if (womenAppointed < 0 || appointed < womenAppointed || expected < 0 || targetPercent is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(womenAppointed), "Counts must be consistent and the target a percentage.");
        }

        // Integer arithmetic: ⌈p(N+E)/100⌉ without floating-point error.
        var womenRequired = (targetPercent * (appointed + expected) + 99) / 100;
        return Math.Max(0, womenRequired - womenAppointed);
    }

    /// <summary>
    /// The forecast from the published appointment counts. When they are withheld (fewer than five people), the
    /// answer is the range over every count consistent with what is published, so it reveals nothing more.
    /// </summary>
    /// <param name="maxAppointed">A public upper bound of the appointments (one per vacancy in scope), used for a hidden total.</param>
    public static TargetForecast From(int targetPercent, Cell womenAppointed, Cell appointed, int expected, int maxAppointed)
    {
        var (nMin, nMax) = appointed.Bounds(maxAppointed);
        var (wMin, wMax) = womenAppointed.Bounds(nMax);
        var min = int.MaxValue;
        var max = int.MinValue;
        for (var n = nMin; n <= nMax; n++)
        {
            for (var w = wMin; w <= Math.Min(wMax, n); w++)
            {
                var needed = Needed(targetPercent, w, n, expected);
                min = Math.Min(min, needed);
                max = Math.Max(max, needed);
            }
        }

        return new TargetForecast(min, max, expected);
    }
}
