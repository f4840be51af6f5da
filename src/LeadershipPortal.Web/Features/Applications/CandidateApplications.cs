using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Vacancies;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.Applications;

public sealed record ApplyCompetency(int CompetencyId, string Name, string Description, IReadOnlyList<string> Indicators, int Weight, string? Statement);

public sealed record ApplyForm(
    int VacancyId,
    string VacancyTitle,
    string VacancyKey,
    string MissionCode,
    DateTime ClosesAtUtc,
    bool IsOpen,
    int? ApplicationId,
    ApplicationStage? Stage,
    string? Vision,
    IReadOnlyList<ApplyCompetency> Competencies,
    ProfileCompleteness Profile)
{
    /// <summary>What stands between this draft and submission, in the candidate's words.</summary>
    public IReadOnlyList<string> MissingForSubmission =>
    [
        .. Profile.Missing.Select(m => $"Profile: {m}"),
        .. string.IsNullOrWhiteSpace(Vision) ? new[] { "Your vision statement" } : [],
        .. Competencies.Where(c => string.IsNullOrWhiteSpace(c.Statement)).Select(c => $"A statement for {c.Name}"),
    ];
}

/// <summary>The texts a candidate writes: the vision statement and one statement per assessed competency.</summary>
public sealed record ApplicationTexts(string? Vision, IReadOnlyDictionary<int, string?> Statements);

