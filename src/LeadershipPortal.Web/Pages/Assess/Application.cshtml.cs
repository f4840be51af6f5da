using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Web.Features.Assessments;
using LeadershipPortal.Web.Features.Localization;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Pages.Assess;

public sealed class ApplicationModel(AssessorWork work, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public AssessmentPage View { get; private set; } = null!;

    [BindProperty]
    public Dictionary<int, RatingForm> Ratings { get; set; } = [];

    [BindProperty]
    public int Version { get; set; }

    /// <summary>The stage the form was opened at; a move by HR in the meantime is detected, not overwritten.</summary>
    [BindProperty]
    public ApplicationStage Stage { get; set; }

    [BindProperty]
    public string? Declaration { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public sealed class RatingForm
    {
        public int? Rating { get; set; }

        public string? Evidence { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Version = View.Version;
        Stage = View.Stage;
        Ratings = View.Competencies.ToDictionary(c => c.CompetencyId, c => new RatingForm { Rating = c.MyRating, Evidence = c.MyEvidence });
        return Page();
    }

    public async Task<IActionResult> OnPostDeclareAsync(int id, CancellationToken cancellationToken)
    {
        if (Declaration is not ("none" or "conflict"))
        {
            ModelState.AddModelError(nameof(Declaration), localizer["Say whether you have a conflict of interest with this candidate."]);
        }
        else
        {
            try
            {
                await work.DeclareAsync(User.RequiredUserId(), id, Declaration == "conflict", Reason, cancellationToken);
                StatusMessage = Declaration == "conflict"
                    ? localizer["You have recused yourself. The application is no longer shown to you and none of your ratings count."]
                    : localizer["Declaration recorded. You can now read and score the application."];
                return Declaration == "conflict" ? RedirectToPage("/Assess/Index") : RedirectToPage(new { id });
            }
            catch (DomainRuleException e)
            {
                ModelState.AddModelError(nameof(Reason), localizer.Say(e));
            }
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostSaveAsync(int id, CancellationToken cancellationToken) => SaveAsync(id, submit: false, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken cancellationToken) => SaveAsync(id, submit: true, cancellationToken);

    private async Task<IActionResult> SaveAsync(int id, bool submit, CancellationToken cancellationToken)
    {
        try
        {
            var input = Ratings.ToDictionary(r => r.Key, r => new RatingInput(r.Value.Rating, r.Value.Evidence));
            var errors = await work.SaveAsync(User.RequiredUserId(), id, Stage, Version, input, submit, cancellationToken);
            if (errors.Count == 0)
            {
                StatusMessage = submit ? localizer["Your assessment is submitted and locked."] : localizer["Draft saved."];
                return RedirectToPage(new { id });
            }

            foreach (var (field, message) in errors)
            {
                ModelState.AddModelError(field, localizer.Say(message));
            }
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, localizer.Say(e));
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var view = await work.LoadAsync(User.RequiredUserId(), id, cancellationToken);
        if (view is null)
        {
            return false;
        }

        View = view;
        return true;
    }
}
