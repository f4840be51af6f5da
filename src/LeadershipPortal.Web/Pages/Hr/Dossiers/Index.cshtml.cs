using LeadershipPortal.Domain.Dossiers;
using LeadershipPortal.Web.Features.Dossiers;
using LeadershipPortal.Web.Features.Localization;
using LeadershipPortal.Web.Identity;
using LeadershipPortal.Web.Setup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Pages.Hr.Dossiers;

/// <summary>Request candidate and vacancy dossiers, follow their status (live, see wwwroot/js/dossiers.js), download, cancel, regenerate.</summary>
[EnableRateLimiting(RateLimits.Dossiers)]
public sealed class IndexModel(DossierRequests dossiers, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public DossierTargets Targets { get; private set; } = new([], []);

    public IReadOnlyList<DossierRow> Rows { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public int? ApplicationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? VacancyId { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostCandidateAsync(CancellationToken cancellationToken) =>
        ApplicationId is { } id
            ? ResultAsync(dossiers.RequestCandidateAsync(User.RequiredUserId(), id, cancellationToken), nameof(ApplicationId), cancellationToken)
            : InvalidAsync(nameof(ApplicationId), localizer["Choose an application."], cancellationToken);

    public Task<IActionResult> OnPostVacancyAsync(CancellationToken cancellationToken) =>
        VacancyId is { } id
            ? ResultAsync(dossiers.RequestVacancyAsync(User.RequiredUserId(), id, cancellationToken), nameof(VacancyId), cancellationToken)
            : InvalidAsync(nameof(VacancyId), localizer["Choose a vacancy."], cancellationToken);

    public Task<IActionResult> OnPostShortlistAsync(CancellationToken cancellationToken) =>
        VacancyId is { } id
            ? ResultAsync(dossiers.RequestShortlistAsync(User.RequiredUserId(), id, cancellationToken), nameof(VacancyId), cancellationToken)
            : InvalidAsync(nameof(VacancyId), localizer["Choose a vacancy."], cancellationToken);

    public async Task<IActionResult> OnPostCancelAsync(int id, CancellationToken cancellationToken)
    {
        var error = await dossiers.CancelAsync(User.RequiredUserId(), id, cancellationToken);
        StatusMessage = error is null ? localizer["The dossier request was cancelled."] : localizer["Error: {0}", localizer.Say(error)];
        return RedirectToPage();
    }

    public Task<IActionResult> OnPostRegenerateAsync(int id, CancellationToken cancellationToken) =>
        ResultAsync(dossiers.RegenerateAsync(User.RequiredUserId(), id, cancellationToken), string.Empty, cancellationToken);

    /// <summary>The small JSON the page polls while requests are queued or running.</summary>
    public async Task<IActionResult> OnGetStatusAsync([FromQuery] int[] ids, CancellationToken cancellationToken)
    {
        var rows = await dossiers.ListAsync(ids.Take(100).ToList(), cancellationToken: cancellationToken);
        return new JsonResult(rows.Select(r => new
        {
            r.Id,
            Status = r.Status.ToString(),
            Settled = r.Status is not (DossierStatus.Queued or DossierStatus.Running),
            r.FailureReason,
            r.PageCount,
            r.Sha256,
            DownloadUrl = r.Status == DossierStatus.Ready ? Url.Page("/Dossiers/Download", new { id = r.Id }) : null,
        }));
    }

    private async Task<IActionResult> ResultAsync(Task<DossierRequestResult> request, string field, CancellationToken cancellationToken)
    {
        var result = await request;
        if (!result.Succeeded)
        {
            return await InvalidAsync(field, localizer.Say(result.Error!), cancellationToken);
        }

        StatusMessage = result.Queued.Count == 1 ? localizer["The dossier is queued; its status updates below."] : localizer["{0} dossiers are queued; their status updates below.", result.Queued.Count];
        return RedirectToPage();
    }

    private async Task<IActionResult> InvalidAsync(string field, string message, CancellationToken cancellationToken)
    {
        ModelState.AddModelError(field, message);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Targets = await dossiers.TargetsAsync(cancellationToken);
        Rows = await dossiers.ListAsync(cancellationToken: cancellationToken);
    }
}
