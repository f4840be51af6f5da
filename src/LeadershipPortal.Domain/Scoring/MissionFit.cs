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

/// <summary>One part of the mission-fit score: points earned of those possible, and sentences saying why (translatable).</summary>
public sealed record FitPart(string Name, double Earned, int Possible, SentenceList Explanation)
{
    public FitPart(string name, double earned, int possible, Sentence explanation)
        : this(name, earned, possible, Why(explanation))
    {
    }

    public static SentenceList Why(params Sentence[] sentences) => new(sentences, " ");
}

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
        var regions = ScoreShare(
            "Regions", RegionPoints, needs.Regions, candidate.Regions,
            "The mission names no region, so all {0} points are given.",
            "Has worked in {0} of the {1} region the mission needs.",
            "Has worked in {0} of the {1} regions the mission needs.");
        var mandateAreas = ScoreShare(
            "Mandate areas", MandateAreaPoints, needs.MandateAreas, candidate.MandateAreas,
            "The mission names no mandate area, so all {0} points are given.",
            "Has worked in {0} of the {1} mandate area the mission needs.",
            "Has worked in {0} of the {1} mandate areas the mission needs.");
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
            return new FitPart(name, LanguagePoints, LanguagePoints, new Sentence("The mission lists no languages, so all {0} points are given.", LanguagePoints));
        }

        var spoken = candidate.Languages.Where(l => l.Level >= CountingLevel).Select(l => l.Language).ToHashSet(comparer);
        var requiredMet = required.Count(spoken.Contains);
        var desiredMet = desired.Count(spoken.Contains);
        var earned = Points(
            LanguagePoints,
            (RequiredLanguageWeight * requiredMet) + desiredMet,
            (RequiredLanguageWeight * required.Count) + desired.Count);

        Sentence level = CountingLevel.ToString();
        var one = required.Count + desired.Count == 1;
        var explanation = new List<Sentence>
        {
            (required.Count, desired.Count) switch
            {
                (_, 0) => new Sentence(one ? "Speaks {0} of {1} required language at {2} level or above." : "Speaks {0} of {1} required languages at {2} level or above.", requiredMet, required.Count, level),
                (0, _) => new Sentence(one ? "Speaks {0} of {1} desired language at {2} level or above." : "Speaks {0} of {1} desired languages at {2} level or above.", desiredMet, desired.Count, level),
                _ => new Sentence("Speaks {0} of {1} required and {2} of {3} desired languages at {4} level or above.", requiredMet, required.Count, desiredMet, desired.Count, level),
            },
        };
        if (required.Count > 0 && desired.Count > 0)
        {
            explanation.Add("A required language counts twice as much as a desired one.");
        }

        var missing = required.Where(l => !spoken.Contains(l)).Select(l => new Sentence("{0} (required)", new ReferenceName(l)))
            .Concat(desired.Where(l => !spoken.Contains(l)).Select(l => new Sentence("{0} (desired)", new ReferenceName(l))))
            .ToList();
        if (missing.Count > 0)
        {
            explanation.Add(new Sentence("Missing: {0}.", new SentenceList(missing)));
        }

        return new FitPart(name, earned, LanguagePoints, FitPart.Why([.. explanation]));
    }

    /// <summary>Points × the share of the needed items the candidate has worked in.</summary>
    private static FitPart ScoreShare<T>(string name, int possible, IReadOnlyCollection<T> needed, IReadOnlyCollection<T> has, string noneNeeded, string coveredOfOne, string coveredOfMany)
    {
        var neededSet = needed.Distinct().ToList();
        if (neededSet.Count == 0)
        {
            return new FitPart(name, possible, possible, new Sentence(noneNeeded, possible));
        }

        var covered = neededSet.Count(has.Contains);
        return new FitPart(name, Points(possible, covered, neededSet.Count), possible, new Sentence(neededSet.Count == 1 ? coveredOfOne : coveredOfMany, covered, neededSet.Count));
    }

    /// <summary>Full points at or above the minimum; below it, points × years / minimum.</summary>
    private static FitPart ScoreYears(int minimumYears, int years)
    {
        const string name = "Years in senior posts";
        years = Math.Max(0, years);
        if (minimumYears <= 0)
        {
            return new FitPart(name, YearsPoints, YearsPoints, new Sentence("The mission sets no minimum years in senior posts, so all {0} points are given.", YearsPoints));
        }

        if (years >= minimumYears)
        {
            return new FitPart(name, YearsPoints, YearsPoints, new Sentence(years == 1 ? "{0} year in senior posts meets the minimum of {1}." : "{0} years in senior posts meets the minimum of {1}.", years, minimumYears));
        }

        return new FitPart(name, Points(YearsPoints, years, minimumYears), YearsPoints, new Sentence(years == 1 ? "{0} year in senior posts against a minimum of {1}; points in proportion." : "{0} years in senior posts against a minimum of {1}; points in proportion.", years, minimumYears));
    }

    private static double Points(int possible, int earnedShares, int totalShares) =>
        Math.Round(possible * (double)earnedShares / totalShares, 1, MidpointRounding.AwayFromZero);
}
