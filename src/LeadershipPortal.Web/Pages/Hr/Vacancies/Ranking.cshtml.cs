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

    public RankingView View { get; private set; } = null!;

    /// <summary>The rows of the current page, in the chosen order.</summary>
    public PagedResult<RankingRow> Rows { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

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

    public Task<IActionResult> OnPostMoveAsync(int id, CancellationToken cancellationToken) => ActAsync(id, async () =>
    {
        if (MoveTo is null)
        {
            throw new DomainRuleException("Choose the stage to move the applications to.");
        }

        var moved = await decisions.MoveAsync(User.RequiredUserId(), id, Selected, MoveTo.Value, Justification ?? string.Empty, MoveTo == ApplicationStage.NotSelected ? SuitableWithReadiness : null, cancellationToken);
        return localizer[moved == 1 ? "{0} application moved to {1}." : "{0} applications moved to {1}.", moved, localizer.Stage(MoveTo.Value)];
    }, cancellationToken);

    public Task<IActionResult> OnPostConsensusAsync(int id, CancellationToken cancellationToken) => ActAsync(id, async () =>
    {
        await decisions.AddConsensusNoteAsync(User.RequiredUserId(), id, ApplicationId, CompetencyId, Note ?? string.Empty, cancellationToken);
        return localizer["The consensus note is recorded and the disagreement cleared."];
    }, cancellationToken);

    public Task<IActionResult> OnPostReleaseAsync(int id, CancellationToken cancellationToken) => ActAsync(id, async () =>
    {
        await decisions.ReleaseFeedbackAsync(User.RequiredUserId(), id, ApplicationId, Note ?? string.Empty, cancellationToken);
        return localizer["The decision and its feedback are released to the candidate."];
    }, cancellationToken);

    private async Task<IActionResult> ActAsync(int id, Func<Task<string>> action, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            StatusMessage = await action();
            return RedirectToPage(new { id, Sort, p = PageNumber });
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
        var page = Math.Min(Paging.Normalise(PageNumber), Math.Max(1, (int)Math.Ceiling(view.Rows.Count / (double)PageSize)));
        Rows = new PagedResult<RankingRow>(view.Rows.Skip((page - 1) * PageSize).Take(PageSize).ToList(), page, PageSize, view.Rows.Count);
        return true;
    }
}
