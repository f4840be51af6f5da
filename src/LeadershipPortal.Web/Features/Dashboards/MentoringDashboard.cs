using LeadershipPortal.Domain.Mentoring;
using LeadershipPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.Dashboards;

public sealed record MentorshipRow(int Id, string OtherPerson, string MissionCode, MentorshipStatus Status, int Sessions, DateTime? LastSessionUtc, int UnratedSessions, int OpenActionItems, DateTime? PlannedEndUtc);

public sealed record MentoringDashboardView(IReadOnlyList<MentorshipRow> AsMentor, IReadOnlyList<MentorshipRow> AsMentee, int? MentorCapacity);

/// <summary>The signed-in person's own mentorships, as mentor and as mentee. Private notes are never read here.</summary>
public sealed class MentoringDashboard(PortalDbContext db)
{
    public async Task<MentoringDashboardView> LoadAsync(string userId, CancellationToken cancellationToken = default)
    {
        var mentor = await db.Mentors.AsNoTracking().Where(m => m.UserId == userId).Select(m => new { m.Id, m.Capacity }).SingleOrDefaultAsync(cancellationToken);
        var menteeId = await db.Mentees.AsNoTracking().Where(m => m.UserId == userId).Select(m => (int?)m.Id).SingleOrDefaultAsync(cancellationToken);

        var asMentor = mentor is null ? [] : await (
            from ms in db.Mentorships.AsNoTracking()
            where ms.MentorId == mentor.Id
            join me in db.Mentees on ms.MenteeId equals me.Id
            join mi in db.Missions on me.MissionId equals mi.Id
            orderby ms.Status, me.FullName
            select new MentorshipRow(
                ms.Id,
                me.FullName,
                mi.Code,
                ms.Status,
                ms.Sessions.Count,
                ms.Sessions.Max(s => (DateTime?)s.HeldAtUtc),
                ms.Sessions.Count(s => s.MenteeRating == null),
                ms.Sessions.SelectMany(s => s.ActionItems).Count(i => !i.IsDone),
                ms.PlannedEndUtc))
            .ToListAsync(cancellationToken);

        var asMentee = menteeId is null ? [] : await (
            from ms in db.Mentorships.AsNoTracking()
            where ms.MenteeId == menteeId
            join mo in db.Mentors on ms.MentorId equals mo.Id
            join me in db.Mentees on ms.MenteeId equals me.Id
            join mi in db.Missions on me.MissionId equals mi.Id
            orderby ms.Status, mo.FullName
            select new MentorshipRow(
                ms.Id,
                mo.FullName,
                mi.Code,
                ms.Status,
                ms.Sessions.Count,
                ms.Sessions.Max(s => (DateTime?)s.HeldAtUtc),
                ms.Sessions.Count(s => s.MenteeRating == null),
                ms.Sessions.SelectMany(s => s.ActionItems).Count(i => !i.IsDone),
                ms.PlannedEndUtc))
            .ToListAsync(cancellationToken);

        return new MentoringDashboardView(asMentor, asMentee, mentor?.Capacity);
    }
}
