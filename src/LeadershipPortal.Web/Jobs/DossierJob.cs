using System.Security.Cryptography;
using Hangfire;
using LeadershipPortal.Domain.Dossiers;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Dossiers;
using LeadershipPortal.Web.Features.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Jobs;

/// <summary>
/// Builds one dossier. Takes only the request's id and is safe to run twice: it reloads the request, leaves a
/// Ready or Cancelled one alone, and always writes the same file key, so a re-run replaces rather than adds.
/// A failure is recorded on the request with its reason; Hangfire retries it, and the last failure stays.
/// The dossier is written in the language of the HR user who requested it (<see cref="DossierRequest.Language"/>).
/// </summary>
public sealed partial class DossierJob(
    PortalDbContext db,
    DossierModelBuilder models,
    IDossierRenderer renderer,
    IDossierStore store,
    TimeProvider time,
    IStringLocalizer<DossierResource> text,
    ILogger<DossierJob> logger)
{
    [AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task RunAsync(int requestId, CancellationToken cancellationToken)
    {
        var request = await db.DossierRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null || request.IsSettled)
        {
            return;
        }

        request.Start(Now);
        await db.SaveChangesAsync(cancellationToken);

        // The job thread takes the requester's culture for this build only, and gives its own back after.
        using var language = PortalCultures.Use(request.Language);
        using var texts = DossierText.Use(text);
        try
        {
            var issuedBy = await db.Users.Where(u => u.Id == request.RequestedByUserId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken) ?? "HR";
            DossierModel model = request.Kind switch
            {
                DossierKind.Candidate => await models.CandidateAsync(request.TargetId, issuedBy, Now, cancellationToken)
                    ?? throw new DossierTargetGoneException(DossierFailures.ApplicationGone),
                _ => await models.VacancyAsync(request.TargetId, issuedBy, Now, cancellationToken)
                    ?? throw new DossierTargetGoneException(DossierFailures.VacancyGone),
            };

            var rendered = renderer.Render(model);
            var key = FileSystemDossierStore.KeyFor(request.Id);
            await store.SaveAsync(key, rendered.Content, cancellationToken);
            request.Complete(key, rendered.Content.LongLength, rendered.PageCount, Convert.ToHexStringLower(SHA256.HashData(rendered.Content)), Now);
            await db.SaveChangesAsync(cancellationToken);
            Built(logger, request.Id, rendered.PageCount);
        }
        catch (DossierTargetGoneException e)
        {
            // Retrying cannot bring the application back: fail once, for good.
            await FailAsync(request, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await FailAsync(request, DossierFailures.NotBuilt(e.Message));
            throw;
        }
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private async Task FailAsync(DossierRequest request, string reason)
    {
        NotBuilt(logger, request.Id, reason);

        // The unit of work may hold a half-made change; only the failure is saved.
        db.ChangeTracker.Clear();
        var fresh = await db.DossierRequests.SingleAsync(r => r.Id == request.Id, CancellationToken.None);
        if (!fresh.IsSettled)
        {
            fresh.Fail(reason, Now);
            await db.SaveChangesAsync(CancellationToken.None);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dossier request {RequestId} built: {Pages} pages")]
    private static partial void Built(ILogger logger, int requestId, int pages);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dossier request {RequestId} failed: {Reason}")]
    private static partial void NotBuilt(ILogger logger, int requestId, string reason);
}

/// <summary>The application or vacancy of a request is gone; retrying cannot help.</summary>
public sealed class DossierTargetGoneException(string message) : Exception(message);
