using LeadershipPortal.Web.Features.Localization;
using System.Security.Claims;
using System.Security.Cryptography;
using Hangfire;
using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Assessments;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Dossiers;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Audit;
using LeadershipPortal.Web.Identity;
using LeadershipPortal.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.Dossiers;

/// <summary>The outcome of a request: the queued request ids, or why nothing was queued.</summary>
public sealed record DossierRequestResult(IReadOnlyList<int> Queued, Sentence? Error)
{
    public bool Succeeded => Error is null;

    public static DossierRequestResult Refused(Sentence error) => new([], error);
}

public sealed record DossierRow(
    int Id,
    DossierKind Kind,
    int TargetId,
    string Target,
    DossierStatus Status,
    string? FailureReason,
    int Attempts,
    DateTime RequestedAtUtc,
    DateTime? CompletedAtUtc,
    int? PageCount,
    long? SizeBytes,
    string? Sha256,
    string RequestedBy);

public sealed record DossierTargetOption(int Id, string Label, string Group);

public sealed record DossierTargets(IReadOnlyList<DossierTargetOption> Applications, IReadOnlyList<DossierTargetOption> Vacancies);

/// <summary>The answer of the verify page: whether we issued a file with this SHA-256, for what and when.</summary>
public sealed record DossierVerification(string Sha256, DossierRow? Issued);

public abstract record DossierDownload
{
    public sealed record File(Stream Content, string FileName) : DossierDownload;

    /// <summary>The stored file no longer matches the SHA-256 recorded when it was issued.</summary>
    public sealed record Altered(string Message) : DossierDownload;
}

/// <summary>
/// HR's dossier requests: checked, saved as Queued, then enqueued by id for <see cref="DossierJob"/>; listing,
/// cancelling, regenerating, audited downloads that re-check the file's hash, and verification of a file.
/// </summary>
public sealed class DossierRequests(PortalDbContext db, IBackgroundJobClient jobs, IDossierStore store, AuditLog audit, TimeProvider time)
{
    public async Task<DossierRequestResult> RequestCandidateAsync(string userId, int applicationId, CancellationToken cancellationToken = default)
    {
        var application = await db.Applications.AsNoTracking().Where(a => a.Id == applicationId && a.Stage != ApplicationStage.Draft)
            .Select(a => new { a.Id, a.CandidateCode }).SingleOrDefaultAsync(cancellationToken);
        if (application is null)
        {
            return DossierRequestResult.Refused(new("There is no application {0}.", applicationId));
        }

        if (!await HasSubmittedAssessmentAsync([applicationId], cancellationToken))
        {
            return DossierRequestResult.Refused(new("Application {0} has no submitted assessment yet; a dossier needs the panel's ratings.", application.CandidateCode));
        }

        return await QueueAsync(userId, [new DossierRequest(DossierKind.Candidate, applicationId, userId, Now, PortalCultures.Current)], cancellationToken);
    }

    public async Task<DossierRequestResult> RequestVacancyAsync(string userId, int vacancyId, CancellationToken cancellationToken = default)
    {
        if (!await db.Vacancies.AnyAsync(v => v.Id == vacancyId, cancellationToken))
        {
            return DossierRequestResult.Refused(new("There is no vacancy {0}.", vacancyId));
        }

        var applicationIds = await db.Applications.Where(a => a.VacancyId == vacancyId).Select(a => a.Id).ToListAsync(cancellationToken);
        if (!await HasSubmittedAssessmentAsync(applicationIds, cancellationToken))
        {
            return DossierRequestResult.Refused("No application of this vacancy has a submitted assessment yet; there is nothing to compare.");
        }

        return await QueueAsync(userId, [new DossierRequest(DossierKind.Vacancy, vacancyId, userId, Now, PortalCultures.Current)], cancellationToken);
    }

    /// <summary>One candidate dossier for every shortlisted application of the vacancy; all or nothing.</summary>
    public async Task<DossierRequestResult> RequestShortlistAsync(string userId, int vacancyId, CancellationToken cancellationToken = default)
    {
        if (!await db.Vacancies.AnyAsync(v => v.Id == vacancyId, cancellationToken))
        {
            return DossierRequestResult.Refused(new("There is no vacancy {0}.", vacancyId));
        }

        var shortlisted = await db.Applications.Where(a => a.VacancyId == vacancyId && a.Stage == ApplicationStage.Shortlisted)
            .Select(a => new { a.Id, a.CandidateCode }).ToListAsync(cancellationToken);
        if (shortlisted.Count == 0)
        {
            return DossierRequestResult.Refused("Nobody is shortlisted for this vacancy.");
        }

        var scored = await ScoredAsync(shortlisted.Select(a => a.Id).ToList(), cancellationToken);
        var unscored = shortlisted.Where(a => !scored.Contains(a.Id)).Select(a => a.CandidateCode).ToList();
        if (unscored.Count > 0)
        {
            return DossierRequestResult.Refused(new("These shortlisted applications have no submitted assessment: {0}. Nothing was requested.", string.Join(", ", unscored)));
        }

        return await QueueAsync(userId, shortlisted.Select(a => new DossierRequest(DossierKind.Candidate, a.Id, userId, Now, PortalCultures.Current)).ToList(), cancellationToken);
    }

