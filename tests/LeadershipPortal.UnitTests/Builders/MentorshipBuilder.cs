using LeadershipPortal.Domain.Mentoring;

namespace LeadershipPortal.UnitTests.Builders;

public sealed class MentorshipBuilder
{
    public const int DefaultMentorId = 3;
    public const int DefaultMenteeId = 5;

    public static readonly DateTime ProposedAtUtc = new(2026, 1, 5, 10, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime StartedAtUtc = new(2026, 1, 12, 10, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime EndedAtUtc = new(2026, 6, 1, 10, 0, 0, DateTimeKind.Utc);

    private IEnumerable<string> _goals = ["Build trust with the host government", "Lead an integrated mission"];
    private MentorshipStatus _status = MentorshipStatus.Proposed;

    public MentorshipBuilder WithGoals(params string[] goals)
    {
        _goals = goals;
        return this;
    }

    public MentorshipBuilder Active()
    {
        _status = MentorshipStatus.Active;
        return this;
    }

    public MentorshipBuilder Completed()
    {
        _status = MentorshipStatus.Completed;
        return this;
    }

    public MentorshipBuilder EndedEarly()
    {
        _status = MentorshipStatus.Ended;
        return this;
    }

    public MentorshipBuilder InStatus(MentorshipStatus status)
    {
        _status = status;
        return this;
    }

    public Mentorship Build()
    {
        var mentorship = new Mentorship(DefaultMentorId, DefaultMenteeId, MeetingCadence.Monthly, _goals, ProposedAtUtc);
        if (_status == MentorshipStatus.Proposed)
        {
            return mentorship;
        }

        mentorship.AcceptByMentor(StartedAtUtc);
        mentorship.AcceptByMentee(StartedAtUtc);
        if (_status == MentorshipStatus.Completed)
        {
            mentorship.Complete(EndedAtUtc);
        }
        else if (_status == MentorshipStatus.Ended)
        {
            mentorship.EndEarly("The mentee left the mission.", EndedAtUtc);
        }

        return mentorship;
    }
}
