using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Vacancies;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.Vacancies;

/// <summary>Filters of the public list; every part is optional, and unknown values match nothing rather than fail.</summary>
public sealed record VacancyFilter(string? Mission, string? PositionType, Region? Region, string? Language)
{
    public bool IsEmpty => Mission is null && PositionType is null && Region is null && Language is null;
}

/// <summary>The values each filter can take, with how many open vacancies each would show.</summary>
public sealed record VacancyFilterOptions(
    IReadOnlyList<(string Code, string Name, int Count)> Missions,
    IReadOnlyList<(string Code, string Name, int Count)> PositionTypes,
    IReadOnlyList<(Region Region, int Count)> Regions,
    IReadOnlyList<(string Language, int Count)> Languages);

public sealed record VacancySummary(int Id, string Key, string Title, string MissionCode, string MissionName, Region Region, string PositionName, Grade Grade, DateTime ClosesAtUtc);

public sealed record VacancyDetails(
    int Id,
    string Key,
    string Title,
    string MissionCode,
    string MissionName,
    string HostCountry,
    Region Region,
    string PositionName,
    Grade Grade,
    VacancyStatus Status,
    DateTime OpensAtUtc,
    DateTime ClosesAtUtc,
    MissionNeeds Needs,
    IReadOnlyList<AssessedCompetency> Competencies)
{
    public bool IsOpen(DateTime nowUtc) => Status == VacancyStatus.Published && nowUtc >= OpensAtUtc && nowUtc < ClosesAtUtc;
}

public sealed record AssessedCompetency(string Name, string Description, int Weight, int MinimumRating, IReadOnlyList<string> Indicators);

/// <summary>
/// What the public sees of vacancies: published ones only, never drafts. The list and its filters are served from the
/// published vacancies kept in memory (<see cref="ReadModelCache"/>) until a vacancy or the reference data changes;
/// which of them are open is decided on every request.
/// </summary>
public sealed class VacancyCatalog(PortalDbContext db, ReadModelCache cache, TimeProvider time)
{
    public async Task<PagedResult<VacancySummary>> ListOpenAsync(int page, int pageSize = Paging.DefaultPageSize, CancellationToken cancellationToken = default) =>
        await ListOpenAsync(new VacancyFilter(null, null, null, null), page, pageSize, cancellationToken);

    public async Task<PagedResult<VacancySummary>> ListOpenAsync(VacancyFilter filter, int page, int pageSize = Paging.DefaultPageSize, CancellationToken cancellationToken = default)
    {
        var matching = (await OpenAsync(cancellationToken))
            .Where(v => (filter.Language is null || v.RequiredLanguages.Contains(filter.Language))
                        && (filter.Mission is null || v.Summary.MissionCode == filter.Mission)
                        && (filter.PositionType is null || v.PositionCode == filter.PositionType)
                        && (filter.Region is null || v.Summary.Region == filter.Region))
            .ToList();
        var items = matching.Skip((page - 1) * pageSize).Take(pageSize).Select(v => v.Summary).ToList();
        return new PagedResult<VacancySummary>(items, page, pageSize, matching.Count);
    }

    /// <summary>The filter values that occur among open vacancies, with counts, so no choice leads to an empty list.</summary>
    public async Task<VacancyFilterOptions> FilterOptionsAsync(CancellationToken cancellationToken = default)
    {
        var open = await OpenAsync(cancellationToken);
        return new VacancyFilterOptions(
            open.GroupBy(o => (o.Summary.MissionCode, o.Summary.MissionName)).OrderBy(g => g.Key.MissionCode).Select(g => (g.Key.MissionCode, g.Key.MissionName, g.Count())).ToList(),
            open.GroupBy(o => (o.PositionCode, o.Summary.PositionName)).OrderBy(g => g.Key.PositionName).Select(g => (g.Key.PositionCode, g.Key.PositionName, g.Count())).ToList(),
            open.GroupBy(o => o.Summary.Region).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())).ToList(),
            open.SelectMany(o => o.RequiredLanguages).GroupBy(l => l).OrderBy(g => Languages.Official.Contains(g.Key) ? 0 : 1).ThenBy(g => g.Key).Select(g => (g.Key, g.Count())).ToList());
    }

    /// <summary>The vacancies open now, soonest closing first.</summary>
    private async Task<IEnumerable<PublishedVacancy>> OpenAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var published = await cache.GetAsync(nameof(VacancyCatalog), [DataArea.Vacancies, DataArea.Reference], () => PublishedAsync(now, cancellationToken), cancellationToken);

        // Kept vacancies exclude those closed when they were read; a clock set back before then (tests) reads afresh.
        if (now < published.ReadAtUtc)
        {
            published = await PublishedAsync(now, cancellationToken);
        }

        return published.Vacancies.Where(v => v.OpensAtUtc <= now && v.Summary.ClosesAtUtc > now);
    }

    private async Task<PublishedVacancies> PublishedAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var vacancies = await (
            from v in db.Vacancies.AsNoTracking()
            where v.Status == VacancyStatus.Published && v.ClosesAtUtc > nowUtc
            join m in db.Missions on v.MissionId equals m.Id
            join p in db.PositionTypes on v.PositionTypeId equals p.Id
            orderby v.ClosesAtUtc, v.Id
            select new PublishedVacancy(
                new VacancySummary(v.Id, v.Key, v.Title, m.Code, m.Name, m.Region, p.Name, v.Grade, v.ClosesAtUtc),
                v.OpensAtUtc,
                p.Code,
                v.Needs.RequiredLanguages))
            .ToListAsync(cancellationToken);
        return new PublishedVacancies(nowUtc, vacancies);
    }

    private sealed record PublishedVacancies(DateTime ReadAtUtc, IReadOnlyList<PublishedVacancy> Vacancies);

    private sealed record PublishedVacancy(VacancySummary Summary, DateTime OpensAtUtc, string PositionCode, IReadOnlyList<string> RequiredLanguages);

    /// <summary>The published or closed vacancy with this id; null for drafts and unknown ids alike.</summary>
    public async Task<VacancyDetails?> FindPublicAsync(int id, CancellationToken cancellationToken = default)
    {
        var vacancy = await db.Vacancies.AsNoTracking()
            .Include(v => v.Competencies)
            .Where(v => v.Id == id && v.Status != VacancyStatus.Draft)
            .SingleOrDefaultAsync(cancellationToken);
        if (vacancy is null)
        {
            return null;
        }

        var mission = await db.Missions.AsNoTracking().SingleAsync(m => m.Id == vacancy.MissionId, cancellationToken);
        var position = await db.PositionTypes.AsNoTracking().SingleAsync(p => p.Id == vacancy.PositionTypeId, cancellationToken);
        var competencyIds = vacancy.Competencies.Select(c => c.CompetencyId).ToList();
        var competencies = await db.Competencies.AsNoTracking().Where(c => competencyIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);

        var assessed = vacancy.Competencies
            .OrderByDescending(c => c.Weight)
            .Select(c => new AssessedCompetency(competencies[c.CompetencyId].Name, competencies[c.CompetencyId].Description, c.Weight, c.MinimumRating, competencies[c.CompetencyId].Indicators))
            .ToList();

        return new VacancyDetails(
            vacancy.Id, vacancy.Key, vacancy.Title, mission.Code, mission.Name, mission.HostCountry, mission.Region, position.Name, vacancy.Grade,
            vacancy.Status, vacancy.OpensAtUtc, vacancy.ClosesAtUtc, vacancy.Needs, assessed);
    }
}
