namespace LeadershipPortal.Domain.Scoring;

/// <summary>The panel's view of one competency for one application.</summary>
public sealed record CompetencyScore(int CompetencyId, int Weight, int MinimumRating, double MeanRating, int LowestRating, int HighestRating)
{
    public bool MeetsMinimum => MeanRating >= MinimumRating;

    public bool IsDisagreement => HighestRating - LowestRating >= Disagreement.FlagSpan;
}

/// <summary>Everything the ranking page shows for one scored application.</summary>
public sealed record ApplicationScore(
    int ApplicationId,
    string CandidateCode,
    int Rank,
    double Raw,
    double Adjusted,
    LeniencyCoverage Coverage,
    IReadOnlyList<AssessorContribution> Assessors,
    IReadOnlyList<CompetencyScore> Competencies,
    IReadOnlyList<int> DisagreementCompetencyIds,
    EligibilityResult Eligibility,
    double MissionFitScore)
{
    public bool IsEligible => Eligibility.IsEligible;

    public bool HasDisagreement => DisagreementCompetencyIds.Count > 0;
}

/// <summary>
/// The scored applications in rank order, the applications nobody has scored yet, and each assessor's leniency profile.
/// </summary>
public sealed record VacancyScoreSheet(
    IReadOnlyList<ApplicationScore> Ranked,
    IReadOnlyList<int> UnscoredApplicationIds,
    IReadOnlyList<AssessorLeniency> Assessors,
    double GrandMean,
    double GrandStandardDeviation)
{
    public static string TieBreakers => Ranking.TieBreakers;
}

/// <summary>The aggregation of one vacancy's scores at one stage, from ratings to ranking.</summary>
public static class VacancyScoring
{
    /// <summary>
    /// Scores and ranks <paramref name="applications"/>. <paramref name="ratings"/> holds only assessments that count
    /// (submitted, not recused) of this vacancy at one stage. Ratings of applications not listed (a withdrawn one,
    /// say) still inform each assessor's leniency profile but are not ranked. An application without ratings is
    /// listed as unscored, not ranked.
    /// </summary>
    /// <exception cref="Common.DomainRuleException">The weights do not sum to 100, or an assessment is incomplete or duplicated.</exception>
    public static VacancyScoreSheet Compute(
        IReadOnlyList<ScoringCompetency> competencies,
        IReadOnlyList<ScoringApplication> applications,
        IReadOnlyList<AssessorRatings> ratings)
    {
        WeightedTotal.EnsureValid(competencies);
        var totals = ratings
            .Select(r => new AssessorTotal(r.AssessorId, r.ApplicationId, WeightedTotal.Unchecked(competencies, r.RatingsByCompetency)))
            .ToList();
        var leniency = LeniencyAdjustment.Compute(totals);
        var ratingsByApplication = ratings.ToLookup(r => r.ApplicationId);

        var scored = applications.Where(a => ratingsByApplication.Contains(a.ApplicationId)).ToList();
        var unscored = applications.Where(a => !ratingsByApplication.Contains(a.ApplicationId)).Select(a => a.ApplicationId).ToList();

        var unranked = scored.Select(a => Score(a, competencies, ratingsByApplication[a.ApplicationId], leniency.For(a.ApplicationId))).ToList();
        var ranks = Ranking.Rank(unranked.Select(s => new RankingEntry(s.ApplicationId, s.CandidateCode, s.IsEligible, s.Adjusted, s.Raw, s.MissionFitScore)));
        var byId = unranked.ToDictionary(s => s.ApplicationId);
        var ranked = ranks.Select(r => byId[r.Entry.ApplicationId] with { Rank = r.Rank }).ToList();

        return new VacancyScoreSheet(ranked, unscored, leniency.Assessors, leniency.GrandMean, leniency.GrandStandardDeviation);
    }

    private static ApplicationScore Score(
        ScoringApplication application,
        IReadOnlyList<ScoringCompetency> competencies,
        IEnumerable<AssessorRatings> ratings,
        AdjustedTotal total)
    {
        var byAssessor = ratings.Select(r => r.RatingsByCompetency).ToList();
        var means = PanelMean.PerCompetency(competencies, byAssessor);
        var competencyScores = competencies
            .Select(c =>
            {
                var values = byAssessor.Select(r => WeightedTotal.RatingOf(c.CompetencyId, r)).ToList();
                return new CompetencyScore(c.CompetencyId, c.Weight, c.MinimumRating, means[c.CompetencyId], values.Min(), values.Max());
            })
            .ToList();

        return new ApplicationScore(
            application.ApplicationId,
            application.CandidateCode,
            Rank: 0,
            total.Raw,
            total.Adjusted,
            total.Coverage,
            total.Contributions,
            competencyScores,
            Disagreement.FlaggedCompetencies(competencies, byAssessor),
            Eligibility.Check(competencies, means),
            application.MissionFitScore);
    }
}
