using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Mentoring;
using LeadershipPortal.Domain.Vacancies;
using LeadershipPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.Dashboards;

public sealed record HrVacancyRow(int Id, string Key, string Title, string MissionCode, VacancyStatus Status, DateTime ClosesAtUtc, IReadOnlyDictionary<ApplicationStage, int> ByStage)
{
    public int Total => ByStage.Values.Sum();

    public int Count(ApplicationStage stage) => ByStage.GetValueOrDefault(stage);
}

public sealed record HrDashboardView(IReadOnlyList<HrVacancyRow> Vacancies, int AwaitingScreening, int MenteesWaitingForMentor, int ActiveMentorships);

/// <summary>What waits for HR: each vacancy's pipeline, submissions to screen, and heads of mission without a mentor.</summary>
public sealed class HrDashboard(PortalDbContext db)
{
    public async Task<HrDashboardView> LoadAsync(CancellationToken cancellationToken = default)
    {
        var vacancies = await (
            from v in db.Vacancies.AsNoTracking()
            join m in db.Missions on v.MissionId equals m.Id
            orderby v.Status == VacancyStatus.Draft ? 0 : v.Status == VacancyStatus.Published ? 1 : 2, v.ClosesAtUtc
            select new { v.Id, v.Key, v.Title, m.Code, v.Status, v.ClosesAtUtc })
            .ToListAsync(cancellationToken);

        var counts = await db.Applications.AsNoTracking()
            .Where(a => a.Stage != ApplicationStage.Draft)
            .GroupBy(a => new { a.VacancyId, a.Stage })
            .Select(g => new { g.Key.VacancyId, g.Key.Stage, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var rows = vacancies.Select(v => new HrVacancyRow(
            v.Id, v.Key, v.Title, v.Code, v.Status, v.ClosesAtUtc,
            counts.Where(c => c.VacancyId == v.Id).ToDictionary(c => c.Stage, c => c.Count))).ToList();

        var waitingMentees = await db.Mentees.CountAsync(
            me => !db.Mentorships.Any(ms => ms.MenteeId == me.Id && (ms.Status == MentorshipStatus.Active || ms.Status == MentorshipStatus.Proposed)),
            cancellationToken);
        var activeMentorships = await db.Mentorships.CountAsync(ms => ms.Status == MentorshipStatus.Active, cancellationToken);

        return new HrDashboardView(rows, counts.Where(c => c.Stage == ApplicationStage.Submitted).Sum(c => c.Count), waitingMentees, activeMentorships);
    }
}
