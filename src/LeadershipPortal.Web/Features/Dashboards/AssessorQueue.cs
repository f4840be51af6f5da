using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Assessments;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.Dashboards;

public enum AssessorTaskStatus
{
    NotStarted,
    Draft,
    Submitted,
}

/// <summary>
/// One application on the assessor's queue. At blind stages <see cref="CandidateLabel"/> is the candidate code;
/// the name is never loaded for them.
/// </summary>
public sealed record AssessorTask(int ApplicationId, string VacancyTitle, string MissionCode, ApplicationStage Stage, string CandidateLabel, AssessorTaskStatus Status, DateTime? DeadlineUtc);

/// <summary>One page of the queue; <see cref="Waiting"/> counts the whole queue's unsubmitted tasks.</summary>
public sealed record AssessorQueueView(PagedResult<AssessorTask> Page, int Waiting)
{
    public IReadOnlyList<AssessorTask> Tasks => Page.Items;
}

/// <summary>Applications at a scored stage of the vacancies whose panel this assessor sits on, except those they recused from.</summary>
public sealed class AssessorQueue(PortalDbContext db, ReadModelCache cache)
{
    private static readonly DataArea[] BuiltFrom = [DataArea.Reference, DataArea.Vacancies, DataArea.Candidates, DataArea.Applications, DataArea.Assessments];

    /// <summary>The page of the queue, kept in memory until a panel, an application or an assessment changes.</summary>
    public Task<AssessorQueueView> LoadAsync(string assessorId, int page = 1, int pageSize = Paging.DefaultPageSize, CancellationToken cancellationToken = default) =>
        cache.GetAsync((nameof(AssessorQueue), assessorId, page, pageSize), BuiltFrom, () => BuildAsync(assessorId, page, pageSize, cancellationToken), cancellationToken);

    private async Task<AssessorQueueView> BuildAsync(string assessorId, int page, int pageSize, CancellationToken cancellationToken)
    {
        // Counted and paged by the database: a panel member of a large competition has thousands of tasks. The
        // assessor's own assessment at the application's current stage is one outer join (unique by application,
        // assessor and stage), and both counts come from one aggregate command over the applications index alone.
        var open =
            from p in db.Set<Domain.Vacancies.PanelMember>().AsNoTracking()
            where p.AssessorId == assessorId
            join a in db.Applications on p.VacancyId equals a.VacancyId
            where a.Stage == ApplicationStage.Screening || a.Stage == ApplicationStage.Assessment || a.Stage == ApplicationStage.Interview
            where !db.Assessments.Any(x => x.ApplicationId == a.Id && x.AssessorId == assessorId && x.Conflict == ConflictDeclaration.Recused)
            join x in db.Assessments on new { ApplicationId = a.Id, AssessorId = assessorId, a.Stage } equals new { x.ApplicationId, x.AssessorId, x.Stage } into own
            from mine in own.DefaultIfEmpty()
            select new { p.VacancyId, Application = a, Mine = mine };
        var counts = await open
            .GroupBy(_ => 1)
            .Select(g => new { Total = g.Count(), Waiting = g.Count(r => r.Mine == null || r.Mine.SubmittedAtUtc == null) })
            .SingleOrDefaultAsync(cancellationToken);
        var (total, waiting) = counts is null ? (0, 0) : (counts.Total, counts.Waiting);
        var rows = await (
            from r in open
            join v in db.Vacancies on r.VacancyId equals v.Id
            join m in db.Missions on v.MissionId equals m.Id
            orderby v.ScoringDeadlineUtc, v.Id, r.Application.CandidateCode
            select new
            {
                r.Application.Id,
                v.Title,
                m.Code,
                r.Application.Stage,
                r.Application.CandidateCode,
                r.Application.CandidateId,
                Conflict = r.Mine == null ? (ConflictDeclaration?)null : r.Mine.Conflict,
                SubmittedAtUtc = r.Mine == null ? null : r.Mine.SubmittedAtUtc,
                v.ScoringDeadlineUtc,
            })
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);

        // Names only for the page's applications at a stage that is not blind, so no name leaves the database otherwise
        // (always one command, even for none, so the count of commands does not depend on the data).
        var named = rows.Where(r => !ApplicationStages.IsBlind(r.Stage)).Select(r => r.CandidateId).ToList();
        var names = await db.Candidates.AsNoTracking()
            .Where(c => named.Contains(c.Id))
            .Select(c => new { c.Id, c.FullName })
            .ToDictionaryAsync(c => c.Id, c => c.FullName, cancellationToken);

        var tasks = rows.Select(r => new AssessorTask(
            r.Id,
            r.Title,
            r.Code,
            r.Stage,
            ApplicationStages.IsBlind(r.Stage) ? r.CandidateCode : names.GetValueOrDefault(r.CandidateId) ?? r.CandidateCode,
            r.Conflict switch
            {
                null => AssessorTaskStatus.NotStarted,
                _ when r.SubmittedAtUtc is not null => AssessorTaskStatus.Submitted,
                _ => AssessorTaskStatus.Draft,
            },
            r.ScoringDeadlineUtc)).ToList();
        return new AssessorQueueView(new PagedResult<AssessorTask>(tasks, page, pageSize, total), waiting);
    }
}
