using System.Globalization;
using LeadershipPortal.Domain.Competencies;
using LeadershipPortal.Domain.Vacancies;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.Frameworks;

public sealed record FrameworkRow(int Id, string Code, string Name, int Version, int Competencies, int PublishedVacancies);

public sealed record CompetencyEdit(string Code, string Name, string Description, IReadOnlyList<string> Indicators, IReadOnlyList<string> LevelDescriptors);

/// <summary>
/// Admin's work on competency frameworks. A version that a published or closed vacancy assessed against is
/// never edited: the edit is saved as the next version, and new vacancies take the latest.
/// </summary>
public sealed class FrameworkAdministration(PortalDbContext db, AuditLog audit)
{
    public async Task<IReadOnlyList<FrameworkRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        var frameworks = await db.CompetencyFrameworks.AsNoTracking()
            .OrderBy(f => f.Code).ThenByDescending(f => f.Version)
            .Select(f => new { f.Id, f.Code, f.Name, f.Version, Competencies = f.Competencies.Count })
            .ToListAsync(cancellationToken);
        var rows = new List<FrameworkRow>();
        foreach (var f in frameworks)
        {
            rows.Add(new FrameworkRow(f.Id, f.Code, f.Name, f.Version, f.Competencies, await PublishedVacanciesUsingAsync(f.Id, cancellationToken)));
        }

        return rows;
    }

    public async Task<CompetencyFramework?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        await db.CompetencyFrameworks.AsNoTracking().Include(f => f.Competencies).SingleOrDefaultAsync(f => f.Id == id, cancellationToken);

    public Task<int> PublishedVacanciesUsingAsync(int frameworkId, CancellationToken cancellationToken = default) =>
        db.Vacancies.CountAsync(
            v => v.Status != VacancyStatus.Draft && v.Competencies.Any(vc => db.Competencies.Any(c => c.Id == vc.CompetencyId && c.FrameworkId == frameworkId)),
            cancellationToken);

    /// <summary>Saves a competency edit; returns the id of the framework version that now holds it.</summary>
    public async Task<int> UpdateCompetencyAsync(string adminUserId, int frameworkId, CompetencyEdit edit, CancellationToken cancellationToken = default)
    {
        var framework = await db.CompetencyFrameworks.Include(f => f.Competencies).SingleOrDefaultAsync(f => f.Id == frameworkId, cancellationToken)
            ?? throw new Domain.Common.DomainRuleException("That framework no longer exists.");
        if (await db.CompetencyFrameworks.AnyAsync(f => f.Code == framework.Code && f.Version > framework.Version, cancellationToken))
        {
            throw new Domain.Common.DomainRuleException("Version {0} has been superseded; edit the latest version instead.", framework.Version);
        }

        var target = framework;
        if (await PublishedVacanciesUsingAsync(frameworkId, cancellationToken) > 0)
        {
            target = framework.NextVersion();
            db.CompetencyFrameworks.Add(target);
        }

        target.UpdateCompetency(edit.Code, edit.Name, edit.Description, edit.Indicators, edit.LevelDescriptors);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AddAsync(
            adminUserId,
            target == framework ? "FrameworkEdited" : "FrameworkVersioned",
            "CompetencyFramework",
            target.Id.ToString(CultureInfo.InvariantCulture),
            $"{target.Code} v{target.Version}: {edit.Code}",
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return target.Id;
    }
}
