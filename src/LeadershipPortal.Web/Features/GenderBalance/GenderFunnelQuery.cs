using System.Diagnostics;
using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.GenderBalance;
using LeadershipPortal.Web.Data;
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
/// What changes the gender counts, read with one small query: the stage history (it only grows; an erasure makes it
/// shorter), and each candidate's gender and nominating State (a weighted sum, so that a change to one candidate moves it).
/// The vacancies' facts are compared in full beside it.
/// </summary>
public sealed record GenderDataVersion(long Changes, long LastChange, long Candidates, long People);

/// <summary>
/// The gender views, counted by the database: one GROUP BY of the stage history (vacancy × nominating State ×
/// submission quarter × gender × stage reached) and one of the moves to the shortlist and to appointment per
/// quarter, suppressed together by <see cref="FunnelPublication"/>. Building the publication costs far more than
/// a page, so it is kept (<see cref="GenderPublicationCache"/>) until the data version changes.
/// Reusable: the vacancy dossier takes <see cref="ForVacancyAsync"/>.
/// </summary>
public sealed class GenderFunnelQuery(PortalDbContext db, GenderPublicationCache cache, ILogger<GenderFunnelQuery> logger)
{
    private static readonly ApplicationStage[] FunnelStages = [.. ApplicationStages.Funnel];

    // Portable SQL (SQLite and PostgreSQL): counts, the last id and a weighted sum of each candidate's gender and State.
    private const string VersionSql = """
        SELECT
            (SELECT CAST(COUNT(*) AS BIGINT) FROM "StageChanges") AS "Changes",
            (SELECT CAST(COALESCE(MAX("Id"), 0) AS BIGINT) FROM "StageChanges") AS "LastChange",
            (SELECT CAST(COUNT(*) AS BIGINT) FROM "Candidates") AS "Candidates",
            (SELECT CAST(COALESCE(SUM(((CAST("Id" AS BIGINT) * 7919) % 1000003 + 1)
                * (CASE "Gender" WHEN 'Woman' THEN 1 WHEN 'Man' THEN 2 WHEN 'Another' THEN 3 WHEN 'PreferNotToSay' THEN 4 ELSE 0 END
                   + 5 * COALESCE("Nomination_NominatingStateId", 0))), 0) AS BIGINT) FROM "Candidates") AS "People"
        """;

    /// <summary>The funnel of one vacancy as the gender views publish it; null when there is no such vacancy.</summary>
    public async Task<GenderFunnel?> ForVacancyAsync(int vacancyId, CancellationToken cancellationToken = default)
    {
        var data = await LoadAsync(cancellationToken);
        return data.Vacancy(vacancyId) is null ? null : data.Publication.Funnel(new ViewKey(FilterDimension.Vacancy, vacancyId));
    }

    /// <summary>The vacancies and the publication: two small queries, plus two GROUP BYs when the data changed.</summary>
    public async Task<GenderData> LoadAsync(CancellationToken cancellationToken = default)
    {
        var version = await VersionAsync(cancellationToken);
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
        var facts = vacancies.Select(v => v.Facts).ToList();
        var publication = await cache.GetAsync(version, facts, () => BuildAsync(facts, cancellationToken), cancellationToken);
        return new GenderData(publication, vacancies);
    }

    /// <summary>What the publication was built from, read cheaply (the vacancies' facts are compared beside it).</summary>
    internal async Task<GenderDataVersion> VersionAsync(CancellationToken cancellationToken = default) =>
        (await db.Database.SqlQueryRaw<GenderDataVersion>(VersionSql).ToListAsync(cancellationToken)).Single();

    private async Task<FunnelPublication> BuildAsync(IReadOnlyList<VacancyFacts> facts, CancellationToken cancellationToken)
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

        // A vacancy made between the two reads is left for the next build (the version will have changed by then).
        var known = facts.Select(f => f.VacancyId).ToHashSet();
        var publication = FunnelPublication.Build(
            facts,
            atoms.Where(a => known.Contains(a.VacancyId)).Select(a => new FunnelAtom(a.VacancyId, a.StateId, (a.Year * 10) + a.Quarter, a.Gender, a.To, a.Count)),
            moves.Select(m => new StageMove(m.To, (m.Year * 10) + m.Quarter, m.Gender, m.Count)));
        logger.LogInformation("Gender publication built from {Atoms} rows in {Total} ms ({Queries} ms of queries)", atoms.Count, watch.ElapsedMilliseconds, queried);
        return publication;
    }
}

/// <summary>
/// The last built publication with the data version it was built from (one per process; every node checks the
/// version in the shared database, so none serves stale figures). Concurrent requests after a change wait for one build.
/// </summary>
public sealed class GenderPublicationCache
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private Entry? current;

    public async Task<FunnelPublication> GetAsync(GenderDataVersion version, IReadOnlyList<VacancyFacts> facts, Func<Task<FunnelPublication>> build, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref current) is { } hit && hit.Matches(version, facts))
        {
            return hit.Publication;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (current is { } built && built.Matches(version, facts))
            {
                return built.Publication;
            }

            var publication = await build();
            Volatile.Write(ref current, new Entry(version, facts, publication));
            return publication;
        }
        finally
        {
            gate.Release();
        }
    }

    private sealed record Entry(GenderDataVersion Version, IReadOnlyList<VacancyFacts> Facts, FunnelPublication Publication)
    {
        public bool Matches(GenderDataVersion version, IReadOnlyList<VacancyFacts> facts) => Version == version && Facts.SequenceEqual(facts);
    }
}
