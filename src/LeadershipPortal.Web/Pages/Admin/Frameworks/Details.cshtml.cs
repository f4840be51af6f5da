using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Competencies;
using LeadershipPortal.Web.Features.Frameworks;
using LeadershipPortal.Web.Features.Localization;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Pages.Admin.Frameworks;

public sealed class DetailsModel(FrameworkAdministration frameworks, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public CompetencyFramework Framework { get; private set; } = null!;

    public int PublishedVacancies { get; private set; }

    [BindProperty]
    public string Code { get; set; } = string.Empty;

    [BindProperty]
    public string Name { get; set; } = string.Empty;

    [BindProperty]
    public string? Description { get; set; }

    /// <summary>One behavioural indicator per line.</summary>
    [BindProperty]
    public string? Indicators { get; set; }

    [BindProperty]
    public List<string> Levels { get; set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            var indicators = (Indicators ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var savedIn = await frameworks.UpdateCompetencyAsync(User.RequiredUserId(), id, new CompetencyEdit(Code, Name, Description ?? string.Empty, indicators, Levels), cancellationToken);
            StatusMessage = savedIn == id
                ? localizer["{0} is saved.", Name ?? string.Empty]
                : localizer["{0} is saved in a new version of the framework; vacancies already published keep the version they were assessed against.", Name ?? string.Empty];
            return RedirectToPage(new { id = savedIn });
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, localizer.Say(e));
            return Page();
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var framework = await frameworks.FindAsync(id, cancellationToken);
        if (framework is null)
        {
            return false;
        }

        Framework = framework;
        PublishedVacancies = await frameworks.PublishedVacanciesUsingAsync(id, cancellationToken);
        return true;
    }
}
