using System.Linq.Expressions;
using LeadershipPortal.Domain.Mentoring;
using LeadershipPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.Dashboards;

public sealed record MentorshipRow(int Id, string OtherPerson, string MissionCode, MentorshipStatus Status, int Sessions, DateTime? LastSessionUtc, int UnratedSessions, int OpenActionItems, DateTime? PlannedEndUtc, MeetingCadence Cadence, DateTime? StartedAtUtc)
{
    /// <summary>Set after loading: no session for longer than the agreed cadence.</summary>
    public bool Overdue { get; init; }
}

public sealed record MentoringDashboardView(IReadOnlyList<MentorshipRow> AsMentor, IReadOnlyList<MentorshipRow> AsMentee, int? MentorCapacity);

/// <summary>The signed-in person's own mentorships, as mentor and as mentee. Private notes are never read here.</summary>
public sealed class MentoringDashboard(PortalDbContext db, TimeProvider time)
{
    public async Task<MentoringDashboardView> LoadAsync(string userId, CancellationToken cancellationToken = default)
    {
        var mentor = await db.Mentors.AsNoTracking().Where(m => m.UserId == userId).Select(m => new { m.Id, m.Capacity }).SingleOrDefaultAsync(cancellationToken);
        var menteeId = await db.Mentees.AsNoTracking().Where(m => m.UserId == userId).Select(m => (int?)m.Id).SingleOrDefaultAsync(cancellationToken);

        var asMentor = mentor is null ? [] : await RowsAsync(ms => ms.MentorId == mentor.Id, otherIsMentor: false, cancellationToken);
        var asMentee = menteeId is null ? [] : await RowsAsync(ms => ms.MenteeId == menteeId, otherIsMentor: true, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        List<MentorshipRow> Flag(List<MentorshipRow> rows) => rows.Select(r => r with { Overdue = Mentorship.IsOverdue(r.Status, r.Cadence, r.StartedAtUtc, r.LastSessionUtc, now) }).ToList();
        return new MentoringDashboardView(Flag(asMentor), Flag(asMentee), mentor?.Capacity);
    }

    private Task<List<MentorshipRow>> RowsAsync(Expression<Func<Mentorship, bool>> mine, bool otherIsMentor, CancellationToken cancellationToken) => (
        from ms in db.Mentorships.AsNoTracking().Where(mine)
        join mo in db.Mentors on ms.MentorId equals mo.Id
        join me in db.Mentees on ms.MenteeId equals me.Id
        join mi in db.Missions on me.MissionId equals mi.Id
        orderby ms.Status, ms.Id
        select new MentorshipRow(
            ms.Id,
            otherIsMentor ? mo.FullName : me.FullName,
            mi.Code,
            ms.Status,
            ms.Sessions.Count,
            ms.Sessions.Max(s => (DateTime?)s.HeldAtUtc),
            ms.Sessions.Count(s => s.MenteeRating == null),
            ms.Sessions.SelectMany(s => s.ActionItems).Count(i => !i.IsDone),
            ms.PlannedEndUtc,
            ms.Cadence,
            ms.StartedAtUtc))
        .ToListAsync(cancellationToken);
}
