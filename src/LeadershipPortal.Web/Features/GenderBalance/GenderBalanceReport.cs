using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.GenderBalance;
using LeadershipPortal.Domain.Vacancies;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.GenderBalance;

public sealed record GenderBalanceOptions(IReadOnlyList<Option> Vacancies, IReadOnlyList<Option> Missions, IReadOnlyList<Option> PositionTypes, IReadOnlyList<Option> States);

/// <summary>One nominating State: its nominees by gender (published), Parity+ and how far its nominees went.</summary>
public sealed record StateRow(int StateId, string State, GenderCounts Nominees, SuppressedRow Published, Cell Shortlisted, Cell Appointed)
{
    /// <summary>
    /// Parity+ (at least as many women as men nominated), judged from the published cells only: true or false when
    /// their bounds decide it ("&lt;5" is 0–4, "hidden" 5 or more), null (not reportable) when they do not, so the
    /// flag never tells more than the counts beside it.
    /// </summary>
    public bool? MeetsParityPlus
    {
        get
        {
            var (wMin, wMax) = Published.Women.Bounds(int.MaxValue);
            var (mMin, mMax) = Published.Men.Bounds(int.MaxValue);
            return wMin >= mMax ? true : wMax < mMin ? false : null;
        }
    }

    public double? ShortlistRate => Shortlisted.IsShown && Published.Total.IsShown && Published.Total.Value > 0 ? (double)Shortlisted.Value / Published.Total.Value : null;

    public double? AppointmentRate => Appointed.IsShown && Published.Total.IsShown && Published.Total.Value > 0 ? (double)Appointed.Value / Published.Total.Value : null;
}

public enum TrendSeries
{
    Applicants,
    Shortlisted,
    Appointed,
}

public sealed record TrendRow(TrendSeries Series, int Year, int Quarter, GenderCounts Counts, SuppressedRow Published)
{
    public string Label => $"{Year} Q{Quarter}";
}

/// <summary>A target with how far it is met by the appointments in its scope and what it still needs.</summary>
public sealed record TargetReport(TargetRow Target, SuppressedRow Appointments, TargetAttainment Attainment, int VacanciesInScope, TargetForecast Forecast, Cell WomenReadyNow);

/// <summary>The target that applies to a view and how the view's appointments compare with it.</summary>
public sealed record ViewAttainment(TargetRow Target, TargetAttainment Attainment);

/// <summary>Everything the gender balance page shows for one filter.</summary>
public sealed record GenderBalanceView(
    GenderFunnel Funnel,
    IReadOnlyList<StageImpact> Impacts,
    ViewAttainment? Attainment,
    IReadOnlyList<StateRow> States,
    IReadOnlyList<TrendRow> Trend,
    IReadOnlyList<TargetReport> Targets);

/// <summary>Nominating States, the quarterly trend and the targets, all counted with GROUP BY in the database.</summary>
public sealed class GenderBalanceReport(PortalDbContext db, GenderFunnelQuery funnels, GenderTargets targets)
{
    public async Task<GenderBalanceOptions> OptionsAsync(CancellationToken cancellationToken = default) => new(
        await db.Vacancies.AsNoTracking().OrderBy(v => v.Key).Select(v => new Option(v.Id, v.Key)).ToListAsync(cancellationToken),
        await db.Missions.AsNoTracking().OrderBy(m => m.Code).Select(m => new Option(m.Id, m.Code)).ToListAsync(cancellationToken),
        await db.PositionTypes.AsNoTracking().OrderBy(p => p.Id).Select(p => new Option(p.Id, p.Name)).ToListAsync(cancellationToken),
        await db.MemberStates.AsNoTracking().Where(s => db.Candidates.Any(c => c.Nomination!.NominatingStateId == s.Id)).OrderBy(s => s.Name).Select(s => new Option(s.Id, s.Name)).ToListAsync(cancellationToken));

    /// <summary>Every figure for a filter that <see cref="CheckAsync"/> accepted.</summary>
    public async Task<GenderBalanceView> ViewAsync(GenderBalanceFilter filter, CancellationToken cancellationToken = default)
    {
        var funnel = await funnels.CountAsync(filter, cancellationToken);
        return new GenderBalanceView(
            funnel,
            funnel.AdverseImpacts(),
            await AttainmentAsync(filter, funnel, cancellationToken),
            await StatesAsync(filter, cancellationToken),
            await TrendAsync(filter, cancellationToken),
            await TargetsAsync(cancellationToken));
    }

