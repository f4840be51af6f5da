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
public sealed class AssessorQueue(PortalDbContext db)
{
    public async Task<AssessorQueueView> LoadAsync(string assessorId, int page = 1, int pageSize = Paging.DefaultPageSize, CancellationToken cancellationToken = default)
    {
        // Counted and paged by the database: a panel member of a large competition has thousands of tasks.
        var query =
            from p in db.Set<Domain.Vacancies.PanelMember>().AsNoTracking()
            where p.AssessorId == assessorId
            join v in db.Vacancies on p.VacancyId equals v.Id
            join m in db.Missions on v.MissionId equals m.Id
            join a in db.Applications on v.Id equals a.VacancyId
            where a.Stage == ApplicationStage.Screening || a.Stage == ApplicationStage.Assessment || a.Stage == ApplicationStage.Interview
            where !db.Assessments.Any(x => x.ApplicationId == a.Id && x.AssessorId == assessorId && x.Conflict == ConflictDeclaration.Recused)
            join c in db.Candidates on a.CandidateId equals c.Id
            let mine = db.Assessments.FirstOrDefault(x => x.ApplicationId == a.Id && x.AssessorId == assessorId && x.Stage == a.Stage)
            orderby v.ScoringDeadlineUtc, v.Id, a.CandidateCode
            select new
            {
                a.Id,
                v.Title,
                m.Code,
                a.Stage,
                a.CandidateCode,
                // Only projected when the stage is not blind, so the name never leaves the database otherwise.
                Name = a.Stage == ApplicationStage.Interview ? c.FullName : null,
                Conflict = mine == null ? (ConflictDeclaration?)null : mine.Conflict,
                SubmittedAtUtc = mine == null ? null : mine.SubmittedAtUtc,
                v.ScoringDeadlineUtc,
            };
        var total = await query.CountAsync(cancellationToken);
        var waiting = await query.CountAsync(r => r.SubmittedAtUtc == null, cancellationToken);
        var rows = await query.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);

        var tasks = rows.Select(r => new AssessorTask(
            r.Id,
            r.Title,
            r.Code,
            r.Stage,
            ApplicationStages.IsBlind(r.Stage) ? r.CandidateCode : r.Name ?? r.CandidateCode,
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
