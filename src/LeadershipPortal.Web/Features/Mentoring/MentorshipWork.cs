using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Mentoring;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.Mentoring;

public sealed record ActionItemView(int Id, string Text, ActionOwner Owner, DateOnly? DueOn, bool IsDone);

/// <summary>One session as the viewer may see it: <see cref="PrivateNotes"/> is filled only for the notes' author.</summary>
public sealed record SessionView(
    int Id, DateTime HeldAtUtc, int DurationMinutes, SessionMode Mode, IReadOnlyList<string> Topics, IReadOnlyList<string> LinkedGoals,
    string? SharedSummary, string? PrivateNotes, bool ViewerIsAuthor, int? MenteeRating, string? MenteeComment, DateTime EditableUntilUtc,
    IReadOnlyList<ActionItemView> ActionItems);

public sealed record MentorshipView(
    int Id, bool ViewerIsMentor, string MentorName, string MenteeName, string MissionCode, MentorshipStatus Status, MeetingCadence Cadence,
    IReadOnlyList<string> Goals, bool MentorAccepted, bool MenteeAccepted, DateTime? StartedAtUtc, DateTime? PlannedEndUtc, string? EndReason,
    PairingFit? MentorFit, PairingFit? MenteeFit, bool Overdue, IReadOnlyList<SessionView> Sessions)
{
    public bool ViewerAccepted => ViewerIsMentor ? MentorAccepted : MenteeAccepted;

    public PairingFit? ViewerFit => ViewerIsMentor ? MentorFit : MenteeFit;
}

public sealed record ActionItemInput(string Text, ActionOwner Owner, DateOnly? DueOn);

/// <summary>
/// A mentor's or mentee's work on one of their own mentorships. Every call first finds the mentorship among the
/// caller's own (a guessed id finds nothing); private notes are read only when the caller wrote them.
/// </summary>
public sealed class MentorshipWork(PortalDbContext db, TimeProvider time, AuditLog audit)
{
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<MentorshipView?> LoadAsync(int id, string userId, CancellationToken cancellationToken = default)
    {
        var (mentorId, menteeId) = await RolesAsync(userId, cancellationToken);
        var head = await (
            from ms in db.Mentorships.AsNoTracking()
            where ms.Id == id && (ms.MentorId == mentorId || ms.MenteeId == menteeId)
            join mo in db.Mentors on ms.MentorId equals mo.Id
            join me in db.Mentees on ms.MenteeId equals me.Id
            join mi in db.Missions on me.MissionId equals mi.Id
            select new { ms, MentorName = mo.FullName, MenteeName = me.FullName, mi.Code })
            .SingleOrDefaultAsync(cancellationToken);
        if (head is null)
        {
            return null;
        }

        var sessions = await db.MentoringSessions.AsNoTracking()
            .Where(s => s.MentorshipId == id)
            .OrderByDescending(s => s.HeldAtUtc)
            .Select(s => new SessionView(
                s.Id, s.HeldAtUtc, s.DurationMinutes, s.Mode, s.Topics, s.LinkedGoals, s.SharedSummary,
                s.AuthorUserId == userId ? s.PrivateNotes : null,
                s.AuthorUserId == userId,
                s.MenteeRating, s.MenteeComment, s.LoggedAtUtc + MentoringSession.EditWindow,
                s.ActionItems.OrderBy(a => a.Id).Select(a => new ActionItemView(a.Id, a.Text, a.Owner, a.DueOn, a.IsDone)).ToList()))
            .ToListAsync(cancellationToken);

        var m = head.ms;
        var overdue = Mentorship.IsOverdue(m.Status, m.Cadence, m.StartedAtUtc, sessions.Count == 0 ? null : sessions.Max(s => s.HeldAtUtc), Now);
        return new MentorshipView(
            m.Id, m.MentorId == mentorId, head.MentorName, head.MenteeName, head.Code, m.Status, m.Cadence, m.Goals, m.MentorAccepted,
            m.MenteeAccepted, m.StartedAtUtc, m.PlannedEndUtc, m.EndReason, m.MentorFit, m.MenteeFit, overdue, sessions);
    }

    public Task<bool> AcceptAsync(int id, string userId, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, userId, "MentorshipAccepted", (m, isMentor) =>
        {
            if (isMentor)
            {
                m.AcceptByMentor(Now);
            }
            else
            {
                m.AcceptByMentee(Now);
            }

            return $"By the {(isMentor ? "mentor" : "mentee")}; status {m.Status}";
        }, cancellationToken);

