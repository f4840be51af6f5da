using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Domain.Vacancies;
using LeadershipPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.Dashboards;

public sealed record CandidateApplicationRow(int Id, int VacancyId, string VacancyTitle, string MissionCode, ApplicationStage Stage, DateTime? SubmittedAtUtc, DateTime ClosesAtUtc);

public sealed record CandidateDashboardView(bool HasProfile, string? FullName, IReadOnlyList<CandidateApplicationRow> Applications, int OpenVacanciesNotAppliedTo, ProfileCompleteness? Completeness);

/// <summary>What waits for a candidate: their own applications and the open vacancies they have not applied to.</summary>
public sealed class CandidateDashboard(PortalDbContext db, TimeProvider time)
{
    public async Task<CandidateDashboardView> LoadAsync(string userId, CancellationToken cancellationToken = default)
    {
        var profile = await db.Candidates.AsNoTracking().SingleOrDefaultAsync(c => c.UserId == userId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var openVacancies = db.Vacancies.Where(v => v.Status == VacancyStatus.Published && v.OpensAtUtc <= now && v.ClosesAtUtc > now);
        if (profile is null)
        {
            return new CandidateDashboardView(false, null, [], await openVacancies.CountAsync(cancellationToken), null);
        }

        var applications = await (
            from a in db.Applications.AsNoTracking()
            where a.CandidateId == profile.Id
            join v in db.Vacancies on a.VacancyId equals v.Id
            join m in db.Missions on v.MissionId equals m.Id
            orderby a.CreatedAtUtc descending
            select new CandidateApplicationRow(a.Id, v.Id, v.Title, m.Code, a.Stage, a.SubmittedAtUtc, v.ClosesAtUtc))
            .ToListAsync(cancellationToken);
        var notAppliedTo = await openVacancies
            .CountAsync(v => !db.Applications.Any(a => a.VacancyId == v.Id && a.CandidateId == profile.Id), cancellationToken);
        var hasCv = await db.CandidateDocuments.AnyAsync(d => d.CandidateId == profile.Id && d.Kind == DocumentKind.Cv, cancellationToken);
        return new CandidateDashboardView(true, profile.FullName, applications, notAppliedTo, ProfileCompleteness.Evaluate(profile, hasCv));
    }
}
