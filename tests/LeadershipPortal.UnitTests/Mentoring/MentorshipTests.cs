using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Mentoring;
using LeadershipPortal.UnitTests.Builders;

namespace LeadershipPortal.UnitTests.Mentoring;

public sealed class MentorshipTests
{
    private static readonly DateTime Now = new(2026, 3, 15, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_new_mentorship_is_proposed_with_its_goals_cleaned_up()
    {
        var mentorship = new MentorshipBuilder().WithGoals("  Lead the transition ", "", "   ", "Work with the UNCT").Build();

        Assert.Equal(MentorshipStatus.Proposed, mentorship.Status);
        Assert.False(mentorship.IsActive);
        Assert.Equal(["Lead the transition", "Work with the UNCT"], mentorship.Goals);
        Assert.Equal(MentorshipBuilder.ProposedAtUtc, mentorship.ProposedAtUtc);
        Assert.Null(mentorship.StartedAtUtc);
        Assert.Null(mentorship.PlannedEndUtc);
    }

    [Fact]
    public void Acceptance_by_the_mentor_alone_leaves_it_proposed()
    {
        var mentorship = new MentorshipBuilder().Build();

        mentorship.AcceptByMentor(Now);

        Assert.True(mentorship.MentorAccepted);
        Assert.False(mentorship.MenteeAccepted);
        Assert.Equal(MentorshipStatus.Proposed, mentorship.Status);
        Assert.Null(mentorship.StartedAtUtc);
    }

    [Fact]
    public void Acceptance_by_the_mentee_alone_leaves_it_proposed()
    {
        var mentorship = new MentorshipBuilder().Build();

        mentorship.AcceptByMentee(Now);

        Assert.True(mentorship.MenteeAccepted);
        Assert.False(mentorship.MentorAccepted);
        Assert.Equal(MentorshipStatus.Proposed, mentorship.Status);
    }

    [Fact]
    public void When_both_accept_it_becomes_active_from_the_second_acceptance_for_twelve_months()
    {
        var mentorship = new MentorshipBuilder().Build();
        var secondAcceptance = Now.AddDays(4);

        mentorship.AcceptByMentee(Now);
        mentorship.AcceptByMentor(secondAcceptance);

        Assert.Equal(MentorshipStatus.Active, mentorship.Status);
        Assert.True(mentorship.IsActive);
        Assert.Equal(secondAcceptance, mentorship.StartedAtUtc);
        Assert.Equal(new DateTime(2027, 3, 19, 9, 0, 0, DateTimeKind.Utc), mentorship.PlannedEndUtc);
    }

    [Fact]
    public void An_active_mentorship_cannot_be_accepted_again()
    {
        var mentorship = new MentorshipBuilder().Active().Build();

        var error = Assert.Throws<DomainRuleException>(() => mentorship.AcceptByMentor(Now));

        Assert.Equal("Only a proposed mentorship can be accepted.", error.Message);
        Assert.Equal(MentorshipBuilder.StartedAtUtc, mentorship.StartedAtUtc);
    }

    [Fact]
    public void An_ended_proposal_cannot_be_accepted()
    {
        var mentorship = new MentorshipBuilder().Build();
        mentorship.EndEarly("The mentee declined.", Now);

        Assert.Throws<DomainRuleException>(() => mentorship.AcceptByMentee(Now));
        Assert.Equal(MentorshipStatus.Ended, mentorship.Status);
    }

    [Fact]
    public void Completing_an_active_mentorship_records_when_it_ended()
    {
        var mentorship = new MentorshipBuilder().Active().Build();

        mentorship.Complete(Now);

        Assert.Equal(MentorshipStatus.Completed, mentorship.Status);
        Assert.Equal(Now, mentorship.EndedAtUtc);
        Assert.Null(mentorship.EndReason);
    }

    [Theory]
    [InlineData(MentorshipStatus.Proposed)]
    [InlineData(MentorshipStatus.Completed)]
    [InlineData(MentorshipStatus.Ended)]
    public void Only_an_active_mentorship_can_be_completed(MentorshipStatus status)
    {
        var mentorship = new MentorshipBuilder().InStatus(status).Build();

        var error = Assert.Throws<DomainRuleException>(() => mentorship.Complete(Now));

        Assert.Equal("Only an active mentorship can be completed.", error.Message);
        Assert.Equal(status, mentorship.Status);
    }

    [Theory]
    [InlineData(MentorshipStatus.Proposed)]
    [InlineData(MentorshipStatus.Active)]
    public void A_proposed_or_active_mentorship_can_end_early_with_a_reason(MentorshipStatus status)
    {
        var mentorship = new MentorshipBuilder().InStatus(status).Build();

        mentorship.EndEarly("  The mentee was reassigned.  ", Now);

        Assert.Equal(MentorshipStatus.Ended, mentorship.Status);
        Assert.Equal("The mentee was reassigned.", mentorship.EndReason);
        Assert.Equal(Now, mentorship.EndedAtUtc);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Ending_early_without_a_reason_is_refused(string reason)
    {
        var mentorship = new MentorshipBuilder().Active().Build();

        var error = Assert.Throws<DomainRuleException>(() => mentorship.EndEarly(reason, Now));

        Assert.Equal("The reason for ending is required.", error.Message);
        Assert.Equal(MentorshipStatus.Active, mentorship.Status);
        Assert.Null(mentorship.EndedAtUtc);
    }

    [Theory]
    [InlineData(MentorshipStatus.Completed)]
    [InlineData(MentorshipStatus.Ended)]
    public void A_mentorship_that_is_over_cannot_end_early(MentorshipStatus status)
    {
        var mentorship = new MentorshipBuilder().InStatus(status).Build();

        var error = Assert.Throws<DomainRuleException>(() => mentorship.EndEarly("Again.", Now));

        Assert.Equal("This mentorship has already ended.", error.Message);
        Assert.Equal(status, mentorship.Status);
        Assert.Equal(MentorshipBuilder.EndedAtUtc, mentorship.EndedAtUtc);
    }

    [Fact]
    public void A_session_is_logged_for_an_active_mentorship()
    {
        var mentorship = new MentorshipBuilder().Active().Build();

        var session = mentorship.LogSession(new SessionDetails(Now, 60, SessionMode.Video, ["Host-state relations"], [], "Agreed next steps.", "Seemed tired."), "mentor-user", Now);

        Assert.Same(session, Assert.Single(mentorship.Sessions));
        Assert.Equal(Now, session.HeldAtUtc);
        Assert.Equal(60, session.DurationMinutes);
        Assert.Equal(SessionMode.Video, session.Mode);
    }

    [Theory]
    [InlineData(MentorshipStatus.Proposed)]
    [InlineData(MentorshipStatus.Completed)]
    [InlineData(MentorshipStatus.Ended)]
    public void A_session_cannot_be_logged_unless_the_mentorship_is_active(MentorshipStatus status)
    {
        var mentorship = new MentorshipBuilder().InStatus(status).Build();

        var error = Assert.Throws<DomainRuleException>(() =>
            mentorship.LogSession(Session(Now, 60), "mentor-user", Now));

        Assert.Equal("Sessions are logged for an active mentorship.", error.Message);
        Assert.Empty(mentorship.Sessions);
    }

    [Fact]
    public void A_session_of_an_impossible_length_is_not_added()
    {
        var mentorship = new MentorshipBuilder().Active().Build();

        Assert.Throws<DomainRuleException>(() => mentorship.LogSession(Session(Now, 0), "mentor-user", Now));

        Assert.Empty(mentorship.Sessions);
    }

    [Fact]
    public void The_fit_question_waits_for_the_first_session()
    {
        var mentorship = new MentorshipBuilder().Active().Build();

        var error = Assert.Throws<DomainRuleException>(() => mentorship.AnswerFit(byMentor: true, PairingFit.GoodFit));

        Assert.Equal("The fit question is answered after the first session.", error.Message);
        Assert.Null(mentorship.MentorFit);
    }

    [Theory]
    [InlineData(PairingFit.GoodFit, PairingFit.NotSure, false)]
    [InlineData(PairingFit.NotAGoodFit, PairingFit.GoodFit, true)]
    [InlineData(PairingFit.GoodFit, PairingFit.NotAGoodFit, true)]
    public void Not_a_good_fit_from_either_side_flags_the_pair_for_hr(PairingFit mentor, PairingFit mentee, bool flagged)
    {
        var mentorship = new MentorshipBuilder().Active().Build();
        mentorship.LogSession(Session(Now, 60), "mentor-user", Now);

        mentorship.AnswerFit(byMentor: true, mentor);
        mentorship.AnswerFit(byMentor: false, mentee);

        Assert.Equal(mentor, mentorship.MentorFit);
        Assert.Equal(mentee, mentorship.MenteeFit);
        Assert.Equal(flagged, mentorship.IsFlaggedForHr);
    }

    [Fact]
    public void A_pair_is_overdue_once_its_cadence_passes_without_a_session()
    {
        var mentorship = new MentorshipBuilder().Active().Build();
        var started = MentorshipBuilder.StartedAtUtc;

        Assert.False(mentorship.IsOverdue(started.AddDays(31)));
        Assert.True(mentorship.IsOverdue(started.AddDays(32)));

        mentorship.LogSession(Session(started.AddDays(30), 60), "mentor-user", started.AddDays(30));
        Assert.False(mentorship.IsOverdue(started.AddDays(32)));
        Assert.True(mentorship.IsOverdue(started.AddDays(62)));
    }

    [Theory]
    [InlineData(MentorshipStatus.Proposed)]
    [InlineData(MentorshipStatus.Completed)]
    [InlineData(MentorshipStatus.Ended)]
    public void Only_an_active_pair_can_be_overdue(MentorshipStatus status)
    {
        var mentorship = new MentorshipBuilder().InStatus(status).Build();

        Assert.False(mentorship.IsOverdue(MentorshipBuilder.StartedAtUtc.AddYears(2)));
    }

    [Fact]
    public void A_session_before_the_mentorship_started_is_refused()
    {
        var mentorship = new MentorshipBuilder().Active().Build();

        var error = Assert.Throws<DomainRuleException>(() => mentorship.LogSession(Session(MentorshipBuilder.StartedAtUtc.AddDays(-1), 60), "mentor-user", Now));

        Assert.Equal("A session cannot be dated before the mentorship started.", error.Message);
    }

    private static SessionDetails Session(DateTime heldAt, int minutes) => new(heldAt, minutes, SessionMode.Phone, [], [], null, null);
}
