using System.Diagnostics;
using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.GenderBalance;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.GenderBalance;

/// <summary>A vacancy as the gender views need it: what it is filed under, and what the target forecast needs.</summary>
public sealed record VacancyRow(VacancyFacts Facts, string Key, DateTime ClosesAtUtc, bool HasAppointment);

/// <summary>Every vacancy and the publication of every gender view, built from the same data.</summary>
public sealed record GenderData(FunnelPublication Publication, IReadOnlyList<VacancyRow> Vacancies)
{
    public VacancyRow? Vacancy(int id) => Vacancies.FirstOrDefault(v => v.Facts.VacancyId == id);
}

/// <summary>
/// The gender views, counted by the database: one GROUP BY of the stage history (vacancy × nominating State ×
/// submission quarter × gender × stage reached) and one of the moves to the shortlist and to appointment per
/// quarter, suppressed together by <see cref="FunnelPublication"/>. Building the publication costs far more than
/// a page, so it is kept (<see cref="ReadModelCache"/>) until an application, a candidate, a vacancy or the
/// reference data changes.
/// Reusable: the vacancy dossier takes <see cref="ForVacancyAsync"/>.
/// </summary>
public sealed class GenderFunnelQuery(PortalDbContext db, ReadModelCache cache, ILogger<GenderFunnelQuery> logger)
{
    private static readonly DataArea[] BuiltFrom = [DataArea.Reference, DataArea.Vacancies, DataArea.Candidates, DataArea.Applications];

    private static readonly ApplicationStage[] FunnelStages = [.. ApplicationStages.Funnel];

    /// <summary>The funnel of one vacancy as the gender views publish it; null when there is no such vacancy.</summary>
    public async Task<GenderFunnel?> ForVacancyAsync(int vacancyId, CancellationToken cancellationToken = default)
    {
        var data = await LoadAsync(cancellationToken);
        return data.Vacancy(vacancyId) is null ? null : data.Publication.Funnel(new ViewKey(FilterDimension.Vacancy, vacancyId));
    }

    /// <summary>The vacancies and the publication: one small query when nothing changed, three when something did.</summary>
    public Task<GenderData> LoadAsync(CancellationToken cancellationToken = default) =>
        cache.GetAsync(nameof(GenderFunnelQuery), BuiltFrom, () => BuildAsync(cancellationToken), cancellationToken);

    private async Task<GenderData> BuildAsync(CancellationToken cancellationToken)
    {
        var vacancies = await (
            from v in db.Vacancies.AsNoTracking()
            join m in db.Missions on v.MissionId equals m.Id
            orderby v.Key
            select new VacancyRow(
                new VacancyFacts(v.Id, v.MissionId, v.PositionTypeId, v.Grade, m.Region),
                v.Key,
                v.ClosesAtUtc,
                db.Applications.Any(a => a.VacancyId == v.Id && a.Stage == ApplicationStage.Appointed)))
            .ToListAsync(cancellationToken);
        return new GenderData(await PublishAsync(vacancies.Select(v => v.Facts).ToList(), cancellationToken), vacancies);
    }

    private async Task<FunnelPublication> PublishAsync(IReadOnlyList<VacancyFacts> facts, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();

        // Every submission records a stage change to Submitted, so the history alone says which stages were reached.
        var atoms = await (
            from change in db.StageChanges
            join application in db.Applications on change.ApplicationId equals application.Id
            join candidate in db.Candidates on application.CandidateId equals candidate.Id
            where application.SubmittedAtUtc != null && FunnelStages.Contains(change.To)
            group change by new
            {
                application.VacancyId,
                StateId = candidate.Nomination!.NominatingStateId,
                application.SubmittedAtUtc!.Value.Year,
                Quarter = (application.SubmittedAtUtc!.Value.Month + 2) / 3,
                candidate.Gender,
                change.To,
            } into g
            select new { g.Key.VacancyId, g.Key.StateId, g.Key.Year, g.Key.Quarter, g.Key.Gender, g.Key.To, Count = g.Count() })
            .ToListAsync(cancellationToken);

        // The trend splits the shortlisted and the appointed by the quarter the move was made in.
        var moves = await (
            from change in db.StageChanges
            join application in db.Applications on change.ApplicationId equals application.Id
            join candidate in db.Candidates on application.CandidateId equals candidate.Id
            where application.SubmittedAtUtc != null && (change.To == ApplicationStage.Shortlisted || change.To == ApplicationStage.Appointed)
            group change by new { change.To, change.AtUtc.Year, Quarter = (change.AtUtc.Month + 2) / 3, candidate.Gender } into g
            select new { g.Key.To, g.Key.Year, g.Key.Quarter, g.Key.Gender, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var queried = watch.ElapsedMilliseconds;

        // A vacancy made between the two reads is left out; its stamp has changed, so the next request builds again.
        var known = facts.Select(f => f.VacancyId).ToHashSet();
        var publication = FunnelPublication.Build(
            facts,
            atoms.Where(a => known.Contains(a.VacancyId)).Select(a => new FunnelAtom(a.VacancyId, a.StateId, (a.Year * 10) + a.Quarter, a.Gender, a.To, a.Count)),
            moves.Select(m => new StageMove(m.To, (m.Year * 10) + m.Quarter, m.Gender, m.Count)));
        logger.LogInformation("Gender publication built from {Atoms} rows in {Total} ms ({Queries} ms of queries)", atoms.Count, watch.ElapsedMilliseconds, queried);
        return publication;
    }
}
