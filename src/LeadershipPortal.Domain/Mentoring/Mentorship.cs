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

    public MentoringSession LogSession(DateTime heldAtUtc, int durationMinutes, SessionMode mode, IEnumerable<string> topics, string? sharedSummary, string? privateNotes)
    {
        EnsureStatus(MentorshipStatus.Active, "Sessions are logged for an active mentorship.");
        var session = new MentoringSession(heldAtUtc, durationMinutes, mode, topics, sharedSummary, privateNotes);
        _sessions.Add(session);
        return session;
    }

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