    public async Task<Sentence?> CancelAsync(string userId, int id, CancellationToken cancellationToken = default)
    {
        var request = await db.DossierRequests.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return "There is no such dossier request.";
        }

        try
        {
            request.Cancel(Now);
            await audit.AddAsync(userId, "DossierCancelled", nameof(DossierRequest), Key(id), $"{request.Kind} {request.TargetId}", cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DomainRuleException e)
        {
            return e.Sentence;
        }
        catch (DbUpdateConcurrencyException)
        {
            return "The job started building this dossier just now; it can no longer be cancelled.";
        }
    }

    public async Task<DossierRequestResult> RegenerateAsync(string userId, int id, CancellationToken cancellationToken = default)
    {
        var request = await db.DossierRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return DossierRequestResult.Refused("There is no such dossier request.");
        }

        try
        {
            var next = request.Regenerate(userId, Now);
            return next.Kind == DossierKind.Candidate
                ? await RequestCandidateAsync(userId, next.TargetId, cancellationToken)
                : await RequestVacancyAsync(userId, next.TargetId, cancellationToken);
        }
        catch (DomainRuleException e)
        {
            return DossierRequestResult.Refused(e.Sentence);
        }
    }

    /// <summary>What HR can ask a dossier for: sent applications (grouped by vacancy) and vacancies.</summary>
    public async Task<DossierTargets> TargetsAsync(CancellationToken cancellationToken = default)
    {
        var applications = await (
            from a in db.Applications
            where a.Stage != ApplicationStage.Draft
            join c in db.Candidates on a.CandidateId equals c.Id
            join v in db.Vacancies on a.VacancyId equals v.Id
            orderby v.Key, c.FullName
            select new { a.Id, c.FullName, a.CandidateCode, a.Stage, v.Key, v.Title })
            .ToListAsync(cancellationToken);
        var vacancies = await db.Vacancies.OrderBy(v => v.Key).Select(v => new { v.Id, v.Key, v.Title }).ToListAsync(cancellationToken);
        return new DossierTargets(
            applications.Select(a => new DossierTargetOption(a.Id, $"{a.FullName} ({a.CandidateCode}, {ApplicationStages.Label(a.Stage)})", $"{a.Key}: {a.Title}")).ToList(),
            vacancies.Select(v => new DossierTargetOption(v.Id, $"{v.Key}: {v.Title}", string.Empty)).ToList());
    }

    /// <summary>The latest requests, newest first, optionally only <paramref name="ids"/> (for the live status poll).</summary>
    public async Task<IReadOnlyList<DossierRow>> ListAsync(IReadOnlyCollection<int>? ids = null, int take = 100, CancellationToken cancellationToken = default)
    {
        var query = db.DossierRequests.AsNoTracking();
        if (ids is not null)
        {
            query = query.Where(r => ids.Contains(r.Id));
        }

        var requests = await query.OrderByDescending(r => r.Id).Take(take).ToListAsync(cancellationToken);
        return await RowsAsync(requests, cancellationToken);
    }

    /// <summary>Opens a Ready dossier for HR or Admin, after checking the stored file still has its recorded SHA-256. Audited.</summary>
    public async Task<DossierDownload?> OpenAsync(ClaimsPrincipal user, int id, CancellationToken cancellationToken = default)
    {
        if (!(user.IsInRole(Roles.HR) || user.IsInRole(Roles.Admin)))
        {
            return null;
        }

        var request = await db.DossierRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.Status == DossierStatus.Ready, cancellationToken);
        if (request?.FileKey is null)
        {
            return null;
        }

        var content = await store.OpenReadAsync(request.FileKey, cancellationToken);
        if (content is null)
        {
            return new DossierDownload.Altered("The stored file of this dossier is missing. Regenerate it.");
        }

        var copy = new MemoryStream();
        await using (content)
        {
            await content.CopyToAsync(copy, cancellationToken);
        }

        var actual = Convert.ToHexStringLower(SHA256.HashData(copy.GetBuffer().AsSpan(0, (int)copy.Length)));
        var userId = user.RequiredUserId();
        if (actual != request.Sha256)
        {
            await audit.AddAsync(userId, "DossierTamperDetected", nameof(DossierRequest), Key(id), $"Recorded SHA-256 {request.Sha256}; stored file {actual}", cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return new DossierDownload.Altered("The stored file no longer matches the fingerprint recorded when it was issued, so it is not served. Regenerate the dossier and tell the system owners.");
        }

        await audit.AddAsync(userId, "DossierDownloaded", nameof(DossierRequest), Key(id), $"{request.Kind} {request.TargetId}; SHA-256 {request.Sha256}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        copy.Position = 0;
        return new DossierDownload.File(copy, $"dossier-{request.Kind.ToString().ToLowerInvariant()}-{request.TargetId}-{request.Id}.pdf");
    }

    /// <summary>Finds the issued dossier with this SHA-256 (64 hex characters, any case), if any.</summary>
    public async Task<DossierVerification> VerifyAsync(string sha256, CancellationToken cancellationToken = default)
    {
        var hash = sha256.Trim().ToLowerInvariant();
        var request = await db.DossierRequests.AsNoTracking().Where(r => r.Sha256 == hash).OrderBy(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        return new DossierVerification(hash, request is null ? null : (await RowsAsync([request], cancellationToken))[0]);
    }

    public static bool IsSha256(string? value) => value is { } v && v.Trim().Length == 64 && v.Trim().All(Uri.IsHexDigit);

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private static string Key(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<bool> HasSubmittedAssessmentAsync(IReadOnlyCollection<int> applicationIds, CancellationToken cancellationToken) =>
        (await ScoredAsync(applicationIds, cancellationToken)).Count > 0;

    private async Task<HashSet<int>> ScoredAsync(IReadOnlyCollection<int> applicationIds, CancellationToken cancellationToken) =>
        (await db.Assessments
            .Where(a => applicationIds.Contains(a.ApplicationId) && a.SubmittedAtUtc != null && a.Conflict == ConflictDeclaration.NoConflict)
            .Select(a => a.ApplicationId).Distinct().ToListAsync(cancellationToken)).ToHashSet();

    /// <summary>Saves the rows as Queued with their audit events, then enqueues one job per row (a lost enqueue is redone at start-up).</summary>
    private async Task<DossierRequestResult> QueueAsync(string userId, IReadOnlyList<DossierRequest> requests, CancellationToken cancellationToken)
    {
        db.DossierRequests.AddRange(requests);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var request in requests)
        {
            await audit.AddAsync(userId, "DossierRequested", nameof(DossierRequest), Key(request.Id), $"{request.Kind} {request.TargetId}", cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var request in requests)
        {
            jobs.Enqueue<DossierJob>(job => job.RunAsync(request.Id, CancellationToken.None));
        }

        return new DossierRequestResult(requests.Select(r => r.Id).ToList(), null);
    }

    private async Task<List<DossierRow>> RowsAsync(IReadOnlyList<DossierRequest> requests, CancellationToken cancellationToken)
    {
        var applicationIds = requests.Where(r => r.Kind == DossierKind.Candidate).Select(r => r.TargetId).ToList();
        var vacancyIds = requests.Where(r => r.Kind == DossierKind.Vacancy).Select(r => r.TargetId).ToList();
        var userIds = requests.Select(r => r.RequestedByUserId).Distinct().ToList();
        var applications = await (
            from a in db.Applications
            where applicationIds.Contains(a.Id)
            join c in db.Candidates on a.CandidateId equals c.Id
            join v in db.Vacancies on a.VacancyId equals v.Id
            select new { a.Id, Label = c.FullName + " (" + a.CandidateCode + "), " + v.Key })
            .ToDictionaryAsync(a => a.Id, a => a.Label, cancellationToken);
        var vacancies = await db.Vacancies.Where(v => vacancyIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Title + " (" + v.Key + ")", cancellationToken);
        var users = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return requests.Select(r => new DossierRow(
            r.Id,
            r.Kind,
            r.TargetId,
            (r.Kind == DossierKind.Candidate ? applications.GetValueOrDefault(r.TargetId) : vacancies.GetValueOrDefault(r.TargetId)) ?? $"{r.Kind} {r.TargetId} (no longer exists)",
            r.Status,
            r.FailureReason,
            r.Attempts,
            r.RequestedAtUtc,
            r.CompletedAtUtc,
            r.PageCount,
            r.SizeBytes,
            r.Sha256,
            users.GetValueOrDefault(r.RequestedByUserId, "A former user"))).ToList();
    }
}
