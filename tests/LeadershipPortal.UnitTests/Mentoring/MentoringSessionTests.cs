using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Mentoring;
using LeadershipPortal.UnitTests.Builders;

namespace LeadershipPortal.UnitTests.Mentoring;

public sealed class MentoringSessionTests
{
    private static readonly DateTime HeldAt = new(2026, 2, 10, 16, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(1)]
    [InlineData(480)]
    public void A_session_from_1_minute_to_8_hours_is_accepted(int minutes)
    {
        var session = Log(minutes);

        Assert.Equal(minutes, session.DurationMinutes);
    }

    [Theory]
    [InlineData(-30)]
    [InlineData(0)]
    [InlineData(481)]
    public void A_session_of_no_time_or_longer_than_8_hours_is_refused(int minutes)
    {
        var error = Assert.Throws<DomainRuleException>(() => Log(minutes));

        Assert.Equal("A session lasts from 1 minute to 8 hours.", error.Message);
    }

    [Fact]
    public void Topics_are_trimmed_and_blank_ones_dropped_and_blank_notes_become_none()
    {
        var mentorship = new MentorshipBuilder().Active().Build();

        var session = mentorship.LogSession(new SessionDetails(HeldAt, 45, SessionMode.InPerson, [" Elections ", "", "  ", "DDR"], [], "  ", " Private view. "), "mentor-user", LoggedAt);

        Assert.Equal(["Elections", "DDR"], session.Topics);
        Assert.Null(session.SharedSummary);
        Assert.Equal("Private view.", session.PrivateNotes);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void The_mentee_rates_a_session_from_1_to_4(int rating)
    {
        var session = Log(60);

        session.RateByMentee(rating);

        Assert.Equal(rating, session.MenteeRating);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void A_mentee_rating_outside_1_to_4_is_refused(int rating)
    {
        var session = Log(60);

        var error = Assert.Throws<DomainRuleException>(() => session.RateByMentee(rating));

        Assert.Equal("A session is rated from 1 to 4.", error.Message);
        Assert.Null(session.MenteeRating);
    }

    [Fact]
    public void An_action_item_is_added_open_and_can_be_done_and_reopened()
    {
        var session = Log(60);

        var item = session.AddActionItem("  Call the force commander.  ");

        Assert.Same(item, Assert.Single(session.ActionItems));
        Assert.Equal("Call the force commander.", item.Text);
        Assert.False(item.IsDone);

        item.MarkDone();
        Assert.True(item.IsDone);

        item.Reopen();
        Assert.False(item.IsDone);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_action_item_is_refused(string text)
    {
        var session = Log(60);

        var error = Assert.Throws<DomainRuleException>(() => session.AddActionItem(text));

        Assert.Equal("Action item is required.", error.Message);
        Assert.Empty(session.ActionItems);
    }

    [Fact]
    public void An_action_item_over_500_characters_is_refused()
    {
        var session = Log(60);

        Assert.Throws<DomainRuleException>(() => session.AddActionItem(new string('a', 501)));
        Assert.Empty(session.ActionItems);
    }

    [Fact]
    public void A_log_can_be_edited_for_14_days_and_is_locked_after()
    {
        var mentorship = new MentorshipBuilder().Active().Build();
        var session = mentorship.LogSession(Details(60), "mentor-user", LoggedAt);

        mentorship.EditSession(session, Details(90) with { SharedSummary = "Corrected." }, LoggedAt.AddDays(14));
        Assert.Equal(90, session.DurationMinutes);
        Assert.Equal("Corrected.", session.SharedSummary);

        var error = Assert.Throws<DomainRuleException>(() => mentorship.EditSession(session, Details(30), LoggedAt.AddDays(14).AddMinutes(1)));
        Assert.StartsWith("This session log was locked on", error.Message, StringComparison.Ordinal);
        Assert.Equal(90, session.DurationMinutes);
    }

    [Fact]
    public void A_session_dated_after_today_is_refused_and_not_added()
    {
        var mentorship = new MentorshipBuilder().Active().Build();

        var error = Assert.Throws<DomainRuleException>(() => mentorship.LogSession(Details(60) with { HeldAtUtc = LoggedAt.Date.AddDays(1) }, "mentor-user", LoggedAt));

        Assert.Equal("A session cannot be dated in the future.", error.Message);
        Assert.Empty(mentorship.Sessions);
    }

    [Fact]
    public void A_session_held_later_today_is_accepted()
    {
        var session = new MentorshipBuilder().Active().Build().LogSession(Details(60) with { HeldAtUtc = LoggedAt.Date.AddHours(23) }, "mentor-user", LoggedAt);

        Assert.Equal(LoggedAt.Date.AddHours(23), session.HeldAtUtc);
    }

    [Fact]
    public void Topics_link_only_to_the_mentorship_goals()
    {
        var mentorship = new MentorshipBuilder().WithGoals("Lead an integrated mission").Active().Build();

        var session = mentorship.LogSession(Details(60) with { LinkedGoals = ["Lead an integrated mission"] }, "mentor-user", LoggedAt);
        Assert.Equal(["Lead an integrated mission"], session.LinkedGoals);

        var error = Assert.Throws<DomainRuleException>(() => mentorship.LogSession(Details(60) with { LinkedGoals = ["Win the lottery"] }, "mentor-user", LoggedAt));
        Assert.Equal("Topics can only be linked to the mentorship's own goals.", error.Message);
        Assert.Single(mentorship.Sessions);
    }

    [Fact]
    public void The_mentee_comment_is_kept_with_the_rating()
    {
        var session = Log(60);

        session.RateByMentee(3, "  Useful on the budget.  ");

        Assert.Equal(3, session.MenteeRating);
        Assert.Equal("Useful on the budget.", session.MenteeComment);
    }

    [Fact]
    public void An_action_item_has_an_owner_and_a_due_date()
    {
        var item = Log(60).AddActionItem("Brief the Council", ActionOwner.Mentor, new DateOnly(2026, 3, 1));

        Assert.Equal(ActionOwner.Mentor, item.Owner);
        Assert.Equal(new DateOnly(2026, 3, 1), item.DueOn);
    }

    private static readonly DateTime LoggedAt = HeldAt.AddDays(1);

    private static SessionDetails Details(int minutes) => new(HeldAt, minutes, SessionMode.Video, ["Mandate"], [], null, null);

    private static MentoringSession Log(int minutes) =>
        new MentorshipBuilder().Active().Build().LogSession(Details(minutes), "mentor-user", LoggedAt);
}
