using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Scoring;
using LeadershipPortal.Domain.Vacancies;

namespace LeadershipPortal.UnitTests.Scoring;

public sealed class MissionFitTests
{
    /// <summary>French required, Arabic desired; Africa and the Middle East; three mandate areas; 10 years.</summary>
    private static readonly MissionNeedsInput Needs = new(
        RequiredLanguages: ["French"],
        DesiredLanguages: ["Arabic"],
        Regions: [Region.Africa, Region.MiddleEast],
        MandateAreas: [MandateArea.ProtectionOfCivilians, MandateArea.PoliticalProcess, MandateArea.Ddr],
        MinimumYears: 10);

    private static readonly MissionNeedsInput NoNeeds = new([], [], [], [], 0);

    private static CandidateFitInput Candidate(
        LanguageSkill[]? languages = null,
        Region[]? regions = null,
        MandateArea[]? mandateAreas = null,
        int years = 10) =>
        new(languages ?? [], regions ?? [], mandateAreas ?? [], years);

    [Fact]
    public void A_candidate_who_meets_every_need_scores_100()
    {
        var candidate = Candidate(
            [new("French", LanguageLevel.Fluent), new("Arabic", LanguageLevel.Working)],
            [Region.Africa, Region.MiddleEast, Region.Europe],
            [MandateArea.ProtectionOfCivilians, MandateArea.PoliticalProcess, MandateArea.Ddr],
            years: 14);

        var fit = MissionFit.Score(Needs, candidate);

        Assert.Equal(100, fit.Score);
        Assert.All(fit.Parts, p => Assert.Equal(p.Possible, p.Earned));
    }

    [Fact]
    public void The_four_parts_are_worth_40_20_25_and_15_points()
    {
        var fit = MissionFit.Score(Needs, Candidate());

        Assert.Equal(["Languages", "Regions", "Mandate areas", "Years in senior posts"], fit.Parts.Select(p => p.Name));
        Assert.Equal([40, 20, 25, 15], fit.Parts.Select(p => p.Possible));
    }

    [Fact]
    public void A_worked_example_adds_up_its_visible_parts()
    {
        // Languages: French at Working (required, met), Arabic at Basic (desired, not met):
        //   40 × (2×1 + 0) / (2×1 + 1) = 40 × 2/3 = 26.7.
        // Regions: Africa of Africa and Middle East: 20 × 1/2 = 10.
        // Mandate areas: 2 of 3: 25 × 2/3 = 16.7.
        // Years: 6 against a minimum of 10: 15 × 6/10 = 9.
        // Score: 26.7 + 10 + 16.7 + 9 = 62.4.
        var candidate = Candidate(
            [new("French", LanguageLevel.Working), new("Arabic", LanguageLevel.Basic)],
            [Region.Africa],
            [MandateArea.ProtectionOfCivilians, MandateArea.Ddr, MandateArea.Elections],
            years: 6);

        var fit = MissionFit.Score(Needs, candidate);

        Assert.Equal(26.7, fit.Languages.Earned);
        Assert.Equal(10, fit.Regions.Earned);
        Assert.Equal(16.7, fit.MandateAreas.Earned);
        Assert.Equal(9, fit.Years.Earned);
        Assert.Equal(62.4, fit.Score);
        Assert.Equal(
            "Speaks 1 of 1 required and 0 of 1 desired languages at Working level or above. " +
            "A required language counts twice as much as a desired one. Missing: Arabic (desired).",
            fit.Languages.Explanation.ToString());
        Assert.Equal("Has worked in 1 of the 2 regions the mission needs.", fit.Regions.Explanation.ToString());
        Assert.Equal("Has worked in 2 of the 3 mandate areas the mission needs.", fit.MandateAreas.Explanation.ToString());
        Assert.Equal("6 years in senior posts against a minimum of 10; points in proportion.", fit.Years.Explanation.ToString());
    }

    [Fact]
    public void A_missing_required_language_costs_twice_a_missing_desired_one()
    {
        // Arabic only: 40 × (0 + 1) / 3 = 13.3. French only: 40 × 2 / 3 = 26.7.
        var arabicOnly = MissionFit.Score(Needs, Candidate([new("Arabic", LanguageLevel.Native)]));
        var frenchOnly = MissionFit.Score(Needs, Candidate([new("French", LanguageLevel.Native)]));

        Assert.Equal(13.3, arabicOnly.Languages.Earned);
        Assert.Equal(26.7, frenchOnly.Languages.Earned);
        Assert.EndsWith("Missing: French (required).", arabicOnly.Languages.Explanation.ToString());
    }

