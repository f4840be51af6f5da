using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Scoring;
using static LeadershipPortal.UnitTests.Builders.ScoringData;

namespace LeadershipPortal.UnitTests.Scoring;

public sealed class VacancyScoringTests
{
    // Competencies 1, 2, 3 weighted 40/35/25 with minimums 3, 3, 2. Three assessors; nobody has 5 applications,
    // so no leniency adjustment applies and the adjusted total equals the raw one.
    //
    // Application 11 (K7Q2):  a1 4,3,5 → 1.60 + 1.05 + 1.25 = 3.90
    //                         a2 4,4,4 → 4.00
    //                         a3 3,2,4 → 1.20 + 0.70 + 1.00 = 2.90      raw = 10.80 / 3 = 3.60
    //   competency means 11/3 = 3.67, 9/3 = 3 (exactly its minimum), 13/3 = 4.33; competency 2 spans 2–4 → disagreement.
    // Application 12 (B3M8):  a1 5,2,5 → 2.00 + 0.70 + 1.25 = 3.95
    //                         a2 5,3,5 → 2.00 + 1.05 + 1.25 = 4.30
    //                         a3 5,2,4 → 2.00 + 0.70 + 1.00 = 3.70      raw = 11.95 / 3 = 3.983
    //   competency 2 mean 7/3 = 2.33, below 3 → ineligible, so it ranks after 11 despite the higher total.
    // Application 13 has no submitted assessment yet.
    private static readonly ScoringApplication[] Applications =
    [
        new(11, "K7Q2", MissionFitScore: 70),
        new(12, "B3M8", MissionFitScore: 90),
        new(13, "D5T1", MissionFitScore: 60),
    ];

    private static readonly AssessorRatings[] Ratings =
    [
        Rated("a1", 11, 4, 3, 5), Rated("a2", 11, 4, 4, 4), Rated("a3", 11, 3, 2, 4),
        Rated("a1", 12, 5, 2, 5), Rated("a2", 12, 5, 3, 5), Rated("a3", 12, 5, 2, 4),
    ];

    [Fact]
    public void A_worked_example_gives_each_application_its_totals_means_flags_and_rank()
    {
        var sheet = VacancyScoring.Compute(ThreeCompetencies, Applications, Ratings);

        Assert.Equal([11, 12], sheet.Ranked.Select(a => a.ApplicationId));
        var first = sheet.Ranked[0];
        Assert.Equal(1, first.Rank);
        Assert.Equal("K7Q2", first.CandidateCode);
        Assert.Equal(3.6, first.Raw, 10);
        Assert.Equal(3.6, first.Adjusted, 10);
        Assert.Equal(LeniencyCoverage.None, first.Coverage);
        Assert.Equal([3.9, 4.0, 2.9], first.Assessors.Select(a => Math.Round(a.Total, 10)));
        Assert.Equal([11 / 3.0, 3.0, 13 / 3.0], first.Competencies.Select(c => c.MeanRating));
        Assert.Equal([2], first.DisagreementCompetencyIds);
        Assert.True(first.HasDisagreement);
        Assert.True(first.IsEligible);
        Assert.Equal(70, first.MissionFitScore);

        var second = sheet.Ranked[1];
        Assert.Equal(2, second.Rank);
        Assert.Equal(11.95 / 3, second.Raw, 10);
        Assert.False(second.IsEligible);
        Assert.Equal(2, Assert.Single(second.Eligibility.Shortfalls).CompetencyId);
        Assert.False(second.HasDisagreement);
        Assert.Equal([true, false, true], second.Competencies.Select(c => c.MeetsMinimum));

        Assert.Equal([13], sheet.UnscoredApplicationIds);
    }

    [Fact]
    public void A_competency_score_keeps_its_weight_minimum_and_range()
    {
        var sheet = VacancyScoring.Compute(ThreeCompetencies, Applications, Ratings);

        var second = sheet.Ranked[0].Competencies[1];
        Assert.Equal(2, second.CompetencyId);
        Assert.Equal(35, second.Weight);
        Assert.Equal(3, second.MinimumRating);
        Assert.Equal(2, second.LowestRating);
        Assert.Equal(4, second.HighestRating);
        Assert.True(second.IsDisagreement);
    }

