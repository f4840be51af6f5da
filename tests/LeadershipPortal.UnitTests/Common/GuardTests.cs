using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Mentoring;
using LeadershipPortal.Domain.Reference;
using LeadershipPortal.UnitTests.Builders;

namespace LeadershipPortal.UnitTests.Common;

/// <summary>Guard is internal; its rules are seen through the public constructors that rely on it.</summary>
public sealed class GuardTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t ")]
    public void A_required_text_that_is_missing_or_blank_is_refused_by_name(string? name)
    {
        var error = Assert.Throws<DomainRuleException>(() => new MemberState(name!, "GHA", Region.Africa));

        Assert.Equal("Name is required.", error.Message);
    }

    [Fact]
    public void A_required_text_is_trimmed_before_its_length_is_checked()
    {
        // 100 characters once trimmed: the limit for a Member State name.
        var name = "  " + new string('n', 100) + "  ";

        var state = new MemberState(name, "GHA", Region.Africa);

        Assert.Equal(100, state.Name.Length);
    }

    [Fact]
    public void A_required_text_over_its_limit_is_refused_with_the_limit()
    {
        var error = Assert.Throws<DomainRuleException>(() => new MemberState(new string('n', 101), "GHA", Region.Africa));

        Assert.Equal("Name must be at most 100 characters.", error.Message);
    }

    [Fact]
    public void An_optional_text_that_is_blank_becomes_none_but_one_over_its_limit_is_still_refused()
    {
        var mentor = new MentorProfile("user-1", "Mentor", 1);

        mentor.Describe("   ", null, [], [], [], []);
        Assert.Null(mentor.Bio);

        var error = Assert.Throws<DomainRuleException>(() => mentor.Describe(new string('b', 2001), null, [], [], [], []));
        Assert.Equal("Biography must be at most 2000 characters.", error.Message);
    }

    [Fact]
    public void A_date_of_unspecified_kind_is_treated_as_utc_without_shifting_it()
    {
        var opens = new DateTime(2026, 3, 1, 9, 30, 0, DateTimeKind.Unspecified);
        var closes = new DateTime(2026, 4, 1, 9, 30, 0, DateTimeKind.Unspecified);

        var vacancy = new VacancyBuilder().WithSchedule(opens, closes).Build();

        Assert.Equal(DateTimeKind.Utc, vacancy.OpensAtUtc.Kind);
        Assert.Equal(opens.Ticks, vacancy.OpensAtUtc.Ticks);
        Assert.Equal(DateTimeKind.Utc, vacancy.ClosesAtUtc.Kind);
        Assert.Equal(closes.Ticks, vacancy.ClosesAtUtc.Ticks);
    }

    [Fact]
    public void A_utc_date_is_kept_as_it_is()
    {
        var vacancy = new VacancyBuilder().Build();

        Assert.Equal(DateTimeKind.Utc, vacancy.OpensAtUtc.Kind);
        Assert.Equal(VacancyBuilder.DefaultOpensAtUtc.Ticks, vacancy.OpensAtUtc.Ticks);
    }

    [Fact]
    public void A_local_date_is_converted_to_utc()
    {
        var utc = new DateTime(2026, 3, 1, 9, 30, 0, DateTimeKind.Utc);

        var vacancy = new VacancyBuilder().WithSchedule(utc.ToLocalTime(), utc.AddDays(30).ToLocalTime()).Build();

        Assert.Equal(DateTimeKind.Utc, vacancy.OpensAtUtc.Kind);
        Assert.Equal(utc, vacancy.OpensAtUtc);
    }

    [Fact]
    public void A_scoring_deadline_of_unspecified_kind_is_treated_as_utc()
    {
        var vacancy = new VacancyBuilder().Build();
        var deadline = new DateTime(2026, 5, 1, 17, 0, 0, DateTimeKind.Unspecified);

        vacancy.SetScoringDeadline(deadline);

        Assert.Equal(DateTimeKind.Utc, vacancy.ScoringDeadlineUtc!.Value.Kind);
        Assert.Equal(deadline.Ticks, vacancy.ScoringDeadlineUtc.Value.Ticks);
    }

    [Fact]
    public void A_mentorship_proposed_with_an_unspecified_time_records_it_as_utc()
    {
        var proposed = new DateTime(2026, 1, 5, 10, 0, 0, DateTimeKind.Unspecified);

        var mentorship = new Mentorship(1, 2, MeetingCadence.Quarterly, [], proposed);

        Assert.Equal(DateTimeKind.Utc, mentorship.ProposedAtUtc.Kind);
        Assert.Equal(proposed.Ticks, mentorship.ProposedAtUtc.Ticks);
    }
}
