using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.Selection;

public sealed record RosterFilter(int? PositionTypeId, Region? Region, string? Language, Readiness? Readiness, Gender? Gender);

public sealed record RosterRow(int CandidateId, string Name, string? Nationality, Gender? Gender, Readiness? Readiness, bool Consented, int YearsInSeniorPosts, IReadOnlyList<string> Languages, IReadOnlyList<Region> Regions, IReadOnlyList<string> PositionsSought);

/// <summary>
/// The cadre of future senior leaders: candidates HR found suitable (with a readiness rating) and candidates
/// who asked to be kept in it. Erased accounts never appear.
/// </summary>
public sealed class Roster(PortalDbContext db)
{
    public async Task<PagedResult<RosterRow>> ListAsync(RosterFilter filter, int page, int pageSize = Paging.DefaultPageSize, CancellationToken cancellationToken = default)
    {
        var query = db.Candidates.AsNoTracking().Where(c => c.UserId != null && (c.Readiness != null || c.RosterConsent));
        if (filter.Readiness is { } readiness)
        {
            query = query.Where(c => c.Readiness == readiness);
        }

        if (filter.Gender is { } gender)
        {
            query = query.Where(c => c.Gender == gender);
        }

        if (filter.Region is { } region)
        {
            query = query.Where(c => c.Regions.Contains(region));
        }

        if (Languages.IsKnown(filter.Language))
        {
            query = query.Where(c => c.Languages.Any(l => l.Language == filter.Language));
        }

        if (filter.PositionTypeId is { } positionTypeId)
        {
            query = query.Where(c => db.Applications.Any(a => a.CandidateId == c.Id && db.Vacancies.Any(v => v.Id == a.VacancyId && v.PositionTypeId == positionTypeId)));
        }

        var total = await query.CountAsync(cancellationToken);
        var candidates = await query
            .OrderBy(c => c.Readiness == null ? 2 : c.Readiness == Readiness.ReadyNow ? 0 : 1).ThenBy(c => c.FullName)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        var ids = candidates.Select(c => c.Id).ToList();
        var positions = await (
            from a in db.Applications
            where ids.Contains(a.CandidateId)
            join v in db.Vacancies on a.VacancyId equals v.Id
            join p in db.PositionTypes on v.PositionTypeId equals p.Id
            select new { a.CandidateId, p.Name })
            .Distinct().ToListAsync(cancellationToken);
        var stateIds = candidates.Select(c => c.NationalityId).OfType<int>().Distinct().ToList();
        var states = await db.MemberStates.Where(s => stateIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);

        var rows = candidates.Select(c => new RosterRow(
            c.Id,
            c.FullName,
            c.NationalityId is { } n ? states.GetValueOrDefault(n) : null,
            c.Gender,
            c.Readiness,
            c.RosterConsent,
            c.YearsInSeniorPosts,
            c.Languages.Select(l => l.Language).ToList(),
            c.Regions,
            positions.Where(p => p.CandidateId == c.Id).Select(p => p.Name).Order().ToList())).ToList();
        return new PagedResult<RosterRow>(rows, page, pageSize, total);
    }
}