    [Fact]
    public void A_language_at_Basic_level_does_not_count()
    {
        var needs = NoNeeds with { RequiredLanguages = ["French"] };

        var basic = MissionFit.Score(needs, Candidate([new("French", LanguageLevel.Basic)]));
        var working = MissionFit.Score(needs, Candidate([new("French", LanguageLevel.Working)]));

        Assert.Equal(0, basic.Languages.Earned);
        Assert.Equal(40, working.Languages.Earned);
        Assert.Equal("Speaks 1 of 1 required language at Working level or above.", working.Languages.Explanation.ToString());
    }

    [Fact]
    public void Languages_match_whatever_their_case_and_a_language_both_required_and_desired_counts_once_as_required()
    {
        var needs = NoNeeds with { RequiredLanguages = ["French"], DesiredLanguages = ["french", "Arabic"] };

        var fit = MissionFit.Score(needs, Candidate([new("FRENCH", LanguageLevel.Fluent)]));

        // Required French (2 shares) met, desired Arabic (1 share) not: 40 × 2/3 = 26.7.
        Assert.Equal(26.7, fit.Languages.Earned);
        Assert.StartsWith("Speaks 1 of 1 required and 0 of 1 desired", fit.Languages.Explanation.ToString());
    }

    [Fact]
    public void A_mission_that_asks_for_nothing_gives_every_part_its_full_points()
    {
        var fit = MissionFit.Score(NoNeeds, Candidate(years: 0));

        Assert.Equal(100, fit.Score);
        Assert.Equal("The mission lists no languages, so all 40 points are given.", fit.Languages.Explanation.ToString());
        Assert.Equal("The mission names no region, so all 20 points are given.", fit.Regions.Explanation.ToString());
        Assert.Equal("The mission names no mandate area, so all 25 points are given.", fit.MandateAreas.Explanation.ToString());
        Assert.Equal("The mission sets no minimum years in senior posts, so all 15 points are given.", fit.Years.Explanation.ToString());
    }

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(1, 1.5)]
    [InlineData(5, 7.5)]
    [InlineData(9, 13.5)]
    [InlineData(10, 15.0)]
    [InlineData(25, 15.0)]
    public void Years_earn_full_points_at_the_minimum_and_in_proportion_below_it(int years, double points)
    {
        var fit = MissionFit.Score(Needs, Candidate(years: years));

        Assert.Equal(points, fit.Years.Earned);
    }

    [Fact]
    public void Years_at_the_minimum_are_explained_as_meeting_it()
    {
        var fit = MissionFit.Score(NoNeeds with { MinimumYears = 1 }, Candidate(years: 1));

        Assert.Equal("1 year in senior posts meets the minimum of 1.", fit.Years.Explanation.ToString());
    }

    [Fact]
    public void A_candidate_with_none_of_the_needs_scores_0()
    {
        var fit = MissionFit.Score(Needs, Candidate([new("Spanish", LanguageLevel.Native)], [Region.Americas], [MandateArea.Elections], years: 0));

        Assert.Equal(0, fit.Score);
        Assert.Equal("Has worked in 0 of the 3 mandate areas the mission needs.", fit.MandateAreas.Explanation.ToString());
    }

    [Fact]
    public void The_inputs_can_be_taken_from_a_vacancys_needs_and_a_candidates_profile()
    {
        var needs = new MissionNeeds { RequiredLanguages = ["French"], Regions = [Region.Africa], MinimumYearsInSeniorPosts = 8 };
        var profile = new CandidateProfile("user-1", "Bintou Keita");
        profile.UpdateExperience("SRSG", 4, null, [Region.Africa], [MandateArea.RuleOfLaw]);
        profile.SetLanguages([new LanguageSkill("French", LanguageLevel.Native)]);

        var fit = MissionFit.Score(MissionNeedsInput.From(needs), CandidateFitInput.From(profile));

        // 40 + 20 + 25 (no mandate areas named) + 15 × 4/8 = 7.5 → 92.5.
        Assert.Equal(92.5, fit.Score);
    }
}
