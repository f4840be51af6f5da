using System.Globalization;
using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Web.Features.Common;
using LeadershipPortal.Web.Features.Selection;
using LeadershipPortal.Web.Features.Localization;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Pages.Hr.Vacancies;

public sealed class RankingModel(RankingService ranking, SelectionDecisions decisions, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>Rows shown per page: the ranking is computed over the whole vacancy, but a page renders one slice of it.</summary>
    public const int PageSize = 50;

    // This view's URL with "open=" to follow (see OpenUrl): routed once per request rather than once per row.
    private string? thisView;

    public RankingView View { get; private set; } = null!;

    /// <summary>The rows of the current page, in the chosen order.</summary>
    public PagedResult<RankingRow> Rows { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary>
    /// The application open in the panel above the table, one at a time: its mission-fit breakdown, the consensus
    /// notes its disagreements need and the release of its decision. Opened from its row.
    /// </summary>
    [BindProperty(SupportsGet = true, Name = "open")]
    public int? OpenId { get; set; }

    /// <summary>The open row, when it is one of this vacancy's.</summary>
    public RankingRow? Opened { get; private set; }

    [BindProperty]
    public List<int> Selected { get; set; } = [];

    [BindProperty]
    public ApplicationStage? MoveTo { get; set; }

    [BindProperty]
    public string? Justification { get; set; }

    [BindProperty]
    public Readiness? SuitableWithReadiness { get; set; }

    [BindProperty]
    public int ApplicationId { get; set; }

    [BindProperty]
    public int CompetencyId { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostMoveAsync(int id, CancellationToken cancellationToken) => ActAsync(id, keepOpen: false, async () =>
    {
        if (MoveTo is null)
        {
            throw new DomainRuleException("Choose the stage to move the applications to.");
        }

        var moved = await decisions.MoveAsync(User.RequiredUserId(), id, Selected, MoveTo.Value, Justification ?? string.Empty, MoveTo == ApplicationStage.NotSelected ? SuitableWithReadiness : null, cancellationToken);
        return localizer[moved == 1 ? "{0} application moved to {1}." : "{0} applications moved to {1}.", moved, localizer.Stage(MoveTo.Value)];
    }, cancellationToken);

    public Task<IActionResult> OnPostConsensusAsync(int id, CancellationToken cancellationToken) => ActAsync(id, keepOpen: true, async () =>
    {
        await decisions.AddConsensusNoteAsync(User.RequiredUserId(), id, ApplicationId, CompetencyId, Note ?? string.Empty, cancellationToken);
        return localizer["The consensus note is recorded and the disagreement cleared."];
    }, cancellationToken);

    public Task<IActionResult> OnPostReleaseAsync(int id, CancellationToken cancellationToken) => ActAsync(id, keepOpen: true, async () =>
    {
        await decisions.ReleaseFeedbackAsync(User.RequiredUserId(), id, ApplicationId, Note ?? string.Empty, cancellationToken);
        return localizer["The decision and its feedback are released to the candidate."];
    }, cancellationToken);

    /// <summary>Whether a row's decision is final and its feedback not yet released to the candidate.</summary>
    public static bool AwaitsRelease(RankingRow row) =>
        ApplicationStages.IsDecided(row.Stage) && !row.FeedbackReleased;

    /// <summary>This view (vacancy, sort, page) with a row's panel open, scrolled to it.</summary>
    public string OpenUrl(RankingRow row)
    {
        if (thisView is null)
        {
            var url = Url.Page(null, new { id = View.VacancyId, sort = Sort, p = PageNumber })!;
            thisView = url + (url.Contains('?', StringComparison.Ordinal) ? "&open=" : "?open=");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{thisView}{row.ApplicationId}#application");
    }

    /// <param name="keepOpen">Return to the application's panel, to see what is left to resolve.</param>
    private async Task<IActionResult> ActAsync(int id, bool keepOpen, Func<Task<string>> action, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            StatusMessage = await action();
            return keepOpen ? RedirectToPage(null, null, new { id, Sort, p = PageNumber, open = ApplicationId }, "application") : RedirectToPage(new { id, Sort, p = PageNumber });
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, localizer.Say(e));
            return Page();
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var view = await ranking.LoadAsync(id, Sort, cancellationToken);
        if (view is null)
        {
            return false;
        }

        View = view;
        Opened = view.Rows.FirstOrDefault(r => r.ApplicationId == OpenId);
        var page = Math.Min(Paging.Normalise(PageNumber), Math.Max(1, (int)Math.Ceiling(view.Rows.Count / (double)PageSize)));
        Rows = new PagedResult<RankingRow>(view.Rows.Skip((page - 1) * PageSize).Take(PageSize).ToList(), page, PageSize, view.Rows.Count);
        return true;
    }
}
