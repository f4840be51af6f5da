using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.Dossiers;

/// <summary>
/// The gender funnel of one vacancy for its dossier. Small on purpose, so the full gender-analytics module can
/// provide it instead later.
/// </summary>
public interface IVacancyGenderFunnelSource
{
    /// <summary>Raw counts per funnel stage; suppression of small cells is the reader's job.</summary>
    Task<IReadOnlyList<GenderFunnelStage>> ForVacancyAsync(int vacancyId, CancellationToken cancellationToken = default);
}

/// <summary>An application counts at every funnel stage it reached (its stage history), whatever happened after.</summary>
internal sealed class VacancyGenderFunnelQuery(PortalDbContext db) : IVacancyGenderFunnelSource
{
    public async Task<IReadOnlyList<GenderFunnelStage>> ForVacancyAsync(int vacancyId, CancellationToken cancellationToken = default)
    {
        var applications = await (
            from a in db.Applications
            where a.VacancyId == vacancyId && a.Stage != ApplicationStage.Draft
            join c in db.Candidates on a.CandidateId equals c.Id
            select new { a.Id, a.Stage, c.Gender })
            .ToListAsync(cancellationToken);
        var ids = applications.Select(a => a.Id).ToList();
        var reached = (await db.StageChanges.Where(h => ids.Contains(h.ApplicationId)).Select(h => new { h.ApplicationId, h.To }).ToListAsync(cancellationToken))
            .ToLookup(h => h.ApplicationId, h => h.To);

        return ApplicationStages.Funnel.Select(stage =>
        {
            var at = applications.Where(a => a.Stage == stage || reached[a.Id].Contains(stage)).ToList();
            return new GenderFunnelStage(
                stage,
                at.Count(a => a.Gender == Gender.Woman),
                at.Count(a => a.Gender == Gender.Man),
                at.Count(a => a.Gender is Gender.Another or Gender.PreferNotToSay),
                at.Count(a => a.Gender is null));
        }).ToList();
    }
}
