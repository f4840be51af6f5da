using LeadershipPortal.Domain.Common;

namespace LeadershipPortal.Domain.Mentoring;

public enum MentorshipStatus
{
    Proposed,
    Active,
    Completed,
    Ended,
}

public enum MeetingCadence
{
    Fortnightly,
    Monthly,
    Quarterly,
}

/// <summary>The answer each side gives after the first session.</summary>
public enum PairingFit
{
    GoodFit,
    NotSure,
    NotAGoodFit,
}

public static class Cadences
{
    /// <summary>How long a pair may go without a session before it counts as overdue.</summary>
    public static int Days(MeetingCadence cadence) => cadence switch
    {
        MeetingCadence.Fortnightly => 14,
        MeetingCadence.Monthly => 31,
        _ => 92,
    };
}

/// <summary>
/// A pairing of a mentor with a head of mission: Proposed until both accept, then Active for a default of
/// twelve months, then Completed — or Ended early with a reason.
/// </summary>
public sealed class Mentorship
{
    public const int DefaultLengthInMonths = 12;

    private readonly List<MentoringSession> _sessions = [];

    private Mentorship()
    {
    }

    public Mentorship(int mentorId, int menteeId, MeetingCadence cadence, IEnumerable<string> goals, DateTime nowUtc)
    {
        MentorId = mentorId;
        MenteeId = menteeId;
        Cadence = cadence;
        Goals = goals.Where(g => !string.IsNullOrWhiteSpace(g)).Select(g => g.Trim()).ToList();
        ProposedAtUtc = Guard.Utc(nowUtc);
        Status = MentorshipStatus.Proposed;
    }

    public int Id { get; private set; }

    public int MentorId { get; private set; }

    public int MenteeId { get; private set; }

    public MentorshipStatus Status { get; private set; }

    public MeetingCadence Cadence { get; private set; }

    public List<string> Goals { get; private set; } = [];

    public DateTime ProposedAtUtc { get; private set; }

    public bool MentorAccepted { get; private set; }

    public bool MenteeAccepted { get; private set; }

    public DateTime? StartedAtUtc { get; private set; }

    public DateTime? PlannedEndUtc { get; private set; }

    public DateTime? EndedAtUtc { get; private set; }

    public string? EndReason { get; private set; }

    public PairingFit? MentorFit { get; private set; }

    public PairingFit? MenteeFit { get; private set; }

    /// <summary>Either side said "not a good fit": HR should look at this pair.</summary>
    public bool IsFlaggedForHr => MentorFit == PairingFit.NotAGoodFit || MenteeFit == PairingFit.NotAGoodFit;

    public IReadOnlyCollection<MentoringSession> Sessions => _sessions.AsReadOnly();

    public bool IsActive => Status == MentorshipStatus.Active;

    public void AcceptByMentor(DateTime nowUtc)
    {
        EnsureStatus(MentorshipStatus.Proposed, "Only a proposed mentorship can be accepted.");
        MentorAccepted = true;
        StartIfBothAccepted(nowUtc);
    }

    public void AcceptByMentee(DateTime nowUtc)
    {
        EnsureStatus(MentorshipStatus.Proposed, "Only a proposed mentorship can be accepted.");
        MenteeAccepted = true;
        StartIfBothAccepted(nowUtc);
    }

    public void Complete(DateTime nowUtc)
    {
        EnsureStatus(MentorshipStatus.Active, "Only an active mentorship can be completed.");
        Status = MentorshipStatus.Completed;
        EndedAtUtc = Guard.Utc(nowUtc);
    }

    public void EndEarly(string reason, DateTime nowUtc)
    {
        if (Status is MentorshipStatus.Completed or MentorshipStatus.Ended)
        {
            throw new DomainRuleException("This mentorship has already ended.");
        }

        EndReason = Guard.Required(reason, "The reason for ending", 1000);
        Status = MentorshipStatus.Ended;
        EndedAtUtc = Guard.Utc(nowUtc);
    }

    public MentoringSession LogSession(SessionDetails details, string authorUserId, DateTime nowUtc)
    {
        EnsureStatus(MentorshipStatus.Active, "Sessions are logged for an active mentorship.");
        if (StartedAtUtc is { } started && details.HeldAtUtc.Date < started.Date)
        {
            throw new DomainRuleException("A session cannot be dated before the mentorship started.");
        }

        var session = new MentoringSession(details, Goals, authorUserId, nowUtc);
        _sessions.Add(session);
        return session;
    }

    public void EditSession(MentoringSession session, SessionDetails details, DateTime nowUtc)
    {
        if (!_sessions.Contains(session))
        {
            throw new DomainRuleException("That session belongs to another mentorship.");
        }

        session.Edit(details, Goals, nowUtc);
    }

    /// <summary>The fit check, answered by each side once the first session has taken place.</summary>
    public void AnswerFit(bool byMentor, PairingFit answer)
    {
        if (_sessions.Count == 0)
        {
            throw new DomainRuleException("The fit question is answered after the first session.");
        }

        if (Status is MentorshipStatus.Completed or MentorshipStatus.Ended)
        {
            throw new DomainRuleException("This mentorship has already ended.");
        }

        if (byMentor)
        {
            MentorFit = answer;
        }
        else
        {
            MenteeFit = answer;
        }
    }

    /// <summary>An active pair is overdue when the last session (or the start) is further back than its cadence.</summary>
    public bool IsOverdue(DateTime nowUtc) => IsOverdue(Status, Cadence, StartedAtUtc, _sessions.Count == 0 ? null : _sessions.Max(s => s.HeldAtUtc), nowUtc);

    public static bool IsOverdue(MentorshipStatus status, MeetingCadence cadence, DateTime? startedAtUtc, DateTime? lastSessionUtc, DateTime nowUtc) =>
        status == MentorshipStatus.Active && (lastSessionUtc ?? startedAtUtc) is { } since && (nowUtc - since).TotalDays > Cadences.Days(cadence);

    private void StartIfBothAccepted(DateTime nowUtc)
    {
        if (!MentorAccepted || !MenteeAccepted)
        {
            return;
        }

        Status = MentorshipStatus.Active;
        StartedAtUtc = Guard.Utc(nowUtc);
        PlannedEndUtc = StartedAtUtc.Value.AddMonths(DefaultLengthInMonths);
    }

    private void EnsureStatus(MentorshipStatus expected, string message)
    {
        if (Status != expected)
        {
            throw new DomainRuleException(message);
        }
    }
}