    public Task<bool> LogSessionAsync(int id, string userId, SessionDetails details, IReadOnlyList<ActionItemInput> actionItems, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, userId, "MentoringSessionLogged", (m, isMentor) =>
        {
            if (!isMentor)
            {
                throw new DomainRuleException("Only the mentor logs sessions.");
            }

            var session = m.LogSession(details, userId, Now);
            foreach (var item in actionItems)
            {
                session.AddActionItem(item.Text, item.Owner, item.DueOn);
            }

            return $"Held {details.HeldAtUtc:yyyy-MM-dd}, {details.DurationMinutes} minutes";
        }, cancellationToken);

    public Task<bool> EditSessionAsync(int id, int sessionId, string userId, SessionDetails details, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, userId, "MentoringSessionEdited", (m, _) =>
        {
            var session = OwnSession(m, sessionId);
            if (session.AuthorUserId != userId)
            {
                throw new DomainRuleException("Only the author of a session log can change it.");
            }

            m.EditSession(session, details, Now);
            return $"Session {sessionId}";
        }, cancellationToken);

    public Task<bool> RateAsync(int id, int sessionId, string userId, int rating, string? comment, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, userId, "MentoringSessionRated", (m, isMentor) =>
        {
            if (isMentor)
            {
                throw new DomainRuleException("Only the mentee rates sessions.");
            }

            OwnSession(m, sessionId).RateByMentee(rating, comment);
            return $"Session {sessionId}";
        }, cancellationToken);

    public Task<bool> AnswerFitAsync(int id, string userId, PairingFit fit, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, userId, "MentoringFitAnswered", (m, isMentor) =>
        {
            m.AnswerFit(isMentor, fit);
            return $"By the {(isMentor ? "mentor" : "mentee")}: {fit}";
        }, cancellationToken);

    public Task<bool> CompleteAsync(int id, string userId, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, userId, "MentorshipCompleted", (m, _) =>
        {
            m.Complete(Now);
            return "Completed";
        }, cancellationToken);

    public Task<bool> EndEarlyAsync(int id, string userId, string? reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, userId, "MentorshipEnded", (m, isMentor) =>
        {
            m.EndEarly(reason!, Now);
            return $"By the {(isMentor ? "mentor" : "mentee")}";
        }, cancellationToken);

    /// <summary>Either side ticks an action item off, or reopens it: the list belongs to the pair, whoever owns the item.</summary>
    public Task<bool> SetActionItemDoneAsync(int id, int actionItemId, string userId, bool done, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, userId, done ? "MentoringActionItemDone" : "MentoringActionItemReopened", (m, _) =>
        {
            var item = m.Sessions.SelectMany(s => s.ActionItems).SingleOrDefault(a => a.Id == actionItemId)
                ?? throw new DomainRuleException("That action item is not part of this mentorship.");
            if (done)
            {
                item.MarkDone();
            }
            else
            {
                item.Reopen();
            }

            return $"Action item {actionItemId}";
        }, cancellationToken);

    private static MentoringSession OwnSession(Mentorship mentorship, int sessionId) =>
        mentorship.Sessions.SingleOrDefault(s => s.Id == sessionId) ?? throw new DomainRuleException("That session is not part of this mentorship.");

    /// <summary>Loads one of the caller's own mentorships, applies the change and saves it with its audit event; false when it is not theirs.</summary>
    private async Task<bool> ChangeAsync(int id, string userId, string action, Func<Mentorship, bool, string> change, CancellationToken cancellationToken)
    {
        var (mentorId, menteeId) = await RolesAsync(userId, cancellationToken);
        var mentorship = await db.Mentorships
            .Include(m => m.Sessions).ThenInclude(s => s.ActionItems)
            .SingleOrDefaultAsync(m => m.Id == id && (m.MentorId == mentorId || m.MenteeId == menteeId), cancellationToken);
        if (mentorship is null)
        {
            return false;
        }

        var details = change(mentorship, mentorship.MentorId == mentorId);
        await audit.AddAsync(userId, action, nameof(Mentorship), id.ToString(System.Globalization.CultureInfo.InvariantCulture), details, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<(int? MentorId, int? MenteeId)> RolesAsync(string userId, CancellationToken cancellationToken)
    {
        var mentorId = await db.Mentors.Where(m => m.UserId == userId).Select(m => (int?)m.Id).SingleOrDefaultAsync(cancellationToken);
        var menteeId = await db.Mentees.Where(m => m.UserId == userId).Select(m => (int?)m.Id).SingleOrDefaultAsync(cancellationToken);
        return (mentorId, menteeId);
    }
}
