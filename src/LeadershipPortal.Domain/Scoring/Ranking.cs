namespace LeadershipPortal.Domain.Scoring;

/// <summary>What the ranking compares for one application.</summary>
public sealed record RankingEntry(int ApplicationId, string CandidateCode, bool IsEligible, double Adjusted, double Raw, double MissionFit);

public sealed record RankedEntry(RankingEntry Entry, int Rank);

/// <summary>Orders the scored applications of a vacancy by the rule stated in <see cref="TieBreakers"/>.</summary>
public static class Ranking
{
    /// <summary>Totals are compared as the page shows them, so that a tie people can see is a tie the rule breaks.</summary>
    public const int TotalDecimals = 2;

    public const int MissionFitDecimals = 1;

    /// <summary>The ranking rule in words, for the page to state beside the ranking.</summary>
    public const string TieBreakers =
        "Eligible applications (every competency at or above its minimum) rank before ineligible ones. " +
        "Within each group, the higher leniency-adjusted total ranks first (to two decimals); if equal, the higher raw panel mean " +
        "(to two decimals); if still equal, the higher mission-fit score (to one decimal); if still equal, the lower candidate code " +
        "in alphabetical order.";

    /// <summary>
    /// Ranks 1, 2, 3, … in order. Two entries share a rank only if they tie on everything, candidate code included,
    /// which distinct applications never do.
    /// </summary>
    public static IReadOnlyList<RankedEntry> Rank(IEnumerable<RankingEntry> entries)
    {
        var ordered = entries
            .OrderBy(e => e, Comparer<RankingEntry>.Create(Compare))
            .ThenBy(e => e.ApplicationId)
            .ToList();
        var ranked = new List<RankedEntry>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && Compare(ordered[i - 1], ordered[i]) == 0 ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new RankedEntry(ordered[i], rank));
        }

        return ranked;
    }

    /// <summary>Negative when <paramref name="x"/> ranks before <paramref name="y"/>.</summary>
    public static int Compare(RankingEntry x, RankingEntry y)
    {
        var byEligibility = y.IsEligible.CompareTo(x.IsEligible);
        if (byEligibility != 0)
        {
            return byEligibility;
        }

        var byAdjusted = Round(y.Adjusted, TotalDecimals).CompareTo(Round(x.Adjusted, TotalDecimals));
        if (byAdjusted != 0)
        {
            return byAdjusted;
        }

        var byRaw = Round(y.Raw, TotalDecimals).CompareTo(Round(x.Raw, TotalDecimals));
        if (byRaw != 0)
        {
            return byRaw;
        }

        var byFit = Round(y.MissionFit, MissionFitDecimals).CompareTo(Round(x.MissionFit, MissionFitDecimals));
        return byFit != 0 ? byFit : string.CompareOrdinal(x.CandidateCode, y.CandidateCode);
    }

    private static double Round(double value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
