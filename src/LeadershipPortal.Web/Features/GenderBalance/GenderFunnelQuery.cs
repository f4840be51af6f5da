using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.GenderBalance;
using LeadershipPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.GenderBalance;

/// <summary>
/// Which submitted applications a gender statistic covers. Region is the region of the vacancy's mission; the
/// period is the submission date (UTC, both days included).
/// </summary>
public sealed record GenderBalanceFilter(
    int? VacancyId = null,
    int? MissionId = null,
    int? PositionTypeId = null,
    Grade? Grade = null,
    Region? Region = null,
    int? NominatingStateId = null,
    DateOnly? From = null,
    DateOnly? To = null)
{
    public static readonly GenderBalanceFilter None = new();
}

/// <summary>
/// The selection funnel by gender, counted by the database (GROUP BY stage reached and gender) rather than by
/// loading applications. Reusable: the vacancy dossier takes <see cref="ForVacancyAsync"/>.
/// </summary>
public sealed class GenderFunnelQuery(PortalDbContext db)
{
    private static readonly ApplicationStage[] FunnelStages = [.. ApplicationStages.Funnel];

    /// <summary>The funnel of one vacancy, suppressed for publication; null when there is no such vacancy.</summary>
    public async Task<GenderFunnel?> ForVacancyAsync(int vacancyId, CancellationToken cancellationToken = default) =>
        await db.Vacancies.AnyAsync(v => v.Id == vacancyId, cancellationToken)
            ? await CountAsync(new GenderBalanceFilter(VacancyId: vacancyId), cancellationToken)
            : null;

    public async Task<GenderFunnel> CountAsync(GenderBalanceFilter filter, CancellationToken cancellationToken = default)
    {
        // Every submission records a stage change to Submitted, so the history alone says which stages were reached.
        var rows = await (
            from change in db.StageChanges
            join application in Applications(filter) on change.ApplicationId equals application.Id
            join candidate in db.Candidates on application.CandidateId equals candidate.Id
            where FunnelStages.Contains(change.To)
            group change by new { change.To, candidate.Gender } into g
            select new { g.Key.To, g.Key.Gender, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return GenderFunnel.From(rows.Select(r => (r.To, r.Gender, r.Count)));
    }

    /// <summary>The submitted applications the filter covers, as a query the database runs.</summary>
    internal IQueryable<CandidateApplication> Applications(GenderBalanceFilter filter)
    {
        var query = db.Applications.AsNoTracking().Where(a => a.SubmittedAtUtc != null);
        if (filter.VacancyId is { } vacancyId)
        {
            query = query.Where(a => a.VacancyId == vacancyId);
        }

        if (filter.MissionId is { } missionId)
        {
            query = query.Where(a => db.Vacancies.Any(v => v.Id == a.VacancyId && v.MissionId == missionId));
        }

        if (filter.PositionTypeId is { } positionTypeId)
        {
            query = query.Where(a => db.Vacancies.Any(v => v.Id == a.VacancyId && v.PositionTypeId == positionTypeId));
        }

        if (filter.Grade is { } grade)
        {
            query = query.Where(a => db.Vacancies.Any(v => v.Id == a.VacancyId && v.Grade == grade));
        }

        if (filter.Region is { } region)
        {
            query = query.Where(a => db.Vacancies.Any(v => v.Id == a.VacancyId && db.Missions.Any(m => m.Id == v.MissionId && m.Region == region)));
        }

        if (filter.NominatingStateId is { } stateId)
        {
            query = query.Where(a => db.Candidates.Any(c => c.Id == a.CandidateId && c.Nomination!.NominatingStateId == stateId));
        }

        if (filter.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.SubmittedAtUtc >= start);
        }

        if (filter.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.SubmittedAtUtc < end);
        }

        return query;
    }
}
