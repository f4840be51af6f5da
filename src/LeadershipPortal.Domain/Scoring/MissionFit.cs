using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Vacancies;

namespace LeadershipPortal.Domain.Scoring;

/// <summary>What the mission needs of this leader (from the vacancy's <see cref="MissionNeeds"/>).</summary>
public sealed record MissionNeedsInput(
    IReadOnlyCollection<string> RequiredLanguages,
    IReadOnlyCollection<string> DesiredLanguages,
    IReadOnlyCollection<Region> Regions,
    IReadOnlyCollection<MandateArea> MandateAreas,
    int MinimumYears)
{
    public static MissionNeedsInput From(MissionNeeds needs) =>
        new(needs.RequiredLanguages, needs.DesiredLanguages, needs.Regions, needs.MandateAreas, needs.MinimumYearsInSeniorPosts);
}

/// <summary>What the candidate brings (from their <see cref="CandidateProfile"/>).</summary>
public sealed record CandidateFitInput(
    IReadOnlyCollection<LanguageSkill> Languages,
    IReadOnlyCollection<Region> Regions,
    IReadOnlyCollection<MandateArea> MandateAreas,
    int YearsInSeniorPosts)
{
    public static CandidateFitInput From(CandidateProfile profile) =>
        new(profile.Languages, profile.Regions, profile.MandateAreas, profile.YearsInSeniorPosts);
}

/// <summary>One part of the mission-fit score: points earned of those possible, and a sentence saying why.</summary>
public sealed record FitPart(string Name, double Earned, int Possible, string Explanation);

public sealed record MissionFitResult(double Score, FitPart Languages, FitPart Regions, FitPart MandateAreas, FitPart Years)
{
    public IReadOnlyList<FitPart> Parts => [Languages, Regions, MandateAreas, Years];
}

/// <summary>
/// How well a candidate matches what the mission needs, 0–100, in four visible parts:
/// languages 40, regions 20, mandate areas 25, years in senior posts 15.
/// A part the mission asks nothing of earns its full points. Each part is rounded to one decimal
/// and the score is the sum of the parts as shown.
/// </summary>
public static class MissionFit
{
    public const int LanguagePoints = 40;
    public const int RegionPoints = 20;
    public const int MandateAreaPoints = 25;
    public const int YearsPoints = 15;

    /// <summary>A language counts when spoken at this level or above; Basic does not count.</summary>
    public const LanguageLevel CountingLevel = LanguageLevel.Working;

    /// <summary>A required language weighs this many times a desired one.</summary>
    public const int RequiredLanguageWeight = 2;

    public static MissionFitResult Score(MissionNeedsInput needs, CandidateFitInput candidate)
    {
        var languages = ScoreLanguages(needs, candidate);
        var regions = ScoreShare("Regions", RegionPoints, needs.Regions, candidate.Regions, "region", "regions");
        var mandateAreas = ScoreShare("Mandate areas", MandateAreaPoints, needs.MandateAreas, candidate.MandateAreas, "mandate area", "mandate areas");
        var years = ScoreYears(needs.MinimumYears, candidate.YearsInSeniorPosts);
        var score = Math.Round(languages.Earned + regions.Earned + mandateAreas.Earned + years.Earned, 1, MidpointRounding.AwayFromZero);
        return new MissionFitResult(score, languages, regions, mandateAreas, years);
    }

    /// <summary>
    /// Points × (2 × required met + desired met) / (2 × required + desired), where a language is met when spoken
    /// at Working level or above. A language both required and desired counts as required.
    /// </summary>
    private static FitPart ScoreLanguages(MissionNeedsInput needs, CandidateFitInput candidate)
    {
        const string name = "Languages";
        var comparer = StringComparer.OrdinalIgnoreCase;
        var required = needs.RequiredLanguages.Distinct(comparer).ToList();
        var desired = needs.DesiredLanguages.Distinct(comparer).Except(required, comparer).ToList();
        if (required.Count + desired.Count == 0)
        {
            return new FitPart(name, LanguagePoints, LanguagePoints, $"The mission lists no languages, so all {LanguagePoints} points are given.");
        }

        var spoken = candidate.Languages.Where(l => l.Level >= CountingLevel).Select(l => l.Language).ToHashSet(comparer);
        var requiredMet = required.Count(spoken.Contains);
        var desiredMet = desired.Count(spoken.Contains);
        var earned = Points(
            LanguagePoints,
            (RequiredLanguageWeight * requiredMet) + desiredMet,
            (RequiredLanguageWeight * required.Count) + desired.Count);

        var counts = new List<string>();
        if (required.Count > 0)
        {
            counts.Add($"{requiredMet} of {required.Count} required");
        }

        if (desired.Count > 0)
        {
            counts.Add($"{desiredMet} of {desired.Count} desired");
        }

        var noun = required.Count + desired.Count == 1 ? "language" : "languages";
        var explanation = $"Speaks {string.Join(" and ", counts)} {noun} at {CountingLevel} level or above.";
        if (required.Count > 0 && desired.Count > 0)
        {
            explanation += " A required language counts twice as much as a desired one.";
        }

        var missing = required.Where(l => !spoken.Contains(l)).Select(l => $"{l} (required)")
            .Concat(desired.Where(l => !spoken.Contains(l)).Select(l => $"{l} (desired)"))
            .ToList();
        if (missing.Count > 0)
        {
            explanation += $" Missing: {string.Join(", ", missing)}.";
        }

        return new FitPart(name, earned, LanguagePoints, explanation);
    }

    /// <summary>Points × the share of the needed items the candidate has worked in.</summary>
    private static FitPart ScoreShare<T>(string name, int possible, IReadOnlyCollection<T> needed, IReadOnlyCollection<T> has, string singular, string plural)
    {
        var neededSet = needed.Distinct().ToList();
        if (neededSet.Count == 0)
        {
            return new FitPart(name, possible, possible, $"The mission names no {singular}, so all {possible} points are given.");
        }

        var covered = neededSet.Count(has.Contains);
        var noun = neededSet.Count == 1 ? singular : plural;
        return new FitPart(name, Points(possible, covered, neededSet.Count), possible, $"Has worked in {covered} of the {neededSet.Count} {noun} the mission needs.");
    }

    /// <summary>Full points at or above the minimum; below it, points × years / minimum.</summary>
    private static FitPart ScoreYears(int minimumYears, int years)
    {
        const string name = "Years in senior posts";
        years = Math.Max(0, years);
        if (minimumYears <= 0)
        {
            return new FitPart(name, YearsPoints, YearsPoints, $"The mission sets no minimum years in senior posts, so all {YearsPoints} points are given.");
        }

        if (years >= minimumYears)
        {
            return new FitPart(name, YearsPoints, YearsPoints, $"{Years(years)} in senior posts meets the minimum of {minimumYears}.");
        }

        return new FitPart(name, Points(YearsPoints, years, minimumYears), YearsPoints, $"{Years(years)} in senior posts against a minimum of {minimumYears}; points in proportion.");
    }

    private static string Years(int years) => years == 1 ? "1 year" : $"{years} years";

    private static double Points(int possible, int earnedShares, int totalShares) =>
        Math.Round(possible * (double)earnedShares / totalShares, 1, MidpointRounding.AwayFromZero);
}
