using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Assessments;
using LeadershipPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.Applications;

public sealed record MyApplicationRow(int Id, int VacancyId, string VacancyTitle, string VacancyKey, string MissionCode, ApplicationStage Stage, DateTime? SubmittedAtUtc, DateTime ClosesAtUtc);

/// <summary>One step of the candidate's timeline, in the statuses the candidate is shown.</summary>
public sealed record TimelineEntry(string Status, DateTime AtUtc);

/// <summary>The panel's view of one competency, as released to the candidate: no assessor, no individual rating.</summary>
public sealed record CompetencyFeedback(string Competency, double PanelAverage, int MinimumRating)
{
    public bool MetMinimum => PanelAverage >= MinimumRating;
}

public sealed record MyApplicationDetails(
    int Id,
    int VacancyId,
    string VacancyTitle,
    string VacancyKey,
    string MissionCode,
    ApplicationStage Stage,
    DateTime? SubmittedAtUtc,
    string? Vision,
    IReadOnlyList<(string Competency, string Text)> Statements,
    IReadOnlyList<TimelineEntry> Timeline,
    string? Feedback,
    DateTime? FeedbackReleasedAtUtc,
    IReadOnlyList<CompetencyFeedback> CompetencyFeedback)
{
    public bool CanWithdraw => Stage != ApplicationStage.Draft && !ApplicationStages.IsFinal(Stage);
}

/// <summary>What a candidate reads of their own applications; HR's justifications and assessors stay private.</summary>
public sealed class CandidateApplicationViews(PortalDbContext db)
{
    public async Task<IReadOnlyList<MyApplicationRow>> ListAsync(string userId, CancellationToken cancellationToken = default) => await (
        from c in db.Candidates.AsNoTracking()
        where c.UserId == userId
        join a in db.Applications on c.Id equals a.CandidateId
        join v in db.Vacancies on a.VacancyId equals v.Id
        join m in db.Missions on v.MissionId equals m.Id
        orderby a.CreatedAtUtc descending
        select new MyApplicationRow(a.Id, v.Id, v.Title, v.Key, m.Code, a.Stage, a.SubmittedAtUtc, v.ClosesAtUtc))
        .ToListAsync(cancellationToken);

    /// <summary>The candidate's own application with this id, or null (for an unknown id and someone else's alike).</summary>
    public async Task<MyApplicationDetails?> FindAsync(string userId, int applicationId, CancellationToken cancellationToken = default)
    {
        var application = await (
            from c in db.Candidates
            where c.UserId == userId
            join a in db.Applications.AsNoTracking().Include(a => a.History).Include(a => a.CompetencyStatements) on c.Id equals a.CandidateId
            where a.Id == applicationId
            select a).SingleOrDefaultAsync(cancellationToken);
        if (application is null)
        {
            return null;
        }

        var vacancy = await db.Vacancies.AsNoTracking().Include(v => v.Competencies).SingleAsync(v => v.Id == application.VacancyId, cancellationToken);
        var missionCode = await db.Missions.Where(m => m.Id == vacancy.MissionId).Select(m => m.Code).SingleAsync(cancellationToken);
        var ids = vacancy.Competencies.Select(c => c.CompetencyId).ToList();
        var names = await db.Competencies.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);

        var statements = vacancy.Competencies
            .OrderByDescending(c => c.Weight)
            .Select(c => (names[c.CompetencyId], application.CompetencyStatements.FirstOrDefault(s => s.CompetencyId == c.CompetencyId)?.Text ?? string.Empty))
            .ToList();

        return new MyApplicationDetails(
            application.Id,
            vacancy.Id,
            vacancy.Title,
            vacancy.Key,
            missionCode,
            application.Stage,
            application.SubmittedAtUtc,
            application.Statement,
            statements,
            Timeline(application),
            application.FeedbackReleasedAtUtc is null ? null : application.Feedback,
            application.FeedbackReleasedAtUtc,
            application.FeedbackReleasedAtUtc is null ? [] : await CompetencyFeedbackAsync(application.Id, vacancy, names, cancellationToken));
    }

    // Internal steps that look the same to the candidate are shown once, at the first date.
    private static List<TimelineEntry> Timeline(CandidateApplication application)
    {
        var entries = new List<TimelineEntry> { new("Draft started", application.CreatedAtUtc) };
        foreach (var change in application.History.OrderBy(h => h.AtUtc).ThenBy(h => h.Id))
        {
            var status = ApplicationStages.CandidateStatus(change.To);
            if (entries[^1].Status != status)
            {
                entries.Add(new TimelineEntry(status, change.AtUtc));
            }
        }

        return entries;
    }

    private async Task<IReadOnlyList<CompetencyFeedback>> CompetencyFeedbackAsync(int applicationId, Domain.Vacancies.Vacancy vacancy, IReadOnlyDictionary<int, string> names, CancellationToken cancellationToken)
    {
        // The latest stage at which the panel scored counts; recused and unsubmitted assessments never do.
        var ratings = await (
            from s in db.Assessments.AsNoTracking()
            where s.ApplicationId == applicationId && s.SubmittedAtUtc != null && s.Conflict == ConflictDeclaration.NoConflict
            from r in s.Ratings
            select new { s.Stage, r.CompetencyId, r.Rating })
            .ToListAsync(cancellationToken);
        if (ratings.Count == 0)
        {
            return [];
        }

        var stage = ratings.Max(r => r.Stage);
        return vacancy.Competencies
            .OrderByDescending(c => c.Weight)
            .Select(c => (c, values: ratings.Where(r => r.Stage == stage && r.CompetencyId == c.CompetencyId).Select(r => r.Rating).ToList()))
            .Where(x => x.values.Count > 0)
            .Select(x => new CompetencyFeedback(names[x.c.CompetencyId], Math.Round(x.values.Average(), 1), x.c.MinimumRating))
            .ToList();
    }
}
