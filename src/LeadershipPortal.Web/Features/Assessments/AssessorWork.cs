using System.Globalization;
using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Assessments;
using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Vacancies;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.Assessments;

/// <summary>
/// An assessor's work on one application: the conflict declaration, then ratings with evidence, then
/// submission. Every method starts from the assessor's own panel seats, so a guessed id reaches nothing.
/// </summary>
public sealed class AssessorWork(PortalDbContext db, AuditLog audit, TimeProvider time)
{
    public static string RatingField(int competencyId) => $"Ratings[{competencyId}].Rating";

    public static string EvidenceField(int competencyId) => $"Ratings[{competencyId}].Evidence";

    /// <summary>The page for this application, or null when the assessor may not see it (not on the panel, recused, not at a scored stage).</summary>
    public async Task<AssessmentPage?> LoadAsync(string assessorId, int applicationId, CancellationToken cancellationToken = default)
    {
        var context = await ContextAsync(assessorId, applicationId, tracked: false, cancellationToken);
        if (context is null)
        {
            return null;
        }

        var (application, vacancy, mine) = context.Value;
        var phase = mine is null ? AssessmentPhase.Declare : mine.IsSubmitted ? AssessmentPhase.Submitted : AssessmentPhase.Score;
        var candidate = await db.Candidates.AsNoTracking().SingleAsync(c => c.Id == application.CandidateId, cancellationToken);
        var conflicts = await LikelyConflictsAsync(assessorId, candidate, cancellationToken);
        var title = await db.Missions.Where(m => m.Id == vacancy.MissionId).Select(m => m.Code).SingleAsync(cancellationToken);

        if (phase == AssessmentPhase.Declare)
        {
            // Nothing of the application opens before the declaration.
            return new AssessmentPage(application.Id, vacancy.Title, vacancy.Key, application.Stage, phase, conflicts, null, [], 0, [], vacancy.ScoringDeadlineUtc);
        }

        var revealed = await IsRevealedAsync(application, vacancy, cancellationToken);
        if (revealed && ApplicationStages.IsBlind(application.Stage))
        {
            await RecordRevealOnceAsync(assessorId, application, cancellationToken);
        }

        var competencies = await CompetenciesAsync(vacancy, application, mine, cancellationToken);
        var others = phase == AssessmentPhase.Submitted ? await OthersAsync(assessorId, application, cancellationToken) : [];
        return new AssessmentPage(
            application.Id, vacancy.Title, vacancy.Key, application.Stage, phase, conflicts,
            await CandidateViewAsync(candidate, application, revealed, cancellationToken),
            competencies, mine!.Version, others, vacancy.ScoringDeadlineUtc);
    }

    /// <summary>Declares no conflict (with a reason when one was flagged) or recuses; audited either way.</summary>
    public async Task DeclareAsync(string assessorId, int applicationId, bool hasConflict, string? reason, CancellationToken cancellationToken = default)
    {
        var context = await ContextAsync(assessorId, applicationId, tracked: true, cancellationToken)
            ?? throw new DomainRuleException("This application is not on your panels.");
        var (application, _, mine) = context;
        if (mine is not null)
        {
            throw new DomainRuleException("You have already made your declaration for this application.");
        }

        var candidate = await db.Candidates.AsNoTracking().SingleAsync(c => c.Id == application.CandidateId, cancellationToken);
        var flagged = (await LikelyConflictsAsync(assessorId, candidate, cancellationToken)).Count > 0;
        var assessment = new Assessment(application.Id, assessorId, application.Stage);
        var now = time.GetUtcNow().UtcDateTime;
        if (hasConflict)
        {
            assessment.Recuse(reason ?? string.Empty, now);
        }
        else
        {
            assessment.DeclareNoConflict(now, flagged, reason);
        }

        db.Assessments.Add(assessment);
        await audit.AddAsync(
            assessorId,
            hasConflict ? "AssessorRecused" : "NoConflictDeclared",
            "Application",
            application.Id.ToString(CultureInfo.InvariantCulture),
            hasConflict ? $"Stage {application.Stage}. Reason: {reason}" : flagged ? $"Stage {application.Stage}. Continued despite a flagged likely conflict: {reason}" : $"Stage {application.Stage}.",
            cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new DomainRuleException("You have already made your declaration for this application.");
        }
    }