    /// <summary>What is wrong with a filter, in words; empty when it can be applied.</summary>
    public async Task<IReadOnlyList<string>> CheckAsync(GenderBalanceFilter filter, CancellationToken cancellationToken = default)
    {
        var errors = new List<string>();
        if (filter.VacancyId is { } v && !await db.Vacancies.AnyAsync(x => x.Id == v, cancellationToken))
        {
            errors.Add($"There is no vacancy with the id {v}.");
        }

        if (filter.MissionId is { } m && !await db.Missions.AnyAsync(x => x.Id == m, cancellationToken))
        {
            errors.Add($"There is no mission with the id {m}.");
        }

        if (filter.PositionTypeId is { } p && !await db.PositionTypes.AnyAsync(x => x.Id == p, cancellationToken))
        {
            errors.Add($"There is no position type with the id {p}.");
        }

        if (filter.NominatingStateId is { } s && !await db.MemberStates.AnyAsync(x => x.Id == s, cancellationToken))
        {
            errors.Add($"There is no Member State with the id {s}.");
        }

        if (filter.From is { } from && filter.To is { } to && from > to)
        {
            errors.Add($"The period starts ({from:d MMM yyyy}) after it ends ({to:d MMM yyyy}).");
        }

        return errors;
    }

    public async Task<IReadOnlyList<StateRow>> StatesAsync(GenderBalanceFilter filter, CancellationToken cancellationToken = default)
    {
        var applications = funnels.Applications(filter);
        var reached = db.StageChanges.AsNoTracking();

        // A nominee is counted once, with their furthest stage across the applications the filter covers.
        var rows = await db.Candidates.AsNoTracking()
            .Where(c => c.Nomination!.NominatingStateId != null && applications.Any(a => a.CandidateId == c.Id))
            .Select(c => new
            {
                StateId = c.Nomination!.NominatingStateId!.Value,
                c.Gender,
                Shortlisted = applications.Any(a => a.CandidateId == c.Id && reached.Any(h => h.ApplicationId == a.Id && h.To == ApplicationStage.Shortlisted)) ? 1 : 0,
                Appointed = applications.Any(a => a.CandidateId == c.Id && reached.Any(h => h.ApplicationId == a.Id && h.To == ApplicationStage.Appointed)) ? 1 : 0,
            })
            .GroupBy(x => new { x.StateId, x.Gender })
            .Select(g => new { g.Key.StateId, g.Key.Gender, Count = g.Count(), Shortlisted = g.Sum(x => x.Shortlisted), Appointed = g.Sum(x => x.Appointed) })
            .ToListAsync(cancellationToken);

        var stateIds = rows.Select(r => r.StateId).Distinct().ToList();
        var names = await db.MemberStates.AsNoTracking().Where(s => stateIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var states = stateIds.OrderBy(id => names[id], StringComparer.Ordinal).ToList();
        var counts = states.Select(id => GenderCounts.From(rows.Where(r => r.StateId == id).Select(r => (r.Gender, r.Count)))).ToList();
        var published = SmallCells.SuppressTable(counts, additiveColumns: true);
        return states.Select((id, i) => new StateRow(
            id,
            names[id],
            counts[i],
            published[i],
            SmallCells.Single(rows.Where(r => r.StateId == id).Sum(r => r.Shortlisted)),
            SmallCells.Single(rows.Where(r => r.StateId == id).Sum(r => r.Appointed)))).ToList();
    }

    /// <summary>
    /// Per quarter (UTC): applicants by the quarter they applied in, shortlisted and appointed by the quarter the
    /// move was made in. Each series is suppressed as a table whose columns add up.
    /// </summary>
    public async Task<IReadOnlyList<TrendRow>> TrendAsync(GenderBalanceFilter filter, CancellationToken cancellationToken = default)
    {
        var rows = await (
            from change in db.StageChanges
            join application in funnels.Applications(filter) on change.ApplicationId equals application.Id
            join candidate in db.Candidates on application.CandidateId equals candidate.Id
            where change.To == ApplicationStage.Submitted || change.To == ApplicationStage.Shortlisted || change.To == ApplicationStage.Appointed
            group change by new { change.To, change.AtUtc.Year, Quarter = (change.AtUtc.Month + 2) / 3, candidate.Gender } into g
            select new { g.Key.To, g.Key.Year, g.Key.Quarter, g.Key.Gender, Count = g.Count() })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        var quarters = Quarters(rows.Min(r => (r.Year, r.Quarter)), rows.Max(r => (r.Year, r.Quarter)));
        var result = new List<TrendRow>();
        foreach (var (series, stage) in new[] { (TrendSeries.Applicants, ApplicationStage.Submitted), (TrendSeries.Shortlisted, ApplicationStage.Shortlisted), (TrendSeries.Appointed, ApplicationStage.Appointed) })
        {
            var counts = quarters.Select(q => GenderCounts.From(rows.Where(r => r.To == stage && r.Year == q.Year && r.Quarter == q.Quarter).Select(r => (r.Gender, r.Count)))).ToList();
            var published = SmallCells.SuppressTable(counts, additiveColumns: true);
            result.AddRange(quarters.Select((q, i) => new TrendRow(series, q.Year, q.Quarter, counts[i], published[i])));
        }

        return result;
    }

    public async Task<IReadOnlyList<TargetReport>> TargetsAsync(CancellationToken cancellationToken = default)
    {
        var reports = new List<TargetReport>();
        foreach (var target in await targets.ListAsync(cancellationToken))
        {
            var inScope = VacanciesInScope(target);
            var appointed = await (
                from change in db.StageChanges
                join application in db.Applications on change.ApplicationId equals application.Id
                join candidate in db.Candidates on application.CandidateId equals candidate.Id
                where change.To == ApplicationStage.Appointed && inScope.Any(v => v.Id == application.VacancyId)
                group change by candidate.Gender into g
                select new { Gender = g.Key, Count = g.Count() })
                .ToListAsync(cancellationToken);
            var appointments = SmallCells.Suppress(GenderCounts.From(appointed.Select(a => (a.Gender, a.Count))));

            // Expected appointments: vacancies in scope that close before the deadline and have nobody appointed yet.
            var expected = await inScope.CountAsync(
                v => v.ClosesAtUtc <= target.DeadlineUtc && !db.Applications.Any(a => a.VacancyId == v.Id && a.Stage == ApplicationStage.Appointed),
                cancellationToken);
            var vacancies = await inScope.CountAsync(cancellationToken);
            var readyNow = await ReadyWomen(target).CountAsync(cancellationToken);
            reports.Add(new TargetReport(
                target,
                appointments,
                TargetAttainment.Evaluate(target.SharePercent, appointments.ShareOfWomen),
                vacancies,
                TargetForecast.From(target.SharePercent, appointments.Women, appointments.Total, expected, vacancies),
                SmallCells.Single(readyNow)));
        }

        return reports;
    }

    /// <summary>
    /// The target for a view: the mission's (of the filter or of its vacancy), else the position type's, else the
    /// one for all senior posts; compared with the share of women among the view's appointments as published.
    /// </summary>
    public async Task<ViewAttainment?> AttainmentAsync(GenderBalanceFilter filter, GenderFunnel funnel, CancellationToken cancellationToken = default)
    {
        var all = await targets.ListAsync(cancellationToken);
        var vacancy = filter.VacancyId is { } id ? await db.Vacancies.AsNoTracking().Where(v => v.Id == id).Select(v => new { v.MissionId, v.PositionTypeId }).SingleOrDefaultAsync(cancellationToken) : null;
        var missionId = filter.MissionId ?? vacancy?.MissionId;
        var positionTypeId = filter.PositionTypeId ?? vacancy?.PositionTypeId;
        var target = all.FirstOrDefault(t => t.Scope == TargetScope.Mission && t.ScopeId == missionId && missionId is not null)
            ?? all.FirstOrDefault(t => t.Scope == TargetScope.PositionType && t.ScopeId == positionTypeId && positionTypeId is not null)
            ?? all.FirstOrDefault(t => t.Scope == TargetScope.AllSeniorPosts);
        return target is null ? null : new ViewAttainment(target, TargetAttainment.Evaluate(target.SharePercent, funnel[ApplicationStage.Appointed].Published.ShareOfWomen));
    }

    private IQueryable<Vacancy> VacanciesInScope(TargetRow target) => target.Scope switch
    {
        TargetScope.Mission => db.Vacancies.AsNoTracking().Where(v => v.MissionId == target.ScopeId),
        TargetScope.PositionType => db.Vacancies.AsNoTracking().Where(v => v.PositionTypeId == target.ScopeId),
        _ => db.Vacancies.AsNoTracking(),
    };

    /// <summary>Women in the roster rated ready now; for a position type, those who applied for one (the roster is not kept per mission).</summary>
    private IQueryable<CandidateProfile> ReadyWomen(TargetRow target)
    {
        var query = db.Candidates.AsNoTracking().Where(c => c.UserId != null && c.Gender == Gender.Woman && c.Readiness == Readiness.ReadyNow);
        return target.Scope == TargetScope.PositionType
            ? query.Where(c => db.Applications.Any(a => a.CandidateId == c.Id && db.Vacancies.Any(v => v.Id == a.VacancyId && v.PositionTypeId == target.ScopeId)))
            : query;
    }

    private static List<(int Year, int Quarter)> Quarters((int Year, int Quarter) first, (int Year, int Quarter) last)
    {
        var list = new List<(int, int)>();
        for (var (y, q) = first; (y, q).CompareTo(last) <= 0; (y, q) = q == 4 ? (y + 1, 1) : (y, q + 1))
        {
            list.Add((y, q));
        }

        return list;
    }

}
