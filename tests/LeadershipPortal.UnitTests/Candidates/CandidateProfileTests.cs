using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Domain.Common;

namespace LeadershipPortal.UnitTests.Candidates;

public sealed class CandidateProfileTests
{
    [Fact]
    public void A_new_profile_states_no_gender()
    {
        var profile = new CandidateProfile("user-1", "  Bintou Keita ");

        Assert.Equal("Bintou Keita", profile.FullName);
        Assert.Null(profile.Gender);
        Assert.Null(profile.Readiness);
    }

    [Fact]
    public void Personal_details_can_set_and_clear_the_gender()
    {
        var profile = new CandidateProfile("user-1", "Bintou Keita");

        profile.UpdatePersonalDetails("Bintou Keita", Gender.PreferNotToSay, 4);
        Assert.Equal(Gender.PreferNotToSay, profile.Gender);
        Assert.Equal(4, profile.NationalityId);

        profile.UpdatePersonalDetails("Bintou Keita", null, 4);
        Assert.Null(profile.Gender);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(60)]
    public void Years_in_senior_posts_from_0_to_60_are_accepted(int years)
    {
        var profile = new CandidateProfile("user-1", "Bintou Keita");

        profile.UpdateExperience("SRSG", years, null, [], []);

        Assert.Equal(years, profile.YearsInSeniorPosts);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(61)]
    public void Years_in_senior_posts_outside_0_to_60_are_refused(int years)
    {
        var profile = new CandidateProfile("user-1", "Bintou Keita");

        var error = Assert.Throws<DomainRuleException>(() => profile.UpdateExperience("SRSG", years, null, [], []));

        Assert.Equal("Years in senior posts must be between 0 and 60.", error.Message);
        Assert.Null(profile.CurrentPost);
    }

    [Fact]
    public void Experience_keeps_each_region_and_mandate_area_once_in_order()
    {
        var profile = new CandidateProfile("user-1", "Bintou Keita");

        profile.UpdateExperience(
            " DSRSG ",
            12,
            "  ",
            [Region.Europe, Region.Africa, Region.Europe],
            [MandateArea.Elections, MandateArea.ProtectionOfCivilians, MandateArea.Elections]);

        Assert.Equal("DSRSG", profile.CurrentPost);
        Assert.Null(profile.Education);
        Assert.Equal([Region.Africa, Region.Europe], profile.Regions);
        Assert.Equal([MandateArea.ProtectionOfCivilians, MandateArea.Elections], profile.MandateAreas);
    }

    [Fact]
    public void A_language_listed_twice_in_any_case_is_refused()
    {
        var profile = new CandidateProfile("user-1", "Bintou Keita");

        var error = Assert.Throws<DomainRuleException>(() => profile.SetLanguages(
            [new LanguageSkill("French", LanguageLevel.Native), new LanguageSkill("french", LanguageLevel.Working)]));

        Assert.Equal("Each language can be listed once.", error.Message);
        Assert.Empty(profile.Languages);
    }

    [Fact]
    public void Different_languages_are_all_kept()
    {
        var profile = new CandidateProfile("user-1", "Bintou Keita");

        profile.SetLanguages([new LanguageSkill("French", LanguageLevel.Native), new LanguageSkill("English", LanguageLevel.Fluent)]);

        Assert.Equal(["French", "English"], profile.Languages.Select(l => l.Language));
    }

    [Fact]
    public void Placing_in_and_removing_from_the_roster_sets_and_clears_readiness()
    {
        var profile = new CandidateProfile("user-1", "Bintou Keita");

        profile.PlaceInRoster(Readiness.ReadyIn1To2Years);
        Assert.Equal(Readiness.ReadyIn1To2Years, profile.Readiness);

        profile.RemoveFromRoster();
        Assert.Null(profile.Readiness);
    }

    [Theory]
    [InlineData(1948, null, true)]
    [InlineData(2010, 2014, true)]
    [InlineData(2014, 2014, true)]
    [InlineData(1947, null, false)]
    [InlineData(2015, 2014, false)]
    [InlineData(2101, null, false)]
    public void Field_mission_years_must_be_plausible(int from, int? to, bool valid)
    {
        Assert.Equal(valid, new FieldMissionExperience("UNMIL", "DSRSG", from, to).IsValid);
    }

    [Fact]
    public void A_self_nomination_names_no_state_and_a_state_nomination_names_its_state()
    {
        var self = Nomination.Self(new DateOnly(2026, 2, 1));
        var byState = Nomination.ByMemberState(12, "Permanent Mission", new DateOnly(2026, 3, 1));

        Assert.Equal(NominationKind.Self, self.Kind);
        Assert.Null(self.NominatingStateId);
        Assert.Equal(NominationKind.MemberState, byState.Kind);
        Assert.Equal(12, byState.NominatingStateId);
    }
}
