using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Mentoring;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.Mentoring;

public sealed record ProgrammePair(
    int Id, string MentorName, string MenteeName, string MissionCode, MentorshipStatus Status, MeetingCadence Cadence, int Sessions, int Minutes,
    DateTime? LastSessionUtc, double? AverageRating, PairingFit? MentorFit, PairingFit? MenteeFit, int Goals, int GoalsWorkedOn, bool Overdue)
{
    public bool Flagged => MentorFit == PairingFit.NotAGoodFit || MenteeFit == PairingFit.NotAGoodFit;
}

public sealed record ProgrammeBreakdown(string Group, int ActivePairs, int Sessions, int Minutes, double? AverageRating, int Overdue);

public sealed record ProgrammeSummary(
    int ActivePairs, int ProposedPairs, int Sessions, int Minutes, double? AverageRating, int OverduePairs, int FlaggedPairs,
    IReadOnlyList<ProgrammeBreakdown> ByGender, IReadOnlyList<ProgrammeBreakdown> ByRegion);

/// <summary>
/// Programme health for HR: counts and averages aggregated in SQL, pairs paged. Nothing here reads private notes
/// or summaries; only numbers, names and the fit answers leave the mentoring tables.
/// </summary>
public sealed class MentoringProgramme(PortalDbContext db, TimeProvider time)
{
    public async Task<ProgrammeSummary> SummaryAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var pairs = await (
            from ms in db.Mentorships.AsNoTracking()
            where ms.Status == MentorshipStatus.Active || ms.Status == MentorshipStatus.Proposed
            join me in db.Mentees on ms.MenteeId equals me.Id
            join u in db.Users on me.UserId equals u.Id
            join mi in db.Missions on me.MissionId equals mi.Id
            select new
            {
                ms.Status, ms.Cadence, ms.StartedAtUtc, ms.MentorFit, ms.MenteeFit, u.Gender, mi.Region,
                Sessions = ms.Sessions.Count,
                Minutes = ms.Sessions.Sum(s => (int?)s.DurationMinutes) ?? 0,
                RatingSum = ms.Sessions.Sum(s => s.MenteeRating) ?? 0,
                Ratings = ms.Sessions.Count(s => s.MenteeRating != null),
                Last = ms.Sessions.Max(s => (DateTime?)s.HeldAtUtc),
            })
            .ToListAsync(cancellationToken);

        var active = pairs.Where(p => p.Status == MentorshipStatus.Active)
            .Select(p => new ActiveRow(p.Gender, p.Region, p.Sessions, p.Minutes, p.RatingSum, p.Ratings, Mentorship.IsOverdue(p.Status, p.Cadence, p.StartedAtUtc, p.Last, now)))
            .ToList();

        return new ProgrammeSummary(
            active.Count,
            pairs.Count(p => p.Status == MentorshipStatus.Proposed),
            active.Sum(p => p.Sessions),
            active.Sum(p => p.Minutes),
            Average(active.Sum(p => p.RatingSum), active.Sum(p => p.Ratings)),
            active.Count(p => p.Overdue),
            pairs.Count(p => p.MentorFit == PairingFit.NotAGoodFit || p.MenteeFit == PairingFit.NotAGoodFit),
            active.GroupBy(p => p.Gender).OrderBy(g => g.Key is null ? 99 : (int)g.Key).Select(g => Breakdown(g.Key?.ToString() ?? "Not stated", g)).ToList(),
            active.GroupBy(p => p.Region).OrderBy(g => g.Key).Select(g => Breakdown(Labels.Region(g.Key), g)).ToList());
    }

    private static double? Average(int sum, int count) => count == 0 ? null : Math.Round(sum / (double)count, 2);

    private static ProgrammeBreakdown Breakdown(string group, IEnumerable<ActiveRow> source)
    {
        var list = source.ToList();
        return new ProgrammeBreakdown(group, list.Count, list.Sum(x => x.Sessions), list.Sum(x => x.Minutes), Average(list.Sum(x => x.RatingSum), list.Sum(x => x.Ratings)), list.Count(x => x.Overdue));
    }

    private sealed record ActiveRow(Gender? Gender, Region Region, int Sessions, int Minutes, int RatingSum, int Ratings, bool Overdue);

    public async Task<PagedResult<ProgrammePair>> PairsAsync(int page, int pageSize = Paging.DefaultPageSize, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var query =
            from ms in db.Mentorships.AsNoTracking()
            where ms.Status == MentorshipStatus.Active || ms.Status == MentorshipStatus.Proposed
            join mo in db.Mentors on ms.MentorId equals mo.Id
            join me in db.Mentees on ms.MenteeId equals me.Id
            join mi in db.Missions on me.MissionId equals mi.Id
            select new { ms, MentorName = mo.FullName, MenteeName = me.FullName, mi.Code };
        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderBy(x => x.ms.Status).ThenBy(x => x.MenteeName)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(x => new
            {
                x.ms.Id, x.MentorName, x.MenteeName, x.Code, x.ms.Status, x.ms.Cadence, x.ms.StartedAtUtc, x.ms.MentorFit, x.ms.MenteeFit, x.ms.Goals,
                Sessions = x.ms.Sessions.Count,
                Minutes = x.ms.Sessions.Sum(s => (int?)s.DurationMinutes) ?? 0,
                Average = x.ms.Sessions.Average(s => (double?)s.MenteeRating),
                Last = x.ms.Sessions.Max(s => (DateTime?)s.HeldAtUtc),
            })
            .ToListAsync(cancellationToken);

        // Goals worked on: the distinct mentorship goals linked from at least one session of the pair.
        var ids = rows.Select(r => r.Id).ToList();
        var linked = (await db.MentoringSessions.AsNoTracking().Where(s => ids.Contains(s.MentorshipId)).Select(s => new { s.MentorshipId, s.LinkedGoals }).ToListAsync(cancellationToken))
            .GroupBy(s => s.MentorshipId).ToDictionary(g => g.Key, g => g.SelectMany(s => s.LinkedGoals).ToHashSet());

        var items = rows.Select(r => new ProgrammePair(
            r.Id, r.MentorName, r.MenteeName, r.Code, r.Status, r.Cadence, r.Sessions, r.Minutes, r.Last,
            r.Average is { } a ? Math.Round(a, 2) : null, r.MentorFit, r.MenteeFit, r.Goals.Count,
            r.Goals.Count(g => linked.GetValueOrDefault(r.Id)?.Contains(g) == true),
            Mentorship.IsOverdue(r.Status, r.Cadence, r.StartedAtUtc, r.Last, now))).ToList();
        return new PagedResult<ProgrammePair>(items, page, pageSize, total);
    }
}
