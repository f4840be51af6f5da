using LeadershipPortal.Domain.Common;

namespace LeadershipPortal.Domain.Mentoring;

public enum SessionMode
{
    InPerson,
    Video,
    Phone,
}

/// <summary>
/// A mentoring conversation. The shared summary is for both; the private notes are the mentor's alone
/// and are never shown to the mentee or HR.
/// </summary>
public sealed class MentoringSession
{
    public const int MinimumMenteeRating = 1;
    public const int MaximumMenteeRating = 4;

    private readonly List<ActionItem> _actionItems = [];

    private MentoringSession()
    {
    }

    internal MentoringSession(DateTime heldAtUtc, int durationMinutes, SessionMode mode, IEnumerable<string> topics, string? sharedSummary, string? privateNotes)
    {
        if (durationMinutes is < 5 or > 600)
        {
            throw new DomainRuleException("A session lasts from 5 minutes to 10 hours.");
        }

        HeldAtUtc = Guard.Utc(heldAtUtc);
        DurationMinutes = durationMinutes;
        Mode = mode;
        Topics = topics.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToList();
        SharedSummary = Guard.Optional(sharedSummary, "Shared summary", 4000);
        PrivateNotes = Guard.Optional(privateNotes, "Private notes", 4000);
    }

    public int Id { get; private set; }

    public int MentorshipId { get; private set; }

    public DateTime HeldAtUtc { get; private set; }

    public int DurationMinutes { get; private set; }

    public SessionMode Mode { get; private set; }

    public List<string> Topics { get; private set; } = [];

    public string? SharedSummary { get; private set; }

    public string? PrivateNotes { get; private set; }

    /// <summary>The mentee's rating of the session, 1 (not useful) to 4 (very useful).</summary>
    public int? MenteeRating { get; private set; }

    public IReadOnlyCollection<ActionItem> ActionItems => _actionItems.AsReadOnly();

    public ActionItem AddActionItem(string text)
    {
        var item = new ActionItem(Guard.Required(text, "Action item", 500));
        _actionItems.Add(item);
        return item;
    }

    public void RateByMentee(int rating)
    {
        if (rating is < MinimumMenteeRating or > MaximumMenteeRating)
        {
            throw new DomainRuleException("A session is rated from 1 to 4.");
        }

        MenteeRating = rating;
    }
}

public sealed class ActionItem
{
    private ActionItem()
    {
        Text = string.Empty;
    }

    internal ActionItem(string text)
    {
        Text = text;
    }

    public int Id { get; private set; }

    public int SessionId { get; private set; }

    public string Text { get; private set; }

    public bool IsDone { get; private set; }

    public void MarkDone() => IsDone = true;

    public void Reopen() => IsDone = false;
}
