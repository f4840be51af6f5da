using LeadershipPortal.Domain.Common;

namespace LeadershipPortal.Domain.Scoring;

/// <summary>One assessor's weighted total of one application.</summary>
public sealed record AssessorTotal(string AssessorId, int ApplicationId, double Total);

/// <summary>How many of an application's assessors were leniency-adjusted.</summary>
public enum LeniencyCoverage
{
    None,
    Some,
    All,
}

/// <summary>
/// How one assessor scores across the vacancy: the mean μₐ and population standard deviation σₐ of their
/// weighted totals. <see cref="NotAdjustedBecause"/> says why an assessor's totals are used raw, or is null.
/// </summary>
public sealed record AssessorLeniency(string AssessorId, int SampleSize, double Mean, double StandardDeviation, string? NotAdjustedBecause)
{
    public bool IsAdjusted => NotAdjustedBecause is null;
}

/// <summary>What one assessor adds to an application's adjusted total; <see cref="ZScore"/> is null when not adjusted.</summary>
public sealed record AssessorContribution(string AssessorId, double Total, double? ZScore, double Contribution)
{
    public bool IsAdjusted => ZScore is not null;
}

/// <summary>An application's raw total (the panel mean) beside its leniency-adjusted total, both on the 1–5 scale.</summary>
public sealed record AdjustedTotal(int ApplicationId, double Raw, double Adjusted, LeniencyCoverage Coverage, IReadOnlyList<AssessorContribution> Contributions);

public sealed record LeniencyResult(double GrandMean, double GrandStandardDeviation, IReadOnlyList<AssessorLeniency> Assessors, IReadOnlyList<AdjustedTotal> Applications)
{
    public AdjustedTotal For(int applicationId) =>
        Applications.FirstOrDefault(a => a.ApplicationId == applicationId)
        ?? throw new ArgumentException($"Application {applicationId} has no totals.", nameof(applicationId));
}

/// <summary>
/// Corrects for assessors who score everyone high (lenient) or low (harsh), which matters when assessors
/// rate different subsets of the applications (recusals, split panels).
/// </summary>
/// <remarks>
/// <para>For a vacancy, with Tₐᵢ the weighted total assessor a gave application i:</para>
/// <list type="bullet">
/// <item>μ and σ: the mean and population standard deviation of every Tₐᵢ in the vacancy (the grand scale).</item>
/// <item>μₐ and σₐ: the mean and population standard deviation of assessor a's own totals, over all the applications a rated.</item>
/// <item>zₐᵢ = (Tₐᵢ − μₐ) / σₐ, and a's contribution to i is cₐᵢ = μ + σ × zₐᵢ: a's relative view put back on the panel's 1–5 scale.</item>
/// <item>Minimum-sample guard: an assessor who rated fewer than <see cref="MinimumSample"/> applications, or gave every one
/// the same total (σₐ = 0), has no reliable scale of their own and is not adjusted: cₐᵢ = Tₐᵢ, the raw total. This is the
/// same as computing their z against the grand scale, (Tₐᵢ − μ) / σ, and putting it back.</item>
/// <item>Adjusted total of i = mean of cₐᵢ over i's assessors. When every assessor is adjusted this equals μ + σ × mean(zₐᵢ).
/// Raw total of i = mean of Tₐᵢ (the panel mean).</item>
/// </list>
/// <para>The adjusted total is not clamped: an assessor's best application can land slightly above 5 (or below 1),
/// and clamping would hide differences at the top of the ranking.</para>
/// </remarks>
public static class LeniencyAdjustment
{
    /// <summary>Fewer rated applications than this and an assessor's mean and spread say too little to correct for.</summary>
    public const int MinimumSample = 5;

    public static LeniencyResult Compute(IReadOnlyCollection<AssessorTotal> totals)
    {
        if (totals.GroupBy(t => (t.AssessorId, t.ApplicationId)).Any(g => g.Count() > 1))
        {
            throw new DomainRuleException("An assessor scores an application once; the same assessor and application appear twice.");
        }

        if (totals.Count == 0)
        {
            return new LeniencyResult(0, 0, [], []);
        }

        var (grandMean, grandSd) = MeanAndStandardDeviation(totals.Select(t => t.Total).ToList());
        var assessors = totals
            .GroupBy(t => t.AssessorId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Describe(g.Key, g.Select(t => t.Total).ToList()))
            .ToList();
        var byAssessor = assessors.ToDictionary(a => a.AssessorId, StringComparer.Ordinal);

        var applications = totals
            .GroupBy(t => t.ApplicationId)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var contributions = g
                    .OrderBy(t => t.AssessorId, StringComparer.Ordinal)
                    .Select(t => Contribute(t, byAssessor[t.AssessorId], grandMean, grandSd))
                    .ToList();
                var adjustedCount = contributions.Count(c => c.IsAdjusted);
                var coverage = adjustedCount == 0 ? LeniencyCoverage.None
                    : adjustedCount == contributions.Count ? LeniencyCoverage.All
                    : LeniencyCoverage.Some;
                return new AdjustedTotal(
                    g.Key,
                    contributions.Average(c => c.Total),
                    contributions.Average(c => c.Contribution),
                    coverage,
                    contributions);
            })
            .ToList();

        return new LeniencyResult(grandMean, grandSd, assessors, applications);
    }

    private static AssessorLeniency Describe(string assessorId, IReadOnlyList<double> totals)
    {
        var (mean, sd) = MeanAndStandardDeviation(totals);
        string? reason = null;
        if (totals.Count < MinimumSample)
        {
            reason = $"Rated {totals.Count} {(totals.Count == 1 ? "application" : "applications")}; at least {MinimumSample} are needed to adjust for leniency, so raw totals are used.";
        }
        else if (totals.Max() == totals.Min())
        {
            // Exact comparison on purpose: equal weighted totals come from equal integer sums, so they are equal doubles.
            reason = "Gave every application the same total, so there is no spread to adjust by; raw totals are used.";
        }

        return new AssessorLeniency(assessorId, totals.Count, mean, sd, reason);
    }

    private static AssessorContribution Contribute(AssessorTotal total, AssessorLeniency assessor, double grandMean, double grandSd)
    {
        if (!assessor.IsAdjusted)
        {
            return new AssessorContribution(total.AssessorId, total.Total, null, total.Total);
        }

        var z = (total.Total - assessor.Mean) / assessor.StandardDeviation;
        return new AssessorContribution(total.AssessorId, total.Total, z, grandMean + (grandSd * z));
    }

    /// <summary>Population standard deviation (divides by n): the totals are all the assessor gave, not a sample of them.</summary>
    private static (double Mean, double StandardDeviation) MeanAndStandardDeviation(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / values.Count;
        return (mean, Math.Sqrt(variance));
    }
}
