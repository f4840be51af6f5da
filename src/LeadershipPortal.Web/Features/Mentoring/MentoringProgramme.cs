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
/// Programme health for HR: counts and averages aggregated in SQL per pair, pairs paged. The pairs are kept in memory
/// (<see cref="ReadModelCache"/>) until anything in the programme changes; what depends on the time (overdue) is worked
/// out per view for the listed pairs, and once a minute for the summary. Nothing here reads private notes
/// or summaries; only numbers, names and the fit answers leave the mentoring tables.
/// </summary>
public sealed class MentoringProgramme(PortalDbContext db, ReadModelCache cache, TimeProvider time)
{
    private static readonly DataArea[] BuiltFrom = [DataArea.Mentoring, DataArea.Reference, DataArea.Accounts];

    /// <summary>
    /// The programme's figures. Overdue depends on the time as well as the data, so a summary is kept for the minute
    /// it was made in (under the same stamps as the pairs): working it out over every pair was an eighth of the page.
    /// </summary>
    public async Task<ProgrammeSummary> SummaryAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var pairs = await AllPairsAsync(cancellationToken);
        return await cache.GetAsync((nameof(SummaryAsync), now.Ticks / TimeSpan.TicksPerMinute), BuiltFrom, () => Task.FromResult(Summarise(pairs, now)), cancellationToken);
    }

    public async Task<PagedResult<ProgrammePair>> PairsAsync(int page, int pageSize = Paging.DefaultPageSize, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var pairs = await AllPairsAsync(cancellationToken);
        var items = pairs.Skip((page - 1) * pageSize).Take(pageSize).Select(r => new ProgrammePair(
            r.Id, r.MentorName, r.MenteeName, r.MissionCode, r.Status, r.Cadence, r.Sessions, r.Minutes, r.Last,
            r.Ratings == 0 ? null : Math.Round(r.RatingSum / (double)r.Ratings, 2), r.MentorFit, r.MenteeFit, r.Goals, r.GoalsWorkedOn,
            Mentorship.IsOverdue(r.Status, r.Cadence, r.StartedAtUtc, r.Last, now))).ToList();
        return new PagedResult<ProgrammePair>(items, page, pageSize, pairs.Count);
    }

    private static ProgrammeSummary Summarise(IReadOnlyList<PairTotals> pairs, DateTime now)
    {
        var active = pairs.Where(p => p.Status == MentorshipStatus.Active)
            .Select(p => new ActiveRow(p.MenteeGender, p.Region, p.Sessions, p.Minutes, p.RatingSum, p.Ratings, Mentorship.IsOverdue(p.Status, p.Cadence, p.StartedAtUtc, p.Last, now)))
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

    /// <summary>Every active and proposed pair with its session totals, proposed after active, by mentee name.</summary>
    private Task<IReadOnlyList<PairTotals>> AllPairsAsync(CancellationToken cancellationToken) =>
        cache.GetAsync(nameof(MentoringProgramme), BuiltFrom, async () =>
        {
            var rows = await (
                from ms in db.Mentorships.AsNoTracking()
                where ms.Status == MentorshipStatus.Active || ms.Status == MentorshipStatus.Proposed
                join mo in db.Mentors on ms.MentorId equals mo.Id
                join me in db.Mentees on ms.MenteeId equals me.Id
                join u in db.Users on me.UserId equals u.Id
                join mi in db.Missions on me.MissionId equals mi.Id
                orderby ms.Status, me.FullName
                select new
                {
                    ms.Id, MentorName = mo.FullName, MenteeName = me.FullName, mi.Code, mi.Region, u.Gender,
                    ms.Status, ms.Cadence, ms.StartedAtUtc, ms.MentorFit, ms.MenteeFit, ms.Goals,
                    Sessions = ms.Sessions.Count,
                    Minutes = ms.Sessions.Sum(s => (int?)s.DurationMinutes) ?? 0,
                    RatingSum = ms.Sessions.Sum(s => s.MenteeRating) ?? 0,
                    Ratings = ms.Sessions.Count(s => s.MenteeRating != null),
                    Last = ms.Sessions.Max(s => (DateTime?)s.HeldAtUtc),
                })
                .ToListAsync(cancellationToken);

            // Goals worked on: the distinct mentorship goals linked from at least one session of the pair.
            var linked = (await (
                    from s in db.MentoringSessions.AsNoTracking()
                    join ms in db.Mentorships on s.MentorshipId equals ms.Id
                    where ms.Status == MentorshipStatus.Active || ms.Status == MentorshipStatus.Proposed
                    select new { s.MentorshipId, s.LinkedGoals })
                    .ToListAsync(cancellationToken))
                .GroupBy(s => s.MentorshipId).ToDictionary(g => g.Key, g => g.SelectMany(s => s.LinkedGoals).ToHashSet());

            return (IReadOnlyList<PairTotals>)rows.Select(r => new PairTotals(
                r.Id, r.MentorName, r.MenteeName, r.Code, r.Region, r.Gender, r.Status, r.Cadence, r.StartedAtUtc, r.MentorFit, r.MenteeFit,
                r.Sessions, r.Minutes, r.RatingSum, r.Ratings, r.Last, r.Goals.Count, r.Goals.Count(g => linked.GetValueOrDefault(r.Id)?.Contains(g) == true)))
                .ToList();
        }, cancellationToken);

    private sealed record PairTotals(
        int Id, string MentorName, string MenteeName, string MissionCode, Region Region, Gender? MenteeGender, MentorshipStatus Status,
        MeetingCadence Cadence, DateTime? StartedAtUtc, PairingFit? MentorFit, PairingFit? MenteeFit,
        int Sessions, int Minutes, int RatingSum, int Ratings, DateTime? Last, int Goals, int GoalsWorkedOn);
}