/// <summary>The outcome of saving: field problems keyed by field (nothing saved), or the application's id.</summary>
public sealed record ApplyResult(int? ApplicationId, IReadOnlyDictionary<string, Sentence> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// A candidate's own applications: draft, submit, delete a draft. Every method finds the candidate from the
/// signed-in user, so no id can reach someone else's application.
/// </summary>
public sealed class CandidateApplications(PortalDbContext db, AuditLog audit, CandidateNotifier notifier, TimeProvider time)
{
    public const string VisionField = "Vision";

    public static string StatementField(int competencyId) => $"Statements[{competencyId}]";

    /// <summary>The form for a published vacancy, with the candidate's draft if any; null for drafts and unknown ids.</summary>
    public async Task<ApplyForm?> LoadAsync(string userId, int vacancyId, CancellationToken cancellationToken = default)
    {
        var vacancy = await db.Vacancies.AsNoTracking().Include(v => v.Competencies)
            .SingleOrDefaultAsync(v => v.Id == vacancyId && v.Status != VacancyStatus.Draft, cancellationToken);
        if (vacancy is null)
        {
            return null;
        }

        var candidate = await CandidateAsync(userId, cancellationToken);
        var application = candidate is null ? null : await db.Applications.AsNoTracking().Include(a => a.CompetencyStatements)
            .SingleOrDefaultAsync(a => a.VacancyId == vacancyId && a.CandidateId == candidate.Id, cancellationToken);
        var missionCode = await db.Missions.Where(m => m.Id == vacancy.MissionId).Select(m => m.Code).SingleAsync(cancellationToken);
        var ids = vacancy.Competencies.Select(c => c.CompetencyId).ToList();
        var competencies = await db.Competencies.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var hasCv = candidate is not null && await db.CandidateDocuments.AnyAsync(d => d.CandidateId == candidate.Id && d.Kind == DocumentKind.Cv, cancellationToken);

        return new ApplyForm(
            vacancy.Id,
            vacancy.Title,
            vacancy.Key,
            missionCode,
            vacancy.ClosesAtUtc,
            vacancy.IsOpenForApplications(time.GetUtcNow().UtcDateTime),
            application?.Id,
            application?.Stage,
            application?.Statement,
            vacancy.Competencies.OrderByDescending(c => c.Weight).Select(c => new ApplyCompetency(
                c.CompetencyId,
                competencies[c.CompetencyId].Name,
                competencies[c.CompetencyId].Description,
                competencies[c.CompetencyId].Indicators,
                c.Weight,
                application?.CompetencyStatements.FirstOrDefault(s => s.CompetencyId == c.CompetencyId)?.Text)).ToList(),
            candidate is null ? ProfileCompleteness.Evaluate(new CandidateProfile(userId, "-"), false) : ProfileCompleteness.Evaluate(candidate, hasCv));
    }

    public Task<ApplyResult> SaveDraftAsync(string userId, int vacancyId, ApplicationTexts texts, CancellationToken cancellationToken = default) =>
        SaveAsync(userId, vacancyId, texts, submit: false, isRetry: false, cancellationToken);

    public Task<ApplyResult> SubmitAsync(string userId, int vacancyId, ApplicationTexts texts, CancellationToken cancellationToken = default) =>
        SaveAsync(userId, vacancyId, texts, submit: true, isRetry: false, cancellationToken);

    /// <summary>Deletes one of the candidate's own drafts; anything else is "not found".</summary>
    public async Task<bool> DeleteDraftAsync(string userId, int applicationId, CancellationToken cancellationToken = default)
    {
        var candidate = await CandidateAsync(userId, cancellationToken);
        var draft = candidate is null ? null : await db.Applications
            .SingleOrDefaultAsync(a => a.Id == applicationId && a.CandidateId == candidate.Id && a.Stage == ApplicationStage.Draft, cancellationToken);
        if (draft is null)
        {
            return false;
        }

        db.Applications.Remove(draft);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Withdraws one of the candidate's own submitted applications, audited and confirmed by email.</summary>
    public async Task<bool> WithdrawAsync(string userId, int applicationId, CancellationToken cancellationToken = default)
    {
        var candidate = await CandidateAsync(userId, cancellationToken);
        var application = candidate is null ? null : await db.Applications.Include(a => a.History)
            .SingleOrDefaultAsync(a => a.Id == applicationId && a.CandidateId == candidate.Id, cancellationToken);
        if (application is null)
        {
            return false;
        }

        var from = application.Stage;
        application.Withdraw(userId, time.GetUtcNow().UtcDateTime);
        await audit.AddAsync(userId, "ApplicationWithdrawn", "Application", application.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Withdrawn at stage {from}.", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await notifier.StageChangedAsync(application.Id, from, ApplicationStage.Withdrawn, cancellationToken);
        return true;
    }

    private async Task<ApplyResult> SaveAsync(string userId, int vacancyId, ApplicationTexts texts, bool submit, bool isRetry, CancellationToken cancellationToken)
    {
        var candidate = await CandidateAsync(userId, cancellationToken)
            ?? throw new DomainRuleException("Complete your profile before you apply.");
        var vacancy = await db.Vacancies.AsNoTracking().Include(v => v.Competencies)
            .SingleOrDefaultAsync(v => v.Id == vacancyId && v.Status != VacancyStatus.Draft, cancellationToken)
            ?? throw new DomainRuleException("This vacancy is not open for applications.");
        var now = time.GetUtcNow().UtcDateTime;
        if (!vacancy.IsOpenForApplications(now))
        {
            throw new DomainRuleException(now >= vacancy.ClosesAtUtc
                ? new Sentence("The vacancy closed on {0:d MMMM yyyy, HH:mm} UTC; applications can no longer be saved or submitted.", vacancy.ClosesAtUtc)
                : "This vacancy is not open for applications yet.");
        }

        var application = await db.Applications.Include(a => a.CompetencyStatements).Include(a => a.History)
            .SingleOrDefaultAsync(a => a.VacancyId == vacancyId && a.CandidateId == candidate.Id, cancellationToken);
        if (application is { Stage: not ApplicationStage.Draft })
        {
            throw new DomainRuleException("You have already submitted this application; its text is frozen.");
        }

        application ??= db.Applications.Add(new CandidateApplication(vacancyId, candidate.Id, now)).Entity;
        var errors = Write(application, vacancy, texts);
        if (errors.Count > 0)
        {
            // Nothing is saved half-way: the tracked changes are dropped with this unit of work.
            db.ChangeTracker.Clear();
            return new ApplyResult(null, errors);
        }

        var required = vacancy.Competencies.Select(c => c.CompetencyId).ToList();
        if (submit)
        {
            var hasCv = await db.CandidateDocuments.AnyAsync(d => d.CandidateId == candidate.Id && d.Kind == DocumentKind.Cv, cancellationToken);
            var completeness = ProfileCompleteness.Evaluate(candidate, hasCv);
            errors = MissingForSubmission(application, required, completeness);
            if (errors.Count > 0)
            {
                db.ChangeTracker.Clear();
                return new ApplyResult(null, errors);
            }

            application.Submit(now, vacancy.ClosesAtUtc, userId, required);
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            if (!await TrySaveAsync(cancellationToken))
            {
                // The same form arrived twice at once and the other request created the application:
                // start again once, now finding that application.
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return isRetry
                    ? throw new DomainRuleException("Your application could not be saved; please try again.")
                    : await SaveAsync(userId, vacancyId, texts, submit, isRetry: true, cancellationToken);
            }

            if (submit)
            {
                await audit.AddAsync(userId, "ApplicationSubmitted", "Application", application.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{vacancy.Key}, candidate code {application.CandidateCode}.", cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        if (submit)
        {
            await notifier.SubmittedAsync(application.Id, cancellationToken);
        }

        return new ApplyResult(application.Id, new Dictionary<string, Sentence>());
    }

    private static Dictionary<string, Sentence> Write(CandidateApplication application, Vacancy vacancy, ApplicationTexts texts)
    {
        var errors = new Dictionary<string, Sentence>();
        Try(errors, VisionField, () => application.WriteStatement(texts.Vision));
        foreach (var competency in vacancy.Competencies)
        {
            var text = texts.Statements.GetValueOrDefault(competency.CompetencyId);
            Try(errors, StatementField(competency.CompetencyId), () => application.WriteCompetencyStatement(competency.CompetencyId, text));
        }

        return errors;
    }

    private static Dictionary<string, Sentence> MissingForSubmission(CandidateApplication application, IReadOnlyCollection<int> required, ProfileCompleteness completeness)
    {
        var errors = new Dictionary<string, Sentence>();
        if (string.IsNullOrWhiteSpace(application.Statement))
        {
            errors[VisionField] = "Write your vision statement before submitting.";
        }

        foreach (var id in application.CompetenciesWithoutStatement(required))
        {
            errors[StatementField(id)] = "Write a statement for this competency before submitting.";
        }

        if (!completeness.IsComplete)
        {
            errors[string.Empty] = new("Complete your profile before submitting. Still missing: {0}.", new SentenceList(completeness.Missing.Select(Sentence.FromString)));
        }

        return errors;
    }

    private static void Try(Dictionary<string, Sentence> errors, string field, Action write)
    {
        try
        {
            write();
        }
        catch (DomainRuleException e)
        {
            errors[field] = e.Sentence;
        }
    }

    private async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (e.InnerException is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 }
            or Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            return false;
        }
    }

    private Task<CandidateProfile?> CandidateAsync(string userId, CancellationToken cancellationToken) =>
        db.Candidates.SingleOrDefaultAsync(c => c.UserId == userId, cancellationToken);
}