    /// <summary>
    /// Saves the ratings (and submits when asked). Field problems come back keyed by field and nothing is saved.
    /// A form older than the stored assessment is refused, so no update is lost between tabs or devices.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, Sentence>> SaveAsync(string assessorId, int applicationId, ApplicationStage stage, int version, IReadOnlyDictionary<int, RatingInput> ratings, bool submit, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var context = await ContextAsync(assessorId, applicationId, tracked: true, cancellationToken)
            ?? throw new DomainRuleException("This application is not on your panels, or it has moved on from the stage you were scoring.");
        var (application, vacancy, mine) = context;
        if (application.Stage != stage)
        {
            throw new DomainRuleException("The application moved from {0} to {1} while you were scoring; your ratings were not saved. Reload the page to continue.", (Sentence)ApplicationStages.Label(stage), (Sentence)ApplicationStages.Label(application.Stage));
        }

        if (mine is null)
        {
            throw new DomainRuleException("Declare whether you have a conflict of interest before scoring.");
        }

        if (mine.Version != version)
        {
            throw new DomainRuleException("This assessment was changed since you opened it (perhaps in another tab). Reload the page to see the latest version; your unsaved ratings are still in this form.");
        }

        var errors = new Dictionary<string, Sentence>();
        foreach (var competency in vacancy.Competencies)
        {
            var input = ratings.GetValueOrDefault(competency.CompetencyId);
            if (input?.Rating is null)
            {
                if (!string.IsNullOrWhiteSpace(input?.Evidence))
                {
                    errors[RatingField(competency.CompetencyId)] = "Choose a rating for this evidence.";
                }

                continue;
            }

            if (!Domain.Competencies.RatingScale.IsValid(input.Rating.Value))
            {
                errors[RatingField(competency.CompetencyId)] = "A rating is from 1 (Unsatisfactory) to 5 (Outstanding).";
                continue;
            }

            if (string.IsNullOrWhiteSpace(input.Evidence))
            {
                errors[EvidenceField(competency.CompetencyId)] = "Give the evidence for this rating.";
                continue;
            }

            try
            {
                mine.Rate(competency.CompetencyId, input.Rating.Value, input.Evidence);
            }
            catch (DomainRuleException e)
            {
                errors[EvidenceField(competency.CompetencyId)] = e.Sentence;
            }
        }

        if (submit && errors.Count == 0)
        {
            foreach (var missing in vacancy.Competencies.Select(c => c.CompetencyId).Except(mine.Ratings.Select(r => r.CompetencyId)))
            {
                errors[RatingField(missing)] = "Rate this competency before submitting.";
            }
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return errors;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (submit)
        {
            mine.Submit(vacancy.Competencies.Select(c => c.CompetencyId).ToList(), now);
            await audit.AddAsync(assessorId, "RatingsSubmitted", "Application", application.Id.ToString(CultureInfo.InvariantCulture), $"Stage {mine.Stage}.", cancellationToken);
        }

        // Changing only the ratings rows leaves the assessment row untouched; mark it so its version rises.
        db.Entry(mine).Property(a => a.Version).IsModified = true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainRuleException("This assessment was changed since you opened it. Reload the page to see the latest version.");
        }

