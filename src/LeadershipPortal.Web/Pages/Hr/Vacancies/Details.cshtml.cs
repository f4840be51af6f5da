using LeadershipPortal.Domain.Common;
using LeadershipPortal.Web.Features.Vacancies;
using LeadershipPortal.Web.Features.Localization;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Pages.Hr.Vacancies;

public sealed class DetailsModel(PanelAdministration panels, VacancyAdministration vacancies, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public PanelView Panel { get; private set; } = null!;

    [BindProperty]
    public string? AssessorId { get; set; }

    [BindProperty]
    public DateOnly? Deadline { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Deadline = Panel.ScoringDeadlineUtc is { } d ? DateOnly.FromDateTime(d) : null;
        return Page();
    }

    public Task<IActionResult> OnPostAssignAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, () => panels.AssignAsync(User.RequiredUserId(), id, AssessorId ?? string.Empty, _ => Url.Page("/Assess/Index", null, null, Request.Scheme)!, cancellationToken), "The assessor is on the panel and has been emailed.", cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, () => panels.RemoveAsync(User.RequiredUserId(), id, AssessorId ?? string.Empty, cancellationToken), "The assessor is off the panel.", cancellationToken);

    public Task<IActionResult> OnPostDeadlineAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, () => panels.SetDeadlineAsync(User.RequiredUserId(), id, Deadline, cancellationToken), "The scoring deadline is saved.", cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, () => vacancies.PublishAsync(User.RequiredUserId(), id, cancellationToken), "The vacancy is published.", cancellationToken);

    public Task<IActionResult> OnPostCloseAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, () => vacancies.CloseAsync(User.RequiredUserId(), id, cancellationToken), "The vacancy is closed to new applications.", cancellationToken);

    private async Task<IActionResult> ActAsync(int id, Func<Task> action, string success, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            await action();
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, localizer.Say(e));
            return Page();
        }

        StatusMessage = localizer[success];
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var panel = await panels.LoadAsync(id, cancellationToken);
        if (panel is null)
        {
            return false;
        }

        Panel = panel;
        return true;
    }
}
