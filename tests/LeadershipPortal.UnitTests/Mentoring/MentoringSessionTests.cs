using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Mentoring;
using LeadershipPortal.UnitTests.Builders;

namespace LeadershipPortal.UnitTests.Mentoring;

public sealed class MentoringSessionTests
{
    private static readonly DateTime HeldAt = new(2026, 2, 10, 16, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(5)]
    [InlineData(600)]
    public void A_session_from_5_minutes_to_10_hours_is_accepted(int minutes)
    {
        var session = Log(minutes);

        Assert.Equal(minutes, session.DurationMinutes);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(601)]
    [InlineData(0)]
    public void A_session_shorter_than_5_minutes_or_longer_than_10_hours_is_refused(int minutes)
    {
        var error = Assert.Throws<DomainRuleException>(() => Log(minutes));

        Assert.Equal("A session lasts from 5 minutes to 10 hours.", error.Message);
    }

    [Fact]
    public void Topics_are_trimmed_and_blank_ones_dropped_and_blank_notes_become_none()
    {
        var mentorship = new MentorshipBuilder().Active().Build();

        var session = mentorship.LogSession(HeldAt, 45, SessionMode.InPerson, [" Elections ", "", "  ", "DDR"], "  ", " Private view. ");

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

    private static MentoringSession Log(int minutes) =>
        new MentorshipBuilder().Active().Build().LogSession(HeldAt, minutes, SessionMode.Video, ["Mandate"], null, null);
}