        return errors;
    }

    private async Task<(CandidateApplication Application, Vacancy Vacancy, Assessment? Mine)?> ContextAsync(string assessorId, int applicationId, bool tracked, CancellationToken cancellationToken)
    {
        var applications = tracked ? db.Applications : db.Applications.AsNoTracking();
        var application = await applications.Include(a => a.CompetencyStatements).SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null || !ApplicationStages.IsScored(application.Stage))
        {
            return null;
        }

        var vacancy = await db.Vacancies.AsNoTracking().Include(v => v.Competencies).Include(v => v.Panel)
            .SingleAsync(v => v.Id == application.VacancyId, cancellationToken);
        if (!vacancy.HasOnPanel(assessorId))
        {
            return null;
        }

        var assessments = tracked ? db.Assessments : db.Assessments.AsNoTracking();
        var mineAtAnyStage = await assessments.Include(a => a.Ratings).Where(a => a.ApplicationId == applicationId && a.AssessorId == assessorId).ToListAsync(cancellationToken);

        // A recusal at any stage hides the application from that assessor for good.
        if (mineAtAnyStage.Any(a => a.Conflict == ConflictDeclaration.Recused))
        {
            return null;
        }

        return (application, vacancy, mineAtAnyStage.SingleOrDefault(a => a.Stage == application.Stage));
    }

    private async Task<IReadOnlyList<string>> LikelyConflictsAsync(string assessorId, CandidateProfile candidate, CancellationToken cancellationToken)
    {
        var nationality = await db.Users.Where(u => u.Id == assessorId).Select(u => u.NationalityId).SingleAsync(cancellationToken);
        var flags = new List<string>();
        if (nationality is null)
        {
            return flags;
        }

        if (nationality == candidate.NationalityId)
        {
            flags.Add("You share the candidate's nationality.");
        }

        if (nationality == candidate.Nomination?.NominatingStateId)
        {
            flags.Add("You are a national of the Member State that nominated the candidate.");
        }

        return flags;
    }

    /// <summary>At a blind stage, identities open to the panel once every panel member who has not recused has submitted.</summary>
    private async Task<bool> IsRevealedAsync(CandidateApplication application, Vacancy vacancy, CancellationToken cancellationToken)
    {
        if (!ApplicationStages.IsBlind(application.Stage))
        {
            return true;
        }

        var assessments = await db.Assessments.AsNoTracking()
            .Where(a => a.ApplicationId == application.Id)
            .Select(a => new { a.AssessorId, a.Stage, a.Conflict, a.SubmittedAtUtc })
            .ToListAsync(cancellationToken);
        return vacancy.Panel.All(p =>
            assessments.Any(a => a.AssessorId == p.AssessorId && a.Conflict == ConflictDeclaration.Recused) ||
            assessments.Any(a => a.AssessorId == p.AssessorId && a.Stage == application.Stage && a.SubmittedAtUtc != null));
    }

    private async Task RecordRevealOnceAsync(string assessorId, CandidateApplication application, CancellationToken cancellationToken)
    {
        var entityId = application.Id.ToString(CultureInfo.InvariantCulture);
        var details = $"Stage {application.Stage}.";
        if (!await db.AuditEvents.AnyAsync(e => e.Action == "IdentityRevealed" && e.ActorUserId == assessorId && e.EntityId == entityId && e.Details == details, cancellationToken))
        {
            await audit.AddAsync(assessorId, "IdentityRevealed", "Application", entityId, details, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task<CandidateView> CandidateViewAsync(CandidateProfile c, CandidateApplication application, bool revealed, CancellationToken cancellationToken)
    {
        string? nationality = null;
        string? nominatingState = null;
        if (revealed)
        {
            var ids = new[] { c.NationalityId, c.Nomination?.NominatingStateId }.OfType<int>().ToList();
            var names = await db.MemberStates.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
            nationality = c.NationalityId is { } n ? names.GetValueOrDefault(n) : null;
            nominatingState = c.Nomination?.NominatingStateId is { } s2 ? names.GetValueOrDefault(s2) : c.Nomination?.Kind == NominationKind.Self ? "Self-nominated" : null;
        }

        return new CandidateView(
            application.CandidateCode,
            revealed,
            revealed ? c.FullName : null,
            nationality,
            nominatingState,
            revealed ? c.CurrentPost : null,
            c.YearsInSeniorPosts,
            c.Languages,
            c.Regions,
            c.MandateAreas,
            c.FieldMissions,
            c.Education,
            application.Statement);
    }

    private async Task<IReadOnlyList<ScoringCompetencyView>> CompetenciesAsync(Vacancy vacancy, CandidateApplication application, Assessment? mine, CancellationToken cancellationToken)
    {
        var ids = vacancy.Competencies.Select(c => c.CompetencyId).ToList();
        var competencies = await db.Competencies.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        return vacancy.Competencies.OrderByDescending(c => c.Weight).Select(vc =>
        {
            var c = competencies[vc.CompetencyId];
            var rating = mine?.Ratings.FirstOrDefault(r => r.CompetencyId == vc.CompetencyId);
            return new ScoringCompetencyView(
                c.Id, c.Name, c.Description, c.Indicators, c.LevelDescriptors, vc.Weight, vc.MinimumRating,
                application.CompetencyStatements.FirstOrDefault(s => s.CompetencyId == c.Id)?.Text,
                rating?.Rating,
                rating?.Evidence);
        }).ToList();
    }

    private async Task<IReadOnlyList<OtherAssessorRatings>> OthersAsync(string assessorId, CandidateApplication application, CancellationToken cancellationToken)
    {
        var others = await (
            from a in db.Assessments.AsNoTracking().Include(a => a.Ratings)
            where a.ApplicationId == application.Id && a.Stage == application.Stage && a.AssessorId != assessorId
                  && a.SubmittedAtUtc != null && a.Conflict == ConflictDeclaration.NoConflict
            join u in db.Users on a.AssessorId equals u.Id
            orderby u.DisplayName
            select new { u.DisplayName, a.Ratings })
            .ToListAsync(cancellationToken);
        return others.Select(o => new OtherAssessorRatings(
            o.DisplayName,
            o.Ratings.ToDictionary(r => r.CompetencyId, r => new RatingWithEvidence(r.Rating, r.Evidence)))).ToList();
    }
}
