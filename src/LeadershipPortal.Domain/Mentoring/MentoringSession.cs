using LeadershipPortal.Domain.Common;

namespace LeadershipPortal.Domain.Mentoring;

public enum SessionMode
{
    InPerson,
    Video,
    Phone,
}

public enum ActionOwner
{
    Mentor,
    Mentee,
}

/// <summary>What the mentor records about a session; topics may be linked to the mentorship's goals.</summary>
public sealed record SessionDetails(
    DateTime HeldAtUtc,
    int DurationMinutes,
    SessionMode Mode,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> LinkedGoals,
    string? SharedSummary,
    string? PrivateNotes);

/// <summary>
/// A mentoring conversation. The shared summary is for both; the private notes are their author's alone
/// and are never shown to the mentee or HR. The log can be corrected for 14 days after it was written.
/// </summary>
public sealed class MentoringSession
{
    public const int MinimumMenteeRating = 1;
    public const int MaximumMenteeRating = 4;
    public const int MaximumDurationMinutes = 8 * 60;
    public static readonly TimeSpan EditWindow = TimeSpan.FromDays(14);

    private readonly List<ActionItem> _actionItems = [];

    private MentoringSession()
    {
        AuthorUserId = string.Empty;
    }

    internal MentoringSession(SessionDetails details, IReadOnlyCollection<string> goals, string authorUserId, DateTime nowUtc)
    {
        AuthorUserId = Guard.Required(authorUserId, "Author", 450);
        LoggedAtUtc = Guard.Utc(nowUtc);
        Apply(details, goals, nowUtc);
    }

    public int Id { get; private set; }

    public int MentorshipId { get; private set; }

    /// <summary>The user who wrote the log; the only one who ever sees the private notes.</summary>
    public string AuthorUserId { get; private set; }

    public DateTime LoggedAtUtc { get; private set; }

    public DateTime HeldAtUtc { get; private set; }

    public int DurationMinutes { get; private set; }

    public SessionMode Mode { get; private set; }

    public List<string> Topics { get; private set; } = [];

    /// <summary>The mentorship goals this session worked on.</summary>
    public List<string> LinkedGoals { get; private set; } = [];

    public string? SharedSummary { get; private set; }

    public string? PrivateNotes { get; private set; }

    /// <summary>The mentee's rating of the session, 1 (not useful) to 4 (very useful).</summary>
    public int? MenteeRating { get; private set; }

    public string? MenteeComment { get; private set; }

    public IReadOnlyCollection<ActionItem> ActionItems => _actionItems.AsReadOnly();

    public DateTime EditableUntilUtc => LoggedAtUtc + EditWindow;

    public bool IsEditable(DateTime nowUtc) => nowUtc <= EditableUntilUtc;

    public ActionItem AddActionItem(string text, ActionOwner owner = ActionOwner.Mentee, DateOnly? dueOn = null)
    {
        var item = new ActionItem(Guard.Required(text, "Action item", 500), owner, dueOn);
        _actionItems.Add(item);
        return item;
    }

    /// <summary>Corrects the log; refused once the 14-day window has passed.</summary>
    public void Edit(SessionDetails details, IReadOnlyCollection<string> goals, DateTime nowUtc)
    {
        if (!IsEditable(nowUtc))
        {
            throw new DomainRuleException("This session log was locked on {0:d MMMM yyyy}; logs can be changed for 14 days.", EditableUntilUtc);
        }

        Apply(details, goals, nowUtc);
    }

    public void RateByMentee(int rating, string? comment = null)
    {
        if (rating is < MinimumMenteeRating or > MaximumMenteeRating)
        {
            throw new DomainRuleException("A session is rated from 1 to 4.");
        }

        MenteeComment = Guard.Optional(comment, "Comment", 1000);
        MenteeRating = rating;
    }

    private void Apply(SessionDetails details, IReadOnlyCollection<string> goals, DateTime nowUtc)
    {
        if (details.DurationMinutes is < 1 or > MaximumDurationMinutes)
        {
            throw new DomainRuleException("A session lasts from 1 minute to 8 hours.");
        }

        var heldAt = Guard.Utc(details.HeldAtUtc);
        if (heldAt.Date > nowUtc.Date)
        {
            throw new DomainRuleException("A session cannot be dated in the future.");
        }

        var linked = details.LinkedGoals.Where(g => !string.IsNullOrWhiteSpace(g)).Select(g => g.Trim()).Distinct().ToList();
        if (linked.Any(g => !goals.Contains(g)))
        {
            throw new DomainRuleException("Topics can only be linked to the mentorship's own goals.");
        }

        HeldAtUtc = heldAt;
        DurationMinutes = details.DurationMinutes;
        Mode = details.Mode;
        Topics = details.Topics.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => Guard.Required(t, "Topic", 200)).ToList();
        LinkedGoals = linked;
        SharedSummary = Guard.Optional(details.SharedSummary, "Shared summary", 4000);
        PrivateNotes = Guard.Optional(details.PrivateNotes, "Private notes", 4000);
    }
}

public sealed class ActionItem
{
    private ActionItem()
    {
        Text = string.Empty;
    }

    internal ActionItem(string text, ActionOwner owner, DateOnly? dueOn)
    {
        Text = text;
        Owner = owner;
        DueOn = dueOn;
    }

    public int Id { get; private set; }

    public int SessionId { get; private set; }

    public string Text { get; private set; }

    public ActionOwner Owner { get; private set; }

    public DateOnly? DueOn { get; private set; }

    public bool IsDone { get; private set; }

    public void MarkDone() => IsDone = true;

    public void Reopen() => IsDone = false;
}
