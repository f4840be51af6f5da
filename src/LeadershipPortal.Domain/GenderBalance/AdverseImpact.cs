namespace LeadershipPortal.Domain.GenderBalance;

/// <summary>
/// The selection rates of women and men from one stage to the next, their ratio (four-fifths rule: below 0.8
/// suggests adverse impact on women) and Fisher's exact test of the difference.
/// </summary>
public sealed record AdverseImpact(int WomenBefore, int WomenAfter, int MenBefore, int MenAfter)
{
    public const double FourFifths = 0.8;

    public double? WomenRate => WomenBefore == 0 ? null : (double)WomenAfter / WomenBefore;

    public double? MenRate => MenBefore == 0 ? null : (double)MenAfter / MenBefore;

    /// <summary>Women's rate ÷ men's rate; null when either group had nobody to select or no man was selected.</summary>
    public double? Ratio => WomenRate is { } w && MenRate is { } m && m > 0 ? w / m : null;

    public bool IsAdverse => Ratio is < FourFifths;

    /// <summary>Two-sided p-value of Fisher's exact test on [[women selected, not], [men selected, not]].</summary>
    public double PValue => FisherExactTest.TwoSidedPValue(WomenAfter, WomenBefore - WomenAfter, MenAfter, MenBefore - MenAfter);

    public static AdverseImpact Between(GenderCounts before, GenderCounts after)
    {
        if (after.Women > before.Women || after.Men > before.Men)
        {
            throw new ArgumentException("A later stage cannot hold more people than the stage before it.", nameof(after));
        }

        return new AdverseImpact(before.Women, after.Women, before.Men, after.Men);
    }
}