    [Fact]
    public void A_vacancy_whose_weights_do_not_sum_to_100_cannot_be_scored()
    {
        ScoringCompetency[] competencies = [new(1, 40, 3), new(2, 35, 3), new(3, 30, 2)];

        var error = Assert.Throws<DomainRuleException>(() => VacancyScoring.Compute(competencies, Applications, Ratings));

        Assert.Equal("Competency weights must sum to 100; they sum to 105.", error.Message);
    }

    [Fact]
    public void An_incomplete_assessment_cannot_be_scored()
    {
        AssessorRatings[] ratings = [Rated("a1", 11, 4, 3)];

        var error = Assert.Throws<DomainRuleException>(() => VacancyScoring.Compute(ThreeCompetencies, Applications, ratings));

        Assert.Equal("Competency 3 has no rating; only complete assessments are aggregated.", error.Message);
    }

    [Fact]
    public void Leniency_correction_changes_the_ranking_and_both_totals_are_shown()
    {
        // The harsh H and lenient L of LeniencyAdjustmentTests, on one competency weighted 100, so ratings are totals.
        // Adjusted = 3 + 1.5 × (T − μₐ), with μ_H = 2 and μ_L = 4:
        //   L: 104 and 105 (5) → 4.5, 101 (4) → 3.0, 102 and 103 (3) → 1.5
        //   H: 201 and 205 (3) → 4.5, 204 (2) → 3.0, 202 and 203 (1) → 1.5
        // Raw order puts A = 101 (4) above B = 201 (3); adjusted puts B (4.5) above A (3.0).
        // Ties on 4.5: raw 5 (104, 105) before raw 3 (201, 205); then the candidate code. Likewise on 3.0 and 1.5.
        var ids = new[] { 101, 102, 103, 104, 105, 201, 202, 203, 204, 205 };
        var applications = ids.Select(id => new ScoringApplication(id, $"C{id}", MissionFitScore: 50)).ToList();
        var ratings = LeniencyAdjustmentTests.HarshAndLenient.Select(t => Rated(t.AssessorId, t.ApplicationId, (int)t.Total)).ToList();

        var sheet = VacancyScoring.Compute(OneCompetency, applications, ratings);
        var a = sheet.Ranked.Single(s => s.ApplicationId == 101);
        var b = sheet.Ranked.Single(s => s.ApplicationId == 201);

        Assert.Equal(4.0, a.Raw, 10);
        Assert.Equal(3.0, b.Raw, 10);
        Assert.Equal(3.0, a.Adjusted, 10);
        Assert.Equal(4.5, b.Adjusted, 10);
        Assert.Equal(3, b.Rank);
        Assert.Equal(5, a.Rank);
        Assert.Equal([104, 105, 201, 205, 101, 204, 102, 103, 202, 203], sheet.Ranked.Select(s => s.ApplicationId));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], sheet.Ranked.Select(s => s.Rank));
        Assert.All(sheet.Assessors, x => Assert.True(x.IsAdjusted));
        Assert.Equal(3.0, sheet.GrandMean, 10);
    }

    [Fact]
    public void Ratings_of_an_application_not_ranked_still_count_toward_its_assessors_leniency()
    {
        // L rated five applications, but 105 was withdrawn and is not ranked: L still has 5 totals, so is adjusted.
        var ratings = LeniencyAdjustmentTests.HarshAndLenient.Select(t => Rated(t.AssessorId, t.ApplicationId, (int)t.Total)).ToList();
        ScoringApplication[] applications = [new(101, "C101", 50), new(201, "C201", 50)];

        var sheet = VacancyScoring.Compute(OneCompetency, applications, ratings);

        Assert.Equal([201, 101], sheet.Ranked.Select(s => s.ApplicationId));
        Assert.Equal(LeniencyCoverage.All, sheet.Ranked[1].Coverage);
        Assert.Equal(5, sheet.Assessors.Single(x => x.AssessorId == "L").SampleSize);
    }

    [Fact]
    public void The_score_sheet_states_its_tie_breakers()
    {
        Assert.Equal(Ranking.TieBreakers, VacancyScoreSheet.TieBreakers);
        Assert.StartsWith("Eligible applications", VacancyScoreSheet.TieBreakers);
    }
}
