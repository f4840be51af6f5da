using System.Globalization;
using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Assessments;
using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Applications;
using LeadershipPortal.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.Selection;

/// <summary>A final decision HR records: appointed, or not selected (and then perhaps suitable for the roster).</summary>
public sealed record Decision(ApplicationStage Stage, string Justification, Readiness? SuitableWithReadiness);

/// <summary>
/// HR's decisions on applications: stage moves (one or many, each justified and audited), consensus notes that
/// clear disagreement flags, and the release of a decision's feedback to the candidate.
/// </summary>
public sealed class SelectionDecisions(PortalDbContext db, AuditLog audit, CandidateNotifier notifier, TimeProvider time)
{
    /// <summary>
    /// Moves every listed application of the vacancy to <paramref name="to"/>, all or none. Shortlisting is refused
    /// while an application has an unresolved disagreement flag. Returns the number moved.
    /// </summary>
    public async Task<int> MoveAsync(string hrUserId, int vacancyId, IReadOnlyCollection<int> applicationIds, ApplicationStage to, string justification, Readiness? suitableWithReadiness = null, CancellationToken cancellationToken = default)
    {
        if (applicationIds.Count == 0)
        {
            throw new DomainRuleException("Choose at least one application to move.");
        }

        if (string.IsNullOrWhiteSpace(justification))
        {
            throw new DomainRuleException("Write a justification for this decision: it is kept in the record.");
        }

        var applications = await db.Applications.Include(a => a.History)
            .Where(a => a.VacancyId == vacancyId && applicationIds.Contains(a.Id))
            .ToListAsync(cancellationToken);
        if (applications.Count != applicationIds.Distinct().Count())
        {
            throw new DomainRuleException("Some of the chosen applications do not belong to this vacancy.");
        }

        if (to == ApplicationStage.Shortlisted)
        {
            var flagged = new List<string>();
            foreach (var application in applications)
            {
                if ((await UnresolvedDisagreementsAsync(application.Id, cancellationToken)).Count > 0)
                {
                    flagged.Add(application.CandidateCode);
                }
            }

            if (flagged.Count > 0)
            {
                throw new DomainRuleException("Record a consensus note for every disagreement before shortlisting: {0}.", string.Join(", ", flagged));
            }
        }

        var now = time.GetUtcNow().UtcDateTime;
        var moves = new List<(int Id, ApplicationStage From)>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var application in applications)
        {
            var from = application.Stage;
            try
            {
                application.MoveTo(to, justification, hrUserId, now);
            }
            catch (DomainRuleException e)
            {
                throw new DomainRuleException("{0}: {1}", application.CandidateCode, e.Sentence);
            }

            if (to == ApplicationStage.NotSelected && suitableWithReadiness is { } readiness)
            {
                var candidate = await db.Candidates.SingleAsync(c => c.Id == application.CandidateId, cancellationToken);
                candidate.PlaceInRoster(readiness);
            }

            await audit.AddAsync(hrUserId, "StageMoved", "Application", application.Id.ToString(CultureInfo.InvariantCulture), $"{application.CandidateCode}: {from} → {to}. {justification.Trim()}", cancellationToken);
            moves.Add((application.Id, from));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainRuleException("Someone else changed one of these applications a moment ago. Reload the page and decide again.");
        }

        foreach (var (id, from) in moves)
        {
            await notifier.StageChangedAsync(id, from, to, cancellationToken);
        }

        return moves.Count;
    }

    /// <summary>Records how the panel resolved a disagreement on one competency at the application's current scored stage.</summary>
    public async Task AddConsensusNoteAsync(string hrUserId, int vacancyId, int applicationId, int competencyId, string note, CancellationToken cancellationToken = default)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId && a.VacancyId == vacancyId, cancellationToken)
            ?? throw new DomainRuleException("That application does not belong to this vacancy.");
        var stage = await LastScoredStageAsync(applicationId, cancellationToken)
            ?? throw new DomainRuleException("This application has no submitted ratings to reconcile.");
        if (!(await UnresolvedDisagreementsAsync(applicationId, cancellationToken)).Contains(competencyId))
        {
            throw new DomainRuleException("There is no unresolved disagreement on that competency.");
        }

        db.ConsensusNotes.Add(new ConsensusNote(application.Id, stage, competencyId, note, hrUserId, time.GetUtcNow().UtcDateTime));
        await audit.AddAsync(hrUserId, "ConsensusRecorded", "Application", application.Id.ToString(CultureInfo.InvariantCulture), $"{application.CandidateCode}, competency {competencyId}: {note.Trim()}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Publishes the decision's feedback to the candidate, who then sees it with the panel's per-competency averages.</summary>
    public async Task ReleaseFeedbackAsync(string hrUserId, int vacancyId, int applicationId, string feedback, CancellationToken cancellationToken = default)
    {
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == applicationId && a.VacancyId == vacancyId, cancellationToken)
            ?? throw new DomainRuleException("That application does not belong to this vacancy.");
        application.ReleaseFeedback(feedback, time.GetUtcNow().UtcDateTime);
        await audit.AddAsync(hrUserId, "FeedbackReleased", "Application", application.Id.ToString(CultureInfo.InvariantCulture), application.CandidateCode, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await notifier.FeedbackReleasedAsync(application.Id, cancellationToken);
    }

    /// <summary>Competencies whose ratings at the last scored stage span two points or more and have no consensus note.</summary>
    public async Task<IReadOnlyList<int>> UnresolvedDisagreementsAsync(int applicationId, CancellationToken cancellationToken = default)
    {
        var stage = await LastScoredStageAsync(applicationId, cancellationToken);
        if (stage is null)
        {
            return [];
        }

        var spans = await (
            from s in db.Assessments
            where s.ApplicationId == applicationId && s.Stage == stage && s.SubmittedAtUtc != null && s.Conflict == ConflictDeclaration.NoConflict
            from r in s.Ratings
            group r by r.CompetencyId into g
            select new { CompetencyId = g.Key, Span = g.Max(r => r.Rating) - g.Min(r => r.Rating) })
            .ToListAsync(cancellationToken);
        var resolved = await db.ConsensusNotes.Where(n => n.ApplicationId == applicationId && n.Stage == stage).Select(n => n.CompetencyId).ToListAsync(cancellationToken);
        return spans.Where(s => s.Span >= Domain.Scoring.Disagreement.FlagSpan && !resolved.Contains(s.CompetencyId)).Select(s => s.CompetencyId).Order().ToList();
    }

    // Stages are stored by name, so the latest is found here rather than by SQL's alphabetical ORDER BY.
    private async Task<ApplicationStage?> LastScoredStageAsync(int applicationId, CancellationToken cancellationToken)
    {
        var stages = await db.Assessments.Where(s => s.ApplicationId == applicationId && s.SubmittedAtUtc != null && s.Conflict == ConflictDeclaration.NoConflict)
            .Select(s => s.Stage).Distinct().ToListAsync(cancellationToken);
        return stages.Count == 0 ? null : stages.Max();
    }
}
